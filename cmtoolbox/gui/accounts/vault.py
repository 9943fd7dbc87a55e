"""The accounts section's door to the OS keyring: every call off the UI thread, one at a time.

Keyring calls can block (D-Bus round trips, an unlock prompt, a Secret Service that never
answers), so they run on the app's shared keyring pool (`ctx.pools`, one worker: Secret Service
clients prefer their calls serialised) and the GUI awaits them. Values are passed inside closures,
never as call arguments, so no executor debug log can print them, and every value that passes is
registered with the log redactor.

The first question, "is there a usable keyring?", has a deadline (`probe_timeout`): a keyring
daemon that is missing or hung must not keep the section waiting (issue 16). Past the deadline the
keyring counts as unavailable, later calls fail at once instead of queueing behind the stuck one,
and if the probe answers after all, `recovered` is called so the page can look again.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from cmtoolbox.credentials.base import SecretStore, SecretStoreUnavailable
from cmtoolbox.gui.pools import KEYRING, Pools
from cmtoolbox.logs import REDACTOR

T = TypeVar("T")
log = logging.getLogger(__name__)

# A working Secret Service answers in well under a second, even when D-Bus starts it on demand.
PROBE_TIMEOUT_S = 5.0


@dataclass(frozen=True)
class KeyringStatus:
    available: bool
    backend: str  # what keyring picked, for the banner's details
    timed_out: bool = False  # the keyring did not answer within the probe's deadline


NO_ANSWER = KeyringStatus(False, "", timed_out=True)


class SecretVault:
    def __init__(
        self, store: SecretStore, pools: Pools | None = None, *, probe_timeout: float = PROBE_TIMEOUT_S
    ) -> None:
        """`pools`: the app's (`ctx.pools`); without one (a test, a headless tool) the vault makes
        its own, which `close()` shuts down."""
        self._store = store
        self._own_pools = Pools() if pools is None else None
        self._pools: Pools = pools or self._own_pools  # type: ignore[assignment]
        self.probe_timeout = probe_timeout
        self.recovered: Callable[[], object] | None = None  # a timed-out probe answered after all
        self._stuck: concurrent.futures.Future[Any] | None = None

    @property
    def stuck(self) -> bool:
        """A keyring call has not answered within its deadline and still runs."""
        return self._stuck is not None and not self._stuck.done()

    def _submit(self, fn: Callable[[], T]) -> concurrent.futures.Future[T]:
        if self.stuck:
            # The one keyring worker is still busy with the stuck call: queueing behind it would
            # wait as long as it does.
            raise SecretStoreUnavailable("the keyring does not answer")
        return self._pools.executor(KEYRING).submit(fn)

    async def _call(self, fn: Callable[[], T]) -> T:
        return await asyncio.wrap_future(self._submit(fn))

    def _probe(self) -> KeyringStatus:
        available = self._store.available()
        try:
            backend = self._store.backend_name()
        except Exception as exc:  # a broken backend must not break the page
            backend = f"{type(exc).__name__}"
        return KeyringStatus(available, backend)

    async def status(self) -> KeyringStatus:
        """Whether a secure keyring is usable, answered within `probe_timeout` seconds."""
        if self.stuck:
            return NO_ANSWER
        # get_event_loop, not get_running_loop (nor wait_for, which needs it): Qt may step this
        # task while the qasync loop is between run_until_complete calls (see gui/dialogs.py).
        loop = asyncio.get_event_loop()
        answer: asyncio.Future[KeyringStatus] = loop.create_future()
        future = self._submit(self._probe)
        future.add_done_callback(lambda done: self._relay(loop, done, answer))

        def give_up() -> None:
            if not answer.done():
                answer.set_result(NO_ANSWER)

        deadline = loop.call_later(self.probe_timeout, give_up)
        try:
            status = await answer
        finally:
            deadline.cancel()
        if status is not NO_ANSWER:
            return status
        if future.done() and not future.cancelled() and future.exception() is None:
            return future.result()  # it answered just as the deadline passed
        log.warning("the keyring did not answer within %g s: treated as unavailable", self.probe_timeout)
        self._stuck = future
        return status

    def _relay(
        self,
        loop: asyncio.AbstractEventLoop,
        future: concurrent.futures.Future[KeyringStatus],
        answer: asyncio.Future[KeyringStatus],
    ) -> None:
        """On the keyring thread: hand the probe's answer to the UI thread (late or not)."""

        def on_loop() -> None:
            if not answer.done():  # else: the deadline passed first
                error = None if future.cancelled() else future.exception()
                if future.cancelled():
                    answer.cancel()
                elif error is not None:
                    answer.set_exception(error)
                else:
                    answer.set_result(future.result())
            if self._stuck is future:
                self._stuck = None
                if self.recovered is not None:
                    self.recovered()

        try:
            loop.call_soon_threadsafe(on_loop)
        except RuntimeError:  # the loop is closed: the app is gone, nobody to tell
            pass

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
        future = self._submit(lambda: self._store.set(ref, value))
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
        """Stop the vault's own keyring thread, if it made one (the app's pools outlive it)."""
        if self._own_pools is not None:
            self._own_pools.shutdown()
