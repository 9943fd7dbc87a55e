"""French grammar and typography checking for posts and notes, as the user types.

Grammalecte (GPL-3, the checker behind the LibreOffice and Firefox French extensions) does the work. Debian
ships it as ``python3-grammalecte`` for the system Python; ``.ci/install`` links that one package into the
virtual environment and ``build.spec`` bundles it. What this module adds around it:

* offsets: Grammalecte checks one paragraph at a time with offsets into that paragraph; ``check`` returns
  Python ``str`` indices into the whole text (line breaks of any kind, CRLF included; decomposed text is
  checked composed and mapped back). Qt counts UTF-16 units: the widget converts, as for spelling.
* speed: results are cached per paragraph, so a keystroke re-checks only the paragraph it changed (about
  2-20 ms, against 0.1-0.4 s for loading and the first check). Call ``check`` from one worker thread: the
  engine is loaded lazily, once, and every call is serialised by a lock (Grammalecte keeps module state).
* false alarms on what CMs write: issues touching a link, an e-mail address, a mention, a hashtag or code
  are dropped, and so are the rules that misfire on posts (superscript ordinals for "1er", the ellipsis
  character for "...", trailing spaces while typing, emoticons taken for "; )" punctuation...).
* what Grammalecte misses and posts need: "a" for "à" before a time ("samedi a 10h"), in "a bientôt",
  "a la" after a word that cannot be a subject, and hours written "10h30".
* messages: Grammalecte's are French; ``GrammarOptions.message_language`` other than "fr" gives a short
  English message per rule family instead (the suggestions carry the detail).

``fix_typography`` applies French typography in one go (no-break spaces before ``; : ! ? »`` and after
``«``, "10 h", units, grouped numbers, ``’``), leaving links, hashtags, mentions, e-mail addresses, code and
emoji alone, for the GUI to apply as one undo step. Nothing here imports Qt.
"""

from __future__ import annotations

import re
import threading
from array import array
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from cmtoolbox.core.spell_tokens import NormalizedText, TokenKind, tokenize

__all__ = [
    "GrammarOptions",
    "GrammarUnavailable",
    "Issue",
    "available",
    "check",
    "fix_typography",
    "supports",
    "typography_edits",
    "warm_up",
]

Kind = Literal["grammar", "typography", "style"]

NBSP = "\u00a0"
NNBSP = "\u202f"
_NO_BREAK = NBSP + NNBSP + "\u2007"


class GrammarUnavailable(RuntimeError):
    """Grammalecte cannot be imported or loaded (``python3-grammalecte`` not installed or not linked)."""


@dataclass(frozen=True)
class Issue:
    """One problem in the checked text. ``text[start:end]`` is what to replace with a suggestion."""

    start: int
    end: int
    kind: Kind
    category: str  # agreement, conjugation, confusion, typography, spacing, hyphen, capital, date, style...
    message: str
    suggestions: tuple[str, ...]
    rule_id: str  # stable across positions and texts: what "ignore always" stores


@dataclass(frozen=True)
class GrammarOptions:
    """What to report. Part of the result, not of the cached work: changing options re-checks nothing."""

    typography: bool = True  # some brands write without French typography: a client or a network turns it off
    style: bool = True  # pleonasms, popular turns of phrase, euphony
    ignored_rules: frozenset[str] = field(default_factory=frozenset)  # Issue.rule_id: a whole rule off
    # (Issue.rule_id, flagged text) pairs: "ignore this" for one wording wherever it appears. The GUI keeps a
    # document's "ignore once" pairs in memory and a client's "ignore always" ones in its settings.
    ignored: frozenset[tuple[str, str]] = field(default_factory=frozenset)
    message_language: str = "fr"  # "fr": Grammalecte's own messages; anything else: short English ones


# --- rule families -----------------------------------------------------------------------------------------

