"""The Library page, driven like a person would: real widgets, real database, real files on disk."""

from __future__ import annotations

import asyncio
import shutil
import struct
import zlib
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QItemSelectionModel, QLocale, QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QListView

from cmtoolbox.core.media import MediaError, video_thumbnails_available
from cmtoolbox.core.media_rules import FormatCheck, Issue
from cmtoolbox.gui.clients import ClientSwitcher
from cmtoolbox.gui.library import importer
from cmtoolbox.gui.library.messages import describe_check, describe_issue, describe_media_error
from cmtoolbox.gui.library.model import PAGE
from cmtoolbox.gui.library.page import LibraryPage
from cmtoolbox.gui.main_window import MainWindow
from cmtoolbox.ops import library as ops
from cmtoolbox.ops.library import MediaDetails
from cmtoolbox.storage.media import MediaQuery
from cmtoolbox.storage.search import SearchFilters, search_all
from cmtoolbox.storage.store import Store
from tests.pictures import solid_grey_jpeg

VIDEO = Path(__file__).parents[1] / "core" / "data" / "media" / "clip-h264-96x160.mp4"


def _jpeg(
    path: Path, size: tuple[int, int] = (1080, 1080), color: tuple[int, int, int] = (200, 120, 60)
) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, color).save(path, "JPEG", quality=85)
    return path


def _bomb(path: Path) -> Path:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 12000, 10000, 1, 0, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )
    return path


@pytest.fixture
def client(store):
    return store.clients.create("Boulangerie Martin")


@pytest.fixture
def page(ctx, client, qtbot, run):
    switcher = ClientSwitcher(ctx)
    widget = LibraryPage(ctx, switcher)
    qtbot.addWidget(switcher)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.reports = []  # type: ignore[attr-defined]
    widget.imports.show_report = widget.reports.append  # type: ignore[attr-defined]
    widget.opened = []  # type: ignore[attr-defined]
    widget.controller.open_url = widget.opened.append  # type: ignore[attr-defined]
    run(switcher.reload())
    run(ctx.tasks.idle())
    widget.switcher = switcher  # type: ignore[attr-defined]
    return widget


async def _quiet(ctx, page: LibraryPage) -> None:
    """Until the page's debounce timers (search, coalesced reloads) have fired and every task they
    started is done: waited for, not guessed with a fixed sleep."""
    while True:
        await ctx.tasks.idle()
        if not any(timer.isActive() for timer in page.findChildren(QTimer)) and not ctx.tasks.busy:
            return
        await asyncio.sleep(0.02)


def settle(run, ctx, page: LibraryPage) -> None:
    run(_quiet(ctx, page))


def import_paths(page: LibraryPage, run, ctx, paths: list[Path]):
    task = page.start_import(paths)
    assert task is not None
    report = run(task)
    settle(run, ctx, page)
    return report


def add_note(store: Store, client_id: int, title: str, body: str) -> None:
    """A note written elsewhere in the app (the notes page has its own operations)."""
    store.notes.create(client_id, title, body)


def empty_trash(store: Store) -> int:
    return store.trash.empty()


def titles(page: LibraryPage) -> list[str]:
    return [page.model.item(r).display_title for r in range(page.model.rowCount())]  # type: ignore[union-attr]


def select(page: LibraryPage, name: str) -> None:
    row = titles(page).index(name)
    page.browser.view.setCurrentIndex(page.model.index(row))


# -- import ------------------------------------------------------------------------------------------


