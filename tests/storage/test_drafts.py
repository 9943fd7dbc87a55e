"""Drafts, snippets and key dates on a real SQLite file: variants following the master, the
workflow's rules and history, the list's filters and sorts, search, trash, revisions, media usages,
the sample client, and the m010 upgrade that turns each quick-composer text into a first draft."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from cmtoolbox.core.schedule import PlannedTime
from cmtoolbox.paths import database_path, resource_path
from cmtoolbox.storage import db as dbmod
from cmtoolbox.storage.accounts import AccountFields
from cmtoolbox.storage.drafts import STATUSES, DraftQuery, DraftSort, adopt_composer_text
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.errors import InvalidValue, NotFound
from cmtoolbox.storage.migrations import MIGRATIONS, known_names
from cmtoolbox.storage.samples import create_sample_client
from cmtoolbox.storage.search import SearchFilters, search_all
from cmtoolbox.storage.settings import client_scope
from cmtoolbox.storage.store import Store

PARIS = "Europe/Paris"
TEXT = "Nouveau : la canutine 🥐\nPâte feuilletée, crème pralinée.\n\n#BoulangerieMartin"


@pytest.fixture
def martin(store: Store) -> int:
    return store.clients.create("Boulangerie Martin").id


def plan(day: date, hour: int = 9) -> PlannedTime:
    return PlannedTime.on(day, time(hour), PARIS)


# -- texts and variants ------------------------------------------------------------------------------
def test_variants_follow_the_master_until_edited(store: Store, martin: int) -> None:
    draft = store.drafts.create(martin, title="Canutine", body="v1", networks=["instagram", "facebook", "x"])
    assert (
        draft.status == "draft" and len(draft.uid) == 32 and draft.networks == ("instagram", "facebook", "x")
    )
    assert all(v.follows_master and v.text == "v1" for v in draft.variants)
    draft = store.drafts.save(draft.id, title="Canutine", body="v2", variants={"x": "Court pour X"})
    assert [(v.network, v.text, v.follows_master) for v in draft.variants] == [
        ("instagram", "v2", True),
        ("facebook", "v2", True),
        ("x", "Court pour X", False),
    ]
    assert draft.differing == ("x",)
    draft = store.drafts.save(draft.id, title="Canutine", body="v3")
    assert draft.variant("instagram").text == "v3" and draft.variant("x").text == "Court pour X"  # type: ignore[union-attr]
    draft = store.drafts.reset_variant(draft.id, "x")
    assert draft.variant("x").follows_master and draft.variant("x").text == "v3"  # type: ignore[union-attr]
    draft = store.drafts.save(draft.id, title="Canutine", body="v3", variants={"linkedin": "Pro"})
    assert draft.networks[-1] == "linkedin" and not draft.variant("linkedin").follows_master  # type: ignore[union-attr]
    draft = store.drafts.remove_variant(draft.id, "facebook")
    assert draft.networks == ("instagram", "x", "linkedin")
    draft = store.drafts.set_variant_order(draft.id, ["linkedin", "instagram"])
    assert draft.networks == ("linkedin", "instagram", "x")
    with pytest.raises(InvalidValue) as error:
        store.drafts.add_variant(draft.id, "instagram")
    assert error.value.reason == "duplicate"
    with pytest.raises(InvalidValue):
        store.drafts.add_variant(draft.id, "myspace")
    with pytest.raises(NotFound):
        store.drafts.remove_variant(draft.id, "facebook")


def test_saves_record_coalesced_revisions_and_restore_brings_variants_back(store: Store, martin: int) -> None:
    draft = store.drafts.create(martin, title="T", body="un", networks=["instagram"])
    store.drafts.save(draft.id, title="T", body="deux", variants={"instagram": "insta"}, checkpoint=True)
    store.drafts.save(draft.id, title="T2", body="trois", notes="interne")
    store.drafts.save(draft.id, title="T2", body="trois plus")  # coalesced into the previous edit
    revisions = store.revisions.list(Entity.DRAFTS, draft.id)
    assert [r.reason for r in revisions] == ["edit", "checkpoint", "created"]
    assert revisions[1].meta["variants"] == [{"network": "instagram", "text": "insta"}]
    store.drafts.add_variant(draft.id, "x")
    store.revisions.restore(revisions[1].id)
    restored = store.drafts.get(draft.id)
    assert (restored.title, restored.body, restored.networks) == ("T", "deux", ("instagram",))
    assert restored.variant("instagram").text == "insta" and not restored.variant("instagram").follows_master  # type: ignore[union-attr]
    assert store.drafts.page(DraftQuery(client_id=martin, text="deux"))[0].id == draft.id


def test_titles_and_unknown_values_are_refused(store: Store, martin: int) -> None:
    with pytest.raises(InvalidValue):
        store.drafts.create(martin, title="x" * 201)
    with pytest.raises(InvalidValue):
        store.drafts.create(martin, status="lost")
    with pytest.raises(NotFound):
        store.drafts.create(999)
    draft = store.drafts.create(martin, body="a")
    assert draft.display_title == "a" and draft.spell_languages is None
    english = store.drafts.update(draft.id, spell_languages=["EN", "fr-ca", "zz-top"])
    assert english.spell_languages == ("en", "fr_CA")
    assert store.drafts.update(draft.id, spell_languages=None).spell_languages is None
    assert store.drafts.update(draft.id, spell_languages=[]).spell_languages == ()


# -- workflow ------------------------------------------------------------------------------------
def test_status_rules(store: Store, martin: int) -> None:
    empty = store.drafts.create(martin, status="idea")
    for status, reason in (("to_approve", "empty"), ("scheduled", "needs_date"), ("nope", "unknown")):
        with pytest.raises(InvalidValue) as error:
            store.drafts.set_status(empty.id, status)
        assert error.value.reason == reason
    store.drafts.save(empty.id, title="", body="Un texte")
    store.drafts.set_planned(empty.id, plan(date(2026, 3, 30)))
    for status in ("draft", "to_approve", "approved", "scheduled", "archived", "draft"):
        assert store.drafts.set_status(empty.id, status).status == status
    events = store.drafts.events(empty.id)
    assert [e.kind for e in events].count("status") == 6 and events[0].kind == "created"


def test_unplanning_a_scheduled_draft_sends_it_back_to_approved(store: Store, martin: int) -> None:
    draft = store.drafts.create(martin, body="x", planned=plan(date(2026, 3, 27)))
    store.drafts.set_status(draft.id, "scheduled")
    moved = store.drafts.set_planned(draft.id, plan(date(2026, 3, 30)))
    assert moved.planned.wall == datetime(2026, 3, 30, 9) and moved.status == "scheduled"  # type: ignore[union-attr]
    unplanned = store.drafts.set_planned(draft.id, None)
    assert unplanned.status == "approved" and unplanned.planned is None
    replanned = [e for e in store.drafts.events(draft.id) if e.kind == "replanned"]
    assert replanned[0].meta["to"]["zone"] == PARIS and replanned[-1].meta["to"] is None


def test_proof_answer_and_approved_state(store: Store, martin: int) -> None:
    draft = store.drafts.create(martin, title="Galette", body="Jeu-concours", networks=["instagram"])
    sent = store.drafts.mark_sent(draft.id, note="BAT semaine 12")
    assert sent.status == "to_approve"
    asked = store.drafts.record_answer(
        draft.id, approved=False, words="Ajoutez le règlement", author="Claire"
    )
    assert asked.status == "draft"
    store.drafts.save(draft.id, title="Galette", body="Jeu-concours + règlement")
    approved = store.drafts.record_answer(draft.id, approved=True, words="OK !", author="  Claire  Martin ")
    assert approved.status == "approved"
    state = store.drafts.approved_state(draft.id)
    assert state is not None and state.body == "Jeu-concours + règlement"
    kinds = [(e.kind, e.to_status, e.text, e.author) for e in store.drafts.events(draft.id)][1:]
    assert kinds == [
        ("sent", "to_approve", "BAT semaine 12", ""),
        ("changes_requested", "draft", "Ajoutez le règlement", "Claire"),
        ("approved", "approved", "OK !", "Claire Martin"),
    ]
    store.drafts.set_planned(draft.id, plan(date(2026, 4, 1)))
    store.drafts.set_status(draft.id, "scheduled")
    assert store.drafts.record_answer(draft.id, approved=True).status == "scheduled"  # stays scheduled
    assert store.drafts.approved_state(store.drafts.create(martin).id) is None


def test_publication_per_variant_then_whole(store: Store, martin: int) -> None:
    draft = store.drafts.create(martin, body="Croissants", networks=["instagram", "facebook"])
    at = datetime(2026, 3, 29, 8, 2, tzinfo=UTC)
    one = store.drafts.mark_published(draft.id, url="instagram.com/p/ABC", at=at, network="instagram")
    assert one.status == "draft" and one.variant("instagram").published_url == "https://instagram.com/p/ABC"  # type: ignore[union-attr]
    both = store.drafts.mark_published(draft.id, at=at + timedelta(minutes=5), network="facebook")
    assert both.status == "published" and both.published_at == at
    with pytest.raises(InvalidValue) as error:
        store.drafts.mark_published(draft.id, url="ftp://nope")
    assert error.value.field == "published_url"
    cleared = store.drafts.clear_publication(draft.id)
    assert cleared.status == "approved" and cleared.published_at is None
    assert all(v.published_at is None for v in cleared.variants)
    whole = store.drafts.mark_published(draft.id, url="https://x.com/s/1")
    assert whole.status == "published" and whole.published_url == "https://x.com/s/1"
    with pytest.raises(InvalidValue):
        store.drafts.mark_published(store.drafts.create(martin).id)  # nothing to publish


def test_restore_workflow_puts_a_step_back(store: Store, martin: int) -> None:
    draft = store.drafts.create(martin, body="x", networks=["x"], planned=plan(date(2026, 5, 4)))
    before = store.drafts.workflow_state(draft.id)
    last = store.drafts.last_event_id(draft.id)
    store.drafts.set_status(draft.id, "scheduled")
    store.drafts.mark_published(draft.id, url="https://x.com/s/2", network="x")
    added = store.drafts.event_ids_after(draft.id, last)
    assert len(added) == 2
    back = store.drafts.restore_workflow(draft.id, before, drop_events=added)
    assert (back.status, back.published_at, back.variant("x").published_at) == ("draft", None, None)  # type: ignore[union-attr]
    assert store.drafts.workflow_state(draft.id) == before
    assert store.drafts.last_event_id(draft.id) == last


# -- media ---------------------------------------------------------------------------------------
def _picture(store: Store, client_id: int, name: str = "croissants-du-matin.jpg") -> int:
    return store.media.import_file(resource_path("samples", "media", name), client_id).item.id


def test_media_per_draft_and_variant_are_usages_of_the_library(store: Store, martin: int) -> None:
    photo = _picture(store, martin)
    story = _picture(store, martin, "galette-des-rois-story.png")
    draft = store.drafts.create(martin, title="Galette", body="x", networks=["instagram"])
    draft = store.drafts.set_media(draft.id, [photo])
    draft = store.drafts.set_media(draft.id, [story, photo], network="instagram")
    assert draft.media_ids == (photo,) and draft.variant("instagram").media_ids == (story, photo)  # type: ignore[union-attr]
    assert draft.all_media_ids == (photo, story)
    assert [(u.entity, u.title) for u in store.media.usages(story)] == [("drafts", "Galette")]
    other = store.clients.create("Dupont").id
    with pytest.raises(InvalidValue) as error:
        store.drafts.set_media(draft.id, [_picture(store, other)])
    assert error.value.reason == "other_client"
    with pytest.raises(NotFound):
        store.drafts.set_media(draft.id, [12345])
    store.drafts.remove_variant(draft.id, "instagram")
    assert store.media.usages(story) == []
    store.drafts.move_to_trash(draft.id)
    store.trash.purge(Entity.DRAFTS, draft.id)
    assert store.media.usages(photo) == []
    assert store.revisions.list(Entity.DRAFTS, draft.id) == []


def test_a_media_purged_from_the_library_leaves_the_drafts(store: Store, martin: int) -> None:
    photo = _picture(store, martin)
    draft = store.drafts.set_media(store.drafts.create(martin, body="x").id, [photo])
    store.media.move_to_trash(photo)
    store.trash.purge(Entity.MEDIA, photo)
    assert store.drafts.get(draft.id).media_ids == ()


# -- the list, the calendar, search -------------------------------------------------------------------
def test_list_filters_sorts_and_counts(store: Store, martin: int) -> None:
    dupont = store.clients.create("Dupont").id
    a = store.drafts.create(
        martin, title="Brioche", body="beurre", networks=["instagram"], tags=["viennoiserie"]
    )
    b = store.drafts.create(martin, title="Atelier", body="enfants", status="idea", networks=["facebook"])
    c = store.drafts.create(dupont, title="Cave", body="vin", planned=plan(date(2026, 3, 30)))
    d = store.drafts.create(martin, title="Soldes", body="-20 %", status="archived")
    mine = DraftQuery(client_id=martin)
    assert store.drafts.count(mine) == 2  # archived left out unless asked
    assert store.drafts.count(DraftQuery(client_id=martin, statuses=frozenset(STATUSES))) == 3
    assert store.drafts.count(DraftQuery()) == 3  # every client
    assert [s.id for s in store.drafts.page(DraftQuery(client_id=martin, sort=DraftSort.TITLE))] == [
        b.id,
        a.id,
    ]
    assert store.drafts.ids(DraftQuery(client_id=martin, sort=DraftSort.STATUS)) == [b.id, a.id]
    assert store.drafts.ids(DraftQuery(sort=DraftSort.PLANNED))[0] == c.id
    assert store.drafts.ids(DraftQuery(tag="#Viennoiserie")) == [a.id]
    assert store.drafts.ids(DraftQuery(network="facebook")) == [b.id]
    assert store.drafts.ids(DraftQuery(text="brioché")) == [a.id]
    assert store.drafts.ids(DraftQuery(text="?!")) == []
    assert store.drafts.ids(DraftQuery(statuses=frozenset({"archived"}))) == [d.id]
    counts = store.drafts.counts_by_status(mine)
    assert (counts["draft"], counts["idea"], counts["archived"], counts["published"]) == (1, 1, 1, 0)
    row = store.drafts.summaries([a.id])[0]
    assert (row.title, row.networks, row.tags, row.excerpt) == (
        "Brioche",
        ("instagram",),
        ("viennoiserie",),
        "beurre",
    )


def test_calendar_range_uses_published_time_once_published(store: Store, martin: int) -> None:
    planned = store.drafts.create(martin, body="p", planned=plan(date(2026, 3, 30)))
    late = store.drafts.create(martin, body="l", planned=plan(date(2026, 3, 27)))
    store.drafts.mark_published(late.id, at=datetime(2026, 4, 2, 10, tzinfo=UTC))
    store.drafts.create(martin, body="unplanned")
    week = store.drafts.calendar(datetime(2026, 3, 30, tzinfo=UTC), datetime(2026, 4, 6, tzinfo=UTC))
    assert [s.id for s in week] == [planned.id, late.id]
    assert week[1].calendar_at == datetime(2026, 4, 2, 10, tzinfo=UTC)
    before = store.drafts.calendar(datetime(2026, 3, 23, tzinfo=UTC), datetime(2026, 3, 30, tzinfo=UTC))
    assert before == []
    with pytest.raises(InvalidValue):
        store.drafts.calendar(datetime(2026, 3, 23), datetime(2026, 3, 30))


def test_search_trash_links_and_client_deletion(store: Store, martin: int) -> None:
    draft = store.drafts.create(
        martin, title="Tarte aux pralines", body="Pâte sablée", networks=["x"], notes="appeler le fournisseur"
    )
    store.drafts.save(draft.id, title=draft.title, body=draft.body, variants={"x": "Version œuvre courte"})
    hits = search_all(store, "oeuvre")
    assert [h.id for h in hits[Entity.DRAFTS]] == [draft.id]
    assert hits[Entity.DRAFTS][0].extra["status"] == "draft"
    assert search_all(store, "fournisseur", SearchFilters(client_id=martin))[Entity.DRAFTS][0].id == draft.id
    assert store.drafts.resolve("tarte AUX  pralines", client_id=martin).id == draft.id  # type: ignore[union-attr]
    assert store.drafts.existing_keys({"tarte aux pralines", "absente"}, client_id=None) == {
        "tarte aux pralines"
    }
    store.drafts.move_to_trash(draft.id)
    assert Entity.DRAFTS not in search_all(store, "pralines")
    assert (
        store.drafts.count(DraftQuery()) == 0
        and store.drafts.resolve("Tarte aux pralines", client_id=None) is None
    )
    assert [i.title for i in store.trash.list(client_id=martin)] == ["Tarte aux pralines"]
    store.drafts.restore_from_trash(draft.id)
    store.clients.delete(martin)
    assert store.db.execute("SELECT count(*) FROM drafts_fts").fetchone()[0] == 0
    assert store.db.execute("SELECT count(*) FROM revisions WHERE entity = 'drafts'").fetchone()[0] == 0
    assert store.db.execute("SELECT count(*) FROM draft_events").fetchone()[0] == 0


def test_duplicate_copies_texts_not_the_planning(store: Store, martin: int) -> None:
    photo = _picture(store, martin)
    draft = store.drafts.create(martin, title="A", body="m", networks=["x", "instagram"], tags=["t"])
    store.drafts.save(draft.id, title="A", body="m", variants={"x": "court"})
    store.drafts.set_media(draft.id, [photo], network="instagram")
    store.drafts.set_planned(draft.id, plan(date(2026, 6, 1)))
    store.drafts.set_status(draft.id, "approved")
    copy = store.drafts.duplicate(draft.id, title="A (copie)")
    assert (copy.title, copy.status, copy.planned, copy.tags) == ("A (copie)", "draft", None, ("t",))
    assert copy.uid != draft.uid and copy.variant("x").text == "court"  # type: ignore[union-attr]
    assert copy.variant("instagram").media_ids == (photo,) and copy.variant("instagram").follows_master  # type: ignore[union-attr]


# -- snippets and key dates ---------------------------------------------------------------------------
def test_snippets_and_the_accounts_default_hashtags(store: Store, martin: int) -> None:
    shared = store.snippets.create(None, kind="signature", name="Signature", text="— Léa, CM")
    own = store.snippets.create(martin, kind="hashtags", name="Lyon", text="#lyon", network="instagram")
    store.accounts.save(
        martin, AccountFields("instagram", handle="boulangeriemartin", default_hashtags=("#pain", "levain"))
    )
    found = store.snippets.for_client(martin)
    assert [s.name for s in found] == ["Lyon", "Instagram · @boulangeriemartin", "Signature"]
    account = [s for s in found if s.read_only]
    assert len(account) == 1 and account[0].text == "#pain #levain" and account[0].key.startswith("account:")
    assert [s.id for s in store.snippets.for_client(None)] == [shared.id]
    copies = store.snippets.copy_account_hashtags(martin)
    assert [c.text for c in copies] == ["#pain #levain"] and store.snippets.copy_account_hashtags(
        martin
    ) == []
    moved = store.snippets.update(own.id, client_id=None, name="Lyon (tous)")
    assert moved.client_id is None and moved.name == "Lyon (tous)"
    store.snippets.move_to_trash(own.id)
    assert own.id not in [s.id for s in store.snippets.for_client(martin)]
    for bad in ({"kind": "emoji"}, {"name": " "}, {"network": "myspace"}):
        with pytest.raises(InvalidValue):
            store.snippets.create(martin, **{"kind": "cta", "name": "n", "text": "t", **bad})  # type: ignore[arg-type]


def test_key_dates(store: Store, martin: int) -> None:
    key = store.key_dates.create(martin, date(2012, 12, 11), "Anniversaire", yearly=True)
    shared = store.key_dates.create(None, date(2026, 11, 27), "Black Friday")
    assert [k.id for k in store.key_dates.for_client(martin)] == [key.id, shared.id]
    other = store.clients.create("Dupont").id
    assert [k.id for k in store.key_dates.for_client(other)] == [shared.id]
    updated = store.key_dates.update(key.id, title="Les 14 ans", yearly=False)
    assert (updated.title, updated.yearly, updated.day) == ("Les 14 ans", False, date(2012, 12, 11))
    gone = store.key_dates.delete(key.id)
    back = store.key_dates.create(gone.client_id, gone.day, gone.title, key_date_id=gone.id)
    assert back.id == key.id
    with pytest.raises(InvalidValue):
        store.key_dates.create(martin, date(2026, 1, 1), "  ")


# -- the sample client --------------------------------------------------------------------------------
def test_sample_client_has_every_status_a_planned_fortnight_and_published_posts(store: Store) -> None:
    client = create_sample_client(store)
    counts = store.drafts.counts_by_status(DraftQuery(client_id=client.id))
    assert all(counts[s] >= 1 for s in STATUSES), counts
    today = date.today()
    fortnight = [
        s
        for s in store.drafts.page(DraftQuery(client_id=client.id, statuses=frozenset(STATUSES)))
        if s.planned_at is not None and abs((s.planned.wall.date() - today).days) <= 7  # type: ignore[union-attr]
    ]
    assert len(fortnight) >= 6 and len({s.networks for s in fortnight}) >= 3
    published = [
        store.drafts.get(s.id) for s in store.drafts.page(DraftQuery(statuses=frozenset({"published"})))
    ]
    assert len(published) >= 4
    for draft in published:
        assert draft.published_at is not None and draft.published_at.date() < today
        assert all(v.published_url.startswith("https://") for v in draft.variants)
    assert any(d.differing for d in published)
    composer = store.drafts.page(DraftQuery(client_id=client.id, text="canutine"))
    assert [s.title for s in composer] == ["La canutine arrive"]
    assert len(store.snippets.for_client(client.id)) >= 6
    assert len(store.key_dates.for_client(client.id)) == 2
    assert any(u.entity == "drafts" for m in store.media.many([1]) for u in store.media.usages(m.id))
    # Approval events are history: none is dated after now, even for a post planned next week.
    latest = store.db.execute("SELECT max(at) FROM draft_events").fetchone()[0]
    assert latest <= datetime.now(UTC).isoformat()


def test_adopting_composer_text(store: Store, martin: int) -> None:
    scope = client_scope(martin)
    assert adopt_composer_text(store, martin) is None
    store.settings.set("composer.text", TEXT, scope=scope)
    store.settings.set("composer.networks", ["youtube_title", "youtube_description", "x", "zz"], scope=scope)
    draft = adopt_composer_text(store, martin)
    assert draft is not None and draft.body == TEXT and draft.title == "Nouveau : la canutine 🥐"
    assert draft.networks == ("youtube", "x")
    assert store.settings.get("composer.text", None, scope=scope) is None


# -- the upgrade ------------------------------------------------------------------------------------
NOW = "2026-11-30T08:00:00.000000+00:00"


def _database_before_m010(root: Path) -> None:
    upto = known_names().index("m010_drafts")
    db = dbmod.connect(database_path(root))
    with db.atomic():
        MIGRATIONS.ensure_migrations_table(db)
        for migration in MIGRATIONS._migrations[:upto]:
            migration.fn(db)
            MIGRATIONS._record_applied(db, migration.name)
        for name in ("Martin", "Dupont", "Durand"):
            db.execute(
                "INSERT INTO clients (name, created_at, updated_at) VALUES (?, ?, ?)", [name, NOW, NOW]
            )
        rows = [
            ("client:1", "composer.text", json.dumps(TEXT)),
            ("client:1", "composer.networks", json.dumps(["instagram", "youtube_title", "x"])),
            ("client:2", "composer.text", json.dumps("   \n")),
            ("client:9", "composer.text", json.dumps("a client that is gone")),
        ]
        for scope, key, value in rows:
            db.execute(
                "INSERT INTO settings (scope, key, value, updated_at) VALUES (?, ?, ?, ?)",
                [scope, key, value, NOW],
            )
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def test_upgrade_turns_the_composer_text_into_a_first_draft(data_root: Path) -> None:
    _database_before_m010(data_root)
    store, report = Store.open(data_root)
    try:
        assert "m010_drafts" in report.migrated
        drafts = store.drafts.page(DraftQuery(statuses=frozenset(STATUSES)))
        assert [(d.client_id, d.title, d.status) for d in drafts] == [
            (1, "Nouveau : la canutine 🥐", "draft")
        ]
        draft = store.drafts.get(drafts[0].id)
        assert draft.body == TEXT and draft.networks == ("instagram", "youtube", "x")
        assert all(v.follows_master and v.text == TEXT for v in draft.variants)
        assert draft.created_at == datetime(2026, 11, 30, 8, tzinfo=UTC)
        assert [e.meta for e in store.drafts.events(draft.id)] == [{"from": "composer"}]
        assert [r.reason for r in store.revisions.list(Entity.DRAFTS, draft.id)] == ["created"]
        assert store.drafts.ids(DraftQuery(text="pralinee")) == [draft.id]
        assert store.drafts.resolve("nouveau : la canutine 🥐", client_id=1) is not None
        assert store.settings.get("composer.text", None, scope="client:1") is None
        assert store.settings.get("composer.text", None, scope="client:2") is None  # blank: nothing to keep
        assert store.settings.get("composer.networks", None, scope="client:1") == [
            "instagram",
            "youtube_title",
            "x",
        ]
        assert store.settings.get("composer.text", None, scope="client:9") == "a client that is gone"
        # The upgraded draft behaves like any other.
        saved = store.drafts.save(draft.id, title="Canutine", body="nouveau texte")
        assert saved.variant("x").text == "nouveau texte"  # type: ignore[union-attr]
    finally:
        store.close()
