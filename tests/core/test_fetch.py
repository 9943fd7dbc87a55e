"""FeedFetcher and link checks over real HTTP on 127.0.0.1 (tests/fixture_server.py), no mocks.

pytest-asyncio is not used: each test drives its coroutine with `asyncio.run`, as the GUI's
qasync loop will drive the same coroutines.
"""

from __future__ import annotations

import asyncio
import socket
import time
from pathlib import Path

import httpx
import pytest

from cmtoolbox.core.fetch import (
    USER_AGENT,
    FeedFetcher,
    FetchRequest,
    FetchResult,
    LinkCheck,
    _is_unknown_host,
    check_links,
    fetch_feeds,
)
from tests.core.test_feeds import EXPECTED, FEED_KEYS, feed_facts, header_facts
from tests.fixture_server import FixtureServer


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_every_fixture_feed_fetched_over_http_matches_expected(fixture_server: FixtureServer) -> None:
    urls = [fixture_server.url(key) for key in FEED_KEYS]
    progress: list[tuple[int, int]] = []
    results = asyncio.run(fetch_feeds(urls, progress=lambda done, total: progress.append((done, total))))

    assert [result.url for result in results] == urls
    assert progress[0] == (0, len(urls)) and progress[-1] == (len(urls), len(urls))
    assert [done for done, _ in progress] == list(range(len(urls) + 1))
    for key, result in zip(FEED_KEYS, results, strict=True):
        facts = EXPECTED[key]
        if facts.get("valid") is False:
            assert (result.status, result.error_code, result.http_status) == ("error", "malformed", 200), key
            continue
        assert result.status == "ok", (key, result.error_code, result.error_message)
        assert result.feed is not None
        if "with_headers" in facts:
            actual, wanted = header_facts(result.feed, facts["with_headers"])
        else:
            actual, wanted = feed_facts(result.feed, facts, resolved=True, served_url=result.final_url)
        assert actual == wanted, key
        assert result.etag and result.last_modified and result.permanent_url is None


def test_served_headers_reach_the_parser(fixture_server: FixtureServer) -> None:
    async def scenario() -> list[FetchResult]:
        async with FeedFetcher() as fetcher:
            return await fetcher.fetch_many(
                [
                    fixture_server.url("feeds/fp_http_text_xml_charset_overrides_encoding_2.xml"),
                    fixture_server.url("feeds/fp_http_text_plain.xml"),
                ]
            )

    charset, plain = asyncio.run(scenario())
    assert charset.feed is not None and charset.feed.encoding == "windows-1252"
    assert charset.feed.entries[0].summary == "This is a £“test.”"
    assert plain.feed is not None and plain.feed.encoding == "us-ascii" and plain.feed.entries == ()


def test_conditional_get_gives_not_modified(fixture_server: FixtureServer) -> None:
    url = fixture_server.url("feeds/nnw_atp.rss")

    async def scenario() -> tuple[FetchResult, FetchResult, FetchResult, FetchResult]:
        async with FeedFetcher() as fetcher:
            first = await fetcher.fetch(url)
            by_etag = await fetcher.fetch(FetchRequest(url, etag=first.etag))
            by_date = await fetcher.fetch(FetchRequest(url, last_modified=first.last_modified))
            stale = await fetcher.fetch(FetchRequest(url, etag='"something-else"'))
            return first, by_etag, by_date, stale

    first, by_etag, by_date, stale = asyncio.run(scenario())
    assert first.status == "ok" and first.etag and first.last_modified
    assert (by_etag.status, by_etag.http_status, by_etag.feed) == ("not_modified", 304, None)
    assert by_etag.etag == first.etag
    assert (by_date.status, by_date.last_modified) == ("not_modified", first.last_modified)
    assert stale.status == "ok" and stale.feed is not None and len(stale.feed.entries) == 100
    sent = fixture_server.requests_to("feeds/nnw_atp.rss")
    assert sent[1].headers["if-none-match"] == first.etag
    assert sent[2].headers["if-modified-since"] == first.last_modified
    assert all(request.headers["user-agent"] == USER_AGENT for request in sent)
    assert "application/rss+xml" in sent[0].headers["accept"]