def test_import_a_folder_of_good_and_bad_files(page, run, ctx, store, client, tmp_path, monkeypatch) -> None:
    folder = tmp_path / "Photos client"
    good = _jpeg(folder / "croissants.jpg")
    _jpeg(folder / "story.jpg", (1080, 1920), (20, 40, 200))
    shutil.copy(VIDEO, folder / "reel.mp4")
    (folder / "tarifs.pdf").write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    _jpeg(folder / "sous-dossier" / "vitrine.jpg", (1200, 628), (10, 200, 90))
    shutil.copy(good, folder / "croissants copie.jpg")  # same bytes: kept once
    # A renamed non-image:
    (folder / "compte-rendu.jpg").write_text("Compte rendu de la réunion du lundi", "utf-8")
    cut = _jpeg(folder / "coupée.jpg", (800, 800), (90, 90, 90))
    Image.effect_noise((800, 800), 80).convert("RGB").save(cut, "JPEG")
    cut.write_bytes(cut.read_bytes()[:4000])  # truncated
    _bomb(folder / "bombe.png")
    with open(folder / "rush.mp4", "wb") as f:  # 4 GB, sparse
        f.write(b"\0\0\0\x18ftypmp42\0\0\0\0mp42isom")
        f.truncate(4 * 1024**3)
    (folder / "notes.txt").write_text("à ne pas importer", "utf-8")
    _jpeg(folder / ".cache" / "hidden.jpg")
    originals = {p: p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}

    listed = importer.expand_paths

    def vanishing(paths: list[Path]):  # a file deleted after the listing
        files, skipped, truncated = listed(paths)
        return [*files, (folder / "supprimée.jpg", 1234)], skipped, truncated

    monkeypatch.setattr(importer, "expand_paths", vanishing)
    report = import_paths(page, run, ctx, [folder])

    # Files come in name order: "croissants copie.jpg" first, then "croissants.jpg" finds it.
    assert sorted(i.original_name for i in report.added) == [
        "croissants copie.jpg",
        "reel.mp4",
        "story.jpg",
        "tarifs.pdf",
        "vitrine.jpg",
    ]
    assert [i.id for i in report.duplicates] == [report.added[0].id]
    assert {p.name: e.code for p, e in report.failed} == {
        "compte-rendu.jpg": "mismatch",
        "coupée.jpg": "corrupt",
        "bombe.png": "bomb",
        "rush.mp4": "too_large",
        "supprimée.jpg": "missing",
    }
    assert report.skipped == 1 and not report.cancelled
    assert page.reports == [report]  # type: ignore[attr-defined]
    for _path, error in report.failed:
        sentence = describe_media_error(error)
        assert sentence.endswith(".") and error.code not in sentence

    # The database, the files and the widgets agree; the originals are untouched.
    assert store.media.count(MediaQuery(client.id)) == 5
    content = [p for p in (ctx.root / "files").rglob("*.*") if "thumbs" not in p.parts and p.is_file()]
    assert len(content) == 5
    assert not any((ctx.root / "files" / ".incoming").iterdir())
    assert page.model.rowCount() == 5 and page.browser.currentWidget() is page.browser.view
    assert page.count_label.text() == "5 items"
    assert "5 imported" in ctx.status.last and "5 refused" in ctx.status.last
    assert {p: p.stat().st_mtime_ns for p in originals} == originals
    assert not page.import_bar.isVisible() and page.toolbar.import_button.isEnabled()
    # The last file imported is selected and its thumbnail was made in the background.
    assert page.detail.item is not None
    reel = next(i for i in report.added if i.kind == "video")
    assert (reel.width, reel.height, reel.duration_ms) == (96, 160, 2000)
    thumbs = list((ctx.root / "files" / "thumbs").rglob("*.webp"))
    assert len(thumbs) == 3 + video_thumbnails_available()  # every picture, the video with PyAV


def test_importing_the_same_file_again_keeps_one(page, run, ctx, store, client, tmp_path) -> None:
    photo = _jpeg(tmp_path / "galette.jpg")
    first = import_paths(page, run, ctx, [photo])
    again = import_paths(page, run, ctx, [photo])
    assert len(first.added) == 1 and [i.id for i in again.duplicates] == [first.added[0].id]
    assert store.media.count(MediaQuery(client.id)) == 1
    assert "1 already in the library" in ctx.status.last


def test_a_record_that_cannot_be_written_leaves_no_file(
    page, run, ctx, store, client, tmp_path, monkeypatch
) -> None:
    def disk_full(media_id: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store.media, "_index", disk_full)
    report = import_paths(page, run, ctx, [_jpeg(tmp_path / "a.jpg")])
    assert [(p.name, e.code) for p, e in report.failed] == [("a.jpg", "record_failed")]
    assert store.db.execute("SELECT count(*) FROM media").fetchone()[0] == 0
    assert [p for p in (ctx.root / "files").rglob("*") if p.is_file()] == []  # thumbnail too
    assert page.browser.library_empty


