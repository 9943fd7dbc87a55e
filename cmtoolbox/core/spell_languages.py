"""Which spell-check languages apply to a text: the app's default, a client's choice, a draft's choice.

A CM writes for clients in different languages: a Lyon bakery posts in French only (English words
there are typos), a hotel posts in French and English. The app-wide preference is the default; a
client may replace it, and a draft may replace the client's choice (a one-off English post). The most
specific choice wins, and "no choice" (None) means "follow the level above". An explicit empty
choice is a real answer: no spell check at all (a client posting in a language with no dictionary).

Pure functions: the GUI reads the levels (preferences file, client settings, draft record) and asks
here what applies, so the precedence lives in one place and is tested without Qt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

__all__ = ["LANGUAGE_CODE", "effective_languages", "normalize_languages", "parse_choice"]

LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(?:_[A-Z]{2})?$")


def normalize_languages(languages: Iterable[str]) -> tuple[str, ...]:
    """Well-formed language codes ("fr", "en", "fr_CA"), in the given order, without repeats.

    "fr-ca" and "FR_ca" become "fr_CA"; anything that is not a language code is dropped.
    """
    found: list[str] = []
    for raw in languages:
        if not isinstance(raw, str):
            continue
        main, _, region = raw.strip().replace("-", "_").partition("_")
        code = main.lower() + (f"_{region.upper()}" if region else "")
        if LANGUAGE_CODE.match(code) and code not in found:
            found.append(code)
    return tuple(found)


def parse_choice(value: object) -> tuple[str, ...] | None:
    """A stored choice (JSON list) as languages, or None when there is no usable choice.

    A list that held only junk counts as no choice (follow the level above), not as "no spell
    check": only a list that really is empty means that.
    """
    if not isinstance(value, (list, tuple)):
        return None
    languages = normalize_languages(value)
    if not languages and value:
        return None
    return languages


def effective_languages(
    app_default: Sequence[str],
    client_choice: Sequence[str] | None = None,
    draft_choice: Sequence[str] | None = None,
) -> tuple[str, ...]:
    """The languages to check with: the draft's choice, else the client's, else the app's default."""
    for choice in (draft_choice, client_choice):
        if choice is not None:
            return normalize_languages(choice)
    return normalize_languages(app_default)
