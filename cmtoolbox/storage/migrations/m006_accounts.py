"""Client accounts on social networks; their secrets live in the OS keyring, never here.

`account_secrets` holds only a random reference per secret (`account:<32 hex>`, checked by the
schema so no value can be stored there by mistake). Whenever a reference row goes away, however
it goes (removed in the editor, account purged from the trash, client deleted by cascade), a
trigger files it in `secret_purge_queue`; the GUI then deletes the keyring entries off the UI
thread and empties the queue, so no secret outlives its account even if the keyring was locked
at that moment.
"""

from __future__ import annotations

from sqlite_utils import Database


def migrate(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE accounts (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            network TEXT NOT NULL CHECK (length(network) BETWEEN 1 AND 40),
            handle TEXT NOT NULL DEFAULT '' CHECK (length(handle) <= 200),
            display_name TEXT NOT NULL DEFAULT '' CHECK (length(display_name) <= 200),
            profile_url TEXT NOT NULL DEFAULT '' CHECK (length(profile_url) <= 2000),
            login TEXT NOT NULL DEFAULT '' CHECK (length(login) <= 320),
            notes TEXT NOT NULL DEFAULT '',
            two_factor_notes TEXT NOT NULL DEFAULT '',
            char_limit INTEGER CHECK (char_limit IS NULL OR char_limit BETWEEN 1 AND 100000),
            default_hashtags TEXT NOT NULL DEFAULT '[]'
                CHECK (json_valid(default_hashtags) AND json_type(default_hashtags) = 'array'),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            CHECK (length(trim(handle)) > 0 OR length(trim(display_name)) > 0 OR length(trim(login)) > 0)
        )
        """
    )
    db.execute("CREATE INDEX accounts_client ON accounts (client_id, deleted_at, network)")
    db.execute(
        """
        CREATE TABLE account_secrets (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('password', 'token', 'other')),
            label TEXT NOT NULL CHECK (length(trim(label)) BETWEEN 1 AND 80),
            secret_ref TEXT NOT NULL UNIQUE
                CHECK (secret_ref GLOB 'account:*' AND length(secret_ref) = 40
                       AND substr(secret_ref, 9) NOT GLOB '*[^0-9a-f]*'),
            position INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE UNIQUE INDEX account_secrets_label ON account_secrets (account_id, lower(label))")
    db.execute(
        """
        CREATE TABLE secret_purge_queue (
            secret_ref TEXT PRIMARY KEY,
            queued_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TRIGGER account_secrets_forget AFTER DELETE ON account_secrets
        BEGIN
            INSERT OR IGNORE INTO secret_purge_queue (secret_ref, queued_at)
            VALUES (old.secret_ref, strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'));
        END
        """
    )
    # Folded text (core.textfold.fold_for_index) written by the manager; rowid = accounts.id.
    db.execute(
        """
        CREATE VIRTUAL TABLE accounts_fts USING fts5(
            network, handle, display_name, login, notes,
            tokenize = 'unicode61 remove_diacritics 2'
        )
        """
    )
    db.execute(
        """
        CREATE TRIGGER accounts_fts_forget AFTER DELETE ON accounts
        BEGIN
            DELETE FROM accounts_fts WHERE rowid = old.id;
        END
        """
    )
