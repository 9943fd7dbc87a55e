"""Key/value settings stored as JSON, app-wide or per client.

UI-only state that must be known before the database opens (language, theme, window geometry)
lives in the GUI's preferences file instead; this table holds what belongs with the user's data.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from cmtoolbox.storage.manager import Manager
from cmtoolbox.storage.timeutil import now_db

if TYPE_CHECKING:
    pass

GLOBAL = ""


def client_scope(client_id: int) -> str:
    return f"client:{client_id}"


class SettingsManager(Manager):
    ENTITY = "settings"

    def get(self, key: str, default: Any = None, *, scope: str = GLOBAL) -> Any:
        row = self._store.db.execute(
            "SELECT value FROM settings WHERE scope = ? AND key = ?", [scope, key]
        ).fetchone()
        if row is None:
            return default
        try:
            return json.loads(row[0])
        except ValueError:
            return default

    def set(self, key: str, value: Any, *, scope: str = GLOBAL) -> None:
        encoded = json.dumps(value, ensure_ascii=False, sort_keys=True)
        with self._store.db.atomic():
            self._store.db.execute(
                "INSERT INTO settings (scope, key, value, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (scope, key) DO UPDATE "
                "SET value = excluded.value, updated_at = excluded.updated_at",
                [scope, key, encoded, now_db()],
            )
        self._store.log.touch(self.ENTITY)

    def delete(self, key: str, *, scope: str = GLOBAL) -> None:
        with self._store.db.atomic():
            self._store.db.execute("DELETE FROM settings WHERE scope = ? AND key = ?", [scope, key])
        self._store.log.touch(self.ENTITY)

    def clear_scope(self, scope: str) -> None:
        """Forget every setting of one scope (a client whose contract ended)."""
        self._db.execute("DELETE FROM settings WHERE scope = ?", [scope])
        self._store.log.touch(self.ENTITY)

    def all(self, *, scope: str = GLOBAL) -> dict[str, Any]:
        rows = self._store.db.execute("SELECT key, value FROM settings WHERE scope = ?", [scope]).fetchall()
        return {key: json.loads(value) for key, value in rows}
