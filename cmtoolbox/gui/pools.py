"""The app's named thread pools, shared by every view (no page starts its own).

Work that is not database work but must stay off the UI thread (reading files, decoding images,
the keyring, spell-check suggestions) runs in one of these, sized for a 2-core machine:
`await ctx.pools.run(IO, fn, *args)`.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

IO = "io"  # files: copies, hashing, reading documents
CPU = "cpu"  # decoding images, parsing: one at a time, so the UI thread keeps a core
KEYRING = "keyring"  # the OS keyring answers one call at a time anyway
SPELL = "spell"  # Hunspell is not thread-safe: one thread owns the checkers

_SIZES = {IO: 2, CPU: 1, KEYRING: 1, SPELL: 1}


class Pools:
    def __init__(self) -> None:
        self._pools: dict[str, concurrent.futures.ThreadPoolExecutor] = {}

    def executor(self, name: str) -> concurrent.futures.ThreadPoolExecutor:
        pool = self._pools.get(name)
        if pool is None:
            pool = concurrent.futures.ThreadPoolExecutor(max_workers=_SIZES[name], thread_name_prefix=name)
            self._pools[name] = pool
        return pool

    async def run(self, name: str, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        # Not get_running_loop(): qasync's run_until_complete processes Qt events once more after
        # it stops running the loop, and a task step landing there must still find its loop.
        loop = asyncio.get_event_loop()
        return await loop.run_in_executor(self.executor(name), functools.partial(fn, *args, **kwargs))

    def shutdown(self) -> None:
        for pool in self._pools.values():
            pool.shutdown(wait=False, cancel_futures=True)
        self._pools.clear()
