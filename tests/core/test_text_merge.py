"""Three-way merge of the composer text: both sides' words survive, the usual cases read naturally."""

from __future__ import annotations

import pytest

from cmtoolbox.core.text_merge import merge_texts

POST = "📰 Revue de presse\n\n1. Le pain au levain revient\nhttps://example.org/levain"


def appended(base: str, addition: str = POST) -> str:
    """What appending a post to a text makes of `base` (a new paragraph)."""
    return f"{base.rstrip()}\n\n{addition}" if base.strip() else addition


@pytest.mark.parametrize(
    ("base", "mine", "theirs", "expected"),
    [
        ("a", "a", "a", "a"),
        ("a", "a b", "a", "a b"),  # only mine moved
        ("a", "a", "a c", "a c"),  # only theirs moved
        ("a", "a b", "a b", "a b"),  # the same change on both sides
    ],
)
def test_trivial_cases(base: str, mine: str, theirs: str, expected: str) -> None:
    assert merge_texts(base, mine, theirs) == expected


def test_typing_at_the_end_while_a_post_is_appended() -> None:
    base = "Nouvelle fournée à 16\u00a0h"
    mine = base + " : pain au levain et brioche"
    assert merge_texts(base, mine, appended(base)) == mine + "\n\n" + POST


def test_typing_a_new_paragraph_while_a_post_is_appended() -> None:
    base = "Titre\n\nPremier paragraphe."
    mine = base + "\n\nDeuxième paragraphe."
    merged = merge_texts(base, mine, appended(base))
    assert merged == mine + "\n\n" + POST


def test_editing_the_middle_while_a_post_is_appended() -> None:
    base = "Ligne un\nLigne deux\nLigne trois"
    mine = "Ligne un\nLigne 2 corrigée\nLigne trois"
    assert merge_texts(base, mine, appended(base)) == mine + "\n\n" + POST


def test_empty_composer_both_sides_write() -> None:
    assert merge_texts("", "Mon brouillon", POST) == "Mon brouillon\n\n" + POST


def test_cleared_text_then_append_keeps_only_the_post() -> None:
    base = "Ancien texte\nsur deux lignes"
    assert merge_texts(base, "", appended(base)) == POST


def test_conflicting_edits_keep_both_versions_mine_first() -> None:
    base = "Intro\nProgramme du samedi\nFin"
    mine = "Intro\nProgramme du samedi matin\nFin"
    theirs = "Intro\nProgramme du samedi soir\nFin"
    merged = merge_texts(base, mine, theirs)
    assert merged == "Intro\nProgramme du samedi matin\n\nProgramme du samedi soir\nFin"


def test_trailing_blank_lines_in_the_base() -> None:
    base = "Texte\n\n"
    mine = "Texte\n\nsuite"
    merged = merge_texts(base, mine, appended(base))
    assert "suite" in merged and merged.endswith(POST) and merged.index("suite") < merged.index(POST)


@pytest.mark.parametrize(
    ("base", "mine", "theirs"),
    [
        ("a\nb\nc", "x\ny", "a\nb\nc\nd"),
        ("a\nb\nc", "a\nB\nc\nD", "A\nb\nC"),
        ("", "é😀", "ü"),
        ("a\n\n\nb", "\n", "a\nb\n\n"),
        ("ligne\n" * 30, "ligne\n" * 10 + "insérée\n" + "ligne\n" * 20, "ligne\n" * 29 + "fin\n"),
    ],
)
def test_no_line_written_by_either_side_is_lost(base: str, mine: str, theirs: str) -> None:
    merged = merge_texts(base, mine, theirs).split("\n")
    base_lines = set(base.split("\n"))
    for line in mine.split("\n") + theirs.split("\n"):
        if line not in base_lines:
            assert line in merged, line
