"""The benchmark tools of issue 16 keep working as the schema grows: the generator writes what the
managers would (the app finds and reads it), and run.py prints its figures without crashing."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks import generate as gen
from cmtoolbox.core.feeds import parse_feed
from cmtoolbox.core.media import probe
from cmtoolbox.ops.search import search_everything
from cmtoolbox.storage.search import SearchFilters
from cmtoolbox.storage.store import Store

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("tiny")
    gen.generate(root, "tiny", seed=11)
    return root


def _count(db: sqlite3.Connection, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_counts_and_derived_rows(tiny: Path) -> None:
    manifest = json.loads((tiny / "bench" / "manifest.json").read_text(encoding="utf-8"))
    spec = gen.SIZES["tiny"]
    with sqlite3.connect(tiny / "cmtoolbox.sqlite3") as db:
        assert _count(db, "clients") == spec.clients
        assert _count(db, "notes") == _count(db, "notes_fts") == spec.notes
        assert _count(db, "drafts") == _count(db, "drafts_fts") == spec.drafts
        assert _count(db, "media") == _count(db, "media_fts") == spec.media
        assert _count(db, "feed_items") == _count(db, "feed_items_fts") == manifest["counts"]["feed_items"]
        assert _count(db, "feeds") == spec.feeds
        assert _count(db, "accounts") >= spec.clients
        assert _count(db, "account_secrets") == 0  # accounts without secrets
        assert db.execute("SELECT count(*) FROM draft_variants WHERE follows_master = 1 AND text != "
                          "(SELECT body FROM drafts WHERE id = draft_id)").fetchone()[0] == 0  # fmt: skip
        assert db.execute("SELECT count(*) FROM notes WHERE title_key = ''").fetchone()[0] == 0
        if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'post_metrics'").fetchone():
            assert _count(db, "post_metrics") == manifest["counts"]["post_metrics"] > 0


def test_the_app_finds_and_reads_what_was_generated(tiny: Path) -> None:
    store, _ = Store.open(tiny)
    try:
        title = store.db.execute("SELECT title FROM notes ORDER BY id LIMIT 1").fetchone()[0]
        hits = search_everything(store, title.split()[0], SearchFilters())
        assert hits.get("notes"), title
        for (media_id,) in store.db.execute("SELECT id FROM media").fetchall():
            item = store.media.get(media_id)
            path = store.media.path_for(media_id)
            assert path is not None and path.is_file()
            assert hashlib.sha256(path.read_bytes()).hexdigest() == item.sha256
            assert probe(path).kind == item.kind  # a real, valid file of its type
    finally:
        store.close()


def test_served_feed_items_are_those_stored(tiny: Path) -> None:
    """A refresh of the served file finds nothing new or changed; the ".new" file, 2 new items."""
    store, _ = Store.open(tiny)
    try:
        feed_id, url = store.db.execute("SELECT id, url FROM feeds ORDER BY id LIMIT 1").fetchone()
        number = int(url.rsplit("_", 1)[1].split(".")[0])
        served = gen.feed_file(tiny / "bench" / "feeds", number)
        parsed = parse_feed(served.read_bytes(), url=url, content_type="application/rss+xml")
        assert store.feeds.store_parsed(feed_id, parsed) == (0, 0)
        newer = gen.feed_file(tiny / "bench" / "feeds", number, new=True)
        parsed = parse_feed(newer.read_bytes(), url=url, content_type="application/rss+xml")
        assert store.feeds.store_parsed(feed_id, parsed) == (gen.NEW_ITEMS, 0)
    finally:
        store.close()


def test_same_seed_same_data(tiny: Path, tmp_path: Path) -> None:
    gen.generate(tmp_path, "tiny", seed=11)
    query = "SELECT title, body FROM notes ORDER BY id"
    media = "SELECT sha256 FROM media ORDER BY id"
    drafts = "SELECT uid, body FROM drafts ORDER BY id"
    first, second = tiny / "cmtoolbox.sqlite3", tmp_path / "cmtoolbox.sqlite3"
    with sqlite3.connect(first) as a, sqlite3.connect(second) as b:
        for sql in (query, media, drafts):
            assert a.execute(sql).fetchall() == b.execute(sql).fetchall()


def test_a_second_generation_into_the_same_folder_is_refused(tiny: Path) -> None:
    with pytest.raises(SystemExit):
        gen.generate(tiny, "tiny")


def test_run_prints_one_json_line_per_figure(tiny: Path, tmp_path: Path) -> None:
    results = tmp_path / "RESULTS.md"
    before = tmp_path / "before.jsonl"
    earlier = {"name": "list_scroll", "value": 99.0, "unit": "ms"}
    before.write_text(json.dumps(earlier) + "\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "run.py"), "--size", "tiny", "--data-dir", str(tiny),
         "--only", "list_scroll,counter_x_280,report_month,build_size_mb,sync_first",
         "--results-md", str(results), "--baseline-json", str(before)],
        cwd=REPO, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    figures = {f["name"]: f for f in map(json.loads, done.stdout.splitlines())}
    assert {"list_scroll", "counter_x_280", "report_month", "build_size_mb", "sync_first"} <= set(figures)
    for figure in figures.values():
        assert {"name", "value", "unit", "baseline", "ratio", "target", "ok"} <= set(figure)
        if figure["value"] is None:  # a feature that is not there: a note, never a crash
            assert figure["ok"] is None and figure["note"]
    assert figures["counter_x_280"]["value"] > 0
    table = results.read_text(encoding="utf-8")
    assert "| Figure | Before |" in table and "99 ms" in table and "SQLite" in table
