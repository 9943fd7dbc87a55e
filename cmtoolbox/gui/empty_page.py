"""A friendly empty state for a section whose feature has not landed yet, or has nothing to show."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cmtoolbox.gui.icons import icon


class EmptyState(QWidget):
    def __init__(self, icon: QIcon, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        picture = QLabel()
        picture.setPixmap(icon.pixmap(72, 72))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading = heading = QLabel(title)
        heading.setObjectName("emptyTitle")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        self.body = body = QLabel(text)
        body.setObjectName("emptyText")
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body.setFixedWidth(480)
        # A wrapped label inside an aligned layout item gets its one-line height unless told.
        body.setMinimumHeight(max(0, body.heightForWidth(480)))  # an empty text has no height (-1)
        for widget in (picture, heading, body):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def set_texts(self, title: str, text: str) -> None:
        """New texts (the language changed)."""
        self.heading.setText(title)
        self.body.setText(text)
        self.body.setMinimumHeight(max(0, self.body.heightForWidth(self.body.width())))


def no_client_state(text: str, picture: str = "client") -> EmptyState:
    """What a client-scoped section shows until a client is chosen; `text` says what choosing one
    gives there."""
    return EmptyState(icon(picture), QCoreApplication.translate("EmptyState", "No client selected"), text)
