"""Stable ids and the journal of changes (issue 17, steps 1-2), on real SQLite files."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from cmtoolbox.ops import (
    accounts,
    calendar,
    call,
    clients,
    drafts,
    execute,
    feeds,
    metrics,
    notes,
    reviews,
    snippets,
    sources,
)
from cmtoolbox.ops.operation import Call
from cmtoolbox.storage.accounts import AccountFields
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.migrations import MIGRATIONS
from cmtoolbox.storage.store import Store

UID = re.compile(r"^[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}$")


def journal(store: Store) -> list[dict[str, Any]]:
    rows = store.db.execute(
        "SELECT entity, uid, op, device, clock, fields, prev, base FROM sync_journal ORDER BY seq"
    )
    return [
        {"entity": r[0], "uid": r[1], "op": r[2], "device": r[3], "clock": r[4], "fields": json.loads(r[5]),
         "prev": json.loads(r[6]), "base": json.loads(r[7])}
        for r in rows
    ]  # fmt: skip


# -- one op per synced entity: the registry test fails when an entity is declared without one ----
def _client(store: Store) -> int:
    return execute(store, call(clients.create_client, "Boulangerie Martin")).value.id


def _media(store: Store, client_id: int) -> Call:
    from PIL import Image

    from cmtoolbox.ops import library

    assert store.root is not None
    path = store.root / "incoming-test" / "galette.png"
    path.parent.mkdir(exist_ok=True)
    if not path.exists():
        Image.new("RGB", (8, 8), (200, 120, 60)).save(path)
    return call(library.record_staged, store.media.files.stage(path), client_id)


def _post(store: Store, client_id: int, *networks: str) -> int:
    """A draft with these variants (made before the op under test; its own rows are journaled)."""
    return execute(
        store, call(drafts.create_draft, client_id, title="Rois", body="Galette", networks=list(networks))
    ).value.id


def _variant_order(store: Store, client_id: int) -> Call:
    return call(drafts.set_variant_order, _post(store, client_id, "instagram", "facebook"), ["facebook"])


_FEED = b"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Actu</title>
<link>https://actu.example/</link><item><title>Galette</title><link>https://actu.example/galette</link>
<guid>https://actu.example/galette</guid><description>Les rois arrivent</description></item>
</channel></rss>"""


def _feed_item(store: Store, client_id: int) -> int:
    """A feed and its item, fetched by an operation of their own."""
    from cmtoolbox.core.feeds import parse_feed
    from cmtoolbox.core.fetch import FetchRequest, FetchResult

    n = store.db.execute("SELECT count(*) FROM feeds").fetchone()[0]
    feed = execute(store, call(feeds.subscribe, client_id, f"https://actu.example/rss{n}", "", None)).value
    result = FetchResult(FetchRequest(feed.url), "ok", feed.url, feed=parse_feed(_FEED, url=feed.url))
    execute(store, call(feeds.apply_results, [(feed.id, result)]))
    return int(store.db.execute("SELECT max(id) FROM feed_items").fetchone()[0])


def _review_entry(store: Store, client_id: int) -> Call:
    item_id = _feed_item(store, client_id)
    review = execute(
        store, call(reviews.create_review, client_id, "Revue", date(2027, 1, 4), date(2027, 1, 10))
    ).value
    entry = store.reviews.add_item(review.id, item_id)  # journaled with the op below
    return call(reviews.update_comment, entry.id, "À relayer en story")


def _measurement(store: Store, client_id: int) -> Call:
    draft_id = _post(store, client_id, "instagram")
    execute(store, call(drafts.mark_published, draft_id, network="instagram"))
    variant_id = store.drafts.get(draft_id).variants[0].id
    return call(metrics.set_metric, variant_id, "reach", 1200, date(2026, 11, 2))


