"""Errors the storage layer raises, each with a stable `code` the GUI turns into a translated message."""

from __future__ import annotations

from pathlib import Path


class StorageError(Exception):
    code = "storage_error"

    def __init__(self, message: str, *, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class DatabaseTooNew(StorageError):
    """The file was written by a newer CM Toolbox: opening it could lose what that version added."""

    code = "too_new"

    def __init__(self, path: Path, unknown: list[str]) -> None:
        super().__init__(
            f"{path} was written by a newer version of CM Toolbox (unknown migrations: {', '.join(unknown)})",
            path=path,
        )
        self.unknown = unknown


class DatabaseCorrupt(StorageError):
    code = "corrupt"

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path} is damaged: {detail}", path=path)
        self.detail = detail


class MigrationFailed(StorageError):
    code = "migration_failed"

    def __init__(self, path: Path, name: str, cause: BaseException) -> None:
        super().__init__(f"upgrading {path} failed at {name}: {cause}", path=path)
        self.name = name
        self.cause = cause


class BackupInvalid(StorageError):
    """A copy that cannot be trusted (truncated, damaged, not ours, from a newer version): it is
    never offered, never restored and never given a backup's final name."""

    code = "backup_invalid"

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path} is not a usable copy: {detail}", path=path)
        self.detail = detail


class RestoreFailed(StorageError):
    """Restoring a copy did not happen; the database file was left exactly as it was."""

    code = "restore_failed"

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path} could not be restored: {detail}", path=path)
        self.detail = detail


class NotFound(StorageError):
    code = "not_found"


class InvalidValue(StorageError):
    """A value the user typed that the storage layer refuses (empty name, duplicate...)."""

    code = "invalid"

    def __init__(self, message: str, *, field: str, reason: str) -> None:
        super().__init__(message)
        self.field = field
        self.reason = reason
