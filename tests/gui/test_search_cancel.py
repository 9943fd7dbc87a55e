"""A keystroke cancels the search on its way, so a stale query does not hold the database thread
for the next one (issue 16); the newest query's answer is the one shown."""

from __future__ import annotations

import asyncio

from cmtoolbox.gui.search.palette import GlobalSearchPalette
from cmtoolbox.storage.store import Store


def test_typing_cancels_the_search_on_its_way(qtbot, ctx, run, store: Store) -> None:  # noqa: ANN001
    from cmtoolbox.gui.clients import ClientSwitcher

    client = store.clients.create("Boulangerie Martin")
    store.notes.create(client.id, "Galette des rois", "Fèves et couronnes")
    store.notes.create(client.id, "Gâteau basque", "Cerises noires")
    clients = ClientSwitcher(ctx)
    run(clients.reload())
    palette = GlobalSearchPalette(ctx, clients)
    qtbot.addWidget(palette)
    palette.popup()
    palette.query.setText("ga")
    palette.search_now()
    first = palette._ticket
    assert first is not None and not first.cancelled
    palette.query.setText("gal")  # the next keystroke, before the first answer came back
    assert first.cancelled
    run(asyncio.sleep(0.3))
    run(ctx.tasks.idle())
    qtbot.waitUntil(lambda: palette.settled, timeout=5000)
    assert [hit.title for hit in palette.model.hits()] == ["Galette des rois"]
    assert palette._ticket is None
