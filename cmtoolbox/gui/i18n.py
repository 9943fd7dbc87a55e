"""Translators: French on a French system, English otherwise, unless the user chose.

The app's own catalogue lives in resources/translations; Qt's own (standard buttons, file and colour
dialogs: `qtbase_fr`) comes from the Qt installation or the frozen bundle when present.

Installing a catalogue sends every widget a `LanguageChange` event: windows that handle it retranslate
themselves at once (the main window's menus, sidebar and status bar); the rest need a restart, which the
main window offers. Dates and numbers follow the regional format (`gui.formatting`), not the language.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cmtoolbox.gui.formatting import apply_regional_format
from cmtoolbox.paths import resource_path

log = logging.getLogger(__name__)
SUPPORTED = ("fr", "en")


def resolve_language(choice: str, system: QLocale | None = None) -> str:
    if choice in SUPPORTED:
        return choice
    locale = system or QLocale.system()
    return "fr" if locale.language() == QLocale.Language.French else "en"


def install_translators(
    app: QCoreApplication, language: str, regional_format: str = "system"
) -> list[QTranslator]:
    """Install the catalogues for `language` ("fr" or "en") and apply the regional format of dates and
    numbers (a `Preferences.regional_format` choice); returns the catalogues so they stay alive."""
    for old in getattr(app, "_cmtoolbox_translators", []):
        app.removeTranslator(old)
    translators: list[QTranslator] = []
    apply_regional_format(regional_format, language)
    ours = QTranslator(app)  # English too: its catalogue holds the plural forms
    path = resource_path("translations", f"cmtoolbox_{language}.qm")
    if ours.load(str(path)):
        translators.append(ours)
    else:
        log.warning("translation catalogue missing: %s", path)
    if language != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            translators.append(qt)
        elif qt.load(f"qtbase_{language}", str(resource_path("translations"))):
            translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)
    app._cmtoolbox_translators = translators  # type: ignore[attr-defined]
    return translators


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate a string outside a QObject. lupdate files these calls under the empty context."""
    return QCoreApplication.translate("", text, disambiguation, n)


def fill(text: str, *values: object) -> str:
    """Put values in a translated text's %1, %2... (highest first, so %1 does not eat %10).

    Counts go through Qt's plural forms instead: `self.tr("%n source(s)", "", n)`."""
    for index in range(len(values), 0, -1):
        text = text.replace(f"%{index}", str(values[index - 1]))
    return text
