"""UI preferences that must be known before the database opens: language, theme, window state.

They live in an INI file beside the database (not in the OS registry or ~/.config), so one data
folder is the whole of a user's CM Toolbox and `--data-dir` fully isolates test sessions.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

LANGUAGES = ("system", "fr", "en")
THEMES = ("system", "light", "dark")
DEFAULT_SPELL_LANGUAGES = ("fr", "en")


class Preferences:
    def __init__(self, root: Path) -> None:
        self._qs = QSettings(str(root / "preferences.ini"), QSettings.Format.IniFormat)

    def _choice(self, key: str, allowed: tuple[str, ...]) -> str:
        value = str(self._qs.value(key, allowed[0]))
        return value if value in allowed else allowed[0]

    @property
    def language(self) -> str:
        return self._choice("ui/language", LANGUAGES)

    @language.setter
    def language(self, value: str) -> None:
        self._qs.setValue("ui/language", value if value in LANGUAGES else "system")

    @property
    def theme(self) -> str:
        return self._choice("ui/theme", THEMES)

    @theme.setter
    def theme(self, value: str) -> None:
        self._qs.setValue("ui/theme", value if value in THEMES else "system")

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
