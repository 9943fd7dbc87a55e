"""The library: media records over content-addressed files, their tags, usages and search index.

A `media` row describes one file of one client; the bytes live once in the data folder under their
SHA-256 (`files/ab/cd/<sha256>.<ext>`), so two clients (or two records) may share a file and the
file leaves only when the last record using it is purged. One client holds a given file once:
importing it again finds the existing record (or brings it back from the trash).

`media_usages` records where an item is used (drafts attachments, other explicit links):
entity + entity_id, no foreign key, since the owners live in other tables. Links written in note
text (`![alt](media:<sha256>)`) are found by scanning, so they need no row here.

`media_fts` is a plain FTS5 table written by the manager (folded text, see core.textfold); a
trigger drops its row when a media row goes, whatever the path (purge, client cascade).
"""

from __future__ import annotations

from sqlite_utils import Database


def migrate(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE media (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
            kind TEXT NOT NULL CHECK (kind IN ('image', 'gif', 'video', 'pdf', 'document')),
            mime TEXT NOT NULL CHECK (length(mime) BETWEEN 3 AND 120),
            ext TEXT NOT NULL CHECK (length(ext) BETWEEN 1 AND 10 AND ext NOT GLOB '*[^0-9a-z]*'),
            size_bytes INTEGER NOT NULL CHECK (size_bytes > 0),
            width INTEGER CHECK (width IS NULL OR width > 0),
            height INTEGER CHECK (height IS NULL OR height > 0),
            duration_ms INTEGER CHECK (duration_ms IS NULL OR duration_ms >= 0),
            frames INTEGER CHECK (frames IS NULL OR frames > 0),
            original_name TEXT NOT NULL CHECK (length(original_name) BETWEEN 1 AND 255),
            title TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 200),
            description TEXT NOT NULL DEFAULT '',
            alt_text TEXT NOT NULL DEFAULT '' CHECK (length(alt_text) <= 2000),
            credit TEXT NOT NULL DEFAULT '' CHECK (length(credit) <= 200),
            licence TEXT NOT NULL DEFAULT '' CHECK (length(licence) <= 200),
            rights_expire_on TEXT
                CHECK (rights_expire_on IS NULL OR (length(rights_expire_on) = 10
                       AND date(rights_expire_on) IS rights_expire_on)),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        )
        """
    )
    db.execute("CREATE UNIQUE INDEX media_client_sha ON media (client_id, sha256)")
    # The grid: live items of one client, newest first.
    db.execute("CREATE INDEX media_list ON media (client_id, created_at, id) WHERE deleted_at IS NULL")
    # Purging and the notes resolver look a file up by its hash across clients.
    db.execute("CREATE INDEX media_sha ON media (sha256)")
    db.execute(
        "CREATE INDEX media_rights ON media (client_id, rights_expire_on) "
        "WHERE rights_expire_on IS NOT NULL AND deleted_at IS NULL"
    )
    db.execute("CREATE INDEX media_deleted ON media (deleted_at) WHERE deleted_at IS NOT NULL")

    db.execute(
        """
        CREATE TABLE media_tags (
            media_id INTEGER NOT NULL REFERENCES media(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (media_id, tag_id)
        ) WITHOUT ROWID
        """
    )
    db.execute("CREATE INDEX media_tags_tag ON media_tags (tag_id, media_id)")

    db.execute(
        """
        CREATE TABLE media_usages (
            media_id INTEGER NOT NULL REFERENCES media(id) ON DELETE CASCADE,
            entity TEXT NOT NULL CHECK (length(entity) BETWEEN 1 AND 40),
            entity_id INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (media_id, entity, entity_id)
        ) WITHOUT ROWID
        """
    )
    db.execute("CREATE INDEX media_usages_owner ON media_usages (entity, entity_id)")

    db.execute(
        "CREATE VIRTUAL TABLE media_fts USING fts5("
        "title, description, alt_text, credit, tags, original_name, "
        "tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
    )
    # A match in the title or a tag counts more than one in the description or the file name.
    db.execute(
        "INSERT INTO media_fts (media_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0, 3.0, 2.0, 5.0, 2.0)')"
    )
    db.execute(
        "CREATE TRIGGER media_fts_delete AFTER DELETE ON media BEGIN "
        "DELETE FROM media_fts WHERE rowid = old.id; END"
    )
