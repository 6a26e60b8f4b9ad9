"""The hand-made fuzz classes of issue 12 against a real gunicorn on loopback, with the
configuration `omem run` uses (the buffered worker, 4 workers) and a real consumer: deep
nesting, huge integers, non-finite numbers, chunked oddities, slow clients, type coercion,
duplicate signature headers. No answer is a 5xx, none hangs past a few seconds, none leaks a
traceback, a path or a secret, and every acknowledged post-call ends `completed`."""

from __future__ import annotations

import json
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import API_KEY
from tests.conftest import WEBHOOK_SECRET
from tests.helpers import ROOT
from tests.helpers import el_signature
from tests.helpers import free_port
from tests.helpers import process_environ
from tests.helpers import sample
from tests.helpers import wait_until

pytestmark = pytest.mark.slow
QUERY = "/api/v1/tools/memory-query"
STORE = "/api/v1/tools/memory-store"
KEYS = "/api/v1/admin/keys"
INIT = "/api/v1/webhooks/conversation-init"
POST_CALL = "/api/v1/webhooks/post-call"
BODY_TIMEOUT = 2.0


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes
    secs: float

    def json(self) -> dict[str, object]:
        value: dict[str, object] = json.loads(self.body)
        return value


@dataclass
class Service:
    port: int
    data_dir: Path
    procs: list[subprocess.Popen[bytes]]

    def raw(self, data: bytes, wait: float = 10.0) -> Answer:
        """Send bytes as they are; read the answer until the server closes or it is
        complete (Content-Length)."""
        started = time.perf_counter()
        with socket.create_connection(("127.0.0.1", self.port), timeout=wait) as sock:
            sock.sendall(data)
            received = b""
            while True:
                try:
                    chunk = sock.recv(65536)
                except TimeoutError:
                    raise AssertionError(f"no complete answer within {wait} s") from None
                if not chunk:
                    break
                received += chunk
                head, sep, body = received.partition(b"\r\n\r\n")
                if sep:
                    lines = head.decode("latin-1").split("\r\n")
                    headers = {
                        k.strip().lower(): v.strip()
                        for k, _, v in (line.partition(":") for line in lines[1:])
                    }
                    if len(body) >= int(headers.get("content-length", "-1")) >= 0:
                        break
        head, _, body = received.partition(b"\r\n\r\n")
        assert head, "the server closed the connection without an answer"
        lines = head.decode("latin-1").split("\r\n")
        headers = {
            k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])
        }
        answer = Answer(int(lines[0].split()[1]), headers, body, time.perf_counter() - started)
        _assert_no_leak(answer)
        return answer

    def post(self, path: str, body: bytes | str, headers: dict[str, str] | None = None) -> Answer:
        data = body.encode() if isinstance(body, str) else body
        sent = {"Host": "x", "Content-Type": "application/json", "Connection": "close"}
        if path != POST_CALL:
            sent["Authorization"] = f"Bearer {API_KEY}"
        sent.update(headers or {})
        head = "".join(f"{k}: {v}\r\n" for k, v in sent.items())
        request = f"POST {path} HTTP/1.1\r\n{head}Content-Length: {len(data)}\r\n\r\n"
        return self.raw(request.encode() + data)

    def post_call(self, payload: str | bytes, *extra_headers: str) -> Answer:
        data = payload.encode() if isinstance(payload, str) else payload
        headers = {"ElevenLabs-Signature": el_signature(WEBHOOK_SECRET, data)}
        if not extra_headers:
            return self.post(POST_CALL, data, headers)
        head = "".join(f"{line}\r\n" for line in extra_headers)
        request = (
            f"POST {POST_CALL} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            f"Connection: close\r\n{head}Content-Length: {len(data)}\r\n\r\n"
        )
        return self.raw(request.encode() + data)

    def live_ms(self) -> float:
        answer = self.raw(b"GET /health/live HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        assert answer.status == 200
        return answer.secs * 1000

    def event(self, conversation_id: str) -> tuple[str, int]:
        with sqlite3.connect(self.data_dir / "omem.db", timeout=10) as conn:
            row = conn.execute(
                "SELECT e.status, (SELECT COUNT(*) FROM conversation_turns t JOIN conversations c"
                " ON t.conversation_id = c.id WHERE c.conversation_id = ?)"
                " FROM webhook_events e WHERE e.conversation_ref = ?",
                (conversation_id, conversation_id),
            ).fetchone()
        return (str(row[0]), int(row[1])) if row else ("missing", 0)


def _assert_no_leak(answer: Answer) -> None:
    text = answer.body.decode("utf-8", "replace")
    assert answer.status < 500, (answer.status, text[:300])
    for marker in ("Traceback", 'File "', "/site-packages/", str(ROOT), API_KEY, WEBHOOK_SECRET):
        assert marker not in text, marker


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Service]:
    root = tmp_path_factory.mktemp("fuzz")
    data_dir = root / "data"
    port = free_port()
    env = process_environ(
        data_dir,
        OMEM_BIND=f"127.0.0.1:{port}",
        OMEM_BODY_TIMEOUT_SECS=str(BODY_TIMEOUT),
        OMEM_RATE_LIMITS_ENABLED="false",
        OMEM_LOG_LEVEL="WARNING",
    )
    run = [sys.executable, "-m"]
    subprocess.run([*run, "omem.cli", "db", "upgrade"], env=env, cwd=ROOT, check=True,
                   capture_output=True)  # fmt: skip
    procs: list[subprocess.Popen[bytes]] = []
    for name, argv in (("web", ["gunicorn", "-c", "gunicorn.conf.py"]),
                       ("worker", ["omem.cli", "worker"])):  # fmt: skip
        with open(root / f"{name}.log", "wb") as out:
            procs.append(subprocess.Popen([*run, *argv], env=env, cwd=ROOT, stdout=out,
                                          stderr=subprocess.STDOUT))  # fmt: skip
    running = Service(port, data_dir, procs)

    def up() -> bool:
        try:
            return running.live_ms() >= 0
        except OSError:
            return False

    try:
        assert wait_until(up, 60, 0.1), "gunicorn did not come up"
        yield running
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)


