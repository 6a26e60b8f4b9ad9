"""`omem demo`: a newcomer's first five minutes against the running service. Signs and posts a
sample call as ElevenLabs would, waits for the worker, then shows what the agent would get
at the next call (conversation-init) and from a memory query. HTTP over loopback only.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

from omem.config import Settings

DEMO_CALL = Path(__file__).resolve().parent / "data" / "demo-call.json"
QUESTION = "what is my daughter's name"


RUNNING_FILE = "running.json"  # in the data directory while `omem run` serves


class DemoError(Exception):
    pass


def local_url(bind: str) -> str:
    """Where a client on this machine reaches a service bound to `bind`."""
    host, _, port = bind.rpartition(":")
    # A wildcard address is compared with here, not bound to.
    if host in ("0.0.0.0", "::", "[::]"):  # noqa: S104  # nosec B104
        host = "127.0.0.1"
    return f"http://{host}:{port}"


def record_running(settings: Settings, pid: int) -> Path:
    """`omem run` notes the address it serves, so `omem demo` finds it whatever OMEM_BIND the
    demo's own environment has."""
    path = settings.data_dir / RUNNING_FILE
    path.write_text(json.dumps({"url": local_url(settings.bind), "pid": pid}), encoding="utf-8")
    return path


def running_url(settings: Settings) -> str:
    """The address `omem run` recorded, if that run is still alive; else from OMEM_BIND."""
    try:
        recorded = json.loads((settings.data_dir / RUNNING_FILE).read_text(encoding="utf-8"))
        os.kill(int(recorded["pid"]), 0)
        return str(recorded["url"])
    except (OSError, ValueError, KeyError, TypeError):
        return local_url(settings.bind)


def _request(url: str, body: bytes | None, headers: dict[str, str]) -> Any:
    if not url.startswith(("http://", "https://")):
        raise DemoError(f"{url} is not an http(s) URL")
    request = urllib.request.Request(url, data=body, headers=headers)  # noqa: S310 - checked
    try:
        # Bandit B310 (urlopen of any scheme) is answered by the scheme check above.
        with urllib.request.urlopen(request, timeout=15) as response:  # noqa: S310  # nosec B310
            return json.loads(response.read())
    except (urllib.error.URLError, OSError) as exc:
        raise DemoError(f"{url}: {exc}") from None


def run_demo(base_url: str, settings: Settings, say: Callable[[str], None]) -> None:
    if not settings.api_keys or not settings.webhook_secrets:
        raise DemoError("the demo needs an API key and a webhook secret (OMEM_API_KEYS, …)")
    base = base_url.rstrip("/")
    auth = {"Authorization": f"Bearer {settings.api_keys[0]}", "Content-Type": "application/json"}
    payload = json.loads(DEMO_CALL.read_text())
    now = int(time.time())
    conversation_id = f"conv_demo_{secrets.token_hex(4)}"
    payload["event_timestamp"] = now
    payload["data"]["conversation_id"] = conversation_id
    payload["data"]["metadata"]["start_time_unix_secs"] = now - 60
    raw = json.dumps(payload).encode()
    mac = hmac.new(settings.webhook_secrets[0].encode(), f"{now}.".encode() + raw, hashlib.sha256)
    say(f"1. posting a signed post-call webhook for {conversation_id} …")
    ack = _request(
        f"{base}/api/v1/webhooks/post-call",
        raw,
        {
            "Content-Type": "application/json",
            "ElevenLabs-Signature": f"t={now},v0={mac.hexdigest()}",
        },
    )
    say(f"   answered {ack}")
    say("2. waiting for the worker …")
    deadline = time.monotonic() + 60
    while True:
        queue = _request(f"{base}/health", None, {})["queue"]
        if queue["pending"] == 0 and queue["processing"] == 0:
            break
        if time.monotonic() > deadline:
            raise DemoError(f"the worker did not finish in 60 s: {queue}")
        time.sleep(0.5)
    say(f"   done: {queue}")
    number = payload["data"]["metadata"]["phone_call"]["external_number"]
    init_body = json.dumps({"caller_id": number, "agent_id": "agent_demo"}).encode()
    init = _request(f"{base}/api/v1/webhooks/conversation-init", init_body, auth)
    say("3. the next call from that number gets (conversation-init):")
    say(json.dumps(init["dynamic_variables"], indent=2))
    query = json.dumps({"user_id": init["user_id"], "query": QUESTION, "limit": 3}).encode()
    answer = _request(f"{base}/api/v1/tools/memory-query", query, auth)
    say(f'4. memory-query "{QUESTION}":')
    say(json.dumps(answer, indent=2))
