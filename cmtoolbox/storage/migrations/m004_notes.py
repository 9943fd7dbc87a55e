"""The notebook: notes, their tags, wiki links and full-text index; revisions; user KPI formulas.

`revisions` is shared: drafts keep their history there too (entity = "drafts"), which is why it has
no foreign key to `notes`; each entity purges its own revisions when a record leaves the trash.

`notes_fts` is a plain FTS5 table (it stores its own copy of the text) because it indexes
`fold_for_index(text)`, which differs from the note body: SQLite cannot fold "œ" or typographic
apostrophes itself, so the manager writes the index row on every save instead of a trigger.
`prefix='2 3'` keeps search-as-you-type prefix queries ("res*") fast on large notebooks.
"""

from __future__ import annotations

from sqlite_utils import Database


def migrate(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE,
            title TEXT NOT NULL DEFAULT '',
            title_key TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            notebook TEXT NOT NULL DEFAULT '',
            pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
            is_template INTEGER NOT NULL DEFAULT 0 CHECK (is_template IN (0, 1)),
            allow_remote_images INTEGER NOT NULL DEFAULT 0 CHECK (allow_remote_images IN (0, 1)),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        )
        """
    )
    # The list: live notes of one client (or the shared ones, client_id NULL), pinned first, then
    # the most recently edited. The column order matches that ORDER BY, so a page of the list is an
    # index range scan instead of a sort of every note.
    db.execute(
        "CREATE INDEX notes_list ON notes (client_id, is_template, pinned, updated_at, id) "
        "WHERE deleted_at IS NULL"
    )
    # Wiki link resolution and backlinks look notes up by their folded title.
    db.execute("CREATE INDEX notes_title_key ON notes (title_key, client_id)")
    db.execute("CREATE INDEX notes_deleted ON notes (deleted_at) WHERE deleted_at IS NOT NULL")

    db.execute(
        """
        CREATE TABLE note_tags (
            note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (note_id, tag_id)
        ) WITHOUT ROWID
        """
    )
    db.execute("CREATE INDEX note_tags_tag ON note_tags (tag_id, note_id)")

    # One row per distinct [[link]] of a note. The target is kept as written (kind + folded title),
    # not as a note id, so a link to a note created later resolves by itself.
    db.execute(
        """
        CREATE TABLE note_links (
            note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('note', 'draft', 'source')),
            target_key TEXT NOT NULL CHECK (length(target_key) > 0),
            target TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (note_id, kind, target_key)
        ) WITHOUT ROWID
        """
    )
    db.execute("CREATE INDEX note_links_target ON note_links (kind, target_key)")

    db.execute(
        "CREATE VIRTUAL TABLE notes_fts USING fts5("
        "title, body, tags, tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
    )
    # `ORDER BY rank` is bm25 with a match in the title worth ten in the body, a tag five.
    db.execute("INSERT INTO notes_fts (notes_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0, 5.0)')")

    db.execute(
        """
        CREATE TABLE revisions (
            id INTEGER PRIMARY KEY,
            entity TEXT NOT NULL CHECK (length(entity) > 0),
            entity_id INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT 'edit'
                CHECK (reason IN ('edit', 'checkpoint', 'created', 'restore', 'before_restore')),
            title TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            meta TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(meta))
        )
        """
    )
    db.execute("CREATE INDEX revisions_entity ON revisions (entity, entity_id, id)")

    db.execute(
        """
        CREATE TABLE user_formulas (
            id INTEGER PRIMARY KEY,
            client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            definition TEXT NOT NULL CHECK (json_valid(definition)),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE UNIQUE INDEX user_formulas_name ON user_formulas (ifnull(client_id, 0), lower(name))")