def test_cancel_leaves_nothing(page, run, ctx, store, client, tmp_path) -> None:
    photo = _jpeg(tmp_path / "a.jpg")
    task = page.start_import([photo])
    assert page.import_bar.isVisible() and page.cancel_import_action.isEnabled()  # Escape cancels too
    page.import_bar.cancel_button.click()
    report = run(task)
    settle(run, ctx, page)
    assert report.cancelled and not report.imported
    assert store.media.count(MediaQuery(client.id)) == 0
    assert [p for p in (ctx.root / "files").rglob("*") if p.is_file()] == []
    assert ctx.status.last == "Import cancelled."
    assert not page.cancel_import_action.isEnabled()  # Escape is free again


def test_drop_files_on_the_page_imports_them(page, run, ctx, store, client, tmp_path) -> None:
    photo = _jpeg(tmp_path / "drop.jpg")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(photo))])
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dropEvent(event)
    assert event.isAccepted()
    settle(run, ctx, page)
    assert [i.original_name for i in store.media.page(MediaQuery(client.id))] == ["drop.jpg"]


# -- browsing, editing, searching ----------------------------------------------------------------------


@pytest.fixture
def stocked(page, run, ctx, tmp_path):
    paths = [
        _jpeg(tmp_path / "croissants.jpg", (1080, 1080), (200, 120, 60)),
        _jpeg(tmp_path / "galette-story.jpg", (1080, 1920), (220, 170, 60)),
        _jpeg(tmp_path / "vitrine.jpg", (1200, 628), (240, 200, 200)),
    ]
    import_paths(page, run, ctx, paths)
    return page


def test_grid_and_list_views(stocked, ctx) -> None:
    page, view, toolbar = stocked, stocked.browser.view, stocked.toolbar
    assert view.viewMode() == QListView.ViewMode.IconMode and toolbar.grid_button.isChecked()
    toolbar.list_button.click()
    assert view.viewMode() == QListView.ViewMode.ListMode and page.view_mode == "list"
    assert ctx.prefs.value("library/view") == "list" and not toolbar.grid_button.isChecked()
    toolbar.grid_button.click()
    assert page.view_mode == "grid"
    assert view.visualRect(page.model.index(1)).top() == view.visualRect(page.model.index(0)).top()


def test_edit_metadata_tags_and_search(stocked, run, ctx, store, client) -> None:
    page = stocked
    select(page, "galette-story.jpg")
    settle(run, ctx, page)
    detail, form = page.detail, page.detail.form
    form.title_edit.setText("Galette des rois, story")
    form.alt_edit.setPlainText("Galette feuilletée à la frangipane, couronne dorée")
    form.credit_edit.setText("Studio Lumière")
    form.licence_edit.setEditText("Cession un an")
    form.tags_edit.setText("story, Épiphanie")
    form.rights_check.setChecked(True)
    assert form.save_button.isEnabled()
    form.save_button.click()
    settle(run, ctx, page)
    item = store.media.find_by_sha(detail.item.sha256, client.id)  # type: ignore[union-attr]
    assert item is not None
    assert (item.title, item.credit, item.licence, item.tags) == (
        "Galette des rois, story",
        "Studio Lumière",
        "Cession un an",
        ("story", "Épiphanie"),
    )
    assert item.alt_text.startswith("Galette feuilletée") and item.rights_expire_on is not None
    assert not detail.is_dirty() and titles(page)[titles(page).index("Galette des rois, story")]

    search = page.toolbar.search_edit
    search.setText("frangipane")  # alt text, found without its accents
    settle(run, ctx, page)
    assert titles(page) == ["Galette des rois, story"]
    search.setText("zzz introuvable")
    settle(run, ctx, page)
    assert page.model.rowCount() == 0 and page.browser.currentWidget() is page.browser.no_match
    search.clear()
    settle(run, ctx, page)
    assert page.model.rowCount() == 3

    toolbar = page.toolbar
    toolbar.tag_combo.setCurrentIndex(toolbar.tag_combo.findData("Épiphanie"))
    settle(run, ctx, page)
    assert titles(page) == ["Galette des rois, story"]
    toolbar.tag_combo.setCurrentIndex(0)
    toolbar.type_combo.setCurrentIndex(toolbar.type_combo.findData("video"))
    settle(run, ctx, page)
    assert page.model.rowCount() == 0

    hits = run(ctx.runner.read(search_all, "epiphanie", SearchFilters(client_id=client.id)))
    assert [h.title for h in hits["media"]] == ["Galette des rois, story"]


