"""A new device's derived data after a sync: the search index and backlinks that sync builds in
batches (`SyncSpec.after_apply_many`) must be exactly what creating the records locally built."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cmtoolbox.ops import call, clients, execute
from cmtoolbox.ops import feeds as feed_ops
from cmtoolbox.storage.search import SearchFilters
from cmtoolbox.storage.store import Store
from tests.fixture_server import FixtureServer
from tests.sync.conftest import open_device
from tests.sync.test_sync import sync
from tests.sync.test_sync_feeds import LAPTOP_FEED, SHARED_FEED, refresh

BODIES = [
    "Voir [[Brief client]] et [[brief  CLIENT]] puis [[draft: Lancement|le brouillon]].",
    "Du code `[[pas un lien]]` et un vrai [[Planning été]].",
    "```\n[[dans un bloc]]\n```\nAprès : [[source: Étude marché]]",
    "Un crochet [[ sans fin, et \\[[échappé]]",
    "| a | b |\n|---|---|\n| [[Brief client]] | **gras** |",
    "- [ ] tâche [[Planning été|le planning]]\n- # pas un titre",
    "Texte sans lien, accents : crème brûlée, œuvre.",
]


def fts_by_uid(store: Store, table: str, fts: str, columns: str) -> dict[str, tuple[Any, ...]]:
    rows = store.db.execute(f"SELECT t.uid, {columns} FROM {fts} f JOIN {table} t ON t.id = f.rowid")
    return {row[0]: tuple(row[1:]) for row in rows}


def links_by_uid(store: Store) -> set[tuple[Any, ...]]:
    return set(
        store.db.execute(
            "SELECT n.uid, l.kind, l.target_key, l.target, l.position FROM note_links l "
            "JOIN notes n ON n.id = l.note_id"
        ).fetchall()
    )


def test_a_new_device_indexes_and_links_exactly_as_creating_the_records_did(
    tmp_path: Path, fixture_server: FixtureServer
) -> None:
    laptop = open_device(tmp_path / "laptop")
    desktop = open_device(tmp_path / "desktop")
    target = tmp_path / "target"
    target.mkdir()
    spec = {"target": str(target)}
    try:
        client = execute(laptop, call(clients.create_client, "Boulangerie Martin")).value
        brief = laptop.notes.create(None, "Brief client", "Le brief", tags=["Clé", "été"])
        # More notes than one chunk of the batched hook (500), so chunks are crossed too.
        for n in range(520):
            laptop.notes.create(
                client.id if n % 3 else None,
                f"Note {n}" if n % 4 else "",
                BODIES[n % len(BODIES)] + f" numéro {n}",
                tags=["Veille"] if n % 5 == 0 else (),
            )
        for url in (SHARED_FEED, LAPTOP_FEED):
            execute(laptop, call(feed_ops.subscribe, client.id, fixture_server.url(url), "", None))
        refresh(laptop, client.id)
        assert laptop.db.execute("SELECT count(*) FROM feed_items").fetchone()[0] > 30

        sync(laptop, spec)
        sync(desktop, spec)

        assert fts_by_uid(desktop, "notes", "notes_fts", "f.title, f.body, f.tags") == fts_by_uid(
            laptop, "notes", "notes_fts", "f.title, f.body, f.tags"
        )
        assert links_by_uid(desktop) == links_by_uid(laptop)
        assert len(links_by_uid(laptop)) > 400
        assert fts_by_uid(desktop, "feed_items", "feed_items_fts", "f.title, f.author, f.body") == (
            fts_by_uid(laptop, "feed_items", "feed_items_fts", "f.title, f.author, f.body")
        )
        # What the user sees: the same backlinks, the same search hits.
        brief_here = desktop.db.execute("SELECT id FROM notes WHERE uid = ?", [uid(laptop, brief.id)])
        assert sorted(
            uid(desktop, s.id) for s in desktop.notes.backlinks(brief_here.fetchone()[0])
        ) == sorted(uid(laptop, s.id) for s in laptop.notes.backlinks(brief.id))
        for word in ("brief", "planning", "creme", "veille", "numero 42", "lien"):
            here = {uid(desktop, h.id) for h in desktop.notes.search(word, SearchFilters(), limit=1000)}
            there = {uid(laptop, h.id) for h in laptop.notes.search(word, SearchFilters(), limit=1000)}
            assert here == there and here, word
    finally:
        laptop.close()
        desktop.close()


def uid(store: Store, note_id: int) -> str:
    return str(store.db.execute("SELECT uid FROM notes WHERE id = ?", [note_id]).fetchone()[0])
