"""Drafts (issue 12): posts with a variant per network, their media, tags, history and planning;
snippets; the CM's key dates. The quick composer's text of each client becomes its first draft.

- `drafts.uid` is a random id (uuid4 hex) that never changes: the .ics UID and, later, the sync
  key. `planned_at` is a UTC instant and `planned_tz` the IANA zone it was planned in (both or
  neither), see core.schedule. `spell_languages` is NULL (follow the client) or a JSON list.
- `draft_variants`: one per network (`core.networks` ids). `follows_master` = 1 while the
  variant was never edited on its own: its `text` is then kept equal to the master body by the
  manager, so every reader (exports, proofs) reads `text` without knowing the rule.
- `draft_media`: library items attached to the whole draft (`network` '') or to one variant.
  Each draft's attachments are also written to `media_usages` so the library shows where an
  item is used.
- `draft_events`: the workflow's history (status changes, proofs sent, the client's answers with
  their words, publications, replanning), never rewritten except by an undo.
- `drafts_fts`: plain FTS5 over folded copies (core.textfold), written by the manager like
  notes_fts; a trigger drops a draft's index row, media usages and revisions whatever removes
  it (purge from the trash, a client deleted with everything it owns).
- `snippets` (hashtag sets, signatures, calls to action, mentions) and `key_dates` belong to a
  client, or to every client when `client_id` is NULL.
"""

from __future__ import annotations

import json
import re
import unicodedata
import uuid

from sqlite_utils import Database

from cmtoolbox.core.textfold import fold_for_index

STATUSES = ("idea", "draft", "to_approve", "approved", "scheduled", "published", "archived")
# The networks known when this migration shipped; the composer stored counter ids, which for
# networks counting two fields are "<network>_title" / "<network>_description".
_NETWORKS = (
    "x", "mastodon", "bluesky", "threads", "linkedin", "instagram", "facebook", "tiktok", "youtube",
    "pinterest", "google_business", "meta_business", "snapchat", "twitch", "other",
)  # fmt: skip
COMPOSER_TITLE = "Rédaction rapide"


def migrate(db: Database) -> None:
    _create_tables(db)
    _adopt_composer_texts(db)


