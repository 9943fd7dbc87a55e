"""Bookmark import figures: 10,000 and 100,000 bookmarks into a real data folder.

Run: `python benchmarks/bench_bookmarks_import.py` (sizes with `--sizes 10000 100000`).

For each size it writes a browser-like bookmarks.html (nested folders, TAGS, dates, descriptions,
about 3 % repeats and 1 % non-web links), then times, in a fresh data folder that already holds
5,000 sources of another client and 50 shared ones:

- parsing the file (`core.bookmarks_html.read_bookmark_document`),
- the import as the GUI calls it today (`SourceManager.import_bookmarks` with the bookmarks, one
  transaction), with the longest gap between two progress calls (when the cancel is polled),
- importing the same file again (everything is a duplicate: the duplicate check alone),
- the split the database thread prefers: `prepare_bookmarks` (address normalisation, the costly
  part, no database) on a worker, then `import_bookmarks` of the prepared rows, for another
  client: only the second part holds the database thread.

The issue measured the import as quadratic (10,000 bookmarks 62.6 s, 100,000 not done in 450 s);
the budget is "well under a minute" for 100,000. Figures only: nothing here fails.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from cmtoolbox.core.bookmarks_html import Bookmark, read_bookmark_document, write_bookmarks  # noqa: E402
from cmtoolbox.storage.sources import prepare_bookmarks  # noqa: E402
from cmtoolbox.storage.store import Store  # noqa: E402

WORDS = ("boulangerie", "réseaux", "veille", "marketing", "instagram", "recette", "événement", "presse",
         "concurrent", "tendance", "vidéo", "podcast", "blog", "forum", "atelier", "quartier")  # fmt: skip
HOSTS = ("example.com", "exemple.fr", "blog.example.org", "news.example.net", "www.example.io")


def make_bookmarks(count: int, seed: int = 7) -> list[Bookmark]:
    """`count` bookmarks as a browser exports them, with ~3 % repeats and ~1 % non-web links."""
    rng = random.Random(seed)
    start = datetime(2015, 1, 1, tzinfo=UTC)
    folders = ["/".join(rng.sample(WORDS, rng.randint(1, 3))).title() for _ in range(max(10, count // 200))]
    out: list[Bookmark] = []
    for i in range(count):
        roll = rng.random()
        if roll < 0.03 and out:
            base = out[rng.randrange(len(out))]
            url = base.url.replace("https://", "http://") + "?utm_source=newsletter"
        elif roll < 0.04:
            url = f"place:folder=BOOKMARKS_MENU&sort={i}"
        else:
            host = f"{rng.choice(WORDS)}{i % 997}.{rng.choice(HOSTS)}"
            url = f"https://{host}/{rng.choice(WORDS)}/{i}-{rng.choice(WORDS)}"
        out.append(
            Bookmark(
                url=url,
                title=" ".join(rng.sample(WORDS, 3)).capitalize(),
                folder=rng.choice(folders) if rng.random() < 0.8 else "",
                tags=tuple(rng.sample(WORDS, rng.randint(0, 2))),
                added_at=start + timedelta(minutes=i),
                description=" ".join(rng.sample(WORDS, 6)) if rng.random() < 0.2 else "",
            )
        )
    return out


def seed_store(store: Store, count: int) -> None:
    """A data folder that is not empty: `count` sources of another client plus a few shared."""
    other = store.clients.create("Autre client").id
    store.sources.import_bookmarks(other, make_bookmarks(count, seed=99))
    store.sources.import_bookmarks(None, make_bookmarks(50, seed=98))


class Timer:
    """Wall and CPU time of a block (the machine is shared: CPU time is the steadier figure)."""

    def __enter__(self) -> Timer:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu

    def __str__(self) -> str:
        return f"{self.wall:6.2f} s (cpu {self.cpu:6.2f} s)"


def bench(size: int, existing: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="cmt-bench-bookmarks-"))
    try:
        html = write_bookmarks(make_bookmarks(size))
        with Timer() as parse:
            document = read_bookmark_document(html)
        store, _ = Store.open(folder)
        try:
            seed_store(store, existing)
            gaps: list[float] = []
            last = [0.0]

            def progress(_done: int, _total: int) -> None:
                now = time.perf_counter()
                gaps.append(now - last[0])
                last[0] = now

            raw_client = store.clients.create("Import direct").id
            last[0] = time.perf_counter()
            with Timer() as direct:
                report = store.sources.import_bookmarks(raw_client, document.bookmarks, progress=progress)
            with Timer() as again:
                repeat = store.sources.import_bookmarks(raw_client, document.bookmarks)
            prepared_client = store.clients.create("Import préparé").id
            with Timer() as prepare:
                prepared = prepare_bookmarks(document.bookmarks)
            with Timer() as db_only:
                second = store.sources.import_bookmarks(prepared_client, prepared)
            assert (second.imported, second.duplicates) == (report.imported, report.duplicates)
        finally:
            store.close()
        print(
            f"{size:>7} bookmarks ({len(html) / 1e6:.1f} MB, {report.imported} new, {report.duplicates} "
            f"duplicates, {report.invalid} invalid)\n"
            f"    parse the file                          {parse}\n"
            f"    import on the database thread, as is    {direct}   longest stretch between "
            f"progress calls {max(gaps) * 1000:.0f} ms\n"
            f"    same file again (all duplicates)        {again}   ({repeat.duplicates} duplicates)\n"
            f"    prepare_bookmarks on a worker           {prepare}\n"
            f"    then import the prepared rows (db)      {db_only}",
            flush=True,
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--existing", type=int, default=5_000, help="sources of another client already there")
    args = parser.parse_args(argv)
    for size in args.sizes:
        bench(size, args.existing)
    return 0


if __name__ == "__main__":
    sys.exit(main())
