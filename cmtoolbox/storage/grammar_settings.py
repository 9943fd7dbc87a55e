"""A client's grammar settings: whether French typography is checked, for which networks, and the
issues the CM chose to "always ignore" for that client.

Kept in the client's settings (one JSON value, key ``grammar``) rather than a table of their own: a
handful of values per client that the editors read in one go, that follow the client through
backup, export and the end of a contract like its other settings. Without a client (a note shared by
every client, a draft of no client) the app-wide scope is used.

Some brands write without French typography (no no-break space before "!" on Instagram): turning
typography off, for the client or for one network's variants, silences those underlines and makes
"Fix all French typography" do nothing there. An ignored issue is a (rule id, flagged text) pair, as
``core.grammar.GrammarOptions.ignored`` wants it: the same wording is not flagged again for that
client, another mistake of the same rule still is.

Writes record the entity "grammar_settings" with the client's id (0 for the app-wide scope), so the
open editors of that client re-check.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from cmtoolbox.storage.entities import Entity
from cmtoolbox.storage.errors import InvalidValue
from cmtoolbox.storage.settings import GLOBAL, client_scope

if TYPE_CHECKING:
    from cmtoolbox.storage.store import Store

__all__ = [
    "GRAMMAR_KEY",
    "GrammarSettings",
    "NO_CLIENT",
    "grammar_settings",
    "save_grammar_settings",
]

GRAMMAR_KEY = "grammar"
NO_CLIENT = 0  # the id `Changes` carries for the app-wide scope
MAX_IGNORED = 2000  # a runaway "always ignore" must not grow a settings row without end
MAX_IGNORED_TEXT = 200


@dataclass(frozen=True)
class GrammarSettings:
    typography: bool = True
    typography_off_networks: frozenset[str] = field(default_factory=frozenset)
    ignored: frozenset[tuple[str, str]] = field(default_factory=frozenset)  # (rule id, flagged text)

    def typography_for(self, network: str | None) -> bool:
        """Whether typography is checked (and fixed) in a text for `network` (None: the master, a
        note)."""
        return self.typography and (network is None or network not in self.typography_off_networks)

    def with_typography(self, enabled: bool, network: str | None = None) -> GrammarSettings:
        if network is None:
            return replace(self, typography=enabled)
        off = set(self.typography_off_networks)
        if enabled:
            off.discard(network)
        else:
            off.add(network)
        return replace(self, typography_off_networks=frozenset(off))

    def with_ignored(self, rule_id: str, text: str, ignored: bool = True) -> GrammarSettings:
        pair = _pair(rule_id, text)
        pairs = set(self.ignored)
        if ignored:
            if len(pairs) >= MAX_IGNORED and pair not in pairs:
                raise InvalidValue("too many ignored grammar issues", field="ignored", reason="too_many")
            pairs.add(pair)
        else:
            pairs.discard(pair)
        return replace(self, ignored=frozenset(pairs))

    def to_json(self) -> dict[str, Any]:
        return {
            "typography": self.typography,
            "typography_off_networks": sorted(self.typography_off_networks),
            "ignored": sorted([rule, text] for rule, text in self.ignored),
        }

    @classmethod
    def from_json(cls, value: Any) -> GrammarSettings:
        """Settings from their stored form; anything unreadable falls back to the defaults (a hand-edited
        or future value must not stop the editors)."""
        if not isinstance(value, dict):
            return cls()
        networks = value.get("typography_off_networks")
        ignored = value.get("ignored")
        return cls(
            typography=value.get("typography") is not False,
            typography_off_networks=frozenset(
                n for n in (networks if isinstance(networks, list) else []) if isinstance(n, str)
            ),
            ignored=frozenset(
                (p[0], p[1])
                for p in (ignored if isinstance(ignored, list) else [])
                if isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p)
            ),
        )


def _pair(rule_id: str, text: str) -> tuple[str, str]:
    rule_id, text = rule_id.strip(), text.strip()
    if not rule_id or not text:
        raise InvalidValue("an ignored issue needs its rule and its text", field="ignored", reason="empty")
    if len(text) > MAX_IGNORED_TEXT or len(rule_id) > MAX_IGNORED_TEXT:
        raise InvalidValue("ignored text too long", field="ignored", reason="too_long")
    return rule_id, text


def _scope(client_id: int | None) -> str:
    return GLOBAL if client_id is None else client_scope(client_id)


def grammar_settings(store: Store, client_id: int | None) -> GrammarSettings:
    """The client's settings (the app-wide ones when `client_id` is None); defaults when never set."""
    return GrammarSettings.from_json(store.settings.get(GRAMMAR_KEY, None, scope=_scope(client_id)))


def save_grammar_settings(store: Store, client_id: int | None, settings: GrammarSettings) -> None:
    with store.db.atomic():
        if client_id is not None:
            store.clients.get(client_id)  # NotFound rather than settings for a client that is gone
        if settings == GrammarSettings():
            store.settings.delete(GRAMMAR_KEY, scope=_scope(client_id))
        else:
            store.settings.set(GRAMMAR_KEY, settings.to_json(), scope=_scope(client_id))
        store.log.touch(
            Entity.GRAMMAR_SETTINGS,
            NO_CLIENT if client_id is None else client_id,
            client_id=client_id,
        )
