"""Spell-check languages: a draft's choice over the client's over the app's default."""

from __future__ import annotations

from cmtoolbox.core.spell_languages import effective_languages, normalize_languages, parse_choice


def test_the_most_specific_choice_wins() -> None:
    assert effective_languages(("fr", "en")) == ("fr", "en")
    assert effective_languages(("fr", "en"), None, None) == ("fr", "en")
    assert effective_languages(("fr", "en"), ("fr",)) == ("fr",)
    assert effective_languages(("fr", "en"), ("fr",), ("en",)) == ("en",)
    assert effective_languages(("fr",), None, ("en", "fr")) == ("en", "fr")


def test_an_empty_choice_means_no_spell_check_not_the_default() -> None:
    assert effective_languages(("fr", "en"), ()) == ()
    assert effective_languages(("fr", "en"), ("fr",), ()) == ()


def test_codes_are_cleaned() -> None:
    raw = ["FR", "fr", "en-gb", " en_US ", "français", "", 3]
    assert normalize_languages(raw) == ("fr", "en_GB", "en_US")


def test_stored_values() -> None:
    assert parse_choice(None) is None
    assert parse_choice("fr") is None  # not a list: no choice
    assert parse_choice(["fr"]) == ("fr",)
    assert parse_choice([]) == ()
    assert parse_choice(["???"]) is None  # only junk: follow the level above
