"""What the accounts section does with the keyring: is one there, show and copy secrets, clean up.

The keyring is asked once whether it is usable when the section first loads, in the background: the
account list never waits for it, and a keyring that does not answer within the vault's deadline
counts as missing (issue 16), with the same banner. Values are read only when the user shows or
copies one, and copies go through the secure clipboard (cleared after 30 s).

Keyring entries whose references left the database (a removed secret, a purged account, a failed
save) are listed by the database's clean-up queue; `drain_queue` deletes them from the keyring
and then from the queue, whenever a keyring is available.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication

from cmtoolbox.core import passwords
from cmtoolbox.credentials.base import SecretStoreUnavailable
from cmtoolbox.gui.accounts.secret_row import SecretRow
from cmtoolbox.gui.accounts.vault import KeyringStatus, SecretVault
from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.pools import IO
from cmtoolbox.gui.secure_clipboard import SecureClipboard
from cmtoolbox.ops import accounts as ops

if TYPE_CHECKING:
    from cmtoolbox.storage.accounts import Account

log = logging.getLogger(__name__)


class SecretsController(QObject):
    status_changed = Signal(object)  # KeyringStatus

    def __init__(
        self, ctx: AppContext, rows: Callable[[], list[SecretRow]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._rows = rows  # the rows the editor shows now: a value read late goes only there
        self.vault = SecretVault(ctx.secrets, ctx.pools)
        self.vault.recovered = lambda: self.ctx.tasks.spawn(self.recheck())
        self.clipboard = SecureClipboard(self)
        self.clipboard.copied.connect(self._on_copied)
        self.clipboard.cleared.connect(self._on_clipboard_cleared)
        self.status: KeyringStatus | None = None  # None: not asked yet
        self._probing = False
        self._draining: asyncio.Future[None] | None = None  # set while a drain runs

    @property
    def available(self) -> bool:
        return bool(self.status and self.status.available)

    # -- is there a keyring ------------------------------------------------------------------
    def start(self) -> None:
        """Ask the keyring once, in the background (the first load of the section calls this)."""
        if self.status is None and not self._probing:
            self._probing = True
            self.ctx.tasks.spawn(self._first_probe())

    async def _first_probe(self) -> None:
        try:
            await self.recheck()
        finally:
            self._probing = False
        # Read the passphrase word list now, off the UI thread, so the generator opens instantly.
        # (wrap_future, not pools.run: it needs no *running* loop, see drain_queue.)
        await asyncio.wrap_future(self.ctx.pools.executor(IO).submit(passwords.word_list))

    async def recheck(self) -> KeyringStatus:
        """Ask the keyring again (after an error, or when a stuck one answered at last)."""
        self.status = await self.vault.status()
        self.status_changed.emit(self.status)
        if self.status.available:
            await self.drain_queue()
        return self.status

    async def _read(self, ref: str) -> str | None:
        try:
            return await self.vault.get(ref)
        except SecretStoreUnavailable:
            await self.recheck()
            raise

    async def check_missing(self) -> list[str]:
        """Slots of the open account whose value this computer's keyring does not hold (the data
        was restored from a backup made on another machine): mark them and say which to enter."""
        if not self.available:
            return []
        missing: list[str] = []
        for row in list(self._rows()):
            if row.ref is None:
                continue
            try:
                value = await self.vault.get(row.ref)
            except SecretStoreUnavailable:
                return []
            if value is None and row in self._rows():
                row.mark_missing()
                missing.append(row.label)
        if missing:
            text = self.tr(
                "Not in this computer's keyring: %1. Passwords are never in backups: type them again "
                "and save."
            )
            self.ctx.status.show(fill(text, ", ".join(missing)), 0)
        return missing

    # -- showing and copying -----------------------------------------------------------------
    async def reveal(self, row: SecretRow) -> None:
        if row.ref is None:
            return
        value = await self._read(row.ref)
        if value is None:
            self.ctx.status.show(
                fill(
                    self.tr(
                        "The keyring has no value for “%1”: it may have been deleted outside CM Toolbox. "
                        "Type a new one and save."
                    ),
                    row.label,
                )
            )
            return
        if row in self._rows():  # the account may have been closed meanwhile
            row.show_value(value)

    async def copy(self, row: SecretRow) -> None:
        value = row.typed
        if not value and row.ref is not None:
            value = await self._read(row.ref) or ""
        self._copy_value(value, row.label)

    async def copy_password_of(self, account: Account) -> None:
        """The account's password (else its first secret), e.g. Ctrl+C in the list."""
        if not account.secrets:
            return
        slot = next((s for s in account.secrets if s.kind == "password"), account.secrets[0])
        self._copy_value(await self._read(slot.ref) or "", slot.label)

    def _copy_value(self, value: str, label: str) -> None:
        if not value:
            self.ctx.status.show(fill(self.tr("Nothing to copy: “%1” is empty."), label))
            return
        self.clipboard.copy_secret(value)

    def copy_login(self, login: str) -> None:
        """A login is not a secret: a plain copy, not cleared."""
        if login:
            QGuiApplication.clipboard().setText(login)
            self.ctx.status.show(self.tr("Login copied."))

    def _on_copied(self, seconds: int) -> None:
        self.ctx.status.show(self.tr("Copied. The clipboard will be cleared in %n second(s).", "", seconds))

    def _on_clipboard_cleared(self, wiped: bool) -> None:
        if wiped:
            self.ctx.status.show(self.tr("Clipboard cleared."))

    # -- cleaning up -------------------------------------------------------------------------
    async def drain_queue(self) -> int:
        """Delete from the keyring the secrets whose references are gone from the database;
        returns how many. One drain at a time: a second caller waits for the first, then drains
        what is left (its own purge, for instance)."""
        if not self.available:
            return 0
        # A future, not an asyncio.Lock: Qt may step this task while the qasync loop is between
        # run_until_complete calls, and a contended Lock needs a running loop (gui/dialogs.py).
        while self._draining is not None:
            await self._draining
        finished: asyncio.Future[None] = asyncio.get_event_loop().create_future()
        self._draining = finished
        try:
            refs = await self.ctx.runner.read(ops.pending_secret_purges)
            if not refs:
                return 0
            done = await self.vault.delete_many(refs)
            if done:
                await self.ctx.runner.run(ops.forget_purged, tuple(done), initiator=self)
            return len(done)
        finally:
            self._draining = None
            finished.set_result(None)

    async def forget(self, refs: list[str]) -> None:
        """Secrets written for a save that did not happen: queue them and delete them now if possible."""
        if not refs:
            return
        try:
            await self.ctx.runner.run(ops.queue_secret_purge, tuple(refs), initiator=self)
            await self.drain_queue()
        except Exception:
            log.exception("could not clean up secrets of a failed save")

    def forget_blocking(self, refs: tuple[str, ...]) -> None:
        """Close path: queue the references of a failed save; the next start deletes them from the
        keyring (the first probe drains the queue)."""
        if not refs:
            return
        try:
            self.ctx.runner.run_blocking(ops.queue_secret_purge, refs, initiator=self)
        except Exception:
            log.exception("could not queue the secrets of a failed save for deletion")
