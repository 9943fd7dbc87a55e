"""Logging to a rotating file in the data folder.

Kept Qt-free so the CLI and the GUI share it. A filter masks registered secret values, as a last
line of defence: code must not log secrets in the first place.
"""

from __future__ import annotations

import logging
import logging.handlers
import threading
from pathlib import Path

from cmtoolbox.paths import logs_dir

LOG_FILE_NAME = "cmtoolbox.log"
_MASK = "********"


class SecretRedactor(logging.Filter):
    def __init__(self) -> None:
        super().__init__()
        self._secrets: set[str] = set()
        self._lock = threading.Lock()

    def register(self, value: str) -> None:
        if value and len(value) >= 4:
            with self._lock:
                self._secrets.add(value)

    def redact(self, text: str) -> str:
        """Mask every registered secret in `text` (error dialogs use it as well as the log)."""
        with self._lock:
            secrets = list(self._secrets)
        for secret in secrets:
            text = text.replace(secret, _MASK)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if not self._secrets:
            return True
        message = record.getMessage()
        masked = self.redact(message)
        if masked != message:
            record.msg, record.args = masked, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        return True


REDACTOR = SecretRedactor()


def setup_logging(root: Path, *, level: int = logging.INFO) -> Path:
    folder = logs_dir(root)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(REDACTOR)
    logger = logging.getLogger()
    for old in [h for h in logger.handlers if getattr(h, "_cmtoolbox", False)]:
        logger.removeHandler(old)
        old.close()
    handler._cmtoolbox = True  # type: ignore[attr-defined]
    logger.addHandler(handler)
    logger.setLevel(level)
    try:
        path.chmod(0o600)
    except OSError:
        pass
    return path
