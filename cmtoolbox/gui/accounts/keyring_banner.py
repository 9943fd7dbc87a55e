"""The banner the accounts page shows when no secure keyring is usable.

It says what is missing and what to install, per platform, and that everything else still works.
There is no plaintext fallback to offer, on purpose. A keyring that did not answer at all (a hung
daemon) gets the same banner: for the user it is the same situation.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from cmtoolbox.gui.accounts.vault import KeyringStatus
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.widgets.labels import heading_label, wrapped_label


def install_hint(platform: str) -> str:
    """Which family of advice fits the platform the app runs on."""
    if platform.startswith("linux") or "bsd" in platform:
        return "linux"
    if platform == "darwin":
        return "macos"
    if platform == "win32":
        return "windows"
    return "other"


class KeyringBanner(QFrame):
    def __init__(self, parent: QWidget | None = None, *, platform: str = sys.platform) -> None:
        super().__init__(parent)
        self.setObjectName("keyringBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Translucent amber reads as a warning on light and dark palettes alike.
        self.setStyleSheet(
            "#keyringBanner { background: rgba(230, 160, 0, 0.16); border: 1px solid rgba(200, 130, 0, 0.7);"
            " border-radius: 6px; }"
        )
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(32, 32))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = heading_label(
            "keyringBannerTitle", self.tr("Passwords cannot be saved: no secure keyring was found")
        )
        self.title.setWordWrap(True)
        self.body = wrapped_label(
            self._body(install_hint(platform)), "keyringBannerText", rich=True, selectable=True
        )
        self.details = wrapped_label(name="keyringBannerDetails", selectable=True)
        self.details.setEnabled(False)  # greyed: technical detail

        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(self.title)
        text.addWidget(self.body)
        text.addWidget(self.details)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)

    def _body(self, hint: str) -> str:
        first = self.tr(
            "CM Toolbox keeps passwords and API tokens only in your system’s keyring, never in its own "
            "files. You can still record accounts, logins and notes; the password fields stay disabled "
            "until a keyring is available."
        )
        if hint == "linux":
            how = self.tr(
                "To enable them, install <b>GNOME Keyring</b> (package <code>gnome-keyring</code>) or "
                "<b>KWallet</b>, and open CM Toolbox from a desktop session where a D-Bus session bus "
                "runs (packages <code>dbus-user-session</code> or <code>dbus-x11</code>), then restart "
                "CM Toolbox. The keyring must be unlocked, which your desktop does when you log in."
            )
        elif hint == "macos":
            how = self.tr(
                "The macOS Keychain did not answer. Unlock it in Keychain Access, then restart CM Toolbox."
            )
        elif hint == "windows":
            how = self.tr(
                "The Windows Credential Manager did not answer. Check that you are logged in to a normal "
                "user session, then restart CM Toolbox."
            )
        else:
            how = self.tr("Install a keyring service supported by your system, then restart CM Toolbox.")
        return f"<p>{first}</p><p>{how}</p>"

    def set_status(self, status: KeyringStatus | None) -> None:
        """Shown when no usable keyring answered (hidden while nobody asked yet); the details say
        what was found, or that nothing answered in time."""
        self.setVisible(status is not None and not status.available)
        if status is not None and status.timed_out:
            self.set_details(self.tr("The keyring did not answer in time."))
        else:
            backend = status.backend if status else ""
            self.set_details(fill(self.tr("Detected: %1"), backend) if backend else "")

    def set_details(self, text: str) -> None:
        self.details.setText(text)
        self.details.setVisible(bool(text))
