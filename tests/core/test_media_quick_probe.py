"""Issue 16: a large JPEG whose markers prove it whole is imported without being decoded (its
thumbnail comes later); a cut one is still decoded at import, and refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageFile

from cmtoolbox.core import media


def photo(path: Path, size: tuple[int, int] = (2400, 1800), **save: object) -> Path:
    Image.radial_gradient("L").convert("RGB").resize(size).save(path, "JPEG", quality=85, **save)
    return path


def _no_decode(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object) -> None:
        raise AssertionError("the picture was decoded")

    Image.init()  # the plugins, loaded first, use `load` themselves
    monkeypatch.setattr(media, "_thumbnail_from", refuse)
    monkeypatch.setattr(ImageFile.ImageFile, "load", refuse)


@pytest.mark.parametrize("progressive", [False, True])
def test_a_whole_large_jpeg_is_not_decoded_by_the_quick_probe(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, progressive: bool
) -> None:
    source = photo(tmp_path / "IMG_0001.jpg", progressive=progressive)
    assert media.jpeg_is_whole(source)
    _no_decode(monkeypatch)
    info = media.probe(source, thumbnail=tmp_path / "thumb.webp", quick=True)
    assert (info.kind, info.width, info.height) == ("image", 2400, 1800)
    assert info.warnings == ("thumbnail_later",)
    assert not (tmp_path / "thumb.webp").exists()


def test_the_deferred_thumbnail_is_made_later(tmp_path: Path) -> None:
    source = photo(tmp_path / "IMG_0001.jpg")
    media.probe(source, quick=True)
    assert media.make_thumbnail(source, media.KIND_IMAGE, tmp_path / "thumb.webp")
    with Image.open(tmp_path / "thumb.webp") as thumb:
        assert max(thumb.size) == media.THUMBNAIL_SIZE


def test_the_quick_probe_keeps_the_exif_orientation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # turned a quarter: shown 1800 x 2400
    source = photo(tmp_path / "portrait.jpg", exif=exif.tobytes())
    _no_decode(monkeypatch)
    info = media.probe(source, quick=True)
    assert (info.width, info.height) == (1800, 2400)


def _cuts(data: bytes) -> dict[str, int]:
    sos = data.index(b"\xff\xda")
    scan = sos + 2 + int.from_bytes(data[sos + 2 : sos + 4], "big")
    return {
        "in the header": sos // 2,
        "just after the scan header": scan,
        "in the scan": (scan + len(data)) // 2,
        "one byte before the end": len(data) - 1,
    }


@pytest.mark.parametrize(
    "where", ["in the header", "just after the scan header", "in the scan", "one byte before the end"]
)
def test_a_cut_jpeg_is_not_vouched_for(tmp_path: Path, where: str) -> None:
    source = photo(tmp_path / "IMG_0002.jpg")
    data = source.read_bytes()
    source.write_bytes(data[: _cuts(data)[where]])
    assert not media.jpeg_is_whole(source)


@pytest.mark.parametrize("where", ["just after the scan header", "in the scan", "one byte before the end"])
def test_a_cut_jpeg_is_decoded_and_refused_even_by_the_quick_probe(tmp_path: Path, where: str) -> None:
    source = photo(tmp_path / "IMG_0002.jpg")
    data = source.read_bytes()
    source.write_bytes(data[: _cuts(data)[where]])
    with pytest.raises(media.MediaError) as caught:
        media.probe(source, thumbnail=tmp_path / "thumb.webp", quick=True)
    assert caught.value.code == "corrupt"
    assert not (tmp_path / "thumb.webp").exists()


def test_a_cut_that_ends_on_an_exif_thumbnail_is_not_taken_for_a_whole_file(tmp_path: Path) -> None:
    """An EXIF thumbnail is a JPEG inside the header: its FF D9 must not vouch for the photo."""
    small = photo(tmp_path / "small.jpg", (160, 120)).read_bytes()
    app1 = b"Exif\x00\x00" + small  # not real EXIF: only the bytes' position matters here
    data = photo(tmp_path / "IMG_0003.jpg").read_bytes()
    data = data[:2] + b"\xff\xe1" + (len(app1) + 2).to_bytes(2, "big") + app1 + data[2:]
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(data[: 2 + 4 + len(app1)])  # ends with the small picture's FF D9
    assert cut.read_bytes().endswith(b"\xff\xd9")
    assert not media.jpeg_is_whole(cut)


def test_unusual_files_fall_back_to_the_whole_decode(tmp_path: Path) -> None:
    """Bytes after the end marker (some cameras pad files) or a small picture: decoded as before."""
    padded = photo(tmp_path / "padded.jpg")
    padded.write_bytes(padded.read_bytes() + b"\x00" * 64)
    info = media.probe(padded, thumbnail=tmp_path / "padded.webp", quick=True)
    assert info.warnings == () and (tmp_path / "padded.webp").exists()
    small = photo(tmp_path / "small.jpg", (1080, 1080))
    info = media.probe(small, thumbnail=tmp_path / "small.webp", quick=True)
    assert info.warnings == () and (tmp_path / "small.webp").exists()
