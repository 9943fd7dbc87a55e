"""Accounts against the real OS keyring (Secret Service), and refusal of backends that do not protect.

The `keyring`-marked tests need an unlocked Secret Service: they skip on a bare machine and fail in CI
(`CI=true`), where the suite runs under `dbus-run-session` with gnome-keyring (see .ci/test). Run them:

    H=$(mktemp -d) && HOME=$H dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock \
        --components=secrets >/dev/null; .venv/bin/python -m pytest -q tests/credentials'
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from jaraco.classes import properties
from keyring.backend import KeyringBackend
from keyring.backends import fail, null

from cmtoolbox.credentials import KeyringSecretStore, SecretStoreUnavailable, describe_backend, new_secret_ref
from cmtoolbox.credentials.keyring_store import _usable_backends
from cmtoolbox.gui.accounts.vault import SecretVault
from cmtoolbox.logs import REDACTOR
from cmtoolbox.storage.accounts import AccountFields, SecretSpec
from tests.conftest import require

SERVICE = "cmtoolbox-tests"


def _real_keyring() -> None:
    label, usable = describe_backend()
    require(usable, f"a real OS keyring is needed (found {label}); run under dbus-run-session")


class _ThreadRecorder:
    """Wraps the real store to record which thread each call ran on."""

    def __init__(self, inner: KeyringSecretStore) -> None:
        self.inner = inner
        self.threads: set[str] = set()

    def _note(self) -> None:
        self.threads.add(threading.current_thread().name)

    def available(self) -> bool:
        self._note()
        return self.inner.available()

    def backend_name(self) -> str:
        return self.inner.backend_name()

    def get(self, ref: str) -> str | None:
        self._note()
        return self.inner.get(ref)

    def set(self, ref: str, value: str) -> None:
        self._note()
        self.inner.set(ref, value)

    def delete(self, ref: str) -> None:
        self._note()
        self.inner.delete(ref)


@pytest.mark.keyring
def test_vault_round_trip_runs_off_the_calling_thread() -> None:
    _real_keyring()
    recorder = _ThreadRecorder(KeyringSecretStore(service=SERVICE))
    vault = SecretVault(recorder)
    ref = new_secret_ref("account")
    value = "Pâtisserie-🥐-canari-7f3a"

    async def scenario() -> tuple[bool, str | None, str | None]:
        status = await vault.status()
        await vault.set(ref, value)
        read = await vault.get(ref)
        await vault.delete(ref)
        return status.available, read, await vault.get(ref)

    try:
        available, read, after = asyncio.run(scenario())
    finally:
        KeyringSecretStore(service=SERVICE).delete(ref)
        vault.close()
    assert available and read == value and after is None
    assert recorder.threads and all(name.startswith("keyring") for name in recorder.threads)
    assert threading.current_thread().name not in recorder.threads
    assert value in REDACTOR._secrets  # registered for the log filter as it passed


@pytest.mark.keyring
def test_account_secrets_live_in_the_keyring_and_leave_with_the_account(store) -> None:  # noqa: ANN001
    _real_keyring()
    secrets = KeyringSecretStore(service=SERVICE)
    vault = SecretVault(secrets)
    client = store.clients.create("Boulangerie Martin")
    password, token = new_secret_ref("account"), new_secret_ref("account")

    async def scenario() -> None:
        await vault.set(password, "mot-de-passe-réel-42")
        await vault.set(token, "EAAG-jeton-réel")
        account = store.accounts.save(
            client.id, AccountFields("instagram", "boulangeriemartin"),
            [SecretSpec("password", "Mot de passe", password), SecretSpec("token", "Jeton API", token)],
        )
        assert keyring.get_password(SERVICE, password) == "mot-de-passe-réel-42"
        store.trash.move_to_trash("accounts", account.id)
        assert store.accounts.pending_secret_purges() == []  # trashed: still restorable, secrets kept
        assert keyring.get_password(SERVICE, token) == "EAAG-jeton-réel"
        store.trash.purge("accounts", account.id)
        refs = store.accounts.pending_secret_purges()
        done = await vault.delete_many(refs)
        store.accounts.forget_purged(done)

    try:
        asyncio.run(scenario())
    finally:
        for ref in (password, token):
            secrets.delete(ref)
        vault.close()
    assert keyring.get_password(SERVICE, password) is None
    assert keyring.get_password(SERVICE, token) is None
    assert store.accounts.pending_secret_purges() == []


# -- refusal of backends that would not protect a secret --------------------------------------------------


class PlaintextKeyring(KeyringBackend):
    """Stands in for keyrings.alt.file.PlaintextKeyring (base64 in a file): usable, but not secure.

    Every KeyringBackend subclass joins keyring's automatic selection; a priority that raises is
    keyring's documented way to say "not viable", so this double is only used where a test installs it.
    """

    store: dict[tuple[str, str], str] = {}

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805
        raise RuntimeError("test double: never picked automatically")

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


PlaintextKeyring.__module__ = "keyrings.alt.file"


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


@pytest.mark.parametrize(
    "backend", [fail.Keyring(), null.Keyring(), PlaintextKeyring()], ids=["fail", "null", "plaintext"]
)
def test_insecure_backends_are_refused(backend: KeyringBackend, restore_keyring: None) -> None:  # noqa: ARG001
    keyring.set_keyring(backend)
    store = KeyringSecretStore(service=SERVICE)
    assert not store.available()
    assert describe_backend()[1] is False
    with pytest.raises(SecretStoreUnavailable):
        store.set(new_secret_ref("account"), "ne-doit-aller-nulle-part")
    assert PlaintextKeyring.store == {}
    vault = SecretVault(store)
    try:
        status = asyncio.run(vault.status())
    finally:
        vault.close()
    assert not status.available


def test_a_chain_of_insecure_backends_is_refused() -> None:
    class Chain:  # what keyring's ChainerBackend exposes: the backends it would write through
        backends = [fail.Keyring(), null.Keyring(), PlaintextKeyring()]

    assert _usable_backends(Chain()) == []  # type: ignore[arg-type]


def test_plaintext_backend_forced_by_environment_is_refused(tmp_path: Path) -> None:
    """PYTHON_KEYRING_BACKEND pointing at a plaintext file backend: refused, and no file is written."""
    package = tmp_path / "plainkr"
    package.mkdir()
    secrets_file = tmp_path / "keyring_pass.cfg"
    (package / "__init__.py").write_text(
        textwrap.dedent(
            f"""
            import base64
            from keyring.backend import KeyringBackend

            class PlaintextKeyring(KeyringBackend):
                priority = 1
                def get_password(self, service, username):
                    return None
                def set_password(self, service, username, password):
                    with open({str(secrets_file)!r}, "a") as f:
                        f.write(base64.b64encode(password.encode()).decode())
                def delete_password(self, service, username):
                    pass
            """
        )
    )
    code = (
        "from cmtoolbox.credentials import KeyringSecretStore, describe_backend\n"
        "store = KeyringSecretStore(); print(store.available(), describe_backend()[1])\n"
        "try:\n    store.set('account:' + '0' * 32, 'canari-en-clair')\nexcept Exception as e:\n"
        "    print(type(e).__name__)\n"
    )
    env = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "plainkr.PlaintextKeyring",
        "PYTHONPATH": os.pathsep.join([str(tmp_path), str(Path(__file__).resolve().parents[2])]),
    }
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert result.stdout.split() == ["False", "False", "SecretStoreUnavailable"], result.stderr
    assert not secrets_file.exists()
