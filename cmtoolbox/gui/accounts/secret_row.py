"""One named secret in the account editor: its name, a masked field, show, copy, generate, remove.

A saved secret is not read from the keyring when the account is opened: the field stays empty
with a placeholder saying a value is stored, and the keyring is asked only when the user shows or
copies it. Typing into the field replaces the stored value on save; leaving it empty keeps it.

A revealed value must be readable whole: the field is never narrower than a 24-character password
(what the generator proposes by default) in its fixed-width font (issue 15).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QStyle, QStyleOptionFrame, QToolButton, QWidget

from cmtoolbox.logs import REDACTOR
from cmtoolbox.storage.accounts import MAX_LABEL_LENGTH, SecretSlot

READABLE_CHARACTERS = 24  # a revealed password this long shows whole
LINE_EDIT_MARGIN = 2  # QLineEdit's own padding on each side of the text, inside the frame


def width_for_characters(edit: QLineEdit, count: int) -> int:
    """The width `edit` needs to show `count` of its widest characters whole, frame included."""
    metrics = edit.fontMetrics()
    margins = edit.textMargins()
    text_width = (
        metrics.horizontalAdvance("W" * count) + 2 * LINE_EDIT_MARGIN + margins.left() + margins.right()
    )
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    size = edit.style().sizeFromContents(
        QStyle.ContentsType.CT_LineEdit, option, QSize(text_width, metrics.height()), edit
    )
    return size.width() + metrics.averageCharWidth()  # room for the cursor after the last one


class SecretRow(QWidget):
    changed = Signal()
    reveal_requested = Signal(object)  # SecretRow
    copy_requested = Signal(object)
    generate_requested = Signal(object)
    remove_requested = Signal(object)

    def __init__(
        self, kind: str, label: str, slot: SecretSlot | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.slot_id = slot.id if slot else None
        self.ref = slot.ref if slot else None
        self._loaded: str | None = None  # value read from the keyring, while it is shown
        self._keyring_ok = True
        self._missing = False

        self.label_edit = QLineEdit(label)
        self.label_edit.setObjectName("secretLabel")
        self.label_edit.setMaxLength(MAX_LABEL_LENGTH)
        self.label_edit.setAccessibleName(self.tr("Secret name"))
        self.label_edit.setMaximumWidth(140)
        self.value_edit = QLineEdit()
        self.value_edit.setObjectName("secretValue")
        self.value_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.value_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.value_edit.setMinimumWidth(width_for_characters(self.value_edit, READABLE_CHARACTERS))
        self.value_edit.setAccessibleName(label)
        self.show_button = QToolButton()
        self.show_button.setText(self.tr("Show"))
        self.show_button.setObjectName("secretShow")
        self.show_button.setCheckable(True)
        self.show_button.setToolTip(self.tr("Show or hide this secret"))
        self.copy_button = QToolButton()
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setObjectName("secretCopy")
        self.copy_button.setToolTip(self.tr("Copy to the clipboard; it is cleared after 30 seconds"))
        self.generate_button = QToolButton()
        self.generate_button.setText(self.tr("Generate…"))
        self.generate_button.setObjectName("secretGenerate")
        self.generate_button.setToolTip(self.tr("Generate a strong password"))
        self.remove_button = QToolButton()
        self.remove_button.setObjectName("secretRemove")
        self.remove_button.setText("✕")
        self.remove_button.setToolTip(self.tr("Remove this secret (deleted from the keyring when you save)"))
        self.remove_button.setAccessibleName(self.tr("Remove this secret"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label_edit)
        layout.addWidget(self.value_edit, 1)
        for button in (self.show_button, self.copy_button, self.generate_button, self.remove_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            layout.addWidget(button)
        # Only once it has a parent: showing a parentless widget opens it as a window of its own,
        # which takes the focus away from the main window.
        self.generate_button.setVisible(kind == "password")

        self.label_edit.textChanged.connect(self._on_label)
        self.value_edit.textChanged.connect(lambda _t: self.changed.emit())
        self.show_button.toggled.connect(self._on_show_toggled)
        self.copy_button.clicked.connect(lambda: self.copy_requested.emit(self))
        self.generate_button.clicked.connect(lambda: self.generate_requested.emit(self))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self._update_placeholder()

    # -- state -------------------------------------------------------------------------------
    @property
    def label(self) -> str:
        return self.label_edit.text()

    @property
    def stored(self) -> bool:
        """A value for this row is in the keyring already."""
        return self.ref is not None

    @property
    def typed(self) -> str:
        return self.value_edit.text()

    def new_value(self) -> str | None:
        """The value to write to the keyring on save, or None to keep what is stored."""
        text = self.value_edit.text()
        if not text or text == self._loaded:
            return None
        REDACTOR.register(text)
        return text

    def set_keyring_available(self, available: bool) -> None:
        self._keyring_ok = available
        for widget in (self.show_button, self.copy_button, self.generate_button):
            widget.setEnabled(available)
        # A value typed before the keyring went away stays editable, so it can be cleared.
        self.value_edit.setEnabled(available or bool(self.value_edit.text()))
        self._update_placeholder()

    def mark_missing(self) -> None:
        """The keyring of this computer holds no value for this slot (data restored from a backup made
        elsewhere, or the entry deleted outside the app): ask for it again."""
        self._missing = True
        self._update_placeholder()

    def _update_placeholder(self) -> None:
        tip = ""
        if not self._keyring_ok:
            text = self.tr("Unavailable without a keyring")
            tip = self.tr("No secure keyring is available: see the message at the top of the page.")
        elif self.stored and self._missing:
            text = self.tr("Not in this computer's keyring: type it again")
            tip = self.tr("Passwords and tokens are never in backups: enter this one again, then save.")
        elif self.stored:
            text = self.tr("Saved in the keyring")
            tip = self.tr(
                "Saved in the keyring. Type a new value to replace it; leave the field empty to keep it."
            )
        elif self.kind == "password":
            text = self.tr("Type or generate a password")
        else:
            text = self.tr("Paste the value")
        self.value_edit.setPlaceholderText(text)
        self.value_edit.setToolTip(tip)

    def show_value(self, value: str) -> None:
        """Display a value read from the keyring (not a change: saving will not rewrite it)."""
        REDACTOR.register(value)
        self._loaded = value
        self.value_edit.setText(value)
        self.value_edit.setCursorPosition(0)
        self.set_revealed(True)

    def set_generated(self, value: str) -> None:
        """A generated password: shown, so the user sees what will be saved."""
        REDACTOR.register(value)
        self.value_edit.setText(value)
        self.value_edit.setCursorPosition(0)
        self.set_revealed(True)

    def set_revealed(self, revealed: bool) -> None:
        self.show_button.blockSignals(True)
        self.show_button.setChecked(revealed)
        self.show_button.blockSignals(False)
        self._apply_echo(revealed)

    def _apply_echo(self, revealed: bool) -> None:
        self.value_edit.setEchoMode(QLineEdit.EchoMode.Normal if revealed else QLineEdit.EchoMode.Password)
        self.show_button.setText(self.tr("Hide") if revealed else self.tr("Show"))

    def _on_show_toggled(self, checked: bool) -> None:
        if checked and self.stored and not self.value_edit.text():
            # Nothing to show yet: ask the page to read the keyring; it calls show_value().
            self.set_revealed(False)
            self.reveal_requested.emit(self)
            return
        self._apply_echo(checked)

    def _on_label(self, text: str) -> None:
        self.value_edit.setAccessibleName(text)
        self.changed.emit()

    def forget_shown_value(self) -> None:
        """Drop the shown value from the widget (the keyring keeps it)."""
        if self._loaded is not None and self.value_edit.text() == self._loaded:
            self.value_edit.clear()
        self._loaded = None
        self.set_revealed(False)