# Grammalecte's option of each rule -> (kind, category, short English message).
_FAMILIES: dict[str, tuple[Kind, str, str]] = {
    "typo": ("typography", "typography", "French typography: use the proper character here."),
    "apos": ("typography", "typography", "French typography: use the typographic apostrophe (’)."),
    "eepi": ("typography", "typography", "Inclusive writing: use middle dots consistently."),
    "esp": ("typography", "spacing", "Extra space."),
    "tab": ("typography", "spacing", "Extra tab."),
    "nbsp": ("typography", "typography", "French typography: a non-breaking space goes here."),
    "unit": ("typography", "typography", "French typography: a non-breaking space goes before the unit."),
    "num": ("typography", "typography", "French typography: group digits with non-breaking spaces."),
    "nf": ("typography", "typography", "French typography standard."),
    "liga": ("typography", "typography", "Typographic ligature."),
    "chim": ("typography", "typography", "Chemical formula: use subscript digits."),
    "poncfin": ("typography", "punctuation", "Punctuation missing at the end of the paragraph."),
    "mapos": ("grammar", "typography", "Apostrophe missing after a single letter."),
    "ocr": ("grammar", "other", "Possible character recognition error."),
    "gn": ("grammar", "agreement", "Agreement: this word should agree in gender and number."),
    "ppas": ("grammar", "agreement", "Past participle or adjective: check its agreement or its form."),
    "conj": ("grammar", "conjugation", "Conjugation: the verb does not agree with its subject."),
    "infi": ("grammar", "conjugation", "Verb form: infinitive and past participle confused."),
    "imp": ("grammar", "conjugation", "Imperative: check the verb form."),
    "inte": ("grammar", "conjugation", "Question: check the verb and pronoun form."),
    "vmode": ("grammar", "conjugation", "Verb mood: check the tense or mood."),
    "conf": ("grammar", "confusion", "Possible confusion between words that sound alike."),
    "loc": ("grammar", "confusion", "Set phrase written incorrectly."),
    "tu": ("grammar", "hyphen", "Hyphen missing or not needed."),
    "maj": ("grammar", "capital", "Capital letter: check upper and lower case."),
    "minis": ("grammar", "capital", "Capital letter: check upper and lower case."),
    "virg": ("grammar", "punctuation", "Punctuation: a comma is probably missing."),
    "date": ("grammar", "date", "Date: this day does not exist or its weekday is wrong."),
    "mc": ("grammar", "hyphen", "Compound word unknown."),
    "bs": ("style", "style", "Style: informal turn of phrase."),
    "pleo": ("style", "style", "Style: pleonasm (the same idea twice)."),
    "eleu": ("style", "style", "Style: elision or euphony."),
    "neg": ("style", "style", "Style: negation adverb."),
    "redon1": ("style", "style", "Style: repeated word."),
    "redon2": ("style", "style", "Style: repeated word."),
}
_DEFAULT_FAMILY: tuple[Kind, str, str] = ("grammar", "other", "Possible grammar mistake.")
# Rules without an option ("notype") that are typography all the same.
_TYPOGRAPHY_RULES = re.compile(r"^(num_|nbsp|unit_|typo_|esp_)")

# Options Grammalecte runs with. Off: the straight apostrophe (every post has one; fix_typography converts
# them), LaTeX and HTML handling, and the options its authors mark "[!]" as noisy.
_ENGINE_OPTIONS = {
    "apos": False,
    "poncfin": False,
    "mapos": False,
    "ocr": False,
    "neg": False,
    "redon1": False,
    "redon2": False,
    "mc": False,
    "idrule": False,
    "latex": False,
    "html": False,
    "md": True,
}

# Rules that misfire on social posts (rule names without their "__b1_a1_1" position suffix):
_DROPPED_RULES = re.compile(
    r"^(?:"
    r"g2__typo_ordinaux_chiffres_exposants"  # "1er", "7e": superscript letters render badly in apps
    r"|typo_points_suspension\d*"  # "..." for "…": everyone writes it, X even counts "…" as one
    r"|esp_(?:début|fin)_ligne"  # spaces at the ends of a line: the editor trims, and typing adds them
    r"|esp_début_paragraphe|esp_fin_paragraphe"
    r"|nbsp_après_tiret2"  # "-20 % ce week-end": a discount, not a dialogue dash nor a minus sign to fix
    r"|typo_tiret_début_ligne"  # "- " list items: Markdown notes and posts use them
    r"|typo_signe_moins"  # "-30 %": a discount; the minus sign U+2212 is a typesetter's refinement
    r"|g3__conf_numérique_digital"  # "communication digitale", "marketing digital": the trade's own words
    r")$"
)
# Counted words after a number ("90 ans", "2 350 euros") are words, not units of measure: a plain space is
# fine there. Symbols and abbreviations ("10 h", "15 €", "3 km") still want the no-break space.
_WORD_UNITS = re.compile(r"[ \u00a0\u202f]?(?:ans?|jours?|semaines|mois|euros?|heures?)$")
# Nouns CMs put after another noun as a label ("fiches produits", "produits phares", "mots clés", "plats
# maison"): Grammalecte takes them for adjectives that should agree.
_APPOSITION_NOUNS = frozenset(
    "produit produits phare phares clé clés clef clefs maison choc culte star stars test tests type bonus "
    "surprise surprises éclair solo pilote pilotes cadeau cadeaux témoin témoins modèle modèles mystère "
    "vedette vedettes limite limites record records client clients".split()
)
_RULE_SUFFIX = re.compile(r"__b\d+_a\d+_\d+$")
# ";)", ":-)", ":D": emoticons, not punctuation that wants a no-break space.
_EMOTICON = re.compile(r"[:;]-?[()DPpOo3*/|\\\[\]]")


