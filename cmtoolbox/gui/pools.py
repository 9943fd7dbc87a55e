"""The app's named thread pools, shared by every view (no page starts its own).

Work that is not database work but must stay off the UI thread (reading files, decoding images,
the keyring, spell-check suggestions) runs in one of these, sized for a 2-core machine:
`await ctx.pools.run(IO, fn, *args)`.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
import multiprocessing
import os
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from cmtoolbox.core.processes import exit_with_parent

T = TypeVar("T")

IO = "io"  # files: copies, hashing, reading documents
CPU = "cpu"  # decoding images, parsing: one at a time, so the UI thread keeps a core
KEYRING = "keyring"  # the OS keyring answers one call at a time anyway
SPELL = "spell"  # Hunspell is not thread-safe: one thread owns the checkers
GRAMMAR = "grammar"  # Grammalecte keeps module state: one thread checks, newest text first
SYNC = "sync"  # one sync at a time; it waits on the network, never holding the database thread

_SIZES = {IO: 2, CPU: 1, KEYRING: 1, SPELL: 1, GRAMMAR: 1, SYNC: 1}


class Pools:
    def __init__(self) -> None:
        self._pools: dict[str, concurrent.futures.ThreadPoolExecutor] = {}
        self._parser: concurrent.futures.ProcessPoolExecutor | None = None
        self._parser_lock = threading.Lock()

    def parse_executor(self) -> concurrent.futures.Executor:
        """One worker process for parsing feeds (`core.fetch.FeedFetcher(parse_executor=...)`).

        Parsing is pure Python: in a thread it holds the GIL in slices the UI thread waits on
        (244 ms stalls while 300 feeds refreshed, issue 16); a process has its own. Spawned, not
        forked (forking a process that runs Qt and other threads can deadlock the child), once,
        on first use; the frozen app's entry point calls `multiprocessing.freeze_support()`."""
        with self._parser_lock:
            if self._parser is None:
                self._parser = concurrent.futures.ProcessPoolExecutor(
                    max_workers=1,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=exit_with_parent,  # no orphan when the app is killed
                    initargs=(os.getpid(),),
                )
            return self._parser

    def start_parser(self) -> concurrent.futures.Executor:
        """`parse_executor`, its process started: starting it costs the calling thread tens of
        milliseconds, so a refresh calls this on an I/O worker first (`run(IO, ...)`)."""
        executor = self.parse_executor()
        executor.submit(int).result()
        return executor

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
        if self._parser is not None:
            self._parser.shutdown(wait=False, cancel_futures=True)
            self._parser = None
