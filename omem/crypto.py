"""Encryption at rest: MultiFernet over the keys in `OMEM_ENCRYPTION_KEYS` (the first
encrypts, every one decrypts), for text columns (through `EncryptedTextField`) and files.

Configured once per process from the settings (`configure`), before any model is read or
written. Empty strings stay empty, so a column's "" default and `== ""` filters work; every
other value is stored as a Fernet token (AES-128-CBC + HMAC-SHA256, with a timestamp).
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence

from cryptography.fernet import Fernet
from cryptography.fernet import InvalidToken
from cryptography.fernet import MultiFernet

# Every Fernet token (version byte 0x80) starts so in base64: a format marker, no secret.
TOKEN_PREFIX = "gAAAAA"  # noqa: S105
# Text longer than this is zlib-compressed before encryption (a 52 KB transcript payload
# becomes a few KB: less to encrypt, write and checkpoint). Marked so on disk. Compression
# before encryption leaks only the compressed length, which at rest tells an attacker nothing
# they could steer.
COMPRESSED_MARK = "z:"
_COMPRESS_OVER = 1024
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


def is_encrypted(value: str) -> bool:
    return value.startswith((TOKEN_PREFIX, COMPRESSED_MARK + TOKEN_PREFIX))


def encrypt_text(value: str) -> str:
    if not value:
        return value
    data = value.encode("utf-8")
    if len(data) > _COMPRESS_OVER:
        return COMPRESSED_MARK + _cipher().encrypt(zlib.compress(data, 1)).decode("ascii")
    return _cipher().encrypt(data).decode("ascii")


def decrypt_text(value: str) -> str:
    if not value:
        return value
    try:
        if value.startswith(COMPRESSED_MARK):
            token = value[len(COMPRESSED_MARK) :].encode("ascii")
            return zlib.decompress(_cipher().decrypt(token)).decode("utf-8")
        return _cipher().decrypt(value.encode("ascii")).decode("utf-8")
    except (InvalidToken, UnicodeError, zlib.error):
        raise DecryptionError("a stored value does not decrypt with any configured key") from None


def encrypt_bytes(data: bytes) -> bytes:
    return _cipher().encrypt(data)


def decrypt_bytes(token: bytes) -> bytes:
    try:
        return _cipher().decrypt(token)
    except InvalidToken:
        raise DecryptionError("a stored file does not decrypt with any configured key") from None


def rotate_bytes(token: bytes) -> bytes:
    try:
        return _cipher().rotate(token)
    except InvalidToken:
        raise DecryptionError("a stored file does not decrypt with any configured key") from None
