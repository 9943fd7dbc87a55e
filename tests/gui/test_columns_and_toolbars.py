"""At the first-run size and beyond: the Sources columns share the width (Tags is not left narrow
while Address takes everything), a resized column is remembered, and toolbars overflow into a »
menu instead of cutting their words (issue 15)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QToolBar, QToolButton

from cmtoolbox.gui.i18n import install_translators
from cmtoolbox.gui.main_window import MainWindow
from cmtoolbox.gui.preferences import Preferences
from cmtoolbox.gui.sources.source_table import SourceTableModel as M
from cmtoolbox.gui.sources.sources_tab import COLUMNS_PREF
from cmtoolbox.gui.widgets.toolbars import overflowing
from tests.gui.test_sources_page import make_page

SECTIONS_WITH_TOOLBARS = ("notes", "sources", "drafts", "library")


@pytest.fixture
def french(qapp: QApplication, english_formats_after) -> None:  # noqa: ANN001
    """The longer labels: the French UI."""
    install_translators(qapp, "fr")


def french_window(qtbot, ctx, run, store, width: int, height: int) -> MainWindow:  # noqa: ANN001
    store.clients.create("Boulangerie Martin")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    run(window.clients.reload())
    return window


def widths(page) -> dict[int, int]:  # noqa: ANN001
    table = page.sources_tab.table
    return {column: table.columnWidth(column) for column in range(page.sources_tab.model.columnCount())}


def test_sources_columns_share_the_width_and_remember_a_drag(qtbot, ctx, run, store, data_root) -> None:  # noqa: ANN001
    client = store.clients.create("Boulangerie Martin")
    store.sources.create(client.id, "https://fournil.example/blog", title="Le Fournil")
    page = make_page(ctx, qtbot, run)
    table = page.sources_tab.table
    page.resize(1000, 700)
    qtbot.waitUntil(lambda: table.viewport().width() < 1000)
    narrow = widths(page)
    viewport = table.viewport().width()
    assert narrow[M.TAGS] >= 0.15 * viewport, narrow
    assert narrow[M.URL] <= 0.4 * viewport, "the Address no longer takes all the room"
    assert sum(narrow.values()) <= viewport + 2, "everything fits: no horizontal scroll at first"

    page.resize(1800, 900)  # a wide screen: every shared column grows, not only the Address
    qtbot.waitUntil(lambda: widths(page)[M.TAGS] > narrow[M.TAGS])
    wide = widths(page)
    assert wide[M.TITLE] > narrow[M.TITLE] and wide[M.KIND] > narrow[M.KIND]
    assert wide[M.ADDED] == narrow[M.ADDED], "a date keeps its width"

    header = table.horizontalHeader()
    header.resizeSection(M.TAGS, int(table.viewport().width() * 0.30))  # the CM drags Tags wider
    share = table.columnWidth(M.TAGS) / table.viewport().width()
    saved = str(Preferences(data_root).value(COLUMNS_PREF))
    assert f"{M.TAGS}:" in saved

    again = make_page(ctx, qtbot, run)  # the next start
    again.resize(1800, 900)
    again_table = again.sources_tab.table
    qtbot.waitUntil(
        lambda: abs(again_table.columnWidth(M.TAGS) / again_table.viewport().width() - share) < 0.02
    )


def test_toolbars_keep_whole_words_at_the_first_run_size(qtbot, ctx, run, store, french) -> None:  # noqa: ANN001
    window = french_window(qtbot, ctx, run, store, 1180, 760)
    cut: list[str] = []
    for key in SECTIONS_WITH_TOOLBARS:
        window.show_section(key)
        run(ctx.tasks.idle())
        for button in window.page(key).findChildren(QToolButton):
            if button.isVisible() and button.text() and button.width() < button.sizeHint().width():
                cut.append(f"{key}: {button.text()!r} {button.width()} < {button.sizeHint().width()}")
    assert cut == []


def test_a_narrow_window_sends_actions_to_the_overflow_menu(qtbot, ctx, run, store, french) -> None:  # noqa: ANN001
    window = french_window(qtbot, ctx, run, store, 800, 600)
    window.show_section("sources")
    run(ctx.tasks.idle())
    for name in ("sourcesToolbar", "feedsToolbar"):
        toolbar = window.page("sources").findChild(QToolBar, name)
        assert toolbar is not None, name
    toolbar = window.page("sources").findChild(QToolBar, "sourcesToolbar")
    qtbot.waitUntil(lambda: bool(overflowing(toolbar)))
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is not None and extension.isVisible()
    for button in toolbar.findChildren(QToolButton):
        if button.isVisible() and button is not extension:
            assert button.width() >= button.sizeHint().width(), button.text()


def test_library_tile_titles_wrap_between_words(qapp) -> None:  # noqa: ANN001
    from PySide6.QtGui import QFont, QFontMetrics

    from cmtoolbox.gui.library.delegate import title_lines

    metrics = QFontMetrics(QFont())
    width = metrics.horizontalAdvance("Pain de campagne ")
    assert title_lines(metrics, "Pain de campagne au levain", width) == ["Pain de campagne", "au levain"]
    assert title_lines(metrics, "Logo", width) == ["Logo"]
    long = title_lines(metrics, "Pain de campagne au levain naturel de seigle et d’épeautre", width)
    assert long[0] == "Pain de campagne" and long[1].endswith("…")
    assert all(metrics.horizontalAdvance(line) <= width for line in long)
