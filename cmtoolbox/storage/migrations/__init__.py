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

from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("cmtoolbox")
_NAME = re.compile(r"^m\d{3}_[a-z0-9_]+$")


def _discover() -> None:
    names = sorted(m.name for m in pkgutil.iter_modules(__path__) if _NAME.match(m.name))
    for name in names:
        module = importlib.import_module(f"{__name__}.{name}")
        MIGRATIONS(name=name)(module.migrate)


def known_names() -> list[str]:
    return [m.name for m in MIGRATIONS._migrations]


_discover()
