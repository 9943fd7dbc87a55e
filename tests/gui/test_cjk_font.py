"""Chinese, Japanese and Korean feed titles are drawn as text, not boxes: with the system's CJK font
(installed by .ci/install) or with the bundled fallback the app registers when there is none (issue 15)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QRawFont, QTextLayout
from PySide6.QtWidgets import QApplication

from cmtoolbox.gui.fonts import (
    CJK_SYSTEMS,
    FALLBACK_FAMILY,
    FALLBACK_FILE,
    ensure_cjk_fallback,
    missing_cjk_systems,
    register_cjk_fallback,
)
from cmtoolbox.paths import resource_path

TITLES = "新华社：今日新闻 · 日本語のニュース · 한국어 뉴스"


def boxes(text: str, font: QFont) -> int:
    """How many characters are drawn as a box (glyph 0: no font Qt falls back to has them)."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    assert layout.glyphRuns(), "nothing was laid out"
    return sum(1 for run in layout.glyphRuns() for glyph in run.glyphIndexes() if glyph == 0)


def test_the_bundled_font_covers_the_three_scripts(qapp: QApplication) -> None:
    path = resource_path("fonts", FALLBACK_FILE)
    assert path.is_file() and 3_000_000 < path.stat().st_size < 5_000_000  # bundled, and small
    raw = QRawFont(str(path), 12)
    assert raw.isValid() and raw.familyName() == FALLBACK_FAMILY
    for char in "新闻日本語한국어":
        assert raw.supportsCharacter(ord(char)), char
    assert (path.parent / "README.md").is_file() and (path.parent / "DroidSansFallback.LICENSE.txt").is_file()


def test_feed_titles_in_cjk_are_not_boxes(qapp: QApplication) -> None:
    ensure_cjk_fallback()  # what make_application does at start
    assert missing_cjk_systems() == []
    assert boxes(TITLES, QFont()) == 0
    bold = QFont()
    bold.setBold(True)  # feed item titles are bold
    assert boxes(TITLES, bold) == 0


def test_registering_the_fallback_adds_its_family(qapp: QApplication) -> None:
    assert register_cjk_fallback() == [FALLBACK_FAMILY]
    for system in CJK_SYSTEMS:
        assert QFontDatabase.families(system), system.name
