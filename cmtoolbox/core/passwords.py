"""Strong passwords and passphrases, drawn with `secrets` (the OS CSPRNG), never `random`.

Two generators:

- `generate_password`: characters from the chosen classes, with at least one of each class (sites
  often demand it). Drawing uniformly and rejecting the strings that miss a class keeps every
  acceptable password equally likely, so `password_entropy` can give the exact strength.
- `generate_passphrase`: words from a French list, easier to read out or type on a phone. The list
  is derived at run time from the bundled frequency list (`resources/dictionaries/freq_fr.txt`,
  CC BY-SA 4.0, see its README): the 7,776 most frequent plain lowercase words of 4 to 8 letters,
  accents removed (so any keyboard can type them), crude words left out. 7,776 words is the Diceware
  size: log2(7776) ≈ 12.9 bits per word.

Pure Python and Qt-free: the GUI only shows the results.
"""

from __future__ import annotations

import math
import secrets
import string
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

__all__ = [
    "MAX_LENGTH",
    "MIN_LENGTH",
    "PassphrasePolicy",
    "PasswordPolicy",
    "generate_passphrase",
    "generate_password",
    "passphrase_entropy",
    "password_entropy",
    "word_list",
]

MIN_LENGTH = 8
MAX_LENGTH = 128
MIN_WORDS = 3
MAX_WORDS = 12
WORD_LIST_SIZE = 7776
# Symbols most sign-up forms accept; quotes, backslash, angle brackets and spaces are left out
# because some sites refuse them or mangle them.
DEFAULT_SYMBOLS = "!#$%&*+-.:;=?@_~^"
# Characters people confuse when they read a password aloud or copy it by hand.
AMBIGUOUS = frozenset("0O1lI|5S2Z8B")
SEPARATORS = ("-", ".", "_", " ", "")

# Words a CM would not want to hand to a client in a generated passphrase.
_BLOCKED_WORDS = frozenset(
    """
    merde putain bordel connard connasse salope salaud enfoire encule bite couille couilles
    niquer nique baiser baise foutre chier chiant pute putes batard cul culs branler branleur
    pisse pisser cocu zizi nichons conne cons connerie conneries crever tuer tueur tuerie
    suicide viol violer violee nazi nazis drogue drogues cocaine heroine sexe sexy sexuel porno
    """.split()
)


@dataclass(frozen=True)
class PasswordPolicy:
    length: int = 20
    lowercase: bool = True
    uppercase: bool = True
    digits: bool = True
    symbols: bool = True
    symbol_set: str = DEFAULT_SYMBOLS
    avoid_ambiguous: bool = False

    def classes(self) -> list[str]:
        """The alphabets to draw from, one per enabled class, ambiguous characters removed."""
        chosen = []
        if self.lowercase:
            chosen.append(string.ascii_lowercase)
        if self.uppercase:
            chosen.append(string.ascii_uppercase)
        if self.digits:
            chosen.append(string.digits)
        if self.symbols:
            symbols = (c for c in self.symbol_set if c.isprintable() and not c.isspace())
            chosen.append("".join(dict.fromkeys(symbols)))
        if self.avoid_ambiguous:
            chosen = ["".join(c for c in cls if c not in AMBIGUOUS) for cls in chosen]
        return [cls for cls in chosen if cls]

    def validate(self) -> None:
        classes = self.classes()
        if not classes:
            raise ValueError("choose at least one kind of character")
        if not MIN_LENGTH <= self.length <= MAX_LENGTH:
            raise ValueError(f"length must be between {MIN_LENGTH} and {MAX_LENGTH}")
        if self.length < len(classes):
            raise ValueError("the password is shorter than the number of required character kinds")


@dataclass(frozen=True)
class PassphrasePolicy:
    words: int = 6
    separator: str = "-"
    capitalize: bool = False  # "Pain-Lundi-..." for sites that demand an uppercase letter
    add_digit: bool = False  # one random digit appended to a random word, for sites that demand one

    def validate(self) -> None:
        if not MIN_WORDS <= self.words <= MAX_WORDS:
            raise ValueError(f"a passphrase has {MIN_WORDS} to {MAX_WORDS} words")
        if len(self.separator) > 1:
            raise ValueError("the separator is at most one character")


def generate_password(policy: PasswordPolicy | None = None) -> str:
    policy = policy or PasswordPolicy()
    policy.validate()
    classes = policy.classes()
    alphabet = "".join(dict.fromkeys("".join(classes)))
    while True:  # rejection sampling: uniform over the passwords holding every class
        candidate = "".join(secrets.choice(alphabet) for _ in range(policy.length))
        if all(any(c in cls for c in candidate) for cls in classes):
            return candidate


def password_entropy(policy: PasswordPolicy) -> float:
    """Exact bits of `generate_password(policy)`: log2 of how many passwords it can produce.

    Inclusion-exclusion counts the strings over the alphabet that contain every required class.
    """
    policy.validate()
    sizes = [len(cls) for cls in policy.classes()]
    total = 0
    n = len(sizes)
    for mask in range(1 << n):
        missing = sum(sizes[i] for i in range(n) if mask >> i & 1)
        sign = -1 if bin(mask).count("1") % 2 else 1
        total += sign * (sum(sizes) - missing) ** policy.length
    return math.log2(total)


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.replace("œ", "oe").replace("æ", "ae"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _default_frequency_file() -> Path:
    from cmtoolbox.paths import resource_path  # deferred: keeps this module importable alone

    return resource_path("dictionaries", "freq_fr.txt")


@cache
def word_list(path: Path | None = None) -> tuple[str, ...]:
    """The passphrase words, most frequent first, unique after removing accents."""
    source = path or _default_frequency_file()
    words: list[str] = []
    seen: set[str] = set()
    with open(source, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            word = line.split("\t", 1)[0].strip()
            if not word.isalpha() or not word.islower():
                continue  # proper nouns, elisions, compounds
            folded = _fold(word)
            if not (4 <= len(folded) <= 8) or not folded.isascii() or not folded.isalpha():
                continue
            if folded in seen or folded in _BLOCKED_WORDS:
                continue
            seen.add(folded)
            words.append(folded)
            if len(words) == WORD_LIST_SIZE:
                break
    if len(words) < 1024:
        raise RuntimeError(f"the word list {source} is too short for passphrases ({len(words)} words)")
    return tuple(words)


def generate_passphrase(policy: PassphrasePolicy | None = None, words: tuple[str, ...] | None = None) -> str:
    policy = policy or PassphrasePolicy()
    policy.validate()
    vocabulary = words or word_list()
    chosen = [secrets.choice(vocabulary) for _ in range(policy.words)]
    if policy.capitalize:
        chosen = [w.capitalize() for w in chosen]
    if policy.add_digit:
        index = secrets.randbelow(len(chosen))
        chosen[index] += secrets.choice(string.digits)
    return policy.separator.join(chosen)


def passphrase_entropy(policy: PassphrasePolicy, words: tuple[str, ...] | None = None) -> float:
    """Bits of `generate_passphrase(policy)`; capitalising adds nothing since it is always applied.

    With an empty separator two word sequences can glue into the same text, so the figure is then
    an upper bound (a slight one: the words are at least four letters long).
    """
    policy.validate()
    vocabulary = words or word_list()
    bits = policy.words * math.log2(len(vocabulary))
    if policy.add_digit:
        bits += math.log2(10 * policy.words)
    return bits
