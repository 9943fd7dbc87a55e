"""The drafts' workflow: status moves (checked by `check_status`), proofs sent to the client, the
client's answers, planning, publication by hand, comments, and the history they leave in
`draft_events`. Each step can be put back exactly (`workflow_state` / `restore_workflow`), which
is how the operation layer undoes them. Part of the drafts manager (see storage/drafts.py)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from cmtoolbox.core.schedule import PlannedTime
from cmtoolbox.storage.draft_model import (
    MAX_AUTHOR_LENGTH,
    Draft,
    DraftBase,
    DraftEvent,
    EventKind,
    WorkflowState,
    check_status,
    clean_url,
    decode_meta,
    require_aware,
    state_meta,
)
from cmtoolbox.storage.errors import NotFound
from cmtoolbox.storage.revisions import RevisionState
from cmtoolbox.storage.timeutil import from_db, now_db, to_db

_SPACES = re.compile(r"\s+")


def _planned_meta(planned: PlannedTime | None) -> dict[str, str] | None:
    return None if planned is None else {"utc": to_db(planned.utc), "zone": planned.zone}


def state_snapshot(draft: Draft) -> dict[str, Any]:
    return {"title": draft.title, "body": draft.body, "meta": state_meta(draft)}


class DraftWorkflow(DraftBase):
    """Statuses, approvals, planning and publication of drafts, with their history."""

    def events(self, draft_id: int) -> list[DraftEvent]:
        """The draft's history, oldest first."""
        rows = self._db.execute(
            "SELECT id, draft_id, at, kind, from_status, to_status, network, text, author, meta "
            "FROM draft_events WHERE draft_id = ? ORDER BY at, id",
            [draft_id],
        ).fetchall()
        return [
            DraftEvent(
                id=r[0],
                draft_id=r[1],
                at=from_db(r[2]),  # type: ignore[arg-type]
                kind=r[3],
                from_status=r[4],
                to_status=r[5],
                network=r[6],
                text=r[7],
                author=r[8],
                meta=decode_meta(r[9]),
            )
            for r in rows
        ]

    def approved_state(self, draft_id: int) -> RevisionState | None:
        """The state the client last approved (title, master, variants), None if never approved:
        the editor diffs it with the current text to show what changed since."""
        row = self._db.execute(
            "SELECT meta FROM draft_events WHERE draft_id = ? AND kind = 'approved' "
            "ORDER BY at DESC, id DESC",
            [draft_id],
        ).fetchone()
        if row is None:
            return None
        state = decode_meta(row[0]).get("state")
        if not isinstance(state, dict):
            return None
        return RevisionState(str(state.get("title", "")), str(state.get("body", "")), state.get("meta") or {})

    def workflow_state(self, draft_id: int) -> WorkflowState:
        row = self._db.execute(
            "SELECT status, planned_at, planned_tz, published_at, published_url FROM drafts WHERE id = ?",
            [draft_id],
        ).fetchone()
        if row is None:
            raise NotFound(f"no draft {draft_id}")
        variants = tuple(
            (r[0], r[1], r[2])
            for r in self._db.execute(
                "SELECT network, published_url, published_at FROM draft_variants WHERE draft_id = ? "
                "ORDER BY position, id",
                [draft_id],
            )
        )
        return WorkflowState(row[0], row[1], row[2], row[3], row[4], variants)

    # -- writing: workflow -------------------------------------------------------------------------
    def set_status(self, draft_id: int, status: str, *, text: str = "", now: datetime | None = None) -> Draft:
        """Move the draft to `status` (checked by `check_status`), recording the move. Moving to
        "published" without a publication time records now."""
        with self._db.atomic():
            draft = self.get(draft_id)
            if status == draft.status:
                return draft
            check_status(draft, status)
            at = to_db(require_aware(now, "now")) if now is not None else now_db()
            self._write_status(draft, status)
            if status == "published" and draft.published_at is None:
                self._db.execute("UPDATE drafts SET published_at = ? WHERE id = ?", [at, draft_id])
            self._event(draft_id, "status", from_status=draft.status, to_status=status, text=text, at=at)
        self._touch(draft_id, draft.client_id)
        return self.get(draft_id)

    def _write_status(self, draft: Draft, status: str) -> None:
        self._db.execute(
            "UPDATE drafts SET status = ?, updated_at = ? WHERE id = ?", [status, now_db(), draft.id]
        )

    def set_planned(self, draft_id: int, planned: PlannedTime | None) -> Draft:
        """Plan the draft (or take its date away). A scheduled draft that loses its date goes back
        to "approved": it can no longer be scheduled."""
        with self._db.atomic():
            draft = self.get(draft_id)
            if draft.planned == planned:
                return draft
            self._write_planned(draft_id, planned)
            self._db.execute("UPDATE drafts SET updated_at = ? WHERE id = ?", [now_db(), draft_id])
            self._event(
                draft_id,
                "replanned",
                meta={
                    "from": _planned_meta(draft.planned),
                    "to": _planned_meta(planned),
                },
            )
            if planned is None and draft.status == "scheduled":
                self._write_status(draft, "approved")
                self._event(draft_id, "status", from_status="scheduled", to_status="approved")
        self._touch(draft_id, draft.client_id)
        return self.get(draft_id)

    def _write_planned(self, draft_id: int, planned: PlannedTime | None) -> None:
        if planned is None:
            self._db.execute(
                "UPDATE drafts SET planned_at = NULL, planned_tz = NULL WHERE id = ?", [draft_id]
            )
        else:
            self._db.execute(
                "UPDATE drafts SET planned_at = ?, planned_tz = ? WHERE id = ?",
                [to_db(planned.utc), planned.zone, draft_id],
            )

    def mark_sent(self, draft_id: int, *, note: str = "", now: datetime | None = None) -> Draft:
        """A proof (BAT) of the draft went to the client: it is now "to approve", and the state
        sent is kept in the history."""
        with self._db.atomic():
            draft = self.get(draft_id)
            check_status(draft, "to_approve")
            at = to_db(require_aware(now, "now")) if now is not None else now_db()
            if draft.status != "to_approve":
                self._write_status(draft, "to_approve")
            self._event(
                draft_id,
                "sent",
                from_status=draft.status,
                to_status="to_approve",
                text=note,
                at=at,
                meta={"state": state_snapshot(draft)},
            )
        self._touch(draft_id, draft.client_id)
        return self.get(draft_id)

    def record_answer(
        self,
        draft_id: int,
        *,
        approved: bool,
        words: str = "",
        author: str = "",
        now: datetime | None = None,
    ) -> Draft:
        """The client's answer to a proof, with their words. Approval moves a draft not yet
        approved to "approved" (a scheduled or published one keeps its status) and keeps the
        state approved; a request for changes sends it back to "draft"."""
        author = _SPACES.sub(" ", author).strip()[:MAX_AUTHOR_LENGTH]
        with self._db.atomic():
            draft = self.get(draft_id)
            at = to_db(require_aware(now, "now")) if now is not None else now_db()
            if approved:
                target: str = (
                    draft.status if draft.status in ("approved", "scheduled", "published") else "approved"
                )
                check_status(draft, target)
                kind: EventKind = "approved"
                meta: dict[str, Any] = {"state": state_snapshot(draft)}
            else:
                target = "draft"
                kind = "changes_requested"
                meta = {}
            if target != draft.status:
                self._write_status(draft, target)
            self._event(
                draft_id,
                kind,
                from_status=draft.status,
                to_status=target,
                text=words,
                author=author,
                at=at,
                meta=meta,
            )
        self._touch(draft_id, draft.client_id)
        return self.get(draft_id)

    def mark_published(
        self, draft_id: int, *, url: str = "", at: datetime | None = None, network: str | None = None
    ) -> Draft:
        """The post went out (by hand) at `at` (now when None), at `url`.

        For one `network`, the variant is marked; the draft becomes "published" once every
        variant is, at the earliest variant's time. Without `network`, the whole draft is."""
        url = clean_url(url)
        when = to_db(require_aware(at, "at")) if at is not None else now_db()
        with self._db.atomic():
            draft = self.get(draft_id)
            check_status(draft, "published")
            if network:
                if draft.variant(network) is None:
                    raise NotFound(f"draft {draft_id} has no {network} variant")
                self._db.execute(
                    "UPDATE draft_variants SET published_url = ?, published_at = ?, updated_at = ? "
                    "WHERE draft_id = ? AND network = ?",
                    [url, when, now_db(), draft_id, network],
                )
                pending, first = self._db.execute(
                    "SELECT sum(published_at IS NULL), min(published_at) FROM draft_variants "
                    "WHERE draft_id = ?",
                    [draft_id],
                ).fetchone()
                if not pending:
                    self._db.execute("UPDATE drafts SET published_at = ? WHERE id = ?", [first, draft_id])
                    target = "published"
                else:
                    target = draft.status
            else:
                self._db.execute(
                    "UPDATE drafts SET published_at = ?, published_url = ? WHERE id = ?",
                    [when, url, draft_id],
                )
                target = "published"
            if target != draft.status:
                self._write_status(draft, target)
            else:
                self._db.execute("UPDATE drafts SET updated_at = ? WHERE id = ?", [now_db(), draft_id])
            self._event(
                draft_id,
                "published",
                from_status=draft.status,
                to_status=target,
                network=network or "",
                text=url,
                at=when,
            )
        self._touch(draft_id, draft.client_id)
        return self.get(draft_id)

    def clear_publication(self, draft_id: int, *, network: str | None = None) -> Draft:
        """Marked published by mistake: forget the publication (of one variant, or all) and go
        back to "scheduled" when planned, else "approved"."""
        with self._db.atomic():
            draft = self.get(draft_id)
            if network:
                if draft.variant(network) is None:
                    raise NotFound(f"draft {draft_id} has no {network} variant")
                self._db.execute(
                    "UPDATE draft_variants SET published_url = '', published_at = NULL "
                    "WHERE draft_id = ? AND network = ?",
                    [draft_id, network],
                )
            else:
                self._db.execute(
                    "UPDATE draft_variants SET published_url = '', published_at = NULL WHERE draft_id = ?",
                    [draft_id],
                )
            self._db.execute(
                "UPDATE drafts SET published_at = NULL, published_url = '' WHERE id = ?", [draft_id]
            )
            target = draft.status
            if draft.status == "published":
                target = "scheduled" if draft.planned_at is not None else "approved"
                self._write_status(draft, target)
            self._event(
                draft_id, "unpublished", from_status=draft.status, to_status=target, network=network or ""
            )
        self._touch(draft_id, draft.client_id)
        return self.get(draft_id)

    def add_comment(self, draft_id: int, text: str, *, author: str = "") -> DraftEvent:
        """A line in the history (a phone call with the client, a reminder)."""
        with self._db.atomic():
            draft = self.get(draft_id)
            event_id = self._event(draft_id, "comment", text=text, author=author[:MAX_AUTHOR_LENGTH])
        self._touch(draft_id, draft.client_id)
        return next(e for e in self.events(draft_id) if e.id == event_id)

    def restore_workflow(
        self, draft_id: int, state: WorkflowState, *, drop_events: Iterable[int] = ()
    ) -> Draft:
        """Put a workflow state back (the undo of a status change, an answer, a publication, a
        replanning) and forget the events that step recorded."""
        with self._db.atomic():
            draft = self.get(draft_id)
            self._db.execute(
                "UPDATE drafts SET status = ?, planned_at = ?, planned_tz = ?, published_at = ?, "
                "published_url = ?, updated_at = ? WHERE id = ?",
                [
                    state.status,
                    state.planned_at,
                    state.planned_tz,
                    state.published_at,
                    state.published_url,
                    now_db(),
                    draft_id,
                ],
            )
            for network, url, at in state.variants:
                self._db.execute(
                    "UPDATE draft_variants SET published_url = ?, published_at = ? "
                    "WHERE draft_id = ? AND network = ?",
                    [url, at, draft_id, network],
                )
            ids = [int(i) for i in drop_events]
            if ids:
                self._db.execute(
                    f"DELETE FROM draft_events WHERE draft_id = ? AND id IN ({','.join('?' * len(ids))})",
                    [draft_id, *ids],
                )
        self._touch(draft_id, draft.client_id)
        return self.get(draft_id)

    def event_ids_after(self, draft_id: int, last_id: int) -> tuple[int, ...]:
        """Events recorded after event `last_id` (what one step added, for its undo)."""
        rows = self._db.execute(
            "SELECT id FROM draft_events WHERE draft_id = ? AND id > ? ORDER BY id", [draft_id, last_id]
        ).fetchall()
        return tuple(r[0] for r in rows)

    def last_event_id(self, draft_id: int) -> int:
        row = self._db.execute("SELECT max(id) FROM draft_events WHERE draft_id = ?", [draft_id]).fetchone()
        return row[0] or 0

    def _event(
        self,
        draft_id: int,
        kind: EventKind,
        *,
        from_status: str | None = None,
        to_status: str | None = None,
        network: str = "",
        text: str = "",
        author: str = "",
        at: str | None = None,
        meta: Mapping[str, Any] | None = None,
    ) -> int:
        event_id = self._db.execute(
            "INSERT INTO draft_events (draft_id, at, kind, from_status, to_status, network, text, author, "
            "meta) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                draft_id,
                at or now_db(),
                kind,
                from_status,
                to_status,
                network,
                text,
                author,
                json.dumps(dict(meta or {}), ensure_ascii=False, sort_keys=True),
            ],
        ).lastrowid
        assert event_id is not None  # an INSERT always sets lastrowid
        return event_id
