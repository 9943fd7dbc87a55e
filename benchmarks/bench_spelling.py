"""Spell checker figures: load time, check time per draft, suggestion latency, quality on the eval set.

Run: `python benchmarks/bench_spelling.py` (prints figures; asserts nothing).
"""

from __future__ import annotations

import statistics
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from cmtoolbox.core import spelling  # noqa: E402
from cmtoolbox.core.spell_tokens import words  # noqa: E402
from cmtoolbox.core.spelling import SpellChecker  # noqa: E402

EVAL_FILE = REPO / "tests" / "core" / "data" / "spelling_eval_fr.tsv"
CHECK_BUDGET_MS = 16.0


def load_rows() -> list[list[str]]:
    rows = []
    for line in EVAL_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            cols = line.split("\t")
            cols[1] = cols[1].replace("\\n", "\n")
            rows.append(cols)
    return rows


def draft_of(rows: list[list[str]], size: int) -> str:
    """A realistic draft of about `size` characters made of the correct posts (plus a few typos)."""
    parts: list[str] = []
    posts = [r[1] for r in rows if r[0] == "ok"]
    typos = [r[1] for r in rows if r[0] == "err"]
    i = 0
    while sum(len(p) + 2 for p in parts) < size:
        parts.append(posts[i % len(posts)] if i % 4 else typos[i % len(typos)])
        i += 1
    return "\n\n".join(parts)[:size]


