"""The settings dialog: a Designer form (ui/settings_dialog.ui) plus the logic to load and save it.

The regional format (dates and numbers) is chosen apart from the language, as on Windows and macOS;
the dialog shows what the chosen one looks like before it is applied."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QWidget

from cmtoolbox.gui.context import PREF_LANGUAGE, PREF_REGIONAL_FORMAT, PREF_SPELL_LANGUAGES, PREF_THEME
from cmtoolbox.gui.formatting import regional_locale, sample
from cmtoolbox.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from cmtoolbox.gui.i18n import fill, resolve_language
from cmtoolbox.gui.preferences import Preferences
from cmtoolbox.gui.theme import semantic_text


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
            ("system", self.tr("Same as the system")),
            ("fr_FR", "Français (France)"),  # shown in their own language, as the languages are
            ("en_GB", "English (United Kingdom)"),
            ("en_US", "English (United States)"),
        ):
            self.ui.regionCombo.addItem(label, code)
        for code, label in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.ui.themeCombo.addItem(label, code)
        self.ui.languageCombo.setCurrentIndex(self.ui.languageCombo.findData(prefs.language))
        self.ui.themeCombo.setCurrentIndex(self.ui.themeCombo.findData(prefs.theme))
        self.ui.regionCombo.setCurrentIndex(max(0, self.ui.regionCombo.findData(prefs.regional_format)))
        for hint in (self.ui.restartHint, self.ui.regionSample):
            semantic_text(hint, "muted")  # readable (a disabled label's grey is not)
        self.ui.regionCombo.currentIndexChanged.connect(self._show_sample)
        self.ui.languageCombo.currentIndexChanged.connect(self._show_sample)
        self._show_sample()
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

    def selected_regional_format(self) -> str:
        return str(self.ui.regionCombo.currentData())

    def _show_sample(self) -> None:
        """ "30/11/2026 14:05 · 1 234,5": the chosen format, with the chosen language when it decides
        (the format in effect while neither choice changed)."""
        region, language = self.selected_regional_format(), self.selected_language()
        if (region, language) == (self._prefs.regional_format, self._prefs.language):
            locale = QLocale()
        else:
            locale = regional_locale(region, resolve_language(language))
        self.ui.regionSample.setText(fill(self.tr("For example: %1"), sample(locale)))

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
        prefs = self._prefs
        before = (prefs.language, prefs.regional_format, prefs.theme, prefs.spell_languages)
        prefs.language = self.selected_language()
        prefs.regional_format = self.selected_regional_format()
        prefs.theme = self.selected_theme()
        prefs.spell_languages = self.selected_spell_languages()
        prefs.sync()
        after = (prefs.language, prefs.regional_format, prefs.theme, prefs.spell_languages)
        names = (PREF_LANGUAGE, PREF_REGIONAL_FORMAT, PREF_THEME, PREF_SPELL_LANGUAGES)
        return frozenset(name for name, old, new in zip(names, before, after, strict=True) if old != new)
