"""Offline French/English spell checking for social-media posts.

Hunspell (through `chunspell`, module `hunspell`) does the dictionary work with the bundled Dicollecte
"toutes variantes" French dictionary (classical and 1990-reform spellings both accepted) and SCOWL's
en_US. What a plain Hunspell gets wrong on CM posts is fixed around it:

* the tokenizer (`spell_tokens`) skips links, mentions, hashtags, numbers and emoji and keeps elisions
  and compounds together;
* Hunspell's own hyphen splitting would accept "c'est-a-dire", so hyphenated words are checked here:
  real compounds (those Hunspell can stem), verb + pronoun ("dites-nous"), then part by part;
* a bundled CM vocabulary and brand list cover the jargon and the names posts are full of;
* capitalised unknown words in mid-sentence are taken as proper nouns unless they look like a typo of
  a brand or an accent-less common word;
* suggestions are re-ranked: accent-only fixes first, then a keyboard/French-spelling-aware edit
  distance, word frequency (wordfreq, CC BY-SA 4.0) and Hunspell's own order.

Hunspell objects are expensive (about 0.1 s and 12 MB each), so they are loaded once per
(dictionary folder, language) and shared by every `SpellChecker`; user words live in the checker,
never in the shared objects. Nothing here imports Qt.
"""

from __future__ import annotations

import functools
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import hunspell
import regex

from cmtoolbox.core.spell_tokens import (
    INCLUSIVE_SUFFIXES,
    TRAILING_PRONOUNS,
    NormalizedText,
    Token,
    normalize,
    split_elision,
    words,
)

__all__ = ["Misspelling", "SpellChecker", "available_languages", "default_dictionaries_dir"]

VOCABULARY_FILES = ("cm_vocabulary_{lang}.txt", "variants_{lang}.txt")
BRANDS_FILE = "brands.txt"
FREQUENCY_FILE = "freq_{lang}.txt"

ACRONYM_MAX_LEN = 5
_VERDICT_CACHE_SIZE = 65_536
_TOKEN_CACHE_SIZE = 8_192
_DEFAULT_ZIPF10 = 10  # words Hunspell knows but the frequency list does not: about once per 100M words
_VOCABULARY_ZIPF10 = 35  # our own vocabulary: common enough in CM posts to be offered early
_FOLD_ALPHABET = "abcdefghijklmnopqrstuvwxyz'-"
# Proper-noun leniency: a Title-case unknown word is still flagged when it folds onto a word at least
# this frequent (Zipf x10), or is one edit from a word this frequent and at least this long.
_SLIP_ZIPF10 = 30
_NEAR_SLIP_ZIPF10 = 35
_SLIP_MIN_LEN = 6
# Hunspell's suggestion search is skipped when the frequency index already holds a candidate this
# close (weighted edit distance): accent slips, doubled letters, neighbouring keys.
_HUNSPELL_SKIP_DISTANCE = 1.0


@dataclass(frozen=True)
class Misspelling:
    """A flagged stretch of the ORIGINAL text: `text[start:end] == word` (Python str offsets)."""

    start: int
    end: int
    word: str


def default_dictionaries_dir() -> Path:
    from cmtoolbox.paths import resource_path  # deferred: keeps this module importable on its own

    return resource_path("dictionaries")


def available_languages(dictionaries_dir: Path | None = None) -> list[str]:
    """Language codes with both a .aff and a .dic in the folder (e.g. ["en", "fr"])."""
    folder = Path(dictionaries_dir) if dictionaries_dir is not None else default_dictionaries_dir()
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.glob("*.aff") if p.with_suffix(".dic").is_file())


# --------------------------------------------------------------------------------------------------
# Folding and distances


_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "’": "'", "ʼ": "'", "‘": "'"})
_COMBINING_RE = regex.compile(r"\p{Mn}+")


def fold(text: str) -> str:
    """Lower case without accents or ligatures: the key under which accent slips collide.

    Works on a single word or on a whole file at once (line breaks are kept), which is how the
    frequency list is indexed quickly.
    """
    folded = text.lower().translate(_LIGATURES)
    if folded.isascii():
        return folded
    return _COMBINING_RE.sub("", unicodedata.normalize("NFD", folded))


