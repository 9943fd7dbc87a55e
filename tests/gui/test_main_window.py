"""The app shell driven like a person would: sections, client switcher, settings, geometry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from cmtoolbox.gui.i18n import install_translators, resolve_language
from cmtoolbox.gui.main_window import MainWindow
from cmtoolbox.gui.preferences import Preferences
from cmtoolbox.gui.theme import apply_theme, is_dark
from cmtoolbox.ops.clients import CURRENT_CLIENT_KEY
from tests.gui.helpers import click_in_next_message_box, click_role_in_next_message_box


def make_window(qtbot, ctx, run) -> MainWindow:  # noqa: ANN001
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    run(window.clients.reload())
    return window


def answer_input(text: str) -> None:
    """Type into the next QInputDialog and accept it, as a user would."""

    def fill() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QInputDialog) and widget.isVisible():
                widget.setTextValue(text)
                widget.accept()
                return
        QTimer.singleShot(20, fill)

    QTimer.singleShot(0, fill)




def test_archive_can_be_cancelled(qtbot, ctx, run, store) -> None:  # noqa: ANN001
    window = make_window(qtbot, ctx, run)
    client = run(window.clients.create_client("Alpha"))
    click_in_next_message_box(QMessageBox.StandardButton.No)
    window.clients.archive_action.trigger()
    run(ctx.tasks.idle())
    assert not store.clients.get(client.id).archived


def test_sidebar_has_the_seven_sections_and_shortcuts(qtbot, ctx, run) -> None:  # noqa: ANN001
    window = make_window(qtbot, ctx, run)
    keys = [window.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.nav.count())]
    assert keys == ["dashboard", "notes", "sources", "drafts", "results", "library", "accounts"]
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section == "sources"
    assert window.pages.currentWidget() is window.page("sources")
    window.show_section("accounts")
    assert window.nav.currentRow() == 6


def test_empty_database_shows_no_client(qtbot, ctx, run) -> None:  # noqa: ANN001
    window = make_window(qtbot, ctx, run)
    assert window.clients.current is None
    assert not window.clients.combo.isEnabled()
    assert not window.clients.rename_action.isEnabled()


def test_create_client_through_the_dialog(qtbot, ctx, run, store) -> None:  # noqa: ANN001
    window = make_window(qtbot, ctx, run)
    answer_input("Boulangerie Martin")
    window.clients.new_action.trigger()
    run(ctx.tasks.idle())
    assert [c.name for c in store.clients.list()] == ["Boulangerie Martin"]
    assert window.clients.current is not None and window.clients.current.name == "Boulangerie Martin"
    assert window.clients.combo.currentText() == "Boulangerie Martin"
    assert "Boulangerie Martin" in window.windowTitle()
    assert store.settings.get(CURRENT_CLIENT_KEY) == window.clients.current.id


def test_duplicate_name_gives_a_clear_message_and_writes_nothing(qtbot, ctx, run, store, errors) -> None:  # noqa: ANN001
    window = make_window(qtbot, ctx, run)
    run(window.clients.create_client("Fleuriste Rose"))
    answer_input("fleuriste rose")
    window.clients.new_action.trigger()
    run(ctx.tasks.idle())
    assert store.clients.count() == 1
    assert len(errors) == 1 and getattr(errors[0], "reason", "") == "duplicate"


def test_rename_and_archive(qtbot, ctx, run, store) -> None:  # noqa: ANN001
    window = make_window(qtbot, ctx, run)
    run(window.clients.create_client("Alpha"))
    beta = run(window.clients.create_client("Beta"))
    answer_input("Beta Boutique")
    window.clients.rename_action.trigger()
    run(ctx.tasks.idle())
    assert store.clients.get(beta.id).name == "Beta Boutique"
    click_in_next_message_box(QMessageBox.StandardButton.Yes)
    window.clients.archive_action.trigger()
    run(ctx.tasks.idle())
    assert store.clients.get(beta.id).archived
    assert [window.clients.combo.itemText(i) for i in range(window.clients.combo.count())] == ["Alpha"]
    assert window.clients.current.name == "Alpha"
    window.clients.show_archived_action.setChecked(True)
    run(ctx.tasks.idle())
    assert window.clients.combo.count() == 2


def test_current_client_is_remembered(qtbot, ctx, run) -> None:  # noqa: ANN001
    window = make_window(qtbot, ctx, run)
    run(window.clients.create_client("Alpha"))
    beta = run(window.clients.create_client("Beta"))
    run(window.clients.create_client("Gamma"))
    window.clients.select(beta.id)
    run(ctx.tasks.idle())
    window.close()
    again = make_window(qtbot, ctx, run)
    assert again.clients.current.id == beta.id


def test_geometry_and_section_are_remembered(qtbot, ctx, run, data_root) -> None:  # noqa: ANN001
    window = make_window(qtbot, ctx, run)
    window.resize(780, 560)
    window.show_section("library")
    window.close()
    ctx.prefs = Preferences(data_root)  # a new process reads the file again
    again = make_window(qtbot, ctx, run)
    assert again.current_section == "library"
    assert (again.width(), again.height()) == (780, 560)


@pytest.mark.usefixtures("english_formats_after")  # the catalogues in effect before come back
def test_settings_dialog_saves_choices(qtbot, ctx, run) -> None:  # noqa: ANN001
    window = make_window(qtbot, ctx, run)
    dialog = window.open_settings()
    assert dialog.ui.dataDirEdit.text() == str(ctx.root)
    dialog.ui.themeCombo.setCurrentIndex(dialog.ui.themeCombo.findData("dark"))
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("fr"))
    dialog.ui.spellEnglishCheck.setChecked(False)
    click_role_in_next_message_box(QMessageBox.ButtonRole.RejectRole, "restartOffer")  # "Later"
    dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).click()
    run(ctx.tasks.idle())
    assert ctx.prefs.theme == "dark" and ctx.prefs.language == "fr"
    assert ctx.prefs.spell_languages == ("fr",)
    assert is_dark(QApplication.instance())
    assert ctx.language == "fr"
    apply_theme(QApplication.instance(), "system")
    assert not is_dark(QApplication.instance())


@pytest.mark.usefixtures("english_formats_after")
def test_french_system_gets_french_ui(qtbot, ctx, run) -> None:  # noqa: ANN001
    assert resolve_language("system", QLocale(QLocale.Language.French, QLocale.Country.France)) == "fr"
    assert resolve_language("system", QLocale(QLocale.Language.German)) == "en"
    assert resolve_language("en", QLocale(QLocale.Language.French)) == "en"
    assert install_translators(QApplication.instance(), "fr"), "the French catalogue must load"
    window = make_window(qtbot, ctx, run)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == [
        "Tableau de bord", "Carnet", "Sources", "Brouillons", "Résultats", "Bibliothèque", "Comptes",
    ]  # fmt: skip
    assert window.menuBar().actions()[0].text() == "&Fichier"
