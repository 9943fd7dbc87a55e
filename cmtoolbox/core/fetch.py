"""Fetching feeds and checking links over HTTP, with asyncio and httpx (no Qt).

The GUI awaits these coroutines through the Qt-asyncio bridge, so nothing here may block the
event loop: the network is awaited and feed parsing (feedparser is pure Python, ~150 ms for a
large podcast feed) runs in a worker thread. Every per-URL problem becomes a result value with a
stable `code`: a batch refresh of two hundred feeds must not stop at the first broken one, and
the GUI needs something to translate rather than an exception text. Only cancellation
propagates, promptly: cancelling the task that awaits `fetch_many` cancels every request in
flight, and leaving `async with FeedFetcher()` closes the connection pool.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import socket
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from concurrent.futures import BrokenExecutor, Executor
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from typing import Literal, TypeVar
from urllib.parse import urlsplit

import httpx

from cmtoolbox import APP_NAME, __version__
from cmtoolbox.core.feeds import (
    MAX_FEED_BYTES,
    DiscoveredFeed,
    FeedError,
    ParsedFeed,
    discover_feeds,
    parse_feed,
)
from cmtoolbox.core.urls import normalize_url

__all__ = [
    "ACCEPT_FEEDS",
    "USER_AGENT",
    "FeedFetcher",
    "FetchRequest",
    "FetchResult",
    "LinkCheck",
    "ProgressCallback",
    "check_links",
    "fetch_bodies",
    "fetch_feeds",
]

log = logging.getLogger(__name__)

USER_AGENT = f"CMToolbox/{__version__} ({APP_NAME}, desktop feed reader; python-httpx/{httpx.__version__})"
ACCEPT_FEEDS = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"
)
PERMANENT_REDIRECTS = frozenset({301, 308})

ProgressCallback = Callable[[int, int], None]
"""Called with (done, total): once with done=0 before the first request, then after each URL."""

FetchStatus = Literal["ok", "not_modified", "error"]
LinkStatus = Literal["alive", "moved", "dead", "unknown"]

_T = TypeVar("_T")
_I = TypeVar("_I")


@dataclass(frozen=True, slots=True)
class FetchRequest:
    """A feed to fetch, with the validators saved from its previous fetch (conditional GET)."""

    url: str
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class FetchResult:
    """The outcome of fetching one feed; never an exception.

    `status` is "ok" (with `feed`), "not_modified" (HTTP 304: keep the stored items) or "error"
    (with `error_code` and an English `error_message`). `final_url` is where redirects ended;
    `permanent_url` is set when the chain from the requested URL starts with permanent
    redirects (301/308), the URL to update the subscription to (when `status` is "ok"). `etag` and
    `last_modified` are the validators to store for the next conditional GET. `discovered` lists
    the feeds a web page announces when the URL was a page instead of a feed.
    """

    request: FetchRequest
    status: FetchStatus
    final_url: str
    http_status: int | None = None
    permanent_url: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    feed: ParsedFeed | None = None
    error_code: str | None = None
    error_message: str | None = None
    discovered: tuple[DiscoveredFeed, ...] = ()
    elapsed: float = 0.0

    @property
    def url(self) -> str:
        return self.request.url

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    @property
    def permanent_redirect(self) -> bool:
        return self.permanent_url is not None


@dataclass(frozen=True, slots=True)
class LinkCheck:
    """The outcome of checking one bookmark link.

    "alive": the page answers; "moved": it answers after permanent redirects to another address
    (`new_url`); "dead": 404/410 and other client errors, unknown domain, redirect loop;
    "unknown": nothing certain (timeout, server error, 401/403/429 that often mean "robots not
    welcome", network down, not an http(s) URL) - such links must not be reported as broken.
    """

    url: str
    status: LinkStatus
    http_status: int | None = None
    final_url: str | None = None
    new_url: str | None = None
    error_code: str | None = None
    error_message: str | None = None


def warm_up() -> None:
    """Import what the first request imports lazily (httpcore's anyio backend: 0.1 s of Python).
    On the UI thread, where the event loop runs, that was the longest stall of a refresh; a
    caller runs this on a worker first."""
    import anyio._backends._asyncio  # noqa: F401
    import httpcore._backends.anyio  # noqa: F401


class FeedFetcher:
    """One pool of HTTP connections for a batch of feed fetches and link checks.

    Use as `async with FeedFetcher() as fetcher:`. A client passed in is used as is and left
    open (the caller owns it); otherwise the fetcher creates one and closes it on exit.
    `max_concurrency` bounds requests in flight, `per_host` bounds them per host name, so that
    refreshing fifty feeds of one blog platform does not hammer it. `timeout` applies to connect
    and to each read; `total_timeout` bounds a whole request including a body that trickles in.
    Parsing runs in `parse_executor` when given (the GUI's named CPU pool), else in asyncio's
    default thread.
    """

    def __init__(
        self,
        *,
        client: httpx.AsyncClient | None = None,
        max_concurrency: int = 6,
        per_host: int = 2,
        timeout: float = 15.0,
        total_timeout: float = 60.0,
        max_bytes: int = MAX_FEED_BYTES,
        max_redirects: int = 8,
        user_agent: str = USER_AGENT,
        parse_in_thread: bool = True,
        parse_executor: Executor | None = None,
    ) -> None:
        if max_concurrency < 1 or per_host < 1:
            raise ValueError("concurrency limits must be at least 1")
        self._owns_client = client is None
        self._client = client or httpx.AsyncClient(
            follow_redirects=True,
            max_redirects=max_redirects,
            timeout=httpx.Timeout(timeout),
            headers={"User-Agent": user_agent},
            limits=httpx.Limits(
                max_connections=max_concurrency * 2, max_keepalive_connections=max_concurrency
            ),
        )
        self._user_agent = user_agent
        self._semaphore = asyncio.Semaphore(max_concurrency)
        self._per_host = per_host
        self._host_semaphores: dict[str, asyncio.Semaphore] = {}
        self._total_timeout = total_timeout
        self._max_bytes = max_bytes
        self._parse_in_thread = parse_in_thread
        self._parse_executor = parse_executor

    async def __aenter__(self) -> FeedFetcher:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        if self._owns_client and not self._client.is_closed:
            # Shielded: a second cancellation arriving while closing must not leak sockets.
            await asyncio.shield(self._client.aclose())

    @property
    def closed(self) -> bool:
        return self._client.is_closed

    # --- feeds -----------------------------------------------------------------------------

    async def fetch(self, request: FetchRequest | str) -> FetchResult:
        """Fetch and parse one feed; every failure is reported in the result."""
        if isinstance(request, str):
            request = FetchRequest(request)
        started = time.monotonic()
        result = await self._guarded(request.url, lambda: self._fetch(request), _fetch_error(request))
        return replace(result, elapsed=time.monotonic() - started)

    async def fetch_many(
        self, requests: Iterable[FetchRequest | str], progress: ProgressCallback | None = None
    ) -> list[FetchResult]:
        """Fetch feeds concurrently; results come back in the order of `requests`."""
        items = [FetchRequest(item) if isinstance(item, str) else item for item in requests]
        return await _run_all(items, self.fetch, progress)

    async def _fetch(self, request: FetchRequest) -> FetchResult:
        if _scheme(request.url) not in ("http", "https"):
            return _fetch_error(request)("invalid_url", "Only http and https addresses can be fetched.", None)
        headers = {"Accept": ACCEPT_FEEDS, "User-Agent": self._user_agent}
        if request.etag:
            headers["If-None-Match"] = request.etag
        if request.last_modified:
            headers["If-Modified-Since"] = request.last_modified
        async with self._client.stream(
            "GET", request.url, headers=headers, follow_redirects=True
        ) as response:
            final_url = str(response.url)
            permanent_url = _permanent_target(request.url, response)
            etag = response.headers.get("etag")
            last_modified = response.headers.get("last-modified")
            base = FetchResult(
                request=request,
                status="error",
                final_url=final_url,
                http_status=response.status_code,
                permanent_url=permanent_url,
            )
            if response.status_code == 304:
                return replace(
                    base,
                    status="not_modified",
                    etag=etag or request.etag,
                    last_modified=last_modified or request.last_modified,
                )
            if response.status_code >= 400:
                code, message = _http_error(response)
                return replace(base, error_code=code, error_message=message)
            try:
                body = await self._read_capped(response)
            except FeedError as error:
                return replace(base, error_code=error.code, error_message=error.message)
            content_type = response.headers.get("content-type")
        try:
            feed = await self._parse(body, final_url, content_type)
        except FeedError as error:
            discovered: tuple[DiscoveredFeed, ...] = ()
            if error.code == "not_a_feed":
                discovered = tuple(discover_feeds(body, final_url))
            return replace(base, error_code=error.code, error_message=error.message, discovered=discovered)
        return replace(base, status="ok", feed=feed, etag=etag, last_modified=last_modified)

    async def _read_capped(self, response: httpx.Response) -> bytes:
        """The decoded body, refused as soon as it passes `max_bytes` (a compressed body is
        counted after decompression, so a small gzip bomb is stopped too)."""
        limit = self._max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FeedError("too_large", _too_large_message(limit))
        body = bytearray()
        async for chunk in response.aiter_bytes():
            body += chunk
            if len(body) > limit:
                raise FeedError("too_large", _too_large_message(limit))
        return bytes(body)

    async def _parse(self, body: bytes, url: str, content_type: str | None) -> ParsedFeed:
        parse = functools.partial(
            parse_feed, body, url=url, content_type=content_type, max_bytes=self._max_bytes
        )
        if not self._parse_in_thread:
            return parse()
        if self._parse_executor is not None:
            try:
                return await asyncio.get_running_loop().run_in_executor(self._parse_executor, parse)
            except BrokenExecutor:
                # The parsing process died (killed, out of memory): this refresh goes on in a
                # thread rather than failing every feed left.
                log.warning("the feed parser's process stopped; parsing in a thread", exc_info=True)
        return await asyncio.to_thread(parse)

    # --- links -----------------------------------------------------------------------------

    async def check_link(self, url: str) -> LinkCheck:
        """HEAD the link, then GET it when HEAD is refused or fails (many servers answer HEAD
        with 403/404/405 while the page itself works)."""
        return await self._guarded(url, lambda: self._check(url), _link_error(url))

    async def check_links(
        self, urls: Sequence[str], progress: ProgressCallback | None = None
    ) -> list[LinkCheck]:
        """Check links concurrently; results come back in the order of `urls`."""
        return await _run_all(list(urls), self.check_link, progress)

    async def _check(self, url: str) -> LinkCheck:
        if _scheme(url) not in ("http", "https"):
            return LinkCheck(url, "unknown", error_code="unsupported_url", error_message="Not a web address.")
        headers = {"User-Agent": self._user_agent, "Accept": "*/*"}
        response: httpx.Response | None = None
        try:
            response = await self._client.head(url, headers=headers, follow_redirects=True)
        except (httpx.RemoteProtocolError, httpx.ReadError, httpx.ReadTimeout):
            response = None
        if response is None or response.status_code >= 400:
            async with self._client.stream("GET", url, headers=headers, follow_redirects=True) as streamed:
                response = streamed  # status and headers are all we need; the body is never read
        return _classify_link(url, response)

    # --- shared ----------------------------------------------------------------------------

    @asynccontextmanager
    async def _slot(self, url: str) -> AsyncIterator[None]:
        try:
            host = (urlsplit(url).hostname or "").lower()
        except ValueError:
            host = ""
        host_semaphore = self._host_semaphores.setdefault(host, asyncio.Semaphore(self._per_host))
        async with host_semaphore, self._semaphore:
            yield

    async def _guarded(
        self,
        url: str,
        work: Callable[[], Awaitable[_T]],
        make_error: Callable[[str, str, int | None], _T],
    ) -> _T:
        """Run `work()` in a concurrency slot under the total deadline, turning every failure
        except cancellation into `make_error(code, message, http_status)`."""
        try:
            async with self._slot(url):
                async with asyncio.timeout(self._total_timeout):
                    return await work()
        except TimeoutError:
            return make_error("timeout", f"No complete answer within {self._total_timeout:g} seconds.", None)
        except FeedError as error:
            return make_error(error.code, error.message, None)
        except httpx.TimeoutException:
            return make_error("timeout", "The server did not answer in time.", None)
        except httpx.TooManyRedirects:
            return make_error("too_many_redirects", "Too many redirects (a redirect loop?).", None)
        except (httpx.UnsupportedProtocol, httpx.InvalidURL):
            return make_error("invalid_url", "The address (or a redirect) is not a valid web address.", None)
        except httpx.ConnectError as error:
            if _is_unknown_host(error):
                return make_error("unknown_host", "The domain name does not exist.", None)
            return make_error("connection_failed", f"Could not connect: {_reason(error)}.", None)
        except httpx.DecodingError:
            return make_error("malformed", "The server sent a body that could not be decompressed.", None)
        except (httpx.RemoteProtocolError, httpx.LocalProtocolError):
            return make_error("protocol_error", "The server broke the HTTP protocol.", None)
        except httpx.HTTPError as error:
            return make_error("network_error", f"Network error: {_reason(error)}.", None)
        except Exception as error:  # noqa: BLE001 - a batch must survive one bad URL; logged
            log.exception("unexpected error while fetching %s", url)
            return make_error("internal_error", f"Unexpected error: {type(error).__name__}.", None)


async def fetch_feeds(
    requests: Iterable[FetchRequest | str],
    progress: ProgressCallback | None = None,
    **options: object,
) -> list[FetchResult]:
    """One-shot `fetch_many` with its own client, closed on return or cancellation."""
    async with FeedFetcher(**options) as fetcher:  # type: ignore[arg-type]
        return await fetcher.fetch_many(requests, progress)


async def check_links(
    urls: Sequence[str],
    progress: ProgressCallback | None = None,
    **options: object,
) -> list[LinkCheck]:
    """One-shot link check with its own client, closed on return or cancellation."""
    async with FeedFetcher(**options) as fetcher:  # type: ignore[arg-type]
        return await fetcher.check_links(urls, progress)


async def fetch_bodies(
    urls: Sequence[str],
    *,
    max_bytes: int,
    max_count: int = 30,
    timeout: float = 15.0,
    user_agent: str = USER_AGENT,
) -> dict[str, bytes]:
    """Download small resources (the images of a feed item the CM chose to load), concurrently.

    Only http(s) URLs, at most `max_count` of them; a URL that fails, answers an error or sends
    more than `max_bytes` is left out of the result rather than raising, so one dead image does
    not hide the others. Cancellation propagates and closes the connections.
    """
    bodies: dict[str, bytes] = {}

    async def one(client: httpx.AsyncClient, url: str) -> None:
        if _scheme(url) not in ("http", "https"):
            return
        try:
            async with client.stream("GET", url) as response:
                if response.status_code >= 400:
                    return
                body = bytearray()
                async for chunk in response.aiter_bytes():
                    body += chunk
                    if len(body) > max_bytes:
                        return
        except (httpx.HTTPError, ValueError):
            return
        bodies[url] = bytes(body)

    async with httpx.AsyncClient(
        follow_redirects=True, timeout=timeout, headers={"User-Agent": user_agent}
    ) as client:
        await asyncio.gather(*(one(client, url) for url in list(urls)[:max_count]))
    return bodies


# --- helpers ----------------------------------------------------------------------------------


async def _run_all(
    items: list[_I], run: Callable[[_I], Awaitable[_T]], progress: ProgressCallback | None
) -> list[_T]:
    total = len(items)
    results: list[_T | None] = [None] * total
    done = 0
    _report(progress, 0, total)

    async def one(index: int, item: _I) -> None:
        nonlocal done
        results[index] = await run(item)
        done += 1
        _report(progress, done, total)

    # TaskGroup: cancelling the caller cancels every child and waits for them to unwind.
    async with asyncio.TaskGroup() as group:
        for index, item in enumerate(items):
            group.create_task(one(index, item))
    return [result for result in results if result is not None]


def _report(progress: ProgressCallback | None, done: int, total: int) -> None:
    if progress is None:
        return
    try:
        progress(done, total)
    except Exception:  # noqa: BLE001 - a broken progress bar must not abort the refresh
        log.exception("progress callback failed")


def _fetch_error(request: FetchRequest) -> Callable[[str, str, int | None], FetchResult]:
    def make(code: str, message: str, http_status: int | None) -> FetchResult:
        return FetchResult(
            request=request,
            status="error",
            final_url=request.url,
            http_status=http_status,
            error_code=code,
            error_message=message,
        )

    return make


def _link_error(url: str) -> Callable[[str, str, int | None], LinkCheck]:
    def make(code: str, message: str, http_status: int | None) -> LinkCheck:
        dead = code in ("unknown_host", "too_many_redirects", "invalid_url")
        return LinkCheck(
            url=url,
            status="dead" if dead else "unknown",
            http_status=http_status,
            error_code=code,
            error_message=message,
        )

    return make


def _permanent_target(url: str, response: httpx.Response) -> str | None:
    """The URL reached by the permanent redirects at the start of the chain, if any.

    A 301 followed by a 302 means: update the subscription to the 301's target, not to the
    temporary one; a 302 first means: keep the URL as it is.
    """
    hops = [*response.history, response]
    target: str | None = None
    for hop, following in zip(hops, hops[1:], strict=False):
        if hop.status_code not in PERMANENT_REDIRECTS:
            break
        target = str(following.url)
    return target if target and target != url else None


def _http_error(response: httpx.Response) -> tuple[str, str]:
    status = response.status_code
    code = {404: "not_found", 410: "gone", 401: "forbidden", 403: "forbidden", 429: "rate_limited"}.get(
        status, "server_error" if status >= 500 else "http_error"
    )
    reason = response.reason_phrase or ""
    return code, f"The server answered {status} {reason}".rstrip() + "."


def _classify_link(url: str, response: httpx.Response) -> LinkCheck:
    status = response.status_code
    final_url = str(response.url)
    permanent_url = _permanent_target(url, response)
    if status < 400:
        if permanent_url and normalize_url(permanent_url) != normalize_url(url):
            return LinkCheck(url, "moved", status, final_url, new_url=permanent_url)
        return LinkCheck(url, "alive", status, final_url)
    code, message = _http_error(response)
    inconclusive = status >= 500 or status in (401, 403, 407, 408, 425, 429)
    return LinkCheck(
        url,
        "unknown" if inconclusive else "dead",
        status,
        final_url,
        error_code=code,
        error_message=message,
    )


def _is_unknown_host(error: BaseException) -> bool:
    """True when DNS says the name does not exist (not when DNS is merely unreachable)."""
    not_found = {getattr(socket, name) for name in ("EAI_NONAME", "EAI_NODATA") if hasattr(socket, name)}
    current: BaseException | None = error
    seen = 0
    while current is not None and seen < 10:
        if isinstance(current, socket.gaierror) and current.errno in not_found:
            return True
        current = current.__cause__ or current.__context__
        seen += 1
    return False


def _scheme(url: str) -> str:
    """The lower-case scheme, "" for text urlsplit refuses (unbalanced IPv6 brackets)."""
    try:
        return urlsplit(url).scheme.lower()
    except ValueError:
        return ""


def _reason(error: BaseException) -> str:
    return str(error) or type(error).__name__


def _too_large_message(limit: int) -> str:
    return f"The feed is larger than {limit // (1024 * 1024)} MB."
