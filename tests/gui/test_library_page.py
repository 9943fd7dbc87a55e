"""The Library page, driven like a person would: real widgets, real database, real files on disk."""

from __future__ import annotations

import asyncio
import shutil
import struct
import zlib
from datetime import date, timedelta
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QItemSelectionModel, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QListView

from cmtoolbox.core.media import MediaError, video_thumbnails_available
from cmtoolbox.core.media_rules import FormatCheck, Issue
from cmtoolbox.gui.clients import ClientSwitcher
from cmtoolbox.gui.library import importer
from cmtoolbox.gui.library.messages import describe_check, describe_issue, describe_media_error
from cmtoolbox.gui.library.model import PAGE
from cmtoolbox.gui.library.page import LibraryPage
from cmtoolbox.storage.media import MediaQuery
from cmtoolbox.storage.search import SearchFilters, search_all

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
def client(store):  # noqa: ANN001, ANN201
    return store.clients.create("Boulangerie Martin")


@pytest.fixture
def page(ctx, client, qtbot, run):  # noqa: ANN001, ANN201
    switcher = ClientSwitcher(ctx)
    widget = LibraryPage(ctx, switcher)
    qtbot.addWidget(switcher)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.reports = []  # type: ignore[attr-defined]
    widget.show_report = widget.reports.append  # type: ignore[attr-defined]
    widget.opened = []  # type: ignore[attr-defined]
    widget.open_url = widget.opened.append  # type: ignore[attr-defined]
    run(switcher.reload())
    run(ctx.tasks.idle())
    widget.switcher = switcher  # type: ignore[attr-defined]
    return widget


def settle(run, ctx) -> None:  # noqa: ANN001
    """Let timers fire (debounced search, coalesced reloads) and background work finish."""
    for _ in range(3):
        run(asyncio.sleep(0.3))
        run(ctx.tasks.idle())


def import_paths(page: LibraryPage, run, ctx, paths: list[Path]):  # noqa: ANN001, ANN201
    task = page.start_import(paths)
    assert task is not None
    report = run(task)
    settle(run, ctx)
    return report


def titles(page: LibraryPage) -> list[str]:
    return [page.model.item(r).display_title for r in range(page.model.rowCount())]  # type: ignore[union-attr]


def select(page: LibraryPage, name: str) -> None:
    row = titles(page).index(name)
    page.view.setCurrentIndex(page.model.index(row))


# -- import ------------------------------------------------------------------------------------------


def test_import_a_folder_of_good_and_bad_files(page, run, ctx, store, client, tmp_path, monkeypatch) -> None:  # noqa: ANN001
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

    def vanishing(paths: list[Path]):  # noqa: ANN202 - a file deleted after the listing
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
    assert page.model.rowCount() == 5 and page.list_stack.currentWidget() is page.view
    assert page.count_label.text() == "5 items"
    assert "imported: 5" in page.status.text() and "refused: 5" in page.status.text()
    assert {p: p.stat().st_mtime_ns for p in originals} == originals
    assert not page.import_bar.isVisible() and page.import_button.isEnabled()
    # The last file imported is selected and its thumbnail was made in the background.
    assert page.detail.item is not None
    reel = next(i for i in report.added if i.kind == "video")
    assert (reel.width, reel.height, reel.duration_ms) == (96, 160, 2000)
    thumbs = list((ctx.root / "files" / "thumbs").rglob("*.webp"))
    assert len(thumbs) == 3 + video_thumbnails_available()  # every picture, the video with PyAV


def test_importing_the_same_file_again_keeps_one(page, run, ctx, store, client, tmp_path) -> None:  # noqa: ANN001
    photo = _jpeg(tmp_path / "galette.jpg")
    first = import_paths(page, run, ctx, [photo])
    again = import_paths(page, run, ctx, [photo])
    assert len(first.added) == 1 and [i.id for i in again.duplicates] == [first.added[0].id]
    assert store.media.count(MediaQuery(client.id)) == 1
    assert "already in the library: 1" in page.status.text()


