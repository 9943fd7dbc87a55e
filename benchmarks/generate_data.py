"""A large notebook only: N notes (100,000 by default) over five clients, for the search and sync benchmarks.

Run: `python benchmarks/generate_data.py --notes 100000 --out /tmp/cmt-bench-100k`

The notes come from `benchmarks/generate.py` (the whole data set of issue 16: notes, drafts,
feeds, library, metrics), which this module now only calls: the same text, the same bulk writes
with the manager's derived rows (folded full-text row, title key, link rows). Kept for the
benchmarks that need notes alone (`bench_search.py`, `bench_sync.py`) and extend a folder.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.generate import CLIENTS, TextMaker, generate_notes  # noqa: E402
from cmtoolbox.storage.store import Store  # noqa: E402


def generate(root: Path, count: int, *, seed: int = 7, batch: int = 5000) -> float:
    """Add `count` notes to the data folder `root` (created when missing); returns the seconds taken."""
    started = time.perf_counter()
    root.mkdir(parents=True, exist_ok=True)
    store, _ = Store.open(root)
    db = store.db
    rng = random.Random(seed)
    try:
        with db.atomic():
            client_ids = []
            for name in CLIENTS:
                existing = db.execute("SELECT id FROM clients WHERE name = ?", [name]).fetchone()
                client_ids.append(existing[0] if existing else store.clients.create(name).id)
        generate_notes(store, count, rng, TextMaker(rng), client_ids, batch=batch)
        db.execute("ANALYZE")
    finally:
        store.close()
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--out", type=Path, required=True, help="data folder to create (or extend)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    elapsed = generate(args.out, args.notes, seed=args.seed)
    size = sum(p.stat().st_size for p in args.out.glob("cmtoolbox.sqlite3*")) / 1e6
    print(f"{args.notes} notes in {elapsed:.1f} s; database {size:.0f} MB in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