def _keyboard_neighbours() -> dict[str, frozenset[str]]:
    rows = (
        "azertyuiop",
        "qsdfghjklm",
        "wxcvbn",  # AZERTY (French keyboards)
        "qwertyuiop",
        "asdfghjkl",
        "zxcvbnm",  # QWERTY
    )
    near: dict[str, set[str]] = {}
    for row in rows:
        for i, c in enumerate(row):
            near.setdefault(c, set()).update(row[max(0, i - 1) : i] + row[i + 1 : i + 2])
    for a, b in zip(rows[0], rows[1], strict=False):  # vertical neighbours, roughly
        near.setdefault(a, set()).add(b)
        near.setdefault(b, set()).add(a)
    return {k: frozenset(v) for k, v in near.items()}


_KEY_NEAR = _keyboard_neighbours()
# Letters that sound alike in French and get swapped: cheaper to substitute.
_SOUND_ALIKE = {
    frozenset(p)
    for p in ("ck", "cq", "kq", "cs", "sz", "iy", "mn", "ae", "ei", "ou", "gj", "xs", "xz", "ln", "td", "bp")
}
_SILENT = frozenset("hes")
# Silent final letters a writer forgets ("boulangeri" for "boulangerie", "heureu", "sit"): leaving one out
# is cheaper than any other change. Only leaving out: an extra final letter ("mensuele") is not the same
# slip, and the plural "s" and "t" are left at the usual cost (they would rank "résulta" first).
_SILENT_FINAL = frozenset("ex")


def _sub_cost(a: str, b: str) -> float:
    if a == b:
        return 0.0
    if frozenset((a, b)) in _SOUND_ALIKE:
        return 0.6
    if b in _KEY_NEAR.get(a, ()):
        return 0.7
    return 1.0


def _indel_cost(word: str, i: int) -> float:
    """Cost of inserting/deleting word[i]: doubled letters and silent letters are cheap slips."""
    c = word[i]
    if (i > 0 and word[i - 1] == c) or (i + 1 < len(word) and word[i + 1] == c):
        return 0.5
    if c in _SILENT:
        return 0.8
    return 1.0


def _insert_cost(word: str, i: int) -> float:
    """Cost of the typed word lacking the candidate's word[i]: a forgotten silent final letter is cheap."""
    if i == len(word) - 1 and i >= 3 and word[i] in _SILENT_FINAL and word[i - 1] != word[i]:
        return 0.5
    return _indel_cost(word, i)


def weighted_distance(a: str, b: str) -> float:
    """Optimal-string-alignment distance tuned for typing and French spelling slips.

    Not symmetric: ``a`` is what was typed, ``b`` the candidate (see ``_insert_cost``).
    """
    if a == b:
        return 0.0
    la, lb = len(a), len(b)
    prev2: list[float] = []
    prev = [0.0] * (lb + 1)
    for j in range(1, lb + 1):
        prev[j] = prev[j - 1] + _insert_cost(b, j - 1)
    for i in range(1, la + 1):
        cur = [prev[0] + _indel_cost(a, i - 1)] + [0.0] * lb
        ai = a[i - 1]
        for j in range(1, lb + 1):
            bj = b[j - 1]
            best = min(
                prev[j] + _indel_cost(a, i - 1),
                cur[j - 1] + _insert_cost(b, j - 1),
                prev[j - 1] + _sub_cost(ai, bj),
            )
            if i > 1 and j > 1 and ai == b[j - 2] and a[i - 2] == bj and ai != bj:
                best = min(best, prev2[j - 2] + 0.7)
            cur[j] = best
        prev2, prev = prev, cur
    return prev[lb]


