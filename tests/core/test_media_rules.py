"""core.media_rules: per-placement format checks, as codes and numbers."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from cmtoolbox.core.media_rules import MB, TARGETS, check, check_all
from cmtoolbox.core.networks import NETWORKS


@dataclass(frozen=True)
class Facts:
    kind: str = "image"
    ext: str = "jpg"
    size_bytes: int = 300_000
    width: int | None = 1080
    height: int | None = 1080
    duration_ms: int | None = None


def codes(result) -> list[str]:  # noqa: ANN001
    return [i.code for i in result.problems]


def advice(result) -> list[str]:  # noqa: ANN001
    return [i.code for i in result.advice]


def test_every_target_belongs_to_a_known_network() -> None:
    assert set(TARGETS) == {
        "instagram_feed",
        "instagram_story",
        "instagram_reel",
        "x",
        "linkedin",
        "facebook",
    }
    for target in TARGETS.values():
        assert target.network in NETWORKS


def test_a_square_photo_fits_every_feed() -> None:
    results = {r.target: r for r in check_all(Facts())}
    for target in ("instagram_feed", "instagram_story", "x", "linkedin", "facebook"):
        assert results[target].fits, target
    assert advice(results["instagram_story"]) == ["will_be_cropped"]  # 1:1 in a 9:16 story
    assert codes(results["instagram_reel"]) == ["kind_not_supported"]  # a reel is a video


def test_instagram_feed_aspect_ratio_bounds() -> None:
    assert check(Facts(width=1080, height=1350), "instagram_feed").fits  # 4:5 exactly
    assert check(Facts(width=1080, height=566), "instagram_feed").fits  # "1.91:1" (1.908)
    tall = check(Facts(width=1080, height=1920), "instagram_feed")
    assert codes(tall) == ["ratio_too_tall"]
    assert tall.problems[0].values["min_ratio"] == pytest.approx(0.8)
    assert tall.problems[0].values["ratio"] == pytest.approx(0.5625)
    wide = check(Facts(width=2000, height=500), "instagram_feed")
    assert codes(wide) == ["ratio_too_wide"] and wide.problems[0].values["max_ratio"] == 1.91


def test_too_small_and_below_recommended() -> None:
    small = check(Facts(width=200, height=200), "instagram_feed")
    assert codes(small) == ["too_small"] and small.problems[0].values["min_width"] == 320
    soft = check(Facts(width=640, height=640), "instagram_feed")
    assert soft.fits and advice(soft) == ["below_recommended_size"]


def test_file_size_limits_differ_per_network() -> None:
    heavy = Facts(size_bytes=6 * MB)
    results = {r.target: r for r in check_all(heavy)}
    assert codes(results["x"]) == ["file_too_large"]
    assert results["x"].problems[0].values == {"size": 6 * MB, "limit": 5 * MB}
    assert codes(results["linkedin"]) == ["file_too_large"]
    assert results["instagram_feed"].fits and results["facebook"].fits


def test_formats_a_network_refuses() -> None:
    webp = check(Facts(ext="webp"), "instagram_feed")
    assert codes(webp) == ["format_not_supported"]
    assert webp.problems[0].values["accepted"] == ("jpg", "png")
    webm = Facts(kind="video", ext="webm", width=1080, height=1920, duration_ms=20_000, size_bytes=5 * MB)
    assert codes(check(webm, "instagram_reel")) == ["format_not_supported"]
    assert check(webm, "linkedin").fits


def test_reels_stories_and_x_durations() -> None:
    reel = Facts(kind="video", ext="mp4", width=1080, height=1920, duration_ms=20_000, size_bytes=20 * MB)
    assert check(reel, "instagram_reel").fits and not check(reel, "instagram_reel").advice
    short = Facts(kind="video", ext="mp4", width=1080, height=1920, duration_ms=2_000, size_bytes=MB)
    assert codes(check(short, "instagram_reel")) == ["too_short"]
    long_story = Facts(
        kind="video", ext="mov", width=1080, height=1920, duration_ms=90_000, size_bytes=40 * MB
    )
    story = check(long_story, "instagram_story")
    assert story.fits and advice(story) == ["will_be_split"]
    assert story.advice[0].values == {"duration_ms": 90_000, "part_ms": 60_000}
    x_long = check(
        Facts(kind="video", ext="mp4", width=1280, height=720, duration_ms=150_000, size_bytes=30 * MB), "x"
    )
    assert codes(x_long) == ["too_long"] and x_long.problems[0].values["limit_ms"] == 140_000


def test_a_landscape_video_in_a_reel_is_cropped_not_refused() -> None:
    result = check(
        Facts(kind="video", ext="mp4", width=1920, height=1080, duration_ms=30_000, size_bytes=50 * MB),
        "instagram_reel",
    )
    assert result.fits and advice(result) == ["will_be_cropped"]
    values = result.advice[0].values
    assert (values["recommended_w"], values["recommended_h"]) == (9, 16)


def test_documents_only_fit_linkedin() -> None:
    pdf = Facts(kind="pdf", ext="pdf", width=None, height=None, size_bytes=12 * MB)
    results = {r.target: r for r in check_all(pdf)}
    assert results["linkedin"].fits
    assert all(codes(r) == ["kind_not_supported"] for t, r in results.items() if t != "linkedin")
    deck = Facts(kind="document", ext="pptx", width=None, height=None, size_bytes=120 * MB)
    too_big = check(deck, "linkedin")
    assert codes(too_big) == ["file_too_large"]


def test_gifs() -> None:
    gif = Facts(kind="gif", ext="gif", width=480, height=270, size_bytes=12 * MB, duration_ms=4000)
    results = {r.target: r for r in check_all(gif)}
    assert results["x"].fits
    assert codes(results["linkedin"]) == ["file_too_large"]
    assert codes(results["instagram_feed"]) == ["kind_not_supported"]


def test_unknown_size_or_duration_is_advice_not_a_refusal() -> None:
    video = Facts(kind="video", ext="webm", width=None, height=None, duration_ms=None, size_bytes=2 * MB)
    result = check(video, "linkedin")
    assert result.fits
    assert advice(result) == ["size_unknown", "duration_unknown"]


def test_several_problems_are_all_reported() -> None:
    bad = Facts(kind="video", ext="mp4", width=100, height=1000, duration_ms=200_000, size_bytes=600 * MB)
    assert codes(check(bad, "x")) == ["file_too_large", "ratio_too_tall", "too_long"]
