"""The schema, as an append-only list of migrations, one module per migration.

Rules: never edit, rename or reorder a migration that has shipped; add a new module
`mNNN_<what>.py` defining `def migrate(db)` instead. Modules are applied in name order, each batch
inside the single transaction `storage.db.apply_migrations` opens, so a failure leaves the file
exactly as it was. After adding one, refresh the schema snapshot with
`python -m cmtoolbox.devtools.schema_snapshot` (the snapshot test fails until you do).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlite_utils.migrations import Migrations

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATIONS = Migrations("cmtoolbox")
_NAME = re.compile(r"^m\d{3}_[a-z0-9_]+$")


def _discover() -> None:
    """Names only: each module is imported when its migration runs (several import URL or text
    folding helpers), so a start on an up-to-date database imports none of them."""
    names = sorted(m.name for m in pkgutil.iter_modules(__path__) if _NAME.match(m.name))
    for name in names:
        MIGRATIONS(name=name)(_deferred(name))


def _deferred(name: str) -> Callable[[Database], None]:
    def migrate(db: Database) -> None:
        importlib.import_module(f"{__name__}.{name}").migrate(db)

    migrate.__name__ = migrate.__qualname__ = name
    return migrate


def known_names() -> list[str]:
    return [m.name for m in MIGRATIONS._migrations]


_discover()