def _edits1(word: str) -> Iterator[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    for left, right in splits:
        if right:
            yield left + right[1:]
            if len(right) > 1:
                yield left + right[1] + right[0] + right[2:]
            for c in _FOLD_ALPHABET:
                if c != right[0]:
                    yield left + c + right[1:]
        for c in _FOLD_ALPHABET:
            yield left + c + right


def _case_pattern(word: str) -> str:
    letters = [c for c in word if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return "upper"
    if letters and letters[0].isupper():
        return "title"
    return "as-is"


def _apply_case(candidate: str, pattern: str) -> str:
    if pattern == "upper":
        return candidate.upper()
    if pattern == "title" and candidate[:1].islower():
        return candidate[:1].upper() + candidate[1:]
    return candidate


# --------------------------------------------------------------------------------------------------
# Shared, cached per-language data


def _read_word_list(path: Path) -> list[str]:
    if not path.is_file():
        return []
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            entries.append(normalize(line))
    return entries


class _Dictionary:
    """One language from one folder: Hunspell, bundled vocabulary, frequencies. Shared; thread-safe."""

    def __init__(self, folder: Path, lang: str) -> None:
        self.folder = folder
        self.lang = lang
        self._lock = threading.RLock()  # Hunspell calls
        self._load_lock = threading.Lock()  # lazy indexes: loading them must not stall spell()
        self._hunspell = hunspell.Hunspell(lang, hunspell_data_dir=str(folder))
        self.brands: dict[str, str] = {}  # casefold -> canonical
        self.compounds: set[str] = set()  # casefolded hyphenated vocabulary entries
        self.vocabulary: list[str] = []
        for entry in _read_word_list(folder / BRANDS_FILE):
            for part in entry.split():
                self.brands.setdefault(part.casefold(), part)
                self.vocabulary.append(part)
        for pattern in VOCABULARY_FILES:
            for entry in _read_word_list(folder / pattern.format(lang=lang)):
                self.vocabulary.extend(entry.split())
                if "-" in entry and " " not in entry:
                    self.compounds.add(entry.casefold())
        for word in self.vocabulary:
            self._hunspell.add(word)
        self.spell = functools.lru_cache(maxsize=_VERDICT_CACHE_SIZE)(self._spell)
        self.is_compound = functools.lru_cache(maxsize=_TOKEN_CACHE_SIZE)(self._is_compound)
        self._frequencies: dict[str, int] | None = None
        self._fold_index: dict[str, str | tuple[str, ...]] | None = None
        self._compound_folds: dict[str, tuple[str, ...]] | None = None

    def _spell(self, word: str) -> bool:
        with self._lock:
            return bool(self._hunspell.spell(word))

    def _is_compound(self, word: str) -> bool:
        """A hyphenated word that is a dictionary entry, not two entries glued by Hunspell's BREAK."""
        if word.casefold() in self.compounds:
            return True
        with self._lock:
            return bool(self._hunspell.spell(word)) and bool(self._hunspell.stem(word))

    def hunspell_suggest(self, word: str) -> list[str]:
        with self._lock:
            return [normalize(s) for s in self._hunspell.suggest(word)]

    # Frequencies and the folded index are only needed for suggestions and for the proper-noun rule,
    # so they load on first use (about 0.1-0.2 s for French).
    def _load_frequencies(self) -> None:
        with self._load_lock:
            if self._fold_index is not None:
                return
            frequencies: dict[str, int] = {}
            # key -> word, or a tuple when several words fold alike: about 100k entries for French,
            # so every saved object counts (a key equal to its word shares the string).
            index: dict[str, str | tuple[str, ...]] = {}

            def add(key: str, word: str) -> None:
                found = index.get(key)
                if found is None:
                    index[word if key == word else key] = word
                elif isinstance(found, str):
                    index[key] = (found, word)
                else:
                    index[key] = (*found, word)

            path = self.folder / FREQUENCY_FILE.format(lang=self.lang)
            content = path.read_text(encoding="utf-8") if path.is_file() else ""
            # Folding the whole file at once is several times faster than word by word.
            folded_lines = fold(content).splitlines()
            for line, folded_line in zip(content.splitlines(), folded_lines, strict=True):
                if not line or line[0] == "#":
                    continue
                word, _, value = line.partition("\t")
                if word in frequencies:
                    continue
                frequencies[word] = int(value or _DEFAULT_ZIPF10)
                add(folded_line.partition("\t")[0], word)
            for word in self.vocabulary:
                if word not in frequencies:
                    frequencies[word] = _VOCABULARY_ZIPF10
                    add(fold(word), word)
            self._frequencies = frequencies
            self._fold_index = index

    @property
    def frequencies(self) -> dict[str, int]:
        if self._frequencies is None:
            self._load_frequencies()
        assert self._frequencies is not None
        return self._frequencies

    def lookup(self, key: str) -> tuple[str, ...]:
        """Known words whose folded form is `key` ("evenement" -> "événement", "évènement")."""
        if self._fold_index is None:
            self._load_frequencies()
        assert self._fold_index is not None
        found = self._fold_index.get(key)
        if found is None:
            return ()
        return (found,) if isinstance(found, str) else found

    def load(self) -> None:
        """Load the frequency index and the compound index now rather than on first use."""
        self._load_frequencies()
        _ = self.compound_folds

    @property
    def compound_folds(self) -> dict[str, tuple[str, ...]]:
        """Hyphenated dictionary entries by folded form, to catch "c'est-a-dire" and "peut-etre"."""
        if self._compound_folds is None:
            with self._load_lock:
                if self._compound_folds is None:
                    found: dict[str, list[str]] = {}
                    dic = (self.folder / f"{self.lang}.dic").read_text(encoding="utf-8", errors="replace")
                    entries = regex.findall(r"(?m)^([^\s/#]*-[^\s/]*)", dic)
                    entries += [c for c in self.compounds]
                    for entry in entries:
                        entry = normalize(entry)
                        if entry.strip("-") == entry:
                            found.setdefault(fold(entry), []).append(entry)
                    self._compound_folds = {k: tuple(dict.fromkeys(v)) for k, v in found.items()}
        return self._compound_folds


_DICTIONARIES: dict[tuple[str, str], _Dictionary] = {}
_DICTIONARIES_LOCK = threading.Lock()


def _resolve_language(folder: Path, language: str) -> str:
    code = language.replace("-", "_")
    for candidate in (code, code.split("_", 1)[0]):
        if (folder / f"{candidate}.aff").is_file() and (folder / f"{candidate}.dic").is_file():
            return candidate
    raise FileNotFoundError(f"no Hunspell dictionary for {language!r} in {folder}")


def _get_dictionary(folder: Path, lang: str) -> _Dictionary:
    key = (str(folder), lang)
    with _DICTIONARIES_LOCK:
        found = _DICTIONARIES.get(key)
        if found is None:
            found = _DICTIONARIES[key] = _Dictionary(folder, lang)
        return found


# --------------------------------------------------------------------------------------------------
# The checker


class _UserWords:
    """Personal or ignored words, matched the way Hunspell matches case: "bio" covers "Bio", "BIO"."""

    def __init__(self, words: Iterable[str] = ()) -> None:
        self.exact: set[str] = set()
        self.lower: set[str] = set()  # lower-case entries: any capitalisation accepted
        self.upper: set[str] = set()
        for word in words:
            self.add(word)

    def add(self, word: str) -> None:
        word = normalize(word.strip())
        if not word:
            return
        self.exact.add(word)
        self.upper.add(word.upper())
        if word == word.lower():
            self.lower.add(word)

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        return word in self.exact or word.lower() in self.lower or word in self.upper

    def __iter__(self) -> Iterator[str]:
        return iter(self.exact)


class SpellChecker:
    """Spell checker for one post editor: one or more languages plus the user's own words.

    A word is correct if ANY selected language accepts it. Construction is cheap once a language was
    loaded by another checker (shared cache). `misspelled()` is fast enough for every keystroke
    (word verdicts are cached); `suggestions()` is not (see there).
    """

    def __init__(
        self,
        languages: Sequence[str] = ("fr",),
        *,
        dictionaries_dir: Path | None = None,
        personal_words: Iterable[str] = (),
        ignored_words: Iterable[str] = (),
        proper_noun_leniency: bool = True,
    ) -> None:
        folder = Path(dictionaries_dir) if dictionaries_dir is not None else default_dictionaries_dir()
        folder = folder.resolve()
        if isinstance(languages, str):
            languages = (languages,)
        resolved = tuple(dict.fromkeys(_resolve_language(folder, lang) for lang in languages))
        if not resolved:
            raise ValueError("at least one language is needed")
        self.languages: tuple[str, ...] = resolved
        # Off: every unknown capitalised word is flagged (what plain Hunspell does); kept switchable
        # so that the benchmark can measure what the rule costs in recall.
        self.proper_noun_leniency = proper_noun_leniency
        self._dicts = [_get_dictionary(folder, lang) for lang in resolved]
        self._personal = _UserWords(personal_words)
        self._ignored = _UserWords(ignored_words)
        self._brands: dict[str, str] = {}
        for d in self._dicts:
            for key, value in d.brands.items():
                self._brands.setdefault(key, value)
        self._token_cache: OrderedDict[tuple[str, bool], tuple[tuple[int, int], ...]] = OrderedDict()
        self._cache_lock = threading.Lock()

    def warm_up(self) -> None:
        """Load what the first suggestion (or first capitalised unknown word) would otherwise load.

        About 0.2-0.4 s per language, once per process: call it from a worker thread after creating
        the first checker so that the UI never waits for it.
        """
        for d in self._dicts:
            d.load()

    # ---- user words ------------------------------------------------------------------------------

    def add_word(self, word: str) -> None:
        """Accept `word` from now on (the personal dictionary; storage persists it elsewhere)."""
        self._personal.add(word)
        self._clear_token_cache()

    def ignore(self, word: str) -> None:
        """Accept `word` for this checker only (the draft's "ignore" list)."""
        self._ignored.add(word)
        self._clear_token_cache()

    @property
    def personal_words(self) -> frozenset[str]:
        return frozenset(self._personal)

    @property
    def ignored_words(self) -> frozenset[str]:
        return frozenset(self._ignored)

    def _clear_token_cache(self) -> None:
        with self._cache_lock:
            self._token_cache.clear()

    # ---- checking --------------------------------------------------------------------------------

    def misspelled(self, text: str) -> list[Misspelling]:
        """Every misspelled word of `text`, in order, with offsets into `text` itself."""
        found: list[Misspelling] = []
        for token in words(text):
            spans = self._token_verdict(token.text, token.sentence_start)
            for a, b in spans:
                start, end = self._token_span(text, token, a, b)
                found.append(Misspelling(start, end, text[start:end]))
        return found

    def is_correct(self, word: str) -> bool:
        """Whether one word (possibly with an elision or hyphens) passes, as if in mid-sentence."""
        word = normalize(word.strip())
        if not word:
            return True
        return not self._token_verdict(word, False)

    @staticmethod
    def _token_span(text: str, token: Token, a: int, b: int) -> tuple[int, int]:
        if a == 0 and b == len(token.text):
            return token.start, token.end
        if token.end - token.start == len(token.text):  # NFC input: offsets line up one to one
            return token.start + a, token.start + b
        norm = NormalizedText(text)
        return norm.to_original(token.norm_start + a, token.norm_start + b)

    def _token_verdict(self, word: str, sentence_start: bool) -> tuple[tuple[int, int], ...]:
        key = (word, sentence_start)
        with self._cache_lock:
            cached = self._token_cache.get(key)
            if cached is not None:
                self._token_cache.move_to_end(key)
                return cached
        spans = tuple(self._check_token(word, sentence_start))
        with self._cache_lock:
            self._token_cache[key] = spans
            if len(self._token_cache) > _TOKEN_CACHE_SIZE:
                self._token_cache.popitem(last=False)
        return spans

    def _user_accepts(self, word: str) -> bool:
        return word in self._personal or word in self._ignored

    def _accepts(self, word: str) -> bool:
        """Dictionary verdict for one piece without hyphen logic: user words, brands, any language."""
        if self._user_accepts(word) or word.casefold() in self._brands:
            return True
        return any(d.spell(word) for d in self._dicts)

    def _check_token(self, word: str, sentence_start: bool) -> list[tuple[int, int]]:
        if self._user_accepts(word):
            return []
        if "-" in word:
            return self._check_hyphenated(word, sentence_start)
        if "·" in word or "‧" in word or "⋅" in word or "." in word:
            return self._check_inclusive(word, sentence_start)
        if self._word_ok(word, sentence_start):
            return []
        prefix, rest = split_elision(word)
        if prefix:
            return [(len(prefix) + a, len(prefix) + b) for a, b in self._check_token(rest, False)]
        return [(0, len(word))]

    def _word_ok(self, word: str, sentence_start: bool) -> bool:
        letters = word.replace("'", "")
        if len(letters) > 1 and letters.isupper() and len(letters) <= ACRONYM_MAX_LEN:
            return True  # SEO, KPI, RDV: acronyms are not worth a flag
        if self._accepts(word):
            return True
        return self._lenient_proper_noun(word, sentence_start)

    def _lenient_proper_noun(self, word: str, sentence_start: bool) -> bool:
        """Capitalised unknown words in mid-sentence (and CamelCase anywhere) are names, usually.

        Exceptions, flagged anyway: a near miss of a bundled brand ("Instagramm", "Linkdin"), and a
        Title-case word that is a common word with its accents dropped ("Evenement", "Etat").
        """
        if not self.proper_noun_leniency or "'" in word:
            return False
        if not word[:1].isupper() or word.isupper():
            return False
        camel = any(c.isupper() for c in word[1:])
        if sentence_start and not camel:
            return False
        if self._near_brand(word):
            return False
        if not camel and self._looks_like_common_word_slip(word):
            return False
        return True

    def _looks_like_common_word_slip(self, word: str) -> bool:
        """A Title-case word that is a common word with its accents dropped ("Evenement") or, when it
        is long enough, one slip away from a frequent word or name ("Colection" in a Title Case
        headline, "Frnace")."""
        key = fold(word)
        for d in self._dicts:
            frequencies = d.frequencies
            if any(c[:1].islower() and frequencies.get(c, 0) >= _SLIP_ZIPF10 for c in d.lookup(key)):
                return True
            if len(key) >= _SLIP_MIN_LEN:
                for edit in _edits1(key):
                    for c in d.lookup(edit):
                        if frequencies.get(c, 0) >= _NEAR_SLIP_ZIPF10:
                            return True
        return False

    def _near_brand(self, word: str) -> bool:
        key = word.casefold()
        if len(key) < 5:
            return False
        return any(edit in self._brands for edit in _edits1(key))

    def _check_hyphenated(self, word: str, sentence_start: bool) -> list[tuple[int, int]]:
        prefix, rest = split_elision(word)
        if self._is_known_compound(word) or (prefix and self._is_known_compound(rest)):
            return []
        if rest.casefold() in self._brands:
            return []
        # A slip in a known compound ("c'est-a-dire", "l'au-dela"): flag the whole thing.
        for candidate, offset in ((word, 0), (rest, len(prefix))):
            folded = fold(candidate)
            known = (c for d in self._dicts for c in d.compound_folds.get(folded, ()))
            if any(c.casefold() != candidate.casefold() for c in known):
                return [(offset, len(word))]
        parts: list[tuple[int, int]] = []
        position = 0
        for piece in word.split("-"):
            parts.append((position, position + len(piece)))
            position += len(piece) + 1
        while len(parts) > 1 and word[parts[-1][0] : parts[-1][1]].lower() in TRAILING_PRONOUNS:
            parts.pop()
        bad: list[tuple[int, int]] = []
        for index, (a, b) in enumerate(parts):
            piece = word[a:b]
            if not piece:
                continue
            if index == 0:
                bad.extend((a + x, a + y) for x, y in self._check_token(piece, sentence_start))
            elif not self._word_ok(piece, False) and not self._word_ok(piece.lower(), False):
                bad.append((a, b))
        return bad

    def _is_known_compound(self, word: str) -> bool:
        """Real compounds in any capitalisation a headline may use ("Rendez-Vous", "PEUT-ÊTRE")."""
        forms = dict.fromkeys((word, word.lower(), word[:1].upper() + word[1:].lower()))
        return any(d.is_compound(form) for form in forms for d in self._dicts)

    def _check_inclusive(self, word: str, sentence_start: bool) -> list[tuple[int, int]]:
        """Inclusive writing ("abonné·e·s", "tou·te·s", "étudiant.es"): check the stem only."""
        pieces = regex.split(r"[·‧⋅.]", word)
        stem, suffixes = pieces[0], pieces[1:]
        if not all(s.lower() in INCLUSIVE_SUFFIXES for s in suffixes):
            return [(0, len(word))]
        if not stem or self._check_token(stem, sentence_start) == []:
            return []
        if suffixes and self._word_ok(stem + suffixes[0], sentence_start):
            return []  # "tou·te·s": "toute" is the word, "tou" is not
        return [(a, b) for a, b in self._check_token(stem, sentence_start)]

    # ---- suggestions -----------------------------------------------------------------------------

    def suggestions(self, word: str, limit: int = 5) -> list[str]:
        """Ranked replacements for a flagged word, in the user's apostrophe style and capitalisation.

        Slow: from a few milliseconds (accent slips, found in the frequency index) to a few hundred
        (Hunspell's own search, which stops on a timer). Call it off the UI thread. Note that the
        `chunspell` binding keeps the GIL while Hunspell searches, so a worker thread does not free
        Python code on the UI thread for that time either.
        """
        stripped = word.strip()
        if not stripped or limit <= 0:
            return []
        apostrophe = "’" if ("’" in stripped or "ʼ" in stripped) else "'"
        results = self._suggest_normalized(normalize(stripped), limit)
        return [r.replace("'", apostrophe) for r in results]

    def _suggest_normalized(self, word: str, limit: int) -> list[str]:
        prefix, rest = split_elision(word)
        if prefix and rest and self._check_token(rest, False):
            return [prefix + s for s in self._suggest_normalized(rest, limit)]
        if "-" in word:
            pattern = _case_pattern(word)
            folded = fold(word)
            compounds = [c for d in self._dicts for c in d.compound_folds.get(folded, ()) if c != word]
            if compounds:
                return list(dict.fromkeys(_apply_case(c, pattern) for c in compounds))[:limit]
        return self._suggest_word(word, limit)

    def _suggest_word(self, word: str, limit: int) -> list[str]:
        pattern = _case_pattern(word)
        base = word.lower() if pattern in ("upper", "title") else word
        key = fold(base)
        candidates: dict[str, float] = {}  # candidate -> bonus from Hunspell's order
        for d in self._dicts:
            for c in d.lookup(key):
                candidates.setdefault(c, 0.0)
            for edit in set(_edits1(key)):
                for c in d.lookup(edit):
                    candidates.setdefault(c, 0.0)
        if "'" not in key and len(key) >= 5:
            self._add_missing_apostrophe(key, candidates)
        candidates.pop(base, None)
        if not candidates and len(key) >= 4:
            self._add_edits2(key, candidates)
        nearest = min((weighted_distance(key, fold(c)) for c in candidates), default=99.0)
        # Hunspell's search is the slow part (0.1-0.4 s): skip it when an accent slip or a doubled
        # letter already explains the typo.
        if nearest > _HUNSPELL_SKIP_DISTANCE:
            query = base if pattern == "upper" else word
            for d in self._dicts:
                for rank, c in enumerate(d.hunspell_suggest(query)[:8]):
                    if not self._plausible_hunspell_candidate(c):
                        continue
                    c_base = c.lower() if pattern in ("upper", "title") and c[1:].islower() else c
                    bonus = max(0.1, 0.4 - 0.05 * rank)
                    candidates[c_base] = max(candidates.get(c_base, 0.0), bonus)
        for c in self._personal.exact:
            if weighted_distance(key, fold(c)) <= 2.0:
                candidates[c] = max(candidates.get(c, 0.0), 0.3)
        scored = []
        for c, bonus in candidates.items():
            if c == word or c == base:
                continue
            zipf = max((d.frequencies.get(c, 0) for d in self._dicts), default=0) or _DEFAULT_ZIPF10
            distance = weighted_distance(key, fold(c)) + 0.05 * weighted_distance(base, c.lower())
            scored.append((distance - 0.012 * zipf - bonus, c))
        scored.sort()
        results: list[str] = []
        for _, c in scored:
            cased = _apply_case(c, pattern)
            if cased != word and cased not in results:
                results.append(cased)
            if len(results) >= limit:
                break
        return results

    def _plausible_hunspell_candidate(self, candidate: str) -> bool:
        """Hunspell splits words to find suggestions ("heur eu", "converti-on"): keep real ones only."""
        if " " in candidate:
            return all(len(part) >= 3 for part in candidate.split())
        if "-" in candidate:
            return any(d.is_compound(candidate) for d in self._dicts)
        return True

    def _add_missing_apostrophe(self, key: str, candidates: dict[str, float]) -> None:
        """ "quelqun", "presquile": an apostrophe plus one more slip, too far for a single edit."""
        for i in range(1, len(key)):
            with_apostrophe = key[:i] + "'" + key[i:]
            for d in self._dicts:
                for c in d.lookup(with_apostrophe):
                    candidates.setdefault(c, 0.0)
                for edit in _edits1(with_apostrophe):
                    if "'" in edit:
                        for c in d.lookup(edit):
                            candidates.setdefault(c, 0.0)

    def _add_edits2(self, key: str, candidates: dict[str, float]) -> None:
        """Two edits away, for the rare word nothing nearer matched: about 0.1 s for 10 letters."""
        first = set(_edits1(key))
        for d in self._dicts:
            for e1 in first:
                for e2 in _edits1(e1):
                    for c in d.lookup(e2):
                        candidates.setdefault(c, 0.0)
