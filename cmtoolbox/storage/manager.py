"""Base of the per-entity managers the Store holds."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

    from cmtoolbox.storage.store import Store


class Manager:
    """Holds the Store; subclasses read and write through `_db` and record what they touch in
    `self._store.log` under their `ENTITY` name."""

    ENTITY: str = ""

    def __init__(self, store: Store) -> None:
        self._store = store

    @property
    def _db(self) -> Database:
        return self._store.db
