"""What a media file really is: type by content, pixel size, duration, and a thumbnail.

The library trusts bytes, not names: a file is typed by its magic bytes (a PNG renamed `.jpg` is a
PNG; a text file renamed `.jpg` is refused), and every image is decoded once at import so a
truncated file or a decompression bomb is caught before it reaches the library, not when the grid
tries to paint it.

Big pictures are decoded reduced, never whole when it can be helped: a baseline JPEG (what cameras
and phones write, 108 and 200 MP ones included) decodes at 1/8 scale, which still reads every byte,
so a 200 MP photo is checked and thumbnailed in about 35 MB instead of 800 MB; the original file
is kept as it is. Formats Pillow can only decode whole (PNG, WebP, TIFF...) and progressive JPEGs
(libjpeg keeps every coefficient whatever the scale) stop at `MAX_WHOLE_DECODE_PIXELS`. The bomb
guard is kept for what is really absurd: over a gigapixel, or a file that claims far more pixels
than its bytes can honestly hold.

Videos are read with two small parsers of our own instead of a media library: the ISO base media
file format (mp4, mov, m4v: `moov/mvhd` gives the duration, the video track's `tkhd` the pixel size
and rotation) and EBML (webm, mkv: `Segment/Info` and `Tracks`). They read a few boxes and seek past
the rest, so a 2 GB video is probed in milliseconds and no 100 MB FFmpeg build is needed for it.
The first frame of a video becomes a thumbnail only when PyAV (`av`) is installed; without it,
videos show their type icon.

Failures are `MediaError`s with a stable `code` and the numbers behind it; the GUI turns them into
translated sentences. Nothing here imports Qt.
"""

from __future__ import annotations

import io
import os
import struct
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:  # Pillow is imported by what decodes (_open_image...), not at the app's start
    from PIL import Image

__all__ = [
    "KINDS",
    "MEDIA_EXTENSIONS",
    "MAX_FILE_BYTES",
    "MAX_IMAGE_PIXELS",
    "MAX_WHOLE_DECODE_PIXELS",
    "FileType",
    "MediaError",
    "MediaInfo",
    "VideoInfo",
    "extension_of",
    "make_thumbnail",
    "mp4_info",
    "probe",
    "sniff",
    "sniff_file",
    "video_thumbnails_available",
    "webm_info",
]

KIND_IMAGE = "image"
KIND_GIF = "gif"
KIND_VIDEO = "video"
KIND_PDF = "pdf"
KIND_DOCUMENT = "document"
KINDS = (KIND_IMAGE, KIND_GIF, KIND_VIDEO, KIND_PDF, KIND_DOCUMENT)

MAX_FILE_BYTES = 2_000_000_000
"""Largest file the library takes (2 GB). Bigger files are raw rushes rather than something a CM
posts, and copying them into the data folder would double gigabytes for nothing."""

MAX_IMAGE_PIXELS = 1_000_000_000
"""Largest image opened at all (1 gigapixel, five times a 200 MP phone photo). Beyond it a picture
is absurd or hostile, whatever it costs to decode."""

MAX_WHOLE_DECODE_PIXELS = 250_000_000
"""Largest picture decoded at full size (about 1 GB held by Pillow for RGB, one import at a time):
the limit for what cannot be decoded reduced (see the module docstring)."""

LARGE_IMAGE_PIXELS = 100_000_000
MAX_EXPANSION = 1_100
"""Above LARGE_IMAGE_PIXELS, a picture whose decoded bytes (one per channel and pixel) exceed its
file's size this many times is refused as a decompression bomb before anything is decoded. Zlib
(PNG) expands at most 1032 times and JPEG far less (a solid grey 200 MP JPEG: 192 times), so only
crafted files, or a blank 1-bit page scanned at over 100 MP, go past it."""

MAX_GIF_PIXELS = 1_000_000_000
"""Largest sum of frame pixels an animated GIF may decode to (about 850 frames of 1080 x 1080)."""

THUMBNAIL_SIZE = 320
DEFER_DECODE_PIXELS = 4_000_000
"""A JPEG larger than this (a camera or phone photo) whose markers show it whole is not decoded at
import when the caller allows it (`probe(quick=True)`): its entropy decode, tens of milliseconds
even at 1/8 scale, was most of an import (issue 16). Its thumbnail is built later, on demand."""
_JPEG_MAX_SEGMENTS = 2_000  # a real header has a few dozen; past this the quick check gives up
"""Longest side of a cached thumbnail: a 160 px grid cell at 2x screen density."""

