"""A second start on the same data folder brings the first window forward, and writes nothing.

The data folder lock (`cmtoolbox.instance`) decides who runs; this module is only the courtesy
on top: the running app listens on a local socket (a Unix socket or a Windows named pipe, only
this user may connect) named by `instance_key(data folder)`, and a second start that finds the
folder locked sends it one line, "show", before quitting. The first answers "ok" after raising
its window. When nobody answers (the folder is held by a headless command, by an app on another
computer sharing the folder, or by an older version) the second start says plainly that the
folder is open elsewhere.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cmtoolbox.gui.i18n import fill, tr

log = logging.getLogger(__name__)

SHOW_REQUEST = b"show\n"
SHOW_REPLY = b"ok\n"
_MAX_REQUEST = 64


class InstanceServer(QObject):
    """Listens for second starts; emits `show_requested` once per request, then answers."""

    show_requested = Signal()

    def __init__(self, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening. The caller holds the data folder lock, so a socket of the same name
        is a leftover of a crashed run (Unix keeps the socket file): it is removed and reused."""
        if self._server.listen(self.key):
            log.info("listening for other starts on %s", self.key)
            return True
        QLocalServer.removeServer(self.key)
        if self._server.listen(self.key):
            log.info("listening for other starts on %s (stale socket replaced)", self.key)
            return True
        log.warning("cannot listen for other starts: %s", self._server.errorString())
        return False

    def close(self) -> None:
        self._server.close()

    def _on_new_connection(self) -> None:
        while (sock := self._server.nextPendingConnection()) is not None:
            self._buffers[sock] = b""
            sock.readyRead.connect(lambda s=sock: self._on_ready_read(s))
            sock.disconnected.connect(lambda s=sock: self._forget(s))
            if sock.bytesAvailable():
                self._on_ready_read(sock)

    def _on_ready_read(self, sock: QLocalSocket) -> None:
        data = self._buffers.get(sock, b"") + bytes(sock.readAll().data())
        if b"\n" not in data and len(data) < _MAX_REQUEST:
            self._buffers[sock] = data
            return
        self._buffers[sock] = b""
        if data.startswith(SHOW_REQUEST):
            log.info("another start on this data folder: bringing the window forward")
            self.show_requested.emit()
            sock.write(SHOW_REPLY)
            sock.flush()
        sock.disconnectFromServer()

    def _forget(self, sock: QLocalSocket) -> None:
        self._buffers.pop(sock, None)
        sock.deleteLater()


def ask_running_instance_to_show(key: str, timeout_ms: int = 3000) -> bool:
    """From a second start: ask the running app to come forward. True when it answered.

    Blocking on purpose: this runs before any window or event loop, and the answer decides
    whether this process quits quietly or explains."""
    sock = QLocalSocket()
    sock.connectToServer(key)
    if not sock.waitForConnected(timeout_ms):
        return False
    try:
        sock.write(SHOW_REQUEST)
        if not sock.waitForBytesWritten(timeout_ms):
            return False
        reply = b""
        while SHOW_REPLY not in reply and sock.waitForReadyRead(timeout_ms):
            reply += bytes(sock.readAll().data())
        return reply.startswith(SHOW_REPLY)
    finally:
        sock.abort()


def bring_forward(window: Callable[[], QWidget | None]) -> None:
    """Show the main window (or, before it exists, the start-up dialog on screen) on top.

    Window managers may refuse to hand focus to a window that did not ask for it; `alert` then
    makes the taskbar entry ask for attention instead."""
    target = window() or QApplication.activeModalWidget()
    if target is None:
        visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        target = visible[0] if visible else None
    if target is None:
        return
    if target.isMinimized():
        target.setWindowState(
            (target.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
    target.show()
    target.raise_()
    target.activateWindow()
    QApplication.alert(target)


def explain_folder_busy(root: Path, holder: str) -> None:
    """The second start could not reach the first: say where the folder is open, change nothing."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, tr("CM Toolbox"), tr("This data folder is already open elsewhere")
    )
    box.setInformativeText(
        fill(tr(
            "Another CM Toolbox, or a backup or restore command, is using the data folder %1. "
            "Close it, then start CM Toolbox again. Nothing was changed."
        ), str(root))
    )
    if holder:
        box.setDetailedText(fill(tr("Held by: %1"), holder))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.exec()
