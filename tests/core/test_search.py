"""FTS5 search helpers, proven on a real in-memory SQLite FTS5 table."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cmtoolbox.core.search import (
    FTS_TOKENIZE,
    SNIPPET_CLOSE,
    SNIPPET_OPEN,
    build_match_query,
    snippet_sql,
    snippet_to_html,
)
from cmtoolbox.core.textfold import fold_for_index

DOCUMENTS = {
    1: "Stratégie réseaux sociaux 2026 pour le client",
    2: "Veille e-réputation : avis Google et forums",
    3: "Une œuvre collective, le cœur du projet",
    4: "Compte rendu : l’association des commerçants",
    5: "Réunion avec l'association sportive",
    6: 'Planning Instagram AND TikTok (NEAR) "guillemets"',
    7: "Łódź, Straße, Ærø : noms propres",
    8: "Mot coupé : ré\u00adseaux et lʼapostrophe modificative",
    9: "Texte en NFD : e\u0301te\u0301 e\u0301ve\u0301nementiel",
}


@pytest.fixture(scope="module")
def db() -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(":memory:")
    conn.execute(f"CREATE VIRTUAL TABLE docs USING fts5(body, tokenize='{FTS_TOKENIZE}')")
    conn.executemany(
        "INSERT INTO docs(rowid, body) VALUES (?, ?)",
        [(rowid, fold_for_index(text)) for rowid, text in DOCUMENTS.items()],
    )
    yield conn
    conn.close()


def search(conn: sqlite3.Connection, user_text: str) -> set[int]:
    query = build_match_query(user_text)
    assert query is not None
    return {row[0] for row in conn.execute("SELECT rowid FROM docs WHERE docs MATCH ?", (query,))}


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("reseaux", {1, 8}),
        ("réseaux", {1, 8}),
        ("RESEAUX", {1, 8}),
        ("e-reputation", {2}),
        ("e-réputation", {2}),
        ("oeuvre", {3}),
        ("œuvre", {3}),
        ("coeur", {3}),
        ("association", {4, 5}),
        ("l’association", {4, 5}),
        ("l'association", {4, 5}),
        ("apostrophe", {8}),
        ("lodz", {7}),
        ("strasse", {7}),
        ("aero", {7}),
        ("ete evenementiel", {9}),
        ("été", {9}),
    ],
)
def test_examples_find_their_document(db: sqlite3.Connection, typed: str, expected: set[int]) -> None:
    assert search(db, typed) == expected


def test_prefix_matching_as_you_type(db: sqlite3.Connection) -> None:
    assert search(db, "rés") == {1, 8}
    assert search(db, "stra") == {1, 7}
    assert search(db, "veille e-rep") == {2}
    assert search(db, "ass") == {4, 5}


def test_words_are_anded(db: sqlite3.Connection) -> None:
    assert search(db, "association sportive") == {5}
    assert search(db, "association zzz") == set()


@pytest.mark.parametrize("typed", ["AND", "NEAR", "TikTok AND", "(NEAR)", '"guillemets', "^planning"])
def test_operators_typed_by_the_user_are_words(db: sqlite3.Connection, typed: str) -> None:
    assert search(db, typed) == {6}


def test_column_filter_syntax_is_words(db: sqlite3.Connection) -> None:
    # As FTS5 syntax, "body:instagram" would be a column filter and find document 6; as words it
    # is the phrase "body instagram", which no document holds.
    assert search(db, "body:instagram") == set()


def test_or_not_are_not_operators(db: sqlite3.Connection) -> None:
    # As words they are absent from every document: no OR-widening, no NOT-exclusion.
    assert search(db, "instagram OR reseaux") == set()
    assert search(db, "NOT reseaux") == set()


@pytest.mark.parametrize("typed", ["", "   ", "-", "*", '"', "?!", "( )", "— …", "\x00\x02", "#"])
def test_nothing_to_search(typed: str) -> None:
    assert build_match_query(typed) is None


def test_query_shape() -> None:
    assert build_match_query("réseaux sociaux") == '"réseaux" "sociaux"*'
    assert build_match_query('a"b') == '"a""b"*'
    assert build_match_query("l’asso") == '"l\'asso"*'
    assert build_match_query("œuvre") == '"oeuvre"*'
    # Punctuation-only words are dropped, the last real word gets the prefix star.
    assert build_match_query("réseaux -") == '"réseaux"*'


def test_hashtags_and_mentions(db: sqlite3.Connection) -> None:
    assert search(db, "#instagram") == {6}
    assert search(db, "@tiktok") == {6}


def test_snippet_from_sqlite(db: sqlite3.Connection) -> None:
    query = build_match_query("association")
    rows = db.execute(
        f"SELECT {snippet_sql('docs', 0)} FROM docs WHERE docs MATCH ? ORDER BY rowid", (query,)
    ).fetchall()
    assert [snippet_to_html(r[0]) for r in rows] == [
        "Compte rendu : l&#x27;<mark>association</mark> des commerçants",
        "Réunion avec l&#x27;<mark>association</mark> sportive",
    ]


def test_snippet_to_html_escapes_and_marks() -> None:
    raw = f"<b>x</b> & {SNIPPET_OPEN}résea{SNIPPET_CLOSE}ux\n\n suite"
    assert snippet_to_html(raw) == "&lt;b&gt;x&lt;/b&gt; &amp; <mark>résea</mark>ux suite"


def test_snippet_to_html_balances_markers() -> None:
    assert snippet_to_html(f"a{SNIPPET_CLOSE}b{SNIPPET_OPEN}c") == "ab<mark>c</mark>"
    assert snippet_to_html(f"{SNIPPET_OPEN}{SNIPPET_OPEN}a{SNIPPET_CLOSE}") == "<mark>a</mark>"


def test_snippet_sql_rejects_odd_identifiers() -> None:
    with pytest.raises(ValueError):
        snippet_sql("docs; DROP TABLE x")
    assert snippet_sql("notes_fts", 1, max_tokens=8) == ("snippet(notes_fts, 1, char(2), char(3), '…', 8)")


def test_fold_for_index() -> None:
    assert fold_for_index("Œuvre ÆSTHÉTIQUE") == "OEuvre AESTHÉTIQUE"
    assert fold_for_index("l’a ‘b’ ʼc") == "l'a 'b' 'c"
    assert fold_for_index("ﬁn\u00a0de\u202fligne") == "fin de ligne"
    assert fold_for_index("e\u0301te\u0301") == "été"
    assert fold_for_index("a\x00b\x02c\x03d\te\r\nf") == "abcd\te\n\nf"
    assert fold_for_index("ré\u00adseaux z\u200dw zero\u200bwidth") == "réseaux zw zero width"
    assert fold_for_index("plain ascii") == "plain ascii"
    assert fold_for_index("l\u00b4apostrophe") == "l'apostrophe"


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(codec=None, exclude_categories=())))
def test_any_input_is_a_valid_match(db: sqlite3.Connection, typed: str) -> None:
    query = build_match_query(typed)
    if query is not None:
        db.execute("SELECT rowid FROM docs WHERE docs MATCH ?", (query,)).fetchall()


FTS_SYNTAX = st.sampled_from(
    ['"', "'", "*", "^", "(", ")", ":", "+", "-", "AND", "OR", "NOT", "NEAR", "NEAR(", ",", "{", "}",
     "body", " ", "\x00", "\\", "é", "œ", "’", "x", "1"]
)  # fmt: skip


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(FTS_SYNTAX, max_size=20).map("".join))
def test_fts_syntax_soup_is_a_valid_match(db: sqlite3.Connection, typed: str) -> None:
    query = build_match_query(typed)
    if query is not None:
        db.execute("SELECT rowid FROM docs WHERE docs MATCH ?", (query,)).fetchall()


@settings(max_examples=200)
@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    once = fold_for_index(text)
    assert fold_for_index(once) == once
