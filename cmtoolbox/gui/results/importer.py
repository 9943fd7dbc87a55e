"""Import analytics…: a network's export file → its posts matched with the client's → figures stored.

The steps, each off the UI thread: the file is read and its columns recognised
(`core.metrics_import`, in the CPU pool); an unknown layout uses the mapping saved for it, or asks
for one (`MappingDialog`, which can save it); the rows are matched with the published posts
(`ops.metrics.preview_import`) and shown (`PreviewDialog`: what matched, by address or by day and
text, what did not and why, and the day the figures were read); then one operation stores them
all, or nothing (`ops.metrics.import_metrics`, undoable).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from cmtoolbox.core import networks
from cmtoolbox.core.metrics_import import (
    METRICS,
    Extraction,
    ImportedRow,
    ImportFileError,
    Layout,
    RawTable,
    extract,
    header_signature,
    read_table,
    recognise,
    recognise_mapping,
)
from cmtoolbox.core.schedule import system_zone_name, zone
from cmtoolbox.gui.dialogs import ask, ask_open_path
from cmtoolbox.gui.formatting import format_date, format_datetime
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.pools import CPU
from cmtoolbox.gui.results.models import excerpt, field_label, network_name
from cmtoolbox.gui.widgets.date_edit import DateEdit
from cmtoolbox.gui.widgets.dialog_layout import accept_button, dialog_buttons
from cmtoolbox.gui.widgets.labels import wrapped_label
from cmtoolbox.gui.widgets.layouts import vbox
from cmtoolbox.ops import metrics as ops
from cmtoolbox.ops.metrics import ImportPreview, ImportResult
from cmtoolbox.storage.metrics import PublishedPost

if TYPE_CHECKING:
    from cmtoolbox.gui.results.page import ResultsPage

FILE_FILTER = "*.csv *.xlsx *.xlsm *.txt"


def t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("ResultsImport", text, None, n)


def file_error_message(error: ImportFileError) -> str:
    messages = {
        "missing": t("The file could not be opened. It may have been moved or deleted."),
        "empty": t("The file is empty."),
        "too_large": t("The file is too large for an analytics export (more than 50 MB)."),
        "old_excel": t(
            "This is an old Excel file (.xls). Open it in your spreadsheet and save it as .xlsx or .csv, "
            "then import that copy."
        ),
        "damaged": t("The file is damaged or is not a CSV or Excel file."),
        "not_a_table": t("No table of figures was found in this file."),
        "too_many_rows": t("The file has too many rows (more than 100,000)."),
    }
    return messages.get(error.code, messages["damaged"])


def skipped_text(code: str, fallback: str) -> str:
    """Why a row of the file will not be imported: it matches no post (a reason of
    `ops.metrics.preview_import`) or cannot be read (a problem of `core.metrics_import`)."""
    return {
        "no_post": t("No published post matches (address, or day and text)"),
        "ambiguous": t("Several posts could match: enter these figures by hand"),
        "duplicate": t("A second row for the same post"),
        "bad_number": t("A figure is not a whole number"),
        "bad_date": t("The publication date cannot be read"),
        "no_figures": t("No figures"),
    }.get(code, fallback)


# -- the mapping dialog --------------------------------------------------------------------------------
MAPPED_FIELDS = ("url", "published_at", "text", *METRICS)


class MappingDialog(QDialog):
    """Which column holds what, for a layout the importer does not know; can be saved by name."""

    def __init__(self, table: RawTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metricsMappingDialog")
        self.setWindowTitle(self.tr("Columns of the file"))
        self.table = table
        guessed = recognise_mapping(table.headers)
        intro = wrapped_label(
            self.tr(
                "CM Toolbox does not know this file's layout. Say which column holds what: a post is "
                "found by its address, or by its publication date and text, and needs at least one figure."
            )
        )
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        for name in MAPPED_FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"mapping_{name}")
            combo.addItem(self.tr("(not in the file)"), "")
            for header in table.headers:
                combo.addItem(header, header)
            if name in guessed:
                combo.setCurrentIndex(combo.findData(guessed[name]))
            combo.currentIndexChanged.connect(self._update)
            form.addRow(field_label(name), combo)
            self.combos[name] = combo
        self.network = QComboBox()
        self.network.setObjectName("mappingNetwork")
        self.network.addItem(self.tr("Read from the post addresses"), "")
        for network_id in networks.NETWORKS:
            if network_id != "other":
                self.network.addItem(network_name(network_id), network_id)
        form.addRow(self.tr("Network"), self.network)
        self.save_check = QCheckBox(self.tr("Remember these columns for files laid out like this one"))
        self.save_check.setObjectName("mappingSave")
        self.save_check.setChecked(True)
        self.name_edit = QLineEdit(Path(table.sheet or "").stem or self.tr("My export"))
        self.name_edit.setObjectName("mappingName")
        form.addRow(self.tr("Name"), self.name_edit)
        self.save_check.toggled.connect(self.name_edit.setEnabled)
        self.sample = QTableWidget(min(3, len(table.rows)), len(table.headers))
        self.sample.setObjectName("mappingSample")
        self.sample.setHorizontalHeaderLabels(list(table.headers))
        for r, row in enumerate(table.rows[:3]):
            for c, cell in enumerate(row):
                self.sample.setItem(r, c, QTableWidgetItem(cell))
        self.sample.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.sample.setWordWrap(False)
        self.sample.resizeColumnsToContents()
        self.sample.setMaximumHeight(120)
        self.buttons = dialog_buttons(self, self.tr("Continue"))
        self.hint = QLabel()
        self.hint.setObjectName("mappingHint")
        vbox(intro, self.sample, form, self.save_check, self.hint, self.buttons, parent=self)
        self.resize(620, 640)
        self._update()

    def mapping(self) -> dict[str, str]:
        return {name: combo.currentData() for name, combo in self.combos.items() if combo.currentData()}

    def layout_chosen(self) -> Layout:
        return Layout(self.mapping(), self.network.currentData() or None, recognised=False)

    def save_name(self) -> str:
        return self.name_edit.text().strip() if self.save_check.isChecked() else ""

    def _update(self) -> None:
        mapping = self.mapping()
        found = "url" in mapping or "published_at" in mapping
        figures = any(m in mapping for m in METRICS)
        ok = found and figures and len(set(mapping.values())) == len(mapping)
        accept_button(self.buttons).setEnabled(ok)
        if not found:
            self.hint.setText(self.tr("Choose the column of the post address or of its publication date."))
        elif not figures:
            self.hint.setText(self.tr("Choose at least one figure."))
        elif not ok:
            self.hint.setText(self.tr("A column is used twice."))
        else:
            self.hint.setText("")


# -- the preview dialog --------------------------------------------------------------------------------
class PreviewDialog(QDialog):
    """What the import will do, row by row, and the day the figures were read."""

    def __init__(
        self, file_name: str, preview: ImportPreview, extraction: Extraction, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("metricsPreviewDialog")
        self.setWindowTitle(fill(self.tr("Import analytics: %1"), file_name))
        matched, unmatched = preview.matched, preview.unmatched
        summary = [self.tr("%n row(s) matched with a published post.", "", len(matched))]
        if preview.unchanged:
            summary.append(self.tr("%n row(s) already up to date.", "", preview.unchanged))
        if unmatched:
            summary.append(self.tr("%n row(s) without a post, left out.", "", len(unmatched)))
        if extraction.problems:
            summary.append(self.tr("%n unreadable row(s), left out.", "", len(extraction.problems)))
        self.summary = wrapped_label(" ".join(summary), "previewSummary")
        rows = [*matched, *unmatched]
        self.table = QTableWidget(len(rows) + len(extraction.problems), 5)
        self.table.setObjectName("previewTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Line"),
                self.tr("Published"),
                self.tr("Text in the file"),
                self.tr("Post"),
                self.tr("Figures"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        how = {
            "url": self.tr("by address"),
            "date_text": self.tr("by day and text"),
            "date": self.tr("by day"),
        }
        self.pickers: dict[int, QComboBox] = {}  # row line -> the post chosen by hand
        taken = {m.variant_id for m in matched}
        for r, match in enumerate(rows):
            row = match.row
            if match.variant_id is not None:
                post = preview.posts[match.variant_id]
                title = excerpt(post.title or post.text, 50)
                target = f"✓ {network_name(post.network)} · {title} ({how[match.how]})"
            else:
                target = "✗ " + skipped_text(match.reason, t("Not matched"))
                picker = self._picker(
                    target, row, [p for p in preview.posts.values() if p.variant_id not in taken]
                )
                if picker is not None:
                    self.pickers[row.line] = picker
                    self.table.setCellWidget(r, 3, picker)
            figures = ", ".join(f"{field_label(m)} {v}" for m, v in row.values.items() if v is not None)
            cells = (
                str(row.line),
                format_datetime(row.published_at),
                excerpt(row.text or row.url, 60),
                target,
                figures,
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 3 and match.variant_id is None:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(r, c, item)
        for r, problem in enumerate(extraction.problems, start=len(rows)):
            why = "✗ " + skipped_text(problem.code, t("Unreadable row"))
            for c, text in enumerate((str(problem.line), "", problem.detail, why, "")):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.setWordWrap(False)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(2, min(self.table.columnWidth(2), 240))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.measured = DateEdit()
        self.measured.setObjectName("previewMeasuredOn")
        self.measured.setDate(QDate.currentDate())
        self.measured.setMaximumDate(QDate.currentDate())
        form = QFormLayout()
        form.addRow(self.tr("Figures as of"), self.measured)
        note = wrapped_label(
            self.tr(
                "Exports hold lifetime totals: importing again the same day replaces that day's figures, "
                "never adds to them."
            )
        )
        self.buttons = dialog_buttons(self, self.tr("Import"))
        self._new_figures = bool(matched) and len(matched) > preview.unchanged
        self._update_button()
        vbox(self.summary, (self.table, 1), form, note, self.buttons, parent=self)
        self.resize(960, 560)

    def _picker(self, left_out: str, row: ImportedRow, posts: list[PublishedPost]) -> QComboBox | None:
        """For a row left out: the posts it may be, closest in time first, to match it by hand."""
        mine = [p for p in posts if row.network is None or p.network == row.network]
        if not mine:
            return None
        if row.published_at is not None:
            when = row.published_at
            mine.sort(key=lambda p: abs((p.published_at - when).total_seconds()))
        else:
            mine.sort(key=lambda p: p.published_at, reverse=True)
        picker = QComboBox()
        picker.setObjectName(f"previewPicker{row.line}")
        picker.setToolTip(self.tr("Choose the post these figures belong to, to import them too"))
        picker.addItem(left_out, None)
        for post in mine[:30]:
            title = excerpt(post.title or post.text, 40)
            picker.addItem(
                f"→ {format_date(post.published_at)} · {network_name(post.network)} · {title}",
                post.variant_id,
            )
        picker.currentIndexChanged.connect(self._update_button)
        return picker

    def chosen(self) -> dict[int, int]:
        """{row line: variant id} for the rows matched by hand."""
        return {line: picker.currentData() for line, picker in self.pickers.items() if picker.currentData()}

    def _update_button(self) -> None:
        accept_button(self.buttons).setEnabled(self._new_figures or bool(self.chosen()))

    def measured_on(self) -> date:
        picked = self.measured.date()
        return date(picked.year(), picked.month(), picked.day())


# -- the flow --------------------------------------------------------------------------------------------
def _read_and_recognise(path: Path) -> tuple[RawTable, Layout | None]:
    table = read_table(path)
    return table, recognise(table)


def _extract(table: RawTable, layout: Layout, zone_name: str) -> Extraction:
    return extract(table, layout, zone=zone(zone_name))


class ImportFlow(QObject):
    """Sequences one import for the Results page (its dialogs are children of the page)."""

    def __init__(self, page: ResultsPage) -> None:
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        self.last_result: ImportResult | None = None
        self.zone_name = system_zone_name()

    async def ask_and_import(self) -> ImportResult | None:
        client_id = self.page.client_id()
        if client_id is None:
            return None
        path = await ask_open_path(
            self.page,
            self.tr("Import analytics"),
            Path.home(),
            fill(self.tr("Analytics exports (%1)"), FILE_FILTER),
        )
        if path is None:
            return None
        return await self.import_file(client_id, path)

    async def import_file(self, client_id: int, path: Path) -> ImportResult | None:
        try:
            table, layout = await self.ctx.pools.run(CPU, _read_and_recognise, path)
        except ImportFileError as error:
            await self._warn(file_error_message(error))
            return None
        if layout is None:
            layout = await self._mapping_for(client_id, table)
            if layout is None:
                return None
        extraction = await self.ctx.pools.run(CPU, _extract, table, layout, self.zone_name)
        if not extraction.rows:
            await self._warn(self.tr("No row of this file holds figures of a post."))
            return None
        preview = await self.ctx.runner.read(ops.preview_import, client_id, extraction.rows, self.zone_name)
        dialog = PreviewDialog(path.name, preview, extraction, self.page)
        if await ask(dialog) != QDialog.DialogCode.Accepted.value:
            return None
        result: ImportResult = await self.ctx.runner.run(
            ops.import_metrics,
            client_id,
            extraction.rows,
            dialog.measured_on(),
            self.zone_name,
            dialog.chosen(),
            undo_label=self.tr("Import analytics"),
        )
        self.last_result = result
        parts = [self.tr("Figures imported for %n post(s).", "", result.written)]
        if result.unchanged:
            parts.append(self.tr("%n already up to date.", "", result.unchanged))
        if result.unmatched:
            parts.append(self.tr("%n row(s) without a post.", "", result.unmatched))
        self.ctx.status.show(" ".join(parts))
        return result

    async def _mapping_for(self, client_id: int, table: RawTable) -> Layout | None:
        signature = header_signature(table.headers)
        saved = await self.ctx.runner.read(ops.find_mapping, signature, client_id)
        if saved is not None and all(h in table.headers for h in saved.mapping.values()):
            self.ctx.status.show(fill(self.tr("Columns read with your saved layout “%1”."), saved.name))
            return Layout(saved.mapping, saved.network or None, recognised=False)
        dialog = MappingDialog(table, self.page)
        if await ask(dialog) != QDialog.DialogCode.Accepted.value:
            return None
        layout = dialog.layout_chosen()
        name = dialog.save_name()
        if name:
            await self.ctx.runner.run(
                ops.save_mapping, name, signature, dict(layout.mapping), layout.network or ""
            )
        return layout

    async def _warn(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import analytics"), text, parent=self.page)
        box.setObjectName("metricsImportError")
        box.setInformativeText(self.tr("Nothing was imported."))
        await ask(box)
