"""Readable error dialogs: a sentence for the user, the technical part behind "Show Details".

Also the process-wide excepthook, so an unexpected exception is logged and explained instead of
killing the app or printing a traceback nobody sees.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cmtoolbox.credentials.base import SecretStoreUnavailable
from cmtoolbox.gui.i18n import fill, tr
from cmtoolbox.logs import REDACTOR
from cmtoolbox.storage.errors import InvalidValue, StorageError

log = logging.getLogger(__name__)


def describe(exc: BaseException) -> str:
    """One sentence a CM understands, for the errors we know; a generic one otherwise."""
    if isinstance(exc, InvalidValue):
        if exc.reason == "empty":
            return tr("This name cannot be empty.")
        if exc.reason == "duplicate":
            return tr("Another client already has this name.")
        if exc.reason == "too_long":
            return tr("This name is too long.")
        return tr("This value is not valid.")
    if isinstance(exc, SecretStoreUnavailable):
        return tr(
            "No secure password store (keyring) is available on this system, so passwords cannot be "
            "saved. Everything else keeps working."
        )
    if isinstance(exc, StorageError):
        return tr("The database could not complete this operation. Nothing was changed.")
    if isinstance(exc, OSError):
        if getattr(exc, "errno", None) == 28:
            return tr("The disk is full. Free some space and try again; nothing was lost.")
        return fill(tr("A file could not be read or written: %1"), exc.strerror or str(exc))
    return tr("Something unexpected went wrong. The details were written to the log file.")


def show_error(parent: QWidget | None, exc: BaseException, *, title: str | None = None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or tr("CM Toolbox"))
    box.setText(describe(exc))
    if not isinstance(exc, InvalidValue):
        details = "".join(traceback.format_exception_only(type(exc), exc)).strip()
        box.setDetailedText(REDACTOR.redact(details))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    if QApplication.instance() is not None and not getattr(
        QApplication.instance(), "_cmtoolbox_quiet", False
    ):
        box.open()
    else:
        box.deleteLater()


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def install_excepthook(parent_getter: Callable[[], QWidget | None]) -> ExceptHook:
    """Log every uncaught exception and show a readable dialog instead of a crash."""
    previous = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        log.critical("uncaught exception", exc_info=(exc_type, exc, tb))
        try:
            show_error(parent_getter(), exc)
        except Exception:  # never let the hook itself raise
            log.exception("could not show the error dialog")

    sys.excepthook = hook
    return hook
