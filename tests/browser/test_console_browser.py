"""The console as an operator uses it, in Chromium, against a live omem (gunicorn and the
Huey consumer): signing in through the form; finding a caller by another format of their
number as htmx filters the table; a memory's source turn; editing, archiving and
reactivating a memory (and memory-query answering with the edit); merging a guest into a
known caller (and conversation-init then naming the known caller); retrying a dead event and
watching it complete; an API key created, shown once and revoked; deleting a caller; a viewer
who can neither change anything nor read a transcript; and each change in the audit log.

Calls arrive as ElevenLabs posts them (a signed post-call webhook over HTTP) and the real
consumer processes them. Each test brings its own callers (its own numbers), so the tests
share the server but not their data, and pass in any order.
"""

from __future__ import annotations

import copy
import json
import re
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Dialog
from playwright.sync_api import Page
from playwright.sync_api import expect

from tests.browser.live import Live
from tests.browser.live import signed_in
from tests.conftest import API_KEY
from tests.conftest import WEBHOOK_SECRET
from tests.helpers import el_signature
from tests.helpers import sample
from tests.helpers import wait_until

pytestmark = pytest.mark.slow
NAV = ["Dashboard", "Callers", "Search", "Calls", "Events", "API keys", "Audit log"]
BEARER = {"Authorization": f"Bearer {API_KEY}"}
HIGHLIGHT = "rgb(255, 247, 194)"  # .turns li.source in admin.css


# --- calls delivered as ElevenLabs delivers them ---------------------------------------------


@dataclass(frozen=True)
class Call:
    conversation_id: str
    number: str
    said: list[str]


def _post_call_body(call: Call) -> bytes:
    """The sample post-call webhook, as a phone call from `call.number` in which the caller
    says `call.said` (each line after the agent's "How can I help?")."""
    payload = json.loads(sample("post-call-transcription.json"))
    data = payload["data"]
    data["conversation_id"] = call.conversation_id
    data.pop("user_id", None)
    data["metadata"]["phone_call"]["external_number"] = call.number
    variables = data["conversation_initiation_client_data"]["dynamic_variables"]
    variables.pop("user_id", None)
    variables["system__caller_id"] = call.number
    template = data["transcript"][1]
    turns = []
    for index, words in enumerate(call.said):
        for role, message, at in (("agent", "How can I help?", 0), ("user", words, 5)):
            turn = copy.deepcopy(template)
            turn.update(role=role, message=message, tool_calls=[], tool_results=[])
            turn["time_in_call_secs"] = index * 10 + at
            turns.append(turn)
    data["transcript"] = turns
    return json.dumps(payload).encode()


