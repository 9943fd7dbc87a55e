"""The KPI calculator of the notebook: pick a formula, type the figures, insert the result.

Built from `core.kpi.FORMULAS` (labels, hints, units, definitions in French and English) plus the
user's own formulas of the current client (`store.kpi_formulas`). Figures accept the French decimal
comma and spaces between thousands ("1 234,56"); the result updates as you type and "Insert into
note" writes `kpi.format_for_note` at the editor's cursor.
"""

from __future__ import annotations

import ast
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cmtoolbox.core import kpi
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.dialogs import ask, confirm
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.theme import semantic, semantic_text
from cmtoolbox.gui.widgets.dialog_layout import Standard, dialog_buttons
from cmtoolbox.ops import kpi as kpi_ops
from cmtoolbox.storage.changes import Changes
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.errors import InvalidValue
from cmtoolbox.storage.kpi_formulas import UserFormula

_FUNCTION_NAMES = {"min", "max", "round"}


def error_style() -> str:
    """A field holding a wrong value: a border in the theme's error colour."""
    return f"QLineEdit {{ border: 1px solid {semantic().error}; }}"


def lang_of(ctx: AppContext) -> kpi.Lang:
    return "fr" if ctx.language.startswith("fr") else "en"


def expression_names(expression: str) -> list[str]:
    """Input names of a custom expression, in order of first appearance ("revenue / cost")."""
    try:
        tree = ast.parse(expression.translate(str.maketrans({"×": "*", "÷": "/", "−": "-"})), mode="eval")
    except (SyntaxError, ValueError):
        return []
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id not in _FUNCTION_NAMES and node.id not in names:
            names.append(node.id)
    return sorted(names, key=lambda n: expression.find(n))


def _label(
    name: str, *, bold: bool = False, italic: bool = False, scale: float = 1.0, wrap: bool = True
) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(wrap)
    font = label.font()
    font.setBold(bold)
    font.setItalic(italic)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


class FormulaDialog(QDialog):
    """Create or edit one custom formula: name, expression over named inputs, unit, scope."""

    def __init__(
        self, lang: kpi.Lang, existing: UserFormula | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("formulaDialog")
        self.setWindowTitle(self.tr("Edit formula") if existing else self.tr("New formula"))
        self._lang = lang
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. ROAS"))
        self.expression = QLineEdit()
        self.expression.setPlaceholderText(self.tr("e.g. revenue / cost"))
        self.unit = QComboBox()
        for unit, label in (
            ("ratio", self.tr("Number")),
            ("percent", self.tr("Percentage (%)")),
            ("currency", self.tr("Amount (€)")),
            ("count", self.tr("Count")),
        ):
            self.unit.addItem(label, unit)
        self.shared = QCheckBox(self.tr("Available for all clients"))
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setObjectName("formulaFeedback")
        help_text = QLabel(
            self.tr(
                "Use + − × / and parentheses, min(), max() and round(). Each other word is a figure "
                "you type in the calculator, e.g. revenue / cost. Write decimals with a point."
            )
        )
        help_text.setWordWrap(True)
        help_text.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Formula:"), self.expression)
        form.addRow("", help_text)
        form.addRow(self.tr("&Result:"), self.unit)
        form.addRow("", self.shared)
        self.buttons = dialog_buttons(self, buttons=Standard.Save | Standard.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.feedback)
        layout.addWidget(self.buttons)
        if existing is not None:
            self.name.setText(existing.formula.name)
            self.expression.setText(existing.formula.expression)
            self.unit.setCurrentIndex(max(0, self.unit.findData(existing.formula.unit)))
            self.shared.setChecked(existing.client_id is None)
        for signal in (self.name.textChanged, self.expression.textChanged):
            signal.connect(self._validate)
        self.unit.currentIndexChanged.connect(self._validate)
        self.resize(480, self.sizeHint().height())
        self._validate()

    def formula(self) -> kpi.CustomFormula | None:
        name, expression = self.name.text().strip(), self.expression.text().strip()
        if not name or not expression:
            return None
        inputs = [
            kpi.KpiInput(n, "count", {"fr": n.replace("_", " "), "en": n.replace("_", " ")})
            for n in expression_names(expression)
        ]
        return kpi.CustomFormula(name, expression, inputs, unit=self.unit.currentData())

    def _validate(self) -> None:
        ok = False
        try:
            formula = self.formula()
            if formula is None:
                self.feedback.setText(self.tr("Give the formula a name and an expression."))
            else:
                self.feedback.setText(formula.display(self._lang))
                ok = True
        except kpi.KpiError as exc:
            self.feedback.setText(exc.message(self._lang))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)


