"""French grammar and typography: offsets, cache, options, fixing typography, and quality on the eval set.

The eval set (tests/core/data/grammar_eval_fr.tsv) holds French CM posts with marked errors and correct
posts; the quality test asserts the targets of issue 13 (at least 80% of agreement, conjugation and
typography errors found; fewer than 1 false alarm per 1,000 words of correct posts).
"""

from __future__ import annotations

import collections
import threading
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cmtoolbox.core import grammar
from cmtoolbox.core.grammar import GrammarOptions, Issue, check, fix_typography, typography_edits
from cmtoolbox.core.spell_tokens import words
from tests.conftest import require

EVAL_FILE = Path(__file__).parent / "data" / "grammar_eval_fr.tsv"
HELD_OUT_ERRORS = "# ---- held out: posts with errors"
HELD_OUT_CORRECT = "# ---- held out: correct posts"
MIN_RECALL = {"agreement": 0.80, "conjugation": 0.80, "typography": 0.80}
MAX_FALSE_ALARMS_PER_1000_WORDS = 1.0
KIND_OF = {
    "agreement": "grammar",
    "conjugation": "grammar",
    "confusion": "grammar",
    "typography": "typography",
}
NBSP = "\u00a0"


@pytest.fixture(scope="module", autouse=True)
def engine() -> None:
    ok, why = grammar.available()
    require(ok, f"Grammalecte is not importable ({why}); install python3-grammalecte and run .ci/install")


def flagged(text: str, **options: object) -> list[tuple[str, str]]:
    return [(text[i.start : i.end], i.kind) for i in check(text, options=GrammarOptions(**options))]


# ---- the eval set ------------------------------------------------------------------------------------------


def unescape(field: str) -> str:
    return field.replace("\\r", "\r").replace("\\n", "\n").replace("\\xa0", NBSP).replace("\\u202f", "\u202f")


def load_eval() -> list[tuple[str, str, list[tuple[str, str]], str]]:
    """(ok|err, text, [(category, wrong)], section) rows."""
    rows = []
    section = ""
    for line in EVAL_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("# ----"):
            section = line
        if not line or line.startswith("#"):
            continue
        kind, text, *marks = line.split("\t")
        rows.append((kind, unescape(text), [tuple(unescape(m).split(":", 1)) for m in marks], section))
    return rows


def test_eval_set_is_large_enough_and_well_formed() -> None:
    rows = load_eval()
    errors = [r for r in rows if r[0] == "err"]
    correct = [r for r in rows if r[0] == "ok"]
    assert len(errors) >= 60 and len(correct) >= 60
    assert {r[0] for r in rows} == {"ok", "err"}
    categories = collections.Counter(category for r in errors for category, _ in r[2])
    assert set(categories) == set(KIND_OF) and all(categories[c] >= 20 for c in MIN_RECALL), categories
    for _, text, marks, _ in errors:
        assert marks, text
        for category, wrong in marks:
            assert category in KIND_OF and text.count(wrong) == 1, (text, wrong)
    for example in (
        "Nous sommes ravi",
        "Ces nouvelle recettes sont disponible",
        "Il a manger",
        "samedi a 10h",
    ):
        assert any(example in r[1] for r in errors), example


def measure(rows: list, options: GrammarOptions, transform=lambda t: t) -> tuple[dict, dict, int, int, list]:
    found: collections.Counter[str] = collections.Counter()
    total: collections.Counter[str] = collections.Counter()
    alarms: list[tuple[str, str, str]] = []
    checked_words = 0
    for kind, text, marks, _ in rows:
        if kind == "ok":
            text = transform(text)
            checked_words += sum(1 for _ in words(text))
            alarms += [(text[i.start : i.end], i.rule_id, text) for i in check(text, options=options)]
            continue
        issues = check(text, options=options)
        for category, wrong in marks:
            start = text.index(wrong)
            end = start + len(wrong)
            total[category] += 1
            if any(i.start < end and i.end > start and i.kind == KIND_OF[category] for i in issues):
                found[category] += 1
    return found, total, len(alarms), checked_words, alarms


