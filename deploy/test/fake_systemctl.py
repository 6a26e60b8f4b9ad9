#!/usr/bin/python3
"""`systemctl` inside the deploy test's chroot, where systemd cannot run.

Installed as /usr/bin/systemctl of the throwaway root (the real one is diverted to
/usr/bin/systemctl.real). `start` runs exactly what the rendered unit says: ExecStartPre and
ExecStart with the unit's User, Group, WorkingDirectory, Environment, EnvironmentFile, UMask and
RuntimeDirectory, in a session of its own; `stop` sends KillSignal (to the main process for
KillMode=mixed, else to its process group) and waits TimeoutStopSec before SIGKILL; `reload` runs
ExecReload with $MAINPID. Only omem's units and nginx run: every other unit (the firewall,
journald, timers) is recorded as started but never executed, because the chroot shares the host's
network namespace and kernel. Enablement is delegated to the real systemctl, which edits the
[Install] symlinks offline. What is not emulated: Restart=, the sandboxing directives (systemd-
analyze verify checks them), cgroups and MemoryMax. Standard library only (Debian's python3).
"""

from __future__ import annotations

import grp
import os
import pwd
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

REAL = "/usr/bin/systemctl.real"
STATE = Path("/run/fake-systemd")
LOGS = Path("/var/log/fake-systemd")
UNIT_DIRS = ("/etc/systemd/system", "/lib/systemd/system", "/usr/lib/systemd/system")
RUNS = ("omem-", "nginx.service")
SERVICE_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"


def _unit_name(name: str) -> str:
    return name if "." in name else f"{name}.service"


def _unit_file(unit: str) -> Path | None:
    prefix, at, rest = unit.partition("@")
    names = [unit]
    if at:
        names.append(f"{prefix}@{rest[rest.index('.') :]}")
    for directory in UNIT_DIRS:
        for name in names:
            path = Path(directory) / name
            if path.is_file():
                return path
    return None


def _parse(unit: str) -> dict[str, list[str]] | None:
    """The [Service] and [Unit] keys of a unit file (and its drop-ins), specifiers expanded."""
    path = _unit_file(unit)
    if path is None:
        return None
    files = [path]
    for directory in UNIT_DIRS:
        files += sorted(Path(directory, f"{path.name}.d").glob("*.conf"))
    prefix, _, rest = unit.partition("@")
    instance = rest.rsplit(".", 1)[0]
    specifiers = {"i": instance, "I": instance, "n": unit, "N": unit.rsplit(".", 1)[0]}
    specifiers |= {"p": prefix.rsplit(".", 1)[0], "t": "/run", "%": "%"}
    keys: dict[str, list[str]] = {}
    for file in files:
        section = ""
        lines = file.read_text().replace("\\\n", " ").splitlines()
        for line in lines:
            line = line.strip()
            if not line or line[0] in "#;":
                continue
            if line.startswith("["):
                section = line.strip("[]")
                continue
            if section not in ("Service", "Unit") or "=" not in line:
                continue
            key, value = (part.strip() for part in line.split("=", 1))
            for letter, replacement in specifiers.items():
                value = value.replace(f"%{letter}", replacement)
            if value == "":
                keys.pop(key, None)  # an empty assignment resets a list
            else:
                keys.setdefault(key, []).append(value)
    return keys


def _last(unit: dict[str, list[str]], key: str, default: str = "") -> str:
    return unit.get(key, [default])[-1]


def _environment(unit: dict[str, list[str]], user: pwd.struct_passwd | None) -> dict[str, str]:
    """As systemd builds it: a clean environment, the user's basics, Environment= then
    EnvironmentFile= (which wins), RUNTIME_DIRECTORY."""
    env = {"PATH": SERVICE_PATH, "LANG": "C.UTF-8"}
    if user is not None:
        env |= {"HOME": user.pw_dir, "USER": user.pw_name, "LOGNAME": user.pw_name}
        env["SHELL"] = user.pw_shell
    for line in unit.get("Environment", []):
        for assignment in shlex.split(line):
            key, _, value = assignment.partition("=")
            env[key] = value
    for spec in unit.get("EnvironmentFile", []):
        optional = spec.startswith("-")
        path = Path(spec.lstrip("-"))
        if not path.exists():
            if optional:
                continue
            raise SystemExit(f"EnvironmentFile {path} is missing")
        for line in path.read_text().splitlines():
            line = line.strip()
            if not line or line[0] in "#;" or "=" not in line:
                continue
            key, _, value = line.partition("=")
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            env[key.strip()] = value
    runtime = [
        f"/run/{name}" for line in unit.get("RuntimeDirectory", []) for name in line.split()
    ]
    if runtime:
        env["RUNTIME_DIRECTORY"] = ":".join(runtime)
    return env