# --- the engine --------------------------------------------------------------------------------------------


class _Engine:
    """Grammalecte's French engine, loaded on first use. Every call holds the lock: Grammalecte keeps module
    state (options, the spell checker's morphology cache) that two threads must not use at once."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self._gce: Any = None
        self._spell: Any = None
        self._options: dict[str, bool] = {}
        self._error: str | None = None
        self.version = ""

    def load(self) -> None:
        with self.lock:
            if self._gce is not None:
                return
            if self._error is not None:
                raise GrammarUnavailable(self._error)
            try:
                import grammalecte  # noqa: PLC0415 - slow (0.1-0.4 s): only when grammar is first needed

                checker = grammalecte.GrammarChecker("fr")
                gce = checker.getGCEngine()
                options = dict(gce.getDefaultOptions())
                options.update(_ENGINE_OPTIONS)
                self._spell = checker.getSpellChecker()
                _compact_word_graphs(self._spell)
                self._options = options
                self.version = str(getattr(gce, "version", ""))
                self._gce = gce
            except Exception as error:  # ImportError, or a broken install failing inside Grammalecte
                self._error = f"{type(error).__name__}: {error}"
                raise GrammarUnavailable(self._error) from error

    def parse(self, paragraph: str) -> list[dict[str, Any]]:
        with self.lock:
            self.load()
            errors = list(self._gce.parse(paragraph, "FR", dOptions=self._options))
            self._bound_word_storage()
            return errors

    def _bound_word_storage(self) -> None:
        """Grammalecte remembers the morphology and lemmas of every word it meets, for the life of the
        process: about 0.6 KB a word, 12 MB after the 1,000 notes of the benchmark (17,000 words), and
        more for every new name, typo or number of a long day. Past `_WORD_STORAGE_MAX` words it starts
        again from empty; looking a word up again in the word graph takes microseconds."""
        storage = getattr(self._spell, "_dMorphologies", None)
        if storage is not None and len(storage) > _WORD_STORAGE_MAX:
            self._spell.clearStorage()

    def morph(self, word: str) -> list[str]:
        with self.lock:
            self.load()
            try:
                return list(self._spell.getMorph(word))
            except Exception:
                return []

    def plurals(self, word: str) -> tuple[str, ...]:
        """Grammalecte's plural forms of a singular noun or adjective."""
        with self.lock:
            self.load()
            try:
                from grammalecte.fr import gc_functions  # noqa: PLC0415 - loaded with the engine

                return tuple(s for s in gc_functions.suggPlur(word).split("|") if s)
            except Exception:
                return ()


def _compact_word_graphs(spell_checker: Any) -> None:
    """Hold Grammalecte's word graphs as arrays of 32-bit integers instead of lists of ints.

    The French graph is 542,570 numbers up to 12.6 million: as a list of Python ints 17.6 MB, as an
    array 2.2 MB. Grammalecte only indexes it and takes its length, which arrays do alike. A graph
    that does not fit (another dictionary, another version) stays as it is."""
    for name in ("oMainDic", "oCommunityDic", "oPersonalDic"):
        graph = getattr(spell_checker, name, None)
        numbers = getattr(graph, "lByDic", None)
        if graph is None or not isinstance(numbers, list):
            continue
        try:
            graph.lByDic = array("I", numbers)
        except (OverflowError, TypeError):
            continue


_WORD_STORAGE_MAX = 20_000
_ENGINE = _Engine()


def supports(language: str) -> bool:
    """Whether grammar checking exists for ``language`` ("fr", "fr_CA", "fr-BE"...): French only."""
    return language.replace("-", "_").split("_")[0].lower() == "fr"


def available() -> tuple[bool, str]:
    """(True, "Grammalecte 2.1.2") when French grammar checking works here, else (False, why)."""
    try:
        _ENGINE.load()
    except GrammarUnavailable as error:
        return False, str(error)
    return True, f"Grammalecte {_ENGINE.version}".strip()


def warm_up() -> None:
    """Load the engine and compile its rules now (0.2-0.5 s) rather than on the first keystroke; call it
    from the worker thread. Raises GrammarUnavailable."""
    _ENGINE.load()
    _check_paragraph("Bonjour à tous.")