def test_moving_to_another_item_saves_what_was_typed(stocked, run, ctx, store, client) -> None:
    page = stocked
    select(page, "vitrine.jpg")
    settle(run, ctx, page)
    sha = page.detail.item.sha256  # type: ignore[union-attr]
    page.detail.form.alt_edit.setPlainText("Vitrine décorée pour la fête des mères")
    select(page, "croissants.jpg")
    settle(run, ctx, page)
    assert store.media.find_by_sha(sha, client.id).alt_text == "Vitrine décorée pour la fête des mères"  # type: ignore[union-attr]
    assert page.detail.item.original_name == "croissants.jpg"  # type: ignore[union-attr]


def test_format_checks_and_rights_flag_in_the_detail_panel(stocked, run, ctx, store, client) -> None:
    page = stocked
    select(page, "galette-story.jpg")
    settle(run, ctx, page)
    text = page.detail.checks_label.text()
    assert "Instagram (story): fits" in text
    assert (
        "Instagram (feed): does not fit, because the picture is too tall (9:16); Instagram goes down "
        "to 4:5." in text
    )
    assert (
        "Instagram (reel): does not fit, because Instagram does not take this kind of file here "
        "(image)" in text
    )
    assert "LinkedIn: fits" in text
    assert not page.detail.rights_flag.isVisible()

    item = page.detail.item
    assert item is not None
    ended = date.today() - timedelta(days=3)
    run(ctx.runner.run(ops.save_details, item.id, replace(MediaDetails.of(item), rights_expire_on=ended)))
    settle(run, ctx, page)
    assert page.detail.rights_flag.isVisible()
    assert page.detail.rights_flag.text().startswith("Rights expired on")
    page.toolbar.rights_combo.setCurrentIndex(page.toolbar.rights_combo.findData("expired"))
    settle(run, ctx, page)
    assert titles(page) == ["galette-story.jpg"]


def test_usages_show_the_notes_that_link_an_item(stocked, run, ctx, store, client) -> None:
    page = stocked
    select(page, "croissants.jpg")
    settle(run, ctx, page)
    assert page.detail.usages_label.text() == "Not used in a note or a draft yet."
    link = page.detail.item.markdown()  # type: ignore[union-attr]
    run(ctx.runner.run(add_note, client.id, "Planning janvier", f"Post du 6 : {link}"))
    settle(run, ctx, page)
    assert page.detail.usage_rows() == ["→ Note: Planning janvier"]


# -- actions ---------------------------------------------------------------------------------------------


def test_trash_with_undo_then_emptying_the_trash_removes_the_file(stocked, run, ctx, store, client) -> None:
    page = stocked
    select(page, "vitrine.jpg")
    settle(run, ctx, page)
    item = page.detail.item
    assert item is not None
    path = store.media.path_for(item.id)
    run(page.controller.trash_selected())
    settle(run, ctx, page)
    assert "vitrine.jpg" not in titles(page)
    assert ctx.undo.can_undo and ctx.undo.undo_label == "“vitrine.jpg” moved to the trash"
    run(ctx.undo.undo())  # Edit ▸ Undo, the status bar's Undo button
    settle(run, ctx, page)
    assert "vitrine.jpg" in titles(page)
    assert page.detail.item is not None and page.detail.item.id == item.id  # shown again
    run(ctx.undo.redo())
    settle(run, ctx, page)
    assert "vitrine.jpg" not in titles(page)
    run(ctx.undo.undo())
    settle(run, ctx, page)

    select(page, "vitrine.jpg")
    page.browser.view.setFocus()
    page.browser.trash_requested.emit()  # the Delete key in the grid
    settle(run, ctx, page)
    run(ctx.runner.run(empty_trash))
    settle(run, ctx, page)
    assert path is not None and not path.exists()
    assert store.media.count(MediaQuery(client.id)) == 2


def test_export_the_selection_to_a_folder(stocked, run, ctx, tmp_path) -> None:
    page = stocked
    selection = page.browser.view.selectionModel()
    selection.clearSelection()
    for row in range(page.model.rowCount()):
        selection.select(page.model.index(row), QItemSelectionModel.SelectionFlag.Select)
    target = tmp_path / "export"
    target.mkdir()
    (target / "vitrine.jpg").write_bytes(b"already here")
    page.controller.choose_export_folder = lambda: str(target)
    page.export_action.trigger()  # Ctrl+E
    settle(run, ctx, page)
    assert sorted(p.name for p in target.iterdir()) == [
        "croissants.jpg",
        "galette-story.jpg",
        "vitrine (2).jpg",
        "vitrine.jpg",
    ]
    assert (target / "vitrine.jpg").read_bytes() == b"already here"  # never overwritten
    assert f"3 files exported to {target}." == ctx.status.last


