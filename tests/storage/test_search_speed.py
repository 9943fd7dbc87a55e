"""What keeps the global search fast on years of data (issue 16), as behaviour: the prefix
indexes m014 adds, the one-letter guard every provider shares, ranking only the newest matches,
and a stale search that stops when its ticket is cancelled. Timing belongs to the benchmarks."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmtoolbox.core.search import build_match_query, no_single_letter_prefix
from cmtoolbox.core.textfold import fold_for_index
from cmtoolbox.ops import search as search_ops
from cmtoolbox.paths import database_path
from cmtoolbox.storage import db as dbmod
from cmtoolbox.storage import search as search_module
from cmtoolbox.storage.migrations import MIGRATIONS, known_names
from cmtoolbox.storage.search import SearchFilters, SearchTicket, rank_cutoff, search_all
from cmtoolbox.storage.store import Store

M014 = "m014_search_prefix_indexes"
NOW = "2026-01-01T00:00:00+00:00"


def test_m014_rebuilds_the_tables_with_prefix_indexes_keeping_their_rows(data_root: Path) -> None:
    names = known_names()
    db = dbmod.connect(database_path(data_root))
    with db.atomic():
        MIGRATIONS.ensure_migrations_table(db)
        for migration in MIGRATIONS._migrations[: names.index(M014)]:
            migration.fn(db)
            MIGRATIONS._record_applied(db, migration.name)
        db.execute(
            "INSERT INTO feed_items_fts (rowid, title, author, body) VALUES (?, ?, ?, ?)",
            [41, fold_for_index("Stratégie éditoriale"), "", fold_for_index("Les réseaux sociaux")],
        )
        db.execute(
            "INSERT INTO sources_fts (rowid, title, url, notes, tags) VALUES (?, ?, ?, ?, ?)",
            [7, fold_for_index("Boulangerie Martin"), "https://fournil.example", "", ""],
        )
        db.execute(
            "INSERT INTO accounts_fts (rowid, network, handle, display_name, login, notes) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [3, "instagram", "fournil", fold_for_index("Le Fournil"), "", ""],
        )
    db.close()
    store, report = Store.open(data_root)
    try:
        assert M014 in report.migrated
        for table in ("feed_items_fts", "sources_fts", "accounts_fts"):
            sql = store.db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
            assert "prefix='2 3'" in sql
        match = store.db.execute
        assert match(
            "SELECT rowid FROM feed_items_fts WHERE feed_items_fts MATCH ?", ['"st"*']
        ).fetchall() == [(41,)]
        assert match(
            "SELECT rowid FROM feed_items_fts WHERE feed_items_fts MATCH ?", ['"reseaux"']
        ).fetchall() == [(41,)]
        assert match("SELECT rowid FROM sources_fts WHERE sources_fts MATCH ?", ['"bou"*']).fetchall() == [
            (7,)
        ]
        assert match("SELECT rowid FROM accounts_fts WHERE accounts_fts MATCH ?", ['"fou"*']).fetchall() == [
            (3,)
        ]
        assert store.db.execute("SELECT count(*) FROM temp.sqlite_master").fetchone()[0] == 0
    finally:
        store.close()


def test_a_one_letter_prefix_is_the_word_itself() -> None:
    assert no_single_letter_prefix(build_match_query("r") or "") == '"r"'
    assert no_single_letter_prefix(build_match_query("re") or "") == '"re"*'
    assert no_single_letter_prefix(build_match_query("galette r") or "") == '"galette" "r"'
    assert no_single_letter_prefix(build_match_query("l'a") or "") == '"l\'"'


def test_every_provider_gets_the_one_letter_guard(store: Store) -> None:
    client = store.clients.create("Boulangerie Martin")
    store.sources.create(client.id, "https://fournil.example/reseaux", title="Réseaux sociaux")
    store.sources.create(client.id, "https://fournil.example/plan", title="Le plan R")
    titles = lambda text: [h.title for h in search_all(store, text).get("sources", [])]  # noqa: E731
    assert titles("r") == ["Le plan R"]
    assert titles("re") == ["Réseaux sociaux"]


def test_only_the_newest_matches_are_ranked(store: Store) -> None:
    client = store.clients.create("Boulangerie Martin")
    ids = [
        store.notes.create(client.id, f"Note {i}", "galette " * (10 if i == 0 else 1)).id for i in range(6)
    ]
    match = build_match_query("galette") or ""
    assert rank_cutoff(store.db, "notes_fts", match, window=4) == ids[2]
    assert rank_cutoff(store.db, "notes_fts", match, window=10) is None
    with pytest.raises(ValueError):
        rank_cutoff(store, "notes_fts; DROP TABLE notes", match)


def test_a_cancelled_ticket_stops_the_search(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    client = store.clients.create("Boulangerie Martin")
    for i in range(30):
        store.notes.create(client.id, f"Galette {i}", "galette des rois " * 20)
    ticket = SearchTicket()
    ticket.cancel()
    assert search_ops.search_everything(store, "galette", SearchFilters(), 20, ticket) is None

    class CancelledMidway(SearchTicket):
        """Cancelled as if a keystroke came while the first statement ran."""

        looks = 0

        @property
        def cancelled(self) -> bool:
            self.looks += 1
            return self.looks > 1

    monkeypatch.setattr(search_module, "PROGRESS_STEPS", 1)
    midway = CancelledMidway()
    assert search_ops.search_everything(store, "galette", SearchFilters(), 20, midway) is None
    # The connection is left as it was: the next search (no ticket) runs in full.
    assert len(search_all(store, "galette")["notes"]) == 20
    assert search_ops.search_everything(store, "galette", SearchFilters(), 20, SearchTicket())["notes"]


def test_the_ranking_covers_the_newest_matches_and_filters_fall_back_to_newest_first(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_module, "RANK_WINDOW", 3)
    martin = store.clients.create("Boulangerie Martin")
    other = store.clients.create("Café Lumière")
    oldest_best = store.notes.create(martin.id, "Galette galette", "galette " * 30)
    for i in range(5):
        store.notes.create(other.id, f"Note {i}", "une galette")
    newest_best = store.notes.create(other.id, "Galette des rois", "galette " * 10)
    hits = search_all(store, "galette", limit_per_kind=2)["notes"]
    assert [h.id for h in hits][0] == newest_best.id  # the best of the newest three
    assert oldest_best.id not in [h.id for h in hits]
    # A filter that keeps none of the newest three: its matches come, newest first.
    [hit] = search_all(store, "galette", SearchFilters(client_id=martin.id))["notes"]
    assert hit.id == oldest_best.id
