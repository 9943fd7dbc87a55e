"""The proof's operations on a real SQLite store: what `proof_data` reads for the renderer, the
client's answers recorded together with one exact undo and redo, and a batch failing half-way
leaving nothing written."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from cmtoolbox.core.threads import split_thread
from cmtoolbox.ops import Outcome, call, execute
from cmtoolbox.ops import bat as ops
from cmtoolbox.ops import drafts as draft_ops
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.errors import InvalidValue
from cmtoolbox.storage.samples import create_sample_client
from cmtoolbox.storage.store import Store

LONG_X = " ".join(f"Phrase numéro {i} sur le levain et la croûte qui chante." for i in range(1, 13))


def run(store: Store, fn, *args, **kwargs) -> Outcome:  # noqa: ANN001
    return execute(store, call(fn, *args, **kwargs))


def _by_title(store: Store, client_id: int, title: str) -> int:
    row = store.db.execute("SELECT id FROM drafts WHERE client_id = ? AND title = ?", [client_id, title])
    return row.fetchone()[0]


def test_proof_data_reads_what_the_proof_draws(store: Store) -> None:
    client = create_sample_client(store)
    four = _by_title(store, client.id, "Nouveau four à sole")
    tarte = _by_title(store, client.id, "La tarte aux pralines revient")
    thread = draft_ops.create_draft(store, client.id, title="Fil", body=LONG_X, networks=["x", "threads"])

    proof = ops.proof_data(
        store, [tarte, four, thread.id], made_on=date(2026, 12, 1), cm_name="Léa", zone="UTC"
    )

    assert proof.client_name == "Boulangerie Martin" and proof.cm_name == "Léa"
    assert [d.id for d in proof.drafts] == [tarte, four, thread.id]  # the order chosen
    tarte_proof = proof.drafts[0]
    assert tarte_proof.planned is not None and tarte_proof.status == "approved"
    assert [v.network for v in tarte_proof.variants] == ["instagram", "facebook", "x"]
    instagram = tarte_proof.variants[0]
    assert (
        instagram.account_handle == "boulangeriemartin" and instagram.account_name == "Boulangerie Martin 🥖"
    )
    assert instagram.text.startswith("Elle est de retour") and instagram.posts == (instagram.text.strip(),)
    assert tarte_proof.variants[2].account_name == ""  # no X account: the client's name is drawn
    four_proof = proof.drafts[1]
    assert [v.network for v in four_proof.variants] == ["instagram", "facebook", "linkedin"]
    assert (
        four_proof.variants[2].text.startswith("Investir dans l’outil") and not four_proof.variants[0].media
    )
    x_posts = proof.drafts[2].variants[0].posts
    assert list(x_posts) == split_thread("x", LONG_X) and len(x_posts) > 1


def test_proof_data_points_to_the_library_files(store: Store) -> None:
    client = create_sample_client(store)
    atelier = _by_title(store, client.id, "Atelier pain au levain pour les enfants")
    proof = ops.proof_data(store, [atelier])
    assert proof.made_on == date.today()
    media = proof.drafts[0].variants[0].media
    assert len(media) == 1 and media[0].kind == "image" and media[0].title == "Pain de campagne au levain"
    assert media[0].path is not None and media[0].path.is_file()


def test_answers_are_recorded_together_and_undone_exactly(store: Store) -> None:
    client = create_sample_client(store)
    four = _by_title(store, client.id, "Nouveau four à sole")
    birthday = _by_title(store, client.id, "Anniversaire : 14 ans à la Croix-Rousse")
    run(store, draft_ops.send_for_approval, [four, birthday], note="BAT sent: BAT.pdf")
    targets = ops.answer_targets(store, [four, birthday])
    assert [t.draft_id for t in targets.targets] == [four, birthday]
    assert all(t.sent_at is not None and t.status == "to_approve" for t in targets.targets)
    assert targets.author == ""  # nobody answered about these yet
    events_before = {d: len(draft_ops.draft_events(store, d)) for d in (four, birthday)}

    when = datetime(2026, 12, 2, 15, 30, tzinfo=UTC)
    answers = [
        ops.Answer(four, True, "Parfait", "Claire Martin", when),
        ops.Answer(birthday, False, "Mettre le nombre de viennoiseries", "Claire Martin", when),
    ]
    done = run(store, ops.record_answers, answers)
    assert [d.status for d in done.value] == ["approved", "draft"]
    assert done.changes.ids_of(Entity.DRAFTS) >= {four, birthday}
    last = next(e for e in draft_ops.draft_events(store, birthday) if e.kind == "changes_requested")
    assert (last.kind, last.text, last.author, last.at) == (
        "changes_requested", "Mettre le nombre de viennoiseries", "Claire Martin", when,
    )  # fmt: skip
    assert ops.answer_targets(store, [four]).author == "Claire Martin"

    assert done.undo is not None
    undone = execute(store, done.undo)
    assert [store.drafts.get(d).status for d in (four, birthday)] == ["to_approve", "to_approve"]
    assert {d: len(draft_ops.draft_events(store, d)) for d in (four, birthday)} == events_before
    assert undone.undo is not None
    execute(store, undone.undo)  # redo
    assert [store.drafts.get(d).status for d in (four, birthday)] == ["approved", "draft"]


def test_a_batch_failing_half_way_writes_nothing(store: Store) -> None:
    client = create_sample_client(store)
    four = _by_title(store, client.id, "Nouveau four à sole")
    empty = draft_ops.create_draft(store, client.id, title="Vide", body="", networks=[])
    before = store.db.execute("SELECT count(*) FROM draft_events").fetchone()[0]
    with pytest.raises(InvalidValue) as caught:
        run(store, ops.record_answers, [ops.Answer(four, True), ops.Answer(empty.id, True)])
    assert caught.value.reason == "empty"  # nothing to approve
    assert store.drafts.get(four).status == "to_approve"
    assert store.db.execute("SELECT count(*) FROM draft_events").fetchone()[0] == before
