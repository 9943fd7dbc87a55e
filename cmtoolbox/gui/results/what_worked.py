"""The Results section's "What worked" tab: the client's engagement rate by network, weekday, hour,
format, length and tag, its best and worst posts, and the slots to publish in.

Everything comes from one named read (`ops.results.what_worked`) over the client's whole history;
each rate is the KPI's engagement rate, whose formula is written above the tables.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from cmtoolbox.core.kpi import Lang
from cmtoolbox.core.report import engagements_definition, network_name
from cmtoolbox.core.results import Group, RankedPost, WhatWorked, formula_text
from cmtoolbox.gui.clients import ClientSwitcher
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.formatting import format_datetime, format_integer
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.results.labels import (
    format_rate,
    group_label,
    hour_name,
    slot_label,
    weekday_name,
)
from cmtoolbox.gui.results.tab import ResultsTab
from cmtoolbox.gui.widgets.labels import heading_label, placeholder_label, wrapped_label
from cmtoolbox.gui.widgets.layouts import hbox, scrolling, stacked, vbox
from cmtoolbox.ops import results as ops
from cmtoolbox.storage.entities import Entity

RELOAD_ON = (Entity.POST_METRICS, Entity.DRAFTS, Entity.TRASH, Entity.CLIENTS)
EXCERPT = 120
GROUP_ROWS = 8  # rows a group table shows before it scrolls


def _table(name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    return table


def _item(text: str, *, number: bool = False, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tip:
        item.setToolTip(tip)
    return item


class GroupTable(QWidget):
    """A title and a small table: one row per group (name, posts, engagement rate)."""

    def __init__(self, name: str, label: Callable[[object], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading_label(f"{name}Title", "", 1.0)
        self.table = _table(name, 3)
        self.label = label
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        vbox(self.title, (self.table, 1), parent=self, margins=0)

    def set_headers(self, title: str, first: str, posts: str, rate: str) -> None:
        self.title.setText(title)
        self.table.setHorizontalHeaderLabels([first, posts, rate])

    def show_groups(self, groups: Sequence[Group]) -> None:
        rows = [g for g in groups if g.posts]
        self.table.setRowCount(len(rows))
        for row, group in enumerate(rows):
            self.table.setItem(row, 0, _item(self.label(group.key)))
            self.table.setItem(row, 1, _item(format_integer(group.posts), number=True))
            self.table.setItem(row, 2, _item(format_rate(group.rate), number=True))
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += self.table.verticalHeader().defaultSectionSize() * max(1, min(len(rows), GROUP_ROWS))
        self.table.setFixedHeight(height)


class PostsTable(QTableWidget):
    """Top or flop posts: network, when, the text, the rate and its figures."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setObjectName(name)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        for column in (0, 1, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def show_posts(self, posts: Sequence[RankedPost], basis: str) -> None:
        self.setRowCount(len(posts))
        for row, ranked in enumerate(posts):
            post = ranked.post
            flat = " ".join(post.text.split())
            excerpt = flat if len(flat) <= EXCERPT else flat[: EXCERPT - 1] + "…"
            base = post.base(basis)  # type: ignore[arg-type]
            self.setItem(row, 0, _item(network_name(post.network)))
            self.setItem(row, 1, _item(format_datetime(post.published_at)))
            self.setItem(row, 2, _item(excerpt, tip=post.text))
            self.setItem(row, 3, _item(format_rate(ranked.rate), number=True))
            figures = fill(
                self.tr("%1 of %2"),
                format_integer(ranked.engagements),
                format_integer(base) if base is not None else "—",
            )
            self.setItem(row, 4, _item(figures, number=True))
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += self.verticalHeader().defaultSectionSize() * max(1, len(posts))
        self.setFixedHeight(height)


