"""Right to be forgotten: export everything about a caller; delete it all, and a late or
retried webhook for them cannot bring it back."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient

from omem.admin import audit
from omem.db import db
from omem.models import ALL_MODELS
from omem.models import CallerId
from omem.models import Conversation
from omem.models import Memory
from omem.models import MemoryEmbedding
from omem.models import MemoryLink
from omem.models import Tombstone
from omem.models import ToolInvocation
from omem.models import User
from omem.models import WebhookEvent
from omem.security import create_api_key
from tests.conftest import WEBHOOK_SECRET
from tests.helpers import assert_error
from tests.helpers import el_signature
from tests.helpers import run_queue
from tests.helpers import sample

DANA = "+14155550123"  # the sample call's caller
SAM = "+14155550999"
ADMIN = "/api/v1/admin/users"


@pytest.fixture
def admin(conn: None) -> dict[str, str]:
    _, key = create_api_key("operator", ["admin"])
    return {"Authorization": f"Bearer {key}"}


def _call(conversation_id: str, number: str, **changes: Any) -> str:
    payload = json.loads(sample("post-call-transcription.json"))
    payload["data"]["conversation_id"] = conversation_id
    payload["data"]["metadata"]["phone_call"]["external_number"] = number
    payload["data"]["conversation_initiation_client_data"]["dynamic_variables"].pop(
        "user_id", None
    )
    payload["data"].update(changes)
    return json.dumps(payload)


def _deliver(client: FlaskClient, raw: str, *, run: bool = True) -> dict[str, Any]:
    headers = {"Content-Type": "application/json",
               "ElevenLabs-Signature": el_signature(WEBHOOK_SECRET, raw)}  # fmt: skip
    response = client.post("/api/v1/webhooks/post-call", data=raw, headers=headers)
    assert response.status_code == 200, response.get_data(as_text=True)
    if run:
        run_queue()
    answer: dict[str, Any] = response.get_json()
    return answer


def _audio(conversation_id: str) -> str:
    payload = json.loads(sample("post-call-audio.json"))
    payload["data"]["conversation_id"] = conversation_id
    payload["data"]["full_audio"] = base64.b64encode(b"ID3 recorded voice").decode()
    return json.dumps(payload)


def _two_callers(client: FlaskClient, auth: dict[str, str]) -> tuple[User, User]:
    _deliver(client, _call("conv_dana_1", DANA))
    _deliver(client, _audio("conv_dana_1"))
    _deliver(client, _call("conv_sam_1", SAM))
    with db.connection_context():
        dana = CallerId.get(CallerId.number == DANA).user
        sam = CallerId.get(CallerId.number == SAM).user
    stored = client.post("/api/v1/tools/memory-store", headers=auth,
                         json={"user_id": dana.uid, "content": "My gate code is 4412.",
                               "conversation_id": "conv_dana_live"})  # fmt: skip
    assert stored.status_code == 200
    return dana, sam


def _rows_of(user_id: int) -> dict[str, int]:
    memories = Memory.select(Memory.id).where(Memory.user == user_id)
    return {
        "users": User.select().where(User.id == user_id).count(),
        "caller_ids": CallerId.select().where(CallerId.user == user_id).count(),
        "conversations": Conversation.select().where(Conversation.user == user_id).count(),
        "memories": memories.count(),
        "embeddings": MemoryEmbedding.select().where(MemoryEmbedding.memory.in_(memories)).count(),
        "links": MemoryLink.select().where(MemoryLink.source.in_(memories)).count(),
        "tool_invocations": ToolInvocation.select().where(ToolInvocation.user == user_id).count(),
    }


def test_export_holds_everything_about_the_caller_decrypted(
    client: FlaskClient, auth: dict[str, str], admin: dict[str, str]
) -> None:
    dana, _ = _two_callers(client, auth)
    response = client.get(f"{ADMIN}/{dana.uid}/export", headers=admin)
    assert response.status_code == 200
    export = response.get_json()
    assert export["user"]["user_id"] == dana.uid
    assert export["caller_ids"] == [DANA]
    [call] = export["conversations"]
    assert call["conversation_id"] == "conv_dana_1" and call["audio_file"]
    assert any("same card" in (t["message"] or "") for t in call["turns"])
    assert call["analysis"]["summary"]
    contents = [m["content"] for m in export["memories"]]
    assert any("gate code" in c for c in contents) and any("R-7741" in c for c in contents)
    assert all(m["provenance"] for m in export["memories"] if "R-7741" in m["content"])
    provenance = [p for m in export["memories"] for p in m["provenance"]]
    turns = [p["source_turns"] for p in provenance]
    assert all(isinstance(t, list) for t in turns) and any(turns)  # lists, not "[0]"
    assert [t["tool"] for t in export["tool_invocations"]] == ["memory_store"]
    assert "conv_sam_1" not in json.dumps(export)  # nothing of another caller


def test_delete_removes_every_row_and_file_of_the_caller_and_keeps_others(
    client: FlaskClient, auth: dict[str, str], admin: dict[str, str], data_dir: Path
) -> None:
    dana, sam = _two_callers(client, auth)
    with db.connection_context():
        before_sam = _rows_of(sam.id)
        assert all(v for k, v in _rows_of(dana.id).items() if k != "links")
    assert list((data_dir / "audio").iterdir())
    response = client.delete(f"{ADMIN}/{dana.uid}", headers=admin)
    assert response.status_code == 200
    counts = response.get_json()["counts"]
    assert counts["audio_files"] == 1 and counts["memories"] > 0
    with db.connection_context():
        assert set(_rows_of(dana.id).values()) == {0}
        assert _rows_of(sam.id) == before_sam
        conversations = {"conv_dana_1", "conv_dana_live"}
        assert not WebhookEvent.select().where(WebhookEvent.conversation_ref.in_(conversations))
        assert Tombstone.select().count() == 3  # uid + two conversations, hashed
        tombstones = json.dumps([list(t) for t in Tombstone.select().tuples()], default=str)
        assert dana.uid not in tombstones and "conv_dana_1" not in tombstones
        total = sum(m.select().count() for m in ALL_MODELS if m not in (Tombstone,))
        assert total > 0  # Sam's data, the keys
    assert list((data_dir / "audio").iterdir()) == []
    assert_error(client.get(f"{ADMIN}/{dana.uid}/export", headers=admin), 404, "unknown_user")


def test_late_or_retried_webhooks_for_a_deleted_caller_store_nothing(
    client: FlaskClient, auth: dict[str, str], admin: dict[str, str], data_dir: Path
) -> None:
    dana, _ = _two_callers(client, auth)
    # A call of Dana's that was accepted but not processed yet when the deletion came.
    assert _deliver(client, _call("conv_dana_2", DANA), run=False)["status"] == "accepted"
    assert client.delete(f"{ADMIN}/{dana.uid}", headers=admin).status_code == 200
    for raw in (_call("conv_dana_1", DANA), _audio("conv_dana_1"), _call("conv_dana_2", DANA)):
        assert _deliver(client, raw)["status"] == "forgotten"
    stored = client.post("/api/v1/tools/memory-store", headers=auth,
                         json={"user_id": dana.uid, "content": "I like tea."})  # fmt: skip
    assert_error(stored, 404, "unknown_caller")  # the deleted id is never revived
    with db.connection_context():
        assert not CallerId.select().where(CallerId.number == DANA).exists()
        assert not User.select().where(User.uid == dana.uid).exists()
        assert (
            not Conversation.select()
            .where(Conversation.conversation_id.in_(["conv_dana_1", "conv_dana_2"]))
            .exists()
        )
    assert list((data_dir / "audio").iterdir()) == []


def test_an_event_accepted_before_the_deletion_is_forgotten_by_the_worker(
    client: FlaskClient, auth: dict[str, str], admin: dict[str, str]
) -> None:
    dana, _ = _two_callers(client, auth)
    accepted = _deliver(client, _call("conv_dana_3", "+1 (415) 555-0123"), run=False)
    with db.connection_context():  # as if it were claimed already: not deleted with the user
        WebhookEvent.update(user=None).where(WebhookEvent.id == accepted["event_id"]).execute()
    assert client.delete(f"{ADMIN}/{dana.uid}", headers=admin).status_code == 200
    run_queue()
    with db.connection_context():
        assert (
            not Conversation.select().where(Conversation.conversation_id == "conv_dana_3").exists()
        )
        assert not CallerId.select().where(CallerId.number == DANA).exists()


@pytest.mark.parametrize("method", ["get", "delete"])
def test_export_and_delete_need_the_admin_scope(
    client: FlaskClient, auth: dict[str, str], method: str
) -> None:
    dana, _ = _two_callers(client, auth)
    url = f"{ADMIN}/{dana.uid}" + ("/export" if method == "get" else "")
    with db.connection_context():
        _, service_key = create_api_key("elevenlabs", ["tools", "webhooks"])
    response = getattr(client, method)(url, headers={"Authorization": f"Bearer {service_key}"})
    assert_error(response, 403, "insufficient_scope")
    with db.connection_context():
        assert User.select().where(User.uid == dana.uid).exists()


def test_admin_changes_are_audited_with_ids_only_and_kept_after_the_caller_is_deleted(
    client: FlaskClient, auth: dict[str, str], admin: dict[str, str]
) -> None:
    dana, _ = _two_callers(client, auth)
    created = client.post("/api/v1/admin/keys", json={"name": "crm-sync"}, headers=admin)
    revoked = client.delete(f"/api/v1/admin/keys/{created.get_json()['id']}", headers=admin)
    deleted = client.delete(f"{ADMIN}/{dana.uid}", headers=admin)
    client.get(f"{ADMIN}/{dana.uid}/export", headers=admin)  # a read: not audited
    with db.connection_context():
        rows = list(audit.entries())
    key_id = created.get_json()["id"]
    assert [
        (r["actor"], r["role"], r["action"], r["target_kind"], r["target_ids"]) for r in rows
    ] == [
        ("key:operator", "admin", "key.create", "api_key", [key_id]),
        ("key:operator", "admin", "key.revoke", "api_key", [key_id]),
        ("key:operator", "admin", "caller.delete", "user", [dana.id]),
    ]
    assert [r["request_id"] for r in rows] == [
        response.headers["X-Request-ID"] for response in (created, revoked, deleted)
    ]
    text = json.dumps(rows)  # ids only: no name, number, uid or key
    for secret in ("crm-sync", dana.uid, DANA, created.get_json()["key"]):
        assert secret not in text


def test_a_waiting_call_with_a_number_json_cannot_hold_is_still_found_and_forgotten(
    client: FlaskClient, auth: dict[str, str], admin: dict[str, str]
) -> None:
    """The deletion reads waiting events as the worker does (leniently): a 4,301-digit cost,
    which plain json.loads refuses, must not hide Dana's call from it."""
    dana, _ = _two_callers(client, auth)
    raw = _call("conv_dana_odd", DANA).replace('"cost": ', '"cost": ' + "9" * 4301 + ', "x": ')
    assert _deliver(client, raw, run=False)["status"] == "accepted"
    assert client.delete(f"{ADMIN}/{dana.uid}", headers=admin).status_code == 200
    run_queue()
    with db.connection_context():
        stored = Conversation.select().where(Conversation.conversation_id == "conv_dana_odd")
        assert not stored.exists()
        assert not User.select().where(User.uid == dana.uid).exists()
