"""Speed of the per-network counters, and of our X counter against the PyPI port twitter-text-parser.

    .venv/bin/python benchmarks/bench_counters.py

The GUI recounts on every keystroke, so a count must stay far below a frame (the goal: well under 0.1 ms for
a 280-character post, under 1 ms for 3,000 characters). The script also reports how often each X counter
agrees with the answers the official library gave on tests/core/data/counters_twitter_corpus.json.
"""

from __future__ import annotations

import json
import sys
import timeit
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cmtoolbox.core.counters import count  # noqa: E402
from cmtoolbox.core.twitter_text import parse_tweet  # noqa: E402

try:
    from twitter_text import parse_tweet as port_parse_tweet  # the PyPI package twitter-text-parser
except ImportError:  # pragma: no cover - optional comparison
    port_parse_tweet = None

SENTENCE = "Bonjour à toutes et à tous ! Aujourd'hui on parle de stratégie de contenu sur les réseaux. "
LINKS = "Article 👉 https://www.exemple.fr/blog/2024/strategie?utm_source=x et exemple.com, merci ! #CM "
EMOJI = "On fête ça 🎉🎉 👨‍👩‍👧‍👦 ❤️ 🇫🇷 👍🏽 "


def _fill(pattern: str, size: int) -> str:
    return (pattern * (size // len(pattern) + 1))[:size]


TEXTS = {
    "plain 280": _fill(SENTENCE, 280),
    "links 280": _fill(LINKS, 280),
    "emoji 280": _fill(EMOJI, 280),
    "mixed 3000": _fill(SENTENCE + LINKS + EMOJI, 3000),
    "plain 3000": _fill(SENTENCE, 3000),
}


def per_call_us(function: Callable[[], object], budget_s: float = 0.4) -> float:
    timer = timeit.Timer(function)
    number, elapsed = timer.autorange()
    runs = max(1, int(budget_s / max(elapsed / number, 1e-9)))
    best = min(timer.repeat(repeat=3, number=runs))
    return best / runs * 1e6


def main() -> None:
    print("X counter (parse_tweet), microseconds per call")
    print(f"{'text':<12}{'ours':>10}{'twitter-text-parser':>22}{'ratio':>9}")
    for name, text in TEXTS.items():
        ours = per_call_us(lambda text=text: parse_tweet(text))
        if port_parse_tweet is None:
            print(f"{name:<12}{ours:>10.1f}{'(not installed)':>22}")
            continue
        port = per_call_us(lambda text=text: port_parse_tweet(text), budget_s=0.3)
        print(f"{name:<12}{ours:>10.1f}{port:>22.1f}{port / ours:>8.0f}x")

    print("\ncount(network, text), microseconds per call")
    networks = ["x", "mastodon", "bluesky", "threads", "linkedin", "youtube_description"]
    print(f"{'text':<12}" + "".join(f"{n:>21}" for n in networks))
    for name, text in TEXTS.items():
        cells = [per_call_us(lambda n=n, text=text: count(n, text), budget_s=0.2) for n in networks]
        print(f"{name:<12}" + "".join(f"{cell:>21.1f}" for cell in cells))

    corpus_file = ROOT / "tests" / "core" / "data" / "counters_twitter_corpus.json"
    corpus = json.loads(corpus_file.read_text("utf-8"))
    ours_ok = sum(parse_tweet(e["text"]).weighted_length == e["weightedLength"] for e in corpus)
    print(f"\nagreement with the official library on the corpus ({len(corpus)} texts, weighted length):")
    print(f"  ours: {ours_ok}/{len(corpus)}")
    if port_parse_tweet is not None:
        port_ok = 0
        for entry in corpus:
            try:
                port_ok += port_parse_tweet(entry["text"]).weightedLength == entry["weightedLength"]
            except Exception:  # noqa: BLE001 - a crash counts as a disagreement
                pass
        print(f"  twitter-text-parser: {port_ok}/{len(corpus)}")


if __name__ == "__main__":
    main()
