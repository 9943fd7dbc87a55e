"""Edit ▸ Undo / Redo and the status bar's “… — Undo” offer, over the app's one undo stack."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolButton

from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.i18n import fill

UNDO_OFFER_MS = 10_000
DONE_MESSAGE_MS = 5000


class UndoStatus(QObject):
    """Owns the undo/redo actions and the status bar's Undo button of a main window."""

    def __init__(self, ctx: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self._ctx = ctx
        self._bar = window.statusBar()
        # Window-wide: a focused text field handles Ctrl+Z itself first (Qt's ShortcutOverride),
        # so these undo data operations (trash, archive...) only when no editor has the focus.
        self.undo_action = QAction(self.tr("&Undo"), window)
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(ctx.undo.undo)
        self.redo_action = QAction(self.tr("&Redo"), window)
        self.redo_action.setObjectName("redoAction")
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        for extra in ("Ctrl+Shift+Z", "Ctrl+Y"):  # whatever the platform's habit, both work
            if QKeySequence(extra) not in redo_keys:
                redo_keys.append(QKeySequence(extra))
        self.redo_action.setShortcuts(redo_keys)
        self.redo_action.triggered.connect(ctx.undo.redo)
        for action in (self.undo_action, self.redo_action):
            window.addAction(action)

        self.button = QToolButton()
        self.button.setObjectName("statusUndoButton")
        self.button.setAutoRaise(True)
        self.button.hide()
        self.button.clicked.connect(self.undo_action.trigger)
        self._bar.addPermanentWidget(self.button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.button.hide)

        ctx.status.message.connect(self._bar.showMessage)
        ctx.undo.offered.connect(self._offer)
        ctx.undo.done.connect(lambda text: self._bar.showMessage(text, DONE_MESSAGE_MS))
        ctx.undo.changed.connect(self._update)
        self._update()

    def _offer(self, label: str) -> None:
        """“Note moved to trash — Undo”: the message, and a button for a few seconds."""
        self._bar.showMessage(label, UNDO_OFFER_MS)
        self.button.setText(self.tr("Undo"))
        self.button.setToolTip(self.undo_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        self.button.show()
        self._timer.start(UNDO_OFFER_MS)

    def retranslate(self) -> None:
        """The language changed: the actions' texts again (the button is named when it shows)."""
        self._update()

    def _update(self) -> None:
        undo = self._ctx.undo
        self.undo_action.setEnabled(undo.can_undo)
        self.redo_action.setEnabled(undo.can_redo)
        self.undo_action.setText(
            fill(self.tr("&Undo: %1"), undo.undo_label) if undo.can_undo else self.tr("&Undo")
        )
        self.redo_action.setText(
            fill(self.tr("&Redo: %1"), undo.redo_label) if undo.can_redo else self.tr("&Redo")
        )
        if not undo.can_undo:
            self.button.hide()
