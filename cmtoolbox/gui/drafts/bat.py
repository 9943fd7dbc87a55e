"""Approval by the client, without any server: export a proof ("BAT") and record the answers.

`DraftsPage` calls the two entry points with the selected drafts:

- `export_bat(ctx, parent, draft_ids)`: asks for the formats (HTML to mail, PDF to print), then the
  file name; renders the proof (`core.bat`, pictures shrunk on the CPU pool; the PDF laid out by
  `bat_pdf` on the UI thread, a page at a time), writes the files atomically on the I/O pool, offers
  to mark the drafts as sent for approval (undoable) and opens the folder.
- `record_answers(ctx, parent, draft_ids)`: the client's answer per draft (approved, or changes
  requested with their words), who answered and when, recorded in one undoable step.

The proof's fixed words are translated here (`BatTexts.labels`), since `core.bat` cannot use Qt's
translation; its dates follow the UI language.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, QTimeZone, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from cmtoolbox.core.bat import BatLabels, Proof, format_day, render_html, render_sections
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.dialogs import ask, ask_save_path
from cmtoolbox.gui.drafts.bat_dialogs import AnswerDialog, ExportChoice, ExportDialog
from cmtoolbox.gui.drafts.bat_pdf import pdf_bytes
from cmtoolbox.gui.drafts.list_status import refusal_text, status_labels
from cmtoolbox.gui.errors import describe
from cmtoolbox.gui.files import write_file
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.pools import CPU
from cmtoolbox.ops import bat as bat_ops
from cmtoolbox.ops import drafts as draft_ops
from cmtoolbox.storage.drafts import Draft
from cmtoolbox.storage.errors import InvalidValue, NotFound

__all__ = ["BatFlow", "BatTexts", "export_bat", "record_answers"]

PREF_HTML = "drafts/bat_html"
PREF_PDF = "drafts/bat_pdf"
PREF_CM_NAME = "drafts/bat_cm_name"
PREF_OPEN_FOLDER = "drafts/bat_open_folder"
PREF_FOLDER = "drafts/bat_folder"
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
_PROOF_SUFFIXES = (".html", ".htm", ".pdf")


def _flag(value: object, default: bool) -> bool:
    """A yes/no preference as QSettings gives it back from the INI file ("true"/"false")."""
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    return str(value).lower() in ("true", "1", "yes")


def _documents() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def _language(ctx: AppContext) -> str:
    return "fr" if ctx.language.startswith("fr") else "en"


def file_stem(proof: Proof) -> str:
    """The suggested file name, "BAT Boulangerie Martin 2026-12-02": sorts by date, safe everywhere."""
    stem = f"BAT {proof.client_name} {proof.made_on.isoformat()}"
    return _UNSAFE_NAME.sub(" ", stem).strip(" .")[:120] or "BAT"


def proof_paths(chosen: Path, html: bool, pdf: bool) -> tuple[Path | None, Path | None]:
    """The files to write for the name chosen in the save dialog (its extension, if one of ours,
    is replaced: "BAT.pdf" with both formats gives BAT.html and BAT.pdf)."""
    name = chosen.name
    if chosen.suffix.lower() in _PROOF_SUFFIXES:
        name = name[: -len(chosen.suffix)]
    base = chosen.parent / name
    return (
        base.parent / f"{base.name}.html" if html else None,
        base.parent / f"{base.name}.pdf" if pdf else None,
    )


class BatTexts(QObject):
    """The proof's fixed words in the UI language (lupdate files them under this context)."""

    def labels(self) -> BatLabels:
        return BatLabels(
            document_title=self.tr("Proof for approval"),
            intro=self.tr(
                "Each post is shown as it will appear on its network. Please read them, tick your "
                "answer in the box under each post and add your comments."
            ),
            prepared_by=self.tr("Prepared by %1"),
            made_on=self.tr("Sent on %1"),
            posts_heading=self.tr("Posts in this proof"),
            column_post=self.tr("Post"),
            column_when=self.tr("Planned"),
            column_networks=self.tr("Networks"),
            column_status=self.tr("Status"),
            not_planned=self.tr("Not planned yet"),
            planned=self.tr("Planned for %1"),
            zone=self.tr("%1 (%2 time)"),
            status=self.tr("Status: %1"),
            networks=self.tr("Networks: %1"),
            see_more=self.tr("… see more"),
            after_fold=self.tr("Shown after “see more”:"),
            thread=self.tr("Thread of %1 posts"),
            no_text=self.tr("(no text)"),
            master=self.tr("Text"),
            video=self.tr("Video"),
            gif=self.tr("GIF"),
            pdf=self.tr("PDF document"),
            document=self.tr("Document"),
            missing_media=self.tr("Picture missing from the library"),
            answer_heading=self.tr("Your answer"),
            approved=self.tr("Approved"),
            changes_requested=self.tr("Changes requested"),
            comments=self.tr("Comments:"),
            signature=self.tr("Name and date:"),
            statuses=status_labels(),
        )

    def page_label(self) -> str:
        return self.tr("Page %1 of %2")


