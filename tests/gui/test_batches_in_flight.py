"""Many network jobs run a few at a time (issue 16: starting 300 at once stalled the UI thread,
where the event loop runs); every result still comes back, and stopping early closes the jobs
never started."""

from __future__ import annotations

import asyncio
import warnings
from contextlib import aclosing

from cmtoolbox.gui.batches import as_they_finish


def test_jobs_start_a_few_at_a_time_and_all_finish() -> None:
    running = 0
    most = 0

    async def job(n: int) -> int:
        nonlocal running, most
        running += 1
        most = max(most, running)
        await asyncio.sleep(0.001 * (n % 3))
        running -= 1
        return n

    async def collect() -> list[tuple[int, int]]:
        jobs = (job(n) for n in range(50))
        async with aclosing(as_they_finish(jobs, in_flight=4)) as results:
            return [item async for item in results]

    got = asyncio.run(collect())
    assert sorted(n for _done, n in got) == list(range(50))
    assert [done for done, _n in got] == list(range(1, 51))
    assert most <= 4


def test_stopping_early_cancels_the_running_and_closes_the_rest() -> None:
    started: list[int] = []
    cancelled: list[int] = []

    async def job(n: int) -> int:
        started.append(n)
        try:
            await asyncio.sleep(0 if n == 0 else 10)
        except asyncio.CancelledError:
            cancelled.append(n)
            raise
        return n

    async def first_only() -> int:
        async with aclosing(as_they_finish([job(n) for n in range(20)], in_flight=3)) as results:
            async for _done, n in results:
                return n
        raise AssertionError("no result")

    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)  # "coroutine ... was never awaited"
        assert asyncio.run(first_only()) == 0
    assert len(started) <= 4 and sorted(cancelled) == sorted(set(started) - {0})
