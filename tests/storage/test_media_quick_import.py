"""Issue 16: importing a camera photo copies, hashes and records it without decoding it; its
thumbnail is built afterwards, and a cut photo is still refused with nothing left behind."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from cmtoolbox.core import media
from cmtoolbox.core.media import MediaError
from cmtoolbox.storage.media import MediaQuery


@pytest.fixture
def client(store):  # noqa: ANN001, ANN201
    return store.clients.create("Studio Photo")


def _camera_photo(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.radial_gradient("L").convert("RGB").resize((3000, 2000)).save(path, "JPEG", quality=90)
    return path


def _files(store) -> list[Path]:  # noqa: ANN001
    return sorted(p for p in store.files_dir.rglob("*") if p.is_file())


def test_a_camera_photo_is_recorded_before_its_thumbnail_exists(store, client, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    source = _camera_photo(tmp_path / "in" / "IMG_0001.jpg")
    made: list[Path] = []
    real = media._thumbnail_from
    monkeypatch.setattr(media, "_thumbnail_from", lambda image, dest: (made.append(dest), real(image, dest)))

    item = store.media.import_file(source, client.id).item
    assert made == []  # not decoded while importing
    assert (item.kind, item.width, item.height) == ("image", 3000, 2000)
    assert store.media.path_for(item.id).read_bytes() == source.read_bytes()  # type: ignore[union-attr]
    assert store.media.files.existing_thumbnail(item.sha256) is None  # the grid shows a placeholder

    # Later, on a worker (the grid's ThumbnailCache): the thumbnail is built from the stored file.
    thumb = store.media.files.ensure_thumbnail(item.sha256, item.kind)
    assert thumb is not None and len(made) == 1
    with Image.open(thumb) as picture:
        assert max(picture.size) == media.THUMBNAIL_SIZE
    assert store.media.files.ensure_thumbnail(item.sha256, item.kind) == thumb and len(made) == 1


@pytest.mark.parametrize("keep", [0.5, 0.999])
def test_a_cut_camera_photo_is_still_refused_and_nothing_is_kept(
    store, client, tmp_path, keep: float
) -> None:  # noqa: ANN001
    source = _camera_photo(tmp_path / "in" / "IMG_0002.jpg")
    data = source.read_bytes()
    source.write_bytes(data[: int(len(data) * keep)])
    before = source.read_bytes()
    with pytest.raises(MediaError) as caught:
        store.media.import_file(source, client.id)
    assert caught.value.code == "corrupt" and caught.value.values["name"] == "IMG_0002.jpg"
    assert store.media.count(MediaQuery(client.id)) == 0
    assert _files(store) == []  # no copy, no thumbnail, nothing left in .incoming
    assert source.read_bytes() == before  # the original is untouched
