"""A long text as a thread: the posts `core.threads.split_thread` makes, each with counter and copy button.

Splitting calls the counter many times (a few milliseconds for 3,000 characters), so the panel works
only while it is visible and at most every `DEBOUNCE_MS` while the user types; `flush_pending()` runs
a split the debounce holds back at once (tests, and hosts that need the parts now).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cmtoolbox.core.counters import COUNTERS, CountResult, count
from cmtoolbox.core.threads import split_thread
from cmtoolbox.gui.widgets.counter_bar import CounterChip, network_label
from cmtoolbox.gui.widgets.lazy_panel import LazyPanel
from cmtoolbox.gui.widgets.timers import debounce

__all__ = ["THREAD_NETWORKS", "ThreadPanel"]

THREAD_NETWORKS = tuple(n for n, rule in COUNTERS.items() if rule.threads)
DEBOUNCE_MS = 250


class ThreadPart(QFrame):
    """One post of the thread."""

    copied = Signal(int)

    def __init__(
        self, index: int, total: int, text: str, result: CountResult, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.index = index
        self.text = text
        self.result = result
        self.setObjectName(f"threadPart{index}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self.tr("Post %1 of %2").replace("%1", str(index)).replace("%2", str(total)))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.counter = CounterChip(result.network)
        self.counter.set_result(result)
        self.copy_button = QPushButton(self.tr("Copy part"))
        self.copy_button.setObjectName("copyPart")
        self.copy_button.setToolTip(self.tr("Copy this post to the clipboard"))
        self.copy_button.clicked.connect(self.copy)
        self.body = QLabel(text)
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.counter)
        head.addStretch(1)
        head.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.body)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text)
        self.copy_button.setText(self.tr("Copied"))
        # bound to the button: no callback once the part is rebuilt
        QTimer.singleShot(1500, self.copy_button, lambda: self.copy_button.setText(self.tr("Copy part")))
        self.copied.emit(self.index)


class ThreadPanel(LazyPanel):
    """Network choice, "1/n" numbering, and the parts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._limits: dict[str, int] = {}
        self.parts: list[ThreadPart] = []

        self.network_combo = QComboBox()
        self.network_combo.setObjectName("threadNetwork")
        self.network_combo.setAccessibleName(self.tr("Thread network"))
        for network in THREAD_NETWORKS:
            self.network_combo.addItem(network_label(network), network)
        self.network_combo.currentIndexChanged.connect(self._changed)
        self.numbering = QCheckBox(self.tr("Number the posts (1/n)"))
        self.numbering.setObjectName("threadNumbering")
        self.numbering.setChecked(True)
        self.numbering.toggled.connect(self._changed)
        self.summary = QLabel()
        self.summary.setObjectName("threadSummary")
        self.summary.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Network:")))
        top.addWidget(self.network_combo)
        top.addWidget(self.numbering)
        top.addStretch(1)

        self._parts_widget = QWidget()
        self._parts_layout = QVBoxLayout(self._parts_widget)
        self._parts_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._parts_widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)

        self._timer = debounce(self, DEBOUNCE_MS, self.refresh_if_visible)

    # -- inputs ------------------------------------------------------------------------------
    @property
    def network(self) -> str:
        return str(self.network_combo.currentData())

    def set_network(self, network: str) -> None:
        index = self.network_combo.findData(network)
        if index >= 0:
            self.network_combo.setCurrentIndex(index)

    def prefer(self, networks: Iterable[str]) -> None:
        """Show the first selected network that has threads, if the current one is not selected."""
        chosen = [n for n in networks if n in THREAD_NETWORKS]
        if chosen and self.network not in chosen:
            self.set_network(chosen[0])

    def set_limits(self, limits: Mapping[str, int]) -> None:
        self._limits = dict(limits)
        self._changed()

    def set_text(self, text: str) -> None:
        if text == self._text:
            return
        self._text = text
        self._dirty = True
        self._timer.start()

    def _changed(self) -> None:
        self.mark_dirty()

    # -- output ------------------------------------------------------------------------------
    def has_pending(self) -> bool:
        """Whether a split waits for the end of the typing pause."""
        return self._timer.isActive()

    def flush_pending(self) -> None:
        """Do now what the debounce holds back: split the text, if the panel is shown (a hidden panel
        splits when it is shown, as without a flush)."""
        if self._timer.isActive():
            self._timer.stop()
            self.refresh_if_visible()

    def _render(self) -> None:
        self._timer.stop()
        network = self.network
        limit = self._limits.get(network)
        posts = split_thread(network, self._text, numbering=self.numbering.isChecked(), limit=limit)
        for part in self.parts:
            part.setParent(None)
            part.deleteLater()
        self.parts = []
        for index, post in enumerate(posts, start=1):
            part = ThreadPart(index, len(posts), post, count(network, post, limit=limit))
            self._parts_layout.insertWidget(self._parts_layout.count() - 1, part)
            self.parts.append(part)
        if not posts:
            self.summary.setText(self.tr("Write a text to see it as a thread."))
        elif len(posts) == 1:
            self.summary.setText(
                self.tr("The text fits in one post on %1.").replace("%1", network_label(network))
            )
        else:
            self.summary.setText(
                self.tr("%1 posts on %2, cut between paragraphs and sentences where possible.")
                .replace("%1", str(len(posts)))
                .replace("%2", network_label(network))
            )
