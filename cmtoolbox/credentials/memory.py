"""In-memory secret store for unit tests; never used by the running app."""

from __future__ import annotations


class MemorySecretStore:
    def __init__(self, *, available: bool = True) -> None:
        self._values: dict[str, str] = {}
        self._available = available

    def available(self) -> bool:
        return self._available

    def backend_name(self) -> str:
        return "memory"

    def get(self, ref: str) -> str | None:
        self._check()
        return self._values.get(ref)

    def set(self, ref: str, value: str) -> None:
        self._check()
        self._values[ref] = value

    def delete(self, ref: str) -> None:
        self._check()
        self._values.pop(ref, None)

    def _check(self) -> None:
        if not self._available:
            from cmtoolbox.credentials.base import SecretStoreUnavailable

            raise SecretStoreUnavailable("memory store switched off", backend="memory")