def _http(live: Live, path: str, body: bytes | None, headers: dict[str, str]) -> Any:
    """One request to the live omem (POST when there is a body); its JSON answer."""
    request = urllib.request.Request(  # noqa: S310 - loopback
        f"{live.base_url}{path}",
        data=body,
        headers={"Content-Type": "application/json", **headers},
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - loopback
            return json.load(response)
    except urllib.error.HTTPError as error:
        raise AssertionError(f"{path} answered {error.code}: {error.read()!r}") from None


def _api(live: Live, path: str, body: dict[str, Any] | None = None) -> Any:
    """The JSON API with the bootstrap key (every scope)."""
    raw = json.dumps(body).encode() if body is not None else None
    return _http(live, path, raw, BEARER)


def deliver(live: Live, *calls: Call) -> list[int]:
    """Post each call's signed post-call webhook and wait until the consumer has completed
    every one; their event ids."""
    ids = []
    for call in calls:
        raw = _post_call_body(call)
        signature = {"ElevenLabs-Signature": el_signature(WEBHOOK_SECRET, raw)}
        answer = _http(live, "/api/v1/webhooks/post-call", raw, signature)
        assert answer["status"] == "accepted", answer
        ids.append(answer["event_id"])

    def statuses() -> dict[int, str]:
        events = _api(live, "/api/v1/admin/events?limit=200")["events"]
        return {event["id"]: event["status"] for event in events if event["id"] in ids}

    if not wait_until(lambda: set(statuses().values()) == {"completed"}, 60, 0.1):
        raise AssertionError(f"events {statuses()} did not complete\n{live.log_tail()}")
    return ids


def _user_pk(live: Live, uid: str) -> int:
    """A caller's row id, which the audit log names (the console shows only the uid)."""
    ((pk,),) = live.sql("SELECT id FROM users WHERE uid = ?", uid)
    assert isinstance(pk, int)
    return pk


# --- the console ------------------------------------------------------------------------------


def _go(page: Page, label: str) -> None:
    page.get_by_role("navigation", name="Console").get_by_role("link", name=label).click()


def _mark_document(page: Page) -> None:
    """Tag the loaded document, so `_same_document` can tell an htmx swap from a page load."""
    page.evaluate("window.omemTestMark = true")


def _same_document(page: Page) -> bool:
    return page.evaluate("window.omemTestMark === true") is True


def _open_caller(page: Page, number: str) -> str:
    """Callers → search `number` → the one caller it finds; their omem id."""
    _go(page, "Callers")
    page.get_by_role("searchbox", name="Find a caller").fill(number)
    expect(page).to_have_url(re.compile(r"/admin/callers\?q="))  # htmx swapped the result in
    rows = page.locator("#callers-table tbody tr")
    expect(rows).to_have_count(1)
    expect(rows).to_contain_text(re.compile(r"omem_usr_"))
    rows.get_by_role("link").click()
    expect(page).to_have_url(re.compile(r"/admin/callers/omem_usr_\w+$"))
    return page.url.rsplit("/", 1)[1]


def _open_memory(page: Page, content: str | re.Pattern[str]) -> int:
    """From a caller's page, the memory whose text is `content`; its id."""
    page.get_by_role("link", name=content).click()
    expect(page).to_have_url(re.compile(r"/admin/memories/\d+$"))
    return int(page.url.rsplit("/", 1)[1])


def _expect_audited(page: Page, *entries: tuple[str, str]) -> None:
    """The audit log lists each (action, target) once, done by the admin ada."""
    _go(page, "Audit log")
    expect(page).to_have_url(re.compile(r"/admin/audit$"))
    for action, target in entries:
        row = (
            page.locator("#audit-table tbody tr")
            .filter(has=page.get_by_role("cell", name=action, exact=True))
            .filter(has=page.get_by_role("cell", name=target, exact=True))
        )
        expect(row).to_have_count(1)
        cells = row.get_by_role("cell")
        expect(cells.nth(1)).to_have_text("operator:ada")
        expect(cells.nth(2)).to_have_text("admin")


# --- the tests --------------------------------------------------------------------------------


def test_an_admin_signs_in_through_the_form_and_lands_on_the_dashboard(
    page: Page, live: Live
) -> None:
    page.goto("/admin/keys")
    expect(page).to_have_url(re.compile(r"/admin/login\?next="))

    signed_in(page, live.admin.name, live.admin.password)

    expect(page.get_by_role("heading", level=1)).to_have_text("Dashboard")
    nav = page.get_by_role("navigation", name="Console")
    for label in NAV:
        expect(nav.get_by_role("link", name=label, exact=True)).to_be_visible()
    expect(nav.get_by_role("link", name="Dashboard")).to_have_attribute("aria-current", "page")
    (cookie,) = [c for c in page.context.cookies() if c["name"] == "omem_console"]
    assert cookie["httpOnly"] and cookie["sameSite"] == "Lax" and cookie["path"] == "/admin"
    assert page.evaluate("document.cookie") == ""  # no script can read the session


def test_an_admin_finds_a_caller_by_another_format_of_their_number_and_sees_a_memorys_source(
    page: Page, live: Live
) -> None:
    said = "My daughter Mia starts school in September and I'm nervous about it."
    greeting = "Hi, my name is Grace Hopper."
    deliver(live, Call("conv_browser_find", "+442079460958", [greeting, said]))
    signed_in(page, live.admin.name, live.admin.password)
    _go(page, "Callers")
    expect(page).to_have_url(re.compile(r"/admin/callers$"))
    _mark_document(page)

    page.get_by_role("searchbox", name="Find a caller").press_sequentially("+44 20 7946 0958")

    rows = page.locator("#callers-table tbody tr")
    expect(rows).to_have_count(1)
    expect(rows).to_contain_text("Grace Hopper")
    expect(rows).to_contain_text("+442079460958")
    expect(page).to_have_url(re.compile(r"/admin/callers\?q="))  # htmx pushed the search
    assert parse_qs(urlsplit(page.url).query)["q"] == ["+44 20 7946 0958"]
    assert _same_document(page)  # the table was swapped in place, not a new page

    rows.get_by_role("link", name="Grace Hopper").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Grace Hopper")
    expect(page.locator("#caller-numbers")).to_contain_text("+442079460958")

    _open_memory(page, re.compile("daughter Mia starts school"))
    source = page.locator(".turns li.source")
    expect(source).to_have_count(1)
    expect(source).to_contain_text(said)
    expect(source).to_have_css("background-color", HIGHLIGHT)
    # The turns just before it, shown plain.
    others = page.locator(".turns li:not(.source)")
    expect(others).to_have_text([re.compile("Grace Hopper"), re.compile("How can I help?")])
    expect(others.first).not_to_have_css("background-color", HIGHLIGHT)


def test_an_admin_edits_archives_and_reactivates_a_memory_and_memory_query_follows(
    page: Page, live: Live
) -> None:
    deliver(
        live,
        Call(
            "conv_browser_edit",
            "+442079460100",
            ["Hi, my name is Alan Turing.", "I prefer email over phone calls for any follow-up."],
        ),
    )
    signed_in(page, live.admin.name, live.admin.password)
    uid = _open_caller(page, "+44 (0)20 7946-0100")
    memory_id = _open_memory(page, re.compile("prefers email over phone calls"))
    main = page.locator("#memory-main")
    state = main.locator(".badge")
    expect(state).to_have_text("active")
    _mark_document(page)

    boat = "The caller keeps a sailing boat called Seahorse in Brighton marina."
    main.locator("summary", has_text="Edit").click()
    main.get_by_label("Content").fill(boat)
    main.get_by_role("button", name="Save").click()

    expect(main.locator("blockquote")).to_have_text(boat)
    expect(page).to_have_url(re.compile(rf"/admin/memories/{memory_id}$"))
    assert _same_document(page)  # htmx swapped #memory-main

    def recalled() -> list[str]:
        answer = _api(
            live,
            "/api/v1/tools/memory-query",
            {"user_id": uid, "query": "what is the name of the boat?"},
        )
        return [memory["content"] for memory in answer["memories"]]

    assert recalled()[0] == boat

    main.get_by_role("button", name="Archive").click()
    expect(state).to_have_text("archived")
    expect(main.get_by_role("button", name="Archive")).to_have_count(0)
    assert boat not in recalled()  # an archived memory is never recalled

    main.get_by_role("button", name="Reactivate").click()
    expect(state).to_have_text("active")
    expect(main.get_by_role("button", name="Reactivate")).to_have_count(0)
    assert recalled()[0] == boat
    assert _same_document(page)

    target = f"memory {memory_id}"
    _expect_audited(
        page, ("memory.update", target), ("memory.archive", target), ("memory.reactivate", target)
    )


def test_an_admin_merges_a_guest_into_a_known_caller_who_then_answers_for_its_number(
    page: Page, live: Live
) -> None:
    deliver(
        live,
        Call("conv_browser_known", "+442079460200", ["Hi, my name is Ada Byron."]),
        Call("conv_browser_guest", "+14155550142", ["My dog Rex is allergic to chicken."]),
    )
    signed_in(page, live.admin.name, live.admin.password)
    known = _open_caller(page, "+44 20 7946 0200")
    guest = _open_caller(page, "(415) 555-0142")
    expect(page.get_by_role("heading", level=1)).to_contain_text("guest")
    pks = f"user {_user_pk(live, guest)}, {_user_pk(live, known)}"

    page.get_by_label("Merge this guest into the known caller").fill(known)
    page.get_by_role("button", name="Merge").click()

    expect(page).to_have_url(re.compile(rf"/admin/callers/{known}$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Ada Byron")
    numbers = page.locator("#caller-numbers")
    expect(numbers).to_contain_text("+442079460200")
    expect(numbers).to_contain_text("+14155550142")
    expect(page.get_by_role("link", name="conv_browser_guest")).to_be_visible()
    expect(page.get_by_role("link", name=re.compile("dog Rex is allergic"))).to_be_visible()
    gone = page.goto(f"/admin/callers/{guest}")
    assert gone is not None and gone.status == 404

    answer = _api(live, "/api/v1/webhooks/conversation-init", {"caller_id": "+14155550142"})
    assert answer["user_id"] == known
    assert answer["dynamic_variables"]["is_returning_caller"] is True

    _expect_audited(page, ("caller.merge", pks))


def test_an_admin_retries_a_dead_event_and_watches_it_complete(page: Page, live: Live) -> None:
    (event_id,) = deliver(
        live, Call("conv_browser_retry", "+442079460300", ["Please call me back tomorrow."])
    )
    live.sql(
        "UPDATE webhook_events SET status = 'dead', attempts = 5, last_error = ? WHERE id = ?",
        "ValueError: gave up",
        event_id,
    )
    signed_in(page, live.admin.name, live.admin.password)
    _go(page, "Events")
    status = page.get_by_label("Status")
    status.select_option("dead")
    expect(page).to_have_url(re.compile(r"/admin/events\?status=dead"))
    rows = page.locator("#events-table tbody tr")
    expect(rows).to_have_count(1)  # only this test makes an event dead
    row = page.locator(f"#event-{event_id}")
    expect(row.locator(".badge")).to_have_text("dead")
    expect(row).to_contain_text("ValueError: gave up")

    retry = row.get_by_role("button", name=f"Retry event {event_id}")
    retry.click()
    expect(retry).to_have_count(0)  # the answer to the retry is in: the event waits again
    status.select_option(label="any")

    # The table polls every 2 s while anything waits for the worker; no reload here.
    expect(row.locator(".badge")).to_have_text("completed", timeout=30_000)
    expect(row.get_by_role("button")).to_have_count(0)
    expect(page.locator("#events-table")).not_to_have_attribute("hx-trigger", "every 2s")

    _expect_audited(page, ("event.retry", f"webhook_event {event_id}"))


def test_an_admin_creates_a_key_sees_it_once_and_revokes_it(page: Page, live: Live) -> None:
    signed_in(page, live.admin.name, live.admin.password)
    _go(page, "API keys")
    expect(page).to_have_url(re.compile(r"/admin/keys$"))

    page.get_by_label("Name").fill("browser-key")
    page.get_by_role("button", name="Create key").click()
    new_key = page.locator("#new-key")
    expect(new_key).to_have_text(re.compile(r"^omem_\S{20,}$"))
    plaintext = new_key.inner_text()
    row = page.get_by_role("row").filter(has_text="browser-key")
    expect(row).to_contain_text("active")
    expect(page).to_have_url(re.compile(r"/admin/keys$"))  # htmx swapped the panel in place
    key_id = (row.get_attribute("id") or "").removeprefix("key-")

    dialogs: list[str] = []

    def accept(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.accept()

    page.on("dialog", accept)
    row.get_by_role("button", name="Revoke key browser-key").click()

    expect(row).to_contain_text("revoked")
    expect(row.get_by_role("button", name=re.compile("Revoke"))).to_have_count(0)
    expect(page.locator("#new-key")).to_have_count(0)  # shown once: gone after the next swap
    assert dialogs == ["Revoke browser-key? Calls using it will be refused."]
    assert plaintext not in page.content()
    listed = live.omem("keys", "list")
    assert "browser-key" in listed and plaintext not in listed

    _expect_audited(page, ("key.create", f"api_key {key_id}"), ("key.revoke", f"api_key {key_id}"))


def test_an_admin_deletes_a_caller_by_typing_their_id(page: Page, live: Live) -> None:
    deliver(live, Call("conv_browser_delete", "+442079460400", ["Hi, my name is Edsger."]))
    signed_in(page, live.admin.name, live.admin.password)
    uid = _open_caller(page, "+44 20 7946 0400")
    pk = _user_pk(live, uid)

    page.get_by_label("To delete this caller").fill(uid)
    page.get_by_role("button", name="Delete caller").click()

    expect(page).to_have_url(re.compile(r"/admin/callers$"))
    expect(page.get_by_text(uid)).to_have_count(0)
    page.get_by_role("searchbox", name="Find a caller").fill("+44 20 7946 0400")
    expect(page.locator("#callers-table")).to_contain_text("No caller matches “+44 20 7946 0400”")
    gone = page.goto(f"/admin/callers/{uid}")
    assert gone is not None and gone.status == 404

    _expect_audited(page, ("caller.delete", f"user {pk}"))


def test_a_viewer_can_neither_change_anything_nor_read_a_transcript(
    page: Page, live: Live
) -> None:
    said = "I prefer email over phone calls for any follow-up."
    deliver(
        live,
        Call("conv_browser_viewer", "+442079460500", ["Hi, my name is Joan Clarke.", said]),
    )
    signed_in(page, live.viewer.name, live.viewer.password)
    _open_caller(page, "+44 20 7946 0500")
    expect(page.get_by_role("heading", level=1)).to_have_text("Joan Clarke")
    main = page.locator("main")
    expect(main.locator("form[method=post]")).to_have_count(0)  # no edit, number, merge, delete
    expect(main.locator("details")).to_have_count(0)
    expect(main.get_by_role("button", name="Delete caller")).to_have_count(0)

    memory_id = _open_memory(page, re.compile("prefers email over phone calls"))
    expect(page.get_by_text("Transcripts are shown to admins only")).to_be_visible()
    expect(page.locator(".turns")).to_have_count(0)
    expect(main.locator("form[method=post]")).to_have_count(0)
    assert said not in page.content()

    hx_headers = page.locator("body").get_attribute("hx-headers")
    csrf = json.loads(hx_headers or "{}")["X-CSRF-Token"]
    forged = page.request.post(
        f"/admin/memories/{memory_id}/archive", form={"csrf_token": csrf}, max_redirects=0
    )
    assert forged.status == 403, forged.text()
    assert "viewer_read_only" in forged.text()
    page.reload()
    expect(page.locator("#memory-main .badge")).to_have_text("active")

    page.get_by_role("link", name="← Caller").click()
    page.get_by_role("link", name="conv_browser_viewer").click()
    expect(page).to_have_url(re.compile(r"/admin/calls/conv_browser_viewer$"))
    expect(page.get_by_text("Transcripts are shown to admins only")).to_be_visible()
    assert said not in page.content() and "How can I help?" not in page.content()

    _go(page, "Audit log")
    expect(page.get_by_role("cell", name="operator:vic", exact=True)).to_have_count(0)


def _tab_to(page: Page, name: str | re.Pattern[str], limit: int = 60) -> None:
    """Press Tab until the focused element's accessible text is `name` (fails after
    `limit` presses): what a keyboard user does to reach a control."""
    seen = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        text = page.evaluate(
            "() => { const e = document.activeElement;"
            " return (e.getAttribute('aria-label') || e.labels?.[0]?.textContent"
            " || e.textContent || '').trim(); }"
        )
        seen.append(text)
        if name.search(text) if isinstance(name, re.Pattern) else text == name:
            outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
            assert outline != "none", f"{text!r} has focus but no visible outline"
            return
    raise AssertionError(f"{name!r} is not reachable with Tab; {seen}")


def test_an_admin_edits_a_memory_with_the_keyboard_alone(page: Page, live: Live) -> None:
    deliver(
        live,
        Call(
            "conv_browser_keys",
            "+442079460300",
            ["Hi, my name is Katherine Johnson.", "My cat Pixel is twelve years old."],
        ),
    )
    page.goto("/admin/login")
    # The name field has autofocus; nothing below touches the mouse. Typing waits for the
    # focus to land: on a loaded CI machine the keys had gone to the page before it did.
    expect(page.get_by_label("Name")).to_be_focused()
    page.keyboard.type(live.admin.name)
    page.keyboard.press("Tab")
    expect(page.get_by_label("Password")).to_be_focused()
    page.keyboard.type(live.admin.password)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Dashboard")

    _tab_to(page, "Callers")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/admin/callers$"))
    _tab_to(page, "Find a caller")
    page.keyboard.type("+44 20 7946 0300")
    page.keyboard.press("Enter")
    found = page.locator("#callers-table tbody tr")
    expect(found).to_have_count(1)  # the search's answer, not the list it replaced
    expect(found).to_contain_text("Katherine Johnson")
    _tab_to(page, "Katherine Johnson")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Katherine Johnson")

    _tab_to(page, re.compile("cat Pixel"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/admin/memories/\d+$"))
    _tab_to(page, "Edit")
    page.keyboard.press("Enter")  # opens the <details>
    _tab_to(page, "Content")
    page.keyboard.press("Control+A")
    fact = "The caller's cat Pixel is thirteen years old."
    page.keyboard.type(fact)
    _tab_to(page, "Save")
    page.keyboard.press("Enter")
    expect(page.locator("#memory-main blockquote")).to_have_text(fact)


def test_reading_pages_work_without_javascript(browser: Any, live: Live) -> None:
    deliver(
        live,
        Call(
            "conv_browser_nojs",
            "+442079460400",
            [
                "Hi, my name is Dorothy Vaughan.",
                "I prefer email over phone calls for any follow-up.",
            ],
        ),
    )
    context = browser.new_context(base_url=live.base_url, java_script_enabled=False)
    try:
        page = context.new_page()
        signed_in(page, live.admin.name, live.admin.password)
        _go(page, "Callers")
        page.get_by_role("searchbox", name="Find a caller").fill("+44 20 7946 0400")
        page.get_by_role("button", name="Search").click()  # a plain GET form
        expect(page).to_have_url(re.compile(r"/admin/callers\?q="))
        page.get_by_role("link", name="Dorothy Vaughan").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Dorothy Vaughan")
        page.get_by_role("link", name="conv_browser_nojs").click()
        expect(page.locator("body")).to_contain_text("I prefer email over phone calls")
        page.go_back()
        _open_memory(page, re.compile("prefers email over phone calls"))
        expect(page.locator(".turns li.source")).to_contain_text("I prefer email")
        _go(page, "Events")
        page.get_by_label("Status").select_option("completed")
        page.get_by_role("button", name="Filter").click()  # shown by <noscript>
        expect(page).to_have_url(re.compile(r"/admin/events\?status=completed"))
        expect(page.locator("#events-table tbody tr").first).to_contain_text("completed")
        for label in NAV:
            _go(page, label)
            expect(page.get_by_role("heading", level=1)).to_be_visible()
    finally:
        context.close()
