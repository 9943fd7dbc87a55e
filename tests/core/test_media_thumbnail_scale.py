"""A photo's thumbnail comes from the smallest JPEG decode still as large as the thumbnail
(issue 16: the full-size decode was most of an import), and the file is still read whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from cmtoolbox.core import media


def photo(path: Path, size: tuple[int, int]) -> Path:
    Image.radial_gradient("L").convert("RGB").resize(size).save(path, "JPEG", quality=85)
    return path


def test_a_large_jpeg_is_decoded_at_reduced_scale_for_its_thumbnail(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    source = photo(tmp_path / "IMG_0001.jpg", (4000, 3000))
    decoded: list[tuple[int, int]] = []
    real = media._thumbnail_from

    def spy(image: Image.Image, dest: Path) -> None:
        decoded.append(image.size)
        real(image, dest)

    monkeypatch.setattr(media, "_thumbnail_from", spy)
    info = media.probe(source, thumbnail=tmp_path / "thumb.webp")
    assert (info.width, info.height) == (4000, 3000)
    assert decoded == [(500, 375)]  # 1/8: the smallest scale whose sides stay >= THUMBNAIL_SIZE
    with Image.open(tmp_path / "thumb.webp") as thumb:
        assert max(thumb.size) == media.THUMBNAIL_SIZE


def test_a_truncated_jpeg_is_still_refused(tmp_path: Path) -> None:
    source = photo(tmp_path / "IMG_0002.jpg", (4000, 3000))
    source.write_bytes(source.read_bytes()[: source.stat().st_size // 2])
    with pytest.raises(media.MediaError) as caught:
        media.probe(source, thumbnail=tmp_path / "thumb.webp")
    assert caught.value.code == "corrupt"