def test_a_record_that_cannot_be_written_leaves_no_file(page, run, ctx, store, client, tmp_path,  # noqa: ANN001
                                                         monkeypatch) -> None:
    def disk_full(media_id: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store.media, "_index", disk_full)
    report = import_paths(page, run, ctx, [_jpeg(tmp_path / "a.jpg")])
    assert [(p.name, e.code) for p, e in report.failed] == [("a.jpg", "record_failed")]
    assert store.db.execute("SELECT count(*) FROM media").fetchone()[0] == 0
    assert [p for p in (ctx.root / "files").rglob("*") if p.is_file()] == []  # thumbnail too
    assert page.list_stack.currentWidget() is page.empty_library


def test_cancel_leaves_nothing(page, run, ctx, store, client, tmp_path) -> None:  # noqa: ANN001
    photo = _jpeg(tmp_path / "a.jpg")
    task = page.start_import([photo])
    assert page.import_bar.isVisible()
    page.cancel_import()
    report = run(task)
    settle(run, ctx)
    assert report.cancelled and not report.imported
    assert store.media.count(MediaQuery(client.id)) == 0
    assert [p for p in (ctx.root / "files").rglob("*") if p.is_file()] == []
    assert page.status.text() == "Import cancelled."


def test_drop_files_on_the_page_imports_them(page, run, ctx, store, client, tmp_path) -> None:  # noqa: ANN001
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
    settle(run, ctx)
    assert [i.original_name for i in store.media.page(MediaQuery(client.id))] == ["drop.jpg"]


# -- browsing, editing, searching ----------------------------------------------------------------------


@pytest.fixture
def stocked(page, run, ctx, tmp_path):  # noqa: ANN001, ANN201
    paths = [
        _jpeg(tmp_path / "croissants.jpg", (1080, 1080), (200, 120, 60)),
        _jpeg(tmp_path / "galette-story.jpg", (1080, 1920), (220, 170, 60)),
        _jpeg(tmp_path / "vitrine.jpg", (1200, 628), (240, 200, 200)),
    ]
    import_paths(page, run, ctx, paths)
    return page


def test_grid_and_list_views(stocked, ctx) -> None:  # noqa: ANN001
    page = stocked
    assert page.view.viewMode() == QListView.ViewMode.IconMode and page.grid_button.isChecked()
    page.list_button.click()
    assert page.view.viewMode() == QListView.ViewMode.ListMode and page.view_mode == "list"
    assert ctx.prefs.value("library/view") == "list"
    page.grid_button.click()
    assert page.view_mode == "grid"
    assert page.view.visualRect(page.model.index(1)).top() == page.view.visualRect(page.model.index(0)).top()


def test_edit_metadata_tags_and_search(stocked, run, ctx, store, client) -> None:  # noqa: ANN001
    page = stocked
    select(page, "galette-story.jpg")
    settle(run, ctx)
    detail = page.detail
    detail.title_edit.setText("Galette des rois, story")
    detail.alt_edit.setPlainText("Galette feuilletée à la frangipane, couronne dorée")
    detail.credit_edit.setText("Studio Lumière")
    detail.licence_edit.setEditText("Cession un an")
    detail.tags_edit.setText("story, Épiphanie")
    detail.rights_check.setChecked(True)
    assert detail.save_button.isEnabled()
    detail.save_button.click()
    settle(run, ctx)
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

    page.search_edit.setText("frangipane")  # alt text, found without its accents
    settle(run, ctx)
    assert titles(page) == ["Galette des rois, story"]
    page.search_edit.setText("zzz introuvable")
    settle(run, ctx)
    assert page.model.rowCount() == 0 and page.list_stack.currentWidget() is page.no_match
    page.search_edit.clear()
    settle(run, ctx)
    assert page.model.rowCount() == 3

    page.tag_combo.setCurrentIndex(page.tag_combo.findData("Épiphanie"))
    settle(run, ctx)
    assert titles(page) == ["Galette des rois, story"]
    page.tag_combo.setCurrentIndex(0)
    page.type_combo.setCurrentIndex(page.type_combo.findData("video"))
    settle(run, ctx)
    assert page.model.rowCount() == 0

    hits = run(ctx.runner.query(lambda s: search_all(s, "epiphanie", SearchFilters(client_id=client.id))))
    assert [h.title for h in hits["media"]] == ["Galette des rois, story"]


