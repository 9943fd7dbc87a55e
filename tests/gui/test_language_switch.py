"""Switching the language in the Settings: the window's own texts change at once, the rest after a
restart the app offers; Qt's own dialogs speak French too (issue 15)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QColorDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
)

from cmtoolbox.gui.i18n import install_translators
from cmtoolbox.gui.main_window import MainWindow
from tests.gui.helpers import click_role_in_next_message_box

FRENCH_SECTIONS = [
    "Tableau de bord", "Carnet", "Sources", "Brouillons", "Résultats", "Bibliothèque", "Comptes",
]  # fmt: skip


def english_window(qtbot, ctx, run, store) -> MainWindow:  # noqa: ANN001
    client = store.clients.create("Boulangerie Martin")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    run(window.clients.reload())
    window.clients.select(client.id)
    assert window.menuBar().actions()[0].text() == "&File"
    return window


def choose_french(window: MainWindow, answer: QMessageBox.ButtonRole, run) -> None:  # noqa: ANN001
    dialog = window.open_settings()
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("fr"))
    click_role_in_next_message_box(answer, "restartOffer")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    run(window.ctx.tasks.idle())


@pytest.mark.usefixtures("english_formats_after")
def test_the_window_speaks_french_at_once_and_offers_a_restart(qtbot, ctx, run, store) -> None:  # noqa: ANN001
    window = english_window(qtbot, ctx, run, store)
    window.show_section("sources")
    choose_french(window, QMessageBox.ButtonRole.RejectRole, run)  # "Later"

    assert ctx.language == "fr" and not ctx.relaunch and window.isVisible()
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[0] == "&Fichier" and "&Clients" in menus
    titles = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert titles == FRENCH_SECTIONS
    assert [action.text() for action in window._go_actions] == FRENCH_SECTIONS
    assert window.search_button.text() == "Rechercher…  Ctrl+K"
    assert window.client_status.text() == "Client : Boulangerie Martin"  # the status bar
    assert window.clients.show_archived_action.text() == "Afficher les clients &archivés"
    # Whatever the French catalogue holds for them (it may lag behind new strings): the texts asked anew.
    assert window.undo_action.text() == QCoreApplication.translate("UndoStatus", "&Undo")
    assert window.settings_action.text() == QCoreApplication.translate("MainWindow", "&Settings…")
    assert window.statusBar().currentMessage() != ""  # says when the sections will follow


@pytest.fixture
def closing_keeps_the_loop(qapp: QApplication) -> Iterator[None]:
    """Closing the last window would quit the app, and stop the test's event loop with it."""
    qapp.setQuitOnLastWindowClosed(False)
    yield
    qapp.setQuitOnLastWindowClosed(True)


@pytest.mark.usefixtures("english_formats_after")
def test_restart_now_closes_the_window_and_starts_again(
    qtbot, ctx, run, store, closing_keeps_the_loop
) -> None:  # noqa: ANN001
    window = english_window(qtbot, ctx, run, store)
    choose_french(window, QMessageBox.ButtonRole.AcceptRole, run)  # "Restart now"
    assert ctx.relaunch, "app.run starts the app again once the data folder is let go"
    assert not window.isVisible()


@pytest.mark.usefixtures("english_formats_after")
def test_a_refused_close_cancels_the_restart(qtbot, ctx, run, store) -> None:  # noqa: ANN001
    window = english_window(qtbot, ctx, run, store)
    window.flush_pages = lambda: False  # an editor's "save changes?" answered Cancel
    choose_french(window, QMessageBox.ButtonRole.AcceptRole, run)
    assert not ctx.relaunch and window.isVisible()


@pytest.mark.usefixtures("english_formats_after")
def test_qt_own_dialogs_are_in_french(qapp) -> None:  # noqa: ANN001
    install_translators(qapp, "fr")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Open)
    assert sorted(b.text() for b in buttons.buttons()) == ["Annuler", "Ouvrir"]
    files = QFileDialog()
    files.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own widgets, as on a bare desktop
    assert any("Nom de fichier" in label.text() for label in files.findChildren(QLabel))
    assert "Annuler" in [button.text() for button in files.findChildren(QPushButton)]
    colours = QColorDialog()
    colours.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog)
    texts = [button.text() for button in colours.findChildren(QPushButton)]
    assert "&Ajouter aux couleurs personnalisées" in texts and "Annuler" in texts
    for dialog in (files, colours):
        dialog.deleteLater()
