"""Secrets (passwords, API tokens) live in the OS keyring; the database keeps only a reference.

`SecretStore` is what the rest of the app depends on; `KeyringSecretStore` is the real one and
`MemorySecretStore` serves unit tests. There is deliberately no plaintext fallback.
"""

from cmtoolbox.credentials.base import SecretStore, SecretStoreUnavailable, new_secret_ref
from cmtoolbox.credentials.keyring_store import KeyringSecretStore, describe_backend
from cmtoolbox.credentials.memory import MemorySecretStore

__all__ = [
    "KeyringSecretStore",
    "MemorySecretStore",
    "SecretStore",
    "SecretStoreUnavailable",
    "describe_backend",
    "new_secret_ref",
]
