"""“Mark as published”: when the post really went out, and its address.

The time defaults to now and can be changed (a post published this morning, recorded in the
evening); the address may stay empty (a story has none) but must be a web address when given.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QTimeEdit, QWidget

from cmtoolbox.core import networks
from cmtoolbox.gui.formatting import short_time_pattern
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.theme import semantic_text
from cmtoolbox.gui.widgets.date_edit import DateEdit
from cmtoolbox.gui.widgets.labels import wrapped_label
from cmtoolbox.gui.widgets.layouts import hbox


class MarkPublishedDialog(QDialog):
    def __init__(
        self, network: str | None, parent: QWidget | None = None, *, now: datetime | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("markPublishedDialog")
        self.setWindowTitle(self.tr("Mark as published"))
        name = networks.network(network).name if network else ""
        heading = (
            fill(self.tr("The post went out on %1."), name)
            if network
            else self.tr("Every network's post went out.")
        )
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        self.url = QLineEdit()
        self.url.setObjectName("publishedUrl")
        self.url.setPlaceholderText(self.tr("https://… (the post's address, optional)"))
        self.url.textChanged.connect(lambda _t: self.error.clear())
        local = (now or datetime.now(UTC)).astimezone()
        self.date = DateEdit()
        self.date.setObjectName("publishedDate")
        self.date.setDate(QDate(local.year, local.month, local.day))
        self.time = QTimeEdit()
        self.time.setObjectName("publishedTime")
        self.time.setDisplayFormat(short_time_pattern())  # the regional format: "14:05", "2:05 PM"
        self.time.setTime(QTime(local.hour, local.minute))
        self.error = wrapped_label(name="publishedError")
        semantic_text(self.error, "error")  # readable on the light and the dark theme
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mark as &published"))
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.heading)
        form.addRow(self.tr("&Address:"), self.url)
        form.addRow(self.tr("&When:"), hbox(self.date, self.time, None))
        form.addRow(self.error)
        form.addRow(buttons)
        self.resize(520, self.sizeHint().height())

    def published_url(self) -> str:
        return self.url.text().strip()

    def published_at(self) -> datetime:
        """The time entered, read in this machine's zone, as an aware UTC time."""
        day = self.date.date().toPython()
        moment = self.time.time().toPython()
        return datetime.combine(day, moment).astimezone().astimezone(UTC)  # type: ignore[arg-type]

    def _accept_if_valid(self) -> None:
        url = self.published_url()
        if url and networks.safe_web_url(url) is None:
            self.error.setText(self.tr("This is not a web address: it should start with https://."))
            return
        self.accept()
