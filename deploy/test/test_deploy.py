"""The playbook, applied for real to a throwaway Debian 12 root (see README.md in
deploy/ansible, "What the test covers"). Each test starts from whatever release is deployed
and says what it expects of the next one."""

from __future__ import annotations

import re
import subprocess
import time
from typing import Any

import pytest

from deployment import Deployment
from deployment import Traffic
from releases import BROKEN_MIGRATION
from releases import UPGRADE_MIGRATION
from releases import broken
from releases import upgrade
from releases import version_of
from testroot import ANSIBLE
from testroot import REPO

pytestmark = pytest.mark.timeout(1200)

UNITS = ["omem-worker.service", "omem-backup.service", "omem-backup.timer"]


def _serving(deployment: Deployment) -> dict[str, object]:
    health = deployment.https("GET", "/health").json()
    return {"version": health["version"], "ready": deployment.https("GET", "/health/ready").status}


def _unit_processes(deployment: Deployment) -> dict[str, list[dict[str, Any]]]:
    """The main processes of the units: gunicorn masters, consumers, nginx masters."""
    found: dict[str, list[dict[str, Any]]] = {"web": [], "worker": [], "nginx": []}
    processes = deployment.processes()
    gunicorns = {p["pid"] for p in processes if "-m gunicorn" in " ".join(p["argv"])}
    for process in processes:
        argv = " ".join(process["argv"])
        if process["pid"] in gunicorns and process["ppid"] not in gunicorns:
            found["web"].append(process)
        elif "omem.cli worker" in argv:
            found["worker"].append(process)
        elif argv.startswith("nginx: master"):
            found["nginx"].append(process)
    return found