def test_quality_targets_on_the_eval_set() -> None:
    rows = load_eval()
    found, total, alarms, checked_words, alarm_list = measure(rows, GrammarOptions())
    recall = {c: found[c] / total[c] for c in total}
    rate = 1000 * alarms / checked_words
    print(f"\nrecall { ({c: f'{found[c]}/{total[c]} = {r:.0%}' for c, r in recall.items()}) }")
    print(f"false alarms: {alarms} on {checked_words} words = {rate:.2f} per 1,000 words")
    for category, minimum in MIN_RECALL.items():
        assert recall[category] >= minimum, (category, recall)
    assert rate < MAX_FALSE_ALARMS_PER_1000_WORDS, alarm_list


def test_quality_on_the_held_out_posts() -> None:
    """Posts written after the rules and filters were tuned: the figures to trust."""
    rows = [r for r in load_eval() if r[3].startswith((HELD_OUT_ERRORS, HELD_OUT_CORRECT))]
    assert sum(r[0] == "err" for r in rows) >= 25 and sum(r[0] == "ok" for r in rows) >= 25
    found, total, alarms, checked_words, alarm_list = measure(rows, GrammarOptions())
    print(f"\nheld out: {dict(found)} of {dict(total)}; {alarms} false alarms on {checked_words} words")
    assert sum(found[c] for c in MIN_RECALL) / sum(total[c] for c in MIN_RECALL) >= 0.80
    assert 1000 * alarms / checked_words < MAX_FALSE_ALARMS_PER_1000_WORDS, alarm_list


def test_brands_writing_without_french_typography() -> None:
    """Typography off: correct posts typed with ordinary spaces and straight apostrophes raise nothing."""

    def plain(text: str) -> str:
        return text.replace(NBSP, " ").replace("’", "'")

    rows = load_eval()
    _, _, alarms, checked_words, alarm_list = measure(rows, GrammarOptions(typography=False), plain)
    assert 1000 * alarms / checked_words < MAX_FALSE_ALARMS_PER_1000_WORDS, alarm_list


def test_fixing_typography_leaves_no_typography_issue() -> None:
    for kind, text, _, _ in load_eval():
        for variant in (text, text.replace(NBSP, " ")):
            fixed = fix_typography(variant)
            left = [(fixed[i.start : i.end], i.rule_id) for i in check(fixed) if i.kind == "typography"]
            assert not left, (kind, fixed, left)


# ---- the issue's examples ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wrong", "suggestion"),
    [
        ("Nous sommes ravi de vous accueillir.", "ravi", "ravis"),
        ("Ces nouvelle recettes sont disponible.", "nouvelle", "nouvelles"),
        ("Ces nouvelle recettes sont disponible.", "disponible", "disponibles"),
        ("Il a manger le gâteau.", "manger", "mangé"),
        ("On vous attend samedi a 10h.", "a", "à"),
        ("On vous attend samedi a 10h.", "10h", f"10{NBSP}h"),
        ("Ouvert de 10h30 à 19\u00a0h.", "10h30", f"10{NBSP}h{NBSP}30"),
        ("Venez nombreux !", " !", f"{NBSP}!"),
    ],
)
def test_examples_of_the_issue(text: str, wrong: str, suggestion: str) -> None:
    start = text.index(wrong) if wrong != "a" else text.index(" a ") + 1
    issues = [i for i in check(text) if i.start < start + len(wrong) and i.end > start]
    assert issues, check(text)
    assert any(suggestion in i.suggestions for i in issues), issues
    issue = issues[0]
    assert issue.message and issue.rule_id and issue.kind in ("grammar", "typography")


def test_correct_text_and_other_languages() -> None:
    assert check("Nous sommes ravis de vous accueillir samedi à 10\u00a0h\u00a0!") == []
    assert check("We is happy.", "en") == [] and check("", "fr") == [] and check("  \n ") == []
    assert grammar.supports("fr_CA") and grammar.supports("fr-BE") and not grammar.supports("en")
    assert check("Nous sommes ravi.", "fr_FR")


