"""Operations on the user's own KPI formulas (the notebook's calculator), per client or shared."""

from __future__ import annotations

from cmtoolbox.core.kpi import CustomFormula
from cmtoolbox.ops.operation import Undoable, call
from cmtoolbox.storage.kpi_formulas import UserFormula
from cmtoolbox.storage.store import Store


def list_formulas(store: Store, client_id: int | None) -> list[UserFormula]:
    """The client's formulas, then the shared ones, by name."""
    return store.kpi_formulas.list(client_id)


def save_formula(
    store: Store, client_id: int | None, formula: CustomFormula, formula_id: int | None = None
) -> UserFormula:
    """Create a formula (`formula_id` None) or replace one. Raises InvalidValue ("duplicate",
    "empty", "too_long") for a name the owner cannot have."""
    return store.kpi_formulas.save(client_id, formula, formula_id=formula_id)


def delete_formula(store: Store, formula_id: int) -> Undoable[None]:
    """Delete for good; the undo writes the same formula again (under a new id)."""
    gone = store.kpi_formulas.get(formula_id)
    store.kpi_formulas.delete(formula_id)
    return Undoable(None, call(recreate_formula, gone.client_id, gone.formula))


def recreate_formula(store: Store, client_id: int | None, formula: CustomFormula) -> Undoable[UserFormula]:
    """The undo of a deletion; its own undo deletes it again (the redo)."""
    saved = store.kpi_formulas.save(client_id, formula)
    return Undoable(saved, call(delete_formula, saved.id))