def _argv(command: str, env: dict[str, str]) -> tuple[list[str], bool]:
    """An Exec line as argv (prefixes stripped, $VAR and ${VAR} expanded) and whether a
    failure is ignored ('-' prefix)."""
    ignore = False
    while command and command[0] in "-@:+!":
        ignore |= command[0] == "-"
        command = command[1:]
    argv = []
    for word in shlex.split(command):
        if word.startswith("${") and word.endswith("}"):
            word = env.get(word[2:-1], "")
        elif word.startswith("$") and word[1:].replace("_", "").isalnum():
            word = env.get(word[1:], "")
        argv.append(word)
    return argv, ignore


def _pid_file(unit: str) -> Path:
    return STATE / f"{unit}.pid"


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")


def _main_pid(unit: str) -> int | None:
    try:
        pid = int(_pid_file(unit).read_text())
    except (OSError, ValueError):
        return None
    return pid if pid > 0 and _alive(pid) else None


def _state(unit: str) -> str:
    marker = STATE / f"{unit}.pretend"
    if marker.exists():
        return "active"
    if _main_pid(unit) is not None:
        return "active"
    return "failed" if _pid_file(unit).exists() else "inactive"


class _Service:
    def __init__(self, unit: str, keys: dict[str, list[str]]) -> None:
        self.unit = unit
        self.keys = keys
        name = _last(keys, "User")
        self.user = pwd.getpwnam(name) if name else None
        group = _last(keys, "Group")
        self.gid = grp.getgrnam(group).gr_gid if group else (self.user.pw_gid if self.user else 0)
        self.env = _environment(keys, self.user)
        self.cwd = _last(keys, "WorkingDirectory", "/").lstrip("-") or "/"
        self.umask = int(_last(keys, "UMask", "0022"), 8)

    def _preexec(self) -> None:
        os.umask(self.umask)

    def popen(self, command: str, *, log: object, session: bool) -> tuple[subprocess.Popen, bool]:
        argv, ignore = _argv(command, self.env)
        extra: dict[str, object] = {}
        if self.user is not None:
            groups = [g.gr_gid for g in grp.getgrall() if self.user.pw_name in g.gr_mem]
            extra = {"user": self.user.pw_uid, "group": self.gid, "extra_groups": groups}
        process = subprocess.Popen(
            argv,
            cwd=self.cwd,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            start_new_session=session,
            preexec_fn=self._preexec,
            **extra,
        )
        return process, ignore

    def run(self, command: str, log: object) -> None:
        process, ignore = self.popen(command, log=log, session=False)
        if process.wait() != 0 and not ignore:
            raise SystemExit(f"{self.unit}: {command!r} exited {process.returncode}")

    def make_runtime_directories(self) -> None:
        mode = int(_last(self.keys, "RuntimeDirectoryMode", "0755"), 8)
        for line in self.keys.get("RuntimeDirectory", []):
            for name in line.split():
                path = Path("/run", name)
                path.mkdir(parents=True, exist_ok=True)
                path.chmod(mode)
                if self.user is not None:
                    os.chown(path, self.user.pw_uid, self.gid)

    def remove_runtime_directories(self) -> None:
        for line in self.keys.get("RuntimeDirectory", []):
            for name in line.split():
                subprocess.run(["rm", "-rf", f"/run/{name}"], check=False)


