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
from cmtoolbox.gui.clients import ClientSwitcher
from cmtoolbox.gui.sources.import_dialog import BookmarkImportDialog, BookmarkImportOptions
from cmtoolbox.gui.sources.page import SourcesPage
from cmtoolbox.gui.sources.source_dialog import SourceDialog
from cmtoolbox.gui.sources.sources_tab import SourceTableModel
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


# -- tests --------------------------------------------------------------------------------------------
def test_empty_state_without_client(ctx, qtbot, run) -> None:  # noqa: ANN001
    page = make_page(ctx, qtbot, run)
    assert page.stack.currentWidget() is page.empty


def test_add_a_source_through_the_dialog(page: SourcesPage, store, client, run) -> None:  # noqa: ANN001
    tab = page.sources_tab
    assert tab.empty_label.isVisible() and not tab.table.isVisible()
    tab.add_action.trigger()
    dialog: SourceDialog = run(wait_for(lambda: getattr(tab, "dialog", None)))
    dialog.url_edit.setText("actu-boulangerie.example/blog")
    dialog.title_edit.setText("Actu Boulangerie")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("press"))
    dialog.tags_edit.setText("veille, Métier, veille")
    dialog.notes_edit.setPlainText("Magazine de la filière")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    run(page.ctx.tasks.idle())
    (source,) = store.sources.list(client.id)
    assert (source.url, source.title, source.kind) == (
        "https://actu-boulangerie.example/blog",
        "Actu Boulangerie",
        "press",
    )
    assert source.tags == ("Métier", "veille") and source.notes == "Magazine de la filière"
    assert rows(page) == ["Actu Boulangerie"] and tab.selected_ids() == [source.id]
    assert "Actu Boulangerie" in tab.status.text()


def test_a_bad_address_keeps_the_dialog_open_with_a_message(page: SourcesPage, store, client, run) -> None:  # noqa: ANN001
    tab = page.sources_tab
    tab.add_action.trigger()
    dialog: SourceDialog = run(wait_for(lambda: getattr(tab, "dialog", None)))
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


def test_a_duplicate_is_detected_and_the_existing_one_offered(page: SourcesPage, store, client, run) -> None:  # noqa: ANN001
    existing = store.sources.create(client.id, "https://fournil.example/", title="Le Fournil")
    other = store.sources.create(client.id, "https://autre.example/", title="Autre")
    run(page.sources_tab.reload())
    tab = page.sources_tab
    tab.select_ids([other.id])
    tab.add_action.trigger()
    dialog: SourceDialog = run(wait_for(lambda: getattr(tab, "dialog", None)))
    dialog.url_edit.setText("HTTPS://FOURNIL.example?utm_source=newsletter")
    dialog.accept()
    run(wait_for(dialog.existing_button.isVisible))
    assert "Le Fournil" in dialog.error_label.text() and dialog.isVisible()
    dialog.existing_button.click()
    edit: SourceDialog = run(wait_for(lambda: tab.dialog if tab.dialog is not dialog else None))
    assert edit.url_edit.text() == "https://fournil.example/" and tab.selected_ids() == [existing.id]
    edit.reject()
    run(page.ctx.tasks.idle())
    assert len(store.sources.list(client.id)) == 2


def test_import_a_real_browser_export_with_folders_as_paths(
    page: SourcesPage,
    store,
    client,
    fixtures_dir: Path,
    run,  # noqa: ANN001
) -> None:
    tab = page.sources_tab
    path = fixtures_dir / "bookmarks/nbp_firefox_nested.htm"
    expected = read_bookmarks(path.read_bytes())

    async def choose_folder_paths() -> None:
        dialog: BookmarkImportDialog = await wait_for(lambda: getattr(tab, "dialog", None))
        assert "24 bookmarks in 6 folders" in dialog.summary.text()
        dialog.as_folder.setChecked(True)
        dialog.accept()

    async def both() -> Any:
        return (await asyncio.gather(tab.import_bookmarks_file(path), choose_folder_paths()))[0]

    report = run(both())
    web = {b.url for b in expected if b.url.startswith(("http://", "https://"))}
    assert report.imported == len(web) and report.imported + report.duplicates + report.invalid == 24
    sources = store.sources.list(client.id)
    assert len(sources) == report.imported == tab.proxy.rowCount()
    assert any(s.folder for s in sources) and not tab.task_bar.isVisible()
    assert f"{report.imported} imported, {report.duplicates} duplicates skipped" in tab.status.text()
    # The same file again: everything is a duplicate, nothing is added.
    again = run(tab.import_bookmarks_file(path, options=BookmarkImportOptions(folders="folder")))
    assert again.imported == 0 and "0 imported" in tab.status.text()
    assert len(store.sources.list(client.id)) == report.imported