def timeit(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def quality(checker: SpellChecker, rows: list[list[str]], with_suggestions: bool) -> dict[str, float]:
    checked = false_alarms = errors = found = top1 = top5 = 0
    for row in rows:
        text = row[1]
        flagged = checker.misspelled(text)
        if row[0] == "ok":
            checked += sum(1 for _ in words(text))
            false_alarms += len(flagged)
            continue
        wrong, right = row[2], row[3]
        s = text.index(wrong)
        e = s + len(wrong)
        checked += sum(1 for _ in words(text)) - 1
        hits = [m for m in flagged if m.start < e and m.end > s]
        false_alarms += len(flagged) - len(hits)
        errors += 1
        if not hits:
            continue
        found += 1
        if with_suggestions:
            m = hits[0]
            expected = text[:s] + right + text[e:]
            fixed = [text[: m.start] + x + text[m.end :] for x in checker.suggestions(m.word)]
            top1 += fixed[:1] == [expected]
            top5 += expected in fixed
    return {
        "errors": errors,
        "recall": found / errors,
        "checked": checked,
        "false_alarms": false_alarms,
        "false_alarm_rate": false_alarms / checked,
        "top1": top1 / max(found, 1),
        "top5": top5 / max(found, 1),
    }


def baseline(rows: list[list[str]]) -> str:
    """Plain Hunspell on a plain word split, for comparison: no vocabulary, no rules."""
    import hunspell
    import regex

    plain = hunspell.Hunspell("fr", hunspell_data_dir=str(REPO / "resources" / "dictionaries"))
    split = regex.compile(r"[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*")
    checked = alarms = errors = found = 0
    for row in rows:
        spans = [(m.start(), m.end()) for m in split.finditer(row[1]) if not plain.spell(m.group())]
        tokens = sum(1 for _ in split.finditer(row[1]))
        if row[0] == "ok":
            checked += tokens
            alarms += len(spans)
            continue
        s = row[1].index(row[2])
        e = s + len(row[2])
        hit = [x for x in spans if x[0] < e and x[1] > s]
        checked += tokens - 1
        alarms += len(spans) - len(hit)
        errors += 1
        found += bool(hit)
    return (
        f"{'plain Hunspell, plain split':32s} recall {found / errors:.1%} of {errors}  "
        f"false alarms {alarms}/{checked} = {alarms / checked:.2%}"
    )


def gil_probe(checker: SpellChecker, word: str) -> tuple[float, int]:
    """How many times a Python loop on another thread runs while Hunspell searches suggestions."""
    stop = threading.Event()
    ticks = 0

    def spin() -> None:
        nonlocal ticks
        while not stop.is_set():
            ticks += 1
            time.sleep(0.001)

    thread = threading.Thread(target=spin)
    thread.start()
    time.sleep(0.02)
    before = ticks
    t = time.perf_counter()
    checker._dicts[0].hunspell_suggest(word)
    elapsed = (time.perf_counter() - t) * 1000
    during = ticks - before
    stop.set()
    thread.join()
    return elapsed, during


def main() -> None:
    rows = load_rows()
    print("== load")
    t = time.perf_counter()
    fr = SpellChecker(("fr",))
    print(f"first SpellChecker('fr'):        {(time.perf_counter() - t) * 1000:7.1f} ms")
    t = time.perf_counter()
    SpellChecker(("fr",), personal_words=["Nextoria"])
    print(f"second SpellChecker('fr'):       {(time.perf_counter() - t) * 1000:7.2f} ms (shared cache)")
    t = time.perf_counter()
    both = SpellChecker(("fr", "en"))
    print(f"SpellChecker('fr', 'en'):        {(time.perf_counter() - t) * 1000:7.1f} ms (loads en)")
    t = time.perf_counter()
    fr.suggestions("evenement")
    print(f"frequency index, first use:      {(time.perf_counter() - t) * 1000:7.1f} ms (lazy, per language)")

    print("\n== check (misspelled) after warm-up")
    for size in (280, 3000):
        text = draft_of(rows, size)
        n_words = sum(1 for _ in words(text))
        for label, checker in (("fr", fr), ("fr+en", both)):
            checker.misspelled(text)  # warm-up: fills the verdict caches
            warm = timeit(lambda c=checker, x=text: c.misspelled(x), 50)
            fresh_checker = SpellChecker(checker.languages)  # shared dictionaries, empty token cache
            fresh = timeit(lambda c=fresh_checker, x=text: c.misspelled(x), 1)
            for d in checker._dicts:  # nothing cached at all: first check of a new draft at start-up
                d.spell.cache_clear()
                d.is_compound.cache_clear()
            cold_checker = SpellChecker(checker.languages)
            cold = timeit(lambda c=cold_checker, x=text: c.misspelled(x), 1)
            print(
                f"{size:5d} chars ({n_words:3d} words) {label:6s} median {statistics.median(warm):6.2f} ms"
                f"  p95 {sorted(warm)[int(len(warm) * 0.95)]:6.2f} ms"
                f"  new checker {fresh[0]:5.2f} ms  cold {cold[0]:5.2f} ms"
                f"  budget {CHECK_BUDGET_MS:.0f} ms: x{CHECK_BUDGET_MS / statistics.median(warm):.0f} margin"
            )
    spelling_dict = fr._dicts[0]
    probe = [w.text for w in words(draft_of(rows, 3000))]
    spelling_dict.spell.cache_clear()
    t = time.perf_counter()
    for w in probe:
        spelling_dict.spell(w)
    per_word = (time.perf_counter() - t) / len(probe) * 1e6
    print(f"uncached Hunspell spell():       {per_word:7.1f} µs/word")

    print("\n== suggestions (flagged words of the eval set)")
    flagged: list[str] = []
    for row in rows:
        if row[0] == "err":
            flagged.extend(m.word for m in fr.misspelled(row[1]))
    durations = []
    for w in flagged:
        t = time.perf_counter()
        fr.suggestions(w)
        durations.append((time.perf_counter() - t) * 1000)
    durations.sort()
    print(
        f"{len(durations)} words: median {statistics.median(durations):.1f} ms, "
        f"p95 {durations[int(len(durations) * 0.95)]:.1f} ms, max {durations[-1]:.1f} ms"
    )
    hunspell_times = timeit(lambda: spelling_dict.hunspell_suggest("convertion"), 5)
    print(f"Hunspell suggest() alone ('convertion'): median {statistics.median(hunspell_times):.0f} ms")
    elapsed, ticks = gil_probe(fr, "interressant")
    print(
        f"GIL probe: another thread ran {ticks} times during a {elapsed:.0f} ms Hunspell search "
        f"(~{elapsed:.0f} expected if the GIL were released)"
    )

    print("\n== quality on", EVAL_FILE.name)
    variants = {
        "lenient + exceptions (default)": SpellChecker(("fr",)),
        "strict (no proper-noun rule)": SpellChecker(("fr",), proper_noun_leniency=False),
    }
    plain = SpellChecker(("fr",))
    plain._near_brand = lambda word: False  # type: ignore[method-assign]
    plain._looks_like_common_word_slip = lambda word: False  # type: ignore[method-assign]
    variants["lenient, no exceptions"] = plain
    variants["fr + en"] = SpellChecker(("fr", "en"))
    for label, checker in variants.items():
        q = quality(checker, rows, with_suggestions=label.endswith("(default)"))
        line = (
            f"{label:32s} recall {q['recall']:.1%} of {q['errors']}  "
            f"false alarms {q['false_alarms']}/{q['checked']} = {q['false_alarm_rate']:.2%}"
        )
        if label.endswith("(default)"):
            line += f"  top-1 {q['top1']:.1%}  top-5 {q['top5']:.1%}"
        print(line)
    print(baseline(rows))
    print(f"\n(dictionary cache holds {len(spelling._DICTIONARIES)} loaded language(s))")


if __name__ == "__main__":
    main()
