"""Post-call audio as files under `<data_dir>/audio/`, one per conversation, encrypted with
the data-at-rest keys (`<conversation>.mp3.fernet`).

Written atomically (temp file, fsync, rename) before the event is acknowledged, so the events
table only ever holds a reference.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import re
import tempfile
from pathlib import Path

from omem import crypto
from omem.errors import ApiError

_SAFE = re.compile(r"^[A-Za-z0-9_-]{1,120}$")


def audio_path(data_dir: Path, conversation_id: str) -> Path:
    name = (
        conversation_id
        if _SAFE.match(conversation_id)
        else hashlib.sha256(conversation_id.encode()).hexdigest()
    )
    return data_dir / "audio" / f"{name}.mp3.fernet"


def _write_atomically(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # A unique temp name: duplicate deliveries may write the same conversation at once.
    with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".part", delete=False) as fh:
        fh.write(content)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(fh.name, path)


def save_audio(data_dir: Path, conversation_id: str, encoded: str) -> Path:
    """Decode base64 audio and store it; returns the path. Raises ApiError on bad base64."""
    try:
        content = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise ApiError("full_audio is not valid base64.", code="invalid_audio") from None
    path = audio_path(data_dir, conversation_id)
    _write_atomically(path, crypto.encrypt_bytes(content))
    return path


def read_audio(path: Path) -> bytes:
    """The decrypted audio of a stored file."""
    return crypto.decrypt_bytes(path.read_bytes())


def reencrypt_files(data_dir: Path) -> int:
    """Every stored audio file under the first key; returns how many were rewritten."""
    done = 0
    for path in sorted((data_dir / "audio").glob("*.fernet")):
        _write_atomically(path, crypto.rotate_bytes(path.read_bytes()))
        done += 1
    return done
