"""The console's pages through the Flask test client, on calls delivered as ElevenLabs
would post them and processed by the real queue: every page renders, hostile text stays
text, no page loads anything from elsewhere, viewers read but neither change nor see
transcripts, and every change lands in the audit log."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any

import pytest
from flask.testing import FlaskClient

from omem.admin import accounts
from omem.admin.pages import MEMORIES_PER_SECTOR
from omem.db import db
from omem.models import AuditEntry
from omem.models import Conversation
from omem.models import Memory
from omem.models import User
from omem.models import WebhookEvent
from tests.conftest import WEBHOOK_SECRET
from tests.helpers import el_signature
from tests.helpers import run_queue
from tests.helpers import sample

PASSWORD = "correct horse battery"
HOSTILE = [
    "<script>alert('x')</script>",
    '"><img src=x onerror=alert(1)>',
    "{{ 7*7 }} {% if true %}jinja{% endif %}",
]


def deliver(
    client: FlaskClient, conversation_id: str, number: str, said: list[str], **data: Any
) -> None:
    """A signed post-call for a phone call from `number` in which the caller says `said`."""
    payload = json.loads(sample("post-call-transcription.json"))
    body = payload["data"]
    body["conversation_id"] = conversation_id
    body.pop("user_id", None)
    body["metadata"]["phone_call"]["external_number"] = number
    variables = body["conversation_initiation_client_data"]["dynamic_variables"]
    variables.pop("user_id", None)
    variables["system__caller_id"] = number
    template = copy.deepcopy(body["transcript"][1])
    turns = []
    for index, words in enumerate(said):
        agent = copy.deepcopy(template)
        agent.update(role="agent", message="How can I help?", tool_calls=[], tool_results=[])
        caller = copy.deepcopy(template)
        caller.update(role="user", message=words, tool_calls=[], tool_results=[])
        agent["time_in_call_secs"], caller["time_in_call_secs"] = index * 10, index * 10 + 5
        turns += [agent, caller]
    body["transcript"] = turns
    body.update(data)
    raw = json.dumps(payload)
    response = client.post(
        "/api/v1/webhooks/post-call",
        data=raw,
        headers={
            "Content-Type": "application/json",
            "ElevenLabs-Signature": el_signature(WEBHOOK_SECRET, raw),
        },
    )
    assert response.status_code == 200, response.get_data(as_text=True)
    run_queue()


def sign_in(client: FlaskClient, name: str) -> str:
    """Sign in through the form; returns the session's CSRF token."""
    page = client.get("/admin/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert token
    response = client.post(
        "/admin/login",
        data={"username": name, "password": PASSWORD, "csrf_token": token.group(1)},
    )
    assert response.status_code == 303
    keys = client.get("/admin/keys").get_data(as_text=True)
    csrf = re.search(r'"X-CSRF-Token": "([^"]+)"', keys)
    assert csrf
    return csrf.group(1)


@pytest.fixture
def calls(client: FlaskClient) -> Iterator[dict[str, Any]]:
    deliver(
        client,
        "conv_console_known",
        "+442079460958",
        [
            "Hi, my name is Ada Lovelace.",
            "My daughter Mia starts school in September and I'm nervous about it.",
            "I prefer email over phone calls for any follow-up.",
        ],
    )
    deliver(
        client,
        "conv_console_hostile",
        "+14155550199",
        [f"Please note {text} for my account." for text in HOSTILE],
    )
    with db.connection_context():
        accounts.create_operator("ada", "admin", PASSWORD)
        accounts.create_operator("vic", "viewer", PASSWORD)
        known = Conversation.get(Conversation.conversation_id == "conv_console_known").user
        assert known.display_name == "Ada Lovelace"  # the offline extractor heard the name
        memory = Memory.select().where(Memory.user == known).order_by(Memory.id).first()
        yield {"known": known.uid, "memory": memory.id}


def _pages(data: dict[str, Any]) -> list[str]:
    return [
        "/admin",
        "/admin/queue-status",
        "/admin/callers",
        "/admin/callers?q=ada",
        f"/admin/callers/{data['known']}",
        f"/admin/callers/{data['known']}/memories",
        f"/admin/callers/{data['known']}/memories?sector=semantic&state=active",
        f"/admin/memories/{data['memory']}",
        f"/admin/memories/{data['memory']}/explain?q=when+does+Mia+start+school",
        f"/admin/memories/{data['memory']}/explain?q=what+did+I+say+about+Mia+last+month",
        f"/admin/search?caller={data['known']}&q=where+is+Mia+going",
        "/admin/calls",
        "/admin/calls/conv_console_known",
        "/admin/events",
        "/admin/events?status=dead",
        "/admin/keys",
        "/admin/audit",
    ]


def test_every_page_renders_and_loads_nothing_from_elsewhere(
    client: FlaskClient, calls: dict[str, Any]
) -> None:
    sign_in(client, "ada")
    for url in _pages(calls):
        for headers in ({}, {"HX-Request": "true"}):
            response = client.get(url, headers=headers)
            assert response.status_code == 200, (url, response.get_data(as_text=True)[:300])
            assert response.mimetype == "text/html"
            assert "HX-Request" in response.headers["Vary"]
            html = response.get_data(as_text=True)
            # No inline script (the CSP forbids it) and no asset from another origin.
            assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), url
            assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", html), url
            assert " hx-on" not in html and "javascript:" not in html, url
        full = client.get(url).get_data(as_text=True)
        assert "Content-Security-Policy" in client.get(url).headers
        if url != "/admin/queue-status":  # a fragment-only URL
            assert 'aria-label="Console"' in full and "</html>" in full


