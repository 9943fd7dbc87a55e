"""m009: sources and feeds stored with the old duplicate key get the new one (issue 15), and twins
the old key let in stay usable, on a real database file migrated from the schema before it."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmtoolbox.core.urls import normalize_url
from cmtoolbox.paths import database_path
from cmtoolbox.storage import db as dbmod
from cmtoolbox.storage.migrations import MIGRATIONS, known_names
from cmtoolbox.storage.sources import DuplicateSource
from cmtoolbox.storage.store import Store

NOW = "2026-01-01T00:00:00+00:00"
# (client, url, the key the old normalize_url stored, trashed)
OLD_SOURCES = [
    (1, "https://www.fournil.example/blog/", "https://www.fournil.example/blog/", False),
    (1, "https://fournil.example/blog", "https://fournil.example/blog", False),  # twin of the first
    (1, "https://pain.example/é", "https://pain.example/é", True),
    (1, "https://pain.example/%C3%A9/", "https://pain.example/%C3%A9/", False),  # live twin wins
    (2, "https://fournil.example/blog/", "https://fournil.example/blog/", False),  # another client
    (None, "https://magazine.example/", "https://magazine.example", False),  # unchanged key
]


def _database_before_m009(root: Path) -> None:
    names = known_names()
    upto = names.index("m009_url_key_recompute")
    db = dbmod.connect(database_path(root))
    with db.atomic():
        MIGRATIONS.ensure_migrations_table(db)
        for migration in MIGRATIONS._migrations[:upto]:
            migration.fn(db)
            MIGRATIONS._record_applied(db, migration.name)
        for name in ("Martin", "Dupont"):
            db.execute(
                "INSERT INTO clients (name, created_at, updated_at) VALUES (?, ?, ?)", [name, NOW, NOW]
            )
        for client_id, url, key, trashed in OLD_SOURCES:
            db.execute(
                "INSERT INTO sources (client_id, url, url_key, title, kind, added_at, updated_at, "
                "deleted_at) VALUES (?, ?, ?, ?, 'other', ?, ?, ?)",
                [client_id, url, key, url, NOW, NOW, NOW if trashed else None],
            )
        db.execute(
            "INSERT INTO feeds (client_id, url, url_key, title, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [1, "https://www.fournil.example/feed/", "https://www.fournil.example/feed/", "Fil", NOW, NOW],
        )
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


@pytest.fixture
def migrated(data_root: Path):  # noqa: ANN201
    _database_before_m009(data_root)
    store, report = Store.open(data_root)
    assert "m009_url_key_recompute" in report.migrated
    yield store
    store.close()


def keys(store: Store, table: str) -> dict[int, str]:
    return dict(store.db.execute(f"SELECT id, url_key FROM {table}").fetchall())


def test_keys_are_recomputed_and_twins_kept_apart(migrated: Store) -> None:
    assert keys(migrated, "sources") == {
        1: "https://fournil.example/blog",
        2: "https://fournil.example/blog#2",
        3: "https://pain.example/%C3%A9#3",  # trashed: the live twin keeps the plain key
        4: "https://pain.example/%C3%A9",
        5: "https://fournil.example/blog",
        6: "https://magazine.example",
    }
    assert keys(migrated, "feeds") == {1: normalize_url("https://fournil.example/feed")}
    assert len(migrated.sources.list(1)) == 4  # nothing deleted or merged


def test_after_the_migration_duplicates_are_found_and_twins_stay_editable(migrated: Store) -> None:
    with pytest.raises(DuplicateSource) as duplicate:
        migrated.sources.create(1, "https://fournil.example/blog/?utm_source=x")
    assert duplicate.value.existing.id == 1
    twin = migrated.sources.update(2, title="Le Fournil (ancien)", tags=["pain"])
    assert twin.title == "Le Fournil (ancien)" and keys(migrated, "sources")[2].endswith("#2")
    moved = migrated.sources.update(2, url="https://fournil.example/autre")
    assert keys(migrated, "sources")[2] == "https://fournil.example/autre" and moved.url.endswith("/autre")
    assert migrated.feeds.find_duplicate(1, "https://fournil.example/feed") is not None
