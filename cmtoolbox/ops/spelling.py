"""Operations on spell-check settings: the personal dictionary and per-client languages."""

from __future__ import annotations

from cmtoolbox.ops.operation import Undoable, call
from cmtoolbox.storage.dictionary import DictionaryWord, UserWords
from cmtoolbox.storage.spell_languages import client_spell_languages, set_client_spell_languages
from cmtoolbox.storage.store import Store


def dictionary_words(store: Store, client_id: int | None) -> list[DictionaryWord]:
    return store.dictionary.list(client_id=client_id)


def remove_words(store: Store, word_ids: list[int]) -> Undoable[list[DictionaryWord]]:
    """Remove these words (all or none); undoing adds them back as they were."""
    removed = [store.dictionary.remove(word_id) for word_id in word_ids]
    return Undoable(removed, call(restore_words, removed))


def restore_words(store: Store, words: list[DictionaryWord]) -> Undoable[list[DictionaryWord]]:
    restored = [store.dictionary.add(w.word, client_id=w.client_id, kind=w.kind) for w in words]
    return Undoable(restored, call(remove_words, [w.id for w in restored]))


def set_client_languages(store: Store, client_id: int, choice: tuple[str, ...] | None) -> None:
    set_client_spell_languages(store, client_id, choice)


def client_languages(store: Store, client_id: int) -> tuple[str, ...] | None:
    return client_spell_languages(store, client_id)


def checker_settings(store: Store, client_id: int | None) -> tuple[UserWords, tuple[str, ...] | None]:
    """What a spell checker needs for a client: its accepted/ignored words and its languages."""
    return store.dictionary.words_for(client_id), client_spell_languages(store, client_id)


def add_word(store: Store, word: str, client_id: int | None) -> Undoable[DictionaryWord]:
    """Accept `word` for the client (or every client); undoing removes it again."""
    entry = store.dictionary.add(word, client_id=client_id)
    return Undoable(entry, call(remove_words, [entry.id]))
