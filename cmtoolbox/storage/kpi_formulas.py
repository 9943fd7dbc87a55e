"""The user's own KPI formulas (ROAS, cost per store visit...), per client or shared.

A formula is stored as `CustomFormula.to_dict()` JSON and parsed again on load, so a formula that
no longer passes the allow-list (say, written by a later version) is skipped instead of crashing the
calculator.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from cmtoolbox.core.kpi import CustomFormula, KpiError
from cmtoolbox.storage.errors import InvalidValue, NotFound
from cmtoolbox.storage.manager import Manager
from cmtoolbox.storage.timeutil import from_db, now_db

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)
MAX_NAME_LENGTH = 80


@dataclass(frozen=True)
class UserFormula:
    id: int
    client_id: int | None  # None: available to every client
    formula: CustomFormula
    created_at: datetime
    updated_at: datetime

    @property
    def name(self) -> str:
        return self.formula.name


class FormulaManager(Manager):
    ENTITY = "user_formulas"

    def list(self, client_id: int | None) -> list[UserFormula]:
        """The client's formulas, then the shared ones, by name."""
        rows = self._db.execute(
            "SELECT id, client_id, definition, created_at, updated_at FROM user_formulas "
            "WHERE client_id IS ? OR client_id IS NULL ORDER BY client_id IS NULL, lower(name)",
            [client_id],
        ).fetchall()
        formulas: list[UserFormula] = []
        for row in rows:
            try:
                formulas.append(self._from_row(row))
            except (KpiError, KeyError, ValueError, TypeError):
                log.warning("skipping unreadable user formula %s", row[0])
        return formulas

    def get(self, formula_id: int) -> UserFormula:
        row = self._db.execute(
            "SELECT id, client_id, definition, created_at, updated_at FROM user_formulas WHERE id = ?",
            [formula_id],
        ).fetchone()
        if row is None:
            raise NotFound(f"no formula {formula_id}")
        return self._from_row(row)

    @staticmethod
    def _from_row(row: tuple) -> UserFormula:
        id_, client_id, definition, created, updated = row
        return UserFormula(
            id=id_,
            client_id=client_id,
            formula=CustomFormula.from_dict(json.loads(definition)),
            created_at=from_db(created),  # type: ignore[arg-type]
            updated_at=from_db(updated),  # type: ignore[arg-type]
        )

    def save(
        self, client_id: int | None, formula: CustomFormula, *, formula_id: int | None = None
    ) -> UserFormula:
        """Create a formula, or replace formula `formula_id`. Names are unique per owner."""
        name = " ".join(formula.name.split())
        if not name:
            raise InvalidValue("a formula needs a name", field="name", reason="empty")
        if len(name) > MAX_NAME_LENGTH:
            raise InvalidValue("formula name too long", field="name", reason="too_long")
        definition = json.dumps(formula.to_dict(), ensure_ascii=False, sort_keys=True)
        with self._db.atomic():
            clash = self._db.execute(
                "SELECT id FROM user_formulas WHERE client_id IS ? AND lower(name) = lower(?) "
                "AND id IS NOT ?",
                [client_id, name, formula_id],
            ).fetchone()
            if clash:
                raise InvalidValue(f"a formula named {name!r} exists", field="name", reason="duplicate")
            now = now_db()
            if formula_id is None:
                formula_id = self._db.execute(
                    "INSERT INTO user_formulas (client_id, name, definition, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?)",
                    [client_id, name, definition, now, now],
                ).lastrowid
                assert formula_id is not None  # an INSERT always sets lastrowid
            else:
                updated = self._db.execute(
                    "UPDATE user_formulas SET client_id = ?, name = ?, definition = ?, updated_at = ? "
                    "WHERE id = ?",
                    [client_id, name, definition, now, formula_id],
                ).rowcount
                if not updated:
                    raise NotFound(f"no formula {formula_id}")
        self._store.log.touch(self.ENTITY, formula_id, client_id=client_id)
        return self.get(formula_id)

    def delete(self, formula_id: int) -> None:
        with self._db.atomic():
            formula = self.get(formula_id)
            self._db.execute("DELETE FROM user_formulas WHERE id = ?", [formula_id])
        self._store.log.touch(self.ENTITY, formula_id, client_id=formula.client_id)
