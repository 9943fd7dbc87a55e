"""Grammar checker figures: engine load, first check and incremental re-check of a 3,000-character post.

Run: `python benchmarks/bench_grammar.py` (prints figures; asserts nothing).

The check runs on a worker thread; what the UI thread does per keystroke is only to apply the results it
receives (underlines at UTF-16 offsets). The 16 ms keystroke budget therefore concerns that apply step,
and the incremental re-check says how soon after a keystroke the underlines are up to date.
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from cmtoolbox.core import grammar  # noqa: E402

EVAL_FILE = REPO / "tests" / "core" / "data" / "grammar_eval_fr.tsv"
SIZE = 3000
KEYSTROKES = 200
UI_BUDGET_MS = 16.0


def posts() -> tuple[list[str], list[str]]:
    ok, err = [], []
    for line in EVAL_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            kind, text, *_ = line.split("\t")
            text = text.replace("\\r", "").replace("\\n", "\n").replace("\\xa0", "\u00a0")
            (ok if kind == "ok" else err).append(text)
    return ok, err


def post_of(size: int, separator: str) -> str:
    """About ``size`` characters of eval posts, one erroneous post in four."""
    ok, err = posts()
    parts: list[str] = []
    i = 0
    while sum(len(p) + len(separator) for p in parts) < size:
        parts.append(ok[i % len(ok)] if i % 4 else err[i % len(err)])
        i += 1
    return separator.join(parts)[:size]


def ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def utf16_ranges(text: str, issues: list[grammar.Issue]) -> list[tuple[int, int]]:
    """What the UI thread computes from a result: Qt offsets (UTF-16 units) of each underline."""
    if text.isascii():
        return [(i.start, i.end) for i in issues]
    units = [0]
    for ch in text:
        units.append(units[-1] + (2 if ord(ch) > 0xFFFF else 1))
    return [(units[i.start], units[i.end]) for i in issues]


def keystrokes(text: str, count: int) -> list[tuple[str, str]]:
    """(before, after) pairs of single-character insertions at random word ends, as typing does."""
    rng = random.Random(13)
    spots = [i for i, ch in enumerate(text) if ch == " "]
    out = []
    for _ in range(count):
        spot = rng.choice(spots)
        out.append((text, text[:spot] + rng.choice("aeiourst") + text[spot:]))
    return out


def describe(values: list[float]) -> str:
    values = sorted(values)
    p95 = values[int(0.95 * (len(values) - 1))]
    return f"median {statistics.median(values):.2f} ms, p95 {p95:.2f} ms, max {values[-1]:.2f} ms"


def cold_load_ms() -> float:
    """Import plus engine load in a fresh interpreter (what the first check of a session pays)."""
    code = (
        "import time; t = time.perf_counter(); from cmtoolbox.core import grammar; grammar.warm_up(); "
        "print((time.perf_counter() - t) * 1000)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    )
    return float(result.stdout.strip().splitlines()[-1])


def main() -> None:
    ok, why = grammar.available()
    if not ok:
        print(f"grammar checking unavailable: {why}")
        return
    print(f"{why}; post of {SIZE} characters; {KEYSTROKES} keystrokes")
    print(f"cold start (import + load + rules compiled, fresh process): {cold_load_ms():.0f} ms")
    grammar.warm_up()
    for label, separator in (("paragraphs", "\n\n"), ("one paragraph", " ")):
        text = post_of(SIZE, separator)
        grammar._CACHE.clear()
        start = time.perf_counter()
        issues = grammar.check(text)
        first = ms(start)
        start = time.perf_counter()
        grammar.check(text)
        cached = ms(start)
        incremental, apply = [], []
        for _, after in keystrokes(text, KEYSTROKES):
            start = time.perf_counter()
            result = grammar.check(after)
            incremental.append(ms(start))
            start = time.perf_counter()
            utf16_ranges(after, result)
            apply.append(ms(start))
        start = time.perf_counter()
        grammar.fix_typography(text.replace("\u00a0", " "))
        fix = ms(start)
        print(f"\n{label}: {len(issues)} issues")
        print(f"  first check (worker):        {first:.0f} ms")
        print(f"  same text again (cache):     {cached:.2f} ms")
        print(f"  re-check after a keystroke:  {describe(incremental)}")
        print(f"  apply on the UI thread:      {describe(apply)} (budget {UI_BUDGET_MS:.0f} ms)")
        print(f"  fix_typography (one undo):   {fix:.2f} ms")


if __name__ == "__main__":
    main()
