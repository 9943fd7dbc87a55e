"""Results (issue 14): the metrics of published posts, followers per month, saved import mappings.

- `post_metrics`: one measurement of one published post (a draft variant = the post on one
  network) on one local day (`measured_on`, YYYY-MM-DD). Figures are the network's lifetime
  totals as read that day; NULL means "not measured" (a network without saves), never zero.
  `UNIQUE (variant_id, measured_on)`: re-importing the same export the same day overwrites the
  day's row, it never adds; the latest day counts (view `post_metrics_latest`). `client_id` is
  copied from the draft so the registry, exports and the end of a contract find the rows, and so
  the dashboard's range queries need no join to scope. `source` says how it was entered.
- `follower_counts`: the followers of a client on one network at the end of a month
  (`month` YYYY-MM). Per client and network, not per account: accounts are optional and a client
  has one page per network in practice.
- `metric_mappings`: a column mapping the user saved for an export layout the importer did not
  recognise. `signature` is the folded, sorted header list, so the same layout finds it again;
  `mapping` is a JSON object {field: column header}. `client_id` NULL: every client's (layouts
  are the networks', not the client's).

Every table has a stable `uid` (uuid4 hex), the key sync will use.
"""

from __future__ import annotations

from sqlite_utils import Database

METRICS = ("impressions", "reach", "reactions", "comments", "shares", "saves", "clicks", "video_views")


def migrate(db: Database) -> None:
    figures = ",\n".join(f"            {m} INTEGER CHECK ({m} IS NULL OR {m} >= 0)" for m in METRICS)
    db.execute(
        f"""
        CREATE TABLE post_metrics (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE CHECK (length(uid) BETWEEN 8 AND 64),
            client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            variant_id INTEGER NOT NULL REFERENCES draft_variants(id) ON DELETE CASCADE,
            measured_on TEXT NOT NULL CHECK (date(measured_on) IS measured_on),
{figures},
            source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'import', 'sample')),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (variant_id, measured_on)
        )
        """
    )
    # The dashboard and the report: a client's measurements over a range of days.
    db.execute("CREATE INDEX post_metrics_client ON post_metrics (client_id, measured_on, variant_id)")
    # The latest measurement of every post: the UNIQUE index (variant_id, measured_on) serves the
    # correlated max() below.
    db.execute(
        """
        CREATE VIEW post_metrics_latest AS
        SELECT m.* FROM post_metrics m
        WHERE m.measured_on =
            (SELECT max(l.measured_on) FROM post_metrics l WHERE l.variant_id = m.variant_id)
        """
    )
    # Should a draft ever move to another client, its figures follow it.
    db.execute(
        "CREATE TRIGGER post_metrics_follow_client AFTER UPDATE OF client_id ON drafts BEGIN "
        "UPDATE post_metrics SET client_id = new.client_id WHERE variant_id IN "
        "(SELECT id FROM draft_variants WHERE draft_id = new.id); "
        "END"
    )
    # Published posts by day (the grid, the report's month): variants carry their own time.
    db.execute(
        "CREATE INDEX draft_variants_published ON draft_variants (published_at) "
        "WHERE published_at IS NOT NULL"
    )

    db.execute(
        """
        CREATE TABLE follower_counts (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE CHECK (length(uid) BETWEEN 8 AND 64),
            client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            network TEXT NOT NULL CHECK (length(network) BETWEEN 1 AND 40),
            month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'
                                       AND date(month || '-01') IS month || '-01'),
            followers INTEGER NOT NULL CHECK (followers >= 0),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (client_id, network, month)
        )
        """
    )

    db.execute(
        """
        CREATE TABLE metric_mappings (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE CHECK (length(uid) BETWEEN 8 AND 64),
            client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE,
            name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 120),
            network TEXT NOT NULL DEFAULT '' CHECK (length(network) <= 40),
            signature TEXT NOT NULL,
            mapping TEXT NOT NULL CHECK (json_valid(mapping) AND json_type(mapping) = 'object'),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX metric_mappings_signature ON metric_mappings (signature)")
