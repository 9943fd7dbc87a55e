"""The settings dialog: a Designer form (ui/settings_dialog.ui) plus the logic to load and save it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QWidget

from cmtoolbox.gui.context import PREF_LANGUAGE, PREF_SPELL_LANGUAGES, PREF_THEME
from cmtoolbox.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from cmtoolbox.gui.preferences import Preferences


class SettingsDialog(QDialog):
    def __init__(self, prefs: Preferences, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self._prefs = prefs
        self._data_dir = data_dir
        for code, label in (
            ("system", self.tr("System default")),
            ("fr", "Français"),  # language names are shown in their own language
            ("en", "English"),
        ):
            self.ui.languageCombo.addItem(label, code)
        for code, label in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.ui.themeCombo.addItem(label, code)
        self.ui.languageCombo.setCurrentIndex(self.ui.languageCombo.findData(prefs.language))
        self.ui.themeCombo.setCurrentIndex(self.ui.themeCombo.findData(prefs.theme))
        langs = prefs.spell_languages
        self.ui.spellFrenchCheck.setChecked("fr" in langs)
        self.ui.spellEnglishCheck.setChecked("en" in langs)
        self.ui.dataDirEdit.setText(str(data_dir))
        self.ui.dataDirEdit.setCursorPosition(0)
        self.ui.openDataDirButton.clicked.connect(self.open_data_dir)

    def open_data_dir(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_dir)))

    def selected_language(self) -> str:
        return str(self.ui.languageCombo.currentData())

    def selected_theme(self) -> str:
        return str(self.ui.themeCombo.currentData())

    def selected_spell_languages(self) -> tuple[str, ...]:
        langs = []
        if self.ui.spellFrenchCheck.isChecked():
            langs.append("fr")
        if self.ui.spellEnglishCheck.isChecked():
            langs.append("en")
        return tuple(langs)

    def apply(self) -> frozenset[str]:
        """Write the choices to the preferences; returns the names of those that changed (PREF_*),
        which the caller applies live and announces through `AppEvents.preferences_changed`."""
        before = (self._prefs.language, self._prefs.theme, self._prefs.spell_languages)
        self._prefs.language = self.selected_language()
        self._prefs.theme = self.selected_theme()
        self._prefs.spell_languages = self.selected_spell_languages()
        self._prefs.sync()
        after = (self._prefs.language, self._prefs.theme, self._prefs.spell_languages)
        names = (PREF_LANGUAGE, PREF_THEME, PREF_SPELL_LANGUAGES)
        return frozenset(name for name, old, new in zip(names, before, after, strict=True) if old != new)