def test_a_is_left_alone_when_it_is_the_verb() -> None:
    for text in (
        "Il a la pêche ce matin.",
        "La boutique a 10 ans.",
        "Elle a bientôt fini.",
        "Qui a la clé ?",
    ):
        assert not [i for i in check(text) if i.rule_id == "cmtoolbox__a_préposition"], text
    for text in (
        "Merci et a bientôt.",
        "Rendez-vous demain a 9\u00a0h.",
        "On vous attend nombreux a la fête.",
    ):
        assert [i for i in check(text) if i.rule_id == "cmtoolbox__a_préposition"], text


# ---- offsets -----------------------------------------------------------------------------------------------


def test_offsets_index_the_whole_text_across_lines_emoji_and_crlf() -> None:
    text = "🎉🥐 Bonjour\r\n👩‍👩‍👧‍👦 Nous sommes ravi\u2028Il a manger\rsamedi a 10h\n\nCes nouvelle recettes"
    got = [text[i.start : i.end] for i in check(text)]
    assert got == ["ravi", "manger", "a", "10h", "nouvelle"]
    for issue in check(text):
        assert "\r" not in text[issue.start : issue.end] and "\n" not in text[issue.start : issue.end]


def test_decomposed_text_maps_back_to_the_original() -> None:
    text = unicodedata.normalize("NFD", "Les élèves sont très motivé pour la fête.")
    issues = check(text)
    assert [text[i.start : i.end] for i in issues] == [unicodedata.normalize("NFD", "motivé")]


def test_links_mentions_hashtags_and_code_are_not_checked() -> None:
    text = (
        "Voir https://exemple.fr/nous-sommes-ravi?a=1 et @nous_somme_ravi, #NousSommesRavi, "
        "contact@nous-sommes-ravi.fr et `nous somme ravi` !"
    )
    assert flagged(text) == [(" !", "typography")]
    note = "Titre\n```\nNous sommes ravi a la fête !\n```\nFin."
    assert check(note) == []


# ---- cache, options, threads -------------------------------------------------------------------------------


