"""Encryption at rest: MultiFernet over the keys in `OMEM_ENCRYPTION_KEYS` (the first
encrypts, every one decrypts), for text columns (through `EncryptedTextField`) and files.

Configured once per process from the settings (`configure`), before any model is read or
written. Empty strings stay empty, so a column's "" default and `== ""` filters work; every
other value is stored as a Fernet token (AES-128-CBC + HMAC-SHA256, with a timestamp).
"""

from __future__ import annotations

from collections.abc import Sequence

from cryptography.fernet import Fernet
from cryptography.fernet import InvalidToken
from cryptography.fernet import MultiFernet

# Every Fernet token (version byte 0x80) starts so in base64: a format marker, no secret.
TOKEN_PREFIX = "gAAAAA"  # noqa: S105
_state: dict[str, MultiFernet] = {}
_keys: dict[str, tuple[str, ...]] = {}


class NotConfigured(RuntimeError):
    """No encryption keys were configured in this process."""


class DecryptionError(Exception):
    """A stored value does not decrypt with any configured key."""


def configure(keys: Sequence[str]) -> None:
    """Use these Fernet keys from now on (a no-op when they are the current ones)."""
    keys = tuple(keys)
    if not keys:
        raise NotConfigured("OMEM_ENCRYPTION_KEYS is empty")
    if _keys.get("current") == keys:
        return
    _state["cipher"] = MultiFernet([Fernet(key.encode("ascii")) for key in keys])
    _keys["current"] = keys


def _cipher() -> MultiFernet:
    try:
        return _state["cipher"]
    except KeyError:
        raise NotConfigured("crypto.configure() was not called in this process") from None


def encrypt_text(value: str) -> str:
    if not value:
        return value
    return _cipher().encrypt(value.encode("utf-8")).decode("ascii")


def decrypt_text(value: str) -> str:
    if not value:
        return value
    try:
        return _cipher().decrypt(value.encode("ascii")).decode("utf-8")
    except (InvalidToken, UnicodeError):
        raise DecryptionError("a stored value does not decrypt with any configured key") from None


def encrypt_bytes(data: bytes) -> bytes:
    return _cipher().encrypt(data)


def decrypt_bytes(token: bytes) -> bytes:
    try:
        return _cipher().decrypt(token)
    except InvalidToken:
        raise DecryptionError("a stored file does not decrypt with any configured key") from None


def rotate_text(value: str) -> str:
    """The same plaintext under the first key (a value already under it is re-encrypted
    too: Fernet cannot tell which key made a token without trying)."""
    if not value:
        return value
    if not value.startswith(TOKEN_PREFIX):  # stored before encryption existed
        return encrypt_text(value)
    try:
        return _cipher().rotate(value.encode("ascii")).decode("ascii")
    except InvalidToken:
        raise DecryptionError("a stored value does not decrypt with any configured key") from None


def rotate_bytes(token: bytes) -> bytes:
    try:
        return _cipher().rotate(token)
    except InvalidToken:
        raise DecryptionError("a stored file does not decrypt with any configured key") from None
