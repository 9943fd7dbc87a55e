"""The retired quick composer's text of each client, kept in the client's settings.

The quick composer is gone (the Drafts section replaced it); what remains is reading the text a
composer left behind (`ops.drafts.adopt_composer` turns it into a draft) and the sample that puts
a post in progress there. A write records the entity "composer" with the client's id, so the
Drafts page hears of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cmtoolbox.storage.entities import Entity, EntitySpec
from cmtoolbox.storage.settings import client_scope

if TYPE_CHECKING:
    from cmtoolbox.storage.clients import Client
    from cmtoolbox.storage.store import Store

__all__ = [
    "COMPOSER_NETWORKS_KEY",
    "COMPOSER_TEXT_KEY",
    "ENTITY",
    "build_sample_composer",
    "composer_text",
    "set_composer_text",
]

COMPOSER_TEXT_KEY = "composer.text"
COMPOSER_NETWORKS_KEY = "composer.networks"
ENTITY = Entity.COMPOSER


def composer_text(store: Store, client_id: int) -> str:
    value = store.settings.get(COMPOSER_TEXT_KEY, "", scope=client_scope(client_id))
    return value if isinstance(value, str) else ""


def _write(store: Store, client_id: int, text: str) -> None:
    store.settings.set(COMPOSER_TEXT_KEY, text, scope=client_scope(client_id))
    store.log.touch(ENTITY, client_id, client_id=client_id)


def set_composer_text(store: Store, client_id: int, text: str) -> None:
    """Replace the text outright (sample content, tests)."""
    with store.db.atomic():
        _write(store, client_id, text)


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