def test_moving_to_another_item_saves_what_was_typed(stocked, run, ctx, store, client) -> None:  # noqa: ANN001
    page = stocked
    select(page, "vitrine.jpg")
    settle(run, ctx)
    sha = page.detail.item.sha256  # type: ignore[union-attr]
    page.detail.alt_edit.setPlainText("Vitrine décorée pour la fête des mères")
    select(page, "croissants.jpg")
    settle(run, ctx)
    assert store.media.find_by_sha(sha, client.id).alt_text == "Vitrine décorée pour la fête des mères"  # type: ignore[union-attr]
    assert page.detail.item.original_name == "croissants.jpg"  # type: ignore[union-attr]


def test_format_checks_and_rights_flag_in_the_detail_panel(stocked, run, ctx, store, client) -> None:  # noqa: ANN001
    page = stocked
    select(page, "galette-story.jpg")
    settle(run, ctx)
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

    item_id = page.detail.item.id  # type: ignore[union-attr]
    ended = date.today() - timedelta(days=3)
    run(ctx.runner.mutate(lambda s: s.media.update(item_id, rights_expire_on=ended)))
    settle(run, ctx)
    assert page.detail.rights_flag.isVisible()
    assert page.detail.rights_flag.text().startswith("Rights expired on")
    page.rights_combo.setCurrentIndex(page.rights_combo.findData("expired"))
    settle(run, ctx)
    assert titles(page) == ["galette-story.jpg"]


def test_usages_show_the_notes_that_link_an_item(stocked, run, ctx, store, client) -> None:  # noqa: ANN001
    page = stocked
    select(page, "croissants.jpg")
    settle(run, ctx)
    assert page.detail.usages_label.text() == "Not used in a note or a draft yet."
    link = page.detail.item.markdown()  # type: ignore[union-attr]
    run(ctx.runner.mutate(lambda s: s.notes.create(client.id, "Planning janvier", f"Post du 6 : {link}")))
    settle(run, ctx)
    assert page.detail.usage_rows() == ["→ Note: Planning janvier"]


# -- actions ---------------------------------------------------------------------------------------------


def test_trash_with_undo_then_emptying_the_trash_removes_the_file(stocked, run, ctx, store, client) -> None:  # noqa: ANN001
    page = stocked
    select(page, "vitrine.jpg")
    settle(run, ctx)
    item = page.detail.item
    assert item is not None
    path = store.media.path_for(item.id)
    run(page.trash_selected())
    settle(run, ctx)
    assert "vitrine.jpg" not in titles(page) and page.undo_button.isVisible()
    page.undo_button.click()
    settle(run, ctx)
    assert "vitrine.jpg" in titles(page)
    assert page.detail.item is not None and page.detail.item.id == item.id

    page.view.setFocus()
    run(page.trash_selected())
    run(ctx.runner.mutate(lambda s: s.trash.empty()))
    settle(run, ctx)
    assert path is not None and not path.exists()
    assert store.media.count(MediaQuery(client.id)) == 2


def test_export_the_selection_to_a_folder(stocked, run, ctx, tmp_path) -> None:  # noqa: ANN001
    page = stocked
    selection = page.view.selectionModel()
    selection.clearSelection()
    for row in range(page.model.rowCount()):
        selection.select(page.model.index(row), QItemSelectionModel.SelectionFlag.Select)
    target = tmp_path / "export"
    target.mkdir()
    (target / "vitrine.jpg").write_bytes(b"already here")
    page.choose_export_folder = lambda: str(target)
    page.ask_export()
    settle(run, ctx)
    assert sorted(p.name for p in target.iterdir()) == [
        "croissants.jpg",
        "galette-story.jpg",
        "vitrine (2).jpg",
        "vitrine.jpg",
    ]
    assert (target / "vitrine.jpg").read_bytes() == b"already here"  # never overwritten
    assert "Files exported to" in page.status.text()


