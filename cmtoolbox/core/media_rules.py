"""Does this picture or video fit a network? Per-placement format checks, as data.

One table (`TARGETS`) says what each placement accepts: kinds and formats, file size, aspect ratio,
minimum pixel size, duration. `check(media, target)` answers "fits" or "does not fit, because ..."
with codes and numbers only; the GUI (the library's detail panel, and the drafts when media are
attached) turns them into translated sentences. `problems` make a file unfit; `advice` are things
that will not block the post but change how it looks (cropped to 9:16, split into 60 s stories).

The figures are those the networks publish for posting from their apps, read when this table was
written; where a help page gives none, the publishing API's specification is used. Networks change
them without notice: each target names the pages to re-read.

- Instagram Help Centre: "What image resolutions can I share on Instagram?" (feed photos 320 to
  1080 px wide, aspect ratio between 1.91:1 and 4:5) and the Help Centre pages on sharing reels
  and stories (vertical 9:16; stories longer than 60 s are cut into 60 s parts).
- Meta for Developers, "Instagram Platform - Content Publishing", media specifications (reels:
  MOV or MP4, 3 s to 15 min; images at least 320 px wide, 4:5 to 1.91:1).
- X Help Center: "How to post images or GIFs" (photos up to 5 MB, GIFs up to 15 MB on the web)
  and "How to share and watch videos on X" (up to 512 MB and 2 min 20 s; 1:2.39 to 2.39:1; at
  least 32 x 32).
- LinkedIn Help: the pages on sharing images, videos and documents in a post (video 75 KB to
  5 GB, 3 s to 15 min, 256 x 144 to 4096 x 2304, 1:2.4 to 2.4:1; images up to 5 MB; documents
  PDF, PPT(X), DOC(X) up to 100 MB).
- Facebook Help Centre: the pages on uploading photos and videos (videos up to 10 GB and
  240 minutes; 9:16 to 16:9 recommended).

Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Protocol

__all__ = [
    "TARGETS",
    "FormatCheck",
    "Issue",
    "Limits",
    "MediaFacts",
    "Target",
    "check",
    "check_all",
]

KB = 1000
MB = 1000 * 1000
GB = 1000 * MB
SECOND = 1000
MINUTE = 60 * SECOND

RATIO_TOLERANCE = 0.01
"""Relative slack on aspect ratio bounds: 1080 x 566 is "1.91:1" to everyone, though 1.908."""

RECOMMENDED_TOLERANCE = 0.03
"""How far from the recommended ratio a picture may be before the network crops or letterboxes."""


class MediaFacts(Protocol):
    """What the checks read: `core.media.MediaInfo` and `storage.media.MediaItem` both qualify."""

    kind: str
    ext: str
    size_bytes: int
    width: int | None
    height: int | None
    duration_ms: int | None


@dataclass(frozen=True)
class Limits:
    """What one placement accepts for one kind of media. None means "no limit"."""

    formats: frozenset[str]  # canonical extensions (core.media FileType.ext)
    max_bytes: int | None = None
    min_bytes: int | None = None
    min_ratio: float | None = None  # width / height
    max_ratio: float | None = None
    min_width: int | None = None
    min_height: int | None = None
    min_duration_ms: int | None = None
    max_duration_ms: int | None = None
    split_after_ms: int | None = None  # longer is accepted but cut into parts (stories)
    recommended_ratio: tuple[int, int] | None = None  # e.g. (9, 16)
    recommended_width: int | None = None


@dataclass(frozen=True)
class Target:
    id: str
    network: str  # the network id of core.counters
    name: str  # brand and placement, shown as is (brand names are not translated)
    limits: Mapping[str, Limits]  # by media kind (core.media KINDS)


@dataclass(frozen=True)
class Issue:
    """One finding: a stable code for the GUI to translate, and the numbers it needs."""

    code: str
    values: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class FormatCheck:
    target: str
    network: str
    name: str
    fits: bool
    problems: tuple[Issue, ...]
    advice: tuple[Issue, ...]


def _formats(*exts: str) -> frozenset[str]:
    return frozenset(exts)


_IG_IMAGE = _formats("jpg", "png")
_IG_VIDEO = _formats("mp4", "mov", "m4v")

TARGETS: Mapping[str, Target] = MappingProxyType({
    target.id: target
    for target in (
        Target("instagram_feed", "instagram", "Instagram (feed)", {
            "image": Limits(_IG_IMAGE, max_bytes=30 * MB, min_ratio=4 / 5, max_ratio=1.91, min_width=320,
                            recommended_width=1080),
            "video": Limits(_IG_VIDEO, max_bytes=4 * GB, min_ratio=4 / 5, max_ratio=1.91,
                            min_duration_ms=3 * SECOND, max_duration_ms=15 * MINUTE),
        }),
        Target("instagram_story", "instagram", "Instagram (story)", {
            "image": Limits(_IG_IMAGE, max_bytes=30 * MB, min_width=320, recommended_ratio=(9, 16),
                            recommended_width=1080),
            "video": Limits(_IG_VIDEO, max_bytes=4 * GB, min_duration_ms=1 * SECOND,
                            split_after_ms=60 * SECOND, recommended_ratio=(9, 16), recommended_width=1080),
        }),
        Target("instagram_reel", "instagram", "Instagram (reel)", {
            "video": Limits(_IG_VIDEO, max_bytes=4 * GB, min_duration_ms=3 * SECOND,
                            max_duration_ms=15 * MINUTE, recommended_ratio=(9, 16), recommended_width=1080),
        }),
        Target("x", "x", "X", {
            "image": Limits(_formats("jpg", "png", "webp"), max_bytes=5 * MB),
            "gif": Limits(_formats("gif"), max_bytes=15 * MB),
            "video": Limits(_formats("mp4", "mov", "m4v"), max_bytes=512 * MB, min_ratio=1 / 2.39,
                            max_ratio=2.39, min_width=32, min_height=32, min_duration_ms=500,
                            max_duration_ms=140 * SECOND),
        }),
        Target("linkedin", "linkedin", "LinkedIn", {
            "image": Limits(_formats("jpg", "png"), max_bytes=5 * MB),
            "gif": Limits(_formats("gif"), max_bytes=5 * MB),
            "video": Limits(_formats("mp4", "mov", "m4v", "webm", "mkv"), max_bytes=5 * GB, min_bytes=75 * KB,
                            min_ratio=1 / 2.4, max_ratio=2.4, min_width=256, min_height=144,
                            min_duration_ms=3 * SECOND, max_duration_ms=15 * MINUTE),
            "pdf": Limits(_formats("pdf"), max_bytes=100 * MB),
            "document": Limits(_formats("doc", "docx", "ppt", "pptx"), max_bytes=100 * MB),
        }),
        Target("facebook", "facebook", "Facebook", {
            "image": Limits(_formats("jpg", "png", "webp", "bmp", "tif"), max_bytes=30 * MB),
            "gif": Limits(_formats("gif"), max_bytes=30 * MB),
            "video": Limits(_formats("mp4", "mov", "m4v", "webm", "mkv"), max_bytes=10 * GB,
                            min_duration_ms=1 * SECOND, max_duration_ms=240 * MINUTE,
                            min_ratio=9 / 16, max_ratio=16 / 9),
        }),
    )
})


def _ratio_issues(width: int, height: int, limits: Limits) -> tuple[list[Issue], list[Issue]]:
    problems: list[Issue] = []
    advice: list[Issue] = []
    ratio = width / height
    if limits.min_ratio is not None and ratio < limits.min_ratio * (1 - RATIO_TOLERANCE):
        problems.append(Issue("ratio_too_tall", {"ratio": ratio, "min_ratio": limits.min_ratio}))
    if limits.max_ratio is not None and ratio > limits.max_ratio * (1 + RATIO_TOLERANCE):
        problems.append(Issue("ratio_too_wide", {"ratio": ratio, "max_ratio": limits.max_ratio}))
    if limits.recommended_ratio is not None:
        num, den = limits.recommended_ratio
        wanted = num / den
        if abs(ratio - wanted) > wanted * RECOMMENDED_TOLERANCE:
            advice.append(Issue("will_be_cropped", {"ratio": ratio, "recommended_w": num,
                                                    "recommended_h": den}))
    if (limits.min_width is not None and width < limits.min_width) or (
        limits.min_height is not None and height < limits.min_height
    ):
        problems.append(Issue("too_small", {
            "width": width, "height": height,
            "min_width": limits.min_width or 0, "min_height": limits.min_height or 0,
        }))
    elif limits.recommended_width is not None and width < limits.recommended_width:
        advice.append(Issue("below_recommended_size", {
            "width": width, "height": height, "recommended": limits.recommended_width,
        }))
    return problems, advice


def check(media: MediaFacts, target: Target | str) -> FormatCheck:
    """Whether `media` can be posted to `target`, with every reason it cannot."""
    target = TARGETS[target] if isinstance(target, str) else target
    problems: list[Issue] = []
    advice: list[Issue] = []
    limits = target.limits.get(media.kind)
    if limits is None:
        problems.append(Issue("kind_not_supported", {"kind": media.kind}))
        return FormatCheck(target.id, target.network, target.name, False, tuple(problems), ())
    if media.ext not in limits.formats:
        problems.append(Issue("format_not_supported", {
            "format": media.ext, "accepted": tuple(sorted(limits.formats)),
        }))
    if limits.max_bytes is not None and media.size_bytes > limits.max_bytes:
        problems.append(Issue("file_too_large", {"size": media.size_bytes, "limit": limits.max_bytes}))
    if limits.min_bytes is not None and media.size_bytes < limits.min_bytes:
        problems.append(Issue("file_too_small", {"size": media.size_bytes, "limit": limits.min_bytes}))
    needs_pixels = any(v is not None for v in (
        limits.min_ratio, limits.max_ratio, limits.min_width, limits.min_height, limits.recommended_ratio,
        limits.recommended_width,
    ))
    if media.width and media.height:
        found, hints = _ratio_issues(media.width, media.height, limits)
        problems += found
        advice += hints
    elif needs_pixels:
        advice.append(Issue("size_unknown"))
    if media.kind in ("video", "gif"):
        needs_duration = any(v is not None for v in (
            limits.min_duration_ms, limits.max_duration_ms, limits.split_after_ms))
        duration = media.duration_ms
        if duration is None:
            if needs_duration and media.kind == "video":
                advice.append(Issue("duration_unknown"))
        else:
            low, high, part = limits.min_duration_ms, limits.max_duration_ms, limits.split_after_ms
            if low is not None and duration < low:
                problems.append(Issue("too_short", {"duration_ms": duration, "limit_ms": low}))
            if high is not None and duration > high:
                problems.append(Issue("too_long", {"duration_ms": duration, "limit_ms": high}))
            if part is not None and duration > part:
                advice.append(Issue("will_be_split", {"duration_ms": duration, "part_ms": part}))
    return FormatCheck(target.id, target.network, target.name, not problems, tuple(problems), tuple(advice))


def check_all(media: MediaFacts, targets: list[str] | None = None) -> list[FormatCheck]:
    """`check` against every target (or the given ones), in table order."""
    chosen = targets if targets is not None else list(TARGETS)
    return [check(media, TARGETS[t]) for t in chosen]
