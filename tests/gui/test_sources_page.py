"""The Sources tab driven like a person would: real widgets, a real database file, real browser
exports from the shared fixtures and link checks against the local HTTP server."""

from __future__ import annotations

import asyncio
import gc
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication, QMessageBox

from cmtoolbox.core.bookmarks_html import read_bookmarks
from cmtoolbox.core.urls import normalize_url
from cmtoolbox.gui.clients import ClientSwitcher
from cmtoolbox.gui.sources.import_dialog import BookmarkImportDialog, BookmarkImportOptions
from cmtoolbox.gui.sources.page import SourcesPage
from cmtoolbox.gui.sources.source_dialog import SourceDialog
from cmtoolbox.gui.sources.source_table import SourceTableModel
from cmtoolbox.storage.store import Store
from tests.fixture_server import FixtureServer


# -- helpers shared by the three GUI test files of the Sources section -------------------------------
@pytest.fixture(autouse=True)
def collect_garbage_on_the_main_thread() -> Iterator[None]:
    """Collect the cyclic garbage of the test (the closed qasync loop with its timer object, the
    page's wrappers) here, on the main thread, once everything is torn down.

    Otherwise Python's collector runs later in whatever thread allocates, often the database
    thread, and deletes those QObjects there: Qt then cannot unregister their timers ("Timers
    cannot be stopped from another thread") and a later timer event hits freed memory.
    Autouse, so it is set up before `qloop` and torn down after it.
    """
    yield
    gc.collect()