def _create_tables(db: Database) -> None:
    statuses = ", ".join(f"'{s}'" for s in STATUSES)
    db.execute(
        f"""
        CREATE TABLE drafts (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE CHECK (length(uid) BETWEEN 8 AND 64),
            client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            title TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 200),
            title_key TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ({statuses})),
            planned_at TEXT,
            planned_tz TEXT CHECK (planned_tz IS NULL OR length(planned_tz) BETWEEN 1 AND 64),
            published_at TEXT,
            published_url TEXT NOT NULL DEFAULT '' CHECK (length(published_url) <= 2000),
            spell_languages TEXT CHECK (
                spell_languages IS NULL
                OR (json_valid(spell_languages) AND json_type(spell_languages) = 'array')
            ),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            CHECK ((planned_at IS NULL) = (planned_tz IS NULL))
        )
        """
    )
    # The list: a client's live drafts by status, most recently edited first.
    db.execute(
        "CREATE INDEX drafts_list ON drafts (client_id, status, updated_at, id) WHERE deleted_at IS NULL"
    )
    # The calendar: planned and published posts over a range of instants.
    db.execute(
        "CREATE INDEX drafts_planned ON drafts (planned_at) "
        "WHERE planned_at IS NOT NULL AND deleted_at IS NULL"
    )
    db.execute(
        "CREATE INDEX drafts_published ON drafts (published_at) "
        "WHERE published_at IS NOT NULL AND deleted_at IS NULL"
    )
    db.execute("CREATE INDEX drafts_title_key ON drafts (title_key, client_id)")  # [[draft:...]] links
    db.execute("CREATE INDEX drafts_deleted ON drafts (deleted_at) WHERE deleted_at IS NOT NULL")

    db.execute(
        """
        CREATE TABLE draft_variants (
            id INTEGER PRIMARY KEY,
            draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
            network TEXT NOT NULL CHECK (length(network) BETWEEN 1 AND 40),
            text TEXT NOT NULL DEFAULT '',
            follows_master INTEGER NOT NULL DEFAULT 1 CHECK (follows_master IN (0, 1)),
            position INTEGER NOT NULL DEFAULT 0,
            published_url TEXT NOT NULL DEFAULT '' CHECK (length(published_url) <= 2000),
            published_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (draft_id, network)
        )
        """
    )

    db.execute(
        """
        CREATE TABLE draft_media (
            draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
            media_id INTEGER NOT NULL REFERENCES media(id) ON DELETE CASCADE,
            network TEXT NOT NULL DEFAULT '' CHECK (length(network) <= 40),
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (draft_id, network, media_id)
        ) WITHOUT ROWID
        """
    )
    db.execute("CREATE INDEX draft_media_media ON draft_media (media_id)")

    db.execute(
        """
        CREATE TABLE draft_tags (
            draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (draft_id, tag_id)
        ) WITHOUT ROWID
        """
    )
    db.execute("CREATE INDEX draft_tags_tag ON draft_tags (tag_id, draft_id)")

    db.execute(
        f"""
        CREATE TABLE draft_events (
            id INTEGER PRIMARY KEY,
            draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN (
                'created', 'status', 'sent', 'approved', 'changes_requested', 'published',
                'unpublished', 'replanned', 'comment'
            )),
            from_status TEXT CHECK (from_status IS NULL OR from_status IN ({statuses})),
            to_status TEXT CHECK (to_status IS NULL OR to_status IN ({statuses})),
            network TEXT NOT NULL DEFAULT '' CHECK (length(network) <= 40),
            text TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '' CHECK (length(author) <= 200),
            meta TEXT NOT NULL DEFAULT '{{}}' CHECK (json_valid(meta))
        )
        """
    )
    db.execute("CREATE INDEX draft_events_draft ON draft_events (draft_id, id)")

    db.execute(
        "CREATE VIRTUAL TABLE drafts_fts USING fts5("
        "title, body, variants, notes, tags, tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
    )
    # A match in the title counts ten times one in a text, a tag five, the notes half.
    db.execute("INSERT INTO drafts_fts (drafts_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0, 1.0, 0.5, 5.0)')")
    db.execute(
        "CREATE TRIGGER drafts_cleanup AFTER DELETE ON drafts BEGIN "
        "DELETE FROM drafts_fts WHERE rowid = old.id; "
        "DELETE FROM media_usages WHERE entity = 'drafts' AND entity_id = old.id; "
        "DELETE FROM revisions WHERE entity = 'drafts' AND entity_id = old.id; "
        "END"
    )

    db.execute(
        """
        CREATE TABLE snippets (
            id INTEGER PRIMARY KEY,
            client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('hashtags', 'signature', 'cta', 'mention', 'other')),
            name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 120),
            text TEXT NOT NULL DEFAULT '',
            network TEXT NOT NULL DEFAULT '' CHECK (length(network) <= 40),
            position INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        )
        """
    )
    db.execute(
        "CREATE INDEX snippets_client ON snippets (client_id, kind, position) WHERE deleted_at IS NULL"
    )

    db.execute(
        """
        CREATE TABLE key_dates (
            id INTEGER PRIMARY KEY,
            client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE,
            day TEXT NOT NULL CHECK (date(day) IS day),
            title TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
            yearly INTEGER NOT NULL DEFAULT 0 CHECK (yearly IN (0, 1)),
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX key_dates_client ON key_dates (client_id, day)")


def _networks(value: object) -> list[str]:
    """The composer's chosen counters as network ids, in order, without repeats."""
    found: list[str] = []
    for raw in value if isinstance(value, list) else []:
        if not isinstance(raw, str):
            continue
        network = raw
        for part in ("_title", "_description"):
            if raw.endswith(part) and raw[: -len(part)] in _NETWORKS:
                network = raw[: -len(part)]
        if network in _NETWORKS and network not in found:
            found.append(network)
    return found


def _title_key(title: str) -> str:
    """What [[draft:Title]] links match on, as core.render folds titles when this shipped."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", title)).strip().casefold()


def _title(text: str) -> str:
    for line in text.splitlines():
        line = " ".join(line.split())
        if line:
            return line if len(line) <= 80 else line[:79].rstrip() + "…"
    return COMPOSER_TITLE


def _adopt_composer_texts(db: Database) -> None:
    """Each client's quick-composer text becomes a draft (status 'draft', the composer's networks
    as variants that follow the master), then leaves the settings: nothing typed is lost, and
    nothing is shown twice."""
    rows = db.execute(
        "SELECT s.scope, s.value, s.updated_at, c.id FROM settings s "
        "JOIN clients c ON s.scope = 'client:' || c.id WHERE s.key = 'composer.text' ORDER BY c.id"
    ).fetchall()
    for scope, value, updated_at, client_id in rows:
        try:
            text = json.loads(value)
        except ValueError:
            text = value  # a value that is not JSON still is what the CM typed
        if not isinstance(text, str) or not text.strip():
            db.execute("DELETE FROM settings WHERE scope = ? AND key = 'composer.text'", [scope])
            continue
        chosen = db.execute(
            "SELECT value FROM settings WHERE scope = ? AND key = 'composer.networks'", [scope]
        ).fetchone()
        try:
            networks = _networks(json.loads(chosen[0])) if chosen else []
        except ValueError:
            networks = []
        title = _title(text)
        draft_id = db.execute(
            "INSERT INTO drafts (uid, client_id, title, title_key, body, status, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, 'draft', ?, ?)",
            [uuid.uuid4().hex, client_id, title, _title_key(title), text, updated_at, updated_at],
        ).lastrowid
        for position, network in enumerate(networks):
            db.execute(
                "INSERT INTO draft_variants (draft_id, network, text, follows_master, position, created_at, "
                "updated_at) VALUES (?, ?, ?, 1, ?, ?, ?)",
                [draft_id, network, text, position, updated_at, updated_at],
            )
        db.execute(
            "INSERT INTO draft_events (draft_id, at, kind, to_status, meta) "
            "VALUES (?, ?, 'created', 'draft', ?)",
            [draft_id, updated_at, json.dumps({"from": "composer"})],
        )
        meta = {"variants": [{"network": n, "text": None} for n in networks]}
        db.execute(
            "INSERT INTO revisions (entity, entity_id, created_at, updated_at, reason, title, body, meta) "
            "VALUES ('drafts', ?, ?, ?, 'created', ?, ?, ?)",
            [
                draft_id,
                updated_at,
                updated_at,
                title,
                text,
                json.dumps(meta, ensure_ascii=False, sort_keys=True),
            ],
        )
        db.execute(
            "INSERT INTO drafts_fts (rowid, title, body, variants, notes, tags) VALUES (?, ?, ?, '', '', '')",
            [draft_id, fold_for_index(title), fold_for_index(text)],
        )
        db.execute("DELETE FROM settings WHERE scope = ? AND key = 'composer.text'", [scope])
