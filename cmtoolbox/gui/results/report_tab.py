"""The Results section's "Report" tab: the client's monthly report, previewed and saved as PDF or HTML.

The CM picks the month (or any period), the report's language (the client's, whatever the
window's), how the client is named, signs with their name (kept as a setting) and writes a word
for the client. The figures are read off the UI thread (`ops.results.report_figures`); the
charts and the PDF are drawn here, on the UI thread, by the pipeline the CLI uses too
(`report_export`). A saved report is also kept in the client's carnet (`ops.results.save_report_note`).
The commentary being typed is kept in the preferences per client and period, so it survives a
restart.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QWidget,
)

from cmtoolbox.core.report import (
    ReportOptions,
    note_title,
    period_label,
    render_html,
    render_markdown_note,
)
from cmtoolbox.core.results import Period, ReportFigures
from cmtoolbox.gui.clients import ClientSwitcher
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.dialogs import ask_save_path
from cmtoolbox.gui.errors import describe
from cmtoolbox.gui.files import write_file
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.results.report_export import Kind, report_bytes, with_charts
from cmtoolbox.gui.results.tab import ResultsTab
from cmtoolbox.gui.widgets.date_edit import DateEdit
from cmtoolbox.gui.widgets.labels import heading_label, wrapped_label
from cmtoolbox.gui.widgets.layouts import hbox, vbox
from cmtoolbox.gui.widgets.splitters import splitter
from cmtoolbox.gui.widgets.timers import debounce
from cmtoolbox.ops import results as ops
from cmtoolbox.ops.export import file_name
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.errors import InvalidValue, NotFound

MONTHS_OFFERED = 12
OTHER_PERIOD = "other"
PREF_FOLDER = "report/folder"
PREF_LANGUAGE = "report/language"
PREF_COMMENTARY = "report/commentary/{client}/{first}/{last}"
PREVIEW_DELAY_MS = 600
RELOAD_ON = (Entity.POST_METRICS, Entity.FOLLOWER_COUNTS, Entity.DRAFTS, Entity.TRASH, Entity.CLIENTS)


def months_before(today: date, count: int = MONTHS_OFFERED) -> list[Period]:
    """The months a report is usually about: the current one, then the ones before (newest first)."""
    periods = []
    first = today.replace(day=1)
    for _ in range(count):
        periods.append(Period.month(first.year, first.month))
        first = (first - timedelta(days=1)).replace(day=1)
    return periods


class ReportTab(ResultsTab):
    reload_on = RELOAD_ON

    def __init__(self, ctx: AppContext, clients: ClientSwitcher, parent: QWidget | None = None) -> None:
        super().__init__(ctx, clients, "resultsReportTab", parent)
        self.figures: ReportFigures | None = None
        self._stored_cm_name: str | None = None
        # The charts depend on the figures and the language only: typing the commentary does not
        # redraw them (about 250 ms on the UI thread for four).
        self._charts: tuple[ReportFigures, str, dict[str, bytes]] | None = None

        self.title = heading_label("reportTitle", "", 1.1)
        self.period = QComboBox()
        self.period.setObjectName("reportPeriod")
        self.first_day = DateEdit()
        self.first_day.setObjectName("reportFirstDay")
        self.last_day = DateEdit()
        self.last_day.setObjectName("reportLastDay")
        self.language = QComboBox()
        self.language.setObjectName("reportLanguage")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        saved = str(ctx.prefs.value(PREF_LANGUAGE, "fr"))
        self.language.setCurrentIndex(max(0, self.language.findData(saved)))
        self.client_name = QLineEdit()
        self.client_name.setObjectName("reportClientName")
        self.cm_name = QLineEdit()
        self.cm_name.setObjectName("reportCmName")
        self.commentary = QPlainTextEdit()
        self.commentary.setObjectName("reportCommentary")
        self.commentary.setTabChangesFocus(True)
        self.commentary.setMinimumHeight(120)
        self.keep_note = QCheckBox()
        self.keep_note.setObjectName("reportKeepNote")
        self.keep_note.setChecked(True)
        self.save_pdf = QPushButton()
        self.save_pdf.setObjectName("reportSavePdf")
        self.save_html = QPushButton()
        self.save_html.setObjectName("reportSaveHtml")
        self.hint = wrapped_label(name="reportHint")
        self.hint.setEnabled(False)
        self.preview = QTextBrowser()
        self.preview.setObjectName("reportPreview")
        self.preview.setOpenLinks(False)

        self.form = QFormLayout()
        self.form_labels = [QLabel() for _ in range(6)]
        days = QWidget()
        hbox(self.first_day, self.last_day, None, parent=days, margins=0)
        fields: tuple[QWidget, ...] = (
            self.period,
            days,
            self.language,
            self.client_name,
            self.cm_name,
            self.commentary,
        )
        for label, field in zip(self.form_labels, fields, strict=True):
            self.form.addRow(label, field)
        for label, buddy in zip(self.form_labels, (self.period, self.first_day, self.language,
                                                   self.client_name, self.cm_name, self.commentary),
                                strict=True):  # fmt: skip
            label.setBuddy(buddy)
        left = QWidget()
        vbox(
            self.title,
            self.form,
            self.keep_note,
            hbox(self.save_pdf, self.save_html, None),
            self.hint,
            parent=left,
            margins=0,
        )
        self.splitter = splitter("reportSplitter", left, self.preview)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setChildrenCollapsible(False)
        vbox(self.splitter, parent=self, margins=0)

        self._preview_timer = debounce(self, PREVIEW_DELAY_MS, self.show_preview)
        self.period.activated.connect(self._on_period_chosen)
        self.first_day.editingFinished.connect(self._on_period_chosen)
        self.last_day.editingFinished.connect(self._on_period_chosen)
        self.language.activated.connect(self._on_language_chosen)
        self.client_name.textEdited.connect(lambda _t: self._preview_timer.start())
        self.cm_name.textEdited.connect(lambda _t: self._preview_timer.start())
        self.commentary.textChanged.connect(self._on_commentary_edited)
        self.save_pdf.clicked.connect(lambda: self.ctx.tasks.spawn(self.export("pdf")))
        self.save_html.clicked.connect(lambda: self.ctx.tasks.spawn(self.export("html")))
        self.follow()
        self._fill_periods()
        self._set_custom_visible(False)

    # -- texts ---------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("The client's report"))
        labels = [
            self.tr("&Period:"),
            self.tr("From / to:"),
            self.tr("Report &language:"),
            self.tr("&Client's name:"),
            self.tr("&Your name:"),
            self.tr("Your &words:"),
        ]
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.first_day.setAccessibleName(self.tr("First day"))
        self.last_day.setAccessibleName(self.tr("Last day"))
        self.client_name.setPlaceholderText(self.tr("As the client wants to be named"))
        self.cm_name.setPlaceholderText(self.tr("Signs the report; kept for the next ones"))
        self.commentary.setPlaceholderText(
            self.tr(
                "A word for the client: what stood out this month, what you suggest next. "
                "Markdown works (**bold**, lists)."
            )
        )
        self.keep_note.setText(self.tr("Keep the report in the client's carnet"))
        self.save_pdf.setText(self.tr("Save as &PDF…"))
        self.save_html.setText(self.tr("Save as &web page…"))
        self.hint.setText(
            self.tr(
                "The report is written in the language chosen above. Each rate is shown with its "
                "formula, from the latest figures of each post."
            )
        )
        self._fill_periods()

    def _fill_periods(self) -> None:
        current = self.period.currentData()
        self.period.blockSignals(True)
        self.period.clear()
        lang = "fr" if self.ctx.language.startswith("fr") else "en"
        today = date.today()
        for period in months_before(today):
            self.period.addItem(period_label(period, lang).capitalize(), f"{period.first:%Y-%m}")
        self.period.addItem(self.tr("Other period…"), OTHER_PERIOD)
        index = self.period.findData(current) if current is not None else -1
        # By default the last whole month: a report is written after the month is over.
        self.period.setCurrentIndex(index if index >= 0 else 1)
        self.period.blockSignals(False)

    # -- choices -------------------------------------------------------------------------------
    def chosen_period(self) -> Period | None:
        data = self.period.currentData()
        if data == OTHER_PERIOD:
            first: date = self.first_day.date().toPython()  # type: ignore[assignment]
            last: date = self.last_day.date().toPython()  # type: ignore[assignment]
            return Period(first, last) if first <= last else None
        try:
            return Period.parse_month(str(data))
        except ValueError:
            return None

    def set_period(self, period: Period) -> None:
        """Show `period` (a month of the list, or another period)."""
        index = self.period.findData(f"{period.first:%Y-%m}") if period.is_month else -1
        if index < 0:
            self.period.setCurrentIndex(self.period.findData(OTHER_PERIOD))
            self.first_day.setDate(QDate(period.first.year, period.first.month, period.first.day))
            self.last_day.setDate(QDate(period.last.year, period.last.month, period.last.day))
        else:
            self.period.setCurrentIndex(index)
        self._on_period_chosen()

    def _set_custom_visible(self, visible: bool) -> None:
        self.form.setRowVisible(1, visible)

    def _on_period_chosen(self) -> None:
        custom = self.period.currentData() == OTHER_PERIOD
        if custom and self.sender() is self.period:
            shown = self.figures.period if self.figures is not None else months_before(date.today())[1]
            self.first_day.setDate(QDate(shown.first.year, shown.first.month, shown.first.day))
            self.last_day.setDate(QDate(shown.last.year, shown.last.month, shown.last.day))
        self._set_custom_visible(custom)
        self._load_commentary()
        self.ctx.tasks.spawn(self.reload())

    def _on_language_chosen(self) -> None:
        self.ctx.prefs.set_value(PREF_LANGUAGE, self.language.currentData())
        self.show_preview()

    def _commentary_key(self) -> str | None:
        period = self.chosen_period()
        if self.client_id is None or period is None:
            return None
        return PREF_COMMENTARY.format(client=self.client_id, first=period.first, last=period.last)

    def _load_commentary(self) -> None:
        key = self._commentary_key()
        text = str(self.ctx.prefs.value(key, "")) if key else ""
        self.commentary.blockSignals(True)
        self.commentary.setPlainText(text)
        self.commentary.blockSignals(False)

    def _on_commentary_edited(self) -> None:
        key = self._commentary_key()
        if key:
            self.ctx.prefs.set_value(key, self.commentary.toPlainText())
        self._preview_timer.start()

    def options(self) -> ReportOptions:
        return ReportOptions(
            lang=str(self.language.currentData()),
            commentary=self.commentary.toPlainText(),
            cm_name=self.cm_name.text().strip(),
            client_name=self.client_name.text().strip(),
            made_on=date.today(),
        )

    # -- loading -------------------------------------------------------------------------------
    def _on_client_changed(self, client: object) -> None:
        self.client_id = getattr(client, "id", None)
        self.client_name.setText("")
        self._load_commentary()
        self.refresh()

    async def reload(self) -> None:
        """Read the figures of the chosen period and show the preview."""
        self._stale = False
        if self._stored_cm_name is None:
            self._stored_cm_name = await self.ctx.runner.read(ops.cm_name)
            if not self.cm_name.text():
                self.cm_name.setText(self._stored_cm_name)
        client_id, period = self.client_id, self.chosen_period()
        figures = None
        if client_id is not None and period is not None:
            try:
                figures = await self.ctx.runner.read(ops.report_figures, client_id, period)
            except NotFound:
                figures = None
        if client_id != self.client_id or period != self.chosen_period():
            return  # the choice changed meanwhile; its own reload is on its way
        self.figures = figures
        if figures is not None and not self.client_name.text():
            self.client_name.setPlaceholderText(figures.client_name)
        self.save_pdf.setEnabled(figures is not None)
        self.save_html.setEnabled(figures is not None)
        self.show_preview()

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.figures is not None:
            self._preview_timer.start()  # the charts follow the preview's width

    def show_preview(self) -> None:
        """The report as it will read (charts included), in the preview pane."""
        self._preview_timer.stop()
        if self.figures is None:
            self.preview.setHtml("")
            return
        options = self._with_charts(self.figures, self.options())
        width = max(320, min(640, self.preview.viewport().width() - 48))
        scroll = self.preview.verticalScrollBar().value()
        self.preview.setHtml(render_html(self.figures, options, image_width=width, printable=True))
        self.preview.verticalScrollBar().setValue(scroll)

    def _with_charts(self, figures: ReportFigures, options: ReportOptions) -> ReportOptions:
        cached = self._charts
        if cached is None or cached[0] is not figures or cached[1] != options.lang:
            cached = self._charts = (figures, options.lang, dict(with_charts(figures, options).charts))
        return dataclasses.replace(options, charts=cached[2])

    # -- saving --------------------------------------------------------------------------------
    def _folder(self) -> Path:
        saved = self.ctx.prefs.value(PREF_FOLDER, "")
        folder = Path(str(saved)) if saved else Path.home()
        return folder if folder.is_dir() else Path.home()

    async def export(self, kind: Kind) -> Path | None:
        """Ask where, write the report, keep it in the carnet: the path written, or None."""
        await self.reload()
        figures, client_id = self.figures, self.client_id
        if figures is None or client_id is None:
            return None
        options = self.options()
        lang = options.lang
        title = note_title(figures, lang, options.client_name)
        suffix = ".pdf" if kind == "pdf" else ".html"
        suggested = self._folder() / f"{file_name(title, 'report')}{suffix}"
        name_filter = self.tr("PDF (*.pdf)") if kind == "pdf" else self.tr("Web page (*.html)")
        chosen = await ask_save_path(self.window(), self.tr("Save the report as"), suggested, name_filter)
        if chosen is None:
            return None
        if chosen.suffix.lower() not in (".pdf", ".html", ".htm"):
            chosen = chosen.with_name(chosen.name + suffix)
        self.ctx.prefs.set_value(PREF_FOLDER, str(chosen.parent))
        self.ctx.status.show(self.tr("Preparing the report…"), 0)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            options = self._with_charts(figures, options)
            data = await report_bytes(figures, options, kind)
            await write_file(self.ctx.pools, chosen, data)
        except OSError as exc:
            self.ctx.status.show(fill(self.tr("The report was not saved: %1"), describe(exc)))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        await self._remember_cm_name(options.cm_name)
        message = self.tr("Report saved: %1")
        if self.keep_note.isChecked():
            body = render_markdown_note(figures, dataclasses.replace(options, charts={}))
            await self.ctx.runner.run(
                ops.save_report_note,
                client_id,
                title,
                body,
                lang,
                initiator=self,
                undo_label=self.tr("Keep the report in the carnet"),
            )
            message = self.tr("Report saved: %1; kept in the client's carnet")
        self.ctx.status.show(fill(message, chosen.name))
        return chosen

    async def _remember_cm_name(self, name: str) -> None:
        if name == (self._stored_cm_name or ""):
            return
        try:
            self._stored_cm_name = await self.ctx.runner.run(ops.set_cm_name, name, initiator=self)
        except InvalidValue:
            self.ctx.status.show(self.tr("Your name is too long to be kept."))
