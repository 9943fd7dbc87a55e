"""Many network jobs at once, their results written to the database in batches.

Checking 300 links or refreshing 80 feeds runs the requests together (the fetcher bounds how many
are in flight) and writes what came back every so many results or seconds, so the lists fill in
as it goes and a cancel keeps what was already fetched. `as_they_finish` hands the results over in
the order they complete and cancels the jobs still running when the loop over it stops (use it
under `contextlib.aclosing`); `Batches` gathers them and gives each batch to a writer.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T")


IN_FLIGHT = 16
"""Jobs started at once: a few more than the fetcher lets run, so it never waits for work.
Starting all 300 at once cost the UI thread (where the event loop runs) a 90 ms stall."""


async def as_they_finish(
    jobs: Iterable[Awaitable[T]], *, in_flight: int = IN_FLIGHT
) -> AsyncIterator[tuple[int, T]]:
    """(how many are done, the result) for each job, as it finishes; at most `in_flight` jobs
    are started ahead of the results."""
    pending = iter(jobs)
    running: set[asyncio.Future[T]] = set()

    def start_more() -> None:
        while len(running) < in_flight:
            job = next(pending, None)
            if job is None:
                return
            running.add(asyncio.ensure_future(job))

    done = 0
    try:
        start_more()
        while running:
            finished, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
            running.difference_update(finished)
            start_more()  # before handing results over: the next requests go out meanwhile
            for future in finished:
                done += 1
                yield done, future.result()
    finally:
        for task in running:
            task.cancel()
        await asyncio.gather(*running, return_exceptions=True)
        for job in pending:  # never started: close them ("coroutine was never awaited")
            if asyncio.iscoroutine(job):
                job.close()


class Batches(Generic[T]):
    """Results given to `write` in batches: once `size` wait, or `seconds` after the last batch;
    `flush` writes what is left (at the end, or on a cancel)."""

    def __init__(self, write: Callable[[list[T]], Awaitable[object]], size: int, seconds: float) -> None:
        self._write = write
        self._size = size
        self._seconds = seconds
        self._pending: list[T] = []
        self._since = time.monotonic()

    async def add(self, item: T) -> None:
        self._pending.append(item)
        if len(self._pending) >= self._size or time.monotonic() - self._since > self._seconds:
            await self.flush()

    async def flush(self) -> None:
        pending, self._pending = self._pending, []
        self._since = time.monotonic()
        if pending:
            await self._write(pending)
