"""The accounts page's door to the OS keyring: every call off the UI thread, one at a time.

Keyring calls can block (D-Bus round trips, an unlock prompt), so they run on a dedicated worker
thread; the GUI awaits them. One worker serialises them, which Secret Service clients prefer.
Values are passed inside closures, never as call arguments, so no executor debug log can print
them, and every value that passes is registered with the log redactor.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

from cmtoolbox.credentials.base import SecretStore, SecretStoreUnavailable
from cmtoolbox.logs import REDACTOR

T = TypeVar("T")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class KeyringStatus:
    available: bool
    backend: str  # what keyring picked, for the banner's details


class SecretVault:
    def __init__(self, store: SecretStore) -> None:
        self._store = store
        self._executor = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="keyring")

    async def _call(self, fn: Callable[[], T]) -> T:
        return await asyncio.wrap_future(self._executor.submit(fn))

    async def status(self) -> KeyringStatus:
        def probe() -> KeyringStatus:
            available = self._store.available()
            try:
                backend = self._store.backend_name()
            except Exception as exc:  # a broken backend must not break the page
                backend = f"{type(exc).__name__}"
            return KeyringStatus(available, backend)

        return await self._call(probe)

    async def get(self, ref: str) -> str | None:
        value = await self._call(lambda: self._store.get(ref))
        if value:
            REDACTOR.register(value)
        return value

    async def set(self, ref: str, value: str) -> None:
        REDACTOR.register(value)
        await self._call(lambda: self._store.set(ref, value))

    def set_blocking(self, ref: str, value: str, *, timeout: float) -> None:
        """Write on the keyring thread and wait, for the close path where no coroutine can be
        awaited. It still runs on the keyring thread, after any call already queued there, so the
        order of writes is kept. A keyring that does not answer in `timeout` seconds (an unlock
        prompt left open) raises `SecretStoreUnavailable` instead of freezing the window."""
        REDACTOR.register(value)
        future = self._executor.submit(lambda: self._store.set(ref, value))
        try:
            future.result(timeout=timeout)
        except concurrent.futures.TimeoutError as exc:
            future.cancel()
            raise SecretStoreUnavailable(f"the keyring did not answer within {timeout:g} seconds") from exc

    async def delete(self, ref: str) -> None:
        await self._call(lambda: self._store.delete(ref))

    async def delete_many(self, refs: Iterable[str]) -> list[str]:
        """Delete what can be deleted; returns the refs that are gone (the rest stay queued)."""
        pending = list(refs)
        done: list[str] = []
        for index, ref in enumerate(pending):
            try:
                await self.delete(ref)
            except SecretStoreUnavailable:
                left = len(pending) - index
                log.warning("keyring unavailable: %d secret(s) stay queued for deletion", left)
                break
            done.append(ref)
        return done

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