def test_open_show_in_folder_and_clipboard(stocked, run, ctx, store) -> None:
    page = stocked
    select(page, "croissants.jpg")
    settle(run, ctx, page)
    path = store.media.path_for(page.detail.item.id)  # type: ignore[union-attr]
    page.detail.open_button.click()
    page.detail.folder_button.click()
    assert page.opened == [QUrl.fromLocalFile(str(path)), QUrl.fromLocalFile(str(path.parent))]  # type: ignore[attr-defined]
    page.detail.copy_button.click()
    settle(run, ctx, page)
    clipboard = QGuiApplication.clipboard().mimeData()
    assert clipboard.hasImage() and clipboard.urls() == [QUrl.fromLocalFile(str(path))]
    page.detail.link_button.click()
    assert QGuiApplication.clipboard().text() == f"![croissants.jpg](media:{page.detail.item.sha256})"  # type: ignore[union-attr]


def test_lazy_loading_fetches_pages_as_the_view_scrolls(page, run, ctx, store, client, tmp_path) -> None:
    count = PAGE + 12
    for n in range(count):
        path = _jpeg(tmp_path / f"p{n:03d}.jpg", (16, 16), (n, 255 - n, (n * 7) % 255))
        run(ctx.runner.run(ops.import_file, path, client.id))
    settle(run, ctx, page)
    assert page.model.total == count
    assert page.model.rowCount() == PAGE and page.model.canFetchMore()
    page.browser.view.scrollToBottom()  # the view asks for more itself
    settle(run, ctx, page)
    page.model.fetchMore()
    settle(run, ctx, page)
    assert page.model.rowCount() == count and not page.model.canFetchMore()
    assert titles(page)[0] == f"p{count - 1:03d}.jpg"  # newest first


def test_a_global_search_hit_opens_its_item(page, run, ctx, store, client, tmp_path) -> None:
    for n in range(PAGE + 5):
        path = _jpeg(tmp_path / f"p{n:03d}.jpg", (16, 16), (n, 255 - n, (n * 7) % 255))
        item = run(ctx.runner.run(ops.import_file, path, client.id)).item
        if n == 0:
            oldest = item  # last in the grid: beyond the first page
            run(ctx.runner.run(ops.save_details, item.id, MediaDetails(title="Fournil au petit matin")))
    page.toolbar.search_edit.setText("p001")
    settle(run, ctx, page)
    hits = run(ctx.runner.read(search_all, "fournil", SearchFilters(client_id=client.id)))
    task = page.open_hit(hits["media"][0])
    assert task is not None
    run(task)
    settle(run, ctx, page)
    assert page.toolbar.search_edit.text() == "" and page.current_item().id == oldest.id  # type: ignore[union-attr]
    assert page.detail.item.title == "Fournil au petit matin"  # type: ignore[union-attr]


def test_no_client_and_empty_library_states(ctx, qtbot, run) -> None:
    switcher = ClientSwitcher(ctx)
    page = LibraryPage(ctx, switcher)
    qtbot.addWidget(switcher)
    qtbot.addWidget(page)
    run(switcher.reload())
    run(ctx.tasks.idle())
    assert page.stack.currentWidget() is page.no_client
    run(switcher.create_client("Fromagerie"))
    settle(run, ctx, page)
    assert page.stack.currentIndex() == 1 and page.browser.library_empty
    assert page.toolbar.heading.text() == "Library of Fromagerie"


# -- sentences for every code -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "code",
    [
        "missing",
        "not_a_file",
        "unreadable",
        "empty",
        "too_large",
        "no_space",
        "unsupported",
        "mismatch",
        "corrupt",
        "bomb",
        "cancelled",
        "record_failed",
    ],
)
def test_every_import_error_has_a_sentence(code: str) -> None:
    error = MediaError(code, size=3_000_000_000, limit=2_000_000_000, ext="jpg", free=10)
    sentence = describe_media_error(error)
    assert sentence != "The file could not be imported." and "%" not in sentence and sentence.endswith(".")