def test_unreadable_files_get_a_clear_message(
    page: SourcesPage, store, client, fixtures_dir: Path, tmp_path: Path, run
) -> None:  # noqa: ANN001,E501
    tab = page.sources_tab
    assert run(tab.import_bookmarks_file(tmp_path / "missing.html")) is None
    assert "missing.html" in tab.status.text() and "could not be imported" in tab.status.text()
    run(answer_box(QMessageBox.StandardButton.Ok))
    binary = tmp_path / "photo.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    assert run(tab.import_bookmarks_file(binary)) is None
    assert "not a bookmark file" in tab.status.text()
    run(answer_box(QMessageBox.StandardButton.Ok))
    assert run(tab.import_bookmarks_file(fixtures_dir / "bookmarks/nbp_empty.htm")) is None
    assert "no bookmarks" in tab.status.text()
    run(answer_box(QMessageBox.StandardButton.Ok))
    run(page.ctx.tasks.idle())
    assert store.sources.list(client.id) == []


def test_import_cancel_rolls_everything_back(
    page: SourcesPage, store, client, fixtures_dir: Path, run
) -> None:  # noqa: ANN001
    tab = page.sources_tab
    path = fixtures_dir / "bookmarks/cpan_Bookmarks4.7.html"
    gate = threading.Event()
    blocker = page.ctx.tasks.spawn(page.ctx.runner.query(lambda s: gate.wait(10)))  # hold the DB thread
    task = page.ctx.tasks.spawn(tab.import_bookmarks_file(path, BookmarkImportOptions()))
    run(wait_for(tab.task_bar.isVisible))
    tab.task_bar.cancel_button.click()  # while the import waits for the database thread
    gate.set()
    assert run(asyncio.wait_for(task, 10)) is None
    run(blocker)
    assert store.sources.list(client.id) == [] and "nothing was imported" in tab.status.text()
    assert not tab.task_bar.isVisible() and tab.import_action.isEnabled()


def test_export_writes_a_bookmark_file(page: SourcesPage, store, client, tmp_path: Path, run) -> None:  # noqa: ANN001
    store.sources.create(client.id, "https://a.example/", title="Ä", tags=["veille"])
    store.sources.create(client.id, "https://b.example/", title="B")
    run(page.sources_tab.reload())
    target = tmp_path / "export.html"
    assert run(page.sources_tab.export_bookmarks_file(target)) == 2
    back = {b.url: b for b in read_bookmarks(target.read_bytes())}
    assert set(back) == {"https://a.example/", "https://b.example/"} and back["https://a.example/"].tags == (
        "veille",
    )
    assert not list(tmp_path.glob(".export.html.*"))  # no temporary file left behind


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
        return await asyncio.gather(tab.run_link_check(), answer_box(QMessageBox.StandardButton.Yes))

    counts, question = run(check_and_answer())
    assert counts == {"alive": 1, "dead": 1, "moved": 1}
    assert "1 sources have moved" in question
    run(page.ctx.tasks.idle())
    assert max(progress) == 3 and not tab.task_bar.isVisible()
    by_id = {s.id: s for s in store.sources.list(client.id)}
    assert by_id[alive.id].link_status == "alive" and by_id[dead.id].link_status == "dead"
    assert by_id[moved.id].url == fixture_server.url("feeds/nnw_bio.rdf")
    assert by_id[moved.id].link_status == "alive"
    statuses = {
        tab.proxy.index(r, SourceTableModel.TITLE).data(): tab.proxy.index(r, SourceTableModel.STATUS).data()
        for r in range(tab.proxy.rowCount())
    }
    assert statuses["mort"].startswith("Dead link · ") and statuses["vivant"].startswith("OK · ")
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("dead"))
    assert rows(page) == ["mort"]


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
    assert "cancelled" in tab.status.text() and not tab.task_bar.isVisible()
    assert all(s.link_status is None for s in store.sources.list(client.id))


def test_delete_goes_to_the_trash_with_undo(page: SourcesPage, store, client, run) -> None:  # noqa: ANN001
    a = store.sources.create(client.id, "https://a.example/", title="A")
    store.sources.create(client.id, "https://b.example/", title="B")
    tab = page.sources_tab
    run(tab.reload())
    tab.select_ids([a.id])
    tab.delete_action.trigger()
    run(page.ctx.tasks.idle())
    assert [s.title for s in store.sources.list(client.id)] == ["B"] and rows(page) == ["B"]
    assert tab.undo_bar.isVisible() and "“A”" in tab.undo_bar.label.text()
    tab.undo_bar.button.click()
    run(page.ctx.tasks.idle())
    assert sorted(rows(page)) == ["A", "B"] and tab.selected_ids() == [a.id]


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
    tab.open_action.trigger()
    run(page.ctx.tasks.idle())
    assert opened == [QUrl("https://b.example/")]
    stored = store.sources.get(b.id)
    assert stored.starred and stored.visited_at is not None