# --- checking ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Found:
    """An issue relative to its paragraph, before options: what the cache keeps."""

    start: int
    end: int
    kind: Kind
    category: str
    family: str
    message_fr: str
    suggestions: tuple[str, ...]
    rule_id: str


_CACHE_SIZE = 4096
_CACHE: OrderedDict[str, tuple[_Found, ...]] = OrderedDict()
_LINE_BREAK = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_LONG_LINE = 1000
# Where Grammalecte itself ends a sentence: final punctuation, spaces, then a capital (or an opening quote).
_SENTENCE_END = re.compile(r"[.?!…]+[»”’)]?[ \u00a0\u202f]+[»”’]?(?=[«\"“‘–— \u00a0\u202f]*[A-ZÀÂÉÈÊÎÔÇ])")
_INLINE_CODE = re.compile(r"`[^`\n]+`")
_PROTECTED_KINDS = (TokenKind.URL, TokenKind.EMAIL, TokenKind.MENTION, TokenKind.HASHTAG)


def check(text: str, language: str = "fr", options: GrammarOptions | None = None) -> list[Issue]:
    """Grammar, typography and style issues of ``text``, in text order (Python str offsets).

    Returns [] for a language without grammar checking. Raises GrammarUnavailable when Grammalecte is not
    installed. Paragraphs already checked come from the cache: call it again with the whole text after
    each edit. Thread-safe (calls are serialised); meant for one worker thread.
    """
    if not supports(language) or not text.strip():
        return []
    options = options or GrammarOptions()
    issues: list[Issue] = []
    for start, paragraph in _paragraphs(text):
        for found in _check_paragraph(paragraph):
            issue = _issue(found, start, options, paragraph)
            if issue is not None:
                issues.append(issue)
    return issues


def _paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """(offset, piece) for each line worth checking; lines inside Markdown code fences are skipped.

    A line longer than ``_LONG_LINE`` comes in sentences, each its own cache entry, so that a keystroke in a
    long paragraph re-checks one sentence rather than the paragraph (Grammalecte checks sentence by sentence
    anyway; only its rules across sentences, such as a double space after a full stop, are lost there).
    """
    position = 0
    in_fence = False
    for line_break in [*_LINE_BREAK.finditer(text), None]:
        end = line_break.start() if line_break else len(text)
        line = text[position:end]
        if _FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence and line.strip():
            if len(line) <= _LONG_LINE:
                yield position, line
            else:
                cursor = 0
                for boundary in [*_SENTENCE_END.finditer(line), None]:
                    stop = boundary.end() if boundary else len(line)
                    if line[cursor:stop].strip():
                        yield position + cursor, line[cursor:stop]
                    cursor = stop
        if line_break is None:
            break
        position = line_break.end()


def _issue(found: _Found, offset: int, options: GrammarOptions, paragraph: str) -> Issue | None:
    if found.kind == "typography" and not options.typography:
        return None
    if found.kind == "style" and not options.style:
        return None
    if found.rule_id in options.ignored_rules:
        return None
    if options.ignored and (found.rule_id, paragraph[found.start : found.end]) in options.ignored:
        return None
    if options.message_language == "fr":
        message = found.message_fr
    else:
        message = _FAMILIES.get(found.family, _DEFAULT_FAMILY)[2]
    return Issue(
        offset + found.start,
        offset + found.end,
        found.kind,
        found.category,
        message,
        found.suggestions,
        found.rule_id,
    )


def _check_paragraph(paragraph: str) -> tuple[_Found, ...]:
    with _ENGINE.lock:
        cached = _CACHE.get(paragraph)
        if cached is not None:
            _CACHE.move_to_end(paragraph)
            return cached
        found = tuple(sorted(_find(paragraph), key=lambda f: (f.start, f.end)))
        _CACHE[paragraph] = found
        if len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
        return found


def _find(paragraph: str) -> Iterator[_Found]:
    normalized = NormalizedText(paragraph)
    text = normalized.text
    protected = _protected_spans(text)
    seen: set[tuple[int, int]] = set()
    for error in _ENGINE.parse(text):
        found = _from_grammalecte(text, error)
        if found is None or _touches(protected, found.start, found.end):
            continue
        seen.add((found.start, found.end))
        start, end = normalized.to_original(found.start, found.end)
        yield _moved(found, start, end)
    for found in _extra_rules(text):
        if (found.start, found.end) in seen or _touches(protected, found.start, found.end):
            continue
        start, end = normalized.to_original(found.start, found.end)
        yield _moved(found, start, end)


def _moved(found: _Found, start: int, end: int) -> _Found:
    if (start, end) == (found.start, found.end):
        return found
    return _Found(
        start,
        end,
        found.kind,
        found.category,
        found.family,
        found.message_fr,
        found.suggestions,
        found.rule_id,
    )


