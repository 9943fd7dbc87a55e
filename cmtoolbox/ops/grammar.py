"""Operations on a client's grammar settings: typography on or off (for the client, for one network),
and the issues "always ignored" for that client. Each can be undone (Edit ▸ Undo)."""

from __future__ import annotations

from cmtoolbox.ops.operation import Undoable, call
from cmtoolbox.storage.grammar_settings import GrammarSettings, grammar_settings, save_grammar_settings
from cmtoolbox.storage.store import Store

__all__ = [
    "client_grammar_settings",
    "forget_ignored",
    "ignore_always",
    "restore_grammar_settings",
    "set_typography",
]


def client_grammar_settings(store: Store, client_id: int | None) -> GrammarSettings:
    return grammar_settings(store, client_id)


def restore_grammar_settings(
    store: Store, client_id: int | None, settings: GrammarSettings
) -> Undoable[GrammarSettings]:
    """Put back settings as they were (the undo of the operations below)."""
    before = grammar_settings(store, client_id)
    save_grammar_settings(store, client_id, settings)
    return Undoable(settings, call(restore_grammar_settings, client_id, before))


def set_typography(
    store: Store, client_id: int | None, enabled: bool, network: str | None = None
) -> Undoable[GrammarSettings]:
    """Check French typography for the client, or (with `network`) in its texts for that network."""
    before = grammar_settings(store, client_id)
    after = before.with_typography(enabled, network)
    save_grammar_settings(store, client_id, after)
    return Undoable(after, call(restore_grammar_settings, client_id, before))


def ignore_always(store: Store, client_id: int | None, rule_id: str, text: str) -> Undoable[GrammarSettings]:
    """Stop flagging this wording for this rule in the client's texts."""
    before = grammar_settings(store, client_id)
    after = before.with_ignored(rule_id, text)
    save_grammar_settings(store, client_id, after)
    return Undoable(after, call(restore_grammar_settings, client_id, before))


def forget_ignored(store: Store, client_id: int | None, rule_id: str, text: str) -> Undoable[GrammarSettings]:
    """Flag this wording again."""
    before = grammar_settings(store, client_id)
    after = before.with_ignored(rule_id, text, ignored=False)
    save_grammar_settings(store, client_id, after)
    return Undoable(after, call(restore_grammar_settings, client_id, before))
