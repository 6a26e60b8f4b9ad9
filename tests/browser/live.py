"""A live omem for a real browser: gunicorn on loopback (`gunicorn -c gunicorn.conf.py`, as
`omem run` starts it) and a real `huey_consumer tasks.huey`, on a data dir migrated with
`omem db upgrade`, with operators created through `omem admins create`; and Debian's
Chromium driven by Playwright. Used by the browser tests' fixtures and by
`python -m tests.browser.screenshots`."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from contextlib import closing
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Browser
from playwright.sync_api import Page
from playwright.sync_api import Playwright
from playwright.sync_api import ViewportSize
from playwright.sync_api import expect

from tests.helpers import ROOT
from tests.helpers import free_port
from tests.helpers import process_environ
from tests.helpers import wait_until

CHROMIUM = Path("/usr/bin/chromium")
# Headless, and nothing that reaches for Google's hosts: this machine's network is closed, and
# without these Chromium opens (refused) connections at every start.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT: ViewportSize = {"width": 1280, "height": 800}
PASSWORD = "correct horse battery staple"
DASHBOARD = re.compile(r"^http://[^/]+/admin$")  # the dashboard, with no query


@dataclass(frozen=True)
class Operator:
    name: str
    password: str


def run_omem(env: dict[str, str], *args: str, stdin: str | None = None) -> str:
    """Run `omem ARGS…` in `env`; its output, or an AssertionError that shows it."""
    done = subprocess.run(
        [sys.executable, "-m", "omem.cli", *args],
        env=env,
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if done.returncode != 0:
        command = " ".join(args)
        raise AssertionError(
            f"omem {command} exited {done.returncode}:\n{done.stdout}{done.stderr}"
        )
    return done.stdout


@dataclass
class Live:
    """A running omem: its URL, data dir, operators, and its `omem` command."""

    base_url: str
    data_dir: Path
    env: dict[str, str]
    admin: Operator
    viewer: Operator
    logs: dict[str, Path]

    def omem(self, *args: str, stdin: str | None = None) -> str:
        return run_omem(self.env, *args, stdin=stdin)

    def sql(self, statement: str, *params: object) -> list[tuple[object, ...]]:
        """Run one statement on the live omem.db, committed; its rows. For what the console
        has no button for (making an event dead) and for ids it does not show."""
        with closing(sqlite3.connect(self.data_dir / "omem.db", timeout=10)) as conn, conn:
            return conn.execute(statement, params).fetchall()

    def log_tail(self, lines: int = 40) -> str:
        """The end of each process's log, for a failure message."""
        return "\n".join(
            f"--- {name}.log\n" + "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
            for name, path in self.logs.items()
            if path.exists()
        )


def _create_operator(env: dict[str, str], name: str, role: str) -> Operator:
    run_omem(env, "admins", "create", name, "--role", role, "--password-stdin", stdin=PASSWORD)
    return Operator(name, PASSWORD)


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - loopback
            return bool(response.status == 200)
    except OSError:  # refused, reset, or an HTTP error (URLError is an OSError)
        return False


def _stop(procs: list[subprocess.Popen[bytes]]) -> None:
    for proc in procs:
        if proc.poll() is None:
            proc.terminate()
    for proc in procs:
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


@contextmanager
def running_omem(root: Path, **environ: str) -> Iterator[Live]:
    """Start omem on a new data dir under `root`; stop every process on the way out."""
    data_dir = root / "data"
    port = free_port()
    metrics = root / "metrics"  # as `omem run` sets it: the dashboard's p95 reads it
    metrics.mkdir(parents=True, exist_ok=True)
    env = process_environ(
        data_dir,
        PROMETHEUS_MULTIPROC_DIR=str(metrics),
        OMEM_BIND=f"127.0.0.1:{port}",
        OMEM_WEB_WORKERS="2",
        OMEM_RATE_LIMITS_ENABLED="false",
        OMEM_LOG_LEVEL="WARNING",
        **environ,
    )
    run_omem(env, "db", "upgrade")
    admin = _create_operator(env, "ada", "admin")
    viewer = _create_operator(env, "vic", "viewer")
    logs = {name: root / f"{name}.log" for name in ("web", "worker")}
    live = Live(f"http://127.0.0.1:{port}", data_dir, env, admin, viewer, logs)
    consumer = Path(sys.executable).with_name("huey_consumer")
    procs: list[subprocess.Popen[bytes]] = []
    try:
        for name, argv in (
            ("web", [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py"]),
            ("worker", [str(consumer), "tasks.huey"]),
        ):
            with open(logs[name], "wb") as out:
                procs.append(subprocess.Popen(argv, env=env, cwd=ROOT, stdout=out,
                                              stderr=subprocess.STDOUT))  # fmt: skip
        if not wait_until(lambda: _answers(f"{live.base_url}/health/live"), 60, 0.1):
            raise AssertionError(f"gunicorn did not come up\n{live.log_tail()}")
        yield live
    finally:
        _stop(procs)


def ensure_chromium() -> None:
    """Install Debian's chromium if it is missing, with the Makefile's own target (which says
    so), so that a bare `pytest` on a new machine runs the browser tests instead of skipping."""
    if not CHROMIUM.exists():
        subprocess.run(["make", "--no-print-directory", "-C", str(ROOT), "chromium"], check=True)


def launch_chromium(playwright: Playwright) -> Browser:
    ensure_chromium()
    return playwright.chromium.launch(
        executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
    )


def signed_in(page: Page, name: str, password: str) -> Page:
    """Sign in through the form at /admin/login and wait for the dashboard."""
    page.goto("/admin/login")
    page.locator("input[name=username]").fill(name)
    page.locator("input[name=password]").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(DASHBOARD)
    return page
