"""A client's own spell-check languages, kept in the client's settings.

Absent means "follow the app's default" (the Settings dialog); a list replaces it for that client,
and an empty list turns spell check off for that client. Which level applies is decided by
`core.spell_languages.effective_languages` (draft over client over app).

Writes record the entity "spell_languages" with the client's id, so the open editors of that
client reload their checker.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from cmtoolbox.core.spell_languages import normalize_languages, parse_choice
from cmtoolbox.storage.settings import client_scope

if TYPE_CHECKING:
    from cmtoolbox.storage.store import Store

__all__ = ["ENTITY", "SPELL_LANGUAGES_KEY", "client_spell_languages", "set_client_spell_languages"]

SPELL_LANGUAGES_KEY = "spelling.languages"
ENTITY = "spell_languages"


def client_spell_languages(store: Store, client_id: int | None) -> tuple[str, ...] | None:
    """The client's choice, or None when it follows the app's default (or there is no client)."""
    if client_id is None:
        return None
    return parse_choice(store.settings.get(SPELL_LANGUAGES_KEY, None, scope=client_scope(client_id)))


def set_client_spell_languages(store: Store, client_id: int, languages: Sequence[str] | None) -> None:
    """Choose the client's languages; None goes back to the app's default."""
    scope = client_scope(client_id)
    with store.db.atomic():
        store.clients.get(client_id)  # NotFound rather than settings for a client that is gone
        if languages is None:
            store.settings.delete(SPELL_LANGUAGES_KEY, scope=scope)
        else:
            store.settings.set(SPELL_LANGUAGES_KEY, list(normalize_languages(languages)), scope=scope)
        store.log.touch(ENTITY, client_id, client_id=client_id)