def _from_grammalecte(text: str, error: dict[str, Any]) -> _Found | None:
    start, end = int(error["nStart"]), int(error["nEnd"])
    rule_id = _RULE_SUFFIX.sub("", str(error.get("sRuleId", "")))
    if _DROPPED_RULES.match(rule_id) or not 0 <= start < end <= len(text):
        return None
    family = str(error.get("sType") or "")
    kind, category, _ = _FAMILIES.get(family, _DEFAULT_FAMILY)
    if family not in _FAMILIES and _TYPOGRAPHY_RULES.match(rule_id):
        kind, category = "typography", "typography"
    if family == "nbsp" and _EMOTICON.match(text, end - 1):
        return None
    if rule_id.startswith("unit_nbsp_avant_unités") and _WORD_UNITS.search(text, start, end):
        return None
    if family == "gn" and _agreement_false_alarm(text, start, end):
        return None
    suggestions = tuple(s for s in error.get("aSuggestions") or () if s)
    message = " ".join(str(error.get("sMessage", "")).split())
    return _Found(start, end, kind, category, family, message, suggestions, rule_id)


_LAST_WORDS = re.compile(
    r"(?P<noun>[^\W\d_][\w-]*)[ \u00a0]+(?:au|aux|à la|à l[’']|de la|du|des|de|d[’']|en)[ \u00a0]*"
    r"[^\W\d_][\w-]*[ \u00a0]+$"
)
_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_][\w-]*)")
_PREVIOUS_WORD_ONLY = re.compile(r"([^\W\d_][\w-]*)[ \u00a0]+$")


def _agreement_false_alarm(text: str, start: int, end: int) -> bool:
    """Agreement issues Grammalecte raises on sound French: "les fiches produits" (a noun used as a label)
    and "une tarte au citron meringuée" (the adjective goes with the first noun)."""
    word = text[start:end].lower()
    following = _NEXT_WORD.match(text, end)
    if following and following.group(1).lower() in _APPOSITION_NOUNS:
        return True  # "fiches" in "les fiches produits"
    if word in _APPOSITION_NOUNS:
        preceding = _PREVIOUS_WORD_ONLY.search(text, 0, start)
        morphs = _ENGINE.morph(preceding.group(1)) if preceding else []
        if any(":N" in m for m in morphs) and not any(":D" in m for m in morphs):
            return True  # "produits" in "les fiches produits", not "client" in "nos client"
    head = _LAST_WORDS.search(text, max(0, start - 80), start)
    return head is not None and _agrees(head.group("noun"), text[start:end])


def _agrees(noun: str, adjective: str) -> bool:
    """Whether some reading of ``noun`` has the gender and number of some reading of ``adjective``."""
    nouns = [_gender_number(m) for m in _ENGINE.morph(noun) if ":N" in m]
    adjectives = [_gender_number(m) for m in _ENGINE.morph(adjective) if ":A" in m or ":Q" in m]
    return any(
        (g1 == g2 or "e" in (g1, g2)) and (n1 == n2 or "i" in (n1, n2))
        for g1, n1 in nouns
        for g2, n2 in adjectives
    )


def _gender_number(morph: str) -> tuple[str, str]:
    match = re.search(r":([mfe]):([spi])", morph)
    return (match.group(1), match.group(2)) if match else ("e", "i")


def _protected_spans(text: str) -> list[tuple[int, int]]:
    """Links, e-mail addresses, mentions, hashtags and inline code: no grammar there."""
    spans = [(t.norm_start, t.norm_end) for t in tokenize(text) if t.kind in _PROTECTED_KINDS]
    if "`" in text:
        spans += [m.span() for m in _INLINE_CODE.finditer(text)]
    return spans


