"""Tokenizer for spell checking: what gets checked, what is skipped, and where it sits in the text."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cmtoolbox.core.spell_tokens import (
    TokenKind,
    normalize,
    split_elision,
    tokenize,
    words,
)


def word_texts(text: str) -> list[str]:
    return [t.text for t in words(text)]


def kinds(text: str) -> dict[str, TokenKind]:
    return {text[t.start : t.end]: t.kind for t in tokenize(text)}


@pytest.mark.parametrize("apostrophe", ["'", "’", "ʼ"])
def test_elisions_stay_one_word_and_are_looked_up_with_ascii_apostrophe(apostrophe: str) -> None:
    text = f"l{apostrophe}événement jusqu{apostrophe}à lorsqu{apostrophe}il qu{apostrophe}on"
    assert word_texts(text) == ["l'événement", "jusqu'à", "lorsqu'il", "qu'on"]


def test_hyphenated_words_and_trailing_pronouns_stay_whole() -> None:
    text = "e-réputation, peut-être, c'est-à-dire, dites-nous, pourra-t-il, rendez‑vous"
    assert word_texts(text) == [
        "e-réputation",
        "peut-être",
        "c'est-à-dire",
        "dites-nous",
        "pourra-t-il",
        "rendez-vous",
    ]


def test_links_addresses_mentions_and_hashtags_are_not_words() -> None:
    text = (
        "Voir https://exemple.fr/a?b=1, www.site.com et exemple.fr/page ; écrire à contact@exemple.fr, "
        "taguer @marie.dupont avec #PromoÉté"
    )
    found = kinds(text)
    assert found["https://exemple.fr/a?b=1"] is TokenKind.URL
    assert found["www.site.com"] is TokenKind.URL
    assert found["exemple.fr/page"] is TokenKind.URL
    assert found["contact@exemple.fr"] is TokenKind.EMAIL
    assert found["@marie.dupont"] is TokenKind.MENTION
    assert found["#PromoÉté"] is TokenKind.HASHTAG
    assert word_texts(text) == ["Voir", "et", "écrire", "à", "taguer", "avec"]


def test_url_does_not_swallow_the_closing_punctuation() -> None:
    text = "(voir https://exemple.fr/page)."
    url = next(t for t in tokenize(text) if t.kind is TokenKind.URL)
    assert text[url.start : url.end] == "https://exemple.fr/page"


def test_numbers_prices_times_ordinals_are_skipped() -> None:
    text = "Le 1er mars à 14h30 : -20 % sur 12,50 €, 2e édition, COVID-19, 3D, XXIe siècle, Louis XIV, Ier"
    assert word_texts(text) == ["Le", "mars", "à", "sur", "édition", "siècle", "Louis"]
    assert kinds(text)["14h30"] is TokenKind.NUMBER


def test_emoji_and_their_modifiers_are_never_words() -> None:
    assert word_texts("Merci ❤️ à vous 👩‍👩‍👧 👍🏽 !") == ["Merci", "à", "vous"]


def test_inclusive_writing_is_one_token() -> None:
    assert word_texts("les abonné·e·s et étudiant.es") == ["les", "abonné·e·s", "et", "étudiant.es"]


def test_offsets_point_into_decomposed_text() -> None:
    text = unicodedata.normalize("NFD", "Été : l'évènement à Noël")
    tokens = list(words(text))
    assert [t.text for t in tokens] == ["Été", "l'évènement", "à", "Noël"]
    for token in tokens:
        assert unicodedata.normalize("NFC", text[token.start : token.end]) == token.text


def test_offsets_after_emoji_are_python_string_indices() -> None:
    text = "🎉🎉 Bonjour"
    token = next(words(text))
    assert (token.start, token.end) == (3, 10)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Bonjour à tous", "Bonjour", True),
        ("Merci. Nextoria arrive", "Nextoria", True),
        ("Merci ! Nextoria arrive", "Nextoria", True),
        ("Merci\nNextoria arrive", "Nextoria", True),
        ("Merci 🙏 Nextoria arrive", "Nextoria", True),
        ("avec Nextoria demain", "Nextoria", False),
        ("Merci à M. Nextoria", "Nextoria", False),
        ("Au programme : Nextoria", "Nextoria", False),
    ],
)
def test_sentence_start(text: str, word: str, expected: bool) -> None:
    token = next(t for t in words(text) if t.text == word)
    assert token.sentence_start is expected


def test_split_elision_takes_the_longest_prefix() -> None:
    assert split_elision("jusqu'ici") == ("jusqu'", "ici")
    assert split_elision("L'Été") == ("L'", "Été")
    assert split_elision("l'") == ("", "l'")
    assert split_elision("aujourd'hui") == ("", "aujourd'hui")


def test_normalize_maps_apostrophes_and_hyphens() -> None:
    assert normalize("l’été‑là") == "l'été-là"
    assert normalize(unicodedata.normalize("NFD", "é")) == "é"


_alphabet = st.sampled_from(
    list("abcdeéèàçôœAÉZ '’-·.#@/:,!?\n0123456789€%") + ["❤️", "👩‍👩‍👧", "e\u0301", "https://", "www."]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_alphabet, max_size=60).map("".join))
def test_tokens_are_ordered_disjoint_and_map_back(text: str) -> None:
    previous_end = 0
    for token in tokenize(text):
        assert previous_end <= token.start < token.end <= len(text)
        previous_end = token.end
        original = text[token.start : token.end]
        if token.kind is TokenKind.WORD:
            assert normalize(original) == token.text
