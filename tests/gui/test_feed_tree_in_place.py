"""During a refresh the feed tree is reloaded after every batch: with the same feeds it changes
only what changed, in place (issue 16: rebuilding 300 feeds' nodes stalled the UI thread)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from cmtoolbox.gui.sources.feed_tree import ALL, NODE_ROLE, FeedTree
from cmtoolbox.storage.feeds import Feed

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def feed(id_: int, folder: str = "", unread: int = 0, **changes: object) -> Feed:
    base = Feed(
        id=id_, client_id=1, url=f"https://site{id_}.example/rss", title=f"Site {id_}", custom_title=None,
        site_url=None, description="", folder=folder, format="rss", etag=None, last_modified=None,
        last_fetched_at=None, last_success_at=None, error_code=None, error_message=None, error_since=None,
        http_status=None, recovered_from=None, created_at=NOW, deleted_at=None, unread=unread,
    )  # fmt: skip
    return dataclasses.replace(base, **changes)


def test_same_feeds_update_in_place_and_new_ones_rebuild(qtbot) -> None:  # noqa: ANN001
    tree = FeedTree()
    qtbot.addWidget(tree)
    feeds = [feed(1, "Presse", 2), feed(2, "Presse"), feed(3)]
    assert tree.fill(feeds, 2, 0, ("feed", 2)) == ("feed", 2)
    nodes = {key: tree.find_node(key) for key in (ALL, ("folder", "Presse"), ("feed", 1), ("feed", 3))}
    assert nodes[("folder", "Presse")].text(1) == "2"

    fetched = [
        feed(1, "Presse", 5, last_success_at=NOW),
        feed(2, "Presse"),
        feed(3, error_code="http", http_status=500, error_since=NOW),
    ]
    assert tree.fill(fetched, 5, 1, ("feed", 2)) == ("feed", 2)
    for key, node in nodes.items():
        assert tree.find_node(key) is node  # the same nodes: nothing rebuilt
    assert nodes[ALL].text(1) == "5" and nodes[ALL].font(0).bold()
    assert nodes[("folder", "Presse")].text(1) == "5"
    assert nodes[("feed", 1)].text(1) == "5"
    assert "Last updated" in nodes[("feed", 1)].toolTip(0)
    assert "⚠" in nodes[("feed", 3)].toolTip(0)
    assert tree.find_node(("starred", None)).text(1) == "1"
    assert tree.currentItem().data(0, NODE_ROLE) == ("feed", 2)

    # A feed read to zero loses its bold; a new subscription rebuilds, selection kept.
    grown = [dataclasses.replace(fetched[0], unread=0), fetched[1], fetched[2], feed(4, "Presse")]
    assert tree.fill(grown, 0, 1, ("feed", 2)) == ("feed", 2)
    assert tree.find_node(("feed", 4)) is not None
    assert tree.find_node(("feed", 1)).text(1) == "" and not tree.find_node(("feed", 1)).font(0).bold()
    # The selected feed gone: "All items".
    assert tree.fill(grown[:1], 0, 1, ("feed", 2)) == ALL
