"""`make screenshots`: a PNG of every console page at 1280×800, in docs/screenshots/.

Starts a live omem on a temporary data dir (gunicorn and the consumer), adds the demo data
(`omem seed`), an API key (`omem keys create`) and one real call (a signed post-call webhook,
processed by the consumer), signs in through the form as an admin and photographs each page.
Exits 1 if a page did not answer 200 (its PNG is still written, showing the error).

    .venv/bin/python -m tests.browser.screenshots [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import urllib.request
from contextlib import closing
from pathlib import Path

from playwright.sync_api import Page
from playwright.sync_api import sync_playwright

from omem.seed import DEMO_CALLERS
from tests.browser.live import VIEWPORT
from tests.browser.live import Live
from tests.browser.live import launch_chromium
from tests.browser.live import running_omem
from tests.browser.live import signed_in
from tests.conftest import WEBHOOK_SECRET
from tests.helpers import ROOT
from tests.helpers import el_signature
from tests.helpers import sample
from tests.helpers import wait_until

OUT = ROOT / "docs" / "screenshots"
SAMPLE_CALL = "conv_screenshot_sample"


def _post_sample_call(live: Live) -> None:
    """One call the way ElevenLabs sends it, so the events and calls pages show real work."""
    payload = json.loads(sample("post-call-transcription.json"))
    payload["data"]["conversation_id"] = SAMPLE_CALL
    body = json.dumps(payload).encode()
    request = urllib.request.Request(  # noqa: S310 - loopback
        f"{live.base_url}/api/v1/webhooks/post-call",
        data=body,
        headers={
            "Content-Type": "application/json",
            "ElevenLabs-Signature": el_signature(WEBHOOK_SECRET, body),
        },
    )
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - loopback
        assert response.status == 200, response.status

    def done() -> bool:
        return _query(live, "SELECT status FROM webhook_events WHERE conversation_ref = ?",
                      SAMPLE_CALL) in (("completed",), ("dead",))  # fmt: skip

    if not wait_until(done, 120, 0.25):
        raise AssertionError(f"the consumer did not process the sample call\n{live.log_tail()}")


def _query(live: Live, sql: str, *params: object) -> tuple[object, ...] | None:
    database = f"file:{live.data_dir / 'omem.db'}?mode=ro"
    with closing(sqlite3.connect(database, uri=True, timeout=10)) as conn:
        row: tuple[object, ...] | None = conn.execute(sql, params).fetchone()
    return row


def _pages(live: Live) -> list[tuple[str, str]]:
    """(file name, path) of every console page, with a seeded caller, memory and call."""
    uid = str(DEMO_CALLERS[0]["uid"])
    memory = _query(
        live,
        "SELECT m.id FROM memories m JOIN users u ON m.user_id = u.id WHERE u.uid = ?"
        " ORDER BY m.id LIMIT 1",
        uid,
    )
    call = _query(
        live,
        "SELECT c.conversation_id FROM conversations c JOIN users u ON c.user_id = u.id"
        " WHERE u.uid = ? ORDER BY c.started_at DESC LIMIT 1",
        uid,
    )
    assert memory and call, f"the demo caller {uid} has no memory or no call"
    (memory_id,), (conversation_id,) = memory, call
    return [
        ("dashboard", "/admin"),
        ("callers", "/admin/callers"),
        ("caller", f"/admin/callers/{uid}"),
        ("caller-memories", f"/admin/callers/{uid}/memories"),
        ("memory", f"/admin/memories/{memory_id}"),
        ("search", f"/admin/search?caller={uid}&q=What+is+my+daughter+called%3F"),
        ("calls", "/admin/calls"),
        ("call", f"/admin/calls/{conversation_id}"),
        ("events", "/admin/events"),
        ("keys", "/admin/keys"),
        ("audit", "/admin/audit"),
    ]


def _shoot(page: Page, path: str, target: Path) -> bool:
    """Open `path`, write its PNG; whether it answered 200 at that same address."""
    response = page.goto(path)
    page.screenshot(path=target)
    status = response.status if response else 0
    landed = page.url.removeprefix(page.url.split("/admin", 1)[0])
    ok = status == 200 and landed == path
    note = "" if landed == path else f" (ended at {landed})"
    shown = target.relative_to(ROOT) if target.is_relative_to(ROOT) else target
    print(f"{status}  {path}{note}  ->  {shown}")
    return ok


def _photograph(live: Live, out: Path) -> list[str]:
    """Sign in as the admin and photograph every page; the paths that did not answer 200."""
    pages = _pages(live)
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            context = browser.new_context(base_url=live.base_url, viewport=VIEWPORT)
            page = context.new_page()
            failed = [] if _shoot(page, "/admin/login", out / "login.png") else ["/admin/login"]
            signed_in(page, live.admin.name, live.admin.password)
            for name, path in pages:
                if not _shoot(page, path, out / f"{name}.png"):
                    failed.append(path)
        finally:
            browser.close()
    return failed


def take(out: Path) -> list[str]:
    """A live omem with demo data, photographed into `out`; the paths that did not answer 200."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="omem-screenshots-") as tmp:
        with running_omem(Path(tmp)) as live:
            live.omem("seed")
            live.omem("keys", "create", "--name", "elevenlabs-prod")
            _post_sample_call(live)
            failed = _photograph(live, out)
            if failed:
                print(live.log_tail(), file=sys.stderr)
            return failed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", type=Path, default=OUT, help=f"where the PNGs go ({OUT})")
    args = parser.parse_args(argv)
    failed = take(args.out.resolve())
    if failed:
        print(f"{len(failed)} page(s) did not answer 200: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
