"""Phone-sized pictures for tests, made in milliseconds without holding their pixels.

A 200 MP picture drawn with Pillow would take 600 MB and seconds to encode. A solid grey (128)
JPEG needs neither: every 16 x 16 block of a 4:2:0 baseline JPEG of that colour encodes to the same
four bytes with the standard tables (all DC differences and AC coefficients are zero), so the
file is Pillow's own header for a tiny grey picture, with the size patched, followed by that unit
once per block. It decodes like any camera JPEG: completely, at any scale.
"""

from __future__ import annotations

import io
import struct
from collections.abc import Iterator
from pathlib import Path

from PIL import Image

GREY = (128, 128, 128)
_SOF_BASELINE, _SOF_PROGRESSIVE, _SOS = 0xC0, 0xC2, 0xDA


def _encode(width: int, height: int, *, progressive: bool) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), GREY).save(
        buffer, "JPEG", quality=85, subsampling=2, optimize=False, progressive=progressive
    )
    return buffer.getvalue()


def _segments(data: bytes) -> Iterator[tuple[int, int, int]]:
    """(marker, offset, length) of each segment up to the start of the scan."""
    pos = 2  # after SOI
    while True:
        assert data[pos] == 0xFF, "not a JPEG segment"
        marker = data[pos + 1]
        length = struct.unpack(">H", data[pos + 2 : pos + 4])[0]
        yield marker, pos, length
        if marker == _SOS:
            return
        pos += 2 + length


def _header(data: bytes, width: int, height: int) -> tuple[bytes, int]:
    """The header up to the scan with the size patched, and where the scan data starts."""
    segments = list(_segments(data))
    _marker, sos, sos_length = segments[-1]
    header = bytearray(data[: sos + 2 + sos_length])
    for marker, pos, _length in segments:
        if marker in (_SOF_BASELINE, _SOF_PROGRESSIVE):
            struct.pack_into(">HH", header, pos + 5, height, width)
    return bytes(header), sos + 2 + sos_length


def solid_grey_jpeg(path: Path, width: int, height: int) -> Path:
    """A complete baseline JPEG of `width` x `height` grey pixels (200 MP: 3 MB, 40 ms)."""
    one = _encode(16, 16, progressive=False)
    header, start = _header(one, width, height)
    unit = one[start:-2]  # one block's entropy-coded data, before EOI
    two = _encode(32, 16, progressive=False)
    assert two[_header(two, 32, 16)[1] : -2] == unit * 2, "the block code is not byte-aligned"
    blocks = -(-width // 16) * -(-height // 16)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(header + unit * blocks + b"\xff\xd9")
    return path


def progressive_jpeg_header(path: Path, width: int, height: int, padding: int = 0) -> Path:
    """A progressive JPEG's header claiming `width` x `height`, then `padding` bytes of scan: enough
    for a check made before decoding (a decoder would find the scan damaged)."""
    header, _start = _header(_encode(16, 16, progressive=True), width, height)
    path.write_bytes(header + b"\0" * padding + b"\xff\xd9")
    return path
