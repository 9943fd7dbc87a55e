"""cmtoolbox.core.twitter_text against the official twitter-text library.

Two sources of truth:

- The official conformance suite (validate.yml, extract.yml, tlds.yml of twitter/twitter-text). No package
  registry ships it (not the npm package twitter-text 3.1.0, not the PyPI ports, not Debian's
  ruby-twitter-text, which holds a 2017 copy without the weighted-length cases), and files fetched from GitHub
  must not be committed. The tests read it from ``$TWITTER_TEXT_CONFORMANCE`` (the conformance folder, or
  its validate.yml), else from ``../shared/twitter-text-conformance`` beside the clone. Without it they
  skip locally, and fail in CI (``CI=true``) or with ``CMTOOLBOX_REQUIRE_CONFORMANCE=1`` (.ci/test sets
  it in CI).
- The official JavaScript library itself, installed from the npm registry into the user's cache and run with
  node (tests/core/twitter_text_oracle.js), on a corpus of ordinary and tricky texts, seeded random texts and
  hypothesis-generated text. twemoji-parser is pinned to 14.0.0 through npm overrides (the package's own
  range resolves to 11.0.2, Emoji 11): texts holding an emoji sequence newer than Emoji 14 are left out of
  the comparison, since we count those as one emoji and the official library cannot know them.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cmtoolbox.core._emoji_data import SEQUENCES_BY_VERSION
from cmtoolbox.core.twitter_text import (
    CONFIG_V1,
    CONFIG_V2,
    CONFIG_V3,
    TwitterTextConfig,
    extract_urls_with_indices,
    parse_tweet,
)
from tests.conftest import REPO_ROOT, require

HERE = Path(__file__).resolve().parent
ORACLE = HERE / "twitter_text_oracle.js"
CORPUS = HERE / "data" / "counters_twitter_corpus.json"
TWEMOJI_VERSION = 14.0
NPM_PACKAGE = {
    "name": "cmtoolbox-twitter-text-oracle",
    "private": True,
    "dependencies": {"twitter-text": "3.1.0"},
    "overrides": {"twemoji-parser": "14.0.0"},
}


# --- the conformance suite --------------------------------------------------------------------------------


def _conformance_dir() -> Path:
    configured = os.environ.get("TWITTER_TEXT_CONFORMANCE")
    if configured:
        path = Path(configured)
        return path.parent if path.is_file() else path
    return REPO_ROOT.parent / "shared" / "twitter-text-conformance"


def _load(name: str) -> dict[str, list[dict[str, Any]]]:
    path = _conformance_dir() / name
    if not path.is_file():
        # No package registry ships these files and they may not be committed here: CI provides them
        # beside the clone (../shared) and must not pass without them. A developer without the folder
        # still has the differential test against the official JS library (below).
        why = (
            f"twitter-text conformance file {name} not found: set TWITTER_TEXT_CONFORMANCE to the "
            f"conformance folder of twitter/twitter-text (looked at {path})"
        )
        if os.environ.get("CMTOOLBOX_REQUIRE_CONFORMANCE") == "1":
            pytest.fail(f"CMTOOLBOX_REQUIRE_CONFORMANCE=1: {why}")
        require(False, why)
    tests: dict[str, list[dict[str, Any]]] = yaml.safe_load(path.read_text("utf-8"))["tests"]
    return tests


def _official_fields(text: str, config: TwitterTextConfig) -> dict[str, Any]:
    result = parse_tweet(text, config)
    return {
        "weightedLength": result.weighted_length,
        "valid": result.valid,
        "permillage": result.permillage,
        "displayRangeStart": result.display_range_start,
        "displayRangeEnd": result.display_range_end,
        "validRangeStart": result.valid_range_start,
        "validRangeEnd": result.valid_range_end,
    }


@pytest.mark.parametrize(
    ("section", "config"),
    [
        ("WeightedTweetsWithDiscountedEmojiCounterTest", CONFIG_V3),
        ("UnicodeDirectionalMarkerCounterTest", CONFIG_V3),
        ("WeightedTweetsCounterTest", CONFIG_V2),
    ],
)
def test_weighted_length_conformance(section: str, config: TwitterTextConfig) -> None:
    cases = _load("validate.yml")[section]
    failures = [
        (case["description"], _official_fields(case["text"], config), case["expected"])
        for case in cases
        if _official_fields(case["text"], config) != case["expected"]
    ]
    assert cases and not failures


def test_tweet_validity_conformance() -> None:
    """The 'tweets' section predates weighting: it is the v1 configuration (140, every character 1)."""
    cases = _load("validate.yml")["tweets"]
    failures = [
        case["description"]
        for case in cases
        if parse_tweet(case["text"], CONFIG_V1).valid != case["expected"]
    ]
    assert cases and not failures


@pytest.mark.parametrize("section", ["urls", "urls_with_indices", "urls_with_directional_markers"])
def test_url_extraction_conformance(section: str) -> None:
    cases = _load("extract.yml")[section]
    failures = []
    for case in cases:
        found = extract_urls_with_indices(case["text"])
        if section == "urls":
            got: list[Any] = [url.url for url in found]
        else:
            got = [{"url": url.url, "indices": [url.start, url.end]} for url in found]
        if got != case["expected"]:
            failures.append((case["description"], got, case["expected"]))
    assert cases and not failures


def test_tld_conformance() -> None:
    sections = _load("tlds.yml")
    failures = [
        case["text"]
        for cases in sections.values()
        for case in cases
        if [url.url for url in extract_urls_with_indices(case["text"])] != case["expected"]
    ]
    assert sum(len(cases) for cases in sections.values()) > 1000 and not failures


# --- the official library, run with node --------------------------------------------------------------------


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "cmtoolbox-tests" / "npm"


@pytest.fixture(scope="session")
def official_node_modules() -> Path:
    """node_modules holding twitter-text 3.1.0, installed once from the npm registry into the user's cache."""
    require(shutil.which("node") is not None and shutil.which("npm") is not None, "node and npm are needed")
    target = _cache_dir() / "twitter-text-3.1.0-twemoji-14.0.0"
    if not (target / "node_modules" / "twitter-text" / "package.json").is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix="install-", dir=target.parent))
        (staging / "package.json").write_text(json.dumps(NPM_PACKAGE), "utf-8")
        completed = subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"],
            cwd=staging,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        require(completed.returncode == 0, f"npm install twitter-text failed: {completed.stderr[-2000:]}")
        shutil.rmtree(target, ignore_errors=True)
        staging.rename(target)
    return target / "node_modules"


