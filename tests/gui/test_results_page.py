"""The Results section, driven like a person would: real grids, real dialogs, real database."""

from __future__ import annotations

import asyncio
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QWidget

from cmtoolbox.gui.clients import ClientSwitcher
from cmtoolbox.gui.results.importer import MappingDialog, PreviewDialog
from cmtoolbox.gui.results.models import PostsModel
from cmtoolbox.gui.results.page import ResultsPage
from cmtoolbox.gui.widgets.dialog_layout import accept_button
from cmtoolbox.ops import metrics as ops
from tests.metrics_fixtures import DATA, florist


@pytest.fixture
def shop(store):  # noqa: ANN001, ANN201
    return florist(store)


@pytest.fixture
def page(ctx, shop, qtbot, run):  # noqa: ANN001, ANN201
    switcher = ClientSwitcher(ctx)
    widget = ResultsPage(ctx, switcher)
    qtbot.addWidget(switcher)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    run(switcher.reload())
    switcher.select(shop.client_id)
    run(ctx.tasks.idle())
    return widget


def _figures(run, ctx, client_id: int, variant_id: int) -> dict[str, int | None] | None:  # noqa: ANN001
    posts = run(ctx.runner.read(ops.published_posts, client_id))
    post = next(p for p in posts if p.variant_id == variant_id)
    return post.latest.values() if post.latest else None


def _row_of(model: PostsModel, variant_id: int) -> int:
    return next(i for i, p in enumerate(model.posts) if p.variant_id == variant_id)


def _type(widget: QWidget, text: str) -> None:
    for char in text:
        QTest.keyClick(widget, char)


def _editor() -> QWidget:
    focus = QApplication.focusWidget()
    assert focus is not None and focus.objectName() == "metricEditor", focus
    return focus


def test_grid_lists_published_posts_newest_first(page, shop) -> None:  # noqa: ANN001
    model = page.entry.posts_model
    assert [p.variant_id for p in model.posts][:1] == [shop.ferme_x]
    assert model.rowCount() == 5
    assert page.tabs.tabText(0) == "Entry"
    assert page.entry.posts_stack.currentIndex() == 1