def _call(conversation_id: str) -> dict[str, object]:
    payload: dict[str, object] = json.loads(sample("post-call-transcription.json"))
    payload["data"]["conversation_id"] = conversation_id  # type: ignore[index]
    return payload


DEEP = "[" * 1000 + "]" * 1000
HUGE = "9" * 4301


@pytest.mark.parametrize("path", [QUERY, STORE, KEYS, POST_CALL])
def test_deep_nesting_is_a_400(service: Service, path: str) -> None:
    body = json.dumps({"query": "a", "user_id": "u", "x": 1})[:-1] + f', "deep": {DEEP}}}'
    for raw in (DEEP, body):
        answer = service.post_call(raw) if path == POST_CALL else service.post(path, raw)
        assert (answer.status, answer.json()["error"]) == (400, "json_too_deep")


def test_conversation_init_answers_200_to_deep_nesting_and_huge_numbers(service: Service) -> None:
    for raw in (DEEP, '{"caller_id": ' + HUGE + "}", '{"caller_id": NaN}'):
        answer = service.post(INIT, raw)
        assert answer.status == 200
        assert answer.json()["type"] == "conversation_initiation_client_data"


@pytest.mark.parametrize("path", [QUERY, STORE, KEYS])
@pytest.mark.parametrize("number", [HUGE, "1e309", "-1e309", "NaN", "Infinity", "-Infinity"])
def test_huge_and_non_finite_numbers_are_a_422_on_our_api(
    service: Service, path: str, number: str
) -> None:
    field = {QUERY: "limit", STORE: "salience", KEYS: "name"}[path]
    body = {"query": "a", "content": "a", "user_id": "u"} if path != KEYS else {"name": "k"}
    raw = json.dumps(body)[:-1] + f', "{field}": {number}}}'
    answer = service.post(path, raw)
    assert (answer.status, answer.json()["error"]) == (422, "invalid_number")


