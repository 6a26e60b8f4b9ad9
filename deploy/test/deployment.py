"""The deployed test root, seen from the test: play the playbook on it, call the service
through nginx, run commands inside it, and send traffic while the playbook upgrades."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import ipaddress
import json
import os
import re
import secrets
import socket
import ssl
import subprocess
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

import yaml
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from releases import write_archive
from testroot import ANSIBLE
from testroot import REPO
from testroot import run

DOMAIN = "omem.test"
VENV_BIN = REPO / ".venv" / "bin"
DEMO_CALL = REPO / "omem" / "data" / "demo-call.json"
QUESTION = "what is my daughter's name"


def free_ports(count: int) -> list[int]:
    sockets = []
    for _ in range(count):
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        sockets.append(sock)
    ports = [sock.getsockname()[1] for sock in sockets]
    for sock in sockets:
        sock.close()
    return ports


def _self_signed() -> tuple[str, str]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, DOMAIN)])
    now = dt.datetime.now(dt.UTC)
    names = [x509.DNSName(DOMAIN), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return cert.public_bytes(serialization.Encoding.PEM).decode(), key_pem.decode()


@dataclass
class Played:
    """One ansible-playbook run: exit code, output and the recap's counts."""

    returncode: int
    output: str
    seconds: float
    recap: dict[str, int] = field(default_factory=dict)

    def tail(self, lines: int = 60) -> str:
        return "\n".join(self.output.splitlines()[-lines:])


@dataclass
class Answer:
    status: int
    body: str

    def json(self) -> Any:
        return json.loads(self.body)


