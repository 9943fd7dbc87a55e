"""store.media and the content-addressed file store: atomic imports, dedupe, trash, search, usages."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from PIL import Image

from cmtoolbox.core.media import MediaError
from cmtoolbox.storage.errors import InvalidValue
from cmtoolbox.storage.media import MediaQuery, linked_hashes
from cmtoolbox.storage.samples import create_sample_client
from cmtoolbox.storage.search import SearchFilters, search_all


def _photo(path: Path, size: tuple[int, int] = (1080, 1080),
           color: tuple[int, int, int] = (200, 120, 60)) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, color).save(path, "JPEG", quality=85)
    return path


def _files_in(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


@pytest.fixture
def client(store):  # noqa: ANN001, ANN201
    return store.clients.create("Boulangerie Test")


def test_import_copies_into_the_content_store_and_leaves_the_original(store, client, tmp_path) -> None:  # noqa: ANN001
    source = _photo(tmp_path / "in" / "Croissants.JPG")
    before = (source.read_bytes(), source.stat().st_mtime_ns)
    outcome = store.media.import_file(source, client.id)
    item = outcome.item
    sha = hashlib.sha256(source.read_bytes()).hexdigest()
    assert outcome.status == "added"
    assert (item.sha256, item.kind, item.ext, item.width, item.height) == (sha, "image", "jpg", 1080, 1080)
    assert item.original_name == "Croissants.JPG" and item.display_title == "Croissants.JPG"
    stored = store.files_dir / sha[:2] / sha[2:4] / f"{sha}.jpg"
    assert store.media.path_for(item.id) == stored and stored.read_bytes() == before[0]
    assert (source.read_bytes(), source.stat().st_mtime_ns) == before  # untouched, still there
    assert store.media.files.existing_thumbnail(sha) is not None
    assert not any((store.files_dir / ".incoming").iterdir())
    assert store.take_changes().touches("media")


def test_the_same_file_is_kept_once(store, client, tmp_path) -> None:  # noqa: ANN001
    source = _photo(tmp_path / "a.jpg")
    copy = tmp_path / "renamed copy.jpg"
    copy.write_bytes(source.read_bytes())
    first = store.media.import_file(source, client.id)
    again = store.media.import_file(copy, client.id)
    assert again.status == "duplicate" and again.item.id == first.item.id
    other = store.clients.create("Fromagerie")
    shared = store.media.import_file(copy, other.id)
    assert shared.status == "added" and shared.item.id != first.item.id
    assert shared.item.sha256 == first.item.sha256
    content = [p for p in _files_in(store.files_dir) if "thumbs" not in p.parts]
    assert len(content) == 1


def test_reimporting_a_trashed_file_restores_it(store, client, tmp_path) -> None:  # noqa: ANN001
    source = _photo(tmp_path / "a.jpg")
    item = store.media.import_file(source, client.id).item
    store.media.move_to_trash(item.id)
    assert store.media.count(MediaQuery(client.id)) == 0
    outcome = store.media.import_file(source, client.id)
    assert outcome.status == "restored" and outcome.item.id == item.id and outcome.item.deleted_at is None


def test_emptying_the_trash_removes_files_no_record_uses(store, client, tmp_path) -> None:  # noqa: ANN001
    source = _photo(tmp_path / "a.jpg")
    other = store.clients.create("Fromagerie")
    mine = store.media.import_file(source, client.id).item
    theirs = store.media.import_file(source, other.id).item
    path = store.media.path_for(mine.id)
    thumb = store.media.files.existing_thumbnail(mine.sha256)
    assert path is not None and thumb is not None

    store.media.move_to_trash(mine.id)
    assert store.trash.empty(client_id=client.id) == 1
    assert path.exists(), "the other client's record still uses the file"
    store.media.move_to_trash(theirs.id)
    store.trash.empty()
    assert not path.exists() and not thumb.exists()
    assert store.media.path_for_sha(mine.sha256) is None
    assert store.db.execute("SELECT count(*) FROM media_fts").fetchone()[0] == 0


# -- atomic import -----------------------------------------------------------------------------------

def test_a_failure_while_copying_leaves_no_record_and_no_file(store, client, tmp_path) -> None:  # noqa: ANN001
    source = tmp_path / "big.jpg"
    Image.effect_noise((2000, 2000), 90).convert("RGB").save(source, "JPEG", quality=95)
    assert source.stat().st_size > 1024 * 1024  # more than one copy chunk

    def boom(done: int, total: int) -> None:
        if done >= 1024 * 1024:
            raise OSError(5, "Input/output error")  # the disk went away mid-copy

    with pytest.raises(OSError):
        store.media.import_file(source, client.id, progress=boom)
    assert store.media.count(MediaQuery(client.id)) == 0
    assert _files_in(store.files_dir) == []


def test_a_failure_while_recording_leaves_no_record_and_no_file(store, client, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    source = _photo(tmp_path / "a.jpg")

    def broken_index(media_id: int) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store.media, "_index", broken_index)
    with pytest.raises(sqlite3.OperationalError):
        store.media.import_file(source, client.id)
    assert store.db.execute("SELECT count(*) FROM media").fetchone()[0] == 0
    assert _files_in(store.files_dir) == []


def test_a_failed_record_keeps_a_file_another_record_uses(store, client, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    source = _photo(tmp_path / "a.jpg")
    other = store.clients.create("Fromagerie")
    kept = store.media.import_file(source, other.id).item
    monkeypatch.setattr(store.media, "_index", lambda media_id: (_ for _ in ()).throw(RuntimeError("boom")))
    with pytest.raises(RuntimeError):
        store.media.import_file(source, client.id)
    assert store.media.path_for(kept.id) is not None


def test_cancel_stops_the_copy_cleanly(store, client, tmp_path) -> None:  # noqa: ANN001
    source = _photo(tmp_path / "a.jpg")
    with pytest.raises(MediaError) as caught:
        store.media.import_file(source, client.id, cancel=lambda: True)
    assert caught.value.code == "cancelled"
    assert store.media.count(MediaQuery(client.id)) == 0 and _files_in(store.files_dir) == []


@pytest.mark.parametrize("case", ["renamed_text", "truncated", "bomb", "sparse_4gb", "vanished"])
def test_bad_files_get_a_code_and_leave_nothing(store, client, tmp_path, case: str) -> None:  # noqa: ANN001
    path = tmp_path / "bad.jpg"
    if case == "renamed_text":
        path.write_text("Compte rendu de réunion", "utf-8")
        expected = "mismatch"
    elif case == "truncated":
        Image.effect_noise((600, 600), 80).convert("RGB").save(path, "JPEG")
        path.write_bytes(path.read_bytes()[:3000])
        expected = "corrupt"
    elif case == "bomb":
        path = tmp_path / "bomb.png"
        Image.new("1", (11000, 10000)).save(path, "PNG")
        expected = "bomb"
    elif case == "sparse_4gb":
        path = tmp_path / "rush.mp4"
        with open(path, "wb") as f:
            f.write(b"\0\0\0\x18ftypmp42\0\0\0\0mp42isom")
            f.truncate(4 * 1024**3)
        expected = "too_large"
    else:
        expected = "missing"  # listed by the folder walk, deleted before its turn came
    with pytest.raises(MediaError) as caught:
        store.media.import_file(path, client.id)
    assert caught.value.code == expected
    assert caught.value.values["name"] == path.name
    assert store.db.execute("SELECT count(*) FROM media").fetchone()[0] == 0
    assert _files_in(store.files_dir) == []


# -- metadata, tags, search --------------------------------------------------------------------------

def test_metadata_editing_and_validation(store, client, tmp_path) -> None:  # noqa: ANN001
    item = store.media.import_file(_photo(tmp_path / "a.jpg"), client.id).item
    updated = store.media.update(
        item.id, title="  Galette   des rois ", description="Story\r\nÉpiphanie",
        alt_text="Une galette dorée",
        credit="Studio Lumière", licence="CC BY 4.0", rights_expire_on="2027-01-31",
    )
    assert updated.title == "Galette des rois" and updated.description == "Story\nÉpiphanie"
    assert updated.rights_expire_on == date(2027, 1, 31)
    assert store.media.update(item.id, rights_expire_on=None).rights_expire_on is None
    assert store.media.update(item.id, title="Autre").credit == "Studio Lumière"  # others kept
    with pytest.raises(InvalidValue) as caught:
        store.media.update(item.id, title="x" * 201)
    assert caught.value.field == "title"
    with pytest.raises(InvalidValue):
        store.media.update(item.id, rights_expire_on="31/01/2027")


def test_rights_flags_and_filters(store, client, tmp_path) -> None:  # noqa: ANN001
    today = date(2026, 6, 1)
    ids = {}
    cases = (("ok", 90), ("soon", 20), ("today", 0), ("gone", -1), ("none", None))
    for n, (name, days) in enumerate(cases):
        photo = _photo(tmp_path / f"{name}.jpg", color=(n * 40, 10, 10))
        item = store.media.import_file(photo, client.id).item
        if days is not None:
            store.media.update(item.id, rights_expire_on=today + timedelta(days=days))
        ids[name] = item.id
    status = {n: store.media.get(i).rights_status(today) for n, i in ids.items()}
    assert status == {"ok": "ok", "soon": "expiring", "today": "expiring", "gone": "expired", "none": "none"}

    def names(rights: str) -> set[str]:
        found = {i.id for i in store.media.page(MediaQuery(client.id, rights=rights, today=today))}
        return {n for n, i in ids.items() if i in found}

    assert names("expiring") == {"soon", "today"}
    assert names("expired") == {"gone"}
    assert names("flagged") == {"soon", "today", "gone"}
    assert names("unknown") == {"none"}  # no licence and no end date
    soonest_first = [i.id for i in store.media.expiring(client.id, today=today)]
    assert soonest_first == [ids["gone"], ids["today"], ids["soon"]]


def test_tags_filters_and_search(store, client, tmp_path) -> None:  # noqa: ANN001
    photo = _photo(tmp_path / "galette-des-rois.jpg")
    galette = store.media.import_file(photo, client.id, tags=["Story"]).item
    store.media.update(galette.id, alt_text="Une galette à la frangipane, couronne dorée")
    pain = store.media.import_file(_photo(tmp_path / "pain.jpg", color=(10, 200, 10)), client.id).item
    store.media.set_tags(pain.id, ["#œuvre", "feed"])
    store.media.update(pain.id, title="Chef-d’œuvre du fournil")
    assert store.media.get(pain.id).tags == ("feed", "œuvre")
    assert store.media.tag_names(client.id) == ["feed", "Story", "œuvre"]

    def found(**kwargs: object) -> list[int]:
        return [i.id for i in store.media.page(MediaQuery(client.id, **kwargs))]  # type: ignore[arg-type]

    assert found(text="frangipane") == [galette.id]  # alt text
    assert found(text="GALETTE") == [galette.id]  # file name words
    assert found(text="oeuvre") == [pain.id]  # œ folded
    assert found(text="chef d'oeuvre") == [pain.id]
    assert found(text="fourn") == [pain.id]  # prefix while typing
    assert found(text="!!") == []
    assert found(tag="story") == [galette.id]
    assert found(kinds=("video",)) == []
    assert store.media.count(MediaQuery(client.id, kinds=("image",))) == 2

    hits = search_all(store, "couronne", SearchFilters(client_id=client.id))
    assert [h.id for h in hits["media"]] == [galette.id]
    assert "<mark>couronne</mark>" in hits["media"][0].snippet_html
    assert search_all(store, "couronne", SearchFilters(client_id=client.id + 99)).get("media") is None
    store.media.move_to_trash(galette.id)
    assert "media" not in search_all(store, "couronne")


def test_lazy_pages_are_newest_first(store, client, tmp_path) -> None:  # noqa: ANN001
    ids = [store.media.import_file(_photo(tmp_path / f"{n}.jpg", color=(n * 20, 0, 0)), client.id).item.id
           for n in range(7)]
    query = MediaQuery(client.id)
    assert store.media.count(query) == 7
    pages = store.media.page(query, 0, 3) + store.media.page(query, 3, 3) + store.media.page(query, 6, 3)
    assert [i.id for i in pages] == list(reversed(ids))


# -- usages and the notes resolver -------------------------------------------------------------------

def test_usages_in_notes_and_drafts(store, client, tmp_path) -> None:  # noqa: ANN001
    item = store.media.import_file(_photo(tmp_path / "a.jpg"), client.id).item
    note = store.notes.create(client.id, "Idées janvier", f"Visuel : {item.markdown()}")
    store.notes.create(client.id, "Sans image", "Rien ici")
    assert linked_hashes(item.markdown()) == {item.sha256}
    assert item.markdown() == f"![a.jpg](media:{item.sha256})"
    store.media.set_usages("drafts", 42, [item.id])
    usages = {(u.entity, u.entity_id): u.title for u in store.media.usages(item.id)}
    assert usages == {("notes", note.id): "Idées janvier", ("drafts", 42): ""}
    store.notes.move_to_trash(note.id)
    assert [(u.entity, u.entity_id) for u in store.media.usages(item.id)] == [("drafts", 42)]
    store.media.set_usages("drafts", 42, [])
    assert store.media.usages(item.id) == []


def test_path_for_sha_resolves_the_notes_preview_images(store, client, tmp_path) -> None:  # noqa: ANN001
    item = store.media.import_file(_photo(tmp_path / "a.jpg"), client.id).item
    assert store.media.path_for_sha(item.sha256) == store.media.path_for(item.id)
    assert store.media.path_for_sha(item.sha256.upper()) == store.media.path_for(item.id)
    assert store.media.path_for_sha("0" * 64) is None
    assert store.media.path_for_sha("../../etc/passwd") is None


def test_garbage_collection_spares_recent_files(store, client, tmp_path) -> None:  # noqa: ANN001
    staged = store.media.files.stage(_photo(tmp_path / "orphan.jpg"))  # a crash before recording
    kept = store.media.import_file(_photo(tmp_path / "kept.jpg", color=(1, 2, 3)), client.id).item
    assert store.media.collect_garbage() == 0  # too young: an import may be recording it
    old = time.time() - 3 * 24 * 3600
    os.utime(staged.path, (old, old))
    assert store.media.collect_garbage() == 1
    assert store.media.files.find(staged.sha256) is None
    assert store.media.files.existing_thumbnail(staged.sha256) is None
    assert store.media.path_for(kept.id) is not None


def test_deleting_a_client_cascades_to_its_media(store, client, tmp_path) -> None:  # noqa: ANN001
    item = store.media.import_file(_photo(tmp_path / "a.jpg"), client.id, tags=["x"]).item
    with store.db.atomic():
        store.db.execute("DELETE FROM clients WHERE id = ?", [client.id])
    for table in ("media", "media_tags", "media_fts"):
        assert store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    assert item.id


def test_schema_refuses_bad_rows(store, client) -> None:  # noqa: ANN001
    with pytest.raises(sqlite3.IntegrityError):
        with store.db.atomic():
            store.db.execute(
                "INSERT INTO media (client_id, sha256, kind, mime, ext, size_bytes, original_name, "
                "created_at, updated_at) VALUES (?, ?, 'image', 'image/png', 'png', 10, 'a.png', 'x', 'x')",
                [client.id, "NOT-A-HASH"],
            )
    with pytest.raises(sqlite3.IntegrityError):
        with store.db.atomic():
            store.db.execute(
                "INSERT INTO media (client_id, sha256, kind, mime, ext, size_bytes, original_name, "
                "rights_expire_on, created_at, updated_at) VALUES (?, ?, 'image', 'image/png', 'png', 10, "
                "'a.png', '31/01/2027', 'x', 'x')",
                [client.id, "a" * 64],
            )


def test_sample_client_has_the_bakery_pictures(store) -> None:  # noqa: ANN001
    client = create_sample_client(store)
    items = store.media.page(MediaQuery(client.id))
    assert len(items) == 5
    assert all(i.alt_text and i.credit and i.licence for i in items)
    assert {i.rights_status() for i in items} == {"none", "expiring", "expired"}
    for item in items:
        assert store.media.path_for(item.id) is not None
        assert store.media.files.existing_thumbnail(item.sha256) is not None
        assert item.size_bytes < 60_000
