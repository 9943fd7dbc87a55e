"""core.media: typing by content, image checks (truncation, bombs, EXIF), video parsers, thumbnails."""

from __future__ import annotations

import io
import struct
import sys
import zipfile
import zlib
from pathlib import Path

import pytest
from PIL import Image

from cmtoolbox.core import media
from cmtoolbox.core.media import MediaError, mp4_info, probe, sniff, sniff_file, webm_info
from tests.pictures import progressive_jpeg_header, solid_grey_jpeg

DATA = Path(__file__).parent / "data" / "media"


def _peak_rss_mb() -> float | None:
    """The process's peak resident memory so far (Linux), None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _jpeg(path: Path, size: tuple[int, int] = (640, 480), **save: object) -> Path:
    Image.new("RGB", size, (200, 120, 60)).save(path, "JPEG", quality=80, **save)
    return path


def _png_header(width: int, height: int) -> bytes:
    """A PNG whose header claims this size, with one tiny IDAT: enough for Pillow to read the size."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


# -- sniffing ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "kind", "ext"),
    [
        (b"\xff\xd8\xff\xe0" + b"\0" * 20, "image", "jpg"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 20, "image", "png"),
        (b"GIF89a" + b"\0" * 20, "gif", "gif"),
        (b"RIFF\0\0\0\0WEBPVP8 ", "image", "webp"),
        (b"II*\x00" + b"\0" * 20, "image", "tif"),
        (b"\0\0\0\x18ftypmp42\0\0\0\0", "video", "mp4"),
        (b"\0\0\0\x14ftypqt  \0\0\0\0", "video", "mov"),
        (b"\0\0\0\x18ftypM4V \0\0\0\0", "video", "m4v"),
        (b"\0\0\0\x08wide\0\0\0\0mdat", "video", "mov"),
        (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x84webm", "video", "webm"),
        (b"%PDF-1.7\n", "pdf", "pdf"),
    ],
)
def test_sniff_by_magic_bytes(head: bytes, kind: str, ext: str) -> None:
    found = sniff(head, "whatever.bin")
    assert found is not None and (found.kind, found.ext) == (kind, ext)


def test_sniff_refuses_what_it_cannot_decode() -> None:
    assert sniff(b"\0\0\0\x18ftypheic\0\0\0\0") is None  # HEIF needs a plugin Pillow lacks
    assert sniff(b"\0\0\0\x18ftypM4A \0\0\0\0") is None  # audio
    assert sniff(b"hello, this is text") is None
    assert sniff(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 8, "notes.msg") is None


def test_legacy_office_files_are_told_apart_by_extension() -> None:
    head = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 8
    assert sniff(head, "Brief.DOC").ext == "doc"  # type: ignore[union-attr]
    assert sniff(head, "chiffres.xls").ext == "xls"  # type: ignore[union-attr]


def _zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def test_office_and_opendocument_files_are_read_inside_the_zip(tmp_path: Path) -> None:
    docx = _zip(tmp_path / "brief.docx", {"[Content_Types].xml": b"<x/>", "word/document.xml": b"<w/>"})
    pptx = _zip(tmp_path / "deck.pptx", {"[Content_Types].xml": b"<x/>", "ppt/presentation.xml": b"<p/>"})
    xlsx = _zip(tmp_path / "kpi.xlsx", {"[Content_Types].xml": b"<x/>", "xl/workbook.xml": b"<x/>"})
    odt = _zip(tmp_path / "charte.odt", {"mimetype": b"application/vnd.oasis.opendocument.text"})
    plain = _zip(tmp_path / "photos.zip", {"a.txt": b"a"})
    assert [sniff_file(p).ext for p in (docx, pptx, xlsx, odt)] == ["docx", "pptx", "xlsx", "odt"]  # type: ignore[union-attr]
    assert sniff_file(plain) is None


