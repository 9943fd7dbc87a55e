"""The sample client a newcomer is offered on first run, so the app looks alive from minute one.

Each feature adds its own sample records by appending a builder to `SAMPLE_BUILDERS`; builders run
in order, inside one transaction, after the client exists.
"""

from __future__ import annotations

from collections.abc import Callable

from cmtoolbox.storage.accounts import build_sample_accounts
from cmtoolbox.storage.clients import Client
from cmtoolbox.storage.composer import build_sample_composer
from cmtoolbox.storage.media import build_sample_media
from cmtoolbox.storage.reviews import build_sample_monitoring
from cmtoolbox.storage.sample_notes import add_sample_notes
from cmtoolbox.storage.settings import client_scope
from cmtoolbox.storage.store import Store

SAMPLE_CLIENT_NAME = "Boulangerie Martin"
SAMPLE_CLIENT_COLOR = "#c47f3b"
FIRST_RUN_KEY = "first_run.sample_offered"

SampleBuilder = Callable[[Store, Client], None]


def _client_profile(store: Store, client: Client) -> None:
    store.settings.set(
        "profile",
        {
            "sector": "Boulangerie-pâtisserie artisanale",
            "city": "Lyon (Croix-Rousse)",
            "tone": "Chaleureux, gourmand, tutoiement sur Instagram, vouvoiement sur Facebook et LinkedIn",
            "networks": ["instagram", "facebook", "linkedin"],
        },
        scope=client_scope(client.id),
    )


SAMPLE_BUILDERS: list[SampleBuilder] = [_client_profile]
SAMPLE_BUILDERS.append(build_sample_monitoring)  # sources, feeds, revue de presse
SAMPLE_BUILDERS.append(build_sample_accounts)  # réseaux du client, sans mots de passe
SAMPLE_BUILDERS.append(build_sample_composer)  # quick composer text, personal dictionary
SAMPLE_BUILDERS.append(build_sample_media)  # images de la bibliothèque, droits et textes alternatifs
SAMPLE_BUILDERS.append(add_sample_notes)  # carnet, après la bibliothèque : la charte en montre des images


def create_sample_client(store: Store) -> Client:
    """Create (or return) the sample client with every feature's sample records."""
    existing = [c for c in store.clients.list(include_archived=True) if c.is_sample]
    if existing:
        return existing[0]
    with store.db.atomic():
        client = store.clients.create(SAMPLE_CLIENT_NAME, color=SAMPLE_CLIENT_COLOR, is_sample=True)
        for build in SAMPLE_BUILDERS:
            build(store, client)
        store.settings.set(FIRST_RUN_KEY, True)
    return client
