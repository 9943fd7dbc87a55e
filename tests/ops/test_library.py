"""ops.library on a real SQLite store and real files: every operation, its undo, and all-or-nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from cmtoolbox.ops import call, execute
from cmtoolbox.ops import library as ops
from cmtoolbox.storage.clients import Client
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.errors import InvalidValue, NotFound
from cmtoolbox.storage.media import MAX_CREDIT, MediaItem, MediaQuery
from cmtoolbox.storage.store import Store
from tests.pictures import solid_grey_jpeg


def _photo(
    path: Path, size: tuple[int, int] = (64, 48), color: tuple[int, int, int] = (200, 120, 60)
) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, color).save(path, "JPEG", quality=85)
    return path


def _content_files(store: Store) -> list[Path]:
    root = store.files_dir
    return [p for p in root.rglob("*") if p.is_file() and "thumbs" not in p.parts] if root.is_dir() else []


@pytest.fixture
def client(store: Store) -> Client:
    return store.clients.create("Boulangerie Martin")


@pytest.fixture
def items(store: Store, client: Client, tmp_path: Path) -> list[MediaItem]:
    colors = [(200, 120, 60), (20, 40, 200), (10, 200, 90)]
    paths = [
        _photo(tmp_path / f"{name}.jpg", color=c) for name, c in zip(("a", "b", "c"), colors, strict=True)
    ]
    return [execute(store, call(ops.import_file, p, client.id)).value.item for p in paths]


def test_pages_count_tags_and_usages(store: Store, client: Client, items: list[MediaItem]) -> None:
    query = MediaQuery(client.id)
    total, first = execute(store, call(ops.first_page, query, 2)).value
    assert total == 3 and [i.original_name for i in first] == ["c.jpg", "b.jpg"]  # newest first
    assert [i.original_name for i in ops.next_page(store, query, 2, 2)] == ["a.jpg"]
    assert ops.get_item(store, items[0].id) == items[0]
    assert ops.tag_names(store, client.id) == []
    assert ops.usages(store, items[0].id) == []
    store.notes.create(client.id, "Planning", f"Post : {items[0].markdown()}")
    assert [u.title for u in ops.usages(store, items[0].id)] == ["Planning"]
    assert {i.sha256 for i in items} <= ops.known_hashes(store)


def test_save_details_writes_fields_and_tags_together(
    store: Store, client: Client, items: list[MediaItem]
) -> None:
    details = ops.MediaDetails(
        title="Croissants du matin",
        description="Fournée de 6 h 30",
        alt_text="Trois croissants dorés",
        credit="Studio Lumière",
        licence="CC BY 4.0",
        rights_expire_on=date(2027, 1, 31),
        tags=("feed", "Épiphanie"),
    )
    outcome = execute(store, call(ops.save_details, items[0].id, details))
    assert outcome.changes.touches(Entity.MEDIA) and outcome.undo is None
    saved = store.media.get(items[0].id)
    assert ops.MediaDetails.of(saved) == details == ops.MediaDetails.of(outcome.value)
    assert sorted(ops.tag_names(store, client.id)) == ["feed", "Épiphanie"]


def test_a_refused_value_leaves_the_item_as_it_was(store: Store, items: list[MediaItem]) -> None:
    """The title is written before the tags: a failure after it must roll the title back too."""
    before = store.media.get(items[0].id)

    def tags_fail(media_id: int, names: object) -> None:
        raise InvalidValue("tags refused", field="tags", reason="invalid")

    store.media.set_tags = tags_fail  # type: ignore[method-assign]
    with pytest.raises(InvalidValue):
        execute(store, call(ops.save_details, items[0].id, ops.MediaDetails(title="Written first")))
    del store.media.set_tags
    assert store.media.get(items[0].id) == before
    with pytest.raises(InvalidValue):
        execute(store, call(ops.save_details, items[0].id, ops.MediaDetails(credit="x" * (MAX_CREDIT + 1))))
    assert store.media.get(items[0].id) == before


def test_trash_undo_and_redo(store: Store, client: Client, items: list[MediaItem]) -> None:
    ids = [items[0].id, items[2].id]
    trashed = execute(store, call(ops.move_to_trash, ids))
    assert trashed.value == 2 and trashed.changes.touches(Entity.MEDIA, Entity.TRASH)
    assert store.media.count(MediaQuery(client.id)) == 1
    assert {t.id for t in store.trash.list(client_id=client.id)} == set(ids)

    assert trashed.undo is not None
    restored = execute(store, trashed.undo)
    assert [i.id for i in restored.value] == ids
    assert store.media.count(MediaQuery(client.id)) == 3 and store.trash.list() == []

    assert restored.undo is not None  # the redo
    execute(store, restored.undo)
    assert store.media.count(MediaQuery(client.id)) == 1


def test_trashing_stops_whole_at_a_missing_item(store: Store, client: Client, items: list[MediaItem]) -> None:
    """An operation that fails half-way leaves nothing written: the first two stay in the library."""
    with pytest.raises(NotFound):
        execute(store, call(ops.move_to_trash, [items[0].id, items[1].id, 999_999]))
    assert store.media.count(MediaQuery(client.id)) == 3 and store.trash.list() == []


def test_record_a_staged_file_and_discard_a_failed_one(
    store: Store, client: Client, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    staged = store.media.files.stage(_photo(tmp_path / "galette.jpg"))
    outcome = execute(store, call(ops.record_staged, staged, client.id))
    assert outcome.value.status == "added" and outcome.changes.touches(Entity.MEDIA)
    again = execute(store, call(ops.record_staged, staged, client.id)).value
    assert (again.status, again.item.id) == ("duplicate", outcome.value.item.id)

    other = store.media.files.stage(_photo(tmp_path / "vitrine.jpg", color=(1, 2, 3)))

    def disk_full(media_id: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store.media, "_index", disk_full)
    with pytest.raises(OSError):
        execute(store, call(ops.record_staged, other, client.id))
    execute(store, call(ops.discard_staged, other))
    assert store.media.count(MediaQuery(client.id)) == 1
    assert [p.name.split(".")[0] for p in _content_files(store)] == [staged.sha256]


@pytest.mark.parametrize(("width", "height"), [(12000, 9000), (16320, 12240)])
def test_phone_photos_of_108_and_200_megapixels_import(
    store: Store, client: Client, tmp_path: Path, width: int, height: int
) -> None:
    """Issue 15: the library took at most 100 MP; phones take 108 and 200 MP photos."""
    original = solid_grey_jpeg(tmp_path / "phone.jpg", width, height)
    item = execute(store, call(ops.import_file, original, client.id)).value.item
    assert (item.kind, item.width, item.height) == ("image", width, height)
    stored = store.media.path_for(item.id)
    assert stored is not None and stored.read_bytes() == original.read_bytes()  # the original, kept whole
    # Issue 16: a whole photo is not decoded at import; its thumbnail is built when first shown.
    assert store.media.files.existing_thumbnail(item.sha256) is None
    assert store.media.files.ensure_thumbnail(item.sha256, item.kind) is not None