def test_ansible_lint_finds_nothing() -> None:
    done = subprocess.run(
        [str(REPO / ".venv/bin/ansible-lint"), "--nocolor"],
        cwd=ANSIBLE,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_first_deploy_answers_a_signed_call_and_a_memory_query(deployment: Deployment) -> None:
    ack = deployment.post_call()
    assert ack.status == 200, ack.body
    queue = deployment.wait_for_queue()
    assert queue["pending"] == 0 and queue["processing"] == 0, queue
    assert queue["completed"] >= 1 and queue["dead"] == 0, queue
    answer = deployment.memory_query()
    assert answer.status == 200, answer.body
    assert "Mia" in answer.body, answer.body
    assert deployment.https("GET", "/health/ready").status == 200
    # The consumer's samples reach the web's /metrics (its own runtime directory).
    scraped = deployment.https("GET", "/metrics")
    assert scraped.status == 200, scraped.body
    assert re.search(r'omem_queue_tasks_total\{signal="complete"\} [1-9]', scraped.body), [
        line for line in scraped.body.splitlines() if "omem_queue" in line
    ]


def test_rendered_units_pass_systemd_analyze_verify(deployment: Deployment) -> None:
    units = [f"omem-web@{deployment.serving_port()}.service", *UNITS]
    done = deployment.chroot("systemd-analyze", "verify", *units)
    assert done.returncode == 0 and not done.stdout and not done.stderr, done.stderr


def test_nginx_logrotate_and_firewall_accept_the_rendered_files(deployment: Deployment) -> None:
    nginx = deployment.chroot("nginx", "-t")
    assert nginx.returncode == 0, nginx.stderr
    site = (deployment.root / "etc/nginx/sites-available/omem").read_text()
    assert "proxy_request_buffering on;" in site
    assert "client_max_body_size 64m;" in site
    assert "Strict-Transport-Security" in site
    rotate = deployment.chroot("logrotate", "--debug", "/etc/logrotate.d/omem")
    assert rotate.returncode == 0, rotate.stderr
    # Check mode only: nothing is loaded into the kernel the chroot shares with this machine.
    firewall = deployment.chroot("nft", "--check", "--file", "/etc/nftables.conf")
    assert firewall.returncode == 0, firewall.stderr
    rules = (deployment.root / "etc/nftables.conf").read_text()
    assert re.search(rf"tcp dport {{ 22, \d+, {deployment.https_port} }} accept", rules)


def test_services_run_as_their_units_say(deployment: Deployment) -> None:
    running = _unit_processes(deployment)
    assert len(running["web"]) == 1 and len(running["worker"]) == 1, running
    assert len(running["nginx"]) == 1, running
    for process in running["web"] + running["worker"]:
        assert process["uid"] != 0, process
        assert process["cwd"].endswith(f"/opt/omem/releases/{deployment.release}"), process
    env = (deployment.root / "etc/omem/omem.env").stat()
    assert env.st_uid == 0 and env.st_mode & 0o777 == 0o600
    # ProtectSystem=strict leaves only ReadWritePaths= writable: the service user must own
    # nothing outside them (the data and backup directories, its runtime directories).
    allowed = ("/var/lib/omem", "/var/backups/omem", "/run/omem-", "/tmp/")
    owned = deployment.chroot("find", "/", "-xdev", "-user", "omem").stdout.split()
    outside = [path for path in owned if not path.startswith(allowed)]
    assert not outside, outside
    # The backup timer's service, run once by hand, backs up.
    backup = deployment.chroot("systemctl", "start", "omem-backup.service")
    assert backup.returncode == 0, backup.stderr
    assert list((deployment.root / "var/backups/omem").glob("*.tar"))


def test_second_run_changes_nothing(deployment: Deployment) -> None:
    again = deployment.play(deployment.release, deployment.files)
    assert again.returncode == 0, again.tail()
    assert again.recap.get("changed") == 0, [
        line for line in again.output.splitlines() if line.startswith("changed:")
    ]


def test_upgrade_and_going_back_drop_no_request(deployment: Deployment) -> None:
    earlier, earlier_files = deployment.release, deployment.files
    before = _unit_processes(deployment)["web"]
    files = upgrade(earlier_files)
    with Traffic(deployment) as traffic:
        time.sleep(2)
        played = deployment.play("release-upgrade", files)
        time.sleep(2)
    assert played.returncode == 0, played.tail()
    assert traffic.sent > 50 and not traffic.failures, traffic.failures[:5]
    assert _serving(deployment) == {"version": version_of(files), "ready": 200}
    status = deployment.omem("db", "status").stdout
    assert re.search(rf"^{UPGRADE_MIGRATION}\s+\d{{4}}-", status, re.MULTILINE), status
    running = _unit_processes(deployment)
    assert [p["pid"] for p in running["web"]] != [p["pid"] for p in before]
    for process in running["web"] + running["worker"]:
        assert process["cwd"].endswith("/releases/release-upgrade"), process
    assert list((deployment.root / "var/backups/omem/pre-upgrade").glob("*.tar"))
    queue = deployment.wait_for_queue()
    assert queue["pending"] == 0 and queue["dead"] == 0 and queue["failed"] == 0, queue

    # Back to the earlier release on purpose: its migrations are reverted first.
    with Traffic(deployment, pending_ok=True) as traffic:
        time.sleep(2)
        played = deployment.play(earlier, earlier_files)
        time.sleep(2)
    assert played.returncode == 0, played.tail()
    assert traffic.sent > 50 and not traffic.failures, traffic.failures[:5]
    assert _serving(deployment) == {"version": version_of(earlier_files), "ready": 200}
    assert UPGRADE_MIGRATION not in deployment.omem("db", "status").stdout
    running = _unit_processes(deployment)
    assert running["worker"] and running["worker"][0]["cwd"].endswith(f"/releases/{earlier}")


def test_failed_upgrade_rolls_back_to_the_serving_release(deployment: Deployment) -> None:
    serving = _serving(deployment)
    previous = deployment.release
    with Traffic(deployment) as traffic:
        time.sleep(2)
        played = deployment.play("release-broken", broken(deployment.files))
        time.sleep(2)
    assert played.returncode != 0
    assert f"Rolled back to {previous}" in played.output, played.tail()
    assert f"Reverted migrations: {BROKEN_MIGRATION}" in played.output, played.tail()
    assert traffic.sent > 50 and not traffic.failures, traffic.failures[:5]
    assert _serving(deployment) == serving
    assert BROKEN_MIGRATION not in deployment.omem("db", "status").stdout
    # The consumer would refuse a database its code does not know: it runs, on `previous`.
    time.sleep(5)
    running = _unit_processes(deployment)
    assert len(running["worker"]) == 1, running
    assert running["worker"][0]["cwd"].endswith(f"/releases/{previous}")
    assert deployment.memory_query().status == 200


def test_secrets_never_reach_the_output(deployment: Deployment) -> None:
    """Last, so that it reads every run's output (the rollback's error messages too)."""
    vault = deployment.work / "inventory/group_vars/omem/vault.yml"
    assert vault.read_text().startswith("$ANSIBLE_VAULT;")
    logs = "".join(path.read_text() for path in deployment.work.glob("play-*.log"))
    assert deployment.plays >= 1
    for name, value in deployment.secrets.items():
        assert value not in logs, name
    key_body = deployment.private_key.splitlines()[1]
    assert key_body not in logs, "the TLS private key"
