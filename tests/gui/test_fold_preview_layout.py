"""The "… see more" preview cards never overlap nor get squeezed: built hidden (as at a restart), shown,
given longer text, hidden and shown again, narrowed (issue 15)."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QSplitter, QTabWidget, QWidget

from cmtoolbox.gui.widgets.fold_preview import FOLDING_NETWORKS, FoldPreview

SHORT = "Nouveau : le pain au levain du vendredi."
LONG = "Le pain du jour\n\n" + "est doré, croustillant et fondant à la fois, et on le sert tiède.\n" * 5


def problems(preview: FoldPreview) -> list[str]:
    """What a person would see as broken: cards on each other, text cut by a card too short."""
    cards = [card for card in preview.cards.values() if card.isVisible()]
    found = []
    for first, second in zip(cards, cards[1:], strict=False):
        if first.geometry().intersects(second.geometry()):
            found.append(f"{first.network} overlaps {second.network}")
    for card in cards:
        for label in (card.title, card.body, card.note):
            if label.isVisible() and label.height() < label.heightForWidth(label.width()):
                found.append(f"{card.network}: {label.objectName() or 'label'} squeezed")
        if card.geometry().bottom() > card.parentWidget().height():
            found.append(f"{card.network} beyond its column")
    return found


def test_cards_keep_their_room_through_a_restart_and_new_text(qtbot) -> None:  # noqa: ANN001
    splitter = QSplitter()
    splitter.addWidget(QPlainTextEdit())
    tabs = QTabWidget()
    preview = FoldPreview()
    tabs.addTab(preview, "Aperçu")
    tabs.addTab(QWidget(), "Fil")
    splitter.addWidget(tabs)
    qtbot.addWidget(splitter)
    splitter.resize(820, 300)  # a short window: the cards need the scroll bar
    splitter.setSizes([480, 340])
    # As at a restart: networks and text arrive before the window is shown.
    preview.set_networks(FOLDING_NETWORKS)
    preview.set_text(SHORT)
    splitter.show()
    qtbot.waitExposed(splitter)
    qtbot.waitUntil(lambda: not problems(preview))

    preview.set_text(LONG)  # the draft is loaded: longer text, same window size
    qtbot.waitUntil(lambda: not problems(preview))
    assert all(card.isVisible() for card in preview.cards.values())
    assert preview._column.height() >= max(c.geometry().bottom() for c in preview.cards.values())

    tabs.setCurrentIndex(1)  # text changes while the preview is hidden behind the Thread tab...
    preview.set_text(LONG + "\nEt une ligne de plus pour la route, avec des croissants chauds.")
    tabs.setCurrentIndex(0)  # ...and shows on return
    qtbot.waitUntil(lambda: not problems(preview))

    splitter.setSizes([600, 220])  # narrower: more lines per card
    qtbot.waitUntil(lambda: not problems(preview))
    splitter.hide()
    splitter.show()
    qtbot.waitUntil(lambda: not problems(preview))