def test_typing_figures_enter_goes_down_tab_goes_right(page, shop, ctx, run, qtbot) -> None:  # noqa: ANN001
    view = page.entry.posts_view
    model = page.entry.posts_model
    row = _row_of(model, shop.atelier_fb)
    column = model.column_of("impressions")
    view.setFocus()
    view.setCurrentIndex(model.index(row, column))
    QTest.keyClick(view, "8")  # typing starts editing
    _type(_editor(), "12")
    QTest.keyClick(_editor(), Qt.Key.Key_Return)
    assert view.currentIndex().row() == row + 1 and view.currentIndex().column() == column
    qtbot.waitUntil(lambda: not ctx.tasks.busy)
    run(ctx.tasks.idle())
    figures = _figures(run, ctx, shop.client_id, shop.atelier_fb)
    assert figures is not None and figures["impressions"] == 812
    # Tab stores and moves right
    view.setCurrentIndex(model.index(row, model.column_of("reach")))
    QTest.keyClick(view, "6")
    _type(_editor(), "55")
    QTest.keyClick(_editor(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not ctx.tasks.busy)
    run(ctx.tasks.idle())
    assert _figures(run, ctx, shop.client_id, shop.atelier_fb)["reach"] == 655  # type: ignore[index]
    assert view.currentIndex().column() == model.column_of("reactions")
    # Tab from the last figure goes to the first figure of the next row, Shift+Tab back
    view.setCurrentIndex(model.index(row, model.column_of("video_views")))
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (
        row + 1,
        model.column_of("impressions"),
    )
    QTest.keyClick(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (row, model.column_of("video_views"))
    # the grid shows the stored measurement, dated today
    assert model.data(model.index(row, 3)) != ""
    assert model.posts[row].latest is not None and model.posts[row].latest.measured_on == date.today()


def test_a_figure_that_is_not_a_number_is_refused(page, shop, ctx, run, qtbot) -> None:  # noqa: ANN001
    view = page.entry.posts_view
    model = page.entry.posts_model
    view.setFocus()
    view.setCurrentIndex(model.index(_row_of(model, shop.tulipes_x), model.column_of("clicks")))
    QTest.keyClick(view, "1")
    _type(_editor(), "2k")
    QTest.keyClick(_editor(), Qt.Key.Key_Return)
    run(ctx.tasks.idle())
    assert _figures(run, ctx, shop.client_id, shop.tulipes_x) is None
    assert ctx.status.last == "“12k” is not a whole number: the cell keeps its value."


def test_followers_grid(page, shop, ctx, run, qtbot) -> None:  # noqa: ANN001
    view = page.entry.followers_view
    model = page.entry.followers_model
    assert model.networks[:2] == ["facebook", "x"]  # the networks of the posts, most used first
    row = model.networks.index("facebook")
    view.setFocus()
    view.setCurrentIndex(model.index(row, len(model.months) - 1))
    QTest.keyClick(view, "1")
    editor = _editor()
    editor.setText("1 250")  # as a French CM types it
    QTest.keyClick(editor, Qt.Key.Key_Return)
    run(ctx.tasks.idle())
    counts = run(ctx.runner.read(ops.followers, shop.client_id))
    assert [(c.network, c.month, c.followers) for c in counts] == [("facebook", model.months[-1], 1250)]
    # a network without posts yet
    combo: QComboBox = page.entry.add_network
    index = combo.findData("instagram")
    combo.activated.emit(index)
    assert "instagram" in model.networks


async def _answer(name: str, action, timeout: float = 10) -> QWidget:  # noqa: ANN001
    for _ in range(int(timeout / 0.02)):
        found = [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]
        if found:
            action(found[-1])
            return found[-1]
        await asyncio.sleep(0.02)
    raise AssertionError(f"no {name} appeared")


def test_import_meta_export_with_preview(page, shop, ctx, run) -> None:  # noqa: ANN001
    seen: dict[str, object] = {}

    def accept(dialog: PreviewDialog) -> None:
        seen["summary"] = dialog.summary.text()
        seen["targets"] = [dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())]
        dialog.accept()

    flow = page.importer.import_file(shop.client_id, DATA / "meta_facebook_posts.csv")
    result, _ = run(asyncio.gather(flow, _answer("metricsPreviewDialog", accept)))
    assert result == ops.ImportResult(written=2, unchanged=0, unmatched=1)
    summary = str(seen["summary"])
    assert summary.startswith("2 row") and "matched with a published post." in summary
    assert "1 row without a post, left out." in summary.replace("(s)", "")
    texts: list[str] = seen["targets"]  # type: ignore[assignment]
    assert any("by address" in t for t in texts) and any("by day and text" in t for t in texts)
    assert any(t.startswith("✗") for t in texts)
    run(ctx.tasks.idle())
    model = page.entry.posts_model
    row = _row_of(model, shop.bouquet_fb)
    assert model.data(model.index(row, model.column_of("impressions"))) == "1,254"  # reloaded from Changes


def test_a_row_left_out_is_matched_by_hand_in_the_preview(page, shop, ctx, run, tmp_path) -> None:  # noqa: ANN001
    export = tmp_path / "facebook.csv"
    export.write_text(
        "Permalink,Publish time,Description,Reach,Reactions\n"
        "https://www.facebook.com/fleursdesophie/posts/pfbid0Ailleurs,03/07/2026 18:00,Une story,321,12\n",
        encoding="utf-8",
    )

    def pick(dialog: PreviewDialog) -> None:
        assert not accept_button(dialog.buttons).isEnabled()  # nothing matched yet
        picker = next(iter(dialog.pickers.values()))
        labels = [picker.itemText(i) for i in range(picker.count())]
        assert labels[0].startswith("✗") and all("Facebook" in label for label in labels[1:])
        assert "Atelier couronnes" in labels[1]  # the closest in time first
        picker.setCurrentIndex(1)
        assert accept_button(dialog.buttons).isEnabled()
        dialog.accept()

    result, _ = run(
        asyncio.gather(
            page.importer.import_file(shop.client_id, export), _answer("metricsPreviewDialog", pick)
        )
    )
    assert result.written == 1
    assert _figures(run, ctx, shop.client_id, shop.atelier_fb)["reach"] == 321  # type: ignore[index]


def test_unknown_layout_asks_for_columns_and_remembers_them(page, shop, ctx, run) -> None:  # noqa: ANN001
    def map_columns(dialog: MappingDialog) -> None:
        assert dialog.combos["comments"].currentData() == "Réponses"  # recognised names are preselected
        for name, header in (
            ("published_at", "Jour"),
            ("url", "Lien vers le post"),
            ("impressions", "Affichages"),
            ("reach", "Personnes atteintes"),
            ("reactions", "Coeurs"),
        ):
            dialog.combos[name].setCurrentIndex(dialog.combos[name].findData(header))
        dialog.network.setCurrentIndex(dialog.network.findData("instagram"))
        dialog.name_edit.setText("Tableau de l’agence")
        dialog.accept()

    path = DATA / "agency_sheet_utf16.csv"
    first, _m, _p = run(
        asyncio.gather(
            page.importer.import_file(shop.client_id, path),
            _answer("metricsMappingDialog", map_columns),
            _answer("metricsPreviewDialog", lambda d: d.accept()),
        )
    )
    assert first.written == 1 and first.unmatched == 1
    assert _figures(run, ctx, shop.client_id, shop.bouquet_ig)["reach"] == 1780  # type: ignore[index]
    # the same layout again: no question, the saved columns are used; nothing changes
    summaries: list[str] = []
    second, _p = run(
        asyncio.gather(
            page.importer.import_file(shop.client_id, path),
            _answer("metricsPreviewDialog", lambda d: (summaries.append(d.summary.text()), d.reject())),
        )
    )
    assert second is None  # closed: there was nothing new to import
    assert "1 row already up to date." in summaries[0].replace("(s)", "")


def test_a_broken_file_says_why_and_writes_nothing(page, shop, ctx, run) -> None:  # noqa: ANN001
    texts: list[str] = []

    def read(box: QMessageBox) -> None:
        texts.append(box.text())
        box.accept()

    result, _ = run(
        asyncio.gather(
            page.importer.import_file(shop.client_id, DATA / "broken.xlsx"),
            _answer("metricsImportError", read),
        )
    )
    assert result is None
    assert texts == ["The file is damaged or is not a CSV or Excel file."]
    assert all(p.latest is None for p in run(ctx.runner.read(ops.published_posts, shop.client_id)))


def test_add_tab_for_later_features(page) -> None:  # noqa: ANN001
    extra = QWidget()
    index = page.add_tab(extra, "Later feature", key="later")
    assert index == page.tabs.count() - 1 and page.tab("later") is extra
    page.show_tab("later")
    assert page.tabs.currentWidget() is extra
    with pytest.raises(ValueError):
        page.add_tab(QWidget(), "Again", key="later")