def _touches(spans: Iterable[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


# --- rules Grammalecte lacks -------------------------------------------------------------------------------

_SPACES = r"[ \u00a0\u202f]+"
_WORD = r"[^\W\d_](?:[\w’'-]*\w)?"
_A = r"(?<![\w’'-])([aA])"
# "a" where "à" is meant: before a time, in leave-taking phrases, before "la"/"l’" + a word.
_A_BEFORE_TIME = re.compile(
    rf"{_A}(?={_SPACES}(?:\d{{1,2}}[ \u00a0\u202f]?[hH](?:[ \u00a0\u202f]?\d{{2}})?\b|\d{{1,2}}:\d{{2}}\b"
    r"|midi\b|minuit\b))"
)
_A_SET_PHRASE = re.compile(
    rf"{_A}(?={_SPACES}(?:bientôt|demain|très vite|plus tard|tout à l[’']heure|tout de suite|la prochaine"
    r"|partir d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b)"
)
_A_LA = re.compile(rf"{_A}(?={_SPACES}(?:la|l[’'])[ \u00a0\u202f]*[^\W\d_])")
_PREVIOUS_WORD = re.compile(rf"({_WORD})[ \u00a0\u202f]*(?:[,;:][ \u00a0\u202f]*)?$")
# Words before "a" that make "à" the reading although they are nouns: times, greetings.
_TIME_WORDS = frozenset(
    "lundi mardi mercredi jeudi vendredi samedi dimanche demain aujourd’hui soir matin midi nuit week-end "
    "weekend rendez-vous rdv merci bravo bienvenue rentrée ouverture fermeture départ arrivée début "
    "fin".split()
)
_SUBJECT_WORDS = frozenset("y qui ça cela ceci tout chacun rien personne quiconque lequel laquelle".split())
_NOUS_SOMME = re.compile(r"(?<![\w’'-])[Nn]ous[ \u00a0]+(somme)(?![\w’'-])(?![ \u00a0]+toute)")
_PLURAL_ADJECTIVE_NOUN = re.compile(
    r"(?<![\w’'-])(?:[Dd]es?|[Ll]es|[NnVv]os|[CcMmTtSs]es|[Ll]eurs|[Aa]ux|[Qq]uelques|[Pp]lusieurs"
    rf"|[Cc]ertaine?s){_SPACES}(?P<adj>[^\W\d_]+){_SPACES}(?P<noun>[^\W\d_]+)(?![\w’'-])"
)
# Plural adjectives that come before their noun (the only place where "adjective + noun" is certain).
_PLURAL_PRENOMINAL_ADJECTIVES = frozenset(
    "nombreux nombreuses divers diverses différents différentes bons bonnes beaux belles nouveaux "
    "nouvelles petits petites grands grandes jeunes vieux vieilles meilleurs meilleures jolis jolies "
    "premiers premières derniers dernières prochains prochaines mauvais mauvaises vrais vraies autres".split()
)
_PLURAL_SUBJECT_A = re.compile(
    r"(?:^|(?<=[.!?:;]) +|(?<=[.!?:;]\u00a0))"
    rf"(?P<det>[Ll]es|[NnVv]os|[CcMm]es|[Ll]eurs){_SPACES}(?P<noun>[^\W\d_][\w-]*){_SPACES}(?P<a>a)"
    rf"{_SPACES}(?P<pp>[^\W\d_]+)(?![\w’'-])"
)
_HOUR = re.compile(r"(?<![\w.,:/–-])(\d{1,2})h(\d{2})(?![\w–-])")
# "-30%", "+5€": Grammalecte's unit rule skips a number after a sign.
_SIGNED_UNIT = re.compile(r"(?<![\w.,])[-+−](?P<n>\d+(?:,\d+)?)(?P<unit>[%‰€$£])(?!\w)")
_A_MESSAGE = (
    "Confusion probable : « a » est une forme du verbe « avoir ». Pour la préposition, écrivez « à »."
)
_UNIT_MESSAGE = "Avec une unité de mesure, mettez un espace insécable."


def _ours(start: int, end: int, family: str, message: str, suggestions: tuple[str, ...], rule: str) -> _Found:
    kind, category, _ = _FAMILIES[family]
    if family == "conf":
        category = "confusion"
    return _Found(start, end, kind, category, family, message, suggestions, f"cmtoolbox__{rule}")


def _extra_rules(text: str) -> Iterator[_Found]:
    if "a" in text or "A" in text:
        for pattern, needs_verb_before in ((_A_BEFORE_TIME, False), (_A_SET_PHRASE, False), (_A_LA, True)):
            for match in pattern.finditer(text):
                if _a_is_preposition(text, match.start(1), needs_verb_before):
                    fixed = "À" if match.group(1) == "A" else "à"
                    yield _ours(*match.span(1), "conf", _A_MESSAGE, (fixed,), "a_préposition")
    if "ous somme" in text:
        for match in _NOUS_SOMME.finditer(text):
            message = "Conjugaison : avec « nous », écrivez « sommes »."
            yield _ours(*match.span(1), "conj", message, ("sommes",), "nous_sommes")
    for match in _PLURAL_ADJECTIVE_NOUN.finditer(text):
        found = _singular_after_plural(match)
        if found is not None:
            yield found
    for match in _PLURAL_SUBJECT_A.finditer(text):
        if _is_plural_noun(match.group("noun")) and any(":Q" in m for m in _ENGINE.morph(match.group("pp"))):
            subject = f"{match.group('det')} {match.group('noun')}"
            message = f"Accord avec le sujet « {subject} » : le verbe devrait être au pluriel."
            yield _ours(*match.span("a"), "conj", message, ("ont",), "pluriel_a_ont")
    if "-" in text or "+" in text or "−" in text:
        for match in _SIGNED_UNIT.finditer(text):
            fixed = f"{match.group('n')}{NBSP}{match.group('unit')}"
            yield _ours(match.start("n"), match.end(), "unit", _UNIT_MESSAGE, (fixed,), "unité_après_signe")
    if "h" in text:
        for match in _HOUR.finditer(text):
            hour, minutes = int(match.group(1)), int(match.group(2))
            if hour <= 24 and minutes < 60:
                fixed = f"{match.group(1)}{NBSP}h{NBSP}{match.group(2)}"
                message = "Heures : mettez des espaces insécables autour du « h »."
                yield _ours(*match.span(), "unit", message, (fixed,), "heure")


def _singular_after_plural(match: re.Match[str]) -> _Found | None:
    """ "de bonnes fête", "de nombreux événement": a plural adjective that goes before nouns, then a noun that
    can only be singular."""
    adjective, noun = match.group("adj"), match.group("noun")
    if adjective.lower() not in _PLURAL_PRENOMINAL_ADJECTIVES or noun[:1].isupper():
        return None
    noun_morphs = [m for m in _ENGINE.morph(noun) if ":N" in m]
    if not noun_morphs or any(":p" in m or ":i" in m for m in noun_morphs):
        return None
    plurals = _ENGINE.plurals(noun)
    if not plurals:
        return None
    message = f"Accord de nombre erroné : « {noun} » devrait être au pluriel."
    return _ours(*match.span("noun"), "gn", message, plurals, "gn_adjectif_pluriel_nom")


def _is_plural_noun(word: str) -> bool:
    return any(":N" in m and (":p" in m or ":i" in m) for m in _ENGINE.morph(word))


def _a_is_preposition(text: str, index: int, needs_verb_before: bool) -> bool:
    """Whether the "a" at ``index`` must be "à": what precedes it cannot be its subject."""
    before = text[:index]
    previous = _PREVIOUS_WORD.search(before)
    if previous is None:
        # Start of the line or after a sentence mark: "A bientôt !", "RDV : a 10 h".
        return not needs_verb_before
    word = previous.group(1)
    lowered = word.lower().replace("'", "’")
    if lowered in _TIME_WORDS:
        return True
    if lowered in _SUBJECT_WORDS:
        return False
    if before.rstrip().endswith((",", ";", ":")):
        return not needs_verb_before  # "Merci, a bientôt": a clause starts after the comma
    morphs = _ENGINE.morph(word)
    if not morphs:
        return not needs_verb_before and not word[:1].isupper()
    could_be_subject = any(
        tag in m for m in morphs for tag in (":N", ":M", ":Os", ":Ov", ":Oo", ":G:R", ":Y")
    )
    if could_be_subject:
        return False
    if needs_verb_before:
        return any(":V" in m or ":A" in m or ":W" in m for m in morphs)
    return True


# --- fixing typography -------------------------------------------------------------------------------------

_HIGH_PUNCTUATION = re.compile(r"(?P<gap>[ \t]*)(?P<mark>[;:!?»])")
_OPENING_GUILLEMET = re.compile(r"«(?P<gap>[ \t]*)")
_APOSTROPHE = re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_])")
_HOUR_FIX = re.compile(
    r"(?<![\w.,:/–-])(?P<h>\d{1,2})(?P<g1>[ \u00a0\u202f]?)h"
    r"(?:(?P<g2>[ \u00a0\u202f]?)(?P<m>\d{2})(?![ \u00a0\u202f]?h\b))?(?![\w–%‰€$£¥-])"
)
_UNIT = re.compile(
    r"(?<![\w.,:/–])(?P<n>\d+(?:,\d+)?)(?P<gap> ?)"
    r"(?P<unit>[kcm]?(?:g|l|m)|km|kg|cl|ml|mg|min|[%‰€$£¥j]|°C)"
    r"(?![’'])(?![\w–-])"
)
_GROUPED_NUMBER = re.compile(r"(?<![\w.,–-])\d{1,3}(?: \d{3})+(?![\w–-])")
_BEFORE_MARK_SKIP = frozenset("([{«\"'/;:!?.…-–—*_~|\\<>=+#@&%")


