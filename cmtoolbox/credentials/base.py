"""The secret-store contract shared by the keyring store and the in-memory test double."""

from __future__ import annotations

import secrets
from typing import Protocol, runtime_checkable

SERVICE_NAME = "cmtoolbox"


class SecretStoreUnavailable(Exception):
    """No usable keyring: the caller explains it and keeps every other feature working."""

    code = "keyring_unavailable"

    def __init__(self, message: str, *, backend: str = "") -> None:
        super().__init__(message)
        self.backend = backend


@runtime_checkable
class SecretStore(Protocol):
    def available(self) -> bool: ...

    def backend_name(self) -> str: ...

    def get(self, ref: str) -> str | None: ...

    def set(self, ref: str, value: str) -> None: ...

    def delete(self, ref: str) -> None: ...


def new_secret_ref(kind: str) -> str:
    """A random reference: the database row stores this, never the value, and it reveals nothing."""
    return f"{kind}:{secrets.token_hex(16)}"
