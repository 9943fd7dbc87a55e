"""A real HTTP server on 127.0.0.1 over the shared fixtures, for tests that need the network.

Feeds are fetched through actual sockets and httpx, never mocks, so that headers, redirects,
conditional GET, compression and timeouts behave as they will for users. Usage:

    with serve_fixtures(fixtures_dir) as server:
        url = server.url("feeds/nnw_atp.rss")

Files under the root are served with a Content-Type from their suffix, an ETag and a
Last-Modified, and answer conditional requests with 304. The headers that `expected.json` lists
for a file (`http_headers`) are sent with it. Special paths exercise failure modes:

    /redirect/<status>/<path>   answers <status> with Location: /<path> (chains nest)
    /loop                       redirects to itself forever
    /slow/<seconds>/<path>      waits before answering <path> (any path, special ones too)
    /drip/<seconds>/<path>      sends headers, then the body in 64-byte chunks every <seconds>
    /huge/<megabytes>           a never-ending-looking RSS document of that size
                                (?nolength=1: no Content-Length; ?gzip=1: gzip-encoded)
    /gzip/<path>                serves the file with Content-Encoding: gzip
    /status/<code>              answers <code> with a short text body
    /no-head/<path>             answers HEAD with 405, GET as <path> (any path)
    any file path ?content_type=<type>   overrides the Content-Type

`add_route(path, body, ...)` serves ad-hoc bytes (an HTML page announcing feeds, say), and
`requests` records what clients sent (method, path, headers) for assertions.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import sys
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

__all__ = ["FixtureServer", "RecordedRequest", "Route", "load_expected", "serve_fixtures"]

CONTENT_TYPES = {
    ".xml": "application/xml",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".rdf": "application/rdf+xml",
    ".json": "application/json",
    ".opml": "text/x-opml",
    ".htm": "text/html",
    ".html": "text/html",
    ".txt": "text/plain; charset=utf-8",
}
_HUGE_HEAD = b'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Huge</title>\n'
_HUGE_LINE = b"<!-- " + b"padding " * 15 + b"-->\n"


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]


@dataclass(frozen=True, slots=True)
class Route:
    body: bytes
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


class FixtureServer:
    """The running server; see the module docstring for the paths it understands."""

    def __init__(self, root: Path, host: str = "127.0.0.1", port: int = 0) -> None:
        self.root = root.resolve()
        self.requests: list[RecordedRequest] = []
        self.routes: dict[str, Route] = {}
        self.header_overrides = _headers_from_expected(self.root)
        self._stopping = threading.Event()
        handler = type("_BoundHandler", (_Handler,), {"server_state": self})
        self._httpd = _Server((host, port), handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="fixture-server", daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, path: str) -> str:
        """Absolute URL of `path` (relative to the fixtures root, or a special path)."""
        return f"{self.base_url}/{path.lstrip('/')}"

    def add_route(
        self,
        path: str,
        body: bytes,
        *,
        status: int = 200,
        content_type: str = "text/html; charset=utf-8",
        headers: dict[str, str] | None = None,
    ) -> str:
        """Serve `body` at `path`; returns its URL."""
        all_headers = {"Content-Type": content_type, **(headers or {})}
        self.routes["/" + path.lstrip("/")] = Route(body, status, all_headers)
        return self.url(path)

    def reset(self) -> None:
        """Forget recorded requests and ad-hoc routes (between tests)."""
        self.requests.clear()
        self.routes.clear()

    def requests_to(self, path: str) -> list[RecordedRequest]:
        wanted = "/" + path.lstrip("/")
        return [request for request in self.requests if urlsplit(request.path).path == wanted]

    def start(self) -> FixtureServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    @property
    def stopping(self) -> bool:
        return self._stopping.is_set()

    def wait(self, seconds: float) -> bool:
        """Sleep that ends early when the server stops; True when it was interrupted."""
        return self._stopping.wait(seconds)


@contextmanager
def serve_fixtures(root: Path | str) -> Iterator[FixtureServer]:
    """Run a FixtureServer over `root` on a free port of 127.0.0.1 for the `with` block."""
    server = FixtureServer(Path(root)).start()
    try:
        yield server
    finally:
        server.stop()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True

    def handle_error(self, request: object, client_address: object) -> None:
        # Clients that hang up (cancelled fetches, size caps) are part of the tests, not errors.
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]


class _Handler(BaseHTTPRequestHandler):
    server_state: FixtureServer
    protocol_version = "HTTP/1.1"
    server_version = "CMToolboxFixtureServer/1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass  # keep pytest output clean

    def do_HEAD(self) -> None:  # noqa: N802 - stdlib naming
        self._handle(head=True)

    def do_GET(self) -> None:  # noqa: N802 - stdlib naming
        self._handle(head=False)

    # dispatch

    def _handle(self, *, head: bool) -> None:
        state = self.server_state
        state.requests.append(
            RecordedRequest(
                self.command, self.path, {name.lower(): value for name, value in self.headers.items()}
            )
        )
        parts = urlsplit(self.path)
        try:
            self._dispatch(unquote(parts.path), parts.query, head=head)
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            self.close_connection = True  # the client went away (cancelled, size cap): fine

    def _dispatch(self, path: str, raw_query: str, *, head: bool) -> None:
        """Route `path`; the prefixes /slow/ and /no-head/ wrap any other path."""
        state = self.server_state
        query = parse_qs(raw_query)
        if path in state.routes:
            route = state.routes[path]
            self._send(route.status, route.body, route.headers, head=head)
        elif path.startswith("/redirect/"):
            code, _, rest = path[len("/redirect/") :].partition("/")
            target = "/" + rest + (f"?{raw_query}" if raw_query else "")
            self._send(int(code), b"", {"Location": target}, head=head)
        elif path == "/loop":
            self._send(302, b"", {"Location": "/loop"}, head=head)
        elif path.startswith("/slow/"):
            seconds, _, rest = path[len("/slow/") :].partition("/")
            if state.wait(float(seconds)):
                self.close_connection = True
                return
            self._dispatch("/" + rest, raw_query, head=head)
        elif path.startswith("/no-head/"):
            if head:
                self._send(405, b"", {"Allow": "GET"}, head=True)
            else:
                self._dispatch("/" + path[len("/no-head/") :], raw_query, head=False)
        elif path.startswith("/drip/"):
            interval, _, rest = path[len("/drip/") :].partition("/")
            self._serve_file(rest, query, head=head, drip=float(interval))
        elif path.startswith("/huge/"):
            self._serve_huge(float(path[len("/huge/") :]), query, head=head)
        elif path.startswith("/gzip/"):
            self._serve_file(path[len("/gzip/") :], query, head=head, compress=True)
        elif path.startswith("/status/"):
            status = int(path[len("/status/") :])
            self._send(status, f"status {status}\n".encode(), {"Content-Type": "text/plain"}, head=head)
        else:
            self._serve_file(path.lstrip("/"), query, head=head)

    # responses

    def _serve_file(
        self,
        relative: str,
        query: dict[str, list[str]],
        *,
        head: bool,
        drip: float | None = None,
        compress: bool = False,
    ) -> None:
        state = self.server_state
        target = (state.root / relative).resolve()
        if not target.is_relative_to(state.root) or not target.is_file():
            self._send(404, b"not found\n", {"Content-Type": "text/plain"}, head=head)
            return
        body = target.read_bytes()
        mtime = int(target.stat().st_mtime)
        etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
        headers = {
            "Content-Type": CONTENT_TYPES.get(target.suffix.lower(), "application/octet-stream"),
            "ETag": etag,
            "Last-Modified": formatdate(mtime, usegmt=True),
        }
        relative_key = target.relative_to(state.root).as_posix()
        for name, value in state.header_overrides.get(relative_key, {}).items():
            headers[_header_case(name)] = value
        if "content_type" in query:
            headers["Content-Type"] = query["content_type"][0]
        if _not_modified(
            self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since"), etag, mtime
        ):
            self._send(304, b"", {"ETag": etag, "Last-Modified": headers["Last-Modified"]}, head=True)
            return
        if compress:
            body = gzip.compress(body)
            headers["Content-Encoding"] = "gzip"
        if drip is None:
            self._send(200, body, headers, head=head)
            return
        self._start(200, {**headers, "Content-Length": str(len(body))})
        if head:
            return
        for start in range(0, len(body), 64):
            if self.server_state.wait(drip):
                self.close_connection = True
                return
            self.wfile.write(body[start : start + 64])
            self.wfile.flush()

    def _serve_huge(self, megabytes: float, query: dict[str, list[str]], *, head: bool) -> None:
        size = int(megabytes * 1024 * 1024)
        compress = query.get("gzip") == ["1"]
        with_length = query.get("nolength") != ["1"] and not compress
        headers = {"Content-Type": "application/rss+xml"}
        if with_length:
            headers["Content-Length"] = str(size)
        else:
            headers["Connection"] = "close"
            self.close_connection = True
        if compress:
            headers["Content-Encoding"] = "gzip"
        self._start(200, headers)
        if head:
            return
        compressor = zlib.compressobj(9, zlib.DEFLATED, 31) if compress else None  # 31: gzip wrapper
        sent = 0
        chunk = _HUGE_HEAD + _HUGE_LINE * (65536 // len(_HUGE_LINE))
        while sent < size and not self.server_state.stopping:
            piece = chunk[: size - sent]
            sent += len(piece)
            self.wfile.write(compressor.compress(piece) if compressor else piece)
            chunk = _HUGE_LINE * (65536 // len(_HUGE_LINE))
        if compressor:
            self.wfile.write(compressor.flush())
        self.wfile.flush()

    def _send(self, status: int, body: bytes, headers: dict[str, str], *, head: bool) -> None:
        headers = dict(headers)
        if status not in (204, 304):
            headers["Content-Length"] = str(len(body))
        self._start(status, headers)
        if not head and status not in (204, 304):
            self.wfile.write(body)

    def _start(self, status: int, headers: dict[str, str]) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()


def _not_modified(if_none_match: str | None, if_modified_since: str | None, etag: str, mtime: int) -> bool:
    """RFC 9110 13.1: If-None-Match wins over If-Modified-Since when both are sent."""
    if if_none_match is not None:
        candidates = {candidate.strip().removeprefix("W/") for candidate in if_none_match.split(",")}
        return "*" in candidates or etag in candidates
    if if_modified_since:
        try:
            since = parsedate_to_datetime(if_modified_since).timestamp()
        except (TypeError, ValueError):
            return False
        return mtime <= since
    return False


def _headers_from_expected(root: Path) -> dict[str, dict[str, str]]:
    return {
        path: dict(entry["http_headers"])
        for path, entry in load_expected(root).items()
        if entry.get("http_headers")
    }


def _header_case(name: str) -> str:
    return "-".join(part.capitalize() for part in name.split("-"))


def load_expected(root: Path | str) -> dict[str, dict[str, Any]]:
    """expected.json of a fixtures folder ({} when absent), for parametrising tests at collection."""
    path = Path(root) / "expected.json"
    if not path.is_file():
        return {}
    facts: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return facts