HEAD_BYTES = 4096

# Extensions a person expects to be media: a file carrying one whose bytes are not what the name
# says gets "does not match its extension" rather than "unsupported type".
MEDIA_EXTENSIONS = frozenset(
    "jpg jpeg jfif png gif webp tif tiff bmp avif heic heif mp4 m4v mov qt webm mkv pdf "
    "doc docx xls xlsx ppt pptx odt ods odp".split()
)


class MediaError(Exception):
    """A file the library cannot take, with a stable code and the values a message needs.

    Codes: missing, not_a_file, unreadable, empty, too_large, no_space, unsupported, mismatch,
    corrupt, bomb, cancelled. A `bomb` says why in `values["reason"]`: `pixels` (over `limit`
    pixels), `decode` (over `limit` pixels to decode whole), `ratio` (too many pixels for `size`
    bytes) or `frames` (an animated GIF over `limit` pixels in all).
    """

    def __init__(self, code: str, detail: str = "", **values: object) -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail
        self.values = values


@dataclass(frozen=True)
class FileType:
    kind: str  # one of KINDS
    mime: str
    ext: str  # canonical extension, without the dot
    pil_format: str | None = None  # Pillow's format name, for images


@dataclass(frozen=True)
class VideoInfo:
    width: int | None = None
    height: int | None = None
    duration_ms: int | None = None


@dataclass(frozen=True)
class MediaInfo:
    kind: str
    mime: str
    ext: str
    size_bytes: int
    width: int | None = None  # as displayed (EXIF or track rotation applied)
    height: int | None = None
    duration_ms: int | None = None
    frames: int | None = None  # animated images only
    warnings: tuple[str, ...] = field(default=())


# -- sniffing ---------------------------------------------------------------------------------------

_JPEG = FileType(KIND_IMAGE, "image/jpeg", "jpg", "JPEG")
_PNG = FileType(KIND_IMAGE, "image/png", "png", "PNG")
_GIF = FileType(KIND_GIF, "image/gif", "gif", "GIF")
_WEBP = FileType(KIND_IMAGE, "image/webp", "webp", "WEBP")
_TIFF = FileType(KIND_IMAGE, "image/tiff", "tif", "TIFF")
_BMP = FileType(KIND_IMAGE, "image/bmp", "bmp", "BMP")
_AVIF = FileType(KIND_IMAGE, "image/avif", "avif", "AVIF")
_MP4 = FileType(KIND_VIDEO, "video/mp4", "mp4")
_M4V = FileType(KIND_VIDEO, "video/x-m4v", "m4v")
_MOV = FileType(KIND_VIDEO, "video/quicktime", "mov")
_WEBM = FileType(KIND_VIDEO, "video/webm", "webm")
_MKV = FileType(KIND_VIDEO, "video/x-matroska", "mkv")
_PDF = FileType(KIND_PDF, "application/pdf", "pdf")

