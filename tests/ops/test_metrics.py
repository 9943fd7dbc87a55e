"""Results: measurements, followers, imports and the sample data, on a real SQLite file."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from cmtoolbox.core.metrics_import import Layout, extract, read_table, recognise
from cmtoolbox.core.schedule import zone
from cmtoolbox.ops import metrics
from cmtoolbox.ops.operation import call, execute
from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.errors import InvalidValue
from cmtoolbox.storage.samples import create_sample_client
from cmtoolbox.storage.store import Store
from tests.metrics_fixtures import DATA, ZONE, Florist, florist

PARIS = zone(ZONE)
MEASURED = date(2026, 3, 20)


@pytest.fixture
def shop(store: Store) -> Florist:
    return florist(store)


def _rows(name: str, layout: Layout | None = None):  # noqa: ANN202
    table = read_table(DATA / name)
    layout = layout or recognise(table)
    assert layout is not None
    return extract(table, layout, zone=PARIS).rows


def _figures(store: Store, variant_id: int) -> dict[str, int | None] | None:
    latest = store.metrics.latest([variant_id]).get(variant_id)
    return latest.values() if latest else None


# -- storage -----------------------------------------------------------------------------------------
def test_one_measurement_per_post_and_day_the_latest_counts(store: Store, shop: Florist) -> None:
    store.metrics.record(shop.bouquet_ig, date(2026, 3, 6), {"reach": 900, "reactions": 70})
    store.metrics.record(shop.bouquet_ig, date(2026, 3, 6), {"reach": 950})  # same day: overwrites
    store.metrics.record(shop.bouquet_ig, date(2026, 3, 24), {"reach": 1400, "reactions": 101})
    history = store.metrics.measurements(shop.bouquet_ig)
    assert [(m.measured_on.day, m.reach, m.reactions) for m in history] == [(6, 950, 70), (24, 1400, 101)]
    posts = {p.variant_id: p for p in store.metrics.published_posts(shop.client_id)}
    assert posts[shop.bouquet_ig].latest is not None and posts[shop.bouquet_ig].latest.reach == 1400
    assert posts[shop.bouquet_ig].latest.engagements == 101
    assert posts[shop.bouquet_ig].measurements == 2 and posts[shop.bouquet_fb].measurements == 0
    assert posts[shop.bouquet_fb].latest is None
    assert [p.network for p in store.metrics.published_posts(shop.client_id)] == [
        "facebook", "instagram", "x", "facebook", "x",
    ]  # fmt: skip
    # the schema refuses what the manager would refuse
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("UPDATE post_metrics SET reach = -1")
    with pytest.raises(InvalidValue):
        store.metrics.record(shop.bouquet_ig, MEASURED, {"reach": 1.5})
    with pytest.raises(InvalidValue):
        store.metrics.record(shop.bouquet_ig, MEASURED, {"likes": 3})


def test_trashed_drafts_leave_the_results_and_purged_ones_take_their_figures(
    store: Store, shop: Florist
) -> None:
    store.metrics.record(shop.tulipes_x, MEASURED, {"impressions": 600})
    draft_id = store.db.execute(
        "SELECT draft_id FROM draft_variants WHERE id = ?", [shop.tulipes_x]
    ).fetchone()[0]
    store.drafts.move_to_trash(draft_id)
    assert shop.tulipes_x not in {p.variant_id for p in store.metrics.published_posts(shop.client_id)}
    store.db.execute("DELETE FROM drafts WHERE id = ?", [draft_id])
    assert store.db.execute("SELECT count(*) FROM post_metrics").fetchone()[0] == 0


def test_quick_entry_edits_the_latest_measurement_and_undoes(store: Store, shop: Florist) -> None:
    first = execute(store, call(metrics.set_metric, shop.atelier_fb, "reach", 655))
    assert first.changes.touches(Entity.POST_METRICS)
    assert first.value.measured_on == date.today()
    assert first.undo is not None
    execute(store, call(metrics.set_metric, shop.atelier_fb, "reactions", 30))
    assert _figures(store, shop.atelier_fb) == {
        **dict.fromkeys(metrics.METRICS),
        "reach": 655,
        "reactions": 30,
    }
    second = execute(store, call(metrics.set_metric, shop.atelier_fb, "reach", 700))
    assert second.undo is not None
    undone = execute(store, second.undo)
    assert _figures(store, shop.atelier_fb)["reach"] == 655  # type: ignore[index]
    assert undone.undo is not None
    execute(store, undone.undo)  # redo
    assert _figures(store, shop.atelier_fb)["reach"] == 700  # type: ignore[index]
    execute(store, first.undo)  # the first figure of the day: the measurement goes
    assert store.metrics.measurements(shop.atelier_fb) == []
    with pytest.raises(InvalidValue):
        execute(store, call(metrics.set_metric, shop.atelier_fb, "reach", -3))


def test_typing_a_figure_another_day_keeps_the_earlier_measurements(store: Store, shop: Florist) -> None:
    store.metrics.record(shop.bouquet_ig, date(2026, 3, 6), {"reach": 900, "reactions": 70}, source="import")
    typed = execute(store, call(metrics.set_metric, shop.bouquet_ig, "reach", 1400))
    assert typed.value is not None and typed.value.measured_on == date.today()
    assert typed.value.reach == 1400 and typed.value.reactions == 70  # started from the latest figures
    assert [m.measured_on for m in store.metrics.measurements(shop.bouquet_ig)] == [
        date(2026, 3, 6),
        date.today(),
    ]
    assert typed.undo is not None
    execute(store, typed.undo)
    assert [m.measured_on for m in store.metrics.measurements(shop.bouquet_ig)] == [date(2026, 3, 6)]


def test_clearing_every_figure_of_a_day_lets_the_earlier_measurement_count(
    store: Store, shop: Florist
) -> None:
    day = date(2026, 3, 24)
    store.metrics.record(shop.bouquet_ig, date(2026, 3, 6), {"reach": 900})
    store.metrics.record(shop.bouquet_ig, day, {"reach": 1400})
    cleared = execute(store, call(metrics.set_metric, shop.bouquet_ig, "reach", None, day))
    assert cleared.value is not None and cleared.value.measured_on == date(2026, 3, 6)
    assert [m.measured_on.day for m in store.metrics.measurements(shop.bouquet_ig)] == [6]
    assert cleared.undo is not None
    execute(store, cleared.undo)
    assert _figures(store, shop.bouquet_ig)["reach"] == 1400  # type: ignore[index]
    nothing = execute(store, call(metrics.set_metric, shop.tulipes_x, "reach", None))
    assert nothing.value is None and nothing.undo is None and not nothing.changes


def test_followers_per_network_and_month(store: Store, shop: Florist) -> None:
    created = execute(store, call(metrics.set_followers, shop.client_id, "instagram", "2026-02", 1200))
    changed = execute(store, call(metrics.set_followers, shop.client_id, "instagram", "2026-02", 1250))
    execute(store, call(metrics.set_followers, shop.client_id, "instagram", "2026-03", 1300))
    assert [(f.month, f.followers) for f in metrics.followers(store, shop.client_id)] == [
        ("2026-02", 1250),
        ("2026-03", 1300),
    ]
    assert changed.undo is not None and created.undo is not None
    execute(store, changed.undo)
    assert metrics.followers(store, shop.client_id, "2026-02", "2026-02")[0].followers == 1200
    execute(store, created.undo)
    assert [f.month for f in metrics.followers(store, shop.client_id)] == ["2026-03"]
    for bad in (("instagram", "2026-13", 1), ("myspace", "2026-01", 1), ("x", "2026-01", -1)):
        with pytest.raises(InvalidValue):
            execute(store, call(metrics.set_followers, shop.client_id, *bad))


# -- imports -----------------------------------------------------------------------------------------
def test_import_meta_facebook_by_address_and_by_day_and_text(store: Store, shop: Florist) -> None:
    rows = _rows("meta_facebook_posts.csv")
    preview = metrics.preview_import(store, shop.client_id, rows, ZONE)
    assert [(m.variant_id, m.how) for m in preview.matches] == [
        (shop.bouquet_fb, "url"),
        (shop.atelier_fb, "date_text"),  # no address noted for it: the day and the text
        (None, ""),
    ]
    assert preview.unmatched[0].row.text.startswith("Un post publié à la main")
    outcome = execute(store, call(metrics.import_metrics, shop.client_id, rows, MEASURED, ZONE))
    assert outcome.value == metrics.ImportResult(written=2, unchanged=0, unmatched=1)
    assert outcome.changes.touches(Entity.POST_METRICS)
    assert _figures(store, shop.bouquet_fb) == {
        "impressions": 1254, "reach": 1034, "reactions": 48, "comments": 9, "shares": 4, "saves": None,
        "clicks": 57, "video_views": None,
    }  # fmt: skip
    assert store.metrics.measurements(shop.bouquet_fb)[0].source == "import"


def test_rows_left_out_can_be_matched_by_hand(store: Store, shop: Florist) -> None:
    rows = _rows("meta_facebook_posts.csv")
    line = rows[2].line  # the post published by hand on Facebook, unknown to the app
    taken = metrics.preview_import(store, shop.client_id, rows, ZONE, {line: shop.bouquet_fb})
    assert taken.matches[2].variant_id is None  # a post another row already has is not given twice
    picked = metrics.preview_import(
        store, shop.client_id, rows, ZONE, {line: shop.ferme_x, 999: shop.tulipes_x}
    )
    assert (picked.matches[2].variant_id, picked.matches[2].how) == (shop.ferme_x, "manual")
    outcome = execute(
        store, call(metrics.import_metrics, shop.client_id, rows, MEASURED, ZONE, {line: shop.ferme_x})
    )
    assert outcome.value.written == 3 and outcome.value.unmatched == 0
    assert _figures(store, shop.ferme_x)["impressions"] == 430  # type: ignore[index]


def test_import_x_activity(store: Store, shop: Florist) -> None:
    rows = _rows("x_tweet_activity.csv")
    preview = metrics.preview_import(store, shop.client_id, rows, ZONE)
    assert [(m.variant_id, m.how) for m in preview.matches] == [
        (shop.tulipes_x, "url"),  # twitter.com address of an x.com post
        (shop.ferme_x, "date_text"),
    ]
    execute(store, call(metrics.import_metrics, shop.client_id, rows, MEASURED, ZONE))
    assert _figures(store, shop.tulipes_x)["impressions"] == 612  # type: ignore[index]
    assert _figures(store, shop.ferme_x)["reactions"] == 5  # type: ignore[index]


def test_reimport_never_adds(store: Store, shop: Florist) -> None:
    rows = _rows("meta_facebook_posts.csv")
    execute(store, call(metrics.import_metrics, shop.client_id, rows, MEASURED, ZONE))
    count = store.db.execute("SELECT count(*) FROM post_metrics").fetchone()[0]
    again = execute(store, call(metrics.import_metrics, shop.client_id, rows, MEASURED, ZONE))
    later = execute(
        store, call(metrics.import_metrics, shop.client_id, rows, MEASURED + timedelta(days=3), ZONE)
    )
    assert again.value.written == 0 and again.value.unchanged == 2
    assert later.value.written == 0  # same figures another day: nothing new to keep
    assert store.db.execute("SELECT count(*) FROM post_metrics").fetchone()[0] == count == 2


def test_import_overwrites_the_days_figures_and_undoes(store: Store, shop: Florist) -> None:
    store.metrics.record(shop.bouquet_fb, MEASURED, {"reach": 10, "saves": 3})
    outcome = execute(
        store, call(metrics.import_metrics, shop.client_id, _rows("meta_facebook_posts.csv"), MEASURED, ZONE)
    )
    after = _figures(store, shop.bouquet_fb)
    assert after is not None and after["reach"] == 1034 and after["saves"] == 3  # the file has no saves
    assert outcome.undo is not None
    execute(store, outcome.undo)
    assert _figures(store, shop.bouquet_fb) == {**dict.fromkeys(metrics.METRICS), "reach": 10, "saves": 3}
    assert store.metrics.measurements(shop.atelier_fb) == []


def test_mapped_layout_is_saved_and_found_again(store: Store, shop: Florist) -> None:
    from cmtoolbox.core.metrics_import import header_signature

    table = read_table(DATA / "agency_sheet_utf16.csv")
    assert recognise(table) is None
    mapping = {
        "published_at": "Jour",
        "url": "Lien vers le post",
        "impressions": "Affichages",
        "reach": "Personnes atteintes",
        "reactions": "Coeurs",
        "comments": "Réponses",
    }
    signature = header_signature(table.headers)
    execute(store, call(metrics.save_mapping, "Tableau de l’agence", signature, mapping, "instagram"))
    saved = metrics.find_mapping(store, signature, shop.client_id)
    assert saved is not None and saved.mapping == mapping and saved.network == "instagram"
    rows = extract(table, Layout(saved.mapping, saved.network, recognised=False), zone=PARIS).rows
    outcome = execute(store, call(metrics.import_metrics, shop.client_id, rows, MEASURED, ZONE))
    assert outcome.value.written == 1 and outcome.value.unmatched == 1
    assert _figures(store, shop.bouquet_ig)["reach"] == 1780  # type: ignore[index]  # /reel/ = /p/


def test_a_failing_import_writes_nothing(
    store: Store, shop: Florist, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = _rows("meta_facebook_posts.csv")
    real = store.metrics.record
    calls = []

    def failing(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        calls.append(args)
        if len(calls) == 2:
            raise sqlite3.OperationalError("disk I/O error")
        return real(*args, **kwargs)

    monkeypatch.setattr(store.metrics, "record", failing)
    with pytest.raises(sqlite3.OperationalError):
        execute(store, call(metrics.import_metrics, shop.client_id, rows, MEASURED, ZONE))
    assert store.db.execute("SELECT count(*) FROM post_metrics").fetchone()[0] == 0


def test_figures_of_the_future_are_refused(store: Store, shop: Florist) -> None:
    with pytest.raises(InvalidValue):
        execute(
            store,
            call(
                metrics.import_metrics,
                shop.client_id,
                _rows("x_tweet_activity.csv"),
                date.today() + timedelta(days=1),
            ),
        )


# -- the sample client -------------------------------------------------------------------------------
def test_sample_client_has_three_months_of_measured_posts_and_followers(store: Store) -> None:
    client = create_sample_client(store)
    posts = metrics.published_posts(store, client.id)
    today = date.today()
    days = [p.published_at.astimezone(PARIS).date() for p in posts]
    assert min(days) <= today - timedelta(days=85) and max(days) >= today - timedelta(days=7)
    months = {(d.year, d.month) for d in days}
    assert len(months) >= 3
    assert len(posts) >= 40 and all(p.latest is not None for p in posts)
    assert {p.network for p in posts} >= {"instagram", "facebook", "linkedin", "x"}
    assert all(p.latest.measured_on <= today for p in posts if p.latest)
    # several measurements for older posts; the latest counts and is larger
    old = posts[0]
    history = metrics.post_history(store, old.variant_id)
    assert len(history) == 2 and history[-1] == old.latest
    assert (history[-1].reach or history[-1].impressions or 0) >= (
        history[0].reach or history[0].impressions or 0
    )
    follower_months = {f.month for f in metrics.followers(store, client.id)}
    assert f"{today.year:04d}-{today.month:02d}" in follower_months and len(follower_months) == 4
    # videos did better than the rest on Instagram: "what worked" has something to find
    reach = {p.title: p.latest.reach for p in posts if p.network == "instagram" and p.latest}
    assert reach["Vidéo : le feuilletage en accéléré"] > 1.5 * reach["Pain de mie maison"]  # type: ignore[operator]


def test_sample_figures_are_deterministic(tmp_path) -> None:  # noqa: ANN001
    def figures(root):  # noqa: ANN001, ANN202
        root.mkdir()
        opened, _ = Store.open(root)
        try:
            client = create_sample_client(opened)
            return [
                (p.title, p.network, p.latest.values() if p.latest else None)
                for p in metrics.published_posts(opened, client.id)
            ]
        finally:
            opened.close()

    assert figures(tmp_path / "a") == figures(tmp_path / "b")
