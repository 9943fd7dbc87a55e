"""The app's one undo stack for data operations (Edit ▸ Undo, Ctrl+Z outside text fields).

Operations that can be undone return the call that undoes them (`ops.Undoable`); the runner
announces it and this stack keeps it with its label. Undoing runs that call through the runner like
any operation; what it returns to undo *it* becomes the redo. Text fields keep their own
Ctrl+Z: Qt gives a focused editor the shortcut first.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.runner import DbRunner
from cmtoolbox.gui.tasks import TaskTracker
from cmtoolbox.ops import Call

MAX_STEPS = 100


@dataclass(frozen=True)
class Step:
    label: str
    call: Call


class UndoStack(QObject):
    changed = Signal()  # what can be undone or redone changed
    offered = Signal(str)  # a new undoable action happened: its label, for the status bar
    done = Signal(str)  # an undo or redo completed: a sentence for the status bar

    def __init__(self, runner: DbRunner, tasks: TaskTracker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._tasks = tasks
        self._undo: list[Step] = []
        self._redo: list[Step] = []
        self._busy = False
        runner.undoable.connect(self._on_undoable)

    @property
    def can_undo(self) -> bool:
        return bool(self._undo) and not self._busy

    @property
    def can_redo(self) -> bool:
        return bool(self._redo) and not self._busy

    @property
    def undo_label(self) -> str:
        return self._undo[-1].label if self._undo else ""

    @property
    def redo_label(self) -> str:
        return self._redo[-1].label if self._redo else ""

    def push(self, call: Call, label: str = "") -> None:
        self._undo.append(Step(label or self.tr("last change"), call))
        del self._undo[:-MAX_STEPS]
        self._redo.clear()
        self.changed.emit()
        self.offered.emit(self._undo[-1].label)

    def clear(self) -> None:
        self._undo.clear()
        self._redo.clear()
        self.changed.emit()

    def _on_undoable(self, call: Call, label: str) -> None:
        if not self._busy:  # an undo's own undo is the redo, recorded by _step
            self.push(call, label)

    def undo(self) -> asyncio.Task[Any] | None:
        """Undo the newest step in the background (tests await the returned task)."""
        if not self.can_undo:
            return None
        return self._tasks.spawn(self._step(self._undo, self._redo, undoing=True))

    def redo(self) -> asyncio.Task[Any] | None:
        if not self.can_redo:
            return None
        return self._tasks.spawn(self._step(self._redo, self._undo, undoing=False))

    async def _step(self, source: list[Step], target: list[Step], *, undoing: bool) -> None:
        step = source.pop()
        self._busy = True
        self.changed.emit()
        try:
            outcome = await self._runner.perform(step.call)
        except Exception:
            self._redo.clear()  # the history no longer matches the data: start afresh
            raise
        finally:
            self._busy = False
        if outcome.undo is not None:
            target.append(Step(step.label, outcome.undo))
        self.changed.emit()
        text = self.tr("Undone: %1") if undoing else self.tr("Redone: %1")
        self.done.emit(fill(text, step.label))