def test_a_png_renamed_jpg_is_a_png(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    Image.new("RGB", (40, 30)).save(path, "PNG")
    info = probe(path)
    assert (info.mime, info.ext, info.width, info.height) == ("image/png", "png", 40, 30)


def test_a_text_file_renamed_jpg_is_refused_as_a_mismatch(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    path.write_text("not a picture at all", "utf-8")
    with pytest.raises(MediaError) as caught:
        probe(path)
    assert caught.value.code == "mismatch" and caught.value.values["ext"] == "jpg"


def test_an_unknown_file_is_unsupported(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello", "utf-8")
    with pytest.raises(MediaError) as caught:
        probe(path)
    assert caught.value.code == "unsupported"


# -- images ------------------------------------------------------------------------------------------


def test_image_probe_reads_size_and_writes_a_thumbnail(tmp_path: Path) -> None:
    path = _jpeg(tmp_path / "a.jpg", (1600, 900))
    thumb = tmp_path / "thumbs" / "a.webp"
    info = probe(path, thumbnail=thumb)
    assert (info.kind, info.mime, info.width, info.height) == ("image", "image/jpeg", 1600, 900)
    with Image.open(thumb) as small:
        assert small.format == "WEBP" and max(small.size) == media.THUMBNAIL_SIZE
        assert small.size == (320, 180)


def test_exif_orientation_swaps_the_displayed_size(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 CW to display: a phone held upright
    path = _jpeg(tmp_path / "upright.jpg", (400, 300), exif=exif.tobytes())
    thumb = tmp_path / "t.webp"
    info = probe(path, thumbnail=thumb)
    assert (info.width, info.height) == (300, 400)
    with Image.open(thumb) as small:
        assert small.size[0] < small.size[1]


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
def test_a_truncated_image_is_corrupt(tmp_path: Path, fmt: str) -> None:
    buffer = io.BytesIO()
    Image.effect_noise((800, 600), 80).convert("RGB").save(buffer, fmt)
    path = tmp_path / f"cut.{fmt.lower()}"
    path.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])
    with pytest.raises(MediaError) as caught:
        probe(path, thumbnail=tmp_path / "t.webp")
    assert caught.value.code == "corrupt"
    assert not (tmp_path / "t.webp").exists()


def test_a_decompression_bomb_is_refused_before_decoding(tmp_path: Path) -> None:
    # 12000 x 10000 = 120 MP in a hundred bytes: no honest compression gets there.
    path = tmp_path / "bomb.png"
    path.write_bytes(_png_header(12000, 10000))
    with pytest.raises(MediaError) as caught:
        probe(path)
    assert caught.value.code == "bomb"
    assert caught.value.values["reason"] == "ratio"
    assert caught.value.values["size"] == path.stat().st_size


def test_a_huge_bomb_caught_by_pillow_is_a_bomb_too(tmp_path: Path) -> None:
    path = tmp_path / "huge.png"
    path.write_bytes(_png_header(60000, 60000))  # 3.6 gigapixels in a few bytes
    with pytest.raises(MediaError) as caught:
        probe(path)
    assert caught.value.code == "bomb"
    assert caught.value.values["reason"] == "pixels"
    assert caught.value.values["limit"] == media.MAX_IMAGE_PIXELS


@pytest.mark.parametrize(("width", "height"), [(12000, 9000), (16320, 12240)])
def test_phone_photos_of_108_and_200_megapixels_are_taken(tmp_path: Path, width: int, height: int) -> None:
    """Decoded at 1/8 scale: every byte is read (so a cut file still shows) in a few MB."""
    path = solid_grey_jpeg(tmp_path / "phone.jpg", width, height)
    thumb = tmp_path / "t.webp"
    peak_before = _peak_rss_mb()
    info = probe(path, thumbnail=thumb)
    peak_after = _peak_rss_mb()
    assert (info.kind, info.width, info.height) == ("image", width, height)
    if peak_before is not None and peak_after is not None:
        assert peak_after - peak_before < 200  # decoded whole, 200 MP would take 800 MB
    with Image.open(thumb) as small:
        assert max(small.size) == media.THUMBNAIL_SIZE
        assert small.getpixel((10, 10)) == (128, 128, 128)
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(MediaError) as caught:
        probe(cut)
    assert caught.value.code == "corrupt"


def test_a_gigapixel_jpeg_is_refused_unread(tmp_path: Path) -> None:
    path = progressive_jpeg_header(tmp_path / "absurd.jpg", 40000, 30000)  # 1.2 GP
    with pytest.raises(MediaError) as caught:
        probe(path)
    assert caught.value.values["reason"] == "pixels"


def test_what_cannot_be_decoded_reduced_stops_at_the_whole_decode_limit(tmp_path: Path) -> None:
    """A progressive JPEG keeps every coefficient in memory at any scale: 266 MP is too many,
    even in a file big enough to pass the decompression-bomb ratio."""
    path = progressive_jpeg_header(tmp_path / "progressive.jpg", 16320, 16320, padding=800_000)
    with pytest.raises(MediaError) as caught:
        probe(path)
    assert (caught.value.code, caught.value.values["reason"]) == ("bomb", "decode")
    assert caught.value.values["limit"] == media.MAX_WHOLE_DECODE_PIXELS


def test_an_animated_gif_has_frames_and_a_duration(tmp_path: Path) -> None:
    frames = [Image.new("RGB", (60, 40), (i * 60, 100, 200 - i * 40)) for i in range(4)]
    path = tmp_path / "anim.gif"
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=120, loop=0)
    info = probe(path, thumbnail=tmp_path / "t.webp")
    assert (info.kind, info.frames, info.duration_ms) == ("gif", 4, 480)
    assert (tmp_path / "t.webp").is_file()


# -- files that are not there or too big -------------------------------------------------------------


def test_missing_empty_and_folder(tmp_path: Path) -> None:
    for path, code in (
        (tmp_path / "gone.jpg", "missing"),
        (tmp_path, "not_a_file"),
    ):
        with pytest.raises(MediaError) as caught:
            probe(path)
        assert caught.value.code == code
    empty = tmp_path / "empty.jpg"
    empty.touch()
    with pytest.raises(MediaError) as caught:
        probe(empty)
    assert caught.value.code == "empty"


def test_a_4_gb_video_is_too_large_without_being_read(tmp_path: Path) -> None:
    path = tmp_path / "rush.mp4"
    with open(path, "wb") as f:
        f.write(b"\0\0\0\x18ftypmp42\0\0\0\0mp42isom")
        f.truncate(4 * 1024**3)  # sparse: no disk used
    with pytest.raises(MediaError) as caught:
        probe(path)
    assert caught.value.code == "too_large"
    assert caught.value.values == {"size": 4 * 1024**3, "limit": media.MAX_FILE_BYTES}


# -- videos ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "mime", "size", "duration"),
    [
        ("clip-h264-96x160.mp4", "video/mp4", (96, 160), 2000),
        ("clip-h264-160x96.mov", "video/quicktime", (160, 96), 3000),
        ("clip-vp8-128x72.webm", "video/webm", (128, 72), 2000),
    ],
)
def test_real_videos_made_by_ffmpeg(name: str, mime: str, size: tuple[int, int], duration: int) -> None:
    info = probe(DATA / name)
    assert (info.kind, info.mime) == ("video", mime)
    assert (info.width, info.height) == size
    assert info.duration_ms == duration


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def _mp4(
    *, version: int = 0, rotate: bool = False, fragmented: bool = False, big_mdat: bool = False
) -> bytes:
    """A hand-made mp4: ftyp, (mdat with a 64-bit size), moov with mvhd and one video trak."""
    timescale, duration = 600, 0 if fragmented else 600 * 75  # 75 s
    if version == 1:
        mvhd = bytes([1, 0, 0, 0]) + b"\0" * 16 + struct.pack(">IQ", timescale, duration) + b"\0" * 80
    else:
        mvhd = bytes(4) + b"\0" * 8 + struct.pack(">II", timescale, duration) + b"\0" * 80
    one, zero = 0x00010000, 0
    matrix = (
        (zero, one, zero, -one, zero, zero, zero, zero, 0x40000000)
        if rotate
        else (one, zero, zero, zero, one, zero, zero, zero, 0x40000000)
    )
    tkhd = (
        bytes(4)
        + b"\0" * 20
        + b"\0" * 8
        + b"\0" * 8
        + struct.pack(">9i", *matrix)
        + struct.pack(">II", 1920 << 16, 1080 << 16)
    )
    hdlr = bytes(4) + bytes(4) + b"vide" + bytes(12) + b"Video\0"
    trak = _box(b"trak", _box(b"tkhd", tkhd) + _box(b"mdia", _box(b"hdlr", hdlr)))
    sound = _box(b"trak", _box(b"tkhd", tkhd) + _box(b"mdia", _box(b"hdlr", bytes(8) + b"soun" + bytes(12))))
    extra = _box(b"mvex", _box(b"mehd", bytes(4) + struct.pack(">I", 600 * 42))) if fragmented else b""
    moov = _box(b"moov", _box(b"mvhd", mvhd) + sound + trak + extra)
    mdat = (
        struct.pack(">I", 1) + b"mdat" + struct.pack(">Q", 16 + 32) + b"\0" * 32
        if big_mdat
        else _box(b"mdat", b"\0" * 32)
    )
    return _box(b"ftyp", b"isom\0\0\0\0isom") + mdat + moov


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({}, (1920, 1080, 75000)),
        ({"version": 1, "big_mdat": True}, (1920, 1080, 75000)),
        ({"rotate": True}, (1080, 1920, 75000)),  # a phone filming upright
        ({"fragmented": True}, (1920, 1080, 42000)),
    ],
)
def test_mp4_box_reader(kwargs: dict, expected: tuple[int, int, int]) -> None:
    info = mp4_info(io.BytesIO(_mp4(**kwargs)))
    assert (info.width, info.height, info.duration_ms) == expected


