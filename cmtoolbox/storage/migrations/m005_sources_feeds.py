"""Monitoring: bookmarked sources, feed subscriptions with their items, and the revue de presse.

Sources and feeds belong to one client, or to every client when `client_id` is NULL (a trade
magazine the CM follows for all bakeries). Duplicates are refused by a unique index on the
normalised URL (`core.urls.normalize_url`) per client; the index covers trashed rows too, so a
restore can never collide and the GUI offers to restore the trashed copy instead.

Full-text tables store `fold_for_index(text)`, written by the managers (folding is Python), and
are cleaned by AFTER DELETE triggers so a purge or a cascade never leaves orphan index rows.
Entries of a revue de presse keep a copy of the title, link and source name: the review stays
whole when the item or the bookmark it came from is deleted later.
"""

from __future__ import annotations

from sqlite_utils import Database

SOURCE_KINDS = (
    "blog",
    "forum",
    "facebook_group",
    "network_account",
    "youtube",
    "newsletter",
    "competitor",
    "press",
    "other",
)
LINK_STATUSES = ("alive", "moved", "dead", "unknown")


def migrate(db: Database) -> None:
    kinds = ", ".join(f"'{kind}'" for kind in SOURCE_KINDS)
    statuses = ", ".join(f"'{status}'" for status in LINK_STATUSES)
    db.execute(
        f"""
        CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE,
            url TEXT NOT NULL CHECK (length(trim(url)) > 0),
            url_key TEXT NOT NULL CHECK (length(url_key) > 0),
            title TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ({kinds})),
            notes TEXT NOT NULL DEFAULT '',
            folder TEXT NOT NULL DEFAULT '',
            starred_at TEXT,
            added_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            visited_at TEXT,
            link_status TEXT CHECK (link_status IS NULL OR link_status IN ({statuses})),
            link_checked_at TEXT,
            link_new_url TEXT,
            link_detail TEXT NOT NULL DEFAULT '',
            deleted_at TEXT
        )
        """
    )
    db.execute("CREATE UNIQUE INDEX sources_url_unique ON sources (coalesce(client_id, 0), url_key)")
    db.execute("CREATE INDEX sources_client ON sources (client_id, deleted_at)")
    db.execute(
        """
        CREATE TABLE source_tags (
            source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (source_id, tag_id)
        ) WITHOUT ROWID
        """
    )
    db.execute("CREATE INDEX source_tags_tag ON source_tags (tag_id)")
    db.execute(
        "CREATE VIRTUAL TABLE sources_fts USING fts5(title, url, notes, tags, "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    db.execute(
        "CREATE TRIGGER sources_fts_delete AFTER DELETE ON sources BEGIN "
        "DELETE FROM sources_fts WHERE rowid = old.id; END"
    )

    db.execute(
        """
        CREATE TABLE feeds (
            id INTEGER PRIMARY KEY,
            client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE,
            url TEXT NOT NULL CHECK (length(trim(url)) > 0),
            url_key TEXT NOT NULL CHECK (length(url_key) > 0),
            title TEXT NOT NULL DEFAULT '',
            custom_title TEXT,
            site_url TEXT,
            description TEXT NOT NULL DEFAULT '',
            folder TEXT NOT NULL DEFAULT '',
            format TEXT,
            etag TEXT,
            last_modified TEXT,
            last_fetched_at TEXT,
            last_success_at TEXT,
            error_code TEXT,
            error_message TEXT,
            error_since TEXT,
            http_status INTEGER,
            recovered_from TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        )
        """
    )
    db.execute("CREATE UNIQUE INDEX feeds_url_unique ON feeds (coalesce(client_id, 0), url_key)")
    db.execute("CREATE INDEX feeds_client ON feeds (client_id, deleted_at)")
    db.execute(
        """
        CREATE TABLE feed_items (
            id INTEGER PRIMARY KEY,
            feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            entry_key TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            title_is_fallback INTEGER NOT NULL DEFAULT 0 CHECK (title_is_fallback IN (0, 1)),
            link TEXT,
            author TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL DEFAULT '',
            content TEXT NOT NULL DEFAULT '',
            image TEXT,
            enclosures TEXT NOT NULL DEFAULT '[]',
            published_at TEXT,
            updated_at TEXT,
            first_seen_at TEXT NOT NULL,
            sort_at TEXT NOT NULL,
            read_at TEXT,
            starred_at TEXT,
            UNIQUE (feed_id, entry_key)
        )
        """
    )
    db.execute("CREATE INDEX feed_items_feed_sort ON feed_items (feed_id, sort_at DESC)")
    db.execute("CREATE INDEX feed_items_sort ON feed_items (sort_at DESC)")
    db.execute("CREATE INDEX feed_items_unread ON feed_items (feed_id) WHERE read_at IS NULL")
    db.execute("CREATE INDEX feed_items_starred ON feed_items (starred_at) WHERE starred_at IS NOT NULL")
    db.execute(
        "CREATE VIRTUAL TABLE feed_items_fts USING fts5(title, author, body, "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    db.execute(
        "CREATE TRIGGER feed_items_fts_delete AFTER DELETE ON feed_items BEGIN "
        "DELETE FROM feed_items_fts WHERE rowid = old.id; END"
    )

    db.execute(
        """
        CREATE TABLE press_reviews (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            intro TEXT NOT NULL DEFAULT '',
            period_start TEXT,
            period_end TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        )
        """
    )
    db.execute("CREATE INDEX press_reviews_client ON press_reviews (client_id, deleted_at)")
    db.execute(
        """
        CREATE TABLE press_review_entries (
            id INTEGER PRIMARY KEY,
            review_id INTEGER NOT NULL REFERENCES press_reviews(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            feed_item_id INTEGER REFERENCES feed_items(id) ON DELETE SET NULL,
            source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL,
            title TEXT NOT NULL,
            url TEXT NOT NULL,
            source_name TEXT NOT NULL DEFAULT '',
            published_at TEXT,
            excerpt TEXT NOT NULL DEFAULT '',
            comment TEXT NOT NULL DEFAULT '',
            added_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX press_review_entries_review ON press_review_entries (review_id, position)")
    db.execute("CREATE INDEX press_review_entries_item ON press_review_entries (feed_item_id)")
    db.execute("CREATE INDEX press_review_entries_source ON press_review_entries (source_id)")
