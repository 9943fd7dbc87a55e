"""Feeds are parsed in a worker process (issue 16: parsing in a thread held the GIL against the
UI thread); results and errors cross the process boundary intact, and a dead worker process
falls back to a thread instead of failing the refresh."""

from __future__ import annotations

import asyncio
import os
from concurrent.futures import Executor, Future
from concurrent.futures.process import BrokenProcessPool

import pytest

from cmtoolbox.core.feeds import FeedError, parse_feed
from cmtoolbox.core.fetch import FeedFetcher
from cmtoolbox.gui.pools import Pools

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Le fil de la boulangerie</title><link>https://fournil.example/</link>
<item><title>La galette des rois est de retour</title><link>https://fournil.example/galette</link>
<guid>galette-2026</guid><pubDate>Mon, 05 Jan 2026 08:00:00 +0000</pubDate>
<description>&lt;p&gt;Frangipane maison, &lt;b&gt;f\xc3\xa8ves&lt;/b&gt;
en porcelaine.&lt;/p&gt;</description></item>
</channel></rss>"""


def parse_and_say_where(data: bytes) -> tuple[int, object]:
    return os.getpid(), parse_feed(data, url="https://fournil.example/rss")


def test_feeds_are_parsed_in_another_process_with_the_same_result() -> None:
    pools = Pools()
    try:
        pid, parsed = pools.parse_executor().submit(parse_and_say_where, RSS).result(timeout=60)
        assert pid != os.getpid()
        assert parsed == parse_feed(RSS, url="https://fournil.example/rss")
        assert pools.parse_executor() is pools.parse_executor()  # one process, kept
        with pytest.raises(FeedError) as caught:
            pools.parse_executor().submit(parse_feed, b"<html>not a feed</html>").result(timeout=60)
        assert caught.value.code in {"not_a_feed", "malformed"}
        assert str(caught.value)
    finally:
        pools.shutdown()


class DeadPool(Executor):
    """What a killed worker process leaves: every submission refused."""

    def submit(self, fn, /, *args, **kwargs) -> Future:  # noqa: ANN001
        raise BrokenProcessPool("the worker process died")


def test_a_dead_parsing_process_falls_back_to_a_thread() -> None:
    async def parse() -> object:
        async with FeedFetcher(parse_executor=DeadPool()) as fetcher:
            return await fetcher._parse(RSS, "https://fournil.example/rss", "application/rss+xml")

    parsed = asyncio.run(parse())
    assert parsed == parse_feed(RSS, url="https://fournil.example/rss", content_type="application/rss+xml")


def test_the_parsing_process_ends_when_the_app_is_killed(tmp_path) -> None:  # noqa: ANN001
    """A killed or crashed app must not leave its parser waiting for work forever."""
    import subprocess
    import sys
    import time

    code = (
        "import os\n"
        "from cmtoolbox.gui.pools import Pools\n"
        "executor = Pools().start_parser()\n"
        "print(executor.submit(os.getpid).result(), flush=True)\n"
        "os.kill(os.getpid(), 9)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    worker = int(done.stdout.split()[0])
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            os.kill(worker, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    os.kill(worker, 9)
    raise AssertionError("the parsing process outlived the app")
