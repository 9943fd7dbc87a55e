"""A fallback font for Chinese, Japanese and Korean, registered at start when the system has none.

Feeds bring titles in any script; without a CJK font Qt draws each character as a box (issue 15).
`.ci/install` installs Noto CJK, but the frozen app runs on machines nobody set up, so it carries
Droid Sans Fallback (resources/fonts, Apache-2.0, 3.4 MB) and registers it only when the installed
fonts do not cover the three scripts. Registered application fonts join fontconfig's font set on
Linux, so Qt's per-character fallback picks it for the glyphs the interface font lacks.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from cmtoolbox.paths import resource_path

log = logging.getLogger(__name__)

FALLBACK_FILE = "DroidSansFallback.ttf"
FALLBACK_FAMILY = "Droid Sans Fallback"
CJK_SYSTEMS = (
    QFontDatabase.WritingSystem.SimplifiedChinese,
    QFontDatabase.WritingSystem.Japanese,
    QFontDatabase.WritingSystem.Korean,
)


def missing_cjk_systems() -> list[QFontDatabase.WritingSystem]:
    """The CJK writing systems no installed (or registered) font supports."""
    return [system for system in CJK_SYSTEMS if not QFontDatabase.families(system)]


def register_cjk_fallback() -> list[str]:
    """Register the bundled fallback font; returns its families (empty if it could not be loaded)."""
    path = resource_path("fonts", FALLBACK_FILE)
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        log.warning("could not load the CJK fallback font %s", path)
        return []
    return list(QFontDatabase.applicationFontFamilies(font_id))


def ensure_cjk_fallback() -> list[str]:
    """At start (a QGuiApplication exists): register the fallback if some CJK script has no font.
    Returns the families registered, empty when the system's fonts already cover them."""
    missing = missing_cjk_systems()
    if not missing:
        return []
    families = register_cjk_fallback()
    if families:
        log.info("no font for %s: using the bundled %s", [s.name for s in missing], ", ".join(families))
    return families