def test_a_partial_request_gets_only_the_fragment(
    client: FlaskClient, calls: dict[str, Any]
) -> None:
    sign_in(client, "ada")
    partial = client.get("/admin/callers?q=ada", headers={"HX-Request": "true"})
    html = partial.get_data(as_text=True)
    assert html.lstrip().startswith('<div id="callers-table">')
    assert 'aria-label="Console"' not in html and "</html>" not in html
    restore = client.get(
        "/admin/callers?q=ada",
        headers={"HX-Request": "true", "HX-History-Restore-Request": "true"},
    )
    assert 'aria-label="Console"' in restore.get_data(as_text=True)


def test_hostile_text_from_a_caller_renders_as_text(
    client: FlaskClient, calls: dict[str, Any]
) -> None:
    sign_in(client, "ada")
    with db.connection_context():
        guest_uid = (
            User.select().where(User.uid != calls["known"]).order_by(User.id.desc()).first().uid
        )
        hostile_ids = [m.id for m in Memory.select().join(User).where(User.uid == guest_uid)]
    assert hostile_ids
    pages = [
        f"/admin/callers/{guest_uid}",
        f"/admin/callers/{guest_uid}/memories",
        "/admin/calls/conv_console_hostile",
        f"/admin/search?caller={guest_uid}&q=account",
        *(f"/admin/memories/{i}" for i in hostile_ids),
    ]
    seen = ""
    for url in pages:
        html = client.get(url).get_data(as_text=True)
        assert "<script>alert" not in html, url
        assert "<img src=x" not in html, url
        assert "jinja" not in html or "{% if true %}" in html.replace("&#39;", "'"), url
        seen += html
    assert "&lt;script&gt;" in seen  # shown, escaped
    assert "{{ 7*7 }}" in seen  # template syntax shown as typed, never evaluated


def test_a_viewer_reads_pages_but_not_transcripts_and_changes_nothing(
    client: FlaskClient, calls: dict[str, Any]
) -> None:
    csrf = sign_in(client, "vic")
    call = client.get("/admin/calls/conv_console_known").get_data(as_text=True)
    assert "Transcripts are shown to admins only" in call
    assert "How can I help?" not in call  # the agent's turns: transcript only
    memory = client.get(f"/admin/memories/{calls['memory']}").get_data(as_text=True)
    assert "Transcripts are shown to admins only" in memory
    assert client.get(f"/admin/callers/{calls['known']}/export").status_code == 403
    assert client.get("/admin/calls/conv_console_known/audio").status_code == 403
    for url, form in (
        (f"/admin/memories/{calls['memory']}/archive", {}),
        (f"/admin/callers/{calls['known']}", {"name": "Changed"}),
        ("/admin/events/retry-dead", {}),
        (f"/admin/callers/{calls['known']}/delete", {"confirm": calls["known"]}),
    ):
        response = client.post(url, data={**form, "csrf_token": csrf})
        assert response.status_code == 403, url
        assert "viewer_read_only" in response.get_data(as_text=True)
    with db.connection_context():
        assert AuditEntry.select().count() == 0
        assert Memory.get_by_id(calls["memory"]).state == "active"


