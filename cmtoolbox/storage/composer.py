"""The quick composer's text of each client, and every way it is written.

The composer (Drafts section until full drafts land) keeps one text per client in the client's
settings. Two kinds of writers share it: the composer page autosaving what the CM types, and other
features adding a post to it (the revue de presse "send as post", a feed item sent as a post). They
all go through this module so that:

- every write records the entity "composer" with the client's id (`Changes.ids` holds
  ("composer", client_id)), and an open composer page reloads or merges what others added;
- the page saves with the text it started from (`sync_composer_text`): when the stored text moved
  meanwhile, both sides are merged (`core.text_merge`), so an append arriving between two autosaves
  is never overwritten and nothing the CM typed is lost either.

Writes happen on the database thread one after the other, so the compare-and-merge here is atomic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cmtoolbox.core.text_merge import merge_texts
from cmtoolbox.storage.entities import Entity, EntitySpec
from cmtoolbox.storage.settings import client_scope

if TYPE_CHECKING:
    from cmtoolbox.storage.clients import Client
    from cmtoolbox.storage.store import Store

__all__ = [
    "COMPOSER_NETWORKS_KEY",
    "COMPOSER_TEXT_KEY",
    "ENTITY",
    "append_to_composer",
    "build_sample_composer",
    "composer_text",
    "set_composer_text",
    "sync_composer_text",
]

COMPOSER_TEXT_KEY = "composer.text"
COMPOSER_NETWORKS_KEY = "composer.networks"
ENTITY = Entity.COMPOSER
PARAGRAPH = "\n\n"


def composer_text(store: Store, client_id: int) -> str:
    value = store.settings.get(COMPOSER_TEXT_KEY, "", scope=client_scope(client_id))
    return value if isinstance(value, str) else ""


def _write(store: Store, client_id: int, text: str) -> None:
    store.settings.set(COMPOSER_TEXT_KEY, text, scope=client_scope(client_id))
    store.log.touch(ENTITY, client_id, client_id=client_id)


def set_composer_text(store: Store, client_id: int, text: str) -> None:
    """Replace the text outright (sample content, tests). Editors use `sync_composer_text`."""
    with store.db.atomic():
        _write(store, client_id, text)


def sync_composer_text(store: Store, client_id: int, text: str, base: str | None) -> str:
    """Store what the composer shows (`text`, edited from `base`, the text it last knew stored);
    returns the text now stored, which the composer shows next.

    - stored text still `base`: `text` is written as is;
    - stored text moved (something was appended meanwhile): both changes are merged and written;
    - `text` equals `base` (nothing typed): nothing is written, the stored text comes back.
    `base` None means the caller does not know: an empty stored text counts as the base.
    """
    with store.db.atomic():
        stored = composer_text(store, client_id)
        if base is None:
            base = "" if stored != text else text
        if text == base or text == stored:
            return stored
        merged = text if stored == base else merge_texts(base, text, stored)
        if merged != stored:
            _write(store, client_id, merged)
        return merged


def append_to_composer(store: Store, client_id: int, addition: str) -> str:
    """Add `addition` after the client's composer text, as a new paragraph; returns the new text."""
    with store.db.atomic():
        current = composer_text(store, client_id)
        combined = f"{current.rstrip()}{PARAGRAPH}{addition}" if current.strip() else addition
        _write(store, client_id, combined)
    return combined


# -- sample client ------------------------------------------------------------------------------

_SAMPLE_WORD = "canutine"  # the bakery's own pastry: no dictionary knows it
_SAMPLE_TEXT = (
    "Nouveau à la Croix-Rousse\u202f: la canutine est arrivée\u202f! 🥐\n"
    "Une pâte feuilletée au beurre AOP, une crème pralinée aux pralines roses de Lyon, et une "
    "pointe de fleur de sel. Nos boulangers l’ont pensée comme un clin d’œil aux canuts du quartier.\n\n"
    "Elle sort du four chaque matin dès 7\u00a0h, du mardi au dimanche, jusqu’à épuisement du stock "
    "(et il part vite…).\n\n"
    "Vous la goûtez ce week-end\u202f? Dites-nous en commentaire ce que vous en pensez 👇\n\n"
    "#BoulangerieMartin #PainDeLyon #FaitMaison"
)


def build_sample_composer(store: Store, client: Client) -> None:
    """Sample builder: a post in progress in the quick composer, and a word in the client's dictionary."""
    set_composer_text(store, client.id, _SAMPLE_TEXT)
    networks = ["instagram", "facebook", "linkedin"]
    store.settings.set(COMPOSER_NETWORKS_KEY, networks, scope=client_scope(client.id))
    store.dictionary.add(_SAMPLE_WORD, client_id=client.id)


# Pseudo-entity: the text lives in the client's settings; the sample puts a post in progress there.
SPEC = EntitySpec(entity=ENTITY, sample=build_sample_composer)
