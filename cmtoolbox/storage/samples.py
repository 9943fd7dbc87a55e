"""The sample client a newcomer is offered on first run, so the app looks alive from minute one.

Each entity brings its own sample records through the `sample` builder of its `EntitySpec`;
builders run in registry order, inside one transaction, after the client exists.
"""

from __future__ import annotations

from cmtoolbox.storage.clients import Client
from cmtoolbox.storage.store import Store

SAMPLE_CLIENT_NAME = "Boulangerie Martin"
SAMPLE_CLIENT_COLOR = "#c47f3b"
FIRST_RUN_KEY = "first_run.sample_offered"


def create_sample_client(store: Store) -> Client:
    """Create (or return) the sample client with every feature's sample records."""
    existing = [c for c in store.clients.list(include_archived=True) if c.is_sample]
    if existing:
        return existing[0]
    with store.transaction():
        client = store.clients.create(SAMPLE_CLIENT_NAME, color=SAMPLE_CLIENT_COLOR, is_sample=True)
        for build in store.entities.sample_builders():
            build(store, client)
        store.settings.set(FIRST_RUN_KEY, True)
    return client