def test_only_changed_paragraphs_are_checked_again(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[str] = []
    real_parse = grammar._ENGINE.parse

    def spy(paragraph: str) -> list:
        parsed.append(paragraph)
        return real_parse(paragraph)

    monkeypatch.setattr(grammar._ENGINE, "parse", spy)
    monkeypatch.setattr(grammar, "_CACHE", collections.OrderedDict())
    first = "Premier paragraphe sans faute.\nNous sommes ravi.\n\nTroisième paragraphe."
    before = check(first)
    assert len(parsed) == 3
    parsed.clear()
    edited = first.replace("Premier", "Un premier")
    after = check(edited)
    assert parsed == ["Un premier paragraphe sans faute."]
    shift = len("Un premier") - len("Premier")
    assert [(i.start - shift, i.end - shift) for i in after] == [(i.start, i.end) for i in before]


def test_a_long_paragraph_is_checked_again_sentence_by_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[str] = []
    real_parse = grammar._ENGINE.parse

    def spy(piece: str) -> list:
        parsed.append(piece)
        return real_parse(piece)

    monkeypatch.setattr(grammar._ENGINE, "parse", spy)
    monkeypatch.setattr(grammar, "_CACHE", collections.OrderedDict())
    sentence = "Nos croissants sont prêts chaque matin dès sept heures pour vous. "
    text = sentence * 10 + "Nous sommes ravi de vous voir. " + sentence * 10
    assert len(text) > grammar._LONG_LINE and "\n" not in text
    assert [text[i.start : i.end] for i in check(text)] == ["ravi"]
    parsed.clear()
    edited = text.replace("ravi de", "ravi, de")
    assert [edited[i.start : i.end] for i in check(edited)] == ["ravi"]
    assert parsed == ["Nous sommes ravi, de vous voir. "]


def test_options_filter_without_checking_again() -> None:
    text = "Nous sommes ravi de venir samedi !"
    assert {k for _, k in flagged(text)} == {"grammar", "typography"}
    assert {k for _, k in flagged(text, typography=False)} == {"grammar"}
    rule = next(i.rule_id for i in check(text) if i.kind == "grammar")
    assert {k for _, k in flagged(text, ignored_rules=frozenset({rule}))} == {"typography"}
    assert {k for _, k in flagged(text, ignored=frozenset({(rule, "ravi")}))} == {"typography"}
    assert {k for _, k in flagged(text, ignored=frozenset({(rule, "heureux")}))} == {"grammar", "typography"}
    style = "Au jour d’aujourd’hui, nous montons en haut de la tour."
    assert any(i.kind == "style" for i in check(style))
    assert not any(i.kind == "style" for i in check(style, options=GrammarOptions(style=False)))


def test_messages_in_french_or_english() -> None:
    french = check("Nous sommes ravi.")[0]
    english = check("Nous sommes ravi.", options=GrammarOptions(message_language="en"))[0]
    assert "pluriel" in french.message
    assert english.message.isascii() and "agreement" in english.message
    assert (english.start, english.end, english.suggestions) == (french.start, french.end, french.suggestions)


def test_issues_are_plain_values() -> None:
    issue = check("Nous sommes ravi.")[0]
    assert isinstance(issue, Issue) and isinstance(issue.suggestions, tuple)
    with pytest.raises(AttributeError):
        issue.start = 0  # type: ignore[misc]


def test_concurrent_checks_agree() -> None:
    texts = [r[1] for r in load_eval()[:40]]
    expected = [check(t) for t in texts]
    grammar._CACHE.clear()
    results: dict[int, list[list[Issue]]] = {}

    def work(n: int) -> None:
        results[n] = [check(t) for t in texts]

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(result == expected for result in results.values())


# ---- fixing typography -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        (
            "Venez vite ! Ça vous tente ? Oui : demain ; promis.",
            "Venez vite\xa0! Ça vous tente\xa0? Oui\xa0: demain\xa0; promis.",
        ),
        ("Bonjour!! Et vous?!", "Bonjour\xa0!! Et vous\xa0?!"),
        ("Il a dit «bonjour» puis « merci ».", "Il a dit «\xa0bonjour\xa0» puis «\xa0merci\xa0»."),
        ("«Du bon pain, tout simplement.»", "«\xa0Du bon pain, tout simplement.\xa0»"),
        (
            "De 9h à 19h, ou 10h30, ou 10 h 30, 24h/24",
            "De 9\xa0h à 19\xa0h, ou 10\xa0h\xa030, ou 10\xa0h\xa030, 24\xa0h/24",
        ),
        (
            "Prix: 15€, -20%, 3km, 7j/7, 10 000 visiteurs",
            "Prix\xa0: 15\xa0€, -20\xa0%, 3\xa0km, 7\xa0j/7, 10\xa0000 visiteurs",
        ),
        ("l'été, aujourd'hui, qu'il", "l’été, aujourd’hui, qu’il"),
        ("Il est 10:30. On a adoré ;) et :-) et :D", "Il est 10:30. On a adoré ;) et :-) et :D"),
        ("Déjà bien\xa0! Et\u202f? 10\u202fh", "Déjà bien\xa0! Et\u202f? 10\u202fh"),
        ("ses 90 ans, 2 ans, 04 72 00 00 00", "ses 90 ans, 2 ans, 04 72 00 00 00"),
        ("! en tête\n: aussi", "! en tête\n: aussi"),
    ],
)
def test_fix_typography_examples(text: str, fixed: str) -> None:
    assert fix_typography(text) == fixed
    assert fix_typography(fixed) == fixed