def typography_edits(text: str) -> list[tuple[int, int, str]]:
    """The (start, end, replacement) edits ``fix_typography`` makes, in text order, not overlapping.

    For a GUI that applies them itself (to keep the cursor and the undo step); indices are str indices.
    """
    protected = _fix_protected_spans(text)
    edits: list[tuple[int, int, str]] = []

    def clashes(start: int, end: int, a: int, b: int) -> bool:
        if start == end and a == b:
            return start == a  # two insertions at one place
        if start == end:
            return a < start < b  # an insertion inside a replacement (at its ends is fine)
        if a == b:
            return start < a < end
        return a < end and start < b

    def add(start: int, end: int, replacement: str) -> None:
        if text[start:end] == replacement:
            return
        if any(a < start < b for a, b in protected) if start == end else _touches(protected, start, end):
            return
        if any(clashes(start, end, a, b) for a, b, _ in edits):
            return  # an earlier edit owns this place
        edits.append((start, end, replacement))

    for match in _HOUR_FIX.finditer(text):
        hour = int(match.group("h"))
        minutes = match.group("m")
        if hour > 24 or (minutes is not None and int(minutes) > 59):
            continue
        g1 = match.group("g1") if match.group("g1") in (NBSP, NNBSP) else NBSP
        fixed = f"{match.group('h')}{g1}h"
        if minutes is not None:
            g2 = match.group("g2") if match.group("g2") in (NBSP, NNBSP) else NBSP
            fixed += f"{g2}{minutes}"
        add(match.start(), match.end(), fixed)
    for match in _UNIT.finditer(text):
        if match.group("unit") == "h":
            continue
        gap_start, gap_end = match.span("gap")
        add(gap_start, gap_end, NBSP)
    for match in _GROUPED_NUMBER.finditer(text):
        for index in range(match.start(), match.end()):
            if text[index] == " ":
                add(index, index + 1, NBSP)
    for match in _APOSTROPHE.finditer(text):
        add(match.start(), match.end(), "’")
    for match in _OPENING_GUILLEMET.finditer(text):
        gap_start, gap_end = match.span("gap")
        following = text[gap_end : gap_end + 1]
        if following and not following.isspace() and following not in _NO_BREAK and following != "»":
            add(gap_start, gap_end, NBSP)
    for match in _HIGH_PUNCTUATION.finditer(text):
        gap_start, gap_end = match.span("gap")
        mark = match.group("mark")
        previous = text[gap_start - 1 : gap_start]
        following = text[gap_end + 1 : gap_end + 2]
        if not previous or previous.isspace() or previous in _NO_BREAK:
            continue
        if previous in _BEFORE_MARK_SKIP and not (mark == "»" and previous in ".!?…"):
            continue
        if mark in ":;" and _EMOTICON.match(text, gap_end):
            continue
        if mark == ":" and (
            following.isdigit()
            or following == "/"
            or (following and not following.isspace() and following not in '«"“')
        ):
            continue  # 10:30, http://, "Re:Publica"
        if mark == "»" and previous == "«":
            continue
        add(gap_start, gap_end, NBSP)
    return sorted(edits, key=lambda edit: (edit[0], edit[1]))


