"""Live counters, one chip per selected network ("Instagram 247/2200 · #7/5"), and the networks menu.

The numbers come from `core.counters` (each network's own unit, rules from the table of `core.networks`);
one chip per counter id, so a network with several text fields (YouTube's title and description) has one
chip per field. This module only shows the numbers and turns
each `Problem` code into a translated sentence. A chip is neutral while the text fits, amber in the
last tenth of the limit and red when any rule is broken, with the reason in words under the bar and in
its tooltip (never colour alone).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

from cmtoolbox.core.counters import COUNTERS, CountResult, Problem
from cmtoolbox.core.networks import NETWORKS
from cmtoolbox.gui.i18n import tr
from cmtoolbox.gui.theme import on_theme_change, semantic, semantic_text
from cmtoolbox.gui.widgets.controls import tool_button

__all__ = [
    "CounterBar",
    "CounterChip",
    "FlowLayout",
    "network_label",
    "problem_sentence",
    "counter_state",
]

OK, WARN, OVER = "ok", "warn", "over"
WARN_RATIO = 0.9

# Menu groups, each in table order: networks that chain posts, long-form posts, then the fields of networks
# that count several texts (each with its own limit).
_GROUPS = tuple(
    group
    for group in (
        tuple(c for c, rule in COUNTERS.items() if rule.threads),
        tuple(c for c, rule in COUNTERS.items() if not rule.threads and not rule.part),
        tuple(c for c, rule in COUNTERS.items() if not rule.threads and rule.part),
    )
    if group
)


# A chip's tint, drawn over the window or the editor's base colour: the text colours of
# `theme.semantic()` stay readable on it (tests/gui/test_counter_contrast.py checks both themes).
CHIP_TINTS = {OK: (127, 127, 127, 0.14), WARN: (230, 145, 0, 0.22), OVER: (211, 47, 47, 0.14)}


def chip_colours(state: str) -> tuple[str, str]:
    """(background, text colour) of a chip in `state`, for the current theme."""
    colours = semantic()  # the app's palette: the widget's own is tinted by its style sheet
    red, green, blue, alpha = CHIP_TINTS[state]
    text = {OK: "palette(text)", WARN: colours.warning, OVER: colours.error}[state]
    return f"rgba({red},{green},{blue},{alpha})", text


def network_label(network: str) -> str:
    """What to call a counter in the interface: the brand, plus the field when the network has several."""
    rule = COUNTERS[network]
    if not rule.part:
        return rule.name
    parts = {
        "title": tr("%1 (title)"),
        "description": tr("%1 (description)"),
    }
    pattern = parts.get(rule.part)
    return pattern.replace("%1", NETWORKS[rule.network].name) if pattern else rule.name


def _unit_hint(network: str) -> str:
    method = COUNTERS[network].method
    hints = {
        "twitter": tr("Links count as 23 characters, emoji as 2."),
        "mastodon": tr("Links count as 23 characters; @name@server counts as @name."),
        "bluesky": tr("Links count as Bluesky shortens them."),
        "threads": tr("An emoji counts as several characters (its size in bytes)."),
        "utf16": tr("An emoji counts as 2 characters."),
        "utf8_bytes": tr("Counted in bytes: an accented letter counts as 2, an emoji as 4."),
    }
    return hints.get(method, "")


def problem_sentence(network: str, problem: Problem) -> str:
    """One translated sentence for one broken rule."""
    name = network_label(network)
    if problem.code == "over_limit":
        text = tr("%1: too long by %2 (limit %3).").replace("%2", str(problem.value - problem.limit))
    elif problem.code == "too_many_bytes":
        text = tr("%1: the text weighs %2 bytes, more than the %3 allowed.").replace("%2", str(problem.value))
    elif problem.code == "too_many_hashtags":
        text = tr("%1: %2 hashtags, %3 at most.").replace("%2", str(problem.value))
    elif problem.code == "too_many_links":
        text = tr("%1: %2 links, %3 at most.").replace("%2", str(problem.value))
    elif problem.code == "forbidden_characters":
        chars = " ".join(COUNTERS[network].forbidden) if COUNTERS[network].forbidden.isprintable() else ""
        text = (
            tr("%1 refuses the characters %2: remove the highlighted ones.").replace("%2", chars)
            if chars
            else tr("%1 refuses some invisible characters in the text: remove the highlighted ones.")
        )
    else:  # a code added to the engine before its sentence: still say something true
        text = tr("%1: this text breaks a rule of the network.")
    return text.replace("%3", str(problem.limit)).replace("%1", name)


def counter_state(result: CountResult) -> str:
    if not result.valid:
        return OVER
    if result.limit and result.length > result.limit * WARN_RATIO:
        return WARN
    return OK


def chip_text(result: CountResult) -> str:
    """ "Instagram 247/2200 · #7/5": the count, plus the hashtag and link caps the network has."""
    rule = COUNTERS[result.network]
    parts = [f"{network_label(result.network)} {result.length}/{result.limit}"]
    if rule.hashtag_cap is not None and result.hashtags:
        parts.append(f"#{result.hashtags}/{rule.hashtag_cap}")
    if rule.link_cap is not None and result.links:
        parts.append(tr("links %1/%2").replace("%1", str(result.links)).replace("%2", str(rule.link_cap)))
    return " · ".join(parts)


class FlowLayout(QLayout):
    """Lays widgets out left to right and wraps to the next line, like words (Qt's flow layout example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)

    def addWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt override
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            if item.widget() is not None and item.widget().isHidden():
                continue
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x = area.x()
                y += line_height + self._spacing
                line_height = 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


class CounterChip(QLabel):
    """One network's counter. `state` is "ok", "warn" or "over" (also a dynamic property for styling)."""

    def __init__(self, network: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.network = network
        self.state = OK
        self.result: CountResult | None = None
        self.setObjectName(f"counter_{network}")
        self.setMargin(4)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        on_theme_change(self._restyle)  # light <-> dark while the editor is open
        self.set_result(None)

    def set_result(self, result: CountResult | None) -> None:
        self.result = result
        if result is None:
            self.state = OK
            self.setText(f"{network_label(self.network)} 0/{COUNTERS[self.network].limit}")
            self.setToolTip(_unit_hint(self.network))
        else:
            self.state = counter_state(result)
            self.setText(chip_text(result))
            lines = [sentence for sentence in (problem_sentence(result.network, p) for p in result.problems)]
            if result.remaining >= 0:
                lines.insert(0, tr("%1 left.").replace("%1", str(result.remaining)))
            hint = _unit_hint(self.network)
            if hint:
                lines.append(hint)
            self.setToolTip("\n".join(lines))
        self.setAccessibleName(self.text())
        self.setProperty("state", self.state)
        self._restyle()

    def _restyle(self) -> None:
        background, foreground = chip_colours(self.state)
        weight = "bold" if self.state == OVER else "normal"
        sheet = (
            f"QLabel {{ background: {background}; color: {foreground}; border-radius: 9px; "
            f"padding: 1px 6px; font-weight: {weight}; }}"
        )
        if sheet != self.styleSheet():  # an equal sheet would only repolish
            self.setStyleSheet(sheet)


class CounterBar(QWidget):
    """The counters of the selected networks, a "Networks" menu to choose them, and the problems."""

    networks_changed = Signal(list)  # list[str], in table order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._selected: list[str] = []
        self._chips: dict[str, CounterChip] = {}
        self._results: dict[str, CountResult] = {}

        self.networks_button = tool_button(
            self.tr("Networks"), name="networksButton", tip=self.tr("Choose the networks to count for")
        )
        self.networks_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.networks_menu = QMenu(self)
        self.network_actions: dict[str, QAction] = {}
        for index, group in enumerate(_GROUPS):
            if index:
                self.networks_menu.addSeparator()
            for network in group:
                action = QAction(network_label(network), self)
                action.setCheckable(True)
                action.toggled.connect(lambda checked, n=network: self._on_toggled(n, checked))
                self.networks_menu.addAction(action)
                self.network_actions[network] = action
        self.networks_button.setMenu(self.networks_menu)

        self._chip_area = QWidget()
        self._flow = FlowLayout(self._chip_area)
        self._chip_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.hint = QLabel(self.tr("Choose one or more networks to see their counters."))
        self.hint.setObjectName("counterHint")
        self._flow.addWidget(self.hint)
        for group in _GROUPS:
            for network in group:
                chip = CounterChip(network, self._chip_area)
                chip.hide()
                self._flow.addWidget(chip)
                self._chips[network] = chip

        self.stats = QLabel()
        self.stats.setObjectName("counterStats")
        self.stats.setWordWrap(True)  # a narrow editor wraps it instead of cutting "Mentions: 0"
        self.problems = QLabel()
        self.problems.setObjectName("counterProblems")
        self.problems.setWordWrap(True)
        semantic_text(self.problems, "error")  # follows the theme
        self.problems.hide()

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.networks_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self._chip_area, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.stats)
        layout.addWidget(self.problems)
        self._update_stats(None)

    # -- selection ---------------------------------------------------------------------------
    def networks(self) -> list[str]:
        return list(self._selected)

    def set_networks(self, networks: Iterable[str]) -> None:
        wanted = {n for n in networks if n in COUNTERS}
        ordered = [n for group in _GROUPS for n in group if n in wanted]
        if ordered == self._selected:
            return
        self._selected = ordered
        for network, action in self.network_actions.items():
            action.blockSignals(True)
            action.setChecked(network in wanted)
            action.blockSignals(False)
        self._layout_chips()
        self.networks_changed.emit(self.networks())

    def _on_toggled(self, network: str, checked: bool) -> None:
        selected = set(self._selected)
        if checked:
            selected.add(network)
        else:
            selected.discard(network)
        self.set_networks(selected)

    def _layout_chips(self) -> None:
        for network, chip in self._chips.items():
            chip.setVisible(network in self._selected)
            if network not in self._selected:
                chip.set_result(None)
        self.hint.setVisible(not self._selected)
        self._chip_area.updateGeometry()
        self._flow.invalidate()

    # -- results -----------------------------------------------------------------------------
    def chip(self, network: str) -> CounterChip:
        return self._chips[network]

    def results(self) -> dict[str, CountResult]:
        return dict(self._results)

    def set_results(self, results: Mapping[str, CountResult]) -> None:
        self._results = {n: r for n, r in results.items() if n in self._selected}
        sentences: list[str] = []
        for network in self._selected:
            result = self._results.get(network)
            self._chips[network].set_result(result)
            if result is not None:
                sentences += [problem_sentence(network, p) for p in result.problems]
        self.problems.setText("\n".join(sentences))
        self.problems.setVisible(bool(sentences))
        self._update_stats(next(iter(self._results.values()), None))
        self._chip_area.updateGeometry()

    def problem_sentences(self) -> list[str]:
        text = self.problems.text()
        return text.split("\n") if text else []

    def _update_stats(self, result: CountResult | None) -> None:
        hashtags, mentions, links = (result.hashtags, result.mentions, result.links) if result else (0, 0, 0)
        self.stats.setText(
            self.tr("Hashtags: %1 · Mentions: %2 · Links: %3")
            .replace("%1", str(hashtags))
            .replace("%2", str(mentions))
            .replace("%3", str(links))
        )
