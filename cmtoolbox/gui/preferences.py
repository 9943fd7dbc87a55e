"""UI preferences that must be known before the database opens: language, regional format, theme,
window state.

They live in an INI file beside the database (not in the OS registry or ~/.config), so one data
folder is the whole of a user's CM Toolbox and `--data-dir` fully isolates test sessions.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path
from typing import overload

from PySide6.QtCore import QByteArray, QSettings

LANGUAGES = ("system", "fr", "en")
REGIONAL_FORMATS = ("system", "fr_FR", "en_GB", "en_US")  # dates and numbers: see gui.formatting
THEMES = ("system", "light", "dark")
DEFAULT_SPELL_LANGUAGES = ("fr", "en")


PREFERENCES_FILE = "preferences.ini"


class _Choice:
    """A preference that is one of `allowed`; the first ("system") when unset, or when the file
    holds a value this version does not know."""

    def __init__(self, key: str, allowed: tuple[str, ...]) -> None:
        self.key = key
        self.allowed = allowed

    @overload
    def __get__(self, prefs: None, owner: type) -> _Choice: ...
    @overload
    def __get__(self, prefs: Preferences, owner: type) -> str: ...
    def __get__(self, prefs: Preferences | None, owner: type) -> _Choice | str:
        if prefs is None:
            return self
        value = str(prefs.value(self.key, self.allowed[0]))
        return value if value in self.allowed else self.allowed[0]

    def __set__(self, prefs: Preferences, value: str) -> None:
        prefs.set_value(self.key, value if value in self.allowed else self.allowed[0])


class Preferences:
    """The INI file, private to the user (mode 0600 whatever the umask): window geometry and
    recent choices say what a person works on.

    QSettings saves through QSaveFile (a new file renamed over the old one), which keeps the
    existing file's permissions; so the file is created 0600 before QSettings first writes it,
    and a file an older version left 0644 is tightened. `read_only=True` touches nothing on disk
    (a second start that does not own the data folder)."""

    def __init__(self, root: Path, *, read_only: bool = False) -> None:
        path = root / PREFERENCES_FILE
        if not read_only:
            _make_private(path)
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    language = _Choice("ui/language", LANGUAGES)
    #: how dates and numbers are written: "system" or a locale name (see `gui.formatting`)
    regional_format = _Choice("ui/regional_format", REGIONAL_FORMATS)
    theme = _Choice("ui/theme", THEMES)

    @property
    def spell_languages(self) -> tuple[str, ...]:
        raw = self._qs.value("spelling/languages", ",".join(DEFAULT_SPELL_LANGUAGES))
        langs = tuple(x for x in str(raw).split(",") if x)
        return langs

    @spell_languages.setter
    def spell_languages(self, value: tuple[str, ...]) -> None:
        self._qs.setValue("spelling/languages", ",".join(value))

    def window_state(self, name: str) -> tuple[QByteArray | None, QByteArray | None]:
        geometry = self._qs.value(f"windows/{name}/geometry")
        state = self._qs.value(f"windows/{name}/state")
        return (
            geometry if isinstance(geometry, QByteArray) else None,
            state if isinstance(state, QByteArray) else None,
        )

    def save_window_state(self, name: str, geometry: QByteArray, state: QByteArray | None = None) -> None:
        self._qs.setValue(f"windows/{name}/geometry", geometry)
        if state is not None:
            self._qs.setValue(f"windows/{name}/state", state)

    def value(self, key: str, default: object = None) -> object:
        return self._qs.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        self._qs.setValue(key, value)

    def sync(self) -> None:
        self._qs.sync()


def _make_private(path: Path) -> None:
    with contextlib.suppress(OSError):
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(fd)
        if stat.S_IMODE(path.stat().st_mode) != 0o600:
            path.chmod(0o600)