WRITERS: dict[str, Callable[[Store, int], Call]] = {
    Entity.CLIENTS: lambda s, c: call(clients.rename_client, c, "Boulangerie Martin & fils"),
    Entity.NOTES: lambda s, c: call(notes.create_note, c, "Brief", "Le brief du client"),
    Entity.DRAFTS: lambda s, c: call(drafts.create_draft, c, title="Galette", body="Les rois !"),
    Entity.SOURCES: lambda s, c: call(
        sources.create_source, c, sources.SourceValues("https://example.org/blog")
    ),
    Entity.SNIPPETS: lambda s, c: call(
        snippets.create_snippet, c, kind="hashtags", name="Pain", text="#pain"
    ),
    Entity.KEY_DATES: lambda s, c: call(calendar.create_key_date, c, date(2027, 1, 6), "Épiphanie"),
    Entity.MEDIA: _media,
    Entity.ACCOUNTS: lambda s, c: call(
        accounts.save_account, c, AccountFields("instagram", handle="@boulangerie")
    ),
    Entity.DRAFT_VARIANTS: _variant_order,
    Entity.DRAFT_EVENTS: lambda s, c: call(drafts.add_comment, _post(s, c), "Appel : OK pour samedi"),
    Entity.POST_METRICS: _measurement,
    Entity.FOLLOWER_COUNTS: lambda s, c: call(metrics.set_followers, c, "instagram", "2026-11", 1500),
    Entity.FEEDS: lambda s, c: call(feeds.subscribe, c, "https://blog.example/feed", "Presse", None),
    Entity.FEED_ITEMS: lambda s, c: call(feeds.set_starred, _feed_item(s, c), True),
    Entity.PRESS_REVIEWS: lambda s, c: call(
        reviews.create_review, c, "Revue de la semaine", date(2027, 1, 4), date(2027, 1, 10)
    ),
    Entity.PRESS_REVIEW_ENTRIES: _review_entry,
    Entity.METRIC_MAPPINGS: lambda s, c: call(
        metrics.save_mapping, "Export Meta", "sig-1", {"Portée": "reach"}, network="facebook", client_id=c
    ),
}


def test_every_synced_entity_is_journaled_by_its_operation(store: Store) -> None:
    synced = {str(spec.entity) for spec in store.entities.synced()}
    assert synced == set(WRITERS), "declare an operation that writes each synced entity here"
    client_id = _client(store)
    for entity, writer in WRITERS.items():
        op = writer(store, client_id)
        before = len(journal(store))
        execute(store, op)
        rows = journal(store)[before:]
        # A new draft comes with its variants (the client's default networks).
        also = {Entity.DRAFT_VARIANTS, Entity.DRAFT_EVENTS} if entity == Entity.DRAFTS else set()
        if entity == Entity.PRESS_REVIEW_ENTRIES:
            # An entry's change moves its review's `updated_at`; the review comes first.
            assert rows[0]["entity"] == Entity.PRESS_REVIEWS
            rows = rows[1:]
        assert rows[0]["entity"] == entity and {r["entity"] for r in rows[1:]} <= also | {entity}, entity
        assert UID.match(rows[0]["uid"]) or entity == Entity.DRAFTS  # drafts kept m010's uid
        assert rows[0]["op"] == op.name
    device, clock = store.journal.device()
    assert {r["device"] for r in journal(store)} == {device}
    clocks = [r["clock"] for r in journal(store)]  # one tick per operation, whatever it wrote
    assert clocks == sorted(clocks) and sorted(set(clocks)) == list(range(1, clock + 1))


def test_a_failing_operation_writes_no_journal_row(store: Store) -> None:
    client_id = _client(store)
    before = journal(store)

    def create_then_fail(s: Store, cid: int) -> None:
        s.notes.create(cid, "Perdu", "jamais écrit")
        raise RuntimeError("the op fails after writing")

    with pytest.raises(RuntimeError):
        execute(store, call(create_then_fail, client_id))
    assert journal(store) == before
    assert store.db.execute("SELECT count(*) FROM sync_pending").fetchone()[0] == 0
    assert store.db.execute("SELECT count(*) FROM notes").fetchone()[0] == 0


