"""Screenshots of the grammar and typography checks: underlines and the open context menu, in a draft's
variant and in a note (`python -m cmtoolbox.devtools.screenshots --only grammar`).

The context menu is a popup window of its own: it is captured from the screen (the virtual X server's),
not by grabbing the main window.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from cmtoolbox.gui.context import AppContext
from cmtoolbox.gui.main_window import MainWindow
from cmtoolbox.gui.widgets.text_checks import TextChecks
from cmtoolbox.ops import drafts as drafts_ops
from cmtoolbox.ops import notes as notes_ops

DRAFT_TEXT = (
    "Nous sommes ravi de vous accueillir samedi a 10h pour la fête du pain !\n"
    "Les bénévoles a préparé des ateliers pour les enfants : pétrissage, façonnage et dégustation.\n"
    "Réservez vite sur https://boulangerie-martin.fr/atelier #FêteDuPain"
)
NOTE_TEXT = (
    "# Brief : fête du pain\n"
    "\n"
    "Nous sommes ravi de travailler avec l'équipe. Les bénévoles a préparé l’**acceuil** du samedi.\n"
    "\n"
    "- Lien du site : [la page](https://boulangerie-martin.fr/atelierr) et [[Notte interne]]\n"
    "- Le code `fonctin_interne` reste tel quel\n"
    "\n"
    "```\n"
    "resultat = calculr(nombre)\n"
    "```\n"
)

Saver = Callable[[QWidget, str], None]


async def _wait(ctx: AppContext, checks: TextChecks, ms: int = 300) -> None:
    for _ in range(3):
        checks.flush_pending()
        await ctx.tasks.idle()
        await asyncio.sleep(ms / 1000)


def _menu_at(checks: TextChecks, edit: QPlainTextEdit, word: str) -> QWidget:
    cursor = edit.document().find(word)
    position = cursor.selectionStart() + 1
    probe = QTextCursor(edit.document())
    probe.setPosition(position)
    rect = edit.cursorRect(probe)
    menu = checks.build_context_menu(position, rect.center())
    menu.popup(edit.viewport().mapToGlobal(QPoint(rect.left(), rect.bottom() + 4)))
    return menu


def _screen_shot(window: QWidget, menu: QWidget, path: str) -> None:
    """The window and the menu over it, as the screen shows them."""
    area = window.frameGeometry().united(menu.geometry())
    screen = QGuiApplication.primaryScreen()
    area = area.intersected(QRect(QPoint(0, 0), screen.size()))
    screen.grabWindow(0, area.x(), area.y(), area.width(), area.height()).save(path)


async def grammar_shots(
    window: MainWindow, ctx: AppContext, out_name: Callable[[str], str], save: Saver
) -> list[str]:
    """Draft variant and note, each with underlines and with the context menu open on a grammar issue."""
    saved: list[str] = []
    client = window.clients.current
    if client is None:
        return saved
    draft = await ctx.runner.run(
        drafts_ops.create_draft,
        client.id,
        title="Fête du pain",
        body=DRAFT_TEXT,
        networks=["instagram", "facebook"],
    )
    window.show_section("drafts")
    page = window.page("drafts")
    await page.open_draft(draft.id)  # type: ignore[attr-defined]
    await asyncio.sleep(0.3)
    editor = page.editor  # type: ignore[attr-defined]
    editor.texts.show_panel("instagram")
    panel = editor.texts.panel("instagram")
    panel.editor.edit.setPlainText(DRAFT_TEXT.replace("l'équipe", "l’équipe"))
    await _wait(ctx, panel.editor.checks)
    save(window, "grammar-draft-variant")
    menu = _menu_at(panel.editor.checks, panel.editor.edit, "ravi")
    await asyncio.sleep(0.4)
    path = out_name("grammar-draft-menu")
    _screen_shot(window, menu, path)
    saved.append(path)
    menu.close()
    menu = _menu_at(panel.editor.checks, panel.editor.edit, " !")
    await asyncio.sleep(0.4)
    path = out_name("grammar-draft-typography-menu")
    _screen_shot(window, menu, path)
    saved.append(path)
    menu.close()

    button = panel.editor.typography_button
    menu = button.menu()
    menu.popup(button.mapToGlobal(QPoint(0, button.height())))
    await asyncio.sleep(0.4)
    path = out_name("grammar-draft-typography-button")
    _screen_shot(window, menu, path)
    saved.append(path)
    menu.close()

    note = await ctx.runner.run(notes_ops.create_note, client.id, "Brief fête du pain", NOTE_TEXT)
    window.show_section("notes")
    notes = window.page("notes")
    await notes.open_note(note.id)  # type: ignore[attr-defined]
    await asyncio.sleep(0.3)
    note_editor = notes.editor  # type: ignore[attr-defined]
    await _wait(ctx, note_editor.checks)
    save(window, "grammar-note")
    menu = _menu_at(note_editor.checks, note_editor.body, "ravi")
    await asyncio.sleep(0.4)
    path = out_name("grammar-note-menu")
    _screen_shot(window, menu, path)
    saved.append(path)
    menu.close()
    menu = _menu_at(note_editor.checks, note_editor.body, "acceuil")
    await asyncio.sleep(0.8)
    path = out_name("grammar-note-spelling-menu")
    _screen_shot(window, menu, path)
    saved.append(path)
    menu.close()
    await ctx.tasks.idle()
    return saved
