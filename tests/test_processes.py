"""Real processes: `omem run` (gunicorn + consumer), `huey_consumer tasks.huey`, Ctrl-C."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import free_port
from tests.helpers import process_environ

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - loopback
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def _wait_for(url: str, proc: subprocess.Popen[bytes], seconds: float = 60) -> tuple[int, str]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert proc.poll() is None, "process exited before answering"
        try:
            return _get(url)
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"no answer from {url}")


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _nice(pid: int) -> int:
    """The process's niceness (field 19 of /proc/<pid>/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[16])


def _cmdline(pid: int) -> str:
    return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()


@pytest.fixture
def omem_run(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    """`omem run` with its output in tmp_path/run.log (a pipe could fill up and block it)."""
    port = free_port()
    env = process_environ(
        tmp_path / "data",
        OMEM_BIND=f"127.0.0.1:{port}",
        OMEM_WEB_WORKERS="2",
        OMEM_WEB_WORKER="gthread",
        OMEM_WEB_THREADS="2",
    )
    with open(tmp_path / "run.log", "wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "omem.cli", "run"],
            cwd=tmp_path,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            yield proc, f"http://127.0.0.1:{port}"
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(10)


def test_run_serves_health_and_ctrl_c_stops_everything(
    omem_run: tuple[subprocess.Popen[bytes], str], tmp_path: Path
) -> None:
    proc, base = omem_run
    status, body = _wait_for(f"{base}/health", proc)
    assert status == 200
    health = json.loads(body)
    assert health["queue"]["pending"] == 0
    assert health["migrations"]["current"] is True

    deadline = time.monotonic() + 30
    while True:  # the second gunicorn worker may still be booting
        descendants = _children(proc.pid)
        for child in list(descendants):
            descendants += _children(child)
        if len(descendants) >= 4 or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert len(descendants) >= 4  # gunicorn master, 2 workers, consumer
    log = tmp_path / "run.log"
    while "The following commands are available" not in log.read_text():
        assert time.monotonic() < deadline, "the consumer never started"
        time.sleep(0.1)
    time.sleep(0.5)  # its signal handlers are installed right after that line
    # The consumer yields the CPU to the web workers (OMEM_QUEUE_NICE, default 10).
    consumers = [pid for pid in descendants if "omem.cli worker" in _cmdline(pid)]
    web = [pid for pid in descendants if "gunicorn" in _cmdline(pid)]
    assert len(consumers) == 1 and web
    assert _nice(consumers[0]) == min(19, _nice(proc.pid) + 10)
    assert {_nice(pid) for pid in web} == {_nice(proc.pid)}

    proc.send_signal(signal.SIGINT)
    # Generous: a worker still importing the app (cold .pyc on a fresh clone) delays the stop.
    assert proc.wait(60) == 0
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in descendants) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in descendants if _alive(pid)]
    output = (tmp_path / "run.log").read_text()
    assert "/health" in output and "Consumer exiting" in output


def test_metrics_aggregate_every_gunicorn_worker(
    omem_run: tuple[subprocess.Popen[bytes], str],
) -> None:
    proc, base = omem_run
    _wait_for(f"{base}/health/live", proc)
    for _ in range(20):
        _get(f"{base}/health/live")
    status, text = _get(f"{base}/metrics")
    assert status == 200
    samples = [
        line
        for line in text.splitlines()
        if line.startswith("omem_http_request_duration_seconds_count")
        and 'endpoint="health.live"' in line
    ]
    assert samples, text[:2000]
    # Counts from every worker are summed into one series in multiprocess mode.
    assert sum(float(line.rsplit(" ", 1)[1]) for line in samples) >= 21


def test_huey_consumer_entry_point_starts_and_stops_gracefully(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    log_path = tmp_path / "consumer.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "huey.bin.huey_consumer", "tasks.huey", "-w", "1"],
            cwd=ROOT,
            env=process_environ(data_dir),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 30
        while not (data_dir / "queue.db").exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(0.5)
        assert proc.poll() is None
        assert _nice(proc.pid) == min(19, os.nice(0) + 10)  # start_worker lowered it
        proc.send_signal(signal.SIGINT)
        assert proc.wait(15) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    assert "Shutting down gracefully" in log_path.read_text()
    assert (data_dir / "queue.db").exists()


def test_demo_shows_what_omem_remembers_when_run_against_the_service(
    omem_run: tuple[subprocess.Popen[bytes], str], tmp_path: Path
) -> None:
    proc, base = omem_run
    _wait_for(f"{base}/health", proc)
    env = process_environ(tmp_path / "data")
    result = subprocess.run(
        [sys.executable, "-m", "omem.cli", "demo", "--url", base],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert '"is_returning_caller": true' in result.stdout
    assert "Mia" in result.stdout  # the daughter's name, found by the memory query
    assert '"degraded": false' in result.stdout