def test_open_show_in_folder_and_clipboard(stocked, run, ctx, store) -> None:  # noqa: ANN001
    page = stocked
    select(page, "croissants.jpg")
    settle(run, ctx)
    path = store.media.path_for(page.detail.item.id)  # type: ignore[union-attr]
    page.detail.open_button.click()
    page.detail.folder_button.click()
    assert page.opened == [QUrl.fromLocalFile(str(path)), QUrl.fromLocalFile(str(path.parent))]  # type: ignore[attr-defined]
    page.detail.copy_button.click()
    settle(run, ctx)
    clipboard = QGuiApplication.clipboard().mimeData()
    assert clipboard.hasImage() and clipboard.urls() == [QUrl.fromLocalFile(str(path))]
    page.detail.link_button.click()
    assert QGuiApplication.clipboard().text() == f"![croissants.jpg](media:{page.detail.item.sha256})"  # type: ignore[union-attr]


def test_lazy_loading_fetches_pages_as_the_view_scrolls(page, run, ctx, store, client, tmp_path) -> None:  # noqa: ANN001
    count = PAGE + 12
    for n in range(count):
        path = _jpeg(tmp_path / f"p{n:03d}.jpg", (16, 16), (n, 255 - n, (n * 7) % 255))
        run(ctx.runner.mutate(lambda s, path=path: s.media.import_file(path, client.id)))
    settle(run, ctx)
    assert page.model.total == count
    assert page.model.rowCount() == PAGE and page.model.canFetchMore()
    page.view.scrollToBottom()  # the view asks for more itself
    settle(run, ctx)
    page.model.fetchMore()
    settle(run, ctx)
    assert page.model.rowCount() == count and not page.model.canFetchMore()
    assert titles(page)[0] == f"p{count - 1:03d}.jpg"  # newest first


def test_a_global_search_hit_opens_its_item(page, run, ctx, store, client, tmp_path) -> None:  # noqa: ANN001
    for n in range(PAGE + 5):
        path = _jpeg(tmp_path / f"p{n:03d}.jpg", (16, 16), (n, 255 - n, (n * 7) % 255))
        item = run(ctx.runner.mutate(lambda s, path=path: s.media.import_file(path, client.id))).item
        if n == 0:
            oldest = item  # last in the grid: beyond the first page
            run(ctx.runner.mutate(lambda s, i=item.id: s.media.update(i, title="Fournil au petit matin")))
    page.search_edit.setText("p001")
    settle(run, ctx)
    hits = run(ctx.runner.query(lambda s: search_all(s, "fournil", SearchFilters(client_id=client.id))))
    task = page.open_hit(hits["media"][0])
    assert task is not None
    run(task)
    settle(run, ctx)
    assert page.search_edit.text() == "" and page.current_item().id == oldest.id  # type: ignore[union-attr]
    assert page.detail.item.title == "Fournil au petit matin"  # type: ignore[union-attr]


def test_no_client_and_empty_library_states(ctx, qtbot, run) -> None:  # noqa: ANN001
    switcher = ClientSwitcher(ctx)
    page = LibraryPage(ctx, switcher)
    qtbot.addWidget(switcher)
    qtbot.addWidget(page)
    run(switcher.reload())
    run(ctx.tasks.idle())
    assert page.stack.currentWidget() is page.no_client
    run(switcher.create_client("Fromagerie"))
    settle(run, ctx)
    assert page.stack.currentIndex() == 1 and page.list_stack.currentWidget() is page.empty_library
    assert page.heading.text() == "Library of Fromagerie"


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


def test_drag_out_gives_the_files(stocked, store) -> None:  # noqa: ANN001
    page = stocked
    data = page.model.mimeData([page.model.index(0)])
    item = page.model.item(0)
    assert data.urls() == [QUrl.fromLocalFile(str(store.media.path_for(item.id)))]  # type: ignore[union-attr]


def test_the_notes_preview_resolver_finds_library_pictures(stocked, ctx, store) -> None:  # noqa: ANN001
    from cmtoolbox.gui.library.resolver import media_image_resolver

    resolve = media_image_resolver(ctx.root, max_side=400)
    item = stocked.model.item(0)
    image = resolve(item.sha256.upper())  # type: ignore[union-attr]
    assert image is not None and max(image.width(), image.height()) == 400
    assert resolve("0" * 64) is None and resolve("../../etc/passwd") is None
    assert store.media.path_for_sha(item.sha256) is not None  # type: ignore[union-attr]
