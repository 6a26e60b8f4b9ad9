"""Starting and stopping omem's real processes (gunicorn, the Huey consumer) for a benchmark.

Each child leads its own process group and gets a stop signal if the benchmark dies
(PR_SET_PDEATHSIG), so nothing outlives a run. Output goes to a log file per process.
"""

from __future__ import annotations

import ctypes
import http.client
import os
import secrets
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from types import FrameType

from omem.config import new_fernet_key

ROOT = Path(__file__).resolve().parent.parent
_PR_SET_PDEATHSIG = 1


@dataclass(frozen=True)
class Secrets:
    api_key: str
    webhook_secret: str
    encryption_key: str
    secret_key: str

    @classmethod
    def generate(cls) -> Secrets:
        return cls(
            api_key="omem_bench_" + secrets.token_urlsafe(24),
            webhook_secret="wsec_bench_" + secrets.token_urlsafe(24),
            encryption_key=new_fernet_key(),
            secret_key=secrets.token_urlsafe(30)[:40],
        )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def omem_environ(data_dir: Path, keys: Secrets, **extra: str) -> dict[str, str]:
    """Explicit OMEM_* settings (nothing inherited from the caller's OMEM_* variables)."""
    env = {
        "OMEM_ENV": "development",
        "OMEM_DATA_DIR": str(data_dir),
        "OMEM_API_KEYS": keys.api_key,
        "OMEM_ELEVENLABS_WEBHOOK_SECRETS": keys.webhook_secret,
        "OMEM_ENCRYPTION_KEYS": keys.encryption_key,
        "OMEM_SECRET_KEY": keys.secret_key,
        "OMEM_LOG_LEVEL": "WARNING",
        # A benchmark sends thousands of requests a minute with one key: limits far above that
        # rate, but still checked, so every measured request pays the limiter's real cost.
        "OMEM_RATE_LIMIT_TOOLS": "1000000/minute",
        "OMEM_RATE_LIMIT_WEBHOOKS": "1000000/minute",
    }
    # BENCH_WEB_WORKER=sync measures the same benchmark on gunicorn's sync worker.
    env["OMEM_WEB_WORKER"] = os.environ.get("BENCH_WEB_WORKER", "buffered")
    env.update(extra)
    return env


