"""The entity registry: every kind of record the app stores, in one list.

Each entity declares itself once, as `SPEC` beside its manager (table, client scoping, search
provider, tags, trash, revisions, owned files and secrets, sample builder); this module only lists
those declarations, in the order samples are built. Search, trash, tags, revisions, samples, and
later backup, export, purge and sync iterate over `DEFAULT_REGISTRY` (held by the Store as
`store.entities`) instead of each keeping a registry filled at import time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cmtoolbox.storage import (
    accounts,
    composer,
    drafts,
    feeds,
    key_dates,
    media,
    metrics,
    notes,
    reviews,
    snippets,
    sources,
)
from cmtoolbox.storage.entities import Entity, EntitySpec, Registry, SyncSpec
from cmtoolbox.storage.settings import client_scope

if TYPE_CHECKING:
    from cmtoolbox.storage.clients import Client
    from cmtoolbox.storage.store import Store


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


DEFAULT_REGISTRY = Registry(
    [
        EntitySpec(
            Entity.CLIENTS,
            table="clients",
            client_scoped=False,
            sample=_client_profile,
            # A client deleted elsewhere is archived here first; two created offline with the
            # same name become "Name" and "Name (2)".
            sync=SyncSpec(
                fields=("name", "color", "notes", "is_sample", "created_at", "updated_at", "archived_at"),
                trash_column="archived_at",
                unique_suffix="name",
                scope_column=None,
            ),
        ),
        EntitySpec(Entity.SETTINGS, client_scoped=False),  # scoped by the `scope` column
        EntitySpec(Entity.TRASH, client_scoped=False),
        EntitySpec(Entity.TAGS, table="tags", client_scoped=False),
        EntitySpec(Entity.DICTIONARY, table="dictionary_words", shared=True),
        EntitySpec(Entity.SPELL_LANGUAGES, client_scoped=False),  # a client setting
        EntitySpec(Entity.GRAMMAR_SETTINGS, client_scoped=False),  # a client setting
        EntitySpec(Entity.REVISIONS, table="revisions", client_scoped=False),  # through their record
        EntitySpec(Entity.USER_FORMULAS, table="user_formulas", shared=True),
        sources.SPEC,
        feeds.SPEC,
        feeds.ITEMS_SPEC,
        reviews.SPEC,  # its sample builds the sources and feeds too
        reviews.ENTRIES_SPEC,  # after reviews, items and sources: an entry names them
        accounts.SPEC,
        composer.SPEC,
        media.SPEC,
        notes.SPEC,  # after media: the sample notes show the sample pictures
        drafts.SPEC,  # after media and composer: the sample posts show pictures, adopt the composer's
        drafts.VARIANTS_SPEC,  # after drafts: a variant names its draft (sync applies in this order)
        drafts.EVENTS_SPEC,
        snippets.SPEC,
        key_dates.SPEC,
        metrics.SPEC,  # after drafts: its sample publishes older posts and measures them all
        metrics.FOLLOWERS_SPEC,
        metrics.MAPPINGS_SPEC,
    ]
)