@pytest.mark.parametrize(
    "issue",
    [
        Issue("kind_not_supported", {"kind": "pdf"}),
        Issue("format_not_supported", {"format": "webm", "accepted": ("mov", "mp4")}),
        Issue("file_too_large", {"size": 6_200_000, "limit": 5_000_000}),
        Issue("file_too_small", {"size": 10_000, "limit": 75_000}),
        Issue("ratio_too_tall", {"ratio": 0.5625, "min_ratio": 0.8}),
        Issue("ratio_too_wide", {"ratio": 4.0, "max_ratio": 1.91}),
        Issue("too_small", {"width": 200, "height": 200, "min_width": 320, "min_height": 0}),
        Issue("too_short", {"duration_ms": 2000, "limit_ms": 3000}),
        Issue("too_long", {"duration_ms": 150_000, "limit_ms": 140_000}),
        Issue("will_be_cropped", {"ratio": 1.0, "recommended_w": 9, "recommended_h": 16}),
        Issue("below_recommended_size", {"width": 640, "height": 640, "recommended": 1080}),
        Issue("will_be_split", {"duration_ms": 90_000, "part_ms": 60_000}),
        Issue("size_unknown"),
        Issue("duration_unknown"),
    ],
)
def test_every_format_issue_has_a_sentence(issue: Issue) -> None:
    sentence = describe_issue(issue, "X")
    assert sentence != issue.code and "%" not in sentence


def test_format_check_sentences_read_well() -> None:
    result = FormatCheck(
        "x",
        "x",
        "X",
        False,
        (
            Issue("file_too_large", {"size": 6_200_000, "limit": 5_000_000}),
            Issue("too_long", {"duration_ms": 150_000, "limit_ms": 140_000}),
        ),
        (),
    )
    verdict, reasons, advice = describe_check(result)
    assert verdict == "X: does not fit, because"
    assert reasons == [
        "the file weighs 6.2 MB; X takes at most 5.0 MB",
        "it lasts 2:30; X takes at most 2:20",
    ]
    assert advice == []


def test_drag_out_gives_the_files(stocked, store) -> None:
    page = stocked
    data = page.model.mimeData([page.model.index(0)])
    item = page.model.item(0)
    assert data.urls() == [QUrl.fromLocalFile(str(store.media.path_for(item.id)))]  # type: ignore[union-attr]


def test_the_notes_preview_resolver_finds_library_pictures(stocked, ctx, store) -> None:
    from cmtoolbox.gui.library.resolver import media_image_resolver

    resolve = media_image_resolver(ctx.root, max_side=400)
    item = stocked.model.item(0)
    image = resolve(item.sha256.upper())  # type: ignore[union-attr]
    assert image is not None and max(image.width(), image.height()) == 400
    assert resolve("0" * 64) is None and resolve("../../etc/passwd") is None
    assert store.media.path_for_sha(item.sha256) is not None  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "values",
    [
        {"reason": "pixels", "width": 40000, "height": 30000, "limit": 1_000_000_000},
        {"reason": "decode", "width": 16320, "height": 16320, "limit": 250_000_000},
        {"reason": "ratio", "width": 12000, "height": 10000, "size": 69},
        {"reason": "frames", "width": 1080, "height": 1080, "limit": 1_000_000_000},
    ],
)
def test_every_kind_of_bomb_has_its_sentence(values: dict[str, object]) -> None:
    sentence = describe_media_error(MediaError("bomb", **values))
    assert "%" not in sentence and sentence.endswith(".") and "bomb" not in sentence
    if values["reason"] == "ratio":
        assert "120 megapixels" in sentence and "69 bytes" in sentence
    if values["reason"] == "decode":
        assert "266 megapixels" in sentence and "250" in sentence


# -- issue 15 ------------------------------------------------------------------------------------------


