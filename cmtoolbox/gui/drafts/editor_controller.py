"""The open draft: which one, loading it, its autosave, and following changes made elsewhere.

Every way of leaving the texts (another draft, another client, leaving the section, closing the
window) first takes a synchronous snapshot through the shared `Autosaver`, so nothing typed is
lost; then it loads what comes next. The snapshot sends the title, the master, the notes and every
variant the editor shows: its own text, or None while it follows the master.

A change from elsewhere (a restored version, an undo, the calendar, the client's answer) is merged
field by field against the last stored state: a field the CM has not touched since takes the
stored value; one being typed in keeps what is typed (and is saved over it). The page's own saves
come back the same way and change nothing on screen.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cmtoolbox.gui.widgets.record_controller import RecordController
from cmtoolbox.ops import Call, call
from cmtoolbox.ops import calendar as calendar_ops
from cmtoolbox.ops import drafts as ops
from cmtoolbox.storage.changes import Changes
from cmtoolbox.storage.clients import Client
from cmtoolbox.storage.drafts import Draft
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.errors import NotFound

if TYPE_CHECKING:
    from cmtoolbox.gui.drafts.page import DraftsPage

log = logging.getLogger(__name__)

LAST_DRAFT_PREF = "drafts/last_opened/{}"  # per client id


def _normal(title: str) -> str:
    return " ".join(title.split())


@dataclass(frozen=True)
class Texts:
    """What the autosave stores, compared to tell what changed where."""

    title: str
    body: str
    variants: dict[str, str | None]
    notes: str

    @classmethod
    def of(cls, draft: Draft) -> Texts:
        variants = {v.network: None if v.follows_master else v.text for v in draft.variants}
        return cls(_normal(draft.title), draft.body, variants, draft.notes)


class DraftController(RecordController):
    def __init__(self, page: DraftsPage) -> None:
        super().__init__(page)
        self._page = page
        self._opened: ops.OpenedDraft | None = None
        self._baseline: Texts | None = None
        self._zone = "Europe/Paris"
        self._refresh_seq = 0  # refresh reads started
        self._refreshed_seq = 0  # the newest one shown
        self.pending_removal: set[str] = set()  # variants removed on screen, not yet in storage
        self._list.draft_activated.connect(self.open_draft)

    # -- state -----------------------------------------------------------------------------------
    @property
    def draft(self) -> Draft | None:
        return self._opened.draft if self._opened else None

    def _record(self) -> Draft | None:
        return self.draft

    @property
    def opened(self) -> ops.OpenedDraft | None:
        return self._opened

    @property
    def zone(self) -> str:
        return self._zone

    # -- the client and the list -----------------------------------------------------------------
    async def apply_client(self, client: Client | None, *, keep_open: bool = False) -> None:
        self._loaded = True
        self._client = client
        draft = self.draft
        if (
            not keep_open
            and draft is not None
            and not self._list.every_client
            and (client is None or draft.client_id != client.id)
        ):
            self._show(None)
        if client is not None:
            if self.draft is None:
                self._editor.set_client(client.id)
            adopted = await self._ctx.runner.run(ops.adopt_composer, client.id, initiator=self._page)
            if adopted is not None:
                log.info("text left in the quick composer became draft %s", adopted.id)
        self._reopen_last = self.draft is None
        await self._list.show_client(client.id if client else None)

    def _last_opened_key(self) -> str | None:
        client_id = self.client_id
        return None if client_id is None else LAST_DRAFT_PREF.format(client_id)

    # -- opening ---------------------------------------------------------------------------------
    def open_draft(self, draft_id: int) -> asyncio.Future[Any]:
        """Open a draft, after saving the one on screen. Returns the task (tests await it)."""
        return self.open_record(draft_id)

    async def _read(self, draft_id: int) -> tuple[ops.OpenedDraft, str] | None:
        try:
            opened = await self._ctx.runner.read(ops.open_draft, draft_id)
        except NotFound:
            return None
        zone = await self._ctx.runner.read(calendar_ops.planning_zone, opened.draft.client_id)
        return opened, zone

    async def _read_for_open(self, draft_id: int) -> tuple[ops.OpenedDraft, str] | None:
        found = await self._read(draft_id)
        if found is None or found[0].draft.deleted_at is not None:
            self._ctx.status.show(self.tr("This draft no longer exists."))
            return None
        return found

    def _show_found(self, found: tuple[ops.OpenedDraft, str]) -> Draft:
        self._show(*found)
        return found[0].draft

    def _show(self, opened: ops.OpenedDraft | None, zone: str = "") -> None:
        """Put a draft in the editor. Only called once the previous one is saved."""
        self._opened = opened
        self.pending_removal.clear()
        draft = opened.draft if opened else None
        self._baseline = Texts.of(draft) if draft else None
        if opened is not None and draft is not None:
            self._zone = zone or self._zone
            self._editor.set_client(draft.client_id)
            self._editor.load(opened, self._zone)
            self._ctx.prefs.set_value(LAST_DRAFT_PREF.format(draft.client_id), draft.id)
        self._page.show_draft(draft)
        self.autosaver.reset()

    # -- saving ----------------------------------------------------------------------------------
    def _current(self) -> Texts:
        title, body, variants, notes = self._editor.current_texts()
        return Texts(_normal(title), body, variants, notes)

    def _snapshot(self, dirty: bool, checkpoint: bool) -> Call | None:
        draft = self.draft
        if draft is None:
            return None
        title, body, variants, notes = self._editor.current_texts()
        if dirty or self._current() != self._baseline:
            return call(
                ops.save_draft_text,
                draft.id,
                title=title,
                body=body,
                variants=variants,
                notes=notes,
                checkpoint=checkpoint,
            )
        if checkpoint:
            return call(ops.checkpoint_draft, draft.id)
        return None

    def _on_saved(self, result: object) -> None:
        draft = self.draft
        if isinstance(result, Draft) and draft is not None and result.id == draft.id:
            self._baseline = Texts.of(result)
            if not self.autosaver.dirty:
                self._editor.set_save_state(self.tr("Saved"))

    def _on_save_failed(self, _exc: object) -> None:
        self._editor.set_save_state(self.tr("Not saved"))
        self._ctx.status.show(self.tr("The draft could not be saved; retrying in a few seconds."))

    def _on_dirty_changed(self, dirty: bool) -> None:
        if dirty:
            self._editor.set_save_state(self.tr("Editing…"))

    # -- refreshing from changes -----------------------------------------------------------------
    def on_changes(self, changes: Changes) -> None:
        if changes.touches(Entity.DRAFTS, Entity.TAGS):
            self._list.refresh()
            self._ctx.tasks.spawn(self._list.reload_tags())
        draft = self.draft
        if draft is not None:
            if draft.id in changes.ids_of(Entity.DRAFTS) or changes.touches(Entity.MEDIA, Entity.ACCOUNTS):
                self._ctx.tasks.spawn(self.refresh_current())
        elif changes.touches(Entity.TRASH) and len(changes.ids_of(Entity.DRAFTS)) == 1:
            # Nothing open and one draft came back from the trash (Edit ▸ Undo): show it again.
            self._ctx.tasks.spawn(self._open_if_restored(*changes.ids_of(Entity.DRAFTS)))

    async def refresh_current(self) -> None:
        """Show the stored state of the open draft (after a change). Reads finish in the order
        they started (one database thread), so a read older than one already shown is dropped."""
        draft = self.draft
        if draft is None:
            return
        self._refresh_seq += 1
        seq = self._refresh_seq
        found = await self._read(draft.id)
        if self.draft is None or self.draft.id != draft.id or seq < self._refreshed_seq:
            return
        self._refreshed_seq = seq
        if found is None or found[0].draft.deleted_at is not None:
            self._show(None)
            return
        opened, zone = found
        self._opened = opened
        self._zone = zone
        self._merge(opened.draft)
        self._editor.show_meta(opened, zone)
        self._page.update_actions(opened.draft)

    def _merge(self, stored_draft: Draft) -> None:
        """Take the stored value of every field the CM has not changed since the last save."""
        base = self._baseline or Texts.of(stored_draft)
        stored = Texts.of(stored_draft)
        ui = self._current()
        wanted = [n for n in stored_draft.networks if n not in self.pending_removal]
        added = self._editor.set_variant_networks(wanted)
        for name in ("title", "notes", "body"):
            if getattr(stored, name) != getattr(base, name) and getattr(ui, name) == getattr(base, name):
                self._editor.replace_field(
                    name, stored_draft.title if name == "title" else getattr(stored, name)
                )
        master = self._editor.texts.master.text()
        for variant in stored_draft.variants:
            panel = self._editor.texts.panel(variant.network)
            if panel is None:
                continue
            before = base.variants.get(variant.network, "\0missing")
            if variant.network in added or (
                stored.variants[variant.network] != before and ui.variants.get(variant.network) == before
            ):
                panel.show_variant(variant, master)
        self._editor.texts.update_labels()
        self._baseline = stored

    async def _open_if_restored(self, draft_id: int) -> None:
        found = await self._read(draft_id)
        if found is None or self.draft is not None:
            return
        draft = found[0].draft
        if draft.deleted_at is None and (self._list.every_client or draft.client_id == self.client_id):
            await self.open_draft(draft_id)

    # -- creating --------------------------------------------------------------------------------
    async def create_and_open(self, client_id: int, **fields: Any) -> Draft | None:
        draft = await self._ctx.runner.run(ops.create_draft, client_id, initiator=self._page, **fields)
        opened = await self.open_draft(draft.id)
        if opened is not None:
            self._editor.texts.master.edit.setFocus()
        return opened
