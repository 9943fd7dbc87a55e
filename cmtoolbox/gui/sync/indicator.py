"""The sync state in the main window's status bar: when it last synced, a sync running (with its
progress), an unreachable target or a wrong passphrase, and the conflicts waiting.

Hidden while no target is set. A click opens File ▸ Sync… (on the conflicts when there are some).
It reads two named operations (the settings with the last result, the number of open conflicts)
and follows the `SyncService`'s signals and the runner's broadcast; it holds no database code.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QSizePolicy, QToolButton, QWidget

from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.formatting import format_datetime, format_integer, format_recent
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.icons import icon
from cmtoolbox.gui.theme import semantic_text
from cmtoolbox.storage.changes import Changes
from cmtoolbox.storage.entities import Entity

# The states, for tests and screenshots (the text says the same in the user's language).
HIDDEN = "hidden"
NEVER = "never"
SYNCING = "syncing"
SYNCED = "synced"
CONFLICTS = "conflicts"
FAILED = "failed"


def _when(last: Mapping[str, Any]) -> datetime | None:
    try:
        return datetime.fromisoformat(str(last.get("at"))).astimezone()
    except ValueError:
        return None


class SyncIndicator(QWidget):
    """`open_requested(on_conflicts)` when clicked."""

    open_requested = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncIndicator")
        self._ctx = ctx
        self._target = ""
        self._last: Mapping[str, Any] | None = None
        self._conflicts = 0
        self._running = False
        self._progress: tuple[str, int, int] = ("", 0, 0)
        self._loading = False
        self._again = False
        self.shortcut_text = ""  # "Ctrl+Alt+S", said in the tooltip
        self.state = HIDDEN
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("syncIndicatorProgress")
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedSize(QSize(72, 10))
        self.progress_bar.setVisible(False)
        self.button = QToolButton(self)
        self.button.setObjectName("syncIndicatorButton")
        self.button.setAutoRaise(True)
        self.button.setIcon(icon("sync"))
        self.button.setIconSize(QSize(16, 16))
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.clicked.connect(self._clicked)
        layout.addStretch(1)  # the bar stays beside the text, whatever width the status bar gives
        layout.addWidget(self.progress_bar, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.button)
        ctx.runner.changed.connect(self._on_changes)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.setVisible(False)

    # -- what it follows ---------------------------------------------------------------------
    def attach(self, service: Any) -> None:
        """Follow a `SyncService` (made on first use by the window)."""
        service.started.connect(self._on_started)
        service.progress.connect(self._on_progress)
        service.finished.connect(self._on_finished)
        if service.running:
            self._on_started()

    def refresh(self) -> None:
        """Read the settings and the conflicts again (coalesced: one read at a time)."""
        if self._loading:
            self._again = True
            return
        self._ctx.tasks.spawn(self.load())

    async def load(self) -> None:
        from cmtoolbox.ops import sync as sync_ops

        self._loading = True
        try:
            while True:
                self._again = False
                settings = await self._ctx.runner.read(sync_ops.sync_settings)
                self._conflicts = await self._ctx.runner.read(sync_ops.conflict_count)
                self._target, self._last = settings.target, settings.last
                if not self._again:
                    break
        finally:
            self._loading = False
        self.show_state()

    def _on_changes(self, changes: Changes) -> None:
        # The settings (a target saved, a result recorded), a conflict resolved or reopened (undo),
        # what a sync applied.
        if changes.touches(Entity.SETTINGS) or changes.op.startswith("sync."):
            self.refresh()

    def _on_started(self) -> None:
        self._running = True
        self._progress = ("", 0, 0)
        self.show_state()

    def _on_progress(self, stage: str, done: int, total: int) -> None:
        self._progress = (stage, done, total)
        self.show_state()

    def _on_finished(self, summary: Mapping[str, Any] | None) -> None:
        self._running = False
        if summary:
            self._last = summary
        self.show_state()
        self.refresh()  # the conflicts it may have added

    def _clicked(self) -> None:
        self.open_requested.emit(self._conflicts > 0)

    # -- what it shows -------------------------------------------------------------------------
    @property
    def conflicts(self) -> int:
        return self._conflicts

    def show_state(self) -> None:
        if not self._target and not self._running:
            self.state = HIDDEN
            self.setVisible(False)
            return
        text, tip, role = self._texts()
        self.button.setText(text)
        self.button.setToolTip(tip)
        self.button.setAccessibleName(text)
        semantic_text(self.button, role)
        self.progress_bar.setVisible(self._running)
        if self._running:
            stage, done, total = self._progress
            if stage == "push" and total:
                self.progress_bar.setRange(0, total)
                self.progress_bar.setValue(done)
            else:
                self.progress_bar.setRange(0, 0)  # receiving: the total is not known
        self.setVisible(True)

    def _texts(self) -> tuple[str, str, str]:
        """(text, tooltip, semantic colour) of the current state."""
        hint = self.tr("Click to open File ▸ Sync…")
        if self.shortcut_text:
            hint = fill(self.tr("%1 (%2)"), hint, self.shortcut_text)
        conflicts = self.tr("%n conflict(s)", "", self._conflicts) if self._conflicts else ""
        conflicts_tip = (
            self.tr(
                "%n text(s) changed on two devices at once: both versions are kept, see Conflicts.",
                "",
                self._conflicts,
            )
            if self._conflicts
            else ""
        )
        if self._running:
            self.state = SYNCING
            stage, done, total = self._progress
            if stage == "push":
                detail = (
                    fill(self.tr("Sending changes… %1 of %2"), format_integer(done), format_integer(total))
                    if total
                    else self.tr("Sending changes…")
                )
            elif stage == "pull":
                detail = fill(self.tr("Receiving changes… %1 received"), format_integer(done))
            else:
                detail = self.tr("Connecting to the sync target…")
            tip = "\n".join(t for t in (detail, fill(self.tr("Target: %1"), self._target), hint) if t)
            return self.tr("Syncing…"), tip, "muted"
        last = self._last
        target = fill(self.tr("Target: %1"), self._target)
        if not last:
            self.state = CONFLICTS if self._conflicts else NEVER
            tip = "\n".join(
                t for t in (self.tr("Never synced on this computer."), conflicts_tip, target, hint) if t
            )
            return conflicts or self.tr("Not synced yet"), tip, "warning" if conflicts else "muted"
        moment = _when(last)
        if last.get("ok"):
            self.state = CONFLICTS if self._conflicts else SYNCED
            lines = [
                fill(self.tr("Last sync: %1"), format_datetime(moment)),
                fill(
                    self.tr("%1, %2."),
                    self.tr("%n change(s) sent", "", int(last.get("sent", 0))),
                    self.tr("%n change(s) received", "", int(last.get("received", 0))),
                ),
            ]
            files_sent, files_received = int(last.get("files_sent", 0)), int(last.get("files_received", 0))
            if files_sent or files_received:
                lines.append(
                    fill(
                        self.tr("Library files: %1 sent, %2 received."),
                        format_integer(files_sent),
                        format_integer(files_received),
                    )
                )
            merged = int(last.get("merged", 0))
            if merged:
                lines.append(self.tr("%n text(s) edited on two devices merged.", "", merged))
            lines += [conflicts_tip, target, hint]
            synced = (
                fill(self.tr("Synced %1"), format_recent(moment, with_time=True))
                if moment
                else self.tr("Synced")
            )
            tip = "\n".join(t for t in lines if t)
            return (conflicts or synced), tip, "warning" if conflicts else "muted"
        self.state = FAILED
        short, long = self._failure(str(last.get("code", "")), str(last.get("error", "")))
        text = fill(self.tr("%1 · %2"), short, conflicts) if conflicts else short
        lines = [
            fill(self.tr("Last attempt: %1"), format_datetime(moment)),
            long,
            conflicts_tip,
            target,
            hint,
        ]
        return text, "\n".join(t for t in lines if t), "warning"

    def _failure(self, code: str, error: str) -> tuple[str, str]:
        """(what the status bar says, what the tooltip explains) for a failed sync."""
        if code == "unreachable":
            return (
                self.tr("Offline — target cannot be reached"),
                self.tr(
                    "The sync target cannot be reached (offline, or the server is down). Your work "
                    "is safe here; the next sync will try again."
                ),
            )
        if code == "wrong_passphrase":
            return (
                self.tr("Wrong passphrase"),
                self.tr(
                    "The passphrase is wrong: this target was encrypted with another one. Nothing was synced."
                ),
            )
        if code == "passphrase_needed":
            return self.tr("Passphrase needed"), self.tr("This target is encrypted: enter its passphrase.")
        if code == "not_encrypted":
            return (
                self.tr("Target not encrypted"),
                self.tr(
                    "This target is not encrypted: turn encryption off here, or sync to a new, empty target."
                ),
            )
        if code == "device_clash":
            return (
                self.tr("Copied data folder"),
                self.tr(
                    "Another installation syncs under this computer's identity (was the data folder "
                    "copied?). Open File ▸ Sync… to give this copy its own identity."
                ),
            )
        return self.tr("Sync failed"), fill(self.tr("Sync failed: %1"), error)
