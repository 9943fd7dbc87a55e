"""End-to-end encryption of what sync stores, with a passphrase (issue 17).

AES-256-GCM from `cryptography`, the key derived from the passphrase with scrypt and a random
salt kept in the target's format file. Each file is `CMS1 | nonce (12) | ciphertext+tag`, with
its path as associated data, so a file cannot be swapped for another one unnoticed. A key-check
file, encrypted when the target is set up, lets a wrong passphrase be refused at once with a clear
message, instead of every change log failing to open.
"""

from __future__ import annotations

import base64
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

MAGIC = b"CMS1"
KEYCHECK_TEXT = b"CM Toolbox sync key check, format 1"
# scrypt cost: about 0.1 s and 32 MiB on a laptop, once per sync.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1


class WrongPassphrase(Exception):
    code = "wrong_passphrase"


class Corrupt(Exception):
    """A file that does not open (half-copied by a sync tool, or damaged): skipped for now."""


def new_kdf_params() -> dict[str, object]:
    return {
        "kdf": "scrypt",
        "salt": base64.b64encode(os.urandom(16)).decode("ascii"),
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
    }


class Cipher:
    def __init__(self, passphrase: str, params: dict[str, object]) -> None:
        if params.get("kdf") != "scrypt":
            raise ValueError(f"unknown key derivation {params.get('kdf')!r}")
        kdf = Scrypt(
            salt=base64.b64decode(str(params["salt"])),
            length=32,
            n=int(params["n"]),  # type: ignore[call-overload]
            r=int(params["r"]),  # type: ignore[call-overload]
            p=int(params["p"]),  # type: ignore[call-overload]
        )
        self._aead = AESGCM(kdf.derive(passphrase.encode("utf-8")))

    def encrypt(self, data: bytes, path: str) -> bytes:
        nonce = os.urandom(12)
        return MAGIC + nonce + self._aead.encrypt(nonce, data, path.encode("utf-8"))

    def decrypt(self, blob: bytes, path: str) -> bytes:
        if len(blob) < len(MAGIC) + 12 + 16 or not blob.startswith(MAGIC):
            raise Corrupt(f"{path} is not an encrypted sync file (incomplete?)")
        nonce = blob[len(MAGIC) : len(MAGIC) + 12]
        try:
            return self._aead.decrypt(nonce, blob[len(MAGIC) + 12 :], path.encode("utf-8"))
        except InvalidTag as error:
            raise Corrupt(f"{path} does not open (incomplete or damaged)") from error

    def keycheck(self, path: str) -> bytes:
        return self.encrypt(KEYCHECK_TEXT, path)

    def verify(self, blob: bytes, path: str) -> None:
        try:
            ok = self.decrypt(blob, path) == KEYCHECK_TEXT
        except Corrupt:
            ok = False
        if not ok:
            raise WrongPassphrase(
                "The sync passphrase is wrong: this target was encrypted with another one. "
                "Nothing was synced."
            )
