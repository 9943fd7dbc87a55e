"""Operations of the quick composer (the Drafts section until full drafts land)."""

from __future__ import annotations

from cmtoolbox.storage.composer import COMPOSER_NETWORKS_KEY, composer_text, sync_composer_text
from cmtoolbox.storage.settings import client_scope
from cmtoolbox.storage.store import Store

DEFAULT_NETWORKS = ("instagram", "facebook", "linkedin")


def load_composer(store: Store, client_id: int) -> tuple[str, list[str]]:
    """The client's text and the networks it is written for (chosen, else the client profile's)."""
    scope = client_scope(client_id)
    text = composer_text(store, client_id)
    networks = store.settings.get(COMPOSER_NETWORKS_KEY, None, scope=scope)
    if not isinstance(networks, list):
        profile = store.settings.get("profile", {}, scope=scope)
        networks = profile.get("networks") if isinstance(profile, dict) else None
    if not isinstance(networks, list) or not networks:
        networks = list(DEFAULT_NETWORKS)
    return text, [str(n) for n in networks]


def stored_text(store: Store, client_id: int) -> str:
    return composer_text(store, client_id)


def save_text(store: Store, client_id: int, text: str, base: str | None) -> str:
    """Store what the CM typed, merged with whatever others added since `base`; returns the stored
    text."""
    return sync_composer_text(store, client_id, text, base)


def set_networks(store: Store, client_id: int, networks: list[str]) -> None:
    store.settings.set(COMPOSER_NETWORKS_KEY, list(networks), scope=client_scope(client_id))


def account_limits(store: Store, client_id: int) -> dict[str, int]:
    """Character limits set on the client's accounts (a Mastodon server's, X Premium)."""
    return store.accounts.limits_for_client(client_id)
