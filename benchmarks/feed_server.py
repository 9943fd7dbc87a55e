"""Serve a folder of feeds on 127.0.0.1 in its own process, for the refresh benchmark.

Run: `python benchmarks/feed_server.py DIR` prints `port N` and serves DIR (tests/fixture_server.py:
ETag, Last-Modified, conditional GET) until its standard input closes. In its own process so that
the server's threads do not compete with the measured app for the interpreter lock.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.fixture_server import serve_fixtures  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    with serve_fixtures(Path(args[0])) as server:
        print(f"port {server.base_url.rsplit(':', 1)[1].rstrip('/')}", flush=True)
        sys.stdin.read()  # until the parent closes the pipe (or dies)
    return 0


if __name__ == "__main__":
    sys.exit(main())
