"""Does this picture or video fit a network? Per-placement format checks, on the table's data.

What each placement accepts (kinds and formats, file size, aspect ratio, minimum pixel size,
duration) is data in the one table of networks: each `core.networks.Network` lists its `media`
placements, indexed by id in `TARGETS` (`core.networks.MEDIA_TARGETS`), with the help pages the
figures come from. `check(media, target)` answers "fits" or "does not fit, because ..." with codes
and numbers only; the GUI (the library's detail panel, and the drafts when media are attached)
turns them into translated sentences. `problems` make a file unfit; `advice` are things that will
not block the post but change how it looks (cropped to 9:16, split into 60 s stories).

Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

from cmtoolbox.core.networks import GB, KB, MB, MEDIA_TARGETS, MINUTE, SECOND, Limits, MediaTarget

__all__ = [
    "GB",
    "KB",
    "MB",
    "MINUTE",
    "SECOND",
    "TARGETS",
    "FormatCheck",
    "Issue",
    "Limits",
    "MediaFacts",
    "Target",
    "check",
    "check_all",
]

Target = MediaTarget
"""A placement: the class lives with the table in `core.networks`; the units above are the table's too."""

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


TARGETS: Mapping[str, Target] = MEDIA_TARGETS
"""Every placement by id (`instagram_feed`, `x`...), in the table's order."""


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
            advice.append(
                Issue("will_be_cropped", {"ratio": ratio, "recommended_w": num, "recommended_h": den})
            )
    if (limits.min_width is not None and width < limits.min_width) or (
        limits.min_height is not None and height < limits.min_height
    ):
        problems.append(
            Issue(
                "too_small",
                {
                    "width": width,
                    "height": height,
                    "min_width": limits.min_width or 0,
                    "min_height": limits.min_height or 0,
                },
            )
        )
    elif limits.recommended_width is not None and width < limits.recommended_width:
        advice.append(
            Issue(
                "below_recommended_size",
                {
                    "width": width,
                    "height": height,
                    "recommended": limits.recommended_width,
                },
            )
        )
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
        problems.append(
            Issue(
                "format_not_supported",
                {
                    "format": media.ext,
                    "accepted": tuple(sorted(limits.formats)),
                },
            )
        )
    if limits.max_bytes is not None and media.size_bytes > limits.max_bytes:
        problems.append(Issue("file_too_large", {"size": media.size_bytes, "limit": limits.max_bytes}))
    if limits.min_bytes is not None and media.size_bytes < limits.min_bytes:
        problems.append(Issue("file_too_small", {"size": media.size_bytes, "limit": limits.min_bytes}))
    needs_pixels = any(
        v is not None
        for v in (
            limits.min_ratio,
            limits.max_ratio,
            limits.min_width,
            limits.min_height,
            limits.recommended_ratio,
            limits.recommended_width,
        )
    )
    if media.width and media.height:
        found, hints = _ratio_issues(media.width, media.height, limits)
        problems += found
        advice += hints
    elif needs_pixels:
        advice.append(Issue("size_unknown"))
    if media.kind in ("video", "gif"):
        needs_duration = any(
            v is not None for v in (limits.min_duration_ms, limits.max_duration_ms, limits.split_after_ms)
        )
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
