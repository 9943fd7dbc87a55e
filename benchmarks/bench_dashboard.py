"""How long the dashboard takes to read its cards on a large data set, and the query plans it uses.

Run: `python benchmarks/bench_dashboard.py --data DIR [--plans]` on a data folder built by
`benchmarks/generate.py --size small|full --data-dir DIR` (generated there first when missing,
`--size small` by default). A copy is safest: opening the folder applies the app's migrations.

Prints, for all clients and for each of the first clients, the median and worst time of
`ops.dashboard.overview` (every card, "this week", what the page reads when it opens or refreshes),
then each card alone. `--plans` prints SQLite's EXPLAIN QUERY PLAN of every statement the cards run,
to check that each starts from an index (no "SCAN" of a big table). The budget is 100 ms for
`overview` (the page shows its cards in the next frame after the answer); it runs on the database
thread, so going over delays the cards, never the interface.

`measure(store)` is what `benchmarks/run.py` can call.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from cmtoolbox.ops import dashboard  # noqa: E402
from cmtoolbox.ops.dashboard import Period, Scope  # noqa: E402
from cmtoolbox.storage.store import Store  # noqa: E402

BUDGET_MS = 100.0


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def scopes(store: Store, clients: int = 3, now: datetime | None = None) -> list[tuple[str, Scope]]:
    """All clients, then the first `clients` clients, for "this week"."""
    now = now or datetime.now().astimezone()
    rows = store.db.execute(
        "SELECT id, name FROM clients WHERE archived_at IS NULL ORDER BY id LIMIT ?", [clients]
    ).fetchall()
    return [("all clients", Scope(None, Period.WEEK, now))] + [
        (name, Scope(client_id, Period.WEEK, now)) for client_id, name in rows
    ]


def measure(store: Store, repeat: int = 5) -> dict[str, float]:
    """Worst-of-median ms of `overview` over the scopes, and of each card alone: {name: ms}."""
    figures: dict[str, float] = {}
    all_scopes = scopes(store)
    figures["overview"] = max(
        timed(lambda s=s: dashboard.overview(store, s), repeat)[0] for _n, s in all_scopes
    )
    for card, read in dashboard.CARDS.items():
        figures[str(card)] = max(timed(lambda s=s, r=read: r(store, s), repeat)[0] for _n, s in all_scopes)
    return figures


def plans(store: Store) -> list[tuple[str, list[str]]]:
    """(statement, plan lines) of every statement the cards run for each scope."""
    seen: list[str] = []
    store.db.conn.set_trace_callback(seen.append)
    try:
        for _name, scope in scopes(store, clients=1):
            dashboard.overview(store, scope)
    finally:
        store.db.conn.set_trace_callback(None)
    out: list[tuple[str, list[str]]] = []
    for sql in dict.fromkeys(s for s in seen if s.lstrip().upper().startswith("SELECT")):
        rows = store.db.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()
        out.append((sql, [f"{'  ' * (parent > 0)}{detail}" for _id, parent, _n, detail in rows]))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, required=True, help="data folder (generated when missing)")
    parser.add_argument("--size", default="small", choices=("small", "full"))
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--plans", action="store_true", help="print the query plans")
    args = parser.parse_args(argv)
    if not (args.data / "cmtoolbox.sqlite3").exists():
        print(f"generating the {args.size} data set in {args.data}…", flush=True)
        subprocess.run(
            [
                sys.executable,
                str(REPO / "benchmarks" / "generate.py"),
                "--size",
                args.size,
                "--data-dir",
                str(args.data),
            ],
            check=True,
        )
    store, _ = Store.open(args.data)
    try:
        counts = {
            table: store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("clients", "notes", "drafts", "feed_items", "media", "sources")
        }
        print("data set: " + ", ".join(f"{n:,} {table}" for table, n in counts.items()))
        for name, scope in scopes(store):
            median, worst = timed(lambda s=scope: dashboard.overview(store, s), args.repeat)
            flag = "" if worst <= BUDGET_MS else "  > budget"
            print(f"  overview, {name:<28} median {median:7.2f} ms   worst {worst:7.2f} ms{flag}")
        for card, read in dashboard.CARDS.items():
            for name, scope in scopes(store, clients=1):
                median, worst = timed(lambda s=scope, r=read: r(store, s), args.repeat)
                print(f"    {card!s:<11} {name:<28} median {median:7.2f} ms   worst {worst:7.2f} ms")
        if args.plans:
            for sql, lines in plans(store):
                print("\n" + " ".join(sql.split())[:400])
                for line in lines:
                    print(f"    {line}")
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
