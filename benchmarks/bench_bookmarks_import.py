"""Bookmark import figures: 10,000 and 100,000 bookmarks into a real data folder.

Run: `python benchmarks/bench_bookmarks_import.py` (sizes with `--sizes 10000 100000`).

For each size it writes a browser-like bookmarks.html (nested folders, TAGS, dates, descriptions,
about 3 % repeats and 1 % non-web links), then times, in a fresh data folder that already holds
5,000 sources of another client and a shared one:

- parsing the file (`core.bookmarks_html.read_bookmark_document`),
- the import itself (`SourceManager.import_bookmarks`, one transaction, on this thread),
- importing the same file again (everything is a duplicate: the duplicate check alone),
- the longest stretch the import kept the database to itself, measured as the largest gap
  between two progress calls (an import that cannot yield would show the whole import here).

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
from cmtoolbox.storage.store import Store  # noqa: E402

WORDS = ("boulangerie", "réseaux", "veille", "marketing", "instagram", "recette", "événement", "presse",
         "concurrent", "tendance", "vidéo", "podcast", "blog", "forum", "atelier", "quartier")  # fmt: skip
HOSTS = ("example.com", "exemple.fr", "blog.example.org", "news.example.net", "www.example.io")


def make_bookmarks(count: int, seed: int = 7) -> list[Bookmark]:
    """`count` bookmarks as a browser exports them, with ~3 % repeats and ~1 % non-web links."""
    rng = random.Random(seed)
    start = datetime(2015, 1, 1, tzinfo=UTC)
    folders = [
        "/".join(rng.sample(WORDS, rng.randint(1, 3))).title() for _ in range(max(10, count // 200))
    ]
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


def seed_store(store: Store, count: int) -> int:
    """A data folder that is not empty: `count` sources of another client plus a few shared."""
    other = store.clients.create("Autre client").id
    store.sources.import_bookmarks(other, make_bookmarks(count, seed=99))
    store.sources.import_bookmarks(None, make_bookmarks(50, seed=98))
    return store.clients.create("Client importé").id


def bench(size: int, existing: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="cmt-bench-bookmarks-"))
    try:
        html = write_bookmarks(make_bookmarks(size))
        start = time.perf_counter()
        document = read_bookmark_document(html)
        parse_s = time.perf_counter() - start
        store, _ = Store.open(folder)
        try:
            client_id = seed_store(store, existing)
            gaps: list[float] = []
            last = [time.perf_counter()]

            def progress(_done: int, _total: int) -> None:
                now = time.perf_counter()
                gaps.append(now - last[0])
                last[0] = now

            start = time.perf_counter()
            last[0] = start
            report = store.sources.import_bookmarks(client_id, document.bookmarks, progress=progress)
            import_s = time.perf_counter() - start
            start = time.perf_counter()
            again = store.sources.import_bookmarks(client_id, document.bookmarks)
            again_s = time.perf_counter() - start
        finally:
            store.close()
        print(
            f"{size:>7} bookmarks ({len(html) / 1e6:.1f} MB): parse {parse_s:6.2f} s, "
            f"import {import_s:6.2f} s ({report.imported} new, {report.duplicates} duplicates, "
            f"{report.invalid} invalid), again {again_s:6.2f} s ({again.duplicates} duplicates), "
            f"longest stretch between progress calls {max(gaps) * 1000:.0f} ms",
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