def start(unit: str) -> None:
    if _state(unit) == "active":
        return
    if not (unit.startswith(RUNS) and unit.endswith(".service")):
        (STATE / f"{unit}.pretend").touch()
        return
    keys = _parse(unit)
    if keys is None:
        raise SystemExit(f"Unit {unit} not found.")
    service = _Service(unit, keys)
    LOGS.mkdir(parents=True, exist_ok=True)
    with open(LOGS / f"{unit}.log", "ab") as log:
        service.make_runtime_directories()
        for command in keys.get("ExecStartPre", []):
            service.run(command, log)
        kind = _last(keys, "Type", "simple")
        commands = keys.get("ExecStart", [])
        if kind == "oneshot":
            for command in commands:
                service.run(command, log)
            return
        process, _ = service.popen(commands[-1], log=log, session=True)
        pid = process.pid
        if kind == "forking":
            if process.wait() != 0:
                raise SystemExit(f"{unit}: ExecStart exited {process.returncode}")
            pid_path = Path(_last(keys, "PIDFile"))
            deadline = time.monotonic() + 10
            while not pid_path.exists() and time.monotonic() < deadline:
                time.sleep(0.05)
            pid = int(pid_path.read_text())
    _pid_file(unit).write_text(str(pid))
    time.sleep(0.2)
    if not _alive(pid):
        raise SystemExit(f"{unit}: the main process exited at once (see {LOGS / unit}.log)")


def stop(unit: str) -> None:
    (STATE / f"{unit}.pretend").unlink(missing_ok=True)
    keys = _parse(unit) or {}
    pid = _main_pid(unit)
    if pid is not None:
        signum = getattr(signal, _last(keys, "KillSignal", "SIGTERM"))
        mode = _last(keys, "KillMode", "control-group")
        timeout = float(_last(keys, "TimeoutStopSec", "90").rstrip("s"))
        if mode == "mixed":
            os.kill(pid, signum)
        else:
            os.killpg(pid, signum)
        deadline = time.monotonic() + timeout
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        try:
            os.killpg(pid, signal.SIGKILL)  # whatever is left of the unit
        except ProcessLookupError:
            pass
    _pid_file(unit).unlink(missing_ok=True)
    if keys:
        _Service(unit, keys).remove_runtime_directories()


def reload(unit: str) -> None:
    if not unit.startswith(RUNS):
        return
    keys = _parse(unit) or {}
    pid = _main_pid(unit)
    if pid is None:
        raise SystemExit(f"{unit} is not active, cannot reload.")
    service = _Service(unit, keys)
    service.env["MAINPID"] = str(pid)
    with open(LOGS / f"{unit}.log", "ab") as log:
        for command in keys.get("ExecReload", []):
            service.run(command, log)


def show(unit: str) -> None:
    keys = _parse(unit)
    if keys is None:
        print(f"Id={unit}\nLoadState=not-found\nActiveState=inactive\nSubState=dead")
        return
    state = _state(unit)
    enabled = subprocess.run([REAL, "is-enabled", unit], capture_output=True, text=True)
    print(f"Id={unit}\nNames={unit}\nLoadState=loaded\nActiveState={state}")
    print(f"SubState={'running' if state == 'active' else 'dead'}")
    print(f"MainPID={_main_pid(unit) or 0}\nUnitFileState={enabled.stdout.strip()}")
    print(f"FragmentPath={_unit_file(unit)}")


def main(argv: list[str]) -> int:
    STATE.mkdir(parents=True, exist_ok=True)
    words = [w for w in argv if not w.startswith("-")]
    flags = [w for w in argv if w.startswith("-")]
    if not words:
        return 0
    verb, units = words[0], [_unit_name(w) for w in words[1:]]
    if verb in ("daemon-reload", "daemon-reexec", "reset-failed"):
        return 0
    if verb == "show":
        for unit in units:
            show(unit)
        return 0
    if verb == "is-active":
        states = [_state(unit) for unit in units]
        if "--quiet" not in flags and "-q" not in flags:
            print("\n".join(states))
        return 0 if all(s == "active" for s in states) else 3
    actions = {"start": start, "stop": stop, "reload": reload}
    if verb in actions:
        for unit in units:
            actions[verb](unit)
        return 0
    if verb in ("restart", "try-restart", "reload-or-restart"):
        for unit in units:
            if verb == "try-restart" and _state(unit) != "active":
                continue
            stop(unit)
            start(unit)
        return 0
    return subprocess.run([REAL, *argv], check=False).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
