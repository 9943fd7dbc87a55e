"""The Drafts section's operations (drafts, calendar, key dates, snippets, exports) on a real SQLite
store: what each writes, the Changes it reports, that each undo puts things back exactly and its
redo forward, and that an operation failing half-way leaves nothing written."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from cmtoolbox.core.ical import read_ics
from cmtoolbox.core.schedule import PlannedTime
from cmtoolbox.ops import Outcome, call, execute
from cmtoolbox.ops import calendar as cal_ops
from cmtoolbox.ops import drafts as ops
from cmtoolbox.ops import snippets as snippet_ops
from cmtoolbox.ops.export import export_client
from cmtoolbox.paths import resource_path
from cmtoolbox.storage.accounts import AccountFields
from cmtoolbox.storage.drafts import STATUSES, DraftQuery
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.errors import InvalidValue, NotFound
from cmtoolbox.storage.samples import create_sample_client
from cmtoolbox.storage.settings import client_scope
from cmtoolbox.storage.store import Store

PARIS = "Europe/Paris"


@pytest.fixture
def martin(store: Store) -> int:
    client = store.clients.create("Boulangerie Martin")
    store.settings.set("profile", {"networks": ["instagram", "facebook"]}, scope=client_scope(client.id))
    return client.id


def run(store: Store, fn, *args, **kwargs) -> Outcome:  # noqa: ANN001
    return execute(store, call(fn, *args, **kwargs))


def undo(store: Store, outcome: Outcome) -> Outcome:
    assert outcome.undo is not None
    return execute(store, outcome.undo)


def at(day: date, hour: int = 9, minute: int = 0) -> datetime:
    return PlannedTime.on(day, time(hour, minute), PARIS).utc


def table_counts(store: Store) -> dict[str, int]:
    tables = (
        "drafts",
        "draft_variants",
        "draft_media",
        "draft_events",
        "draft_tags",
        "revisions",
        "drafts_fts",
    )
    return {t: store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


# -- the list and the editor --------------------------------------------------------------------------
def test_create_list_and_open(store: Store, martin: int) -> None:
    created = run(store, ops.create_draft, martin, title="Brioche", body="Au beurre", tags=["viennoiserie"])
    draft = created.value
    assert created.changes.touches(Entity.DRAFTS) and created.changes.client_ids == {martin}
    assert created.undo is None and draft.networks == ("instagram", "facebook")  # the client's profile
    run(store, ops.create_draft, martin, title="Idée", status="idea", networks=[])
    listing = ops.list_drafts(store, DraftQuery(client_id=martin), 1)
    assert listing.total == 2 and len(listing.rows) == 1 and listing.counts["idea"] == 1
    assert len(ops.more_drafts(store, DraftQuery(client_id=martin), 1, 10)) == 1
    assert len(ops.draft_ids(store, DraftQuery())) == 2
    assert ops.status_counts(store, DraftQuery(client_id=martin))["draft"] == 1
    assert ops.tag_names(store, martin) == ["viennoiserie"]
    assert [s.id for s in ops.summaries(store, [draft.id])] == [draft.id]
    opened = ops.open_draft(store, draft.id)
    assert opened.draft.id == draft.id and opened.approved is None and not opened.changed_since_approval
    assert [e.kind for e in opened.events] == ["created"] and opened.media == {}
    assert ops.resolve_link(store, "brioche", martin).id == draft.id  # type: ignore[union-attr]
    assert ops.existing_links(store, {"brioche", "x"}, martin) == {"brioche"}
    with pytest.raises(NotFound):
        ops.open_draft(store, 999)


def test_create_planned_and_from_text(store: Store, martin: int) -> None:
    planned = ops.create_draft(store, martin, body="x", planned_at=at(date(2026, 3, 30)), planned_tz=PARIS)
    assert planned.planned.wall == datetime(2026, 3, 30, 9)  # type: ignore[union-attr]
    with pytest.raises(InvalidValue) as error:
        ops.create_draft(store, martin, body="x", planned_at=at(date(2026, 3, 30)), planned_tz="Paris")
    assert error.value.field == "planned_tz"
    sent = run(
        store,
        ops.create_draft_from_text,
        martin,
        "Le marché de Noël ouvre samedi\nDétails…",
        origin={"from": "feed_item", "url": "https://lyon.example/noel"},
    ).value
    assert sent.title == "Le marché de Noël ouvre samedi"
    assert store.drafts.events(sent.id)[0].meta == {"from": "feed_item", "url": "https://lyon.example/noel"}
    store.settings.set("composer.text", "écrit après la mise à jour", scope=client_scope(martin))
    adopted = run(store, ops.adopt_composer, martin)
    assert adopted.value.body == "écrit après la mise à jour" and adopted.changes.touches(Entity.COMPOSER)
    assert ops.adopt_composer(store, martin) is None


def test_autosave_update_and_history(store: Store, martin: int) -> None:
    draft = ops.create_draft(store, martin, title="T", body="un")
    saved = run(
        store,
        ops.save_draft_text,
        draft.id,
        title="T",
        body="deux",
        variants={"instagram": "à toi", "facebook": None},
        checkpoint=True,
    )
    assert saved.value.variant("instagram").text == "à toi" and saved.changes.ids_of(Entity.DRAFTS) == {
        draft.id
    }  # type: ignore[union-attr]
    run(store, ops.save_draft_text, draft.id, title="T", body="trois")
    run(store, ops.checkpoint_draft, draft.id)
    assert [r.reason for r in ops.history(store, draft.id)] == ["checkpoint", "checkpoint", "created"]
    updated = run(
        store, ops.update_draft, draft.id, notes="interne", tags=["noël"], spell_languages=["en"]
    ).value
    assert (updated.notes, updated.tags, updated.spell_languages, updated.body) == (
        "interne",
        ("noël",),
        ("en",),
        "trois",
    )
    assert ops.set_spell_languages(store, draft.id, None).spell_languages is None
    assert ops.set_tags(store, draft.id, []).tags == ()
    assert ops.update_draft(store, draft.id, title="Titre").title == "Titre"
    restored = run(store, ops.restore_version, ops.history(store, draft.id)[-1].id)
    assert store.drafts.get(draft.id).body == "un"
    undo(store, restored)
    assert store.drafts.get(draft.id).body == "trois"


# -- variants and media --------------------------------------------------------------------------------
def test_variants_and_their_undos(store: Store, martin: int) -> None:
    draft = ops.create_draft(store, martin, body="master")
    added = run(store, ops.add_variant, draft.id, "x", "court")
    assert store.drafts.get(draft.id).networks == ("instagram", "facebook", "x")
    undo(store, added)
    assert store.drafts.get(draft.id).networks == ("instagram", "facebook")
    edited = run(store, ops.edit_variant, draft.id, "instagram", "propre")
    assert not edited.value.variant("instagram").follows_master and edited.undo is None  # type: ignore[union-attr]
    reset = run(store, ops.reset_variant, draft.id, "instagram")
    assert store.drafts.get(draft.id).variant("instagram").text == "master"  # type: ignore[union-attr]
    redo = undo(store, reset)
    assert store.drafts.get(draft.id).variant("instagram").text == "propre"  # type: ignore[union-attr]
    undo(store, redo)
    assert store.drafts.get(draft.id).variant("instagram").follows_master  # type: ignore[union-attr]
    assert ops.set_variant_order(store, draft.id, ["facebook"]).networks == ("facebook", "instagram")


def test_removing_a_variant_is_undone_with_its_text_media_and_publication(store: Store, martin: int) -> None:
    photo = store.media.import_file(resource_path("samples", "media", "croissants-du-matin.jpg"), martin).item
    draft = ops.create_draft(store, martin, body="m", networks=["instagram", "facebook", "x"])
    ops.edit_variant(store, draft.id, "facebook", "à vous")
    ops.set_media(store, draft.id, [photo.id], "facebook")
    ops.mark_published(store, draft.id, url="https://facebook.com/p/1", network="facebook")
    before = store.drafts.get(draft.id)
    removed = run(store, ops.remove_variant, draft.id, "facebook")
    assert removed.value.networks == ("instagram", "x") and store.media.usages(photo.id) == []
    undone = undo(store, removed)
    back = store.drafts.get(draft.id)
    assert back.networks == before.networks
    assert replace(back.variant("facebook"), id=0) == replace(before.variant("facebook"), id=0)  # type: ignore[type-var]
    assert [u.entity for u in store.media.usages(photo.id)] == ["drafts"]
    undo(store, undone)
    assert store.drafts.get(draft.id).variant("facebook") is None


def test_media_and_undo(store: Store, martin: int) -> None:
    folder = resource_path("samples", "media")
    first = store.media.import_file(folder / "croissants-du-matin.jpg", martin).item.id
    second = store.media.import_file(folder / "pain-de-campagne-portrait.jpg", martin).item.id
    draft = ops.create_draft(store, martin, body="x")
    attached = run(store, ops.set_media, draft.id, [first])
    assert attached.changes.touches(Entity.DRAFTS, Entity.MEDIA)
    run(store, ops.set_media, draft.id, [second, first])
    swapped = run(store, ops.set_media, draft.id, [second], "instagram")
    assert store.drafts.get(draft.id).variant("instagram").media_ids == (second,)  # type: ignore[union-attr]
    undo(store, swapped)
    assert store.drafts.get(draft.id).variant("instagram").media_ids == ()  # type: ignore[union-attr]
    opened = ops.open_draft(store, draft.id)
    assert set(opened.media) == {first, second}
    with pytest.raises(NotFound):
        ops.set_media(store, draft.id, [first], "tiktok")


def test_duplicate_and_trash(store: Store, martin: int) -> None:
    draft = ops.create_draft(store, martin, title="Galette", body="x")
    copy = run(store, ops.duplicate_draft, draft.id, title="Galette (copie)").value
    assert copy.title == "Galette (copie)" and copy.id != draft.id
    trashed = run(store, ops.move_to_trash, draft.id)
    assert trashed.changes.touches(Entity.DRAFTS, Entity.TRASH) and not store.drafts.exists(draft.id)
    undo(store, trashed)
    assert store.drafts.exists(draft.id)
    both = run(store, ops.trash_drafts, [draft.id, copy.id])
    assert both.value == 2 and ops.list_drafts(store, DraftQuery(client_id=martin), 10).total == 0
    undo(store, both)
    assert ops.list_drafts(store, DraftQuery(client_id=martin), 10).total == 2
    run(store, ops.move_to_trash, copy.id)
    run(store, ops.restore_from_trash, copy.id)
    assert store.drafts.exists(copy.id)


# -- the workflow ------------------------------------------------------------------------------------
def test_status_change_undo_and_redo_are_exact(store: Store, martin: int) -> None:
    draft = ops.create_draft(store, martin, body="x", planned_at=at(date(2026, 3, 30)), planned_tz=PARIS)
    events_before = len(store.drafts.events(draft.id))
    moved = run(store, ops.change_status, draft.id, "scheduled", note="OK téléphone")
    assert moved.value.status == "scheduled" and moved.changes.touches(Entity.DRAFTS)
    assert store.drafts.events(draft.id)[-1].text == "OK téléphone"
    redo = undo(store, moved)
    assert (
        store.drafts.get(draft.id).status == "draft" and len(store.drafts.events(draft.id)) == events_before
    )
    again = undo(store, redo)
    assert store.drafts.get(draft.id).status == "scheduled"
    undo(store, again)
    with pytest.raises(InvalidValue) as error:
        ops.change_status(store, ops.create_draft(store, martin).id, "approved")
    assert error.value.reason == "empty"


def test_a_bulk_move_failing_half_way_writes_nothing(store: Store, martin: int) -> None:
    planned = ops.create_draft(store, martin, body="a", planned_at=at(date(2026, 4, 1)), planned_tz=PARIS)
    unplanned = ops.create_draft(store, martin, body="b")
    before = table_counts(store)
    statuses = {d: store.drafts.get(d).status for d in (planned.id, unplanned.id)}
    with pytest.raises(InvalidValue) as error:
        run(store, ops.change_statuses, [planned.id, unplanned.id], "scheduled")
    assert error.value.reason == "needs_date"
    assert table_counts(store) == before
    assert {d: store.drafts.get(d).status for d in statuses} == statuses
    assert not store.take_changes()  # nothing announced either
    archived = run(store, ops.archive_drafts, [planned.id, unplanned.id])
    assert {d.status for d in archived.value} == {"archived"}
    undo(store, archived)
    assert {d: store.drafts.get(d).status for d in statuses} == statuses


def test_a_proof_and_the_clients_answers(store: Store, martin: int) -> None:
    a = ops.create_draft(store, martin, title="A", body="texte a")
    b = ops.create_draft(store, martin, title="B", body="texte b")
    sent = run(store, ops.send_for_approval, [a.id, b.id], note="BAT du 2 décembre")
    assert [d.status for d in sent.value] == ["to_approve", "to_approve"]
    answered = run(store, ops.record_answer, a.id, approved=False, words="Plus court", author="Claire")
    assert answered.value.status == "draft"
    undo(store, answered)
    assert store.drafts.get(a.id).status == "to_approve"
    approved = run(store, ops.record_answer, a.id, approved=True, words="Parfait", author="Claire")
    assert approved.value.status == "approved"
    assert [e.text for e in ops.draft_events(store, a.id) if e.kind == "approved"] == ["Parfait"]
    ops.save_draft_text(store, a.id, title="A", body="texte a modifié")
    opened = ops.open_draft(store, a.id)
    assert opened.approved is not None and opened.approved.body == "texte a" and opened.changed_since_approval
    undo(store, sent)
    assert store.drafts.get(b.id).status == "draft"
    comment = ops.add_comment(store, b.id, "Relancer lundi", author="")
    assert comment.kind == "comment" and ops.draft_events(store, b.id)[-1].id == comment.id
    with pytest.raises(InvalidValue):
        ops.add_comment(store, b.id, "  ")


def test_publishing_by_hand(store: Store, martin: int) -> None:
    draft = ops.create_draft(
        store, martin, body="Croissants", planned_at=at(date(2026, 3, 29)), planned_tz=PARIS
    )
    when = datetime(2026, 3, 29, 7, 3, tzinfo=UTC)
    first = run(
        store, ops.mark_published, draft.id, url="https://instagram.com/p/A", at=when, network="instagram"
    )
    assert first.value.status == "draft" and first.value.variant("instagram").published  # type: ignore[union-attr]
    whole = run(
        store, ops.mark_published, draft.id, url="https://facebook.com/p/B", at=when, network="facebook"
    )
    assert whole.value.status == "published" and whole.value.published_at == when
    undo(store, whole)
    back = store.drafts.get(draft.id)
    assert back.status == "draft" and back.variant("facebook").published_at is None  # type: ignore[union-attr]
    assert back.variant("instagram").published  # type: ignore[union-attr]
    cleared = run(store, ops.clear_publication, draft.id, network="instagram")
    assert not cleared.value.variant("instagram").published  # type: ignore[union-attr]
    undo(store, cleared)
    assert store.drafts.get(draft.id).variant("instagram").published  # type: ignore[union-attr]


def test_publishing_kit_splits_threads_and_points_to_the_account(store: Store, martin: int) -> None:
    store.accounts.save(martin, AccountFields("x", handle="boulangmartin"))
    long_text = " ".join(f"Phrase numéro {i} sur le pain au levain." for i in range(20))
    draft = ops.create_draft(store, martin, body=long_text, networks=["x", "instagram"])
    kit = {t.network: t for t in ops.publishing_kit(store, draft.id)}
    assert len(kit["x"].posts) > 1 and kit["x"].posts[0].endswith(f"1/{len(kit['x'].posts)}")
    assert (
        kit["x"].account_handle == "boulangmartin" and kit["x"].profile_url == "https://x.com/boulangmartin"
    )
    assert kit["instagram"].posts == [long_text] and kit["instagram"].profile_url is None


# -- planning from the calendar ---------------------------------------------------------------------
def test_replan_and_move_keep_the_wall_time_across_dst(store: Store, martin: int) -> None:
    draft = ops.create_draft(store, martin, body="x", planned_at=at(date(2026, 3, 27)), planned_tz=PARIS)
    moved = run(store, ops.move_to_day, draft.id, date(2026, 3, 30))
    assert moved.value.planned.wall == datetime(2026, 3, 30, 9)  # type: ignore[union-attr]
    assert moved.value.planned_at == datetime(2026, 3, 30, 7, tzinfo=UTC)
    undo(store, moved)
    assert store.drafts.get(draft.id).planned_at == datetime(2026, 3, 27, 8, tzinfo=UTC)
    assert all(e.kind != "replanned" for e in store.drafts.events(draft.id))  # the undo forgot the line
    autumn = run(store, ops.move_to_day, draft.id, date(2026, 10, 26)).value
    assert autumn.planned.wall == datetime(2026, 10, 26, 9)  # type: ignore[union-attr]
    week = run(store, ops.move_to_time, draft.id, datetime(2026, 10, 26, 3, 30), "America/Montreal").value
    assert week.planned_tz == PARIS and week.planned.wall == datetime(2026, 10, 26, 8, 30)  # type: ignore[union-attr]
    ops.change_status(store, draft.id, "scheduled")
    unplanned = run(store, ops.replan, draft.id, None)
    assert unplanned.value.status == "approved" and unplanned.value.planned is None
    undo(store, unplanned)
    assert store.drafts.get(draft.id).status == "scheduled" and store.drafts.get(draft.id).planned is not None
    fresh = ops.create_draft(store, martin, body="y")
    dropped = ops.move_to_day(store, fresh.id, date(2026, 5, 4)).value
    assert dropped.planned.wall == datetime(2026, 5, 4, 9) and dropped.planned_tz == cal_ops.planning_zone(
        store, martin
    )  # type: ignore[union-attr]
    replanned = ops.replan(store, fresh.id, datetime(2026, 5, 5, 16, tzinfo=UTC)).value  # keeps its zone
    assert replanned.planned_tz == dropped.planned_tz


def test_planning_zone_settings(store: Store, martin: int) -> None:
    cal_ops.set_planning_zone(store, None, "Europe/Paris")
    assert cal_ops.planning_zone(store, martin) == "Europe/Paris"
    cal_ops.set_planning_zone(store, martin, "America/Montreal")
    assert (
        cal_ops.planning_zone(store, martin) == "America/Montreal" and cal_ops.planning_zone(store) == PARIS
    )
    cal_ops.set_planning_zone(store, martin, None)
    assert cal_ops.planning_zone(store, martin) == PARIS
    with pytest.raises(InvalidValue):
        cal_ops.set_planning_zone(store, martin, "Lyon")
    ops.create_draft(store, martin, body="y")
    assert (
        ops.move_to_day(
            store, ops.create_draft(store, martin, body="z").id, date(2026, 1, 5)
        ).value.planned_tz
        == PARIS
    )


def test_month_and_week_views(store: Store, martin: int) -> None:
    dupont = store.clients.create("Dupont").id
    a = ops.create_draft(store, martin, body="a", planned_at=at(date(2026, 3, 30), 0, 30), planned_tz=PARIS)
    b = ops.create_draft(store, dupont, body="b", planned_at=at(date(2026, 4, 2)), planned_tz=PARIS)
    ops.create_draft(
        store, martin, body="c", status="archived", planned_at=at(date(2026, 4, 3)), planned_tz=PARIS
    )
    ops.create_draft(store, martin, body="unplanned")
    key = cal_ops.create_key_date(store, martin, date(2012, 4, 1), "Anniversaire", yearly=True)
    month = cal_ops.month_view(store, 2026, 4, zone=PARIS, client_id=martin)
    assert (month.first, month.last) == (date(2026, 3, 30), date(2026, 5, 10))
    assert [e.id for e in month.entries] == [a.id]
    assert [m.title for m in month.markers[date(2026, 4, 1)]] == ["Anniversaire"]
    assert month.markers[date(2026, 4, 6)][0].kind == "holiday"  # Easter Monday
    everyone = cal_ops.week_view(store, date(2026, 4, 1), zone=PARIS)
    assert [e.id for e in everyone.entries] == [a.id, b.id]
    assert set(everyone.by_day) == {date(2026, 3, 30), date(2026, 4, 2)}
    # 00:30 on Monday in Paris is still Sunday evening in London: not in London's week.
    london = cal_ops.week_view(store, date(2026, 4, 1), zone="Europe/London", holidays_country=None)
    assert [e.id for e in london.entries] == [b.id] and list(london.markers) == [date(2026, 4, 1)]
    assert [s.title for s in cal_ops.unplanned_drafts(store, martin)] == ["unplanned"]
    undo(store, key)
    assert cal_ops.list_key_dates(store, martin) == []


def test_key_date_ops_and_undos(store: Store, martin: int) -> None:
    created = run(store, cal_ops.create_key_date, martin, date(2026, 12, 22), "Dégustation")
    key = created.value
    assert created.changes.touches(Entity.KEY_DATES)
    changed = run(store, cal_ops.update_key_date, key.id, title="Dégustation au marché", yearly=True)
    assert changed.value.title == "Dégustation au marché" and changed.value.yearly
    undo(store, changed)
    assert store.key_dates.get(key.id).title == "Dégustation" and not store.key_dates.get(key.id).yearly
    deleted = run(store, cal_ops.delete_key_date, key.id)
    assert cal_ops.list_key_dates(store, martin) == []
    redo = undo(store, deleted)
    (back,) = cal_ops.list_key_dates(store, martin)
    assert (back.id, back.day, back.title, back.yearly) == (key.id, key.day, key.title, key.yearly)
    undo(store, redo)
    assert cal_ops.list_key_dates(store, martin) == []


# -- snippets ---------------------------------------------------------------------------------------
def test_snippet_ops(store: Store, martin: int) -> None:
    store.accounts.save(
        martin, AccountFields("instagram", handle="boulangeriemartin", default_hashtags=("#pain",))
    )
    made = run(store, snippet_ops.create_snippet, martin, kind="cta", name="Précommande", text="Commandez !")
    snippet = made.value
    assert made.changes.touches(Entity.SNIPPETS)
    edited = run(store, snippet_ops.update_snippet, snippet.id, text="Commandez la veille", client_id=None)
    assert edited.value.client_id is None
    undo(store, edited)
    assert (
        store.snippets.get(snippet.id).text == "Commandez !"
        and store.snippets.get(snippet.id).client_id == martin
    )
    names = [s.name for s in snippet_ops.list_snippets(store, martin)]
    assert names == ["Instagram · @boulangeriemartin", "Précommande"]
    assert snippet_ops.snippets_for_network(store, martin, "instagram")[0].read_only
    copied = run(store, snippet_ops.copy_account_hashtags, martin)
    assert [s.text for s in copied.value] == ["#pain"]
    undo(store, copied)
    assert [s.read_only for s in snippet_ops.list_snippets(store, martin, kind="hashtags")] == [True]
    trashed = run(store, snippet_ops.move_to_trash, snippet.id)
    assert snippet_ops.list_snippets(store, martin, with_accounts=False) == []
    undo(store, trashed)
    other = snippet_ops.create_snippet(store, martin, kind="cta", name="Avis", text="Dites-nous")
    snippet_ops.reorder_snippets(store, [other.id, snippet.id])
    assert [s.name for s in snippet_ops.list_snippets(store, martin, kind="cta")] == ["Avis", "Précommande"]
    run(store, snippet_ops.move_to_trash, other.id)
    restored = run(store, snippet_ops.restore_from_trash, other.id)
    assert restored.undo is not None and len(snippet_ops.list_snippets(store, martin, kind="cta")) == 2


# -- exports ---------------------------------------------------------------------------------------
def test_calendar_and_csv_exports_round_trip(store: Store, martin: int) -> None:
    draft = ops.create_draft(
        store, martin, title="Levain", body="Notre levain", planned_at=at(date(2026, 3, 30)), planned_tz=PARIS
    )
    ops.edit_variant(store, draft.id, "instagram", "Ton levain 🫶")
    ops.create_draft(store, martin, title="Sans date", body="x")
    data = cal_ops.calendar_file(store, martin)
    events = read_ics(data)
    assert [e.uid for e in events] == [f"{draft.uid}@cmtoolbox"]
    assert events[0].start == datetime(2026, 3, 30, 7, tzinfo=UTC) and events[0].zone == PARIS
    assert "— Instagram —\nTon levain 🫶" in events[0].description
    ops.move_to_day(store, draft.id, date(2026, 10, 26))
    again = read_ics(cal_ops.calendar_file(store, martin))
    assert [e.uid for e in again] == [f"{draft.uid}@cmtoolbox"] and again[0].start == datetime(
        2026, 10, 26, 8, tzinfo=UTC
    )
    rows = list(csv.DictReader(cal_ops.csv_text(store, martin).splitlines()))
    assert [(r["title"], r["network"]) for r in rows] == [
        ("Levain", "Instagram"),
        ("Levain", "Facebook"),
        ("Sans date", "Instagram"),
        ("Sans date", "Facebook"),
    ]
    assert rows[0]["text"] == "Ton levain 🫶" and rows[0]["time"] == "09:00"


def test_cmtoolbox_export_writes_drafts_csv_and_calendar(store: Store, tmp_path: Path) -> None:
    client = create_sample_client(store)
    report = export_client(store, client.id, tmp_path / "out")
    folder = tmp_path / "out" / "drafts"
    assert (folder / "drafts.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    events = read_ics((folder / "calendar.ics").read_bytes())
    planned = store.drafts.calendar(
        datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC), client_id=client.id
    )
    assert {e.uid for e in events} == {f"{s.uid}@cmtoolbox" for s in planned}
    assert report.counts["calendar events"] == len(planned)
    assert report.counts["drafts"] == store.drafts.count(
        DraftQuery(client_id=client.id, statuses=frozenset(STATUSES))
    )
    everyone = export_client(store, None, tmp_path / "all")
    assert everyone.counts["drafts"] == report.counts["drafts"]
    assert read_ics((tmp_path / "all" / "drafts" / "calendar.ics").read_bytes())[0].summary.startswith(
        "Boulangerie Martin · "
    )
    assert "draft_variants" in (tmp_path / "out" / "client.json").read_text(encoding="utf-8")