def test_an_admin_edits_a_memory_and_memory_query_answers_with_the_new_text(
    client: FlaskClient, calls: dict[str, Any], auth: dict[str, str]
) -> None:
    csrf = sign_in(client, "ada")
    memory_id = calls["memory"]
    edited = client.post(
        f"/admin/memories/{memory_id}",
        data={
            "content": "The caller keeps a sailing boat called Seahorse in Brighton marina.",
            "sector": "semantic",
            "salience": "0.9",
            "csrf_token": csrf,
        },
        headers={"HX-Request": "true"},
    )
    assert edited.status_code == 200
    assert edited.get_data(as_text=True).lstrip().startswith('<section id="memory-main">')
    answer = client.post(
        "/api/v1/tools/memory-query",
        json={"user_id": calls["known"], "query": "what is the name of the boat?"},
        headers=auth,
    ).get_json()
    assert "Seahorse" in answer["memories"][0]["content"]
    for action, state in (("archive", "archived"), ("reactivate", "active")):
        response = client.post(f"/admin/memories/{memory_id}/{action}", data={"csrf_token": csrf})
        assert response.status_code == 303  # a plain form post goes back to the page
        with db.connection_context():
            assert Memory.get_by_id(memory_id).state == state
    with db.connection_context():
        actions = [(e.action, e.actor) for e in AuditEntry.select().order_by(AuditEntry.id)]
    assert actions == [
        ("memory.update", "operator:ada"),
        ("memory.archive", "operator:ada"),
        ("memory.reactivate", "operator:ada"),
    ]


def test_a_caller_is_found_by_any_format_of_their_number_and_by_name(
    client: FlaskClient, calls: dict[str, Any]
) -> None:
    sign_in(client, "ada")
    # The default region is the US: "011" is how a US caller dials abroad.
    formats = ("+44 20 7946 0958", "+44 (0)20 7946-0958", "011 44 20 7946 0958", "+442079460958")
    for q in (*formats, "lovelace", "ADA"):
        html = client.get("/admin/callers", query_string={"q": q}).get_data(as_text=True)
        assert calls["known"] in html, q
    nobody = client.get("/admin/callers", query_string={"q": "nobody"}).get_data(as_text=True)
    assert calls["known"] not in nobody


def test_deleting_a_caller_needs_their_id_typed(
    client: FlaskClient, calls: dict[str, Any]
) -> None:
    csrf = sign_in(client, "ada")
    url = f"/admin/callers/{calls['known']}/delete"
    refused = client.post(url, data={"confirm": "yes", "csrf_token": csrf})
    assert refused.status_code == 400
    assert "confirmation_mismatch" in refused.get_data(as_text=True)
    done = client.post(url, data={"confirm": calls["known"], "csrf_token": csrf})
    assert done.status_code == 303 and done.headers["Location"] == "/admin/callers"
    with db.connection_context():
        assert User.get_or_none(User.uid == calls["known"]) is None
        assert AuditEntry.get().action == "caller.delete"