def test_fix_typography_leaves_links_tags_mentions_emails_code_and_emoji_alone() -> None:
    text = (
        "Voir https://exemple.fr/a?b=1!c:d et www.exemple.fr/ete-2024?x=l'a ! #promo! @marie: merci, "
        "écrivez à accueil@exemple.fr ; `if a: b!` 🎉!\n```\nx = 'a' ; y: 10h\n```\nfin!"
    )
    fixed = fix_typography(text)
    kept = ["https://exemple.fr/a?b=1!c:d", "www.exemple.fr/ete-2024?x=", "#promo", "@marie"]
    kept += ["accueil@exemple.fr", "`if a: b!`", "```\nx = 'a' ; y: 10h\n```"]
    for token in kept:
        assert token in fixed, token
    assert (
        fixed.endswith("fin\xa0!")
        and "🎉\xa0!" in fixed
        and "#promo\xa0!" in fixed
        and "@marie\xa0:" in fixed
    )


_PIECES = st.sampled_from(
    [
        "Bonjour", " ", "  ", "!", "?", ":", ";", "«", "»", "'", "l'été", "10h", "10h30", "15€", "-20%",
        "\n", "\r\n", "🎉", "👩‍👩‍👧‍👦", "https://exemple.fr/a?x=1!y", "#promo", "@marie.d", "a@b.fr",
        "`x: y!`", "3 000", ":)", NBSP, "\u202f", "e\u0301", ".", "...", "7j/7",
    ]
)  # fmt: skip
_PROTECTED = ("https://exemple.fr/a?x=1!y", "#promo", "@marie.d", "a@b.fr", "`x: y!`", "👩‍👩‍👧‍👦", "🎉")


def _letters(text: str) -> str:
    return text.replace(NBSP, "").replace(" ", "").replace("’", "'")


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=25))
def test_fix_typography_is_idempotent_and_only_changes_spaces_and_apostrophes(pieces: list[str]) -> None:
    text = "".join(pieces)
    fixed = fix_typography(text)
    assert fix_typography(fixed) == fixed
    assert _letters(fixed) == _letters(text)
    edits = typography_edits(text)
    assert all(a[1] <= b[0] for a, b in zip(edits, edits[1:], strict=False))


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=20))
def test_fix_typography_keeps_protected_tokens(pieces: list[str]) -> None:
    text = " ".join(pieces)
    fixed = fix_typography(text)
    for token in _PROTECTED:
        assert fixed.count(token) == text.count(token), (token, text, fixed)


def test_the_word_graph_is_held_as_an_array_and_still_finds_words() -> None:
    """Grammalecte's French word graph as 32-bit integers (2.2 MB) rather than a list of Python ints
    (17.6 MB): lookups and morphology work the same."""
    from array import array

    graph = grammar._ENGINE._spell.oMainDic
    assert isinstance(graph.lByDic, array) and graph.lByDic.typecode == "I"
    assert len(graph.lByDic) > 500_000
    assert grammar._ENGINE.morph("mangeait")
    assert graph.isValid("événement") and not graph.isValid("évènementtt")
    issues = check("Les enfant mange des pomme.")
    assert [text for issue in issues for text in issue.suggestions][:2] == ["enfants", "pommes"]


def test_a_graph_that_does_not_fit_stays_a_list() -> None:
    class Graph:
        lByDic = [1, 2**40]

    class SpellChecker:
        oMainDic = Graph()
        oCommunityDic = None

    spell = SpellChecker()
    grammar._compact_word_graphs(spell)
    assert spell.oMainDic.lByDic == [1, 2**40]


def test_grammalecte_word_memory_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """Grammalecte keeps every word's morphology; past the bound it starts again, and still checks."""
    monkeypatch.setattr(grammar, "_WORD_STORAGE_MAX", 40)
    storage = grammar._ENGINE._spell._dMorphologies
    words_seen = "maison jardin voiture chemin fenêtre porte table chaise lampe livre".split()
    for index in range(12):
        text = " ".join(f"{word}{index}" for word in words_seen) + f" Les enfant{index} mange."
        check(text)
        assert len(storage) <= 40
    issues = check("Les enfant mange des pomme.")
    assert [text for issue in issues for text in issue.suggestions][:2] == ["enfants", "pommes"]