def fix_typography(text: str) -> str:
    """``text`` with French typography applied: no-break spaces before ``; : ! ? »`` and after ``«``,
    "10 h" and "10 h 30", a no-break space between a number and its unit ("15 €", "20 %", "3 km") and in
    grouped numbers ("10 000"), and ``’`` for the straight apostrophe inside words.

    Links, e-mail addresses, mentions, hashtags, inline code and Markdown code blocks are left untouched;
    existing no-break spaces (narrow ones included) are kept. Idempotent. No-break spaces are U+00A0: every
    network counts it as one character (X counts the narrow U+202F as two).
    """
    edits = typography_edits(text)
    if not edits:
        return text
    pieces: list[str] = []
    cursor = 0
    for start, end, replacement in edits:
        pieces.append(text[cursor:start])
        pieces.append(replacement)
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


def _fix_protected_spans(text: str) -> list[tuple[int, int]]:
    """What fix_typography must not touch, as str indices of ``text``."""
    spans = [(t.start, t.end) for t in tokenize(text) if t.kind in _PROTECTED_KINDS]
    if "`" in text or "~~~" in text:
        spans += [m.span() for m in _INLINE_CODE.finditer(text)]
        position = 0
        fence_start: int | None = None
        for line_break in [*_LINE_BREAK.finditer(text), None]:
            end = line_break.start() if line_break else len(text)
            if _FENCE.match(text[position:end]):
                if fence_start is None:
                    fence_start = position
                else:
                    spans.append((fence_start, end))
                    fence_start = None
            if line_break is None:
                break
            position = line_break.end()
        if fence_start is not None:
            spans.append((fence_start, len(text)))
    return spans