def test_redirects_are_followed_and_permanent_ones_flagged(fixture_server: FixtureServer) -> None:
    target = fixture_server.url("feeds/nnw_qemu.atom")
    urls = [
        fixture_server.url("redirect/301/feeds/nnw_qemu.atom"),
        fixture_server.url("redirect/308/feeds/nnw_qemu.atom"),
        fixture_server.url("redirect/302/feeds/nnw_qemu.atom"),
        fixture_server.url("redirect/307/feeds/nnw_qemu.atom"),
        fixture_server.url("redirect/301/redirect/302/feeds/nnw_qemu.atom"),
        fixture_server.url("redirect/302/redirect/301/feeds/nnw_qemu.atom"),
    ]
    results = asyncio.run(fetch_feeds(urls))
    assert all(result.status == "ok" and result.final_url == target for result in results)
    assert [result.permanent_url for result in results] == [
        target,
        target,
        None,
        None,
        fixture_server.url("redirect/302/feeds/nnw_qemu.atom"),  # up to the first temporary hop
        None,
    ]
    # Relative links resolve against where the feed really is, not where it was asked for.
    first_entry = results[0].feed.entries[0] if results[0].feed else None
    assert first_entry is not None and first_entry.link == fixture_server.url("2025/08/26/qemu-10-1-0/")


def test_failures_become_per_feed_errors(fixture_server: FixtureServer) -> None:
    page = b"""<!doctype html><html><head><title>Blog</title>
    <link rel="alternate" type="application/rss+xml" title="Articles" href="/feeds/nnw_atp.rss">
    </head><body>Hello</body></html>"""
    page_url = fixture_server.add_route("blog/", page)
    urls = {
        "ok": fixture_server.url("feeds/feeder_rss_lemonde.xml"),
        "malformed": fixture_server.url("feeds/nnw_allthis-partial.json"),
        "html": page_url,
        "404": fixture_server.url("status/404"),
        "410": fixture_server.url("status/410"),
        "403": fixture_server.url("status/403"),
        "500": fixture_server.url("status/500"),
        "loop": fixture_server.url("loop"),
        "refused": f"http://127.0.0.1:{_free_port()}/feed.xml",
        "scheme": "ftp://example.com/feed.xml",
        "garbage": "http://[::1/feed",
        "empty": fixture_server.add_route("empty.xml", b"", content_type="application/xml"),
    }

    results = dict(zip(urls, asyncio.run(fetch_feeds(urls.values())), strict=True))

    assert results["ok"].status == "ok"
    codes = {name: (result.status, result.error_code, result.http_status) for name, result in results.items()}
    assert codes == {
        "ok": ("ok", None, 200),
        "malformed": ("error", "malformed", 200),
        "html": ("error", "not_a_feed", 200),
        "404": ("error", "not_found", 404),
        "410": ("error", "gone", 410),
        "403": ("error", "forbidden", 403),
        "500": ("error", "server_error", 500),
        "loop": ("error", "too_many_redirects", None),
        "refused": ("error", "connection_failed", None),
        "scheme": ("error", "invalid_url", None),
        "garbage": ("error", "invalid_url", None),
        "empty": ("error", "empty", 200),
    }
    assert all(result.error_message for result in results.values() if result.status == "error")
    assert [feed.url for feed in results["html"].discovered] == [fixture_server.url("feeds/nnw_atp.rss")]


def test_timeouts(fixture_server: FixtureServer) -> None:
    async def scenario() -> tuple[FetchResult, FetchResult, float]:
        async with FeedFetcher(timeout=0.5, total_timeout=1.5) as fetcher:
            started = time.monotonic()
            slow_headers, trickle = await asyncio.gather(
                fetcher.fetch(fixture_server.url("slow/10/feeds/nnw_atp.rss")),
                # Bytes keep arriving (no read timeout fires) but the whole never completes in time.
                fetcher.fetch(fixture_server.url("drip/0.1/feeds/nnw_atp.rss")),
            )
            return slow_headers, trickle, time.monotonic() - started

    slow_headers, trickle, elapsed = asyncio.run(scenario())
    assert (slow_headers.status, slow_headers.error_code) == ("error", "timeout")
    assert (trickle.status, trickle.error_code) == ("error", "timeout")
    assert "1.5 seconds" in (trickle.error_message or "")
    assert elapsed < 8  # far below the 10 s the server would take


