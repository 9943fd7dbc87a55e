"""Operations behind the proof ("BAT") sent to a client and the answers they give.

`proof_data` reads, in one go, what `core.bat.render_html` draws: each draft's variants as they
will be posted (threads split, media, the accounts' names and handles), so the GUI can render the
HTML and the PDF off the database thread. Sending the proof is `ops.drafts.send_for_approval`.

The client answers several posts at once (a mail, a call): `record_answers` records them all in one
transaction, through `ops.drafts.record_answer`, and gives one undo for the lot, as a person thinks
of "the answers I just typed" as one action.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from cmtoolbox.core.bat import Proof, ProofDraft, ProofMedia, ProofVariant
from cmtoolbox.ops import drafts as draft_ops
from cmtoolbox.ops.operation import Call, Undoable, call
from cmtoolbox.storage.accounts import Account
from cmtoolbox.storage.drafts import Draft
from cmtoolbox.storage.media import MediaItem
from cmtoolbox.storage.media_files import MediaFiles
from cmtoolbox.storage.store import Store

__all__ = [
    "Answer",
    "AnswerTarget",
    "AnswerTargets",
    "answer_targets",
    "proof_data",
    "record_answers",
    "undo_answers",
]


def _files(store: Store) -> MediaFiles | None:
    try:
        store.files_dir  # noqa: B018 - raises for a store without a data folder
    except RuntimeError:
        return None
    return store.media.files


def _media(item: MediaItem, files: MediaFiles | None) -> ProofMedia:
    path: Path | None = None
    thumbnail: Path | None = None
    if files is not None:
        path = files.content_path(item.sha256, item.ext)
        thumbnail = files.thumbnail_path(item.sha256)
    return ProofMedia(item.kind, item.display_title, item.alt_text, path, thumbnail)


def _accounts(store: Store, client_id: int) -> dict[str, Account]:
    """The account a post of each network goes out from: the first one with a name or handle."""
    found: dict[str, Account] = {}
    for account in store.accounts.list(client_id):
        if account.network not in found and (account.display_name or account.handle):
            found[account.network] = account
    return found


def proof_data(
    store: Store,
    draft_ids: Sequence[int],
    *,
    made_on: date | None = None,
    cm_name: str = "",
    zone: str | None = None,
) -> Proof:
    """The drafts (in the order given) as the proof shows them. `zone`: the CM's time zone, so a
    post planned in another one says where its time is from."""
    files = _files(store)
    client_names: dict[int, str] = {}
    accounts: dict[int, dict[str, Account]] = {}
    limits: dict[int, dict[str, int]] = {}
    drafts: list[ProofDraft] = []
    for draft_id in draft_ids:
        draft: Draft = store.drafts.get(int(draft_id))
        client_id = draft.client_id
        if client_id not in client_names:
            client_names[client_id] = store.clients.get(client_id).name
            accounts[client_id] = _accounts(store, client_id)
            limits[client_id] = store.accounts.limits_for_client(client_id)
        variants = []
        for target in draft_ops.publishing_kit(store, draft.id):
            account = accounts[client_id].get(target.network)
            text = draft.variant(target.network)
            variants.append(
                ProofVariant(
                    network=target.network,
                    text=text.text if text is not None else "",
                    posts=tuple(target.posts),
                    media=tuple(_media(item, files) for item in target.media),
                    account_name=account.display_name if account else "",
                    account_handle=account.handle if account else "",
                    limit=limits[client_id].get(target.network),
                )
            )
        drafts.append(
            ProofDraft(
                id=draft.id,
                title=draft.display_title,
                status=draft.status,
                planned=draft.planned,
                variants=tuple(variants),
                body=draft.body,
                client_name=client_names[client_id],
            )
        )
    return Proof(
        client_name=", ".join(dict.fromkeys(client_names.values())),
        drafts=tuple(drafts),
        made_on=made_on or date.today(),
        cm_name=cm_name,
        zone=zone,
    )


@dataclass(frozen=True)
class Answer:
    """The client's answer about one draft: approved, or changes requested in their words."""

    draft_id: int
    approved: bool
    words: str = ""
    author: str = ""
    at: datetime | None = None  # when they answered (aware); now when None


@dataclass(frozen=True)
class AnswerTarget:
    """A draft the client may answer about, as the answer dialog lists it."""

    draft_id: int
    title: str
    status: str
    sent_at: datetime | None  # when the last proof of it went out


@dataclass(frozen=True)
class AnswerTargets:
    targets: list[AnswerTarget]
    author: str  # who answered last time about these drafts: the likely person again


def answer_targets(store: Store, draft_ids: Sequence[int]) -> AnswerTargets:
    """The drafts to answer about, with when their proof went out, and who answered last."""
    targets: list[AnswerTarget] = []
    last_author: tuple[datetime, str] | None = None
    for draft_id in draft_ids:
        draft = store.drafts.get(int(draft_id))
        sent_at: datetime | None = None
        for event in store.drafts.events(draft.id):
            if event.kind == "sent":
                sent_at = event.at
            elif event.kind in ("approved", "changes_requested") and event.author:
                if last_author is None or event.at >= last_author[0]:
                    last_author = (event.at, event.author)
        targets.append(AnswerTarget(draft.id, draft.display_title, draft.status, sent_at))
    return AnswerTargets(targets, last_author[1] if last_author else "")


def record_answers(store: Store, answers: Sequence[Answer]) -> Undoable[list[Draft]]:
    """Record every answer (each moves its draft's status and writes its history line); all or
    none. One undo puts every draft back as it was."""
    answers = tuple(answers)
    steps = [
        draft_ops.record_answer(
            store, a.draft_id, approved=a.approved, words=a.words, author=a.author, at=a.at
        )
        for a in answers
    ]
    return Undoable([s.value for s in steps], call(undo_answers, tuple(s.undo for s in steps), answers))


def undo_answers(store: Store, undos: Sequence[Call], answers: Sequence[Answer]) -> Undoable[None]:
    """The undo of `record_answers`: each draft's undo, newest first. Its own undo records the
    answers again (redo)."""
    for undo in reversed(tuple(undos)):
        undo(store)
    return Undoable(None, call(record_answers, tuple(answers)))
