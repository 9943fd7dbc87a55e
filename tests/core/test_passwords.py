"""Password and passphrase generation: classes honoured, exact strength, a usable French word list."""

from __future__ import annotations

import math
import string
from collections import Counter

import pytest

from cmtoolbox.core import passwords
from cmtoolbox.core.passwords import PassphrasePolicy, PasswordPolicy


def test_default_password_has_every_class_and_the_length() -> None:
    for _ in range(200):
        value = passwords.generate_password()
        assert len(value) == 20
        assert any(c in string.ascii_lowercase for c in value)
        assert any(c in string.ascii_uppercase for c in value)
        assert any(c in string.digits for c in value)
        assert any(c in passwords.DEFAULT_SYMBOLS for c in value)
        assert not any(c.isspace() or c in "\"'\\<>`" for c in value)


def test_classes_can_be_switched_off_and_ambiguous_characters_avoided() -> None:
    policy = PasswordPolicy(length=64, symbols=False, uppercase=False, avoid_ambiguous=True)
    for _ in range(50):
        value = passwords.generate_password(policy)
        assert set(value) <= set(string.ascii_lowercase + string.digits) - passwords.AMBIGUOUS
        assert any(c.isdigit() for c in value)
    digits_only = passwords.generate_password(PasswordPolicy(length=12, lowercase=False, uppercase=False,
                                                             symbols=False))
    assert digits_only.isdigit() and len(digits_only) == 12


@pytest.mark.parametrize(
    "policy",
    [
        PasswordPolicy(length=7),
        PasswordPolicy(length=129),
        PasswordPolicy(lowercase=False, uppercase=False, digits=False, symbols=False),
        PasswordPolicy(symbols=True, lowercase=False, uppercase=False, digits=False, symbol_set="  "),
    ],
)
def test_impossible_policies_are_refused(policy: PasswordPolicy) -> None:
    with pytest.raises(ValueError):
        passwords.generate_password(policy)


def test_entropy_is_exact_for_small_alphabets() -> None:
    # Digits and lowercase, length 8: 36^8 strings minus the 26^8 without a digit and 10^8 without a letter.
    policy = PasswordPolicy(length=8, uppercase=False, symbols=False)
    expected = 36**8 - 26**8 - 10**8
    assert passwords.password_entropy(policy) == pytest.approx(math.log2(expected))
    strong = passwords.password_entropy(PasswordPolicy())
    assert 125 < strong < 20 * math.log2(26 + 26 + 10 + len(passwords.DEFAULT_SYMBOLS))


def test_characters_are_drawn_evenly() -> None:
    """A gross bias (e.g. modulo bias or a constant first character) would show here."""
    counts = Counter("".join(passwords.generate_password(PasswordPolicy(length=32, symbols=False))
                             for _ in range(400)))
    alphabet = string.ascii_letters + string.digits
    assert set(counts) == set(alphabet)
    mean = sum(counts.values()) / len(alphabet)
    assert max(counts.values()) < mean * 1.6 and min(counts.values()) > mean * 0.5


def test_french_word_list_is_diceware_sized_plain_and_clean() -> None:
    words = passwords.word_list()
    assert len(words) == passwords.WORD_LIST_SIZE == 7776
    assert len(set(words)) == len(words)
    assert all(w.isascii() and w.isalpha() and w.islower() and 4 <= len(w) <= 8 for w in words)
    assert {"pain", "maison", "boulangerie"} & set(words)
    assert "etre" in words  # "être", typed without accent on any keyboard
    assert not set(words) & {"merde", "putain", "connard"}


def test_passphrases() -> None:
    phrase = passwords.generate_passphrase()
    parts = phrase.split("-")
    assert len(parts) == 6 and all(p in passwords.word_list() for p in parts)
    policy = PassphrasePolicy(words=4, separator=".", capitalize=True, add_digit=True)
    fancy = passwords.generate_passphrase(policy)
    parts = fancy.split(".")
    assert len(parts) == 4 and all(p[0].isupper() for p in parts)
    assert sum(c.isdigit() for c in fancy) == 1
    assert passwords.passphrase_entropy(PassphrasePolicy()) == pytest.approx(6 * math.log2(7776))
    with pytest.raises(ValueError):
        passwords.generate_passphrase(PassphrasePolicy(words=2))
    with pytest.raises(ValueError):
        passwords.generate_passphrase(PassphrasePolicy(separator="--"))


def test_two_draws_differ() -> None:
    assert len({passwords.generate_password() for _ in range(100)}) == 100
    assert len({passwords.generate_passphrase() for _ in range(100)}) == 100