@pytest.fixture
def ui_locale():
    """Set the UI's locale (as the language setting does) for widgets built afterwards."""
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("locale", "start", "typed", "pattern"),
    [
        ("fr_FR", "click", "31/01/2027", "dd/MM/yyyy"),  # the date of the report: 02/01/2027 was saved
        ("fr_FR", "select all", "31012027", "dd/MM/yyyy"),  # digits alone
        ("fr_FR", "tab", "30/04/2027", "dd/MM/yyyy"),  # a day the default month (+1 year) may lack
        ("en_US", "click", "1/31/2027", "M/d/yyyy"),
    ],
)
def test_typing_the_rights_end_date_in_the_ui_language(
    ui_locale, ctx, client, qtbot, run, tmp_path, store, locale, start, typed, pattern
) -> None:
    ui_locale(locale)
    switcher = ClientSwitcher(ctx)
    page = LibraryPage(ctx, switcher)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    run(switcher.reload())
    import_paths(page, run, ctx, [_jpeg(tmp_path / "vitrine.jpg")])
    form = page.detail.form
    field = form.rights_date
    assert field.displayFormat() == pattern  # four-digit years, in the UI language's order
    qtbot.mouseClick(form.rights_check, Qt.MouseButton.LeftButton)
    assert form.rights_check.isChecked() and field.isEnabled()
    if start == "click":  # the cursor put somewhere in the field
        qtbot.mouseClick(field.lineEdit(), Qt.MouseButton.LeftButton, pos=QPoint(30, field.height() // 2))
    elif start == "select all":
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    else:  # Tab from the check box: Qt selects the first section
        form.rights_check.setFocus()
        qtbot.keyClick(form.rights_check, Qt.Key.Key_Tab)
        assert field.hasFocus()
    qtbot.keyClicks(field, typed)
    wanted = date(2027, 1, 31) if typed != "30/04/2027" else date(2027, 4, 30)
    assert form.details().rights_expire_on == wanted and form.save_button.isEnabled()
    page.save_action.trigger()  # Ctrl+S while the field still has the focus
    settle(run, ctx, page)
    item = page.detail.item
    assert item is not None and store.media.get(item.id).rights_expire_on == wanted
    assert field.lineEdit().text() == QLocale().toString(wanted, pattern)


@pytest.mark.parametrize(("width", "height"), [(12000, 9000), (16320, 12240)])
def test_phone_photos_of_108_and_200_megapixels_import(
    page, run, ctx, store, tmp_path, width, height
) -> None:
    photo = solid_grey_jpeg(tmp_path / f"IMG_{width}.jpg", width, height)
    report = import_paths(page, run, ctx, [photo])
    assert not report.failed and [i.original_name for i in report.added] == [photo.name]
    item = page.detail.item
    assert item is not None and (item.width, item.height) == (width, height)
    assert page.detail.fact_pixels.text() == f"{width} × {height} px"
    assert page.thumbs.get(item.sha256, item.kind) is not None  # the grid's thumbnail came in
    assert store.media.path_for(item.id).read_bytes() == photo.read_bytes()  # type: ignore[union-attr]


def test_closing_saves_the_details_being_edited(stocked, run, ctx, store) -> None:
    page = stocked
    select(page, "croissants.jpg")
    settle(run, ctx, page)
    page.detail.form.credit_edit.setText("Photo : Julie Martin")
    assert page.flush() is True  # what the main window asks of every page when it closes
    assert store.media.get(page.detail.item.id).credit == "Photo : Julie Martin"  # type: ignore[union-attr]
    assert not page.detail.is_dirty()


def test_section_shortcuts_work_right_after_a_click_in_the_sidebar(ctx, client, qtbot, run) -> None:
    """Issue 15: Ctrl+N and the section's shortcuts did nothing while the sidebar had the focus."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    run(window.clients.reload())
    page = window.page("library")
    assert isinstance(page, LibraryPage)
    asked: list[str] = []
    page.imports.choose_files = lambda: asked.append("files") or []  # type: ignore[method-assign]
    page.imports.choose_folder = lambda: asked.append("folder") or ""  # type: ignore[method-assign]
    nav = window.nav
    row = [nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(nav.count())].index("library")
    qtbot.mouseClick(
        nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(nav.item(row)).center()
    )
    run(ctx.tasks.idle())
    assert window.current_section == "library" and nav.hasFocus()
    assert window.new_action.text() == "&Import files…"

    control = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(nav, Qt.Key.Key_N, control)  # File ▸ New
    qtbot.keyClick(nav, Qt.Key.Key_I, control)
    qtbot.keyClick(nav, Qt.Key.Key_I, control | Qt.KeyboardModifier.ShiftModifier)
    assert asked == ["files", "files", "folder"]
    qtbot.keyClick(nav, Qt.Key.Key_F, control)
    assert page.toolbar.search_edit.hasFocus()

    window.show_section("accounts")  # a hidden page's shortcuts stay quiet
    nav.setFocus()
    qtbot.keyClick(nav, Qt.Key.Key_I, control)
    assert asked == ["files", "files", "folder"]