def test_the_journal_holds_changed_fields_references_by_uid_and_the_text_base(store: Store) -> None:
    client_id = _client(store)
    note = execute(store, call(notes.create_note, client_id, "Brief", "ligne 1")).value
    execute(store, call(notes.save_note, note.id, title="Brief", body="ligne 1\nligne 2"))
    execute(store, call(notes.set_pinned, note.id, True))
    created, saved, pinned = journal(store)[1:]
    client_uid = store.db.execute("SELECT uid FROM clients WHERE id = ?", [client_id]).fetchone()[0]
    assert created["fields"]["client_id"] == client_uid  # never the rowid
    assert set(saved["fields"]) == {"body", "updated_at"}
    assert saved["base"] == {"body": "ligne 1"}
    assert saved["prev"]["body"] == [created["clock"], created["device"]]
    assert pinned["fields"] == {"pinned": 1}
    # Saving the same text again changes nothing and journals nothing.
    execute(store, call(notes.save_note, note.id, title="Brief", body="ligne 1\nligne 2"))
    assert len(journal(store)) == 4


def test_a_purge_is_journaled_with_the_uid_of_the_row_that_went(store: Store) -> None:
    client_id = _client(store)
    note = execute(store, call(notes.create_note, client_id, "Brief", "texte")).value
    uid = store.db.execute("SELECT uid FROM notes WHERE id = ?", [note.id]).fetchone()[0]
    execute(store, call(notes.move_to_trash, note.id))
    assert journal(store)[-1]["fields"].keys() == {"deleted_at"}
    from cmtoolbox.ops import trash

    execute(store, call(trash.purge_items, [(Entity.NOTES, note.id)]))
    last = store.db.execute(
        "SELECT entity, uid, purged FROM sync_journal ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    assert last == ("notes", uid, 1)


def test_writes_outside_operations_are_marked_and_journaled_later(store: Store) -> None:
    client_id = _client(store)
    store.db.execute("UPDATE clients SET notes = 'écrit à la main' WHERE id = ?", [client_id])
    assert store.db.execute("SELECT count(*) FROM sync_pending").fetchone()[0] == 1
    execute(store, call(notes.create_note, client_id, "Brief", ""))
    entities = [r["entity"] for r in journal(store)]
    assert entities[-2:] == ["clients", "notes"]  # clients first: references resolve in order


def test_m012_gives_existing_rows_a_uid_and_new_rows_one_each(tmp_path: Path) -> None:
    db = Database(tmp_path / "old.db")
    db.conn.execute("PRAGMA foreign_keys = ON")
    names = [m.name for m in MIGRATIONS._migrations]
    before = [n for n in names if n < "m012"]
    for migration in MIGRATIONS._migrations:
        if migration.name in before:
            with db.atomic():
                migration.fn(db)
    now = "2026-01-01T00:00:00+00:00"
    db.execute("INSERT INTO clients (name, created_at, updated_at) VALUES ('Ancien', ?, ?)", [now, now])
    db.execute(
        "INSERT INTO notes (client_id, title, created_at, updated_at) VALUES (1, 'Vieille note', ?, ?)",
        [now, now],
    )
    with db.atomic():
        next(m for m in MIGRATIONS._migrations if m.name == "m012_sync").fn(db)
    uids = [r[0] for r in db.execute("SELECT uid FROM clients UNION ALL SELECT uid FROM notes")]
    assert all(UID.match(u) for u in uids) and len(set(uids)) == 2
    db.execute(
        "INSERT INTO notes (client_id, title, created_at, updated_at) VALUES (1, 'Nouvelle', ?, ?)",
        [now, now],
    )
    new_uid = db.execute("SELECT uid FROM notes WHERE title = 'Nouvelle'").fetchone()[0]
    assert UID.match(new_uid) and new_uid not in uids
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE notes SET uid = ? WHERE title = 'Nouvelle'", [uids[1]])


def test_m015_makes_posts_syncable_and_the_next_baseline_sends_them(store: Store, tmp_path: Path) -> None:
    """A database synced before m015: its variants get uids, and the next sync's baseline sends
    the variants, the figures and the drafts' media links that no device has yet."""
    from PIL import Image

    from cmtoolbox.ops import library

    client_id = _client(store)
    draft = execute(store, call(drafts.create_draft, client_id, body="Galette", networks=["instagram"])).value
    Image.new("RGB", (8, 8), (200, 120, 60)).save(tmp_path / "galette.png")
    item = execute(
        store, call(library.record_staged, store.media.files.stage(tmp_path / "galette.png"), client_id)
    )
    execute(store, call(drafts.set_media, draft.id, [item.value.item.id]))
    execute(store, call(metrics.set_followers, client_id, "instagram", "2026-10", 830))
    store.journal.baseline()
    # Back to how m014 left it: no uid on variants, no triggers, no journal of these tables.
    db = store.db
    for (name,) in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND (tbl_name IN "
        "('draft_variants', 'draft_events', 'post_metrics', 'follower_counts', 'draft_media'))"
    ).fetchall():
        if "sync" in name:
            db.execute(f"DROP TRIGGER {name}")
    for table in ("draft_variants", "draft_events"):
        db.execute(f"DROP INDEX {table}_uid")
        db.execute(f"ALTER TABLE {table} DROP COLUMN uid")
    db.execute("DROP TABLE sync_alias")
    new = "('draft_variants', 'draft_events', 'follower_counts')"
    db.execute(f"DELETE FROM sync_journal WHERE entity IN {new}")
    db.execute(f"DELETE FROM sync_shadow WHERE entity IN {new}")
    db.execute("UPDATE sync_shadow SET fields = json_remove(fields, '$.media') WHERE entity = 'drafts'")
    db.execute("DELETE FROM sync_pending")
    assert db.execute("SELECT baseline_done FROM sync_device").fetchall() == [(1,)]
    with db.atomic():
        next(m for m in MIGRATIONS._migrations if m.name == "m015_sync_posts").fn(db)
    assert all(
        UID.match(r[0])
        for r in db.execute("SELECT uid FROM draft_variants UNION SELECT uid FROM draft_events")
    )
    before = len(journal(store))
    store.journal.baseline()
    sent = journal(store)[before:]
    assert sorted(r["entity"] for r in sent) == [
        "draft_events",
        "draft_variants",
        "drafts",
        "follower_counts",
    ]
    media = next(r for r in sent if r["entity"] == "drafts")["fields"]
    assert media == {"media": [["", db.execute("SELECT uid FROM media").fetchall()[0][0]]]}


def test_the_baseline_journals_records_older_than_sync_once(store: Store) -> None:
    client_id = _client(store)
    store.db.execute("DELETE FROM sync_journal")
    store.db.execute("DELETE FROM sync_shadow")
    with store.transaction():
        assert store.journal.baseline() == 1
        assert store.journal.baseline() == 0
    assert journal(store)[0]["entity"] == "clients"
    del client_id


def test_every_synced_entity_is_declared_consistently(store: Store) -> None:
    for spec in store.entities.synced():
        assert spec.sync is not None and spec.table is not None
        columns = {r[1] for r in store.db.execute(f"PRAGMA table_info({spec.table})")}
        assert "uid" in columns, spec.table
        assert set(spec.sync.fields) <= columns - {"id", "uid"}, spec.table
        assert not spec.sync.tags or spec.tags is not None
        assert set(spec.sync.merge) <= set(spec.sync.fields) | set(spec.sync.extras)
        assert set(spec.sync.same_key) <= set(spec.sync.fields)
        assert set(spec.sync.refs) <= set(spec.sync.fields)
        if spec.sync.trash_column:
            assert spec.sync.trash_column in spec.sync.fields
        triggers = {
            r[0]
            for r in store.db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", [spec.table]
            )
        }
        assert {f"{spec.table}_sync_{w}" for w in ("uid", "insert", "update", "delete")} <= triggers


def test_an_entity_whose_table_has_no_uid_here_is_skipped_not_fatal(store: Store) -> None:
    """A database migrated by an earlier build of the sync migration keeps working."""
    from dataclasses import replace

    from cmtoolbox.storage.entities import Registry, SyncSpec

    specs = [
        replace(s, sync=SyncSpec(fields=("name",))) if s.entity == Entity.USER_FORMULAS else s
        for s in store.entities
    ]
    other = Store(store.db, store.root, entities=Registry(specs))
    assert "user_formulas" not in {str(s.entity) for s in other.journal.synced()}
    client_id = execute(other, call(clients.create_client, "Boulangerie")).value.id
    assert client_id and journal(other)[-1]["entity"] == "clients"