def test_a_4300_digit_integer_is_still_an_ordinary_validation_error(service: Service) -> None:
    answer = service.post(QUERY, '{"query": "a", "user_id": "u", "limit": ' + "9" * 4300 + "}")
    assert (answer.status, answer.json()["error"]) == (422, "invalid_number")


BAD_NUMBERS = ["1e309", "18446744073709551616", "NaN", "-1", HUGE]


@pytest.mark.parametrize("number", BAD_NUMBERS)
def test_a_post_call_with_a_bad_number_is_stored_with_its_transcript(
    service: Service, number: str
) -> None:
    """Acknowledged, then completed: the bad field is dropped, the call is kept."""
    conversation_id = f"conv_fuzz_num_{abs(hash(number)) % 10**8}"
    payload = _call(conversation_id)
    turns = len(payload["data"]["transcript"])  # type: ignore[index]
    raw = json.dumps(payload)
    for field in ('"start_time_unix_secs": ', '"call_duration_secs": '):
        start = raw.index(field) + len(field)
        end = min(raw.index(",", start), raw.index("}", start))
        raw = raw[:start] + number + raw[end:]
    raw = raw.replace('"time_in_call_secs": 0', f'"time_in_call_secs": {number}', 1)
    answer = service.post_call(raw)
    assert (answer.status, answer.json()["status"]) == (200, "accepted")
    assert wait_until(lambda: service.event(conversation_id)[0] == "completed", 60, 0.2), (
        service.event(conversation_id)
    )
    assert service.event(conversation_id) == ("completed", turns)


@pytest.mark.parametrize(
    ("change", "stored"),
    [
        (lambda d: d.update(transcript=1), lambda n: 0),
        (lambda d: d.update(transcript="hello"), lambda n: 0),
        (lambda d: d["transcript"][0].update(role=None), lambda n: n),
        (lambda d: d["transcript"].insert(0, 5), lambda n: n),
        (lambda d: d["transcript"].append({"role": "user", "message": "x. " * 25_520}),
         lambda n: n + 1),
        (lambda d: d.update(metadata="x", analysis=[1], agent_id=7), lambda n: n),
        (lambda d: d.update(user_id="crm\u00004711"), lambda n: n),
    ],
    ids=["transcript-int", "transcript-str", "role-null", "turn-not-object", "turn-76k-chars",
         "wrong-types", "user-id-with-nul"],
)  # fmt: skip
def test_content_only_the_worker_checks_never_loses_the_call(
    service: Service, change: Callable[[dict[str, Any]], None], stored: Callable[[int], int]
) -> None:
    conversation_id = f"conv_fuzz_shape_{time.monotonic_ns()}"
    payload = _call(conversation_id)
    turns = len(payload["data"]["transcript"])  # type: ignore[index]
    change(payload["data"])  # type: ignore[arg-type]
    answer = service.post_call(json.dumps(payload))
    assert (answer.status, answer.json()["status"]) == (200, "accepted")
    assert wait_until(lambda: service.event(conversation_id)[0] == "completed", 60, 0.2), (
        service.event(conversation_id)
    )
    assert service.event(conversation_id) == ("completed", stored(turns))


CHUNKED = (
    f"POST {QUERY} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {API_KEY}\r\n"
    "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
).encode()


@pytest.mark.parametrize("tail", [b"zz\r\nabc\r\n0\r\n\r\n", b"-5\r\nabc\r\n0\r\n\r\n",
                                  b"3\r\nabcdef\r\n0\r\n\r\n"])  # fmt: skip
def test_a_malformed_chunked_body_is_a_400(service: Service, tail: bytes) -> None:
    assert service.raw(CHUNKED + tail).status == 400


@pytest.mark.parametrize("tail", [b"ffffffffff\r\nabc", b"3\r\nabc\r\n"])
def test_an_unfinished_chunked_body_is_a_408_within_the_body_timeout(
    service: Service, tail: bytes
) -> None:
    answer = service.raw(CHUNKED + tail, wait=BODY_TIMEOUT + 5)
    assert (answer.status, answer.json()["error"]) == (408, "request_timeout")
    assert answer.secs < BODY_TIMEOUT + 2


