"""Results operations on a real SQLite store: a small hand-made client whose figures are worked out
by hand, the report's note in the carnet, the CM's name."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from cmtoolbox.core.results import Period
from cmtoolbox.ops import call, execute
from cmtoolbox.ops import results as ops
from cmtoolbox.storage.errors import InvalidValue
from tests.results_fixtures import build_atelier

PARIS = "Europe/Paris"


@pytest.fixture
def client_id(store) -> int:  # noqa: ANN001
    return build_atelier(store)


def test_report_figures_from_storage_match_the_hand_computed_ones(store, client_id: int) -> None:  # noqa: ANN001
    figures = execute(store, call(ops.report_figures, client_id, Period.month(2026, 11))).value
    assert figures.client_name == "Atelier Test"
    t = figures.totals
    assert (t.posts, t.reach, t.engagements) == (3, 1900, 67)  # 50 + 15 + 2: the latest readings
    assert t.rate == pytest.approx(67 / 1900 * 100)
    nets = {n.network: n for n in figures.networks}
    assert nets["instagram"].totals.rate == pytest.approx(5.0)
    assert nets["facebook"].totals.rate == pytest.approx(3.0)
    assert nets["linkedin"].totals.rate == pytest.approx(0.5)
    assert nets["instagram"].growth == pytest.approx(10.0)
    assert (figures.planned, figures.published_planned, figures.published) == (4, 3, 3)
    assert nets["x"].planned == 1 and nets["x"].published_planned == 0
    assert [r.post.network for r in figures.top] == ["instagram", "facebook", "linkedin"]
    assert figures.top[0].post.text == "Atelier: le texte du post."
    assert figures.weekdays[1].posts == 3  # three posts on Tuesdays, Paris clock
    assert figures.hours[18].posts == 2 and figures.hours[9].posts == 1


def test_what_worked_and_best_slots_read_the_whole_history(store, client_id: int) -> None:  # noqa: ANN001
    worked = execute(store, call(ops.what_worked, client_id)).value
    assert worked.posts == 4 and worked.top[0].post.title == "Octobre"  # 30 %
    assert {g.key for g in worked.networks} == {"instagram", "facebook", "linkedin"}
    slots = execute(store, call(ops.best_slots, client_id, "instagram")).value
    # Instagram: Thursday 15 Oct at 12:00 (30 %) and Tuesday 3 Nov at 18:00 (5 %).
    assert [(s.weekday, s.hour) for s in slots] == [(3, 12), (1, 18)]
    assert execute(store, call(ops.best_slots, client_id, "tiktok")).value == []


def test_the_report_is_kept_as_a_note_and_made_again_updates_it(store, client_id: int) -> None:  # noqa: ANN001
    outcome = execute(store, call(ops.save_report_note, client_id, "Rapport novembre 2026", "# Un\n", "fr"))
    note = outcome.value
    assert note.client_id == client_id and note.notebook == "Rapports" and note.tags == ("rapport",)
    assert outcome.undo is not None  # a new note: the undo moves it to the trash
    again = execute(store, call(ops.save_report_note, client_id, "Rapport novembre 2026", "# Deux\n", "fr"))
    assert again.value.id == note.id and again.value.body == "# Deux\n"
    other = store.clients.create("Autre")
    elsewhere = execute(store, call(ops.save_report_note, other.id, "Rapport novembre 2026", "x", "en")).value
    assert elsewhere.id != note.id and elsewhere.notebook == "Reports"
    execute(store, outcome.undo)
    assert store.notes.get(note.id).deleted_at is not None


def test_the_cm_name_is_a_setting(store) -> None:  # noqa: ANN001
    assert ops.cm_name(store) == ""
    assert execute(store, call(ops.set_cm_name, "  Léa   Dupont ")).value == "Léa Dupont"
    assert ops.cm_name(store) == "Léa Dupont"
    with pytest.raises(InvalidValue):
        execute(store, call(ops.set_cm_name, "x" * 200))


def test_an_empty_month_has_figures_too(store, client_id: int) -> None:  # noqa: ANN001
    figures = execute(store, call(ops.report_figures, client_id, Period.month(2026, 6))).value
    assert figures.totals.posts == 0 and figures.totals.rate is None and figures.top == ()
    assert figures.planned == 0 and figures.growth is None


def test_post_rows_are_read_in_utc_bounds(store, client_id: int) -> None:  # noqa: ANN001
    start, end = datetime(2026, 11, 1, tzinfo=UTC), datetime(2026, 12, 1, tzinfo=UTC)
    rows = ops.post_rows(store, client_id, start, end)
    assert len(rows) == 3 and all(r.zone == PARIS for r in rows)
    assert {r.format for r in rows} == {"text"}


def test_best_slots_for_a_drafts_networks_read_the_history_once(store, client_id: int) -> None:  # noqa: ANN001
    slots = execute(store, call(ops.best_slots_for, client_id, ("instagram", "linkedin", "tiktok"))).value
    assert [(n, s.weekday, s.hour) for n, s in slots] == [
        ("instagram", 3, 12),
        ("instagram", 1, 18),
        ("linkedin", 1, 9),
    ]
    everything = execute(store, call(ops.best_slots_for, client_id, ())).value
    assert {n for n, _ in everything} == {None} and len(everything) == 3


def test_a_post_too_long_for_one_x_post_is_a_thread(store, client_id: int) -> None:  # noqa: ANN001
    long_text = "Le levain, c’est du temps. " * 20  # 540 characters: two X posts at least
    draft = store.drafts.create(client_id, title="Fil", body=long_text, networks=("x", "linkedin"),
                                status="approved")  # fmt: skip
    for network in ("x", "linkedin"):
        store.drafts.mark_published(draft.id, network=network, at=datetime(2026, 11, 25, 9, tzinfo=UTC))
    rows = {r.network: r for r in ops.post_rows(store, client_id) if r.draft_id == draft.id}
    assert rows["x"].format == "thread" and rows["linkedin"].format == "text"  # LinkedIn takes 3,000


def test_the_sample_clients_report_agrees_with_its_rows(store) -> None:  # noqa: ANN001
    """The sample client's last whole month, checked against sums made here straight from the
    tables (latest measurement of each post published that month, Paris days)."""
    from datetime import timedelta

    from cmtoolbox.storage.samples import create_sample_client

    client = create_sample_client(store)
    first = (date.today().replace(day=1) - timedelta(days=1)).replace(day=1)
    period = Period.month(first.year, first.month)
    figures = execute(store, call(ops.report_figures, client.id, period)).value
    every = store.db.execute(
        "SELECT v.published_at, v.network, m.reach, m.reactions, m.comments, m.shares, m.saves, m.clicks "
        "FROM draft_variants v JOIN drafts d ON d.id = v.draft_id "
        "LEFT JOIN post_metrics_latest m ON m.variant_id = v.id "
        "WHERE d.client_id = ? AND d.deleted_at IS NULL AND v.published_at IS NOT NULL",
        [client.id],
    ).fetchall()
    paris = ZoneInfo("Europe/Paris")
    rows = [r[1:] for r in every if datetime.fromisoformat(r[0]).astimezone(paris).date() in period]
    assert figures.totals.posts == len(rows) > 0
    engagements = [sum(x or 0 for x in r[2:]) for r in rows]
    assert figures.totals.engagements == sum(engagements)
    rated = [(e, r[1]) for e, r in zip(engagements, rows, strict=True) if r[1]]
    assert figures.totals.rate == pytest.approx(sum(e for e, _ in rated) / sum(b for _, b in rated) * 100)
    for network in {r[0] for r in rows}:
        mine = [r for r in rows if r[0] == network]
        shown = next(n for n in figures.networks if n.network == network)
        assert shown.totals.posts == len(mine)