def process_environ(settings_env: dict[str, str]) -> dict[str, str]:
    """The child environment: ours without OMEM_*/PROMETHEUS_*, plus the settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OMEM_", "PROMETHEUS_"))}
    env.update(settings_env)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(ROOT), env.get("PYTHONPATH"))))
    return env


def _die_with_parent() -> Callable[[], None] | None:
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
    except OSError:
        return None

    def preexec() -> None:
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)

    return preexec


class Process:
    """One child process with its log; `stop` always leaves nothing of it running."""

    def __init__(
        self, name: str, argv: list[str], env: dict[str, str], log_dir: Path, cwd: Path
    ) -> None:
        self.name = name
        self.log_path = log_dir / f"{name}.log"
        with open(self.log_path, "ab") as log:
            self.popen = subprocess.Popen(  # noqa: S603 - fixed argv, no shell
                argv,
                cwd=cwd,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                process_group=0,
                preexec_fn=_die_with_parent(),  # started before any thread
            )
        self.started = time.perf_counter()

    @property
    def pid(self) -> int:
        return self.popen.pid

    def running(self) -> bool:
        return self.popen.poll() is None

    def stop(self, sig: int = signal.SIGTERM, grace: float = 30.0) -> int | None:
        """Send `sig` to the process; after `grace` seconds kill its whole process group."""
        if self.running():
            self.popen.send_signal(sig)
            try:
                self.popen.wait(grace)
            except subprocess.TimeoutExpired:
                pass
        try:
            os.killpg(self.pid, signal.SIGKILL)  # leftovers (gunicorn workers) share its group
        except ProcessLookupError:
            pass
        try:
            return self.popen.wait(10)
        except subprocess.TimeoutExpired:
            return None

    def log_tail(self, lines: int = 30) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])


# Children run in the benchmark's temporary directory (`cwd`): settings then come only from
# the environment we pass, never from a developer's ./.env in the repository.


def start_gunicorn(env: dict[str, str], log_dir: Path, cwd: Path) -> Process:
    argv = [sys.executable, "-m", "gunicorn", "-c", str(ROOT / "gunicorn.conf.py")]
    return Process("gunicorn", argv, env, log_dir, cwd)


def start_consumer(env: dict[str, str], log_dir: Path, cwd: Path, name: str) -> Process:
    return Process(name, [sys.executable, "-m", "omem.cli", "worker"], env, log_dir, cwd)


def run_cli(args: list[str], env: dict[str, str], cwd: Path, timeout: float = 120) -> str:
    done = subprocess.run(  # noqa: S603 - fixed argv, no shell
        [sys.executable, "-m", "omem.cli", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"omem {' '.join(args)} failed:\n{done.stdout}{done.stderr}")
    return done.stdout.strip()


def wait_for_health(host: str, port: int, proc: Process, timeout: float = 60.0) -> None:
    """Until GET /health answers 200 (or the process exits, or `timeout`)."""
    deadline = time.monotonic() + timeout
    last = "no answer"
    while time.monotonic() < deadline:
        if not proc.running():
            raise RuntimeError(f"{proc.name} exited early:\n{proc.log_tail()}")
        conn = http.client.HTTPConnection(host, port, timeout=5)
        try:
            conn.request("GET", "/health")
            response = conn.getresponse()
            body = response.read()
            if response.status == 200:
                return
            last = f"{response.status} {body[:300]!r}"
        except OSError as exc:
            last = f"{type(exc).__name__}: {exc}"
        finally:
            conn.close()
        time.sleep(0.2)
    raise RuntimeError(f"{proc.name} never became healthy ({last}):\n{proc.log_tail()}")


@dataclass
class Stack:
    """A running gunicorn (+ consumer) on loopback over a temporary data directory."""

    root: Path
    keys: Secrets
    host: str
    port: int
    settings_env: dict[str, str]
    env: dict[str, str]
    processes: list[Process] = field(default_factory=list)

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @contextmanager
    def read_db(self, name: str = "omem.db") -> Iterator[sqlite3.Connection]:
        """A read-only connection: polling never takes a write lock from omem."""
        conn = sqlite3.connect(f"file:{self.data_dir / name}?mode=ro", uri=True, timeout=5)
        try:
            yield conn
        finally:
            conn.close()

    def event_statuses(self) -> dict[str, int]:
        with self.read_db() as conn:
            rows = conn.execute("SELECT status, COUNT(*) FROM webhook_events GROUP BY status")
            return {str(status): int(count) for status, count in rows}

    def cpu_secs(self) -> float:
        """CPU time (user + system) used so far by the running processes of our groups."""
        groups = {proc.pid for proc in self.processes}
        ticks = 0
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue  # exited meanwhile
            if int(fields[2]) in groups:  # pgrp; utime and stime follow at 11 and 12
                ticks += int(fields[11]) + int(fields[12])
        return ticks / os.sysconf("SC_CLK_TCK")

    def check_running(self) -> None:
        for proc in self.processes:
            if not proc.running():
                raise RuntimeError(f"{proc.name} exited early:\n{proc.log_tail()}")


@contextmanager
def omem_stack(
    prefix: str, *, consumer: bool = True, keep: bool = False, **settings: str
) -> Iterator[Stack]:
    """`omem db upgrade`, gunicorn (gunicorn.conf.py) and, with `consumer`, `omem worker`, in
    a temporary directory; every process is stopped and the directory removed on the way out,
    whatever happened (SIGINT lets the consumer finish the task in hand)."""
    host = "127.0.0.1"
    root = Path(tempfile.mkdtemp(prefix=prefix))
    (root / "logs").mkdir()
    keys = Secrets.generate()
    port = free_port()
    settings_env = omem_environ(root / "data", keys, OMEM_BIND=f"{host}:{port}", **settings)
    stack = Stack(root, keys, host, port, settings_env, process_environ(settings_env))
    try:
        run_cli(["db", "upgrade"], stack.env, root)
        web = start_gunicorn(stack.env, stack.logs, root)
        stack.processes.append(web)
        wait_for_health(host, port, web)
        if consumer:
            stack.processes.append(start_consumer(stack.env, stack.logs, root, "consumer"))
        yield stack
    finally:
        for proc in reversed(stack.processes):
            proc.stop(signal.SIGINT if proc.name == "consumer" else signal.SIGTERM, grace=20)
        if keep:
            print(f"kept {root}", flush=True)
        else:
            shutil.rmtree(root, ignore_errors=True)


def pending(statuses: dict[str, int]) -> int:
    """Events not yet finished (neither completed nor dead), from `Stack.event_statuses()`."""
    return sum(n for status, n in statuses.items() if status not in ("completed", "dead"))


def stop_on_sigterm() -> None:
    """SIGTERM raises SystemExit, so a benchmark's cleanup (stopping the processes it
    started) runs as it does on Ctrl-C."""

    def stop(signum: int, _: FrameType | None) -> None:
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, stop)


def logger(name: str) -> Callable[[str], None]:
    """`log(message)` for a benchmark: time-stamped progress lines on stdout, `[name HH:MM:SS]`."""

    def log(message: str) -> None:
        print(f"[{name} {time.strftime('%H:%M:%S')}] {message}", flush=True)

    return log