@pytest.mark.parametrize("path", ["huge/11", "huge/11?nolength=1", "huge/64?gzip=1"])
def test_size_cap_stops_the_download(fixture_server: FixtureServer, path: str) -> None:
    result = asyncio.run(fetch_feeds([fixture_server.url(path)]))[0]
    assert (result.status, result.error_code) == ("error", "too_large")


def test_small_huge_feed_is_still_parsed(fixture_server: FixtureServer) -> None:
    # Same generator below the cap: the cap, not the generator, causes the errors above.
    result = asyncio.run(fetch_feeds([fixture_server.url("huge/1?nolength=1")], max_bytes=2 * 1024 * 1024))[0]
    assert result.status in ("ok", "error")
    assert result.error_code != "too_large"


def test_gzip_encoded_feed(fixture_server: FixtureServer) -> None:
    result = asyncio.run(fetch_feeds([fixture_server.url("gzip/feeds/nnw_bio.rdf")]))[0]
    assert result.status == "ok" and result.feed is not None and len(result.feed.entries) == 30


def test_cancellation_stops_promptly_and_closes_the_client(fixture_server: FixtureServer) -> None:
    async def scenario() -> tuple[float, bool, int]:
        fetcher = FeedFetcher(timeout=30, total_timeout=60, per_host=2)
        progress: list[tuple[int, int]] = []

        async def refresh() -> list[FetchResult]:
            async with fetcher:
                return await fetcher.fetch_many(
                    [fixture_server.url(f"slow/30/feeds/nnw_atp.rss?n={n}") for n in range(5)],
                    progress=lambda done, total: progress.append((done, total)),
                )

        task = asyncio.create_task(refresh())
        await asyncio.sleep(0.5)  # two requests in flight, three waiting for a slot
        started = time.monotonic()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        return time.monotonic() - started, fetcher.closed, len(progress)

    elapsed, closed, reports = asyncio.run(scenario())
    assert elapsed < 2
    assert closed
    assert reports == 1  # only the initial (0, total)


def test_injected_client_is_left_open(fixture_server: FixtureServer) -> None:
    async def scenario() -> tuple[bool, FetchResult]:
        async with httpx.AsyncClient() as client:
            async with FeedFetcher(client=client) as fetcher:
                result = await fetcher.fetch(fixture_server.url("feeds/nnw_bio.rdf"))
            return client.is_closed, result

    closed, result = asyncio.run(scenario())
    assert not closed and result.status == "ok"


def test_concurrency_limit_is_respected(fixture_server: FixtureServer) -> None:
    async def scenario() -> float:
        async with FeedFetcher(max_concurrency=2, per_host=2) as fetcher:
            started = time.monotonic()
            await fetcher.fetch_many(
                [fixture_server.url(f"slow/0.3/feeds/nnw_bio.rdf?n={n}") for n in range(4)]
            )
            return time.monotonic() - started

    # Four 0.3 s requests, two at a time: at least two rounds.
    assert asyncio.run(scenario()) >= 0.55


def test_progress_callback_errors_do_not_abort(fixture_server: FixtureServer) -> None:
    def broken(done: int, total: int) -> None:
        raise RuntimeError("progress bar gone")

    results = asyncio.run(fetch_feeds([fixture_server.url("feeds/nnw_bio.rdf")], progress=broken))
    assert results[0].status == "ok"