def test_mp4_without_moov_is_corrupt() -> None:
    with pytest.raises(MediaError) as caught:
        mp4_info(io.BytesIO(_box(b"ftyp", b"isom\0\0\0\0") + _box(b"mdat", b"\0" * 100)))
    assert caught.value.code == "corrupt"


def test_webm_without_duration_has_none() -> None:
    # EBML header, then a Segment of unknown size holding only Tracks with one video track.
    video = b"\xb0\x82\x02\x80" + b"\xba\x82\x01\x68"  # PixelWidth 640, PixelHeight 360
    entry = b"\x83\x81\x01" + b"\xe0" + bytes([0x80 | len(video)]) + video
    track = b"\xae" + bytes([0x80 | len(entry)]) + entry
    tracks = b"\x16\x54\xae\x6b" + bytes([0x80 | len(track)]) + track
    header = b"\x1a\x45\xdf\xa3\x87\x42\x82\x84webm"
    doc = header + b"\x18\x53\x80\x67\x01\xff\xff\xff\xff\xff\xff\xff" + tracks
    info = webm_info(io.BytesIO(doc))
    assert (info.width, info.height, info.duration_ms) == (640, 360, None)


def test_a_cut_video_does_not_crash(tmp_path: Path) -> None:
    data = (DATA / "clip-h264-96x160.mp4").read_bytes()
    path = tmp_path / "cut.mp4"
    path.write_bytes(data[:200])  # moov after mdat in this file: cut away
    with pytest.raises(MediaError) as caught:
        probe(path)
    assert caught.value.code == "corrupt"


def test_video_first_frame_thumbnail_when_pyav_is_installed(tmp_path: Path) -> None:
    pytest.importorskip("av", reason="PyAV is optional: without it videos show their type icon")
    thumb = tmp_path / "v.webp"
    info = probe(DATA / "clip-h264-96x160.mp4", thumbnail=thumb)
    assert info.warnings == ()
    with Image.open(thumb) as small:
        assert small.size == (96, 160)
