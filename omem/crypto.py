"""Encryption at rest: MultiFernet over the keys in `OMEM_ENCRYPTION_KEYS` (the first
encrypts, every one decrypts), for text columns (through `EncryptedTextField`) and files;
and the keyed hashes (blind index) that let encrypted caller names be searched.

Configured once per process from the settings (`configure`), before any model is read or
written. Empty strings stay empty, so a column's "" default and `== ""` filters work; every
other value is stored as a Fernet token (AES-128-CBC + HMAC-SHA256, with a timestamp).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import zlib
from collections.abc import Sequence

from cryptography.fernet import Fernet
from cryptography.fernet import InvalidToken
from cryptography.fernet import MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

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
# Blind-index keys, one per Fernet key in the same order (the first is the one new hashes
# use). Derived, never the Fernet key itself: a leaked index key decrypts nothing.
_index_keys: dict[str, tuple[bytes, ...]] = {}
_INDEX_LABEL = b"omem caller-name blind index v1"
# The keyword tokens of a caller's index snapshot (omem.memory.snapshots) are keyed hashes
# under a key derived like the blind index's, with its own label: one key never serves two uses.
_TOKEN_LABEL = b"omem keyword tokens v1"
_UNKEYED = b"omem keyword tokens without encryption keys"
_FINGERPRINT_LABEL = b"omem encryption key fingerprint v1\x00"


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
    _index_keys["current"] = tuple(_derive_index_key(key) for key in keys)
    _keys["current"] = keys


def _derive_index_key(fernet_key: str, label: bytes = _INDEX_LABEL) -> bytes:
    material = base64.urlsafe_b64decode(fernet_key.encode("ascii"))
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=label).derive(material)


def keys_fingerprint() -> bytes:
    """A digest of every configured key, in order (without keys: empty). Names a key set
    without revealing it."""
    keys = _keys.get("current") or ()
    return hashlib.sha256("\n".join(keys).encode("ascii")).digest() if keys else b""


def key_fingerprint(key: str) -> str:
    """A public name for one Fernet key: 16 hex digits of a labelled SHA-256 of it. Backups
    record the fingerprints of the keys that read them, so a restore can say which key it
    needs; a 256-bit random key cannot be recovered from its hash."""
    material = base64.urlsafe_b64decode(key.encode("ascii"))
    return hashlib.sha256(_FINGERPRINT_LABEL + material).hexdigest()[:16]


def token_key() -> bytes:
    """The key of keyword-token hashes (32 bytes, HKDF from the primary encryption key).
    Without configured keys — where the text itself is stored as plaintext — a fixed key."""
    keys = _keys.get("current")
    if not keys:
        return _UNKEYED
    cached = _index_keys.get("token")
    if cached is None or _keys.get("token_for") != keys[:1]:
        cached = (_derive_index_key(keys[0], _TOKEN_LABEL),)
        _index_keys["token"] = cached
        _keys["token_for"] = keys[:1]
    return cached[0]


def _index_key_list() -> tuple[bytes, ...]:
    try:
        return _index_keys["current"]
    except KeyError:
        raise NotConfigured("crypto.configure() was not called in this process") from None


def blind_index(token: str) -> str:
    """HMAC-SHA256 (hex) of an already-normalised search token under a key derived (HKDF)
    from the primary encryption key: equal tokens hash equal, and without the key a hash
    tells nothing about its token. A new primary key changes every hash, so the index is
    rebuilt after a rotation (omem.callers.reindex_names)."""
    return _mac(_index_key_list()[0], token)


def blind_indexes(token: str) -> tuple[str, ...]:
    """The token's hash under every configured key, the primary's first: a search keeps
    finding names hashed under the previous primary key until they are re-indexed."""
    return tuple(_mac(key, token) for key in _index_key_list())


def _mac(key: bytes, token: str) -> str:
    return hmac.new(key, token.encode("utf-8"), hashlib.sha256).hexdigest()


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
