"""The keyring-backed secret store: refuses insecure backends, round-trips on a real Secret Service."""

from __future__ import annotations

import os
import subprocess
import sys

import keyring
import pytest
from keyring.backends import fail, null

from cmtoolbox.credentials import (
    KeyringSecretStore,
    MemorySecretStore,
    SecretStoreUnavailable,
    new_secret_ref,
)
from cmtoolbox.credentials.keyring_store import _usable_backends, describe_backend
from tests.conftest import require


def test_refused_backends_are_not_usable() -> None:
    assert _usable_backends(fail.Keyring()) == []
    assert _usable_backends(null.Keyring()) == []


def test_insecure_backends_are_refused_in_a_real_process() -> None:
    code = (
        "import keyring; from cmtoolbox.credentials import KeyringSecretStore, describe_backend\n"
        "store = KeyringSecretStore(); print(store.available(), describe_backend()[1])\n"
        "try:\n    store.set('k', 'v')\nexcept Exception as e:\n    print(type(e).__name__)\n"
    )
    for backend in ("keyring.backends.fail.Keyring", "keyring.backends.null.Keyring"):
        env = {**os.environ, "PYTHON_KEYRING_BACKEND": backend}
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env).stdout
        assert out.split() == ["False", "False", "SecretStoreUnavailable"], (backend, out)


def test_secret_refs_reveal_nothing() -> None:
    ref = new_secret_ref("password")
    assert ref.startswith("password:") and len(ref) == len("password:") + 32
    assert new_secret_ref("password") != ref


def test_memory_store_can_be_switched_off() -> None:
    store = MemorySecretStore(available=False)
    with pytest.raises(SecretStoreUnavailable):
        store.set("a", "b")


@pytest.mark.keyring
def test_real_secret_service_round_trip() -> None:
    label, usable = describe_backend()
    require(usable, f"a real OS keyring is needed (found {label}); run the suite with bash .ci/test")
    store = KeyringSecretStore(service="cmtoolbox-tests")
    ref = new_secret_ref("password")
    try:
        store.set(ref, "s3cret-é-👍")
        assert store.get(ref) == "s3cret-é-👍"
        assert keyring.get_password("cmtoolbox-tests", ref) == "s3cret-é-👍"
    finally:
        store.delete(ref)
    assert store.get(ref) is None
    store.delete(ref)  # idempotent