def test_check_link_statuses(fixture_server: FixtureServer) -> None:
    target = fixture_server.url("feeds/nnw_atp.rss")
    urls = {
        "alive": target,
        "head-refused": fixture_server.url("no-head/feeds/nnw_atp.rss"),
        "moved": fixture_server.url("redirect/301/feeds/nnw_atp.rss"),
        "temporary": fixture_server.url("redirect/302/feeds/nnw_atp.rss"),
        "404": fixture_server.url("status/404"),
        "410": fixture_server.url("status/410"),
        "503": fixture_server.url("status/503"),
        "429": fixture_server.url("status/429"),
        "loop": fixture_server.url("loop"),
        "refused": f"http://127.0.0.1:{_free_port()}/",
        "note": "?lY47tw",
        "place": "place:folder=TOOLBAR",
    }
    progress: list[tuple[int, int]] = []
    results: dict[str, LinkCheck] = dict(
        zip(
            urls,
            asyncio.run(check_links(list(urls.values()), lambda d, t: progress.append((d, t)))),
            strict=True,
        )
    )
    assert {name: result.status for name, result in results.items()} == {
        "alive": "alive",
        "head-refused": "alive",
        "moved": "moved",
        "temporary": "alive",
        "404": "dead",
        "410": "dead",
        "503": "unknown",
        "429": "unknown",
        "loop": "dead",
        "refused": "unknown",
        "note": "unknown",
        "place": "unknown",
    }
    assert results["moved"].new_url == target
    assert results["temporary"].new_url is None and results["temporary"].final_url == target
    assert results["404"].http_status == 404 and results["404"].error_code == "not_found"
    assert results["note"].error_code == "unsupported_url"
    assert progress[-1] == (len(urls), len(urls))
    methods = [request.method for request in fixture_server.requests_to("no-head/feeds/nnw_atp.rss")]
    assert methods == ["HEAD", "GET"]
    assert [request.method for request in fixture_server.requests_to("feeds/nnw_atp.rss")].count("GET") == 0


def test_link_check_get_fallback_does_not_download_the_body(fixture_server: FixtureServer) -> None:
    async def scenario() -> tuple[LinkCheck, float]:
        async with FeedFetcher(total_timeout=20) as fetcher:
            started = time.monotonic()
            result = await fetcher.check_link(fixture_server.url("no-head/huge/2000"))
            return result, time.monotonic() - started

    result, elapsed = asyncio.run(scenario())
    assert (result.status, result.http_status) == ("alive", 200)
    assert elapsed < 10  # reading 2 GB on this box would take far longer


def test_unknown_host_detection_follows_the_exception_chain() -> None:
    gai = socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    try:
        try:
            raise gai
        except socket.gaierror as inner:
            raise httpx.ConnectError("[Errno -2] Name or service not known") from inner
    except httpx.ConnectError as outer:
        assert _is_unknown_host(outer)
    assert not _is_unknown_host(httpx.ConnectError("[Errno 111] Connection refused"))
    temporary = socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")
    wrapped = httpx.ConnectError("dns down")
    wrapped.__cause__ = temporary
    assert not _is_unknown_host(wrapped)


def test_fetcher_rejects_silly_limits() -> None:
    with pytest.raises(ValueError):
        FeedFetcher(max_concurrency=0)


def test_fixture_server_serves_what_the_readme_lists(
    fixture_server: FixtureServer, fixtures_dir: Path
) -> None:
    with httpx.Client() as client:
        plain = client.get(fixture_server.url("feeds/fp_http_text_plain.xml"))
        atom = client.get(fixture_server.url("feeds/nnw_qemu.atom"))
        readme = client.get(fixture_server.url("README.md"))
        outside = client.get(fixture_server.url("%2e%2e/DESIGN.md"))
        missing = client.get(fixture_server.url("feeds/nope.xml"))
        head = client.head(fixture_server.url("opml/nnw_Subs.opml"))
    assert plain.headers["content-type"] == "text/plain"
    assert atom.headers["content-type"] == "application/atom+xml"
    assert atom.content == (fixtures_dir / "feeds/nnw_qemu.atom").read_bytes()
    assert readme.status_code == 200
    assert outside.status_code == 404 and missing.status_code == 404
    assert head.status_code == 200 and head.content == b"" and int(head.headers["content-length"]) > 0
