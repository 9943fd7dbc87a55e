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

    def _visible_url_match(
        self, table: str, url_key: str, client_id: int | None, exclude_id: int | None
    ) -> int | None:
        """Id of the row of `table` (with `url_key` and `client_id` columns) that a client sees at
        this normalised address: its own first, then a shared one; trashed rows included, so a
        re-added address can be restored instead of duplicated."""
        if client_id is None:
            sql = f"SELECT id FROM {table} WHERE url_key = ? AND id IS NOT ? ORDER BY client_id IS NOT NULL"
            params: list[object] = [url_key, exclude_id]
        else:
            sql = (
                f"SELECT id FROM {table} WHERE url_key = ? AND (client_id = ? OR client_id IS NULL) "
                "AND id IS NOT ? ORDER BY client_id IS NULL"
            )
            params = [url_key, client_id, exclude_id]
        row = self._db.execute(sql, params).fetchone()
        return row[0] if row else None
