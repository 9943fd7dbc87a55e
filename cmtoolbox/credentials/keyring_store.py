"""The OS keyring through `keyring`, refusing backends that would not really protect a secret.

On a headless Linux session keyring picks its `fail` backend, and `keyrings.alt` offers a
"plaintext" one that only base64-encodes: both are treated as "no keyring", so the app says so
instead of silently writing passwords to disk. Calls can block (D-Bus, unlock prompts), so the GUI
runs them off the UI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cmtoolbox.credentials.base import SERVICE_NAME, SecretStoreUnavailable

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

# `keyring` is imported where it is used: with its backends it weighed 50 ms of every start,
# before the window, for a secret store nothing reads until the accounts page asks (issue 16).

# Module prefixes of backends that do not protect secrets, or cannot store any.
_REFUSED = (
    "keyring.backends.fail",
    "keyring.backends.null",
    "keyrings.alt",
)


def _backend_label(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _usable_backends(backend: KeyringBackend) -> list[KeyringBackend]:
    """The chainer wraps several backends; only the trustworthy ones count."""
    children = getattr(backend, "backends", None)
    if children is not None:
        return [b for child in children for b in _usable_backends(child)]
    label = _backend_label(backend)
    if label.startswith(_REFUSED) or "Plaintext" in label:
        return []
    return [backend]


def describe_backend() -> tuple[str, bool]:
    """(backend label, usable) for the self-check and the accounts page."""
    import keyring

    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # keyring raises RuntimeError when a forced backend cannot start
        return (f"error: {exc}", False)
    usable = _usable_backends(backend)
    if not usable:
        return (_backend_label(backend), False)
    return (", ".join(_backend_label(b) for b in usable), True)


class KeyringSecretStore:
    def __init__(self, service: str = SERVICE_NAME) -> None:
        self._service = service
        self._backend: KeyringBackend | None = None

    def _resolve(self) -> KeyringBackend:
        if self._backend is None:
            import keyring

            try:
                backend = keyring.get_keyring()
            except Exception as exc:
                raise SecretStoreUnavailable(str(exc)) from exc
            usable = _usable_backends(backend)
            if not usable:
                raise SecretStoreUnavailable(
                    "no secure keyring backend is available", backend=_backend_label(backend)
                )
            self._backend = usable[0]
        return self._backend

    def available(self) -> bool:
        try:
            self._resolve()
        except SecretStoreUnavailable:
            return False
        return True

    def backend_name(self) -> str:
        return describe_backend()[0]

    def get(self, ref: str) -> str | None:
        import keyring.errors

        try:
            return self._resolve().get_password(self._service, ref)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreUnavailable(str(exc)) from exc

    def set(self, ref: str, value: str) -> None:
        import keyring.errors

        try:
            self._resolve().set_password(self._service, ref, value)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreUnavailable(str(exc)) from exc

    def delete(self, ref: str) -> None:
        import keyring.errors

        try:
            self._resolve().delete_password(self._service, ref)
        except keyring.errors.PasswordDeleteError:
            pass  # already gone: deleting is idempotent
        except keyring.errors.KeyringError as exc:
            raise SecretStoreUnavailable(str(exc)) from exc