class BatFlow(QObject):
    """The export and answer flows; a QObject for `self.tr` and as the initiator of its writes."""

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window = parent

    # -- export --------------------------------------------------------------------------------------
    def _saved_choice(self) -> ExportChoice:
        prefs = self.ctx.prefs
        return ExportChoice(
            html=_flag(prefs.value(PREF_HTML), True),
            pdf=_flag(prefs.value(PREF_PDF), True),
            cm_name=str(prefs.value(PREF_CM_NAME) or ""),
            open_folder=_flag(prefs.value(PREF_OPEN_FOLDER), True),
        )

    def _remember(self, choice: ExportChoice) -> None:
        prefs = self.ctx.prefs
        prefs.set_value(PREF_HTML, choice.html)
        prefs.set_value(PREF_PDF, choice.pdf)
        prefs.set_value(PREF_CM_NAME, choice.cm_name)
        prefs.set_value(PREF_OPEN_FOLDER, choice.open_folder)

    def _folder(self) -> Path:
        saved = self.ctx.prefs.value(PREF_FOLDER)
        return Path(str(saved)) if saved else _documents()

    async def _tell(self, title: str, text: str, name: str = "batMessage") -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName(name)
        await ask(box)

    async def export(self, draft_ids: list[int]) -> Path | None:
        ids = list(dict.fromkeys(int(i) for i in draft_ids))
        if not ids:
            return None
        dialog = ExportDialog(len(ids), self._saved_choice(), self.window)
        if await ask(dialog) != QDialog.DialogCode.Accepted.value:
            return None
        choice = dialog.choice()
        self._remember(choice)
        language = _language(self.ctx)
        zone = bytes(QTimeZone.systemTimeZoneId().data()).decode() or None
        try:
            proof: Proof = await self.ctx.runner.read(
                bat_ops.proof_data, ids, made_on=date.today(), cm_name=choice.cm_name, zone=zone
            )
        except NotFound:  # deleted for good meanwhile (another window, a purge)
            await self._tell(
                self.tr("The proof was not saved"), self.tr("A selected draft no longer exists.")
            )
            return None
        suffix = ".html" if choice.html else ".pdf"
        name_filter = (
            self.tr("Web page (*.html)") if choice.html and not choice.pdf else
            self.tr("PDF (*.pdf)") if not choice.html else
            self.tr("Proof (*.html *.pdf)")
        )  # fmt: skip
        suggested = self._folder() / f"{file_stem(proof)}{suffix}"
        chosen = await ask_save_path(self.window, self.tr("Save the proof as"), suggested, name_filter)
        if chosen is None:
            return None
        self.ctx.prefs.set_value(PREF_FOLDER, str(chosen.parent))
        html_path, pdf_path = proof_paths(chosen, choice.html, choice.pdf)
        written = await self._write(proof, language, html_path, pdf_path)
        if not written:
            return None
        self.ctx.status.show(fill(self.tr("Proof saved: %1"), ", ".join(p.name for p in written)))
        await self._offer_sent(ids, written)
        if choice.open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written[0].parent)))
        return written[0]

    async def _write(
        self, proof: Proof, language: str, html_path: Path | None, pdf_path: Path | None
    ) -> list[Path]:
        texts = BatTexts(self)
        labels = texts.labels()
        self.ctx.status.show(self.tr("Preparing the proof…"), 0)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        written: list[Path] = []
        failure: OSError | None = None
        try:
            if html_path is not None:
                page = await self.ctx.pools.run(CPU, render_html, proof, labels, language=language)
                await write_file(self.ctx.pools, html_path, page.encode("utf-8"))
                written.append(html_path)
            if pdf_path is not None:
                sections = await self.ctx.pools.run(CPU, render_sections, proof, labels, language=language)
                made_on = format_day(proof.made_on, language, weekday=False)
                data = await pdf_bytes(
                    sections,
                    title=f"{labels.document_title} · {proof.client_name}",
                    footer=f"{proof.client_name} · {labels.document_title} · {made_on}",
                    page_label=texts.page_label(),
                )
                await write_file(self.ctx.pools, pdf_path, data)
                written.append(pdf_path)
        except OSError as exc:
            failure = exc
        finally:
            QGuiApplication.restoreOverrideCursor()
        if failure is not None:
            self.ctx.status.show("")
            await self._tell(self.tr("The proof was not saved"), describe(failure))
            return []
        return written

    async def _offer_sent(self, ids: list[int], written: list[Path]) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Proof saved"),
            self.tr("Mark the %n post(s) as sent to the client for approval?", "", len(ids)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.window,
        )
        box.setObjectName("batMarkSent")
        box.setInformativeText(
            self.tr(
                "Their status becomes “To approve” and their history keeps the exact text sent. "
                "Edit ▸ Undo puts them back."
            )
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Mark as sent"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Not now"))
        if await ask(box) != QMessageBox.StandardButton.Yes.value:
            return
        note = fill(self.tr("BAT sent: %1"), ", ".join(p.name for p in written))
        try:
            await self.ctx.runner.run(
                draft_ops.send_for_approval,
                ids,
                note=note,
                initiator=self,
                undo_label=self.tr("Proof sent for approval"),
            )
        except InvalidValue as exc:
            await self._tell(self.tr("Not marked as sent"), refusal_text(exc))
            return
        self.ctx.status.show(self.tr("%n post(s) waiting for the client's approval.", "", len(ids)))

    # -- answers -------------------------------------------------------------------------------------
    async def record(self, draft_ids: list[int]) -> list[Draft] | None:
        ids = list(dict.fromkeys(int(i) for i in draft_ids))
        if not ids:
            return None
        found: bat_ops.AnswerTargets = await self.ctx.runner.read(bat_ops.answer_targets, ids)
        dialog = AnswerDialog(found.targets, found.author, self.window)
        if await ask(dialog) != QDialog.DialogCode.Accepted.value:
            return None
        answers = dialog.answers()
        if not answers:
            return None
        try:
            drafts: list[Draft] = await self.ctx.runner.run(
                bat_ops.record_answers, answers, initiator=self, undo_label=self.tr("Client's answers")
            )
        except InvalidValue as exc:
            await self._tell(self.tr("The answers were not recorded"), refusal_text(exc))
            return None
        approved = sum(1 for a in answers if a.approved)
        parts = []
        if approved:
            parts.append(self.tr("%n approved", "", approved))
        if len(answers) - approved:
            parts.append(self.tr("%n with changes requested", "", len(answers) - approved))
        self.ctx.status.show(fill(self.tr("Client's answers recorded: %1."), ", ".join(parts)))
        return drafts


async def export_bat(ctx: AppContext, parent: QWidget | None, draft_ids: list[int]) -> Path | None:
    """Export a proof of these drafts (HTML and/or PDF); the first file written, or None."""
    flow = BatFlow(ctx, parent)
    try:
        return await flow.export(draft_ids)
    finally:
        flow.deleteLater()


async def record_answers(ctx: AppContext, parent: QWidget | None, draft_ids: list[int]) -> list[Draft] | None:
    """Record the client's answers about these drafts; the drafts as they became, or None."""
    flow = BatFlow(ctx, parent)
    try:
        return await flow.record(draft_ids)
    finally:
        flow.deleteLater()
