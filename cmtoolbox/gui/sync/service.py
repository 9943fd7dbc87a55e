"""The background sync: on start, every few minutes, and on demand, never making the UI wait.

The engine (`cmtoolbox.sync`) runs in the `sync` pool: it waits on the network and the disk there,
and runs each of its database steps (one transaction each) on the runner's database thread, so
typing goes on during a sync. What it applied is broadcast once through `runner.changed`, like any
operation's `Changes`, and views refresh from it.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from cmtoolbox.credentials.base import SecretStoreUnavailable
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.pools import KEYRING, SYNC
from cmtoolbox.ops import sync as sync_ops
from cmtoolbox.sync import (
    DeviceClash,
    NotEncrypted,
    PassphraseNeeded,
    SyncCancelled,
    SyncEngine,
    SyncOptions,
    SyncReport,
    TargetError,
    TargetUnreachable,
    WrongPassphrase,
    open_target,
)
from cmtoolbox.sync.crypto import Corrupt

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Secrets:
    password: str
    passphrase: str


def _read_secrets(ctx: AppContext) -> Secrets:
    """From the keyring (in its pool: it may be slow to answer or ask to be unlocked)."""
    try:
        return Secrets(
            ctx.secrets.get(sync_ops.WEBDAV_PASSWORD_REF) or "",
            ctx.secrets.get(sync_ops.PASSPHRASE_REF) or "",
        )
    except SecretStoreUnavailable:
        return Secrets("", "")


class SyncService(QObject):
    """One per window. `progress(stage, done, total)` while it runs; `finished(summary)` with the
    summary kept as the last result (`ok`, `error`, `code`, counts, `at`)."""

    started = Signal()
    progress = Signal(str, int, int)
    finished = Signal(object)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._running = False
        self._stop = threading.Event()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.request)
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.timeout.connect(self.request)

    @property
    def running(self) -> bool:
        return self._running

    def start(self, interval_minutes: int = 5, *, now: bool = True, first_in_ms: int = 0) -> None:
        """Sync now (or in `first_in_ms`, letting the first pages load) and then every
        `interval_minutes`."""
        self._timer.start(max(1, interval_minutes) * 60_000)
        if first_in_ms:
            self._first.start(first_in_ms)
        elif now:
            self.request()

    def stop(self) -> None:
        self._timer.stop()
        self._first.stop()

    def cancel(self) -> None:
        """The window is closing: stop the timers and a running sync at its next step (what it
        applied is committed; the rest waits for the next start)."""
        self.stop()
        self._stop.set()

    def request(self) -> None:
        """Sync now, unless one is running (it will have sent everything up to its start)."""
        if not self._running:
            self._ctx.tasks.spawn(self.sync_now())

    async def sync_now(self) -> dict[str, Any] | None:
        if self._running:
            return None
        settings = await self._ctx.runner.read(sync_ops.sync_settings)
        if not settings.target:
            return None
        self._running = True
        self.started.emit()
        try:
            secrets = await self._ctx.pools.run(KEYRING, _read_secrets, self._ctx)
            try:
                report: SyncReport = await self._ctx.pools.run(SYNC, self._run, settings, secrets)
            except SyncCancelled:
                return None
            except (TargetError, WrongPassphrase, Corrupt, OSError) as error:
                summary = {"ok": False, "code": _code(error), "error": str(error), "at": _now()}
            else:
                if report.changes:
                    self._ctx.runner.changed.emit(report.changes)
                applied = report.applied
                summary = {
                    "ok": True,
                    "at": _now(),
                    "sent": report.pushed,
                    "received": report.pulled,
                    "created": applied.created,
                    "merged": applied.merged,
                    "conflicts": applied.conflicts,
                    "trashed": applied.trashed,
                    "files_sent": report.files_sent,
                    "files_received": report.files_received,
                }
            await self._ctx.runner.run(sync_ops.record_result, summary)
        finally:
            self._running = False
        self.finished.emit(summary)
        return summary

    def _run(self, settings: sync_ops.SyncSettings, secrets: Secrets) -> SyncReport:
        """In the sync pool."""
        target = open_target(settings.target, username=settings.username, password=secrets.password)
        try:
            engine = SyncEngine(
                None,
                target,
                SyncOptions(
                    passphrase=secrets.passphrase or None, scope=settings.scope, cancelled=self._stop.is_set
                ),
                db=self._ctx.runner.call_from_worker,
            )
            return engine.run(self.progress.emit)
        finally:
            target.close()


def _now() -> str:
    return datetime.now(UTC).isoformat()


def _code(error: BaseException) -> str:
    for kind, code in (
        (TargetUnreachable, "unreachable"),
        (WrongPassphrase, "wrong_passphrase"),
        (PassphraseNeeded, "passphrase_needed"),
        (NotEncrypted, "not_encrypted"),
        (DeviceClash, "device_clash"),
    ):
        if isinstance(error, kind):
            return code
    return "error"
