"""Encryption at rest: what callers said never reaches a file in plaintext; key rotation;
plaintext written before encryption existed is encrypted by the migration."""

from __future__ import annotations

import base64
import json
import sqlite3
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from omem import at_rest
from omem import crypto
from omem import schema
from omem.audio import read_audio
from omem.config import new_fernet_key
from omem.db import db
from omem.db import init_db
from omem.memory import summary
from omem.models import ConversationAnalysis
from omem.models import ConversationTurn
from omem.models import Memory
from omem.models import ToolInvocation
from omem.models import User
from omem.models import WebhookEvent
from tests.conftest import ENCRYPTION_KEY
from tests.conftest import WEBHOOK_SECRET
from tests.conftest import make_settings
from tests.helpers import el_signature
from tests.helpers import run_queue
from tests.helpers import sample

POST_CALL = "/api/v1/webhooks/post-call"
# Said by the caller, by the agent, or derived by ElevenLabs, in the sample call; and what the
# agent stores mid-call.
PHRASES = (
    b"going back to the same card",
    b"escalate it now",
    b"R-7741",
    b"INV-20931",
    b"T-55102",
    b"billing_refund",
    b"Dana",
    b"gate code is 4412",
    b"lighthouse",
)
AUDIO = b"ID3" + b"lighthouse-keeper-audio" * 500


def _deliver(client: FlaskClient, raw: str) -> None:
    headers = {
        "Content-Type": "application/json",
        "ElevenLabs-Signature": el_signature(WEBHOOK_SECRET, raw),
    }
    assert client.post(POST_CALL, data=raw, headers=headers).status_code == 200
    run_queue()


def _full_call(client: FlaskClient, auth: dict[str, str]) -> str:
    _deliver(client, sample("post-call-transcription.json"))
    audio = json.loads(sample("post-call-audio.json"))
    audio["data"]["full_audio"] = base64.b64encode(AUDIO).decode()
    _deliver(client, json.dumps(audio))
    with db.connection_context():
        user = User.get()
        summary.refresh_summary(user.id, make_settings(Path(db.database).parent))
    tools = "/api/v1/tools"
    gate = {"user_id": user.uid, "content": "My gate code is 4412."}
    stored = client.post(f"{tools}/memory-store", headers=auth, json=gate)
    assert stored.status_code == 200
    for query in ("refund R-7741", "lighthouse"):
        answer = client.post(f"{tools}/memory-query", json={"user_id": user.uid, "query": query},
                             headers=auth)  # fmt: skip
        assert answer.status_code == 200
    return user.uid


def _every_file(data_dir: Path) -> dict[str, bytes]:
    files = (p for p in data_dir.rglob("*") if p.is_file())
    return {str(p.relative_to(data_dir)): p.read_bytes() for p in files}


def test_no_phrase_of_a_processed_call_is_readable_in_any_file_of_the_data_dir(
    client: FlaskClient, auth: dict[str, str], data_dir: Path
) -> None:
    uid = _full_call(client, auth)
    with db.connection_context():  # everything was stored, and reads back in plaintext
        assert any("same card" in (t.message or "") for t in ConversationTurn.select())
        assert any("R-7741" in m.content for m in Memory.select())
        assert any("gate code" in m.content for m in Memory.select())
        assert User.get(User.uid == uid).summary
        assert ConversationAnalysis.get().transcript_summary
        assert ToolInvocation.select().count() == 3
    files = _every_file(data_dir)
    assert {"omem.db", "omem.db-wal", "queue.db"} <= set(files)
    assert any(name.startswith("audio/") for name in files)
    leaks = [(p.decode(), name) for p in PHRASES for name, raw in files.items() if p in raw]
    assert leaks == []


