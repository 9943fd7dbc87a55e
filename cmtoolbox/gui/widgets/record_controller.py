"""The flow shared by the sections that edit one record at a time beside a list (notes, drafts).

Every way of leaving the text (another record, another client, leaving the section, closing the
window) first takes a synchronous snapshot through the shared `Autosaver`, so nothing typed is
lost; then it loads what comes next. An open that was overtaken by a newer one is dropped (stale-
load guard), and text typed in the old record while the new one loaded is saved before it shows.
After a client switch the record last open there comes back once the list has loaded.

A subclass says how a record is read, shown and snapshotted; the page it serves offers `ctx`,
`clients`, `editor` (with an `edited` signal) and `list_panel` (with `model`, `select` and
`show_client`).
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from cmtoolbox.gui.page import PageController
from cmtoolbox.gui.widgets.autosave import Autosaver
from cmtoolbox.ops import Call
from cmtoolbox.storage.clients import Client

log = logging.getLogger(__name__)


class RecordController(PageController[Any]):
    """Opening with a flush first, the stale-load guard, client switches and autosave wiring."""

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self._clients = page.clients
        self._editor = page.editor
        self._list = page.list_panel
        self._client: Client | None = page.clients.current
        self._open_seq = 0
        self._reopen_last = False  # after a client switch: reopen the record last open there
        self._loaded = False

        # Parented to the page: the page is the initiator of every save, so it can skip them.
        self.autosaver = Autosaver(self._ctx.runner, self._ctx.tasks, self._snapshot, parent=page)
        self.autosaver.saved.connect(self._on_saved)
        self.autosaver.failed.connect(self._on_save_failed)
        self.autosaver.dirty_changed.connect(self._on_dirty_changed)
        self._editor.edited.connect(self.autosaver.touch)
        self._list.model.loaded.connect(self._on_list_loaded)
        self._clients.current_changed.connect(self._on_client_changed)

    # -- what a subclass provides ----------------------------------------------------------------
    def _record(self) -> Any | None:
        """The record on screen (it has an `id`), or None."""
        raise NotImplementedError

    def _snapshot(self, dirty: bool, checkpoint: bool) -> Call | None:
        raise NotImplementedError

    def _on_saved(self, result: object) -> None:
        raise NotImplementedError

    def _save_failed_text(self) -> str:
        """The status bar's sentence when a save failed (the autosaver retries it)."""
        raise NotImplementedError

    async def apply_client(self, client: Client | None, *, keep_open: bool = False) -> None:
        raise NotImplementedError

    def _last_opened_key(self) -> str | None:
        """The preference remembering the record last open for the current client (None: none)."""
        raise NotImplementedError

    async def _read_for_open(self, record_id: int) -> Any | None:
        """Read what showing `record_id` needs; None (after telling the user) when it is gone."""
        raise NotImplementedError

    def _show_found(self, found: Any) -> Any:
        """Show what `_read_for_open` read; returns the record."""
        raise NotImplementedError

    # -- the save state shown in the editor ------------------------------------------------------
    def _on_save_failed(self, _exc: object) -> None:
        self._editor.set_save_state(self.tr("Not saved"))
        self._ctx.status.show(self._save_failed_text())

    def _on_dirty_changed(self, dirty: bool) -> None:
        if dirty:
            self._editor.set_save_state(self.tr("Editing…"))

    # -- state -----------------------------------------------------------------------------------
    @property
    def client_id(self) -> int | None:
        return self._client.id if self._client else None

    # -- the client and the list -----------------------------------------------------------------
    def initial_load(self) -> None:
        """The window is built before the event loop runs: load once it does (or on reload())."""
        if not self._loaded:
            self._ctx.tasks.spawn(self.apply_client(self._clients.current))

    async def reload(self) -> None:
        """Load the list for the switcher's current client (and await it)."""
        await self.apply_client(self._clients.current, keep_open=True)

    def _on_client_changed(self, client: Client | None) -> None:
        if (client.id if client else None) == self.client_id and self._client == client:
            return
        flushed = self.autosaver.flush(checkpoint=True)  # snapshot the record we leave, now
        self._ctx.tasks.spawn(self._switch_client(client, flushed))

    async def _switch_client(self, client: Client | None, flushed: Any) -> None:
        try:
            await flushed
        except Exception:
            log.exception("saving before a client switch failed; the record stays open")
            await self.apply_client(client, keep_open=True)
            return
        await self.apply_client(client)

    def _on_list_loaded(self) -> None:
        record = self._record()
        self._list.select(record.id if record else None)
        if not self._reopen_last:
            return
        self._reopen_last = False
        key = self._last_opened_key()
        if record is None and self._list.model.rowCount() and key is not None:
            remembered = self._ctx.prefs.value(key)
            first = self._list.model.summary(0)
            wanted = int(remembered) if str(remembered or "").isdigit() else (first.id if first else None)
            if wanted is not None:
                self.open_record(wanted)

    # -- opening ---------------------------------------------------------------------------------
    def open_record(self, record_id: int) -> asyncio.Future[Any]:
        """Open a record, after saving the one on screen. Returns the task (tests await it)."""
        self._open_seq += 1
        record = self._record()
        if record is not None and record.id == record_id:
            self._list.select(record_id)
            done: asyncio.Future[Any] = asyncio.get_event_loop().create_future()
            done.set_result(record)
            return done
        flushed = self.autosaver.flush(checkpoint=True)
        return self._ctx.tasks.spawn(self._open(self._open_seq, record_id, flushed))  # type: ignore[return-value]

    async def _open(self, seq: int, record_id: int, flushed: Any) -> Any | None:
        try:
            await flushed
        except Exception:
            return None  # the save failed (and was reported): keep that text on screen
        found = await self._read_for_open(record_id)
        if found is None or seq != self._open_seq:
            return None  # gone, or another record was asked for meanwhile
        while self.autosaver.dirty:  # typed in the old record while this one loaded
            try:
                await self.autosaver.flush(checkpoint=True)
            except Exception:
                return None
            if seq != self._open_seq:
                return None
        return self._show_found(found)

    def flush(self) -> None:
        """Save now and wait: the main window calls this on every close path."""
        self.autosaver.flush_blocking(checkpoint=True)
