"""The "Languages: FR EN" button beside an editor's counters: which spell-check languages apply.

Its menu offers "Application default (FR, EN)" (follow the level above: the Settings dialog for a
client, the client's choice for a draft) and one checkable entry per language with a dictionary.
The button only shows and asks: the page that hosts it stores the choice (a client's settings
today, a draft's record later) and hands the state back through `set_state`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from cmtoolbox.core.spelling import available_languages

__all__ = ["LANGUAGE_NAMES", "SpellLanguagesButton", "short_codes"]

# Each language under its own name, as in the Settings dialog.
LANGUAGE_NAMES = {"fr": "Français", "en": "English"}


def short_codes(languages: Sequence[str]) -> str:
    """ "FR EN": how the button names the languages."""
    return " ".join(code.split("_")[0].upper() for code in languages)


class SpellLanguagesButton(QToolButton):
    """`choice_changed(tuple[str, ...] | None)`: the user picked languages (None: follow the default)."""

    choice_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, default_label: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("spellLanguagesButton")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAccessibleName(self.tr("Spell-check languages"))
        self._default_label = default_label or self.tr("Application default")
        self._inherited: tuple[str, ...] = ()
        self._choice: tuple[str, ...] | None = None

        self.languages_menu = QMenu(self)
        self.languages_menu.setToolTipsVisible(True)
        self.default_action = QAction(self)
        self.default_action.setObjectName("spellLanguagesDefault")
        self.default_action.setCheckable(True)
        self.default_action.triggered.connect(lambda _checked=False: self._choose(None))
        self.languages_menu.addAction(self.default_action)
        self.languages_menu.addSeparator()
        self.language_actions: dict[str, QAction] = {}
        known = available_languages()
        ordered = [c for c in LANGUAGE_NAMES if c in known] + [c for c in known if c not in LANGUAGE_NAMES]
        for code in ordered:
            action = QAction(LANGUAGE_NAMES.get(code, code.upper()), self)
            action.setCheckable(True)
            action.triggered.connect(lambda checked, c=code: self._toggle(c, checked))
            self.languages_menu.addAction(action)
            self.language_actions[code] = action
        self.setMenu(self.languages_menu)
        self._refresh()

    # -- state -------------------------------------------------------------------------------
    def set_state(self, inherited: Sequence[str], choice: Sequence[str] | None) -> None:
        """`inherited`: the languages of the level above; `choice`: this level's own, or None."""
        self._inherited = tuple(inherited)
        self._choice = tuple(choice) if choice is not None else None
        self._refresh()

    def choice(self) -> tuple[str, ...] | None:
        return self._choice

    def effective(self) -> tuple[str, ...]:
        return self._choice if self._choice is not None else self._inherited

    def follows_default(self) -> bool:
        return self._choice is None

    def _refresh(self) -> None:
        effective = self.effective()
        codes = short_codes(effective) or self.tr("none")
        self.setText(self.tr("Languages: %1").replace("%1", codes))
        inherited = ", ".join(c.split("_")[0].upper() for c in self._inherited) or self.tr("none")
        self.default_action.setText(f"{self._default_label} ({inherited})")
        self.default_action.setChecked(self._choice is None)
        for code, action in self.language_actions.items():
            action.setChecked(code in effective)

    # -- choosing ----------------------------------------------------------------------------
    def _toggle(self, code: str, checked: bool) -> None:
        chosen = set(self.effective())
        if checked:
            chosen.add(code)
        else:
            chosen.discard(code)
        self._choose(tuple(c for c in self.language_actions if c in chosen))

    def _choose(self, choice: tuple[str, ...] | None) -> None:
        self._choice = choice
        self._refresh()
        self.choice_changed.emit(choice)