def test_reencrypt_moves_every_value_and_file_to_the_new_key_so_the_old_key_can_go(
    client: FlaskClient, auth: dict[str, str], data_dir: Path
) -> None:
    _full_call(client, auth)
    with db.connection_context():
        before = sorted(m.content for m in Memory.select())
    new_key = new_fernet_key()
    init_db(make_settings(data_dir, OMEM_ENCRYPTION_KEYS=f"{new_key},{ENCRYPTION_KEY}"))
    with db.connection_context():
        counts = at_rest.reencrypt(data_dir)
    assert counts["memories.content"] == len(before)
    assert counts["webhook_events.payload"] == 2 and counts["audio files"] == 1
    init_db(make_settings(data_dir, OMEM_ENCRYPTION_KEYS=new_key))  # the old key removed
    with db.connection_context():
        assert sorted(m.content for m in Memory.select()) == before
        assert all(json.loads(e.payload) for e in WebhookEvent.select())
    [audio_file] = (data_dir / "audio").iterdir()
    assert read_audio(audio_file) == AUDIO
    init_db(make_settings(data_dir, OMEM_ENCRYPTION_KEYS=ENCRYPTION_KEY))  # only the old one
    with db.connection_context(), pytest.raises(crypto.DecryptionError):
        list(Memory.select())
    with pytest.raises(crypto.DecryptionError):
        read_audio(audio_file)


def test_migration_encrypts_plaintext_written_before_encryption_and_down_restores_it(
    tmp_path: Path,
) -> None:
    settings = make_settings(tmp_path / "data")
    init_db(settings)
    with db.connection_context():
        schema.upgrade("0002_memory_versions_and_conversation_ref")
        db.execute_sql(
            "INSERT INTO users (uid, display_name, summary, is_guest, memory_version, "
            "summary_version, created_at, updated_at) VALUES (?, ?, ?, 1, 0, 0, ?, ?)",
            ("omem_usr_0000000000000001", "Dana", "", "2026-01-01", "2026-01-01"),
        )
        db.execute_sql(
            "INSERT INTO memories (user_id, content, context, sector, salience, state, "
            "occurred_at, last_accessed_at, created_at, updated_at, version, conversation_ref) "
            "VALUES (1, ?, '', 'semantic', 0.5, 'active', ?, ?, ?, ?, 1, '')",
            ("The caller's dog is called Rex.", *["2026-01-01"] * 4),
        )
        legacy = Memory.select(Memory.content).get()  # columns of that schema only
        assert legacy.content == "The caller's dog is called Rex."  # legacy plaintext
        schema.upgrade()
        raw = db.execute_sql("SELECT content FROM memories").fetchone()[0]
        name, empty = db.execute_sql("SELECT display_name, summary FROM users").fetchone()
        assert raw.startswith(crypto.TOKEN_PREFIX) and name.startswith(crypto.TOKEN_PREFIX)
        assert empty == ""  # empty values stay empty
        assert Memory.get().content == "The caller's dog is called Rex."
        assert User.get().display_name == "Dana"
        schema.downgrade("0003_encrypt_text_at_rest")
        raw = db.execute_sql("SELECT content FROM memories").fetchone()[0]
        assert raw == "The caller's dog is called Rex."
    db.close()
    check = sqlite3.connect(settings.db_path)
    assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    check.close()


def test_long_text_is_compressed_then_encrypted_and_short_text_only_encrypted() -> None:
    crypto.configure([ENCRYPTION_KEY])
    long_text = "The caller's dog Rex needs his pills. " * 100
    stored = crypto.encrypt_text(long_text)
    assert stored.startswith(crypto.COMPRESSED_MARK + crypto.TOKEN_PREFIX)
    assert len(stored) < len(long_text) / 4
    assert crypto.decrypt_text(stored) == long_text
    short = crypto.encrypt_text("Rex")
    assert short.startswith(crypto.TOKEN_PREFIX) and crypto.decrypt_text(short) == "Rex"
    assert crypto.is_encrypted(stored) and crypto.is_encrypted(short)
    assert not crypto.is_encrypted("The caller's dog") and crypto.encrypt_text("") == ""
    tampered = stored[:-6] + ("A" if stored[-6] != "A" else "B") + stored[-5:]
    with pytest.raises(crypto.DecryptionError):
        crypto.decrypt_text(tampered)
