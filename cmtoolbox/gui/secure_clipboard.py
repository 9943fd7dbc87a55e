"""Copying a secret to the clipboard without leaving it there.

The copy is marked so that clipboard managers which honour the hints keep it out of their history
(KDE Klipper and most Linux managers: `x-kde-passwordManagerHint: secret`; macOS:
`application/x-nspasteboard-concealed-type`; Windows: the formats that exclude content from the
clipboard history and cloud sync), as KeePassXC does. After the delay (30 s) the clipboard is
cleared, but only if it still holds what was copied: if the user copied something else meanwhile,
it is left alone. Closing the app's last window clears it as well.

Only a salted digest of the copied text is kept in memory, not the text itself.
"""

from __future__ import annotations

import hashlib
import secrets
import sys

from PySide6.QtCore import QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000
PASSWORD_MANAGER_HINT = "x-kde-passwordManagerHint"
MAC_CONCEALED = "application/x-nspasteboard-concealed-type"
# Qt maps "application/x-qt-windows-mime;value=..." to the registered Windows clipboard format.
WINDOWS_EXCLUDE = 'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"'
WINDOWS_NO_HISTORY = 'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"'
WINDOWS_NO_CLOUD = 'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"'


def secret_mime_data(text: str) -> QMimeData:
    """Plain text plus the hints that tell clipboard managers not to keep it."""
    mime = QMimeData()
    mime.setText(text)
    mime.setData(PASSWORD_MANAGER_HINT, b"secret")
    if sys.platform == "darwin":
        mime.setData(MAC_CONCEALED, text.encode("utf-8"))
    elif sys.platform == "win32":
        mime.setData(WINDOWS_EXCLUDE, b"\x01\x00\x00\x00")
        mime.setData(WINDOWS_NO_HISTORY, b"\x00\x00\x00\x00")
        mime.setData(WINDOWS_NO_CLOUD, b"\x00\x00\x00\x00")
    return mime


class SecureClipboard(QObject):
    """Copies secrets and wipes them after `clear_after_ms`, if they are still on the clipboard."""

    copied = Signal(int)  # seconds until the clipboard is cleared
    cleared = Signal(bool)  # True: our secret was wiped; False: the clipboard had changed, left alone

    def __init__(self, parent: QObject | None = None, *, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self.clear_after_ms = clear_after_ms
        self._salt = secrets.token_bytes(16)
        self._digest: bytes | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_now)
        app = QGuiApplication.instance()
        if app is not None:
            # Not aboutToQuit: under qasync it fires each time the event loop stops, not only at exit.
            app.lastWindowClosed.connect(self.clear_now)  # type: ignore[attr-defined]

    def _hash(self, text: str) -> bytes:
        return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), key=self._salt, digest_size=32).digest()

    @property
    def pending(self) -> bool:
        """A copied secret may still be on the clipboard and will be cleared."""
        return self._digest is not None

    def remaining_ms(self) -> int:
        return self._timer.remainingTime() if self._timer.isActive() else 0

    def copy_secret(self, text: str) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setMimeData(secret_mime_data(text), QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection():
            # Middle-click paste on X11 must not keep an older secret around either.
            clipboard.setMimeData(secret_mime_data(text), QClipboard.Mode.Selection)
        self._digest = self._hash(text)
        self._timer.start(self.clear_after_ms)
        self.copied.emit(max(1, round(self.clear_after_ms / 1000)))

    def clear_now(self) -> None:
        """Wipe the clipboard now if it still holds the copied secret."""
        self._timer.stop()
        digest, self._digest = self._digest, None
        if digest is None:
            return
        clipboard = QGuiApplication.clipboard()
        wiped = False
        modes = [QClipboard.Mode.Clipboard]
        if clipboard.supportsSelection():
            modes.append(QClipboard.Mode.Selection)
        for mode in modes:
            if secrets.compare_digest(self._hash(clipboard.text(mode)), digest):
                clipboard.clear(mode)
                wiped = True
        self.cleared.emit(wiped)