def test_a_dead_event_is_retried_from_the_events_page(
    client: FlaskClient, calls: dict[str, Any]
) -> None:
    csrf = sign_in(client, "ada")
    with db.connection_context():
        event = WebhookEvent.get(WebhookEvent.conversation_ref == "conv_console_known")
        WebhookEvent.update(status="dead", attempts=5, last_error="ValueError: test").where(
            WebhookEvent.id == event.id
        ).execute()
    page = client.get("/admin/events?status=dead").get_data(as_text=True)
    assert f"Retry event {event.id}" in page
    response = client.post(
        f"/admin/events/{event.id}/retry",
        data={"csrf_token": csrf},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    assert 'hx-trigger="every 2s"' in response.get_data(as_text=True)  # polls while waiting
    run_queue()
    settled = client.get("/admin/events", headers={"HX-Request": "true"})
    assert 'hx-trigger="every 2s"' not in settled.get_data(as_text=True)  # nothing to wait for
    with db.connection_context():
        assert WebhookEvent.get_by_id(event.id).status == "completed"
        assert AuditEntry.get().action == "event.retry"


def test_a_hostile_caller_name_renders_as_text_everywhere_it_is_shown(
    client: FlaskClient, calls: dict[str, Any]
) -> None:
    csrf = sign_in(client, "ada")
    name = HOSTILE[1] + " " + HOSTILE[0]
    client.post(
        f"/admin/callers/{calls['known']}",
        data={"name": name, "summary": HOSTILE[2], "csrf_token": csrf},
    )
    for url in (
        "/admin/callers",
        f"/admin/callers/{calls['known']}",
        "/admin/calls",
        "/admin/calls/conv_console_known",
    ):
        html = client.get(url).get_data(as_text=True)
        assert "<script>alert" not in html and "<img src=x" not in html, url
        assert "&lt;script&gt;alert" in html, url  # the name is there, escaped
    summary_page = client.get(f"/admin/callers/{calls['known']}").get_data(as_text=True)
    assert "{{ 7*7 }}" in summary_page


def test_a_caller_page_shows_each_sectors_best_and_links_to_all_of_them(
    client: FlaskClient, calls: dict[str, Any]
) -> None:
    sign_in(client, "ada")
    with db.connection_context():
        known = User.get(User.uid == calls["known"])
        for n in range(MEMORIES_PER_SECTOR + 2):
            Memory.create(user=known, content=f"Fact number {n:02d}", sector="procedural")
        procedural = Memory.select().where(
            (Memory.user == known) & (Memory.sector == "procedural")
        )
        total = procedural.count()
    page = client.get(f"/admin/callers/{calls['known']}").get_data(as_text=True)
    section = page.split("<h3>Procedural", 1)[1].split("<h3>", 1)[0]
    assert f"<small>({total})</small>" in section
    assert section.count('href="/admin/memories/') == MEMORIES_PER_SECTOR
    more = f"/admin/callers/{calls['known']}/memories?sector=procedural"
    assert f'href="{more}">All {total} procedural memories' in section

    listed: list[str] = []
    url = more
    while url:
        html = client.get(url).get_data(as_text=True)
        listed += re.findall(r">(Fact number \d\d|[^<]*)</a></td>\s*<td>procedural", html)
        assert "<td>semantic</td>" not in html
        nxt = re.search(r'<a href="([^"]+)" rel="next">', html)
        url = nxt.group(1).replace("&amp;", "&") if nxt else ""
    assert len(listed) == total
    # Newest first: the last fact made is the first listed.
    assert listed[0] == f"Fact number {MEMORIES_PER_SECTOR + 1:02d}"

    bad = client.get(f"/admin/callers/{calls['known']}/memories?sector=gossip")
    assert bad.status_code == 422
    assert "sector" in bad.get_data(as_text=True)


class _Controls(HTMLParser):
    """The form controls of a page, the ids its <label for=…> elements name, and whether
    each control sits inside a <label> (which labels it too)."""

    def __init__(self) -> None:
        super().__init__()
        self.controls: list[dict[str, str | None]] = []
        self.labelled: set[str] = set()
        self._open_labels = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "label":
            self._open_labels += 1
            if values.get("for"):
                self.labelled.add(str(values["for"]))
        elif tag in ("input", "select", "textarea") and values.get("type") != "hidden":
            wrapped = "yes" if self._open_labels else None
            self.controls.append({"tag": tag, "wrapped": wrapped, **values})

    def handle_endtag(self, tag: str) -> None:
        if tag == "label":
            self._open_labels -= 1


def test_every_form_control_on_every_page_has_a_label(
    client: FlaskClient, calls: dict[str, Any]
) -> None:
    sign_in(client, "ada")
    seen = 0
    for url in [*_pages(calls), "/admin/login"]:
        parser = _Controls()
        parser.feed(client.get(url).get_data(as_text=True))
        for control in parser.controls:
            named = (
                control.get("aria-label")
                or control.get("wrapped")
                or control.get("id") in parser.labelled
            )
            assert named, (url, control)
            seen += 1
    assert seen > 20  # the pages' search boxes, filters and edit forms were all checked