def _node_env(node_modules: Path) -> dict[str, str]:
    return {**os.environ, "NODE_PATH": str(node_modules)}


def _ask_batch(node_modules: Path, texts: list[str]) -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "texts.json"
        source.write_text(json.dumps(texts), "utf-8")
        completed = subprocess.run(
            ["node", str(ORACLE), str(source)],
            capture_output=True,
            text=True,
            env=_node_env(node_modules),
            timeout=600,
            check=True,
        )
    answers: list[dict[str, Any]] = json.loads(completed.stdout)
    return answers


class _Oracle:
    """A long-lived node process answering one text per line, for hypothesis's many small examples."""

    def __init__(self, node_modules: Path) -> None:
        self._process = subprocess.Popen(
            ["node", str(ORACLE)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=_node_env(node_modules),
        )

    def ask(self, text: str) -> dict[str, Any]:
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.write(json.dumps(text) + "\n")
        self._process.stdin.flush()
        answer: dict[str, Any] = json.loads(self._process.stdout.readline())
        return answer

    def close(self) -> None:
        if self._process.stdin is not None:
            self._process.stdin.close()
        self._process.wait(timeout=30)


@pytest.fixture(scope="session")
def oracle(official_node_modules: Path) -> Iterator[_Oracle]:
    process = _Oracle(official_node_modules)
    yield process
    process.close()


_NEWER_EMOJI = tuple(
    seq for version, group in SEQUENCES_BY_VERSION.items() if version > TWEMOJI_VERSION for seq in group
)


def _comparable(text: str) -> bool:
    return not any(seq in text for seq in _NEWER_EMOJI)


def _to_code_points(text: str, utf16_index: int) -> int:
    return len(
        text.encode("utf-16-le", "surrogatepass")[: 2 * utf16_index].decode("utf-16-le", "surrogatepass")
    )


def _ours(text: str) -> dict[str, Any]:
    result = parse_tweet(text)
    return {
        "weightedLength": result.weighted_length,
        "valid": result.valid,
        "permillage": result.permillage,
        "validRangeEnd": result.valid_range_end,
        "displayRangeEnd": result.display_range_end,
        "urls": [[url.url, url.start, url.end] for url in extract_urls_with_indices(text)],
    }


def _theirs(text: str, answer: dict[str, Any]) -> dict[str, Any]:
    assert "error" not in answer, answer
    return {
        "weightedLength": answer["weightedLength"],
        "valid": answer["valid"],
        "permillage": answer["permillage"],
        "validRangeEnd": answer["validRangeEnd"],
        "displayRangeEnd": answer["displayRangeEnd"],
        "urls": [
            [url["url"], _to_code_points(text, url["indices"][0]), _to_code_points(text, url["indices"][1])]
            for url in answer["urls"]
        ],
    }


_PIECES = (
    "http://", "https://", "HTTP://", "www.", "t.co/", ".com", ".fr", ".co.uk", ".みんな", ".рф", ".xn--p1ai",
    "xn--", "exemple", "exa-mple", "_", "-", ".", "/", "?", "=", "&", "#", "@", "$", "(", ")", "[", "]", ":",
    "8080", "%20", "!", ",", ";", "'", '"', " ", " ", " ", "\n", "\r\n", "\t", "\u00a0", "\u202f", "é", "ü",
    "ж", "日本", "한국", "ع", "\u0301", "\u200d", "\ufe0f", "\ufe0e", "\u20e3", "\ufeff", "\uffff", "\u202a",
    "\u2066", "©", "®", "™", "1", "*", "😀", "👍", "🏽", "🇫", "🇷", "\U000e0067", "ſ", "K", "Ι", "bit.ly",
    "chemin", "a", "Z", "…", "«", "»", "\u2013", "~", "|", "+", "abc123", ".ly", ".io", ".museum",
)  # fmt: skip


def _random_texts(seed: int, count: int) -> list[str]:
    """Texts mixing URL fragments, scripts, marks and emoji sequences that the official parser knows."""
    generator = random.Random(seed)
    emoji = [
        seq for version, group in SEQUENCES_BY_VERSION.items() if version <= TWEMOJI_VERSION for seq in group
    ]
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(generator.randint(1, 30)):
            roll = generator.random()
            if roll < 0.15:
                parts.append(generator.choice(emoji))
            elif roll < 0.2:
                parts.append(chr(generator.randint(0x20, 0x2FFF)))
            else:
                parts.append(generator.choice(_PIECES))
        texts.append("".join(parts))
    return texts


def test_agrees_with_official_library_on_corpus_and_random_texts(official_node_modules: Path) -> None:
    corpus = [entry["text"] for entry in json.loads(CORPUS.read_text("utf-8"))]
    texts = [text for text in corpus + _random_texts(seed=20240521, count=2000) if _comparable(text)]
    answers = _ask_batch(official_node_modules, texts)
    disagreements = [
        (text, _ours(text), _theirs(text, answer))
        for text, answer in zip(texts, answers, strict=True)
        if _ours(text) != _theirs(text, answer)
    ]
    assert len(texts) > 2000
    assert disagreements == []


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=300))
def test_agrees_with_official_library_on_any_text(oracle: _Oracle, text: str) -> None:
    if _comparable(text):
        assert _ours(text) == _theirs(text, oracle.ask(text))


_URLISH = st.lists(st.sampled_from(_PIECES) | st.text(max_size=3), max_size=25).map("".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_URLISH)
def test_agrees_with_official_library_on_url_like_text(oracle: _Oracle, text: str) -> None:
    if _comparable(text):
        assert _ours(text) == _theirs(text, oracle.ask(text))
