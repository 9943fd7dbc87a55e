"""The personal dictionary on a real SQLite file: scopes, kinds, normal form, cascade, changes."""

from __future__ import annotations

import sqlite3

import pytest

from cmtoolbox.storage.dictionary import ADDED, IGNORED, UserWords
from cmtoolbox.storage.errors import InvalidValue, NotFound


def test_client_and_global_words(store) -> None:  # noqa: ANN001
    bakery = store.clients.create("Boulangerie Martin")
    florist = store.clients.create("Fleurs Dupont")
    store.take_changes()
    store.dictionary.add("kouign-amann", client_id=bakery.id)
    changes = store.take_changes()
    assert changes.touches("dictionary") and bakery.id in changes.client_ids
    store.dictionary.add("Canva")  # global
    store.dictionary.add("pivoinerie", client_id=florist.id)
    store.dictionary.add("Martinette", client_id=bakery.id, kind=IGNORED)

    assert store.dictionary.words_for(bakery.id) == UserWords(
        added=frozenset({"kouign-amann", "Canva"}), ignored=frozenset({"Martinette"})
    )
    assert store.dictionary.words_for(florist.id).added == {"pivoinerie", "Canva"}
    assert store.dictionary.words_for(None).added == {"Canva"}
    only_client = store.dictionary.list(client_id=bakery.id, include_global=False)
    assert [(e.word, e.kind) for e in only_client] == [("kouign-amann", ADDED), ("Martinette", IGNORED)]
    assert [e.word for e in store.dictionary.list()] == ["Canva"]
    assert store.dictionary.list()[0].is_global


def test_words_are_stored_in_lookup_form_and_added_once(store) -> None:  # noqa: ANN001
    client = store.clients.create("Client")
    first = store.dictionary.add("  aujourd’hui\u0301 ", client_id=client.id)  # curly apostrophe
    again = store.dictionary.add("aujourd'hui\u0301", client_id=client.id)
    assert first.id == again.id
    assert first.word == "aujourd'hu\u00ed"  # NFC, ASCII apostrophe
    assert len(store.dictionary.list(client_id=client.id)) == 1
    # the same word for every client is another entry
    assert store.dictionary.add("aujourd'hui\u0301").id != first.id


@pytest.mark.parametrize(("word", "reason"), [("", "empty"), ("   ", "empty"), ("deux mots", "spaces"),
                                              ("x" * 81, "too_long")])
def test_bad_words_are_refused(store, word: str, reason: str) -> None:  # noqa: ANN001
    with pytest.raises(InvalidValue) as info:
        store.dictionary.add(word)
    assert info.value.reason == reason
    assert store.dictionary.list() == []


def test_schema_refuses_what_the_manager_would(store) -> None:  # noqa: ANN001
    with pytest.raises(sqlite3.IntegrityError):
        with store.db.atomic():
            store.db.execute(
                "INSERT INTO dictionary_words (word, kind, created_at) VALUES ('a b', 'added', 'now')"
            )
    with pytest.raises(sqlite3.IntegrityError):
        with store.db.atomic():
            store.db.execute(
                "INSERT INTO dictionary_words (word, kind, created_at) VALUES ('mot', 'other', 'now')"
            )
    store.dictionary.add("mot")
    with pytest.raises(sqlite3.IntegrityError):  # NULL client ids are unique too
        with store.db.atomic():
            store.db.execute(
                "INSERT INTO dictionary_words (word, kind, created_at) VALUES ('mot', 'added', 'now')"
            )


def test_remove_discard_and_unknown_client(store) -> None:  # noqa: ANN001
    client = store.clients.create("Client")
    entry = store.dictionary.add("Lyonnaiserie", client_id=client.id)
    store.take_changes()
    removed = store.dictionary.remove(entry.id)
    assert removed.word == "Lyonnaiserie"
    assert store.take_changes().touches("dictionary")
    assert store.dictionary.list(client_id=client.id) == []
    with pytest.raises(NotFound):
        store.dictionary.remove(entry.id)
    store.dictionary.add("Lyonnaiserie", client_id=client.id)
    assert store.dictionary.discard("Lyonnaiserie", client_id=None) is False  # other scope
    assert store.dictionary.discard("Lyonnaiserie", client_id=client.id) is True
    assert store.dictionary.discard("deux mots") is False
    with pytest.raises(NotFound):
        store.dictionary.add("mot", client_id=9999)


def test_words_go_with_their_client(store) -> None:  # noqa: ANN001
    client = store.clients.create("Client")
    store.dictionary.add("Lyonnaiserie", client_id=client.id)
    store.dictionary.add("Canva")
    with store.db.atomic():
        store.db.execute("DELETE FROM clients WHERE id = ?", [client.id])
    assert [e.word for e in store.dictionary.list()] == ["Canva"]
    count = store.db.execute("SELECT count(*) FROM dictionary_words").fetchone()[0]
    assert count == 1
