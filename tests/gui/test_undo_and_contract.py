"""The app-wide undo stack and the page contract, driven through the real main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from cmtoolbox.gui import main_window as main_window_module
from cmtoolbox.gui.help import window_shortcuts
from cmtoolbox.gui.main_window import MainWindow
from cmtoolbox.gui.page import SectionPage


class _NotesLike(SectionPage):
    hit_kinds = frozenset({"notes"})

    def __init__(self, ctx, clients, parent=None) -> None:  # noqa: ANN001
        super().__init__(ctx, clients, parent)
        self.created = 0
        self.opened: list[object] = []
        self.field = QLineEdit(self)

    def new_item_text(self) -> str:
        return "New &note"

    def new_item(self) -> None:
        self.created += 1

    def open_hit(self, hit):  # noqa: ANN001, ANN201
        self.opened.append(hit)


def _window(qtbot, ctx, run, monkeypatch) -> MainWindow:  # noqa: ANN001
    monkeypatch.setattr(main_window_module, "page_factories", lambda: {"notes": _NotesLike})
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    run(window.clients.reload())
    return window


def test_ctrl_n_creates_in_the_current_section_even_with_focus_in_the_sidebar(
    qtbot,
    ctx,
    run,
    monkeypatch,  # noqa: ANN001
) -> None:
    window = _window(qtbot, ctx, run, monkeypatch)
    window.show_section("notes")
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = window.page("notes")
    assert page.created == 1
    assert window.new_action.text() == "New &note" and window.new_action.isEnabled()
    window.show_section("dashboard")  # a section that creates nothing
    assert not window.new_action.isEnabled()
    qtbot.keyClick(window.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.created == 1


def test_search_hits_open_on_the_page_that_declares_their_kind(qtbot, ctx, run, monkeypatch) -> None:  # noqa: ANN001
    from cmtoolbox.storage.search import SearchHit

    window = _window(qtbot, ctx, run, monkeypatch)
    hit = SearchHit("notes", 1, None, "Brief", "")
    window.open_search_hit(hit)
    assert window.current_section == "notes" and window.page("notes").opened == [hit]


def test_the_routing_table_agrees_with_every_pages_hit_kinds() -> None:
    """The window routes a record to its section without building every page: the table and the
    pages' own `hit_kinds` must say the same."""
    import importlib

    from cmtoolbox.gui.pages import HIT_SECTIONS, PAGES

    declared: dict[str, str] = {}
    for key, target in PAGES.items():
        module, _sep, name = target.partition(":")
        for kind in getattr(importlib.import_module(module), name).hit_kinds:
            declared[kind] = key
    assert declared == HIT_SECTIONS


def test_ctrl_z_undoes_a_data_operation_and_ctrl_shift_z_redoes_it(
    qtbot, ctx, run, store, monkeypatch
) -> None:  # noqa: ANN001
    window = _window(qtbot, ctx, run, monkeypatch)
    client = run(window.clients.create_client("Alpha"))
    assert not window.undo_action.isEnabled()
    run(window.clients.rename_client(client.id, "Alpha Boutique"))
    assert window.undo_action.isEnabled() and "Client renamed" in window.undo_action.text()
    assert window.undo_button.isVisible()  # the status bar offers Undo
    assert window.statusBar().currentMessage() == "Client renamed"

    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    run(ctx.tasks.idle())
    assert store.clients.get(client.id).name == "Alpha"
    assert window.clients.current.name == "Alpha"  # the switcher refreshed from the change
    assert window.redo_action.isEnabled() and not window.undo_action.isEnabled()

    qtbot.keyClick(
        window.nav, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    run(ctx.tasks.idle())
    assert store.clients.get(client.id).name == "Alpha Boutique"
    assert window.undo_action.isEnabled()


def test_ctrl_z_in_a_text_field_stays_with_the_text(qtbot, ctx, run, store, monkeypatch) -> None:  # noqa: ANN001
    window = _window(qtbot, ctx, run, monkeypatch)
    client = run(window.clients.create_client("Alpha"))
    run(window.clients.rename_client(client.id, "Alpha Boutique"))
    window.show_section("notes")
    field = window.page("notes").field
    window.activateWindow()
    field.setFocus()
    qtbot.keyClicks(field, "abc")
    assert field.text() == "abc" and field.hasFocus()
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    run(ctx.tasks.idle())
    assert field.text() == ""  # the field undid its typing...
    assert store.clients.get(client.id).name == "Alpha Boutique"  # ...not the rename


def test_status_button_undoes(qtbot, ctx, run, store, monkeypatch) -> None:  # noqa: ANN001
    window = _window(qtbot, ctx, run, monkeypatch)
    client = run(window.clients.create_client("Alpha"))
    run(window.clients.set_archived(client.id, True))
    assert store.clients.get(client.id).archived
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    run(ctx.tasks.idle())
    assert not store.clients.get(client.id).archived
    assert window.statusBar().currentMessage().startswith("Undone:")


def test_help_guide_and_shortcuts(qtbot, ctx, run, monkeypatch) -> None:  # noqa: ANN001
    window = _window(qtbot, ctx, run, monkeypatch)
    guide = window.show_guide()
    assert "Ctrl+K" in guide.browser.toPlainText()
    guide.close()
    dialog = window.show_shortcuts()
    rows = {
        dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())
    }
    assert rows["Search"] == "Ctrl+K" and "Ctrl+N" not in rows.values()  # no section creates here
    window.show_section("notes")
    dialog.close()
    rows = dict(window_shortcuts(window))
    assert rows["New note"] == "Ctrl+N"


def test_french_guide_exists_and_follows_the_language() -> None:
    from cmtoolbox.gui.help import guide_text

    assert "Sauvegarder" in guide_text("fr") and "Back up" in guide_text("en")


def test_first_start_size_fits_the_screen() -> None:
    from PySide6.QtCore import QSize

    from cmtoolbox.gui.main_window import default_size

    assert default_size(QSize(1920, 1040)) == QSize(1440, 900)
    assert default_size(QSize(1280, 680)) == QSize(1152, 612)
