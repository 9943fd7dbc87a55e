"""Write (or check) tests/storage/schema.sql: the schema a blank database gets from all migrations.

The snapshot makes every schema change visible in review and catches a migration edited after the
fact: `--check` (and the test suite) fails when the migrations no longer produce the snapshot.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SNAPSHOT = REPO / "tests" / "storage" / "schema.sql"


def dump_schema(conn: sqlite3.Connection) -> str:
    rows = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
        "AND name NOT LIKE 'sqlite_%' ORDER BY type, name"
    ).fetchall()
    return "".join(f"-- {kind} {name}\n{' '.join(sql.split())};\n\n" for kind, name, sql in rows)


def blank_schema() -> str:
    from cmtoolbox.storage.db import open_database

    with tempfile.TemporaryDirectory() as tmp:
        db, _report = open_database(Path(tmp) / "schema.sqlite3")
        try:
            return dump_schema(db.conn)
        finally:
            db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    schema = blank_schema()
    if args.check:
        if not SNAPSHOT.exists() or SNAPSHOT.read_text(encoding="utf-8") != schema:
            print("schema snapshot is stale: run python -m cmtoolbox.devtools.schema_snapshot")
            return 1
        return 0
    SNAPSHOT.write_text(schema, encoding="utf-8")
    print(f"wrote {SNAPSHOT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