class WhatWorkedTab(ResultsTab):
    reload_on = RELOAD_ON

    def __init__(self, ctx: AppContext, clients: ClientSwitcher, parent: QWidget | None = None) -> None:
        super().__init__(ctx, clients, "resultsWhatWorkedTab", parent)
        self.data: WhatWorked | None = None

        self.basis = QComboBox()
        self.basis.setObjectName("whatWorkedBasis")
        self.summary = wrapped_label(name="whatWorkedSummary")
        self.formula = wrapped_label(name="whatWorkedFormula")
        self.slots = wrapped_label(name="whatWorkedSlots")
        self.slots.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.groups = {
            "networks": GroupTable("whatWorkedNetworks", lambda k: network_name(str(k))),
            "weekdays": GroupTable("whatWorkedWeekdays", lambda k: weekday_name(int(k)).capitalize()),  # type: ignore[call-overload]
            "hours": GroupTable("whatWorkedHours", lambda k: hour_name(int(k))),  # type: ignore[call-overload]
            "formats": GroupTable("whatWorkedFormats", lambda k: group_label(str(k))),
            "lengths": GroupTable("whatWorkedLengths", lambda k: group_label(str(k))),
            "tags": GroupTable("whatWorkedTags", str),
        }
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for index, table in enumerate(self.groups.values()):
            grid.addWidget(table, index // 3, index % 3, Qt.AlignmentFlag.AlignTop)
        self.top_title = heading_label("whatWorkedTopTitle", "", 1.1)
        self.top = PostsTable("whatWorkedTop")
        self.flop_title = heading_label("whatWorkedFlopTitle", "", 1.1)
        self.flop = PostsTable("whatWorkedFlop")

        content = QWidget()
        vbox(
            hbox((self.summary, 1), self.basis),
            self.formula,
            self.slots,
            grid,
            self.top_title,
            self.top,
            self.flop_title,
            self.flop,
            None,
            parent=content,
            margins=0,
        )
        self.empty = placeholder_label("whatWorkedEmpty")
        self.stack = stacked(self.empty, scrolling(content, name="whatWorkedScroll", sideways=False))
        vbox(self.stack, parent=self, margins=0)

        self.basis.activated.connect(lambda _i: self.ctx.tasks.spawn(self.reload()))
        self.follow()

    # -- texts ---------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        current = self.basis.currentData() or "reach"
        self.basis.clear()
        self.basis.addItem(self.tr("Engagement rate on reach"), "reach")
        self.basis.addItem(self.tr("Engagement rate on impressions"), "impressions")
        self.basis.setCurrentIndex(max(0, self.basis.findData(current)))
        self.basis.setToolTip(self.tr("Reach counts people, impressions count displays"))
        posts, rate = self.tr("Posts"), self.tr("Engagement rate")
        titles = {
            "networks": (self.tr("By network"), self.tr("Network")),
            "weekdays": (self.tr("By weekday"), self.tr("Day")),
            "hours": (self.tr("By hour"), self.tr("Hour")),
            "formats": (self.tr("By format"), self.tr("Format")),
            "lengths": (self.tr("By length"), self.tr("Length")),
            "tags": (self.tr("By tag"), self.tr("Tag")),
        }
        for key, (title, first) in titles.items():
            self.groups[key].set_headers(title, first, posts, rate)
        self.top_title.setText(self.tr("What worked best"))
        self.flop_title.setText(self.tr("What worked least"))
        headers = [self.tr("Network"), self.tr("Published"), self.tr("Post"), rate, self.tr("Engagements")]
        for table in (self.top, self.flop):
            table.setHorizontalHeaderLabels(headers)
        self.empty.setText(
            self.tr(
                "Nothing to learn from yet: enter the figures of published posts in the Entry tab, or "
                "import an analytics export."
            )
        )
        self._show()

    # -- loading -------------------------------------------------------------------------------
    async def reload(self) -> None:
        self._stale = False
        client_id = self.client_id
        basis = self.basis.currentData() or "reach"
        data = None if client_id is None else await self.ctx.runner.read(ops.what_worked, client_id, basis)
        if client_id != self.client_id:
            return
        self.data = data
        self._show()

    def _show(self) -> None:
        data = self.data
        if data is None or not data.rated_posts:
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        lang: Lang = "fr" if self.ctx.language.startswith("fr") else "en"
        self.summary.setText(
            fill(
                self.tr("%1 · engagement rate over all of them: %2"),
                self.tr("%n post(s) with figures", "", data.rated_posts),
                format_rate(data.overall.rate),
            )
        )
        self.formula.setText(f"{formula_text(data.basis, lang)} · {engagements_definition(lang)}")
        if data.slots:
            slots = "; ".join(slot_label(s) for s in data.slots)
            self.slots.setText(fill(self.tr("Best slots to publish: %1"), slots))
        else:
            self.slots.setText("")
        for key, table in self.groups.items():
            table.show_groups(getattr(data, key))
        figures = self.tr("Engagements / reach")
        if data.basis == "impressions":
            figures = self.tr("Engagements / impressions")
        for table in (self.top, self.flop):
            table.setHorizontalHeaderItem(4, QTableWidgetItem(figures))
        self.top.show_posts(data.top, data.basis)
        self.flop.show_posts(data.flop, data.basis)
        self.flop_title.setVisible(bool(data.flop))
        self.flop.setVisible(bool(data.flop))
