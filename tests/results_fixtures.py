"""A small hand-made client for the results tests, whose figures are worked out by hand."""

from __future__ import annotations

from datetime import date, datetime, time

from cmtoolbox.core.schedule import PlannedTime

PARIS = "Europe/Paris"


def _draft(store, client_id: int, title: str, networks: tuple[str, ...], day: date, hour: int):  # noqa: ANN001, ANN202
    planned = PlannedTime.on(day, time(hour, 0), PARIS)
    draft = store.drafts.create(
        client_id, title=title, body=f"{title}: le texte du post.", networks=networks, status="scheduled",
        planned=planned,
    )  # fmt: skip
    return draft, planned


def _publish(store, draft, network: str, at: datetime):  # noqa: ANN001, ANN202
    store.drafts.mark_published(
        draft.id, network=network, at=at, url=f"https://example.com/{draft.id}/{network}"
    )
    return store.drafts.get(draft.id).variant(network).id


def build_atelier(store) -> int:  # noqa: ANN001
    """Atelier Test, November 2026 (Paris is UTC+1):
    - A, Tuesday 3 at 18:00 on Instagram (reach 1000, 40+5+3+2 = 50: 5 %; an earlier reading of
      fewer figures must not count) and Facebook (reach 500, 10 reactions + 5 clicks = 15: 3 %);
    - B, Tuesday 10 at 09:00 on LinkedIn (reach 400, 2 reactions: 0.5 %);
    - C, Friday 20 at 09:00 on X, planned but never published;
    - D, 15 October on Instagram: another month.
    Followers on Instagram: 1000 at the end of October, 1100 at the end of November (+10 %)."""
    client = store.clients.create("Atelier Test")
    with store.transaction():
        a, planned_a = _draft(store, client.id, "Atelier", ("instagram", "facebook"), date(2026, 11, 3), 18)
        ig = _publish(store, a, "instagram", planned_a.utc)
        fb = _publish(store, a, "facebook", planned_a.utc)
        store.metrics.record(ig, date(2026, 11, 4), {"reach": 600, "reactions": 20})
        store.metrics.record(ig, date(2026, 11, 12), {"reach": 1000, "reactions": 40, "comments": 5,
                                                      "shares": 3, "saves": 2})  # fmt: skip
        store.metrics.record(fb, date(2026, 11, 5), {"reach": 500, "reactions": 10, "clicks": 5})
        b, planned_b = _draft(store, client.id, "Recrutement", ("linkedin",), date(2026, 11, 10), 9)
        li = _publish(store, b, "linkedin", planned_b.utc)
        store.metrics.record(li, date(2026, 11, 12), {"reach": 400, "reactions": 2})
        _draft(store, client.id, "Fil", ("x",), date(2026, 11, 20), 9)
        d, planned_d = _draft(store, client.id, "Octobre", ("instagram",), date(2026, 10, 15), 12)
        old = _publish(store, d, "instagram", planned_d.utc)
        store.metrics.record(old, date(2026, 10, 20), {"reach": 100, "reactions": 30})
        store.metrics.set_followers(client.id, "instagram", "2026-10", 1000)
        store.metrics.set_followers(client.id, "instagram", "2026-11", 1100)
    return client.id
