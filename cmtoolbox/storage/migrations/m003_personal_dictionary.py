"""Personal dictionary: words the spell checker accepts, per client or for every client."""

from __future__ import annotations

from sqlite_utils import Database


def migrate(db: Database) -> None:
    # client_id NULL: a word for every client. kind 'added' words are accepted and offered as
    # suggestions; 'ignored' ones are only never flagged.
    db.execute(
        """
        CREATE TABLE dictionary_words (
            id INTEGER PRIMARY KEY,
            client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE,
            word TEXT NOT NULL CHECK (
                length(trim(word)) > 0 AND length(word) <= 80 AND word = trim(word)
                AND instr(word, ' ') = 0 AND instr(word, char(10)) = 0 AND instr(word, char(9)) = 0
            ),
            kind TEXT NOT NULL DEFAULT 'added' CHECK (kind IN ('added', 'ignored')),
            created_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        "CREATE UNIQUE INDEX dictionary_words_unique ON dictionary_words (ifnull(client_id, 0), kind, word)"
    )
    db.execute("CREATE INDEX dictionary_words_client ON dictionary_words (client_id, kind)")
