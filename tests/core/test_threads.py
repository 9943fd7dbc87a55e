"""Thread splitting: every post passes the counter, words and French typography survive the cuts."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cmtoolbox.core.counters import count
from cmtoolbox.core.threads import split_thread

THREAD_NETWORKS = ["x", "mastodon", "bluesky", "threads"]
NUMBER = re.compile(r" (\d+)/(\d+)\Z")

ARTICLE = (
    "Bonjour à toutes et à tous\u00a0! Aujourd'hui, on parle de stratégie de contenu sur les "
    "réseaux sociaux. Voici le lien\u00a0: "
    "https://www.exemple.fr/blog/2024/strategie-de-contenu?utm_source=thread "
    "et le hashtag #CommunityManagement, merci @agence_dupont.\n\n"
    "Deuxième paragraphe\u00a0: « Le contenu est roi. Mais la distribution est reine\u00a0! » disait "
    "quelqu'un. Pensez-y ; c'est important !\n\n"
    "Troisième paragraphe avec une très longue phrase qui n'en finit pas et qui continue encore et "
    "encore pour dépasser la limite de caractères autorisée par le réseau social choisi, afin de "
    "vérifier la coupure entre les mots plutôt qu'entre les phrases, ce qui n'arrive qu'en dernier "
    "recours avant de couper un mot."
)


def unnumbered(parts: list[str]) -> list[str]:
    total = len(parts)
    bodies = []
    for index, part in enumerate(parts, start=1):
        match = NUMBER.search(part)
        assert match is not None and match.groups() == (str(index), str(total)), part
        bodies.append(part[: match.start()])
    return bodies


def assert_thread(network: str, text: str, parts: list[str], limit: int | None = None) -> None:
    assert len(parts) > 1
    for part in parts:
        assert count(network, part, limit=limit).valid, (part, count(network, part, limit=limit))
    bodies = unnumbered(parts)
    assert " ".join(bodies).split() == text.split()


def test_networks_without_threads_are_refused() -> None:
    with pytest.raises(ValueError):
        split_thread("instagram", ARTICLE)
    with pytest.raises(ValueError):
        split_thread("friendster", ARTICLE)


def test_short_text_is_one_unnumbered_post() -> None:
    assert split_thread("x", "  Bonjour\u00a0!  ") == ["Bonjour\u00a0!"]
    assert split_thread("x", "   ") == []


@pytest.mark.parametrize("network", THREAD_NETWORKS)
def test_article_is_split_into_valid_numbered_posts(network: str) -> None:
    parts = split_thread(network, ARTICLE, limit=None if network == "x" else 200)
    assert_thread(network, ARTICLE, parts, limit=None if network == "x" else 200)


@pytest.mark.parametrize("network", THREAD_NETWORKS)
def test_links_hashtags_and_mentions_stay_whole(network: str) -> None:
    parts = split_thread(network, ARTICLE, limit=120)
    for token in ("https://www.exemple.fr/blog/2024/strategie-de-contenu?utm_source=thread",
                  "#CommunityManagement,", "@agence_dupont."):  # fmt: skip
        assert any(token in part for part in parts), token


def test_paragraphs_come_first() -> None:
    parts = unnumbered(split_thread("mastodon", ARTICLE, limit=240))
    assert parts[0].endswith("merci @agence_dupont.")
    assert parts[1].startswith("Deuxième paragraphe")


def test_french_typography_stays_together() -> None:
    for limit in (60, 80, 100, 120):
        parts = unnumbered(split_thread("mastodon", ARTICLE, limit=limit))
        for part in parts:
            assert not re.match(r"[;:!?»]", part), part
            assert not part.endswith("«"), part
            assert "\u00a0" not in (part[0], part[-1]), part
        quote = "« Le contenu est roi. Mais la distribution est reine\u00a0! »"
        if limit >= 80:
            assert any(quote in part for part in parts), (limit, parts)


def test_text_with_only_no_break_spaces_is_cut_between_words() -> None:
    # Text pasted from a web page can hold a no-break space between every pair of words.
    words = ["Bienvenue", "à", "la", "boulangerie", "Dupont", "«\u00a0fournil\u00a0»", "ouvert\u202f!"] * 12
    text = "\u00a0".join(words)
    parts = unnumbered(split_thread("x", text))
    assert len(parts) > 1
    for part in parts:
        assert part[0] not in "\u00a0\u202f!»" and part[-1] not in "\u00a0\u202f«", part
        assert part.split("\u00a0")[0] in {w.split("\u00a0")[0] for w in words}, part  # starts with a word
    assert "\u00a0".join(parts) == text


@settings(max_examples=150, deadline=None)
@given(
    words=st.lists(
        st.tuples(
            st.text(alphabet="abcdéèàç", min_size=1, max_size=9),
            st.sampled_from(
                [" ", "\u00a0", "\u00a0!\u00a0", "\u202f;\u00a0", " «\u00a0", "\u00a0» ", "\u00a0: "]
            ),
        ),
        min_size=1,
        max_size=60,
    ),
    network=st.sampled_from(THREAD_NETWORKS),
    limit=st.integers(20, 80),
)
def test_no_break_spaces_count_and_never_start_or_end_a_post(
    words: list[tuple[str, str]], network: str, limit: int
) -> None:
    text = "".join(word + separator for word, separator in words) + "fin."
    parts = split_thread(network, text, limit=limit)
    bodies = unnumbered(parts) if len(parts) > 1 else parts
    for part, body in zip(parts, bodies, strict=True):
        assert count(network, part, limit=limit).valid, part
        assert body[:1] not in {"\u00a0", "\u202f", "!", ";", ":", "»"}, body
        assert body[-1:] not in {"\u00a0", "\u202f", "«"}, body
    assert " ".join(bodies).split() == text.split()


def test_punctuation_after_an_ordinary_space_is_not_orphaned() -> None:
    text = " ".join(["mot"] * 60) + " ! fin ?"
    parts = unnumbered(split_thread("mastodon", text, limit=40))
    assert all(not part.startswith(("!", "?")) for part in parts)


def test_long_word_is_cut_as_a_last_resort() -> None:
    parts = split_thread("x", "a" * 700)
    for part in parts:
        assert count("x", part).valid
    assert "".join(unnumbered(parts)) == "a" * 700


def test_numbering_off_and_many_posts() -> None:
    text = " ".join(f"mot{i}" for i in range(400))
    plain = split_thread("x", text, numbering=False)
    assert all(count("x", part).valid for part in plain)
    assert " ".join(plain).split() == text.split()
    numbered = split_thread("mastodon", text, limit=40)
    assert len(numbered) >= 10 and numbered[-1].endswith(f" {len(numbered)}/{len(numbered)}")
    assert_thread("mastodon", text, numbered, limit=40)


def test_x_links_count_23_in_thread_posts() -> None:
    text = " ".join(f"https://exemple.fr/article/{i}/un-chemin-assez-long-pour-compter" for i in range(20))
    parts = split_thread("x", text)
    assert_thread("x", text, parts)
    assert len(parts) == 2


_WORD = st.text(alphabet=st.characters(categories=["L", "N"]), min_size=1, max_size=12)
_SEPARATOR = st.sampled_from([" ", " ", "\n", "\n\n", ". ", " ! ", "\u00a0: ", ", "])


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(st.tuples(_WORD, _SEPARATOR), min_size=1, max_size=80),
    network=st.sampled_from(THREAD_NETWORKS),
    limit=st.integers(30, 120),
)
def test_any_text_splits_into_valid_posts_that_keep_every_word(
    words: list[tuple[str, str]], network: str, limit: int
) -> None:
    text = "".join(word + separator for word, separator in words)
    parts = split_thread(network, text, limit=limit)
    for part in parts:
        assert count(network, part, limit=limit).valid, part
    bodies = unnumbered(parts) if len(parts) > 1 else parts
    assert " ".join(bodies).split() == text.split()
