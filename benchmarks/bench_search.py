"""Search and notes-list figures on a large notebook (100,000 notes by default).

Run: `python benchmarks/bench_search.py --data /tmp/cmt-bench-100k` (generates the data folder with
benchmarks/generate_data.py first when it does not exist). Prints median and worst times per query
as the search box sends them while someone types (every prefix of the word), with and without
filters, and the lazy notes list's page loads. The budget is a 60 Hz frame, 16 ms; the search runs
on the database thread anyway, so going over it delays results, never the interface.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.generate_data import generate  # noqa: E402
from cmtoolbox.storage.notes import NoteQuery  # noqa: E402
from cmtoolbox.storage.search import SearchFilters, search_all  # noqa: E402
from cmtoolbox.storage.store import Store  # noqa: E402

FRAME_MS = 16.0
TYPED = ("reseaux", "e-reputation", "oeuvre", "l'association", "boulangerie", "strategie contenu",
         "taux d'engagement", "calendrier editorial")  # fmt: skip


def timed(fn, repeat: int) -> tuple[float, float, object]:  # noqa: ANN001
    times = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times), result


def row(label: str, median: float, worst: float, extra: str = "") -> None:
    flag = "" if worst <= FRAME_MS else "  > frame"
    print(f"  {label:<42} median {median:7.2f} ms   worst {worst:7.2f} ms  {extra}{flag}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=Path("/tmp/cmt-bench-100k"))
    parser.add_argument("--notes", type=int, default=100_000, help="notes to generate when --data is missing")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    if not (args.data / "cmtoolbox.sqlite3").exists():
        print(f"generating {args.notes} notes in {args.data}…")
        generate(args.data, args.notes)
    store, _ = Store.open(args.data)
    try:
        total = store.db.execute("SELECT count(*) FROM notes").fetchone()[0]
        client_id = store.db.execute("SELECT id FROM clients ORDER BY id LIMIT 1").fetchone()[0]
        print(f"{total} notes; budget {FRAME_MS:.0f} ms per query\n")

        print("Search as you type (global search, all clients, 20 hits per kind):")
        all_times: list[float] = []
        for text in TYPED:
            for end in range(1, len(text) + 1):
                prefix = text[:end]
                median, worst, result = timed(lambda p=prefix: search_all(store, p), args.repeat)
                all_times.append(median)
                if end in (1, 2, 3) or end == len(text) or median > FRAME_MS:
                    hits = sum(len(v) for v in result.values())  # type: ignore[union-attr]
                    row(repr(prefix), median, worst, f"{hits} hits")
        ordered = sorted(all_times)
        print(
            f"  every keystroke of {len(TYPED)} queries: median {statistics.median(ordered):.2f} ms, "
            f"p95 {ordered[int(len(ordered) * 0.95) - 1]:.2f} ms, max {ordered[-1]:.2f} ms\n"
        )

        print("Filters:")
        week_ago = datetime.now(UTC) - timedelta(days=30)
        for label, filters in (
            ("client", SearchFilters(client_id=client_id)),
            ("tag 'reporting'", SearchFilters(tag="reporting")),
            ("last 30 days", SearchFilters(since=week_ago)),
            ("client + tag + 30 days", SearchFilters(client_id=client_id, tag="reporting", since=week_ago)),
        ):
            for text in ("reseaux", "r"):
                median, worst, result = timed(lambda t=text, f=filters: search_all(store, t, f), args.repeat)
                hits = sum(len(v) for v in result.values())  # type: ignore[union-attr]
                row(f"{label}: {text!r}", median, worst, f"{hits} hits")

        print("\nNotes list (lazy model: count, then pages of 200):")
        query = NoteQuery(client_id=client_id)
        median, worst, count = timed(lambda: store.notes.count(query), args.repeat)
        row("count (client + shared)", median, worst, f"{count} notes")
        for offset in (0, 200, 10_000, int(count) - 200):  # type: ignore[arg-type]
            median, worst, _ = timed(lambda o=offset: store.notes.page(query, o, 200), args.repeat)
            row(f"page at offset {offset}", median, worst)
        tagged = NoteQuery(client_id=client_id, tag="reporting")
        median, worst, _ = timed(lambda: store.notes.page(tagged, 0, 200), args.repeat)
        row("first page, tag filter", median, worst)
        filtered = NoteQuery(client_id=client_id, text="reseaux")
        median, worst, _ = timed(lambda: store.notes.page(filtered, 0, 200), args.repeat)
        row("first page, text filter 'reseaux'", median, worst)
        median, worst, _ = timed(lambda: store.notes.count(filtered), args.repeat)
        row("count, text filter 'reseaux'", median, worst)
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