_OOXML_MIME = "application/vnd.openxmlformats-officedocument."
_OOXML = {
    "word/": FileType(KIND_DOCUMENT, _OOXML_MIME + "wordprocessingml.document", "docx"),
    "xl/": FileType(KIND_DOCUMENT, _OOXML_MIME + "spreadsheetml.sheet", "xlsx"),
    "ppt/": FileType(KIND_DOCUMENT, _OOXML_MIME + "presentationml.presentation", "pptx"),
}
_ODF = {
    "application/vnd.oasis.opendocument.text": "odt",
    "application/vnd.oasis.opendocument.spreadsheet": "ods",
    "application/vnd.oasis.opendocument.presentation": "odp",
}
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OLE_BY_EXT = {
    "doc": FileType(KIND_DOCUMENT, "application/msword", "doc"),
    "xls": FileType(KIND_DOCUMENT, "application/vnd.ms-excel", "xls"),
    "ppt": FileType(KIND_DOCUMENT, "application/vnd.ms-powerpoint", "ppt"),
}
_BMP_HEADER_SIZES = {12, 40, 52, 56, 64, 108, 124}
_QUICKTIME_FIRST_BOXES = {b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"}


def extension_of(name: str) -> str:
    """The lower-case extension of a file name, without the dot ('' when none)."""
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def sniff(head: bytes, name: str = "") -> FileType | None:
    """The type of a file from its first bytes (`HEAD_BYTES` are enough); None when unknown.

    Zip-based office documents need the archive's table of contents: `sniff_file` handles those.
    Legacy office files share one container (OLE2), so their extension picks doc, xls or ppt.
    """
    if head.startswith(b"\xff\xd8\xff"):
        return _JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return _PNG
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return _GIF
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return _WEBP
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return _TIFF
    if head[:2] == b"BM" and len(head) >= 18 and int.from_bytes(head[14:18], "little") in _BMP_HEADER_SIZES:
        return _BMP
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"avif", b"avis"):
            return _AVIF
        if brand in (b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1"):
            return None  # HEIF stills: Pillow cannot decode them without a plugin
        if brand == b"qt  ":
            return _MOV
        if brand.startswith(b"M4V"):
            return _M4V
        if brand.startswith((b"M4A", b"M4B", b"M4P")):
            return None  # audio only
        return _MP4
    if head[4:8] in _QUICKTIME_FIRST_BOXES and int.from_bytes(head[:4], "big") >= 8:
        return _MOV
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        window = head[:64]
        if b"webm" in window:
            return _WEBM
        if b"matroska" in window:
            return _MKV
        return None
    if b"%PDF-" in head[:1024]:
        return _PDF
    if head.startswith(_OLE_SIGNATURE):
        return _OLE_BY_EXT.get(extension_of(name))
    return None


def _sniff_zip(path: Path) -> FileType | None:
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            if "mimetype" in names:
                mime = archive.read("mimetype")[:100].decode("ascii", "replace").strip()
                if mime in _ODF:
                    return FileType(KIND_DOCUMENT, mime, _ODF[mime])
            if "[Content_Types].xml" in names:
                for prefix, file_type in _OOXML.items():
                    if any(n.startswith(prefix) for n in names):
                        return file_type
    except (zipfile.BadZipFile, OSError, ValueError, KeyError, NotImplementedError):
        return None
    return None


def sniff_file(path: Path, name: str | None = None) -> FileType | None:
    """`sniff` on a file, looking inside zip archives for Office and OpenDocument files."""
    with open(path, "rb") as f:
        head = f.read(HEAD_BYTES)
    if head.startswith(b"PK\x03\x04"):
        return _sniff_zip(path)
    return sniff(head, name if name is not None else path.name)


# -- videos: ISO base media (mp4, mov) ------------------------------------------------------------

_MAX_BOXES = 10_000  # a sane file has a few hundred; a hostile one could loop us forever


def _iter_boxes(f: BinaryIO, start: int, end: int, budget: list[int]) -> Iterator[tuple[bytes, int, int]]:
    """(type, payload start, payload end) of each box between `start` and `end`, seeking past payloads."""
    pos = start
    while pos + 8 <= end:
        budget[0] -= 1
        if budget[0] < 0:
            return
        f.seek(pos)
        header = f.read(8)
        if len(header) < 8:
            return
        size, box_type = struct.unpack(">I4s", header)
        header_len = 8
        if size == 1:
            large = f.read(8)
            if len(large) < 8:
                return
            size = struct.unpack(">Q", large)[0]
            header_len = 16
        elif size == 0:
            size = end - pos  # the box runs to the end of its parent
        if size < header_len:
            return
        yield box_type, pos + header_len, min(pos + size, end)
        pos += size


def _find(f: BinaryIO, start: int, end: int, box_type: bytes, budget: list[int]) -> tuple[int, int] | None:
    for found, payload, stop in _iter_boxes(f, start, end, budget):
        if found == box_type:
            return payload, stop
    return None


def _read_at(f: BinaryIO, pos: int, count: int) -> bytes:
    f.seek(pos)
    data = f.read(count)
    if len(data) < count:
        raise MediaError("corrupt", "box cut short")
    return data


def _fixed_16_16(raw: int) -> int:
    return raw >> 16


def mp4_info(f: BinaryIO) -> VideoInfo:
    """Duration and displayed pixel size of an mp4/mov/m4v, from `moov` (wherever it sits).

    The duration is `mvhd`'s (or `mehd`'s for a fragmented file); the size is the first video
    track's `tkhd` width and height, swapped when its matrix turns the picture a quarter turn (a
    phone filming upright stores 1920 x 1080 and a 90-degree matrix).
    """
    f.seek(0, io.SEEK_END)
    end = f.tell()
    budget = [_MAX_BOXES]
    moov = _find(f, 0, end, b"moov", budget)
    if moov is None:
        raise MediaError("corrupt", "no moov box")
    duration_ms: int | None = None
    mvhd = _find(f, moov[0], moov[1], b"mvhd", budget)
    if mvhd is not None:
        version = _read_at(f, mvhd[0], 1)[0]
        if version == 1:
            timescale, duration = struct.unpack(">IQ", _read_at(f, mvhd[0] + 20, 12))
            unknown = duration == 0xFFFFFFFFFFFFFFFF
        else:
            timescale, duration = struct.unpack(">II", _read_at(f, mvhd[0] + 12, 8))
            unknown = duration == 0xFFFFFFFF
        if timescale and duration and not unknown:
            duration_ms = duration * 1000 // timescale
        if not duration_ms:
            mvex = _find(f, moov[0], moov[1], b"mvex", budget)
            mehd = _find(f, mvex[0], mvex[1], b"mehd", budget) if mvex else None
            if mehd is not None and timescale:
                version = _read_at(f, mehd[0], 1)[0]
                fragment = (
                    struct.unpack(">Q", _read_at(f, mehd[0] + 4, 8))[0]
                    if version == 1
                    else struct.unpack(">I", _read_at(f, mehd[0] + 4, 4))[0]
                )
                duration_ms = fragment * 1000 // timescale or None
    width = height = None
    for box_type, payload, stop in _iter_boxes(f, moov[0], moov[1], budget):
        if box_type != b"trak":
            continue
        mdia = _find(f, payload, stop, b"mdia", budget)
        hdlr = _find(f, mdia[0], mdia[1], b"hdlr", budget) if mdia else None
        if hdlr is None or _read_at(f, hdlr[0] + 8, 4) != b"vide":
            continue
        tkhd = _find(f, payload, stop, b"tkhd", budget)
        if tkhd is None:
            continue
        version = _read_at(f, tkhd[0], 1)[0]
        matrix_at = tkhd[0] + (4 + 32 + 8 + 8 if version == 1 else 4 + 20 + 8 + 8)
        matrix = struct.unpack(">9i", _read_at(f, matrix_at, 36))
        raw_w, raw_h = struct.unpack(">II", _read_at(f, matrix_at + 36, 8))
        width, height = _fixed_16_16(raw_w), _fixed_16_16(raw_h)
        a, b, c, d = matrix[0], matrix[1], matrix[3], matrix[4]
        if a == 0 and d == 0 and b != 0 and c != 0:
            width, height = height, width
        break
    return VideoInfo(width or None, height or None, duration_ms)


# -- videos: EBML (webm, mkv) ------------------------------------------------------------------------

_EBML_SEGMENT = 0x18538067
_EBML_INFO = 0x1549A966
_EBML_TRACKS = 0x1654AE6B
_EBML_CLUSTER = 0x1F43B675
_EBML_TIMECODE_SCALE = 0x2AD7B1
_EBML_DURATION = 0x4489
_EBML_TRACK_ENTRY = 0xAE
_EBML_TRACK_TYPE = 0x83
_EBML_VIDEO = 0xE0
_EBML_PIXEL_WIDTH = 0xB0
_EBML_PIXEL_HEIGHT = 0xBA
_EBML_DISPLAY_WIDTH = 0x54B0
_EBML_DISPLAY_HEIGHT = 0x54BA


def _vint(f: BinaryIO, *, keep_marker: bool) -> tuple[int | None, int]:
    """An EBML variable-length integer: (value or None when 'unknown', bytes read)."""
    first = f.read(1)
    if not first:
        raise EOFError
    byte = first[0]
    length = 1
    mask = 0x80
    while length <= 8 and not byte & mask:
        mask >>= 1
        length += 1
    if length > 8:
        raise MediaError("corrupt", "bad EBML number")
    rest = f.read(length - 1)
    if len(rest) < length - 1:
        raise EOFError
    value = byte if keep_marker else byte & (mask - 1)
    for b in rest:
        value = (value << 8) | b
    if not keep_marker and value == (1 << (7 * length)) - 1:
        return None, length  # all ones: size unknown (live streams)
    return value, length


def _ebml_children(
    f: BinaryIO, start: int, end: int | None, budget: list[int]
) -> Iterator[tuple[int, int, int | None]]:
    """(element id, data start, data end or None when unknown) of each child element."""
    pos = start
    while end is None or pos < end:
        budget[0] -= 1
        if budget[0] < 0:
            return
        f.seek(pos)
        try:
            element_id, id_len = _vint(f, keep_marker=True)
            size, size_len = _vint(f, keep_marker=False)
        except EOFError:
            return
        data = pos + id_len + size_len
        stop = None if size is None else data + size
        yield element_id, data, stop  # type: ignore[misc]
        if stop is None:
            return  # cannot skip an element of unknown size: the caller descends into it or stops
        pos = stop


def _ebml_uint(f: BinaryIO, start: int, end: int) -> int:
    f.seek(start)
    return int.from_bytes(f.read(max(0, min(end - start, 8))), "big")


def webm_info(f: BinaryIO) -> VideoInfo:
    """Duration and pixel size of a webm/mkv from `Segment/Info` and the first video track.

    Stops at the first cluster: the headers come before the frames in any file a browser can
    play. A live recording (MediaRecorder) often has no duration; it is then None.
    """
    budget = [_MAX_BOXES]
    f.seek(0, io.SEEK_END)
    file_end = f.tell()
    segment = None
    for element_id, data, stop in _ebml_children(f, 0, file_end, budget):
        if element_id == _EBML_SEGMENT:
            segment = (data, stop if stop is not None else file_end)
            break
    if segment is None:
        raise MediaError("corrupt", "no EBML segment")
    scale = 1_000_000
    duration: float | None = None
    width = height = display_w = display_h = None
    for element_id, data, stop in _ebml_children(f, segment[0], min(segment[1], file_end), budget):
        if stop is None or element_id == _EBML_CLUSTER:
            break
        if element_id == _EBML_INFO:
            for child, c_data, c_stop in _ebml_children(f, data, stop, budget):
                if c_stop is None:
                    break
                if child == _EBML_TIMECODE_SCALE:
                    scale = _ebml_uint(f, c_data, c_stop) or scale
                elif child == _EBML_DURATION:
                    f.seek(c_data)
                    raw = f.read(c_stop - c_data)
                    if len(raw) == 4:
                        duration = struct.unpack(">f", raw)[0]
                    elif len(raw) == 8:
                        duration = struct.unpack(">d", raw)[0]
        elif element_id == _EBML_TRACKS and width is None:
            for entry, e_data, e_stop in _ebml_children(f, data, stop, budget):
                if entry != _EBML_TRACK_ENTRY or e_stop is None:
                    continue
                track_type = None
                video = None
                for child, c_data, c_stop in _ebml_children(f, e_data, e_stop, budget):
                    if c_stop is None:
                        break
                    if child == _EBML_TRACK_TYPE:
                        track_type = _ebml_uint(f, c_data, c_stop)
                    elif child == _EBML_VIDEO:
                        video = (c_data, c_stop)
                if track_type == 1 and video is not None:
                    for child, c_data, c_stop in _ebml_children(f, video[0], video[1], budget):
                        if c_stop is None:
                            break
                        if child == _EBML_PIXEL_WIDTH:
                            width = _ebml_uint(f, c_data, c_stop)
                        elif child == _EBML_PIXEL_HEIGHT:
                            height = _ebml_uint(f, c_data, c_stop)
                        elif child == _EBML_DISPLAY_WIDTH:
                            display_w = _ebml_uint(f, c_data, c_stop)
                        elif child == _EBML_DISPLAY_HEIGHT:
                            display_h = _ebml_uint(f, c_data, c_stop)
                    break
    duration_ms = None
    if duration is not None and duration == duration and duration > 0:  # NaN-safe
        duration_ms = int(duration * scale / 1_000_000)
    if display_w and display_h:
        width, height = display_w, display_h
    return VideoInfo(width or None, height or None, duration_ms)


# -- images ------------------------------------------------------------------------------------------

_QUARTER_TURNS = {5, 6, 7, 8}  # EXIF orientations that swap width and height


def _open_image(path: Path, file_type: FileType, max_pixels: int) -> Image.Image:
    """Open (not decode) a picture and refuse the absurd before a byte of it is decoded.

    The format's own opener is called rather than `Image.open`, whose process-wide guard
    (`Image.MAX_IMAGE_PIXELS`, 179 MP) would refuse a 200 MP phone photo; the checks here replace
    it, per file and thread-safe.
    """
    from PIL import Image, UnidentifiedImageError

    Image.init()
    opener = Image.OPEN.get(file_type.pil_format or "")
    if opener is None:  # a format this Pillow build cannot read (AVIF without libavif)
        raise MediaError("corrupt", f"no decoder for {file_type.pil_format}")
    try:
        image = opener[0](str(path), str(path))  # type: ignore[arg-type]  # ImageFile opens a path
    except (UnidentifiedImageError, SyntaxError, ValueError, struct.error, EOFError, IndexError) as exc:
        raise MediaError("corrupt", str(exc)) from exc
    width, height = image.size
    try:
        if width <= 0 or height <= 0:
            raise MediaError("corrupt", "empty picture")
        pixels = width * height
        sizes = {"width": width, "height": height}
        if pixels > max_pixels:
            raise MediaError("bomb", f"{width}x{height}", reason="pixels", limit=max_pixels, **sizes)
        size_bytes = path.stat().st_size
        decoded = pixels * len(image.getbands())
        if pixels > LARGE_IMAGE_PIXELS and decoded > MAX_EXPANSION * size_bytes:
            raise MediaError(
                "bomb", f"{width}x{height} in {size_bytes} bytes", reason="ratio", size=size_bytes, **sizes
            )
    except BaseException:
        image.close()
        raise
    return image


def _decode_reduced(image: Image.Image, file_type: FileType) -> None:
    """Ask for the smallest decode that still reads every byte, then refuse a whole decode that is
    too big. Only baseline JPEGs shrink (1/2 to 1/8 scale); a progressive one still holds every
    coefficient, so it counts at full size."""
    width, height = image.size
    decoded = width * height
    # The smallest scale still at least as large as the thumbnail: a 4000x3000 photo decodes at
    # 1/8 (500x375), four times fewer pixels than at 1/4, and LANCZOS takes it down to 320 px.
    if file_type.pil_format == "JPEG" and image.draft("RGB", (THUMBNAIL_SIZE, THUMBNAIL_SIZE)):
        if not image.info.get("progressive"):
            decoded = image.size[0] * image.size[1]
    if decoded > MAX_WHOLE_DECODE_PIXELS:
        raise MediaError(
            "bomb",
            f"{width}x{height} decoded whole",
            reason="decode",
            limit=MAX_WHOLE_DECODE_PIXELS,
            width=width,
            height=height,
        )


def jpeg_is_whole(path: Path) -> bool:
    """True when the JPEG's markers prove it was not cut short: every header segment is there up to
    the first scan (SOS), and the file ends on the End Of Image marker after it.

    A cut file cannot end on FF D9 after the scan starts: inside entropy-coded data an FF byte is
    always followed by 00 or a restart marker, so FF D9 there is the real end. False (then the
    caller decodes the whole picture, as before) for anything unusual: trailing bytes after EOI,
    a header cut short, more segments than a real header has.
    """
    try:
        with open(path, "rb") as f:
            size = f.seek(0, os.SEEK_END)
            if size < 4:
                return False
            f.seek(size - 2)
            if f.read(2) != b"\xff\xd9":
                return False
            f.seek(0)
            if f.read(2) != b"\xff\xd8":
                return False
            pos = 2
            for _ in range(_JPEG_MAX_SEGMENTS):
                f.seek(pos)
                head = f.read(4)
                if len(head) < 2 or head[0] != 0xFF:
                    return False
                marker = head[1]
                if marker == 0xFF:  # fill byte before a marker
                    pos += 1
                    continue
                if marker == 0x01 or 0xD0 <= marker <= 0xD7:  # markers without a length
                    pos += 2
                    continue
                if marker in (0xD8, 0xD9) or len(head) < 4:
                    return False
                length = int.from_bytes(head[2:4], "big")
                if length < 2:
                    return False
                pos += 2 + length
                if marker == 0xDA:  # the first scan's header: its data runs to the EOI at the end
                    return pos < size - 2
                if pos >= size - 2:
                    return False
    except OSError:
        return False
    return False


def _thumbnail_from(image: Image.Image, dest: Path) -> None:
    """Shrink first, then turn and convert the small picture: a 250 MP PNG is never copied whole
    (`exif_transpose` returns a copy). Palette and 1-bit pictures are expanded first, as Pillow
    resamples them by nearest pixel only (1-bit to grey, which Pillow holds in the same memory)."""
    from PIL import Image, ImageOps

    if image.mode == "1":
        image = image.convert("L")
    elif image.mode in ("P", "PA"):
        image = image.convert("RGBA" if image.mode == "PA" or "transparency" in image.info else "RGB")
    image.thumbnail((THUMBNAIL_SIZE, THUMBNAIL_SIZE), Image.Resampling.LANCZOS)
    picture = ImageOps.exif_transpose(image) or image
    if picture.mode not in ("RGB", "RGBA"):
        picture = picture.convert(
            "RGBA" if "A" in picture.getbands() or "transparency" in picture.info else "RGB"
        )
    dest.parent.mkdir(parents=True, exist_ok=True)
    # method=1: a fifth of method 4's encoding time for a few percent more bytes at the same
    # quality, on a 320 px picture (issue 16: the encode was a third of a photo's import).
    picture.save(dest, "WEBP", quality=80, method=1)


def _probe_image(
    path: Path, file_type: FileType, max_pixels: int, thumbnail: Path | None, quick: bool = False
) -> tuple[int, int, int | None, int | None, bool]:
    """Decode the whole picture (every frame of a GIF), reduced where the format allows, to prove
    it is complete; make the thumbnail. With `quick`, a large JPEG that `jpeg_is_whole` vouches for
    is only opened (size, EXIF, bomb guards): the last value returned is then True, decode and
    thumbnail left for later."""
    from PIL import Image, ImageSequence

    image = _open_image(path, file_type, max_pixels)
    deferred = False
    try:
        width, height = image.size
        try:
            orientation = image.getexif().get(0x0112)
        except Exception:  # a broken EXIF block must not refuse a good picture
            orientation = None
        frames: int | None = None
        duration: int | None = None
        try:
            _decode_reduced(image, file_type)
            if (
                quick
                and file_type.pil_format == "JPEG"
                and width * height > DEFER_DECODE_PIXELS
                and jpeg_is_whole(path)
            ):
                deferred = True
            elif file_type.kind == KIND_GIF:
                count = 0
                total_ms = 0
                first: Image.Image | None = None
                for frame in ImageSequence.Iterator(image):
                    count += 1
                    if count * width * height > MAX_GIF_PIXELS:
                        raise MediaError(
                            "bomb",
                            "too many frames",
                            reason="frames",
                            width=width,
                            height=height,
                            limit=MAX_GIF_PIXELS,
                        )
                    frame.load()
                    total_ms += int(frame.info.get("duration", 0) or 0)
                    if first is None:
                        first = frame.copy()
                if count > 1:
                    frames, duration = count, total_ms or None
                if thumbnail is not None and first is not None:
                    _thumbnail_from(first, thumbnail)
            else:
                image.load()  # reads every byte, at the reduced scale: truncation shows
                if thumbnail is not None:
                    _thumbnail_from(image, thumbnail)
        except MediaError:
            raise
        except Image.DecompressionBombError as exc:  # Pillow's own guard, met by GIF/APNG frames
            limit = 2 * (Image.MAX_IMAGE_PIXELS or 0)
            raise MediaError(
                "bomb", str(exc), reason="decode", limit=limit, width=width, height=height
            ) from exc
        except MemoryError as exc:
            raise MediaError(
                "bomb", "out of memory", reason="pixels", width=width, height=height, limit=max_pixels
            ) from exc
        except (OSError, SyntaxError, ValueError, struct.error, EOFError, IndexError) as exc:
            raise MediaError("corrupt", str(exc)) from exc
    finally:
        image.close()
    if orientation in _QUARTER_TURNS:
        width, height = height, width
    return width, height, frames, duration, deferred


# -- probing -----------------------------------------------------------------------------------------


def probe(
    path: Path,
    *,
    name: str | None = None,
    max_bytes: int = MAX_FILE_BYTES,
    max_pixels: int = MAX_IMAGE_PIXELS,
    thumbnail: Path | None = None,
    quick: bool = False,
) -> MediaInfo:
    """Everything the library records about a file, after checking it is what it claims.

    `name` is the original file name when `path` is a temporary copy (its extension decides
    between "unsupported" and "does not match its extension"). When `thumbnail` is given, a WebP
    thumbnail is written there for images and, with PyAV, for videos.

    With `quick`, a large JPEG whose markers prove it whole (`jpeg_is_whole`) is not decoded and
    gets no thumbnail here; its warnings hold "thumbnail_later" (`make_thumbnail` builds it). A
    truncated one is still decoded, and refused, here.
    """
    name = name if name is not None else path.name
    try:
        stat = path.stat()
    except FileNotFoundError as exc:
        raise MediaError("missing", str(exc)) from exc
    except PermissionError as exc:
        raise MediaError("unreadable", str(exc)) from exc
    if not path.is_file():
        raise MediaError("not_a_file", str(path))
    size = stat.st_size
    if size == 0:
        raise MediaError("empty")
    if size > max_bytes:
        raise MediaError("too_large", size=size, limit=max_bytes)
    try:
        file_type = sniff_file(path, name)
    except FileNotFoundError as exc:
        raise MediaError("missing", str(exc)) from exc
    except OSError as exc:
        raise MediaError("unreadable", str(exc)) from exc
    if file_type is None:
        ext = extension_of(name)
        if ext in MEDIA_EXTENSIONS:
            raise MediaError("mismatch", ext=ext)
        raise MediaError("unsupported", ext=ext)
    width = height = duration = frames = None
    notes: list[str] = []
    if file_type.pil_format:
        width, height, frames, duration, deferred = _probe_image(
            path, file_type, max_pixels, thumbnail, quick
        )
        if deferred:
            notes.append("thumbnail_later")
    elif file_type.kind == KIND_VIDEO:
        try:
            with open(path, "rb") as f:
                info = webm_info(f) if file_type.ext in ("webm", "mkv") else mp4_info(f)
        except MediaError:
            raise
        except (OSError, struct.error, ValueError) as exc:
            raise MediaError("corrupt", str(exc)) from exc
        width, height, duration = info.width, info.height, info.duration_ms
        if thumbnail is not None and not _video_thumbnail(path, thumbnail):
            notes.append("no_video_thumbnail")
    return MediaInfo(
        file_type.kind, file_type.mime, file_type.ext, size, width, height, duration, frames, tuple(notes)
    )


def make_thumbnail(path: Path, kind: str, dest: Path, *, max_pixels: int = MAX_IMAGE_PIXELS) -> bool:
    """(Re)build the thumbnail of a file already in the library; False when this kind has none."""
    try:
        if kind in (KIND_IMAGE, KIND_GIF):
            file_type = sniff_file(path)
            if file_type is None or not file_type.pil_format:
                return False
            _probe_image(path, file_type, max_pixels, dest)
            return True
        if kind == KIND_VIDEO:
            return _video_thumbnail(path, dest)
    except (MediaError, OSError):
        return False
    return False


# -- video thumbnails (optional PyAV) ----------------------------------------------------------------


def video_thumbnails_available() -> bool:
    try:
        import av  # noqa: F401
    except ImportError:
        return False
    return True


def _video_thumbnail(path: Path, dest: Path) -> bool:
    """The first decodable frame of the first video stream, when PyAV is installed."""
    try:
        import av
    except ImportError:
        return False
    try:
        with av.open(str(path)) as container:
            stream = next(iter(container.streams.video), None)
            if stream is None:
                return False
            for frame in container.decode(stream):
                picture = frame.to_image()
                rotation = int(getattr(frame, "rotation", 0) or 0) % 360
                if rotation:
                    picture = picture.rotate(rotation, expand=True)
                _thumbnail_from(picture, dest)
                return True
    except Exception:  # PyAV raises many error types; a missing thumbnail is not a failure
        return False
    return False