class Deployment:
    """The inventory, vault and releases of one test root; `play` applies the playbook."""

    def __init__(self, root: Path, work: Path) -> None:
        self.root = root
        self.work = work
        http, https, slot_a, slot_b = free_ports(4)
        self.https_port = https
        self.web_ports = [slot_a, slot_b]
        self.secrets = {
            "OMEM_API_KEYS": "omem_deploytest_" + secrets.token_urlsafe(24),
            "OMEM_ELEVENLABS_WEBHOOK_SECRETS": "wsec_deploytest_" + secrets.token_urlsafe(24),
            "OMEM_ENCRYPTION_KEYS": base64.urlsafe_b64encode(secrets.token_bytes(32)).decode(),
            "OMEM_SECRET_KEY": secrets.token_urlsafe(48),
        }
        certificate, private_key = _self_signed()
        self.private_key = private_key
        self.ca_file = work / "tls.crt"
        self.ca_file.write_text(certificate)
        self.plays = 0
        self.release = ""
        self.files: dict[str, bytes] = {}
        self._write_inventory(http, certificate, private_key)

    def _write_inventory(self, http: int, certificate: str, private_key: str) -> None:
        """As README.md tells an operator: an inventory, its group_vars/omem/vars.yml and
        an encrypted vault.yml."""
        inventory = self.work / "inventory"
        group = inventory / "group_vars" / "omem"
        group.mkdir(parents=True)
        host = {
            "ansible_host": str(self.root),
            "ansible_connection": "community.general.chroot",
            "ansible_python_interpreter": "/usr/bin/python3",
            "ansible_become": False,
        }
        hosts = {"omem": {"hosts": {"testroot": host}}}
        (inventory / "hosts.yml").write_text(yaml.safe_dump(hosts))
        variables = {
            "omem_domain": DOMAIN,
            "omem_listen_addresses": ["127.0.0.1"],
            "omem_http_port": http,
            "omem_https_port": self.https_port,
            "omem_web_ports": self.web_ports,
            "omem_web_workers": 1,
            "omem_health_retries": 20,
            "omem_health_delay": 1,
            "omem_backup_timer": True,
            "omem_tls": "provided",
            "omem_tls_certificate": certificate,
            "omem_tls_private_key": "{{ vault_omem_tls_private_key }}",
            "omem_settings": {"OMEM_QUEUE_WORKERS": "1"},
            "omem_secret_settings": "{{ vault_omem_secret_settings }}",
        }
        (group / "vars.yml").write_text(yaml.safe_dump(variables))
        vault = {
            "vault_omem_secret_settings": self.secrets,
            "vault_omem_tls_private_key": private_key,
        }
        (group / "vault.yml").write_text(yaml.safe_dump(vault))
        self.vault_password = self.work / "vault-password"
        self.vault_password.write_text(secrets.token_urlsafe(16) + "\n")
        self.vault_password.chmod(0o600)
        vault_cli = [str(VENV_BIN / "ansible-vault"), "encrypt", str(group / "vault.yml")]
        run([*vault_cli, "--vault-password-file", str(self.vault_password)], env=self.env())

    def env(self) -> dict[str, str]:
        path = f"{VENV_BIN}:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
        return {
            "PATH": path,
            "HOME": os.environ.get("HOME", "/root"),
            "LANG": "C.UTF-8",
            "ANSIBLE_CONFIG": str(ANSIBLE / "ansible.cfg"),
            "ANSIBLE_LOCAL_TEMP": str(self.work / "ansible-tmp"),
            "ANSIBLE_NOCOLOR": "1",
            # pip inside the root trusts what the root trusts (testroot.py added this
            # machine's egress CA there); the chroot connection passes the environment on.
            "PIP_CERT": "/etc/ssl/certs/ca-certificates.crt",
            "PIP_DISABLE_PIP_VERSION_CHECK": "1",
        }

    def play(self, release: str, files: dict[str, bytes]) -> Played:
        """Apply site.yml with this release; the output is kept in work/play-N.log."""
        self.plays += 1
        archive = write_archive(files, self.work / f"{release}.tar.gz")
        argv = [
            str(VENV_BIN / "ansible-playbook"),
            "-i",
            str(self.work / "inventory" / "hosts.yml"),
            "--vault-password-file",
            str(self.vault_password),
            "-e",
            f"omem_release={release} omem_release_archive={archive}",
            str(ANSIBLE / "site.yml"),
        ]
        started = time.monotonic()
        done = subprocess.run(
            argv,
            cwd=ANSIBLE,
            env=self.env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            check=False,
        )
        played = Played(done.returncode, done.stdout, time.monotonic() - started)
        (self.work / f"play-{self.plays}.log").write_text(done.stdout)
        recap = re.search(r"^testroot\s+:\s+(.*)$", done.stdout, re.MULTILINE)
        if recap:
            played.recap = {k: int(v) for k, v in re.findall(r"(\w+)=(\d+)", recap.group(1))}
        print(
            f"play {self.plays} ({release}): rc={done.returncode} {played.recap} "
            f"in {played.seconds:.0f} s",
            flush=True,
        )
        if done.returncode == 0:
            self.release, self.files = release, files
        return played

    def serving_port(self) -> int:
        """The web slot nginx sends requests to (the playbook's upstream file)."""
        upstream = (self.root / "etc/nginx/omem-upstream.conf").read_text()
        return int(upstream.split(":")[1].rstrip(";\n"))

    def chroot(self, *argv: str, user: str | None = None) -> subprocess.CompletedProcess[str]:
        prefix = ["chroot", *([f"--userspec={user}:{user}"] if user else []), str(self.root)]
        return subprocess.run([*prefix, *argv], capture_output=True, text=True, check=False)

    def omem(self, *argv: str) -> subprocess.CompletedProcess[str]:
        """The server's `omem` command (the wrapper the playbook installs), as root."""
        return self.chroot("/usr/local/bin/omem", *argv)

    def https(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> Answer:
        """A request through nginx on its TLS port, the certificate verified."""
        context = ssl.create_default_context(cafile=str(self.ca_file))
        url = f"https://127.0.0.1:{self.https_port}{path}"
        request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
        request.add_header("Host", DOMAIN)
        try:
            with urllib.request.urlopen(request, context=context, timeout=30) as response:
                return Answer(response.status, response.read().decode())
        except urllib.error.HTTPError as error:
            return Answer(error.code, error.read().decode())

    def post_call(self) -> Answer:
        """A post-call webhook for a new conversation, signed as ElevenLabs signs."""
        payload = json.loads(DEMO_CALL.read_text())
        now = int(time.time())
        payload["event_timestamp"] = now
        payload["data"]["conversation_id"] = f"conv_deploytest_{secrets.token_hex(6)}"
        payload["data"]["metadata"]["start_time_unix_secs"] = now - 60
        raw = json.dumps(payload).encode()
        secret = self.secrets["OMEM_ELEVENLABS_WEBHOOK_SECRETS"].encode()
        mac = hmac.new(secret, f"{now}.".encode() + raw, hashlib.sha256).hexdigest()
        headers = {"Content-Type": "application/json", "ElevenLabs-Signature": f"t={now},v0={mac}"}
        return self.https("POST", "/api/v1/webhooks/post-call", raw, headers)

    def _keyed(self, path: str, body: dict[str, Any]) -> Answer:
        headers = {
            "Authorization": f"Bearer {self.secrets['OMEM_API_KEYS']}",
            "Content-Type": "application/json",
        }
        return self.https("POST", path, json.dumps(body).encode(), headers)

    def memory_query(self) -> Answer:
        """memory-query for the demo call's caller (conversation-init names them)."""
        payload = json.loads(DEMO_CALL.read_text())
        number = payload["data"]["metadata"]["phone_call"]["external_number"]
        init = self._keyed(
            "/api/v1/webhooks/conversation-init", {"caller_id": number, "agent_id": "agent_demo"}
        )
        if init.status != 200:
            return init
        query = {"user_id": init.json()["user_id"], "query": QUESTION, "limit": 3}
        return self._keyed("/api/v1/tools/memory-query", query)

    def queue(self) -> dict[str, Any]:
        queue: dict[str, Any] = self.https("GET", "/health").json()["queue"]
        return queue

    def wait_for_queue(self, seconds: float = 120) -> dict[str, Any]:
        """Until the consumer has handled every event (none pending or processing)."""
        deadline = time.monotonic() + seconds
        while True:
            queue = self.queue()
            if queue["pending"] == 0 and queue["processing"] == 0:
                return queue
            if time.monotonic() > deadline:
                return queue
            time.sleep(0.5)

    def processes(self) -> list[dict[str, Any]]:
        """The processes running inside the root: pid, user, cwd, argv."""
        found = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                if os.readlink(entry / "root") != str(self.root):
                    continue
                argv = (entry / "cmdline").read_bytes().split(b"\0")
                status = (entry / "status").read_text()
                uid = int(status.split("\nUid:")[1].split()[0])
                ppid = int(status.split("\nPPid:")[1].split()[0])
                cwd = os.readlink(entry / "cwd")
            except (OSError, IndexError, ValueError):
                continue
            args = [a.decode() for a in argv if a]
            found.append(
                {"pid": int(entry.name), "ppid": ppid, "uid": uid, "cwd": cwd, "argv": args}
            )
        return found


class Traffic:
    """Requests through nginx, on fresh connections, while the playbook runs: readiness
    checks all the time, and a signed post-call and a memory-query every second (within the
    default rate limits). Every answer that is not a 200 is a failure."""

    def __init__(self, deployment: Deployment, *, pending_ok: bool = False) -> None:
        self.deployment = deployment
        # Going back to an older release on purpose: from the moment its migrations are
        # reverted until nginx switches, the newer code still serving reports them pending
        # on /health/ready. Its answers to calls must still be 200s.
        self.pending_ok = pending_ok
        self.stop = threading.Event()
        self.sent = 0
        self.post_calls = 0
        self.failures: list[str] = []
        self.thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Traffic:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(timeout=60)

    def _send(self, what: str, call: Any) -> None:
        self.sent += 1
        try:
            answer = call()
        except OSError as error:
            self.failures.append(f"{what}: {type(error).__name__}: {error}")
            return
        if answer.status == 503 and self.pending_ok and "migrations_pending" in answer.body:
            return
        if answer.status != 200:
            self.failures.append(f"{what}: {answer.status} {answer.body[:200]}")

    def _run(self) -> None:
        last = 0.0
        while not self.stop.is_set():
            self._send("ready", lambda: self.deployment.https("GET", "/health/ready"))
            if time.monotonic() - last >= 1.0:
                last = time.monotonic()
                self.post_calls += 1
                self._send("post-call", self.deployment.post_call)
                self._send("memory-query", self.deployment.memory_query)
            time.sleep(0.05)
