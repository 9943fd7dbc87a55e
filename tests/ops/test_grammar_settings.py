"""A client's grammar settings through the named operations, on a real SQLite file."""

from __future__ import annotations

import pytest

from cmtoolbox.ops import grammar as ops
from cmtoolbox.ops.operation import call, execute
from cmtoolbox.storage.changes import Entity
from cmtoolbox.storage.errors import InvalidValue, NotFound
from cmtoolbox.storage.grammar_settings import NO_CLIENT, GrammarSettings
from cmtoolbox.storage.store import Store


def test_defaults_then_typography_off_for_a_client_and_a_network(store: Store) -> None:
    bakery = store.clients.create("Boulangerie Martin").id
    florist = store.clients.create("Fleurs Dupont").id
    assert ops.client_grammar_settings(store, bakery) == GrammarSettings()

    outcome = execute(store, call(ops.set_typography, bakery, False, "instagram"))
    assert outcome.changes.touches(Entity.GRAMMAR_SETTINGS)
    assert outcome.changes.ids_of(Entity.GRAMMAR_SETTINGS) == {bakery}
    settings = ops.client_grammar_settings(store, bakery)
    assert settings.typography and settings.typography_off_networks == {"instagram"}
    assert not settings.typography_for("instagram") and settings.typography_for("linkedin")
    assert settings.typography_for(None)
    assert ops.client_grammar_settings(store, florist) == GrammarSettings(), "only that client"

    execute(store, call(ops.set_typography, bakery, False))
    settings = ops.client_grammar_settings(store, bakery)
    assert not settings.typography_for(None) and not settings.typography_for("linkedin")

    # each step undoes to what was there before
    assert outcome.undo is not None
    execute(store, outcome.undo)
    assert ops.client_grammar_settings(store, bakery) == GrammarSettings()


def test_always_ignore_and_its_undo(store: Store) -> None:
    bakery = store.clients.create("Boulangerie Martin").id
    outcome = execute(store, call(ops.ignore_always, bakery, "gv1__ppas_nous_verbe_état", "ravi"))
    assert ops.client_grammar_settings(store, bakery).ignored == {("gv1__ppas_nous_verbe_état", "ravi")}
    assert outcome.undo is not None
    redo = execute(store, outcome.undo).undo
    assert ops.client_grammar_settings(store, bakery).ignored == frozenset()
    assert redo is not None
    execute(store, redo)
    assert ops.client_grammar_settings(store, bakery).ignored == {("gv1__ppas_nous_verbe_état", "ravi")}
    execute(store, call(ops.forget_ignored, bakery, "gv1__ppas_nous_verbe_état", "ravi"))
    assert ops.client_grammar_settings(store, bakery) == GrammarSettings()


def test_without_a_client_the_app_wide_scope(store: Store) -> None:
    outcome = execute(store, call(ops.ignore_always, None, "rule", "mot"))
    assert outcome.changes.ids_of(Entity.GRAMMAR_SETTINGS) == {NO_CLIENT}
    assert ops.client_grammar_settings(store, None).ignored == {("rule", "mot")}
    bakery = store.clients.create("Boulangerie Martin").id
    assert ops.client_grammar_settings(store, bakery).ignored == frozenset()


def test_bad_input_is_refused_and_nothing_written(store: Store) -> None:
    bakery = store.clients.create("Boulangerie Martin").id
    with pytest.raises(InvalidValue):
        execute(store, call(ops.ignore_always, bakery, "rule", "   "))
    with pytest.raises(NotFound):
        execute(store, call(ops.set_typography, 9999, False))
    assert ops.client_grammar_settings(store, bakery) == GrammarSettings()


def test_unreadable_stored_values_fall_back_to_defaults(store: Store) -> None:
    bakery = store.clients.create("Boulangerie Martin").id
    scope = f"client:{bakery}"
    for value in ("nonsense", [1, 2], {"typography": "no", "ignored": [["a"], 3, ["r", "t"]]}):
        store.settings.set("grammar", value, scope=scope)
        settings = ops.client_grammar_settings(store, bakery)
        assert settings.typography_off_networks == frozenset()
    assert settings.typography and settings.ignored == {("r", "t")}