class KpiPanel(QWidget):
    insert_requested = Signal(str)  # Markdown for the note

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiPanel")
        self._ctx = ctx
        self._lang = lang_of(ctx)
        self._client_id: int | None = None
        self._custom: list[UserFormula] = []
        self._fields: dict[str, QLineEdit] = {}
        self._result: kpi.KpiResult | None = None

        self.formula = QComboBox()
        self.formula.setObjectName("kpiFormula")
        self.formula.setAccessibleName(self.tr("Formula"))
        self.formula.currentIndexChanged.connect(self._on_formula_changed)
        self.formula.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.formula.setMinimumContentsLength(12)
        self.formula.view().setMinimumWidth(340)  # the dropdown shows whole names
        self.menu_button = QToolButton()
        self.menu_button.setText("⋯")
        self.menu_button.setToolTip(self.tr("Your formulas"))
        self.menu_button.setAccessibleName(self.tr("Your formulas"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self.new_action = QAction(self.tr("&New formula…"), self)
        self.new_action.triggered.connect(lambda: self._ctx.tasks.spawn(self.edit_formula(None)))
        self.edit_action = QAction(self.tr("&Edit formula…"), self)
        self.edit_action.triggered.connect(self._on_edit)
        self.delete_action = QAction(self.tr("&Delete formula"), self)
        self.delete_action.triggered.connect(self._on_delete)
        for action in (self.new_action, self.edit_action, self.delete_action):
            menu.addAction(action)
        self.menu_button.setMenu(menu)
        top = QHBoxLayout()
        top.addWidget(self.formula, 1)
        top.addWidget(self.menu_button)

        self.title = _label("kpiTitle", bold=True)
        self.display = _label("kpiDisplay", italic=True)
        self.definition = QLabel()
        self.definition.setWordWrap(True)
        self.definition.setEnabled(False)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.result = _label("kpiResult", bold=True, scale=1.6, wrap=False)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = QLabel()
        self.error.setObjectName("kpiError")
        self.error.setWordWrap(True)
        semantic_text(self.error, "error")
        self.insert_button = QPushButton(self.tr("&Insert into note"))
        self.insert_button.setObjectName("kpiInsert")
        self.insert_button.setToolTip(
            self.tr("Insert the result, its formula and the calculation at the cursor")
        )
        self.insert_button.clicked.connect(self._on_insert)
        self.sources = QLabel()
        self.sources.setWordWrap(True)
        self.sources.setEnabled(False)
        self.sources.setObjectName("kpiSources")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.display)
        layout.addWidget(self.definition)
        layout.addSpacing(4)
        layout.addLayout(self.form)
        layout.addSpacing(4)
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        layout.addWidget(self.insert_button)
        layout.addWidget(self.sources)
        layout.addStretch(1)
        self._fill_formulas()
        ctx.runner.changed.connect(self._on_changed)

    # -- formulas ------------------------------------------------------------------------------
    def set_client(self, client_id: int | None) -> None:
        self._client_id = client_id
        self._ctx.tasks.spawn(self.reload())

    async def reload(self) -> None:
        client_id = self._client_id
        custom = await self._ctx.runner.read(kpi_ops.list_formulas, client_id)
        if client_id != self._client_id:
            return
        self._custom = custom
        self._fill_formulas()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Entity.USER_FORMULAS) and not changes.by(self):  # own writes reload at once
            self._ctx.tasks.spawn(self.reload())

    def _fill_formulas(self) -> None:
        current = self.formula.currentData()
        self.formula.blockSignals(True)
        try:
            self.formula.clear()
            for formula in kpi.FORMULAS.values():
                name, short = formula.name[self._lang], formula.short[self._lang]
                label = name if short.casefold() in name.casefold() else f"{name} ({short})"
                self.formula.addItem(label, formula.id)
            if self._custom:
                self.formula.insertSeparator(self.formula.count())
                for user in self._custom:
                    self.formula.addItem(f"{user.name} ★", f"custom:{user.id}")
            index = self.formula.findData(current) if current is not None else 0
            self.formula.setCurrentIndex(max(index, 0))
        finally:
            self.formula.blockSignals(False)
        self._on_formula_changed()

    def select_formula(self, key: str) -> None:
        index = self.formula.findData(key)
        if index >= 0:
            self.formula.setCurrentIndex(index)

    def _selected(self) -> kpi.KpiFormula | UserFormula | None:
        key = self.formula.currentData()
        if isinstance(key, str) and key.startswith("custom:"):
            wanted = int(key.partition(":")[2])
            return next((u for u in self._custom if u.id == wanted), None)
        return kpi.FORMULAS.get(key) if key else None

    def _on_formula_changed(self) -> None:
        selected = self._selected()
        previous = {k: f.text() for k, f in self._fields.items()}
        while self.form.rowCount():
            self.form.removeRow(0)
        self._fields.clear()
        is_custom = isinstance(selected, UserFormula)
        self.edit_action.setEnabled(is_custom)
        self.delete_action.setEnabled(is_custom)
        self.formula.setToolTip(self.formula.currentText())
        if selected is None:
            return
        lang = self._lang
        if isinstance(selected, UserFormula):
            formula = selected.formula
            self.title.setText(formula.name)
            self.display.setText(formula.display(lang))
            self.definition.setText(
                self.tr("Your formula, for all clients")
                if selected.client_id is None
                else self.tr("Your formula")
            )
            inputs = formula.inputs
            self.sources.clear()
        else:
            self.title.setText(selected.name[lang])
            self.display.setText(selected.display[lang])
            self.definition.setText(selected.definition[lang])
            inputs = selected.inputs
            self.sources.setText(fill(self.tr("Sources: %1"), "; ".join(selected.sources)))
        for kpi_input in inputs:
            field = QLineEdit()
            field.setObjectName(f"kpiInput_{kpi_input.id}")
            field.setAlignment(Qt.AlignmentFlag.AlignRight)
            field.setToolTip(kpi_input.hint.get(lang, "") if kpi_input.hint else "")
            field.setPlaceholderText("0")
            field.setText(previous.get(kpi_input.id, ""))  # same input in another formula: keep it
            field.textChanged.connect(self._compute)
            label = kpi_input.label.get(lang, kpi_input.id)
            if kpi_input.unit == "currency":
                label += " (€)"
            elif kpi_input.unit == "percent":
                label += " (%)"
            field.setAccessibleName(label)
            self.form.addRow(label[:1].upper() + label[1:] + (" :" if lang == "fr" else ":"), field)
            self._fields[kpi_input.id] = field
        self._compute()

    # -- computing -----------------------------------------------------------------------------
    def field(self, input_id: str) -> QLineEdit:
        return self._fields[input_id]

    def _compute(self) -> None:
        self._result = None
        self.error.clear()
        values: dict[str, Any] = {}
        missing = False
        for input_id, field in self._fields.items():
            field.setStyleSheet("")
            text = field.text().strip()
            if not text:
                missing = True
                continue
            try:
                values[input_id] = kpi.parse_number(text, self._lang)
            except kpi.KpiError:
                field.setStyleSheet(error_style())
                self.error.setText(fill(self.tr("“%1” is not a number."), text))
        selected = self._selected()
        if self.error.text() or missing or selected is None:
            self.result.setText("—")
            self.insert_button.setEnabled(False)
            return
        try:
            target = selected.formula if isinstance(selected, UserFormula) else selected.id
            self._result = kpi.evaluate(target, values)
        except kpi.KpiError as exc:
            if exc.input_id in self._fields:
                self._fields[exc.input_id].setStyleSheet(error_style())
            self.error.setText(exc.message(self._lang))
            self.result.setText("—")
            self.insert_button.setEnabled(False)
            return
        self.result.setText(kpi.format_value(self._result.value, self._result.unit, self._lang))
        self.insert_button.setEnabled(True)

    @property
    def current_result(self) -> kpi.KpiResult | None:
        return self._result

    def result_markdown(self) -> str | None:
        return kpi.format_for_note(self._result, self._lang) if self._result else None

    def _on_insert(self) -> None:
        markdown = self.result_markdown()
        if markdown:
            self.insert_requested.emit(markdown)

    # -- custom formulas -----------------------------------------------------------------------
    def _on_edit(self) -> None:
        selected = self._selected()
        if isinstance(selected, UserFormula):
            self._ctx.tasks.spawn(self.edit_formula(selected))

    async def edit_formula(self, existing: UserFormula | None) -> UserFormula | None:
        dialog = FormulaDialog(self._lang, existing, self)
        while True:
            if await ask(dialog) != QDialog.DialogCode.Accepted.value:
                return None
            formula = dialog.formula()
            if formula is None:
                return None
            # `ask` deletes the dialog once answered: keep what was typed in case of a retry.
            typed = (
                dialog.name.text(),
                dialog.expression.text(),
                dialog.unit.currentIndex(),
                dialog.shared.isChecked(),
            )
            owner = None if typed[3] else self._client_id
            formula_id = existing.id if existing else None
            try:
                saved = await self._ctx.runner.run(
                    kpi_ops.save_formula, owner, formula, formula_id, initiator=self
                )
            except InvalidValue as exc:
                message = (
                    self.tr("A formula with this name already exists.")
                    if exc.reason == "duplicate"
                    else self.tr("This name is not valid.")
                )
                dialog = self._reopen(typed, existing, message)
                continue
            await self.reload()
            self.select_formula(f"custom:{saved.id}")
            return saved

    def _reopen(
        self, typed: tuple[str, str, int, bool], existing: UserFormula | None, message: str
    ) -> FormulaDialog:
        dialog = FormulaDialog(self._lang, existing, self)
        dialog.name.setText(typed[0])
        dialog.expression.setText(typed[1])
        dialog.unit.setCurrentIndex(typed[2])
        dialog.shared.setChecked(typed[3])
        dialog.feedback.setText(message)
        return dialog

    def _on_delete(self) -> None:
        selected = self._selected()
        if isinstance(selected, UserFormula):
            self._ctx.tasks.spawn(self.delete_formula(selected))

    async def delete_formula(self, formula: UserFormula) -> None:
        question = fill(
            self.tr("Delete the formula “%1”? Notes that used it keep their results."), formula.name
        )
        if not await confirm(self, self.tr("Delete formula"), question):
            return
        label = fill(self.tr("Formula “%1” deleted"), formula.name)
        await self._ctx.runner.run(kpi_ops.delete_formula, formula.id, initiator=self, undo_label=label)
        await self.reload()
