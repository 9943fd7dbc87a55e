"""The button row of a dialog, built one way: standard buttons wired to accept and reject.

Every form dialog ends with the same few lines (the standard buttons, a verb on the accepting one
instead of "OK", accepted and rejected connected); `dialog_buttons` writes them once.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox

Standard = QDialogButtonBox.StandardButton
OK_CANCEL = Standard.Ok | Standard.Cancel


def dialog_buttons(
    dialog: QDialog, accept_text: str | None = None, buttons: Standard = OK_CANCEL
) -> QDialogButtonBox:
    """`buttons` wired to `dialog`; `accept_text` (a verb: "Subscribe", "Export…") names OK, or
    adds an accepting button when `buttons` has no OK (Cancel alone, say)."""
    box = QDialogButtonBox(buttons)
    if accept_text is not None and buttons & Standard.Ok:
        box.button(Standard.Ok).setText(accept_text)
    elif accept_text is not None:
        box.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def accept_button(box: QDialogButtonBox) -> QAbstractButton:
    """The button that accepts the dialog (to enable it only when the form is complete)."""
    return next(b for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole)
