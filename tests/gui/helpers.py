"""Answering dialogs the way a person would, shared by the GUI tests."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def click_in_next_message_box(button: QMessageBox.StandardButton) -> None:
    """Press `button` in the next message box that appears (polled from the event loop)."""

    def answer() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                widget.button(button).click()
                return
        QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)


def click_role_in_next_message_box(role: QMessageBox.ButtonRole, name: str = "") -> None:
    """Press the first button of `role` (custom buttons: "Restart now" is AcceptRole) in the next
    visible message box (named `name` when given)."""

    def answer() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible() and widget.objectName() in ("", name):
                for button in widget.buttons():
                    if widget.buttonRole(button) == role:
                        button.click()
                        return
        QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