async def wait_for(predicate: Callable[[], Any], timeout: float = 10) -> Any:
    """Let the event loop run until `predicate()` is truthy; returns its value."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        await asyncio.sleep(0.02)
    raise AssertionError("condition not met in time")


def open_message_box() -> QMessageBox | None:
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    return boxes[-1] if boxes else None


async def answer_box(button: QMessageBox.StandardButton, timeout: float = 10) -> str:
    box = await wait_for(open_message_box, timeout)
    text = box.text()
    box.button(button).click()
    return text


def make_page(ctx, qtbot, run) -> SourcesPage:  # noqa: ANN001
    switcher = ClientSwitcher(ctx)
    page = SourcesPage(ctx, switcher)
    qtbot.addWidget(switcher)
    qtbot.addWidget(page)
    page.resize(1200, 780)
    page.show()
    run(switcher.reload())
    run(ctx.tasks.idle())
    page.switcher = switcher  # type: ignore[attr-defined]
    return page


@pytest.fixture
def client(store):  # noqa: ANN001, ANN201
    return store.clients.create("Boulangerie Martin")


@pytest.fixture
def page(ctx, client, qtbot, run) -> SourcesPage:  # noqa: ANN001
    return make_page(ctx, qtbot, run)


def rows(page: SourcesPage) -> list[str]:
    tab = page.sources_tab
    return [tab.proxy.index(row, SourceTableModel.TITLE).data() for row in range(tab.proxy.rowCount())]


def hold(_store: Store, gate: threading.Event) -> bool:
    """A read that keeps the database thread busy until the test opens the gate."""
    return gate.wait(10)


def dialog_of(tab) -> Any:  # noqa: ANN001
    return getattr(tab.flows, "dialog", None)


# -- tests --------------------------------------------------------------------------------------------
def test_empty_state_without_client(ctx, qtbot, run) -> None:  # noqa: ANN001
    page = make_page(ctx, qtbot, run)
    assert page.stack.currentWidget() is page.empty
    page.new_item()
    assert "client" in ctx.status.last


def test_add_a_source_through_the_dialog_then_undo(page: SourcesPage, store, client, run) -> None:  # noqa: ANN001
    tab = page.sources_tab
    assert tab.empty_label.isVisible() and not tab.table.isVisible()
    page.tabs.setCurrentIndex(SourcesPage.SOURCES)
    assert page.new_item_text() == "New &source…"
    page.new_item()  # Ctrl+N / File ▸ New
    dialog: SourceDialog = run(wait_for(lambda: dialog_of(tab)))
    dialog.url_edit.setText("actu-boulangerie.example/blog")
    dialog.title_edit.setText("Actu Boulangerie")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("press"))
    dialog.tags_edit.setText("veille, Métier, veille")
    dialog.folder_combo.setEditText(" Veille / Presse ")
    dialog.notes_edit.setPlainText("Magazine de la filière")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    run(page.ctx.tasks.idle())
    (source,) = store.sources.list(client.id)
    assert (source.url, source.title, source.kind, source.folder) == (
        "https://actu-boulangerie.example/blog",
        "Actu Boulangerie",
        "press",
        "Veille/Presse",
    )
    assert source.tags == ("Métier", "veille") and source.notes == "Magazine de la filière"
    assert rows(page) == ["Actu Boulangerie"] and tab.selected_ids() == [source.id]
    assert page.ctx.undo.undo_label == "“Actu Boulangerie” added"
    run(page.ctx.undo.undo())
    run(page.ctx.tasks.idle())
    assert store.sources.list(client.id) == [] and rows(page) == []


def test_a_bad_address_keeps_the_dialog_open_with_a_message(page: SourcesPage, store, client, run) -> None:  # noqa: ANN001
    tab = page.sources_tab
    tab.add_action.trigger()
    dialog: SourceDialog = run(wait_for(lambda: dialog_of(tab)))
    dialog.url_edit.setText("javascript:alert(1)")
    dialog.title_edit.setText("Piège")
    dialog.accept()
    run(page.ctx.tasks.idle() if not dialog.isVisible() else asyncio.sleep(0.05))
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert "http" in dialog.error_label.text()
    assert dialog.title_edit.text() == "Piège"  # nothing typed is lost
    dialog.reject()
    run(page.ctx.tasks.idle())
    assert store.sources.list(client.id) == []


@pytest.mark.parametrize(
    "typed",
    [
        "HTTPS://FOURNIL.example?utm_source=newsletter",
        "https://www.fournil.example/blog/",  # issue 15: "www." and a trailing slash
        "fournil.example:443/blog",
    ],
)
def test_a_duplicate_is_detected_and_the_existing_one_offered(
    page: SourcesPage, store, client, run, typed: str
) -> None:  # noqa: ANN001
    existing = store.sources.create(client.id, "https://fournil.example/blog", title="Le Fournil")
    store.sources.create(client.id, "https://fournil.example/", title="Accueil du Fournil")
    other = store.sources.create(client.id, "https://autre.example/", title="Autre")
    wanted = existing if "blog" in typed else store.sources.list(client.id)[1]
    tab = page.sources_tab
    run(tab.reload())
    tab.select_ids([other.id])
    tab.add_action.trigger()
    dialog: SourceDialog = run(wait_for(lambda: dialog_of(tab)))
    dialog.url_edit.setText(typed)
    dialog.accept()
    run(wait_for(dialog.existing_button.isVisible))
    assert wanted.title in dialog.error_label.text() and dialog.isVisible()
    dialog.existing_button.click()
    edit: SourceDialog = run(wait_for(lambda: dialog_of(tab) if dialog_of(tab) is not dialog else None))
    assert edit.url_edit.text() == wanted.url and tab.selected_ids() == [wanted.id]
    edit.reject()
    run(page.ctx.tasks.idle())
    assert len(store.sources.list(client.id)) == 3


def test_a_duplicate_in_the_trash_is_restored(page: SourcesPage, store, client, run) -> None:  # noqa: ANN001
    trashed = store.sources.create(client.id, "https://fournil.example/", title="Le Fournil")
    store.trash.move_to_trash("sources", trashed.id)
    tab = page.sources_tab
    run(tab.reload())
    tab.add_action.trigger()
    dialog: SourceDialog = run(wait_for(lambda: dialog_of(tab)))
    dialog.url_edit.setText("https://www.fournil.example")
    dialog.accept()
    run(wait_for(dialog.existing_button.isVisible))
    assert "trash" in dialog.error_label.text()
    dialog.existing_button.click()
    run(page.ctx.tasks.idle())
    assert rows(page) == ["Le Fournil"] and tab.selected_ids() == [trashed.id]
    assert "restored" in page.ctx.undo.undo_label


def test_import_a_real_browser_export_with_folders_shown_as_a_tree(
    page: SourcesPage,
    store,
    client,
    fixtures_dir: Path,
    run,  # noqa: ANN001
) -> None:
    tab = page.sources_tab
    path = fixtures_dir / "bookmarks/nbp_firefox_nested.htm"
    expected = read_bookmarks(path.read_bytes())
    assert not tab.folders.isVisible()  # no folder yet: no tree

    async def choose_folders() -> None:
        dialog: BookmarkImportDialog = await wait_for(lambda: dialog_of(tab))
        assert "24 bookmarks in 6 folders" in dialog.summary.text()
        dialog.as_folder.setChecked(True)
        dialog.accept()

    async def both() -> Any:
        return (await asyncio.gather(tab.flows.import_bookmarks_file(path), choose_folders()))[0]

    report = run(both())
    web = {b.url for b in expected if b.url.startswith(("http://", "https://"))}
    assert report.imported + report.duplicates + report.invalid == 24
    assert report.imported == len({normalize_url(url) for url in web})
    sources = store.sources.list(client.id)
    assert len(sources) == report.imported == tab.proxy.rowCount()
    assert not tab.task_bar.isVisible()
    skipped = "duplicate" if report.duplicates == 1 else "duplicates"
    assert f"{report.imported} imported, {report.duplicates} {skipped} skipped" in page.ctx.status.last
    # Issue 15: the folders are shown, with counts, and choosing one filters the list.
    folders = sorted({s.folder for s in sources if s.folder})
    assert folders and tab.folders.isVisible() and set(folders) <= set(tab.folders.paths)
    top = folders[0].split("/")[0]
    tab.folders.choose(top)
    inside = [s for s in sources if s.folder == top or s.folder.startswith(top + "/")]
    assert tab.proxy.rowCount() == len(inside) < len(sources)
    assert tab.folders.currentItem().text(1) == str(len(inside))
    tab.folders.choose("")  # "No folder"
    assert tab.proxy.rowCount() == sum(1 for s in sources if not s.folder)
    tab.folders.choose(None)
    # The same file again: everything is a duplicate, nothing is added.
    again = run(tab.flows.import_bookmarks_file(path, options=BookmarkImportOptions(folders="folder")))
    assert again.imported == 0 and "0 imported" in page.ctx.status.last
    assert len(store.sources.list(client.id)) == report.imported
    # Undoing the first import removes what it added.
    page.ctx.undo.undo()  # the second import added nothing, so offered no undo
    run(page.ctx.tasks.idle())
    assert store.sources.list(client.id) == [] and rows(page) == []


def test_move_sources_to_a_folder_then_undo(page: SourcesPage, store, client, run) -> None:  # noqa: ANN001
    a = store.sources.create(client.id, "https://a.example/", title="A")
    b = store.sources.create(client.id, "https://b.example/", title="B")
    store.sources.create(client.id, "https://c.example/", title="C", folder="Veille")
    tab = page.sources_tab
    run(tab.reload())
    tab.select_ids([a.id, b.id])
    tab.folder_action.trigger()
    dialog = run(wait_for(lambda: dialog_of(tab)))
    assert "Veille" in dialog.comboBoxItems()
    dialog.setTextValue("Veille / Concurrents")
    dialog.accept()
    run(page.ctx.tasks.idle())
    assert {store.sources.get(i).folder for i in (a.id, b.id)} == {"Veille/Concurrents"}
    assert tab.folders.current_folder == "Veille/Concurrents" and sorted(rows(page)) == ["A", "B"]
    tab.folders.choose("Veille")
    assert sorted(rows(page)) == ["A", "B", "C"]
    run(page.ctx.undo.undo())
    run(page.ctx.tasks.idle())
    assert store.sources.get(a.id).folder == "" and "Veille/Concurrents" not in tab.folders.paths


def test_unreadable_files_get_a_clear_message(
    page: SourcesPage, store, client, fixtures_dir: Path, tmp_path: Path, run
) -> None:  # noqa: ANN001,E501
    tab = page.sources_tab
    status = page.ctx.status
    assert run(tab.flows.import_bookmarks_file(tmp_path / "missing.html")) is None
    assert "missing.html" in status.last and "could not be imported" in status.last
    run(answer_box(QMessageBox.StandardButton.Ok))
    binary = tmp_path / "photo.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    assert run(tab.flows.import_bookmarks_file(binary)) is None
    assert "not a bookmark file" in status.last
    run(answer_box(QMessageBox.StandardButton.Ok))
    assert run(tab.flows.import_bookmarks_file(fixtures_dir / "bookmarks/nbp_empty.htm")) is None
    assert "no bookmarks" in status.last
    run(answer_box(QMessageBox.StandardButton.Ok))
    run(page.ctx.tasks.idle())
    assert store.sources.list(client.id) == []


def test_import_cancel_rolls_everything_back(
    page: SourcesPage, store, client, fixtures_dir: Path, run
) -> None:  # noqa: ANN001
    tab = page.sources_tab
    path = fixtures_dir / "bookmarks/cpan_Bookmarks4.7.html"
    gate = threading.Event()
    blocker = page.ctx.tasks.spawn(page.ctx.runner.read(hold, gate))  # hold the DB thread
    task = page.ctx.tasks.spawn(tab.flows.import_bookmarks_file(path, BookmarkImportOptions()))
    run(wait_for(tab.task_bar.isVisible))
    assert tab.cancel_action.isEnabled()
    tab.cancel_action.trigger()  # Esc, while the import waits for the database thread
    gate.set()
    assert run(asyncio.wait_for(task, 10)) is None
    run(blocker)
    assert store.sources.list(client.id) == [] and "nothing was imported" in page.ctx.status.last
    assert (
        not tab.task_bar.isVisible() and tab.import_action.isEnabled() and not tab.cancel_action.isEnabled()
    )


def test_export_writes_a_bookmark_file(page: SourcesPage, store, client, tmp_path: Path, run) -> None:  # noqa: ANN001
    store.sources.create(client.id, "https://a.example/", title="Ä", tags=["veille"], folder="Veille")
    store.sources.create(client.id, "https://b.example/", title="B")
    run(page.sources_tab.reload())
    target = tmp_path / "export.html"
    assert run(page.sources_tab.flows.export_bookmarks_file(target)) == 2
    back = {b.url: b for b in read_bookmarks(target.read_bytes())}
    assert set(back) == {"https://a.example/", "https://b.example/"}
    assert back["https://a.example/"].tags == ("veille",) and back["https://a.example/"].folder == "Veille"
    assert not list(tmp_path.glob(".export.html.*"))  # no temporary file left behind
    assert "2 sources exported to export.html" in page.ctx.status.last


def test_link_check_marks_dead_and_moved_and_updates_addresses(
    page: SourcesPage,
    store,
    client,
    fixture_server: FixtureServer,
    run,  # noqa: ANN001
) -> None:
    alive = store.sources.create(client.id, fixture_server.url("feeds/nnw_qemu.atom"), title="vivant")
    dead = store.sources.create(client.id, fixture_server.url("status/404"), title="mort")
    moved = store.sources.create(
        client.id, fixture_server.url("redirect/301/feeds/nnw_bio.rdf"), title="déplacé"
    )
    tab = page.sources_tab
    run(tab.reload())
    progress: list[int] = []
    tab.task_bar.bar.valueChanged.connect(progress.append)

    async def check_and_answer() -> Any:
        return await asyncio.gather(tab.links.run_link_check(), answer_box(QMessageBox.StandardButton.Yes))

    counts, question = run(check_and_answer())
    assert counts == {"alive": 1, "dead": 1, "moved": 1}
    assert "1 source moved to a new address" in question
    run(page.ctx.tasks.idle())
    assert max(progress) == 3 and not tab.task_bar.isVisible()
    by_id = {s.id: s for s in store.sources.list(client.id)}
    assert by_id[alive.id].link_status == "alive" and by_id[dead.id].link_status == "dead"
    assert by_id[moved.id].url == fixture_server.url("feeds/nnw_bio.rdf")
    assert by_id[moved.id].link_status == "alive"
    assert "1 address updated" in page.ctx.status.last
    statuses = {
        tab.proxy.index(r, SourceTableModel.TITLE).data(): tab.proxy.index(r, SourceTableModel.STATUS).data()
        for r in range(tab.proxy.rowCount())
    }
    assert statuses["mort"].startswith("Dead link · ") and statuses["vivant"].startswith("OK · ")
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("dead"))
    assert rows(page) == ["mort"]
    run(page.ctx.undo.undo())  # the old address comes back
    run(page.ctx.tasks.idle())
    assert store.sources.get(moved.id).url == moved.url


def test_link_check_can_be_cancelled(
    page: SourcesPage, store, client, fixture_server: FixtureServer, run
) -> None:  # noqa: ANN001
    for index in range(3):
        store.sources.create(
            client.id, fixture_server.url(f"slow/8/feeds/nnw_qemu.atom?{index}"), title=f"lent {index}"
        )
    tab = page.sources_tab
    run(tab.reload())
    started = time.monotonic()
    tab.check_action.trigger()
    run(wait_for(tab.task_bar.isVisible))
    tab.task_bar.cancel_button.click()
    run(page.ctx.tasks.idle())
    assert time.monotonic() - started < 6
    assert "cancelled" in page.ctx.status.last and not tab.task_bar.isVisible()
    assert all(s.link_status is None for s in store.sources.list(client.id))


def test_delete_goes_to_the_trash_and_the_app_undo_brings_it_back(
    page: SourcesPage, store, client, run
) -> None:  # noqa: ANN001
    a = store.sources.create(client.id, "https://a.example/", title="A")
    store.sources.create(client.id, "https://b.example/", title="B")
    tab = page.sources_tab
    run(tab.reload())
    tab.select_ids([a.id])
    tab.delete_action.trigger()
    run(page.ctx.tasks.idle())
    assert [s.title for s in store.sources.list(client.id)] == ["B"] and rows(page) == ["B"]
    assert page.ctx.undo.undo_label == "“A” moved to the trash"
    run(page.ctx.undo.undo())
    run(page.ctx.tasks.idle())
    assert sorted(rows(page)) == ["A", "B"]  # reloaded from the broadcast of the undo
    run(page.ctx.undo.redo())
    run(page.ctx.tasks.idle())
    assert rows(page) == ["B"]


def test_filters_star_and_open(page: SourcesPage, store, client, run) -> None:  # noqa: ANN001
    store.sources.create(
        client.id, "https://a.example/", title="Concurrent", kind="competitor", tags=["Lyon"]
    )
    b = store.sources.create(
        client.id, "https://b.example/", title="Blog pâtisserie", kind="blog", notes="levain"
    )
    store.sources.create(None, "https://shared.example/", title="Magazine partagé", kind="press")
    tab = page.sources_tab
    run(tab.reload())
    assert len(rows(page)) == 3 and "Magazine partagé (shared)" in rows(page)
    tab.search.setText("levain")
    assert rows(page) == ["Blog pâtisserie"]
    tab.search.clear()
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData("competitor"))
    assert rows(page) == ["Concurrent"]
    tab.kind_filter.setCurrentIndex(0)
    tab.tag_filter.setCurrentIndex(tab.tag_filter.findData("Lyon"))
    assert rows(page) == ["Concurrent"] and "1 of 3" in tab.count_label.text()
    tab.tag_filter.setCurrentIndex(0)
    opened: list[QUrl] = []
    tab.open_url = opened.append
    tab.select_ids([b.id])
    tab.star_action.trigger()
    run(page.ctx.tasks.idle())
    assert tab.star_action.text() == "Unstar" and page.ctx.undo.undo_label == "1 source starred"
    tab.open_action.trigger()
    run(page.ctx.tasks.idle())
    assert opened == [QUrl("https://b.example/")]
    stored = store.sources.get(b.id)
    assert stored.starred and stored.visited_at is not None


def test_a_change_made_elsewhere_shows_without_reloading_by_hand(page: SourcesPage, client, run) -> None:  # noqa: ANN001
    from cmtoolbox.ops import sources as ops

    values = ops.SourceValues("https://ailleurs.example/", "Ailleurs")
    run(page.ctx.runner.run(ops.create_source, client.id, values))  # no initiator: another view
    run(page.ctx.tasks.idle())
    assert rows(page) == ["Ailleurs"]


def test_new_item_follows_the_tab_shown(page: SourcesPage, store, client, run) -> None:  # noqa: ANN001
    texts = []
    for index in (SourcesPage.SOURCES, SourcesPage.FEEDS, SourcesPage.REVIEW):
        page.tabs.setCurrentIndex(index)
        texts.append(page.new_item_text())
    assert texts == ["New &source…", "&Subscribe to a feed…", "New press &review"]
    page.tabs.setCurrentIndex(SourcesPage.REVIEW)
    page.new_item()
    run(page.ctx.tasks.idle())
    assert len(store.reviews.list(client.id)) == 1


def test_shortcuts_work_right_after_a_click_in_the_sidebar(qtbot, ctx, store, client, run) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt

    from cmtoolbox.gui.main_window import MainWindow

    store.sources.create(client.id, "https://a.example/", title="A")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    run(window.clients.reload())
    window.show_section("sources")
    page: SourcesPage = window.page("sources")  # type: ignore[assignment]
    page.tabs.setCurrentIndex(SourcesPage.FEEDS)
    run(ctx.tasks.idle())
    tab = page.sources_tab
    window.nav.setFocus()
    qtbot.keyClick(
        window.nav, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert page.tabs.currentIndex() == SourcesPage.SOURCES
    run(tab.reload())
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.search.hasFocus()
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # the main window's
    dialog: SourceDialog = run(wait_for(lambda: dialog_of(tab)))
    dialog.reject()
    run(ctx.tasks.idle())
    window.activateWindow()  # what the window manager does when a dialog closes
    qtbot.waitUntil(window.isActiveWindow)
    tab.select_ids([tab.model.sources[0].id])
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    run(ctx.tasks.idle())
    assert store.sources.list(client.id)[0].starred
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    edit: SourceDialog = run(wait_for(lambda: dialog_of(tab) if dialog_of(tab) is not dialog else None))
    assert edit.title_edit.text() == "A"
    edit.reject()
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Delete)  # Delete stays with the list: nothing trashed
    run(ctx.tasks.idle())
    assert len(store.sources.list(client.id)) == 1
    window.close()
