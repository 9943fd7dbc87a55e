"""The app's window builds only the section it shows before appearing; the others are built when
first shown, when asked for, or a moment later, one per event-loop turn (issue 16)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cmtoolbox.gui import main_window as main_window_module
from cmtoolbox.gui.main_window import MainWindow
from cmtoolbox.gui.page import SectionPage


def test_only_the_shown_section_is_built_before_the_window(qtbot, ctx, run, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(main_window_module, "PAGE_WARMUP_DELAY_MS", 60_000)  # no warm-up here
    ctx.prefs.set_value("ui/section", "notes")
    window = MainWindow(ctx, lazy_pages=True)
    qtbot.addWidget(window)
    window.show()
    run(window.clients.reload())
    assert window.current_section == "notes"
    assert isinstance(window.current_page(), SectionPage)
    assert set(window._pending_pages) == {
        window._section_keys.index(k) for k in ("sources", "drafts", "results", "library", "accounts")
    }
    # Shown from the sidebar (Ctrl+3): built then, and the one in the stack.
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section == "sources"
    sources = window.pages.currentWidget()
    assert isinstance(sources, SectionPage) and sources is window.page("sources")
    assert sources.objectName() == "page_sources"
    # Asked for by another part of the app (a search hit, the dashboard): built on demand.
    library = window.page("library")
    assert isinstance(library, SectionPage) and window.pages.indexOf(library) == window._section_keys.index(
        "library"
    )
    assert window.current_section == "sources" and window.pages.currentWidget() is sources


def test_the_other_sections_are_built_soon_after_the_start(qtbot, ctx, run, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(main_window_module, "PAGE_WARMUP_DELAY_MS", 0)
    ctx.prefs.set_value("ui/section", "notes")
    window = MainWindow(ctx, lazy_pages=True)
    qtbot.addWidget(window)
    window.show()
    run(window.clients.reload())
    qtbot.waitUntil(lambda: not window._pending_pages, timeout=20_000)
    pages = window.findChildren(SectionPage)
    assert {p.objectName() for p in pages} >= {
        f"page_{k}" for k in ("notes", "sources", "drafts", "library", "accounts")
    }
    assert window.current_section == "notes" and window.pages.currentWidget() is window.page("notes")