def test_a_valid_chunked_body_is_read(service: Service) -> None:
    body = b'{"query": "dog", "caller_id": "+14155550100"}'
    answer = service.raw(CHUNKED + b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body))
    assert answer.status == 200 and "memories" in answer.json()


def test_twenty_slow_clients_do_not_slow_anyone_else(service: Service) -> None:
    """Ten connections trickle their headers and ten their bodies, a byte a second; the
    health check and real requests go on as before."""
    stop = threading.Event()
    socks: list[socket.socket] = []

    def trickle(index: int) -> None:
        sock = socket.create_connection(("127.0.0.1", service.port))
        socks.append(sock)
        if index % 2:
            sock.sendall(f"POST {QUERY} HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n"
                         "Content-Type: application/json\r\n\r\n".encode())  # fmt: skip
        else:
            sock.sendall(b"GET /health/live HTTP/1.1\r\n")
        while not stop.wait(1.0):
            try:
                sock.sendall(b" " if index % 2 else b"X-Slow: 1\r\n")
            except OSError:
                return

    threads = [threading.Thread(target=trickle, args=(i,), daemon=True) for i in range(20)]
    for thread in threads:
        thread.start()
    try:
        time.sleep(1.0)
        live: list[float] = []
        queries: list[float] = []
        deadline = time.monotonic() + 8
        while time.monotonic() < deadline:
            live.append(service.live_ms())
            answer = service.post(QUERY, '{"query": "dog", "caller_id": "+14155550100"}')
            assert answer.status == 200
            queries.append(answer.secs * 1000)
            time.sleep(0.1)
    finally:
        stop.set()
        for thread in threads:
            thread.join(5)
        for sock in socks:
            sock.close()
    live.sort()
    queries.sort()
    assert len(live) > 20
    assert live[int(len(live) * 0.95)] < 100, live
    assert queries[int(len(queries) * 0.95)] < 500, queries  # slow only if ever queued


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        (KEYS, {"name": "k", "expires_at": 0}, "expires_at"),
        (KEYS, {"name": "k", "expires_at": "1700000000"}, "expires_at"),
        (KEYS, {"name": "k\u0000"}, "name"),
        (STORE, {"user_id": "u", "content": "a", "salience": False}, "salience"),
        (QUERY, {"user_id": "u", "query": "a", "limit": "5"}, "limit"),
        (QUERY, {"user_id": "u", "query": "a", "limit": True}, "limit"),
        (QUERY, {"user_id": "omem_usr_\u0000x", "query": "a"}, "user_id"),
        (QUERY, {"caller_id": "+1415\n5550100", "query": "a"}, "caller_id"),
        (STORE, {"user_id": "u", "content": 5}, "content"),
    ],
)
def test_no_coercion_and_no_control_characters_in_ids(
    service: Service, path: str, body: dict[str, object], field: str
) -> None:
    answer = service.post(path, json.dumps(body))
    assert (answer.status, answer.json()["error"]) == (422, "invalid_request")
    assert [d["field"] for d in answer.json()["details"]] == [field]  # type: ignore[union-attr]


def test_ambiguous_signature_headers_are_refused(service: Service) -> None:
    raw = json.dumps(_call("conv_fuzz_sig"))
    good = el_signature(WEBHOOK_SECRET, raw)
    now = good.split(",")[0]
    for headers in (
        (f"ElevenLabs-Signature: {good}", f"ElevenLabs-Signature: {good}"),
        (f"ElevenLabs-Signature: t=1,{good}",),
        (f"ElevenLabs-Signature: {good},{now}",),
    ):
        answer = service.post_call(raw, *headers)
        assert (answer.status, answer.json()["error"]) == (401, "malformed_signature")
    assert service.post_call(raw).json()["status"] == "accepted"  # the same, sent cleanly


def test_memory_store_never_invents_a_caller(service: Service) -> None:
    answer = service.post(STORE, '{"user_id": "omem_usr_nobody", "content": "I like tea."}')
    assert (answer.status, answer.json()["error"]) == (404, "unknown_caller")
