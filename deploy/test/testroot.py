"""A throwaway Debian 12 root for the deploy test: built once with debootstrap and cached
outside the repository, then mounted per run as an overlay (the cache stays pristine).

The cache (OMEM_DEPLOY_CACHE, default /var/cache/omem-deploy) holds:
  roots/<key>/   the minbase root, with the playbook's packages downloaded but not installed
                 (so the playbook's apt tasks install them, offline and fast); <key> hashes
                 the package lists, the apt sources and the build recipe
  pip/           pip's cache, bind-mounted as the root's /root/.cache/pip (it stays empty
                 where the registry's proxy forbids caching, as on the CI machines)
  venvs/<name>/  the virtualenv a run built, keyed like the playbook keys it (Python version
                 and requirements.txt's hash) and bind-mounted read-only into later runs, so
                 the playbook finds it built
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
ANSIBLE = REPO / "deploy" / "ansible"
CACHE = Path(os.environ.get("OMEM_DEPLOY_CACHE", "/var/cache/omem-deploy"))
SUITE = "bookworm"
# What a fresh Debian 12 cloud server has that the playbook relies on (Ansible needs Python
# and python3-apt), plus systemd for `systemd-analyze verify`.
BASE_PACKAGES = ["python3", "python3-apt", "systemd", "ca-certificates"]
# Bump when the recipe below changes: the next run builds a new root.
RECIPE = "5"
HOST_CAS = Path("/usr/local/share/ca-certificates")


def _log(message: str) -> None:
    print(f"[deploy-test {time.strftime('%H:%M:%S')}] {message}", flush=True)


def run(argv: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    kwargs.setdefault("check", True)
    kwargs.setdefault("text", True)
    return subprocess.run(argv, **kwargs)  # type: ignore[call-overload, no-any-return]


def playbook_packages() -> list[str]:
    """The packages the playbook's apt tasks install (host role, nftables, nginx)."""
    defaults = yaml.safe_load((ANSIBLE / "roles/host/defaults/main.yml").read_text())
    return sorted({*defaults["host_packages"], "nftables", "nginx"})


def _apt_sources() -> tuple[str, str]:
    """The host's Debian sources (deb822) and the first mirror in them, for debootstrap."""
    for path in sorted(Path("/etc/apt/sources.list.d").glob("*.sources")):
        text = path.read_text()
        if f"Suites: {SUITE}" in text:
            for line in text.splitlines():
                if line.startswith("URIs:"):
                    return text, line.split()[1]
    mirror = "http://deb.debian.org/debian"
    text = f"Types: deb\nURIs: {mirror}\nSuites: {SUITE} {SUITE}-updates\nComponents: main\n"
    return text, mirror


def _cas() -> dict[str, bytes]:
    """Extra CAs this machine trusts (a TLS-inspecting egress proxy's): pip in the root
    reaches PyPI through the same proxy."""
    if not HOST_CAS.is_dir():
        return {}
    return {path.name: path.read_bytes() for path in sorted(HOST_CAS.glob("*.crt"))}


def root_key() -> str:
    sources, mirror = _apt_sources()
    recipe = {
        "recipe": RECIPE,
        "suite": SUITE,
        "base": BASE_PACKAGES,
        "download": playbook_packages(),
        "sources": sources,
        "mirror": mirror,
        "cas": {name: hashlib.sha256(data).hexdigest() for name, data in _cas().items()},
    }
    return hashlib.sha256(json.dumps(recipe, sort_keys=True).encode()).hexdigest()[:16]


def base_root() -> Path:
    """The cached root for the current recipe, built first if needed (about a minute)."""
    key = root_key()
    final = CACHE / "roots" / key
    if (final / ".omem-complete").exists():
        _log(f"Debian root from the cache: {final}")
        return final
    (CACHE / "roots").mkdir(parents=True, exist_ok=True)
    for stale in (CACHE / "roots").iterdir():  # one recipe at a time: the others are dead
        if stale.name != key:
            shutil.rmtree(stale, ignore_errors=True)
    building = Path(tempfile.mkdtemp(prefix=f"{key}.building-", dir=CACHE / "roots"))
    building.chmod(0o755)  # the root's "/": every user inside must get through it
    try:
        _build(building)
        (building / ".omem-complete").touch()
        building.rename(final)
    finally:
        shutil.rmtree(building, ignore_errors=True)
    return final


def _build(root: Path) -> None:
    sources, mirror = _apt_sources()
    _log(f"debootstrap {SUITE} (minbase) from {mirror} into {root}")
    started = time.monotonic()
    run(
        [
            "debootstrap",
            "--variant=minbase",
            f"--include={','.join(BASE_PACKAGES)}",
            SUITE,
            str(root),
            mirror,
        ],
        stdout=subprocess.DEVNULL,
    )
    (root / "etc/apt/sources.list").unlink(missing_ok=True)
    (root / "etc/apt/sources.list.d/debian.sources").write_text(sources)
    for name, data in _cas().items():
        (root / "usr/local/share/ca-certificates" / name).write_bytes(data)
    # Package scripts never start services in the test root (a real server's would).
    policy = root / "usr/sbin/policy-rc.d"
    policy.write_text("#!/bin/sh\nexit 101\n")
    policy.chmod(0o755)
    chroot = ["chroot", str(root)]
    run([*chroot, "update-ca-certificates"], stdout=subprocess.DEVNULL)
    divert = ["dpkg-divert", "--local", "--rename", "--add"]
    run([*chroot, *divert, "--divert", "/usr/bin/systemctl.real", "/usr/bin/systemctl"])
    run([*chroot, "apt-get", "update", "-qq"])
    download = ["apt-get", "install", "--download-only", "-y", "-qq", *playbook_packages()]
    run([*chroot, *download], env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
    _log(f"Debian root built in {time.monotonic() - started:.0f} s")


def _pids_in(root: Path) -> list[int]:
    """Every process whose root directory is `root` (started inside the chroot)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if os.readlink(entry / "root") == str(root):
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def kill_processes(root: Path) -> None:
    for signum in (signal.SIGTERM, signal.SIGKILL):
        pids = _pids_in(root)
        for pid in pids:
            try:
                os.kill(pid, signum)
            except ProcessLookupError:
                pass
        deadline = time.monotonic() + 10
        while _pids_in(root) and time.monotonic() < deadline:
            time.sleep(0.1)
        if not _pids_in(root):
            return


def _umount(path: Path) -> None:
    if subprocess.run(["umount", str(path)], capture_output=True).returncode != 0:
        subprocess.run(["umount", "--lazy", str(path)], capture_output=True)


def venv_name(requirements: Path, python: str = "py311") -> str:
    """The playbook's name for the virtualenv of these requirements (roles/app release.yml)."""
    return f"{python}-{hashlib.sha256(requirements.read_bytes()).hexdigest()[:16]}"


def _mounts_under(path: Path) -> list[Path]:
    mounts = [Path(line.split()[1]) for line in Path("/proc/mounts").read_text().splitlines()]
    return [m for m in mounts if m == path or path in m.parents]


def sweep_stale_runs(older_than: float = 3600) -> None:
    """Unmount and delete what a killed run left behind (runs last minutes, not an hour)."""
    for work in Path("/var/tmp").glob("omem-deploy-*"):
        if time.time() - work.stat().st_mtime < older_than:
            continue
        root = work / "root"
        kill_processes(root)
        for mount in sorted(_mounts_under(root), key=lambda m: len(m.parts), reverse=True):
            _umount(mount)
        if not _mounts_under(root):
            shutil.rmtree(work, ignore_errors=True)


@contextmanager
def mounted_root(base: Path, venv: str) -> Iterator[Path]:
    """An overlay of `base` with /proc, the pip cache and (when cached) the virtualenv
    mounted; on exit every process started inside is killed, everything unmounted and the
    run's files deleted (a virtualenv it built moves into the cache first)."""
    sweep_stale_runs()
    work = Path(tempfile.mkdtemp(prefix="omem-deploy-", dir="/var/tmp"))
    root, upper, scratch = work / "root", work / "upper", work / "work"
    for directory in (root, upper, scratch):
        directory.mkdir()
    upper.chmod(0o755)  # the merged "/" takes the upper directory's mode
    mounts: list[Path] = []
    cached_venv = CACHE / "venvs" / venv
    venv_in_root = Path("opt/omem/venvs") / venv
    try:
        options = f"lowerdir={base},upperdir={upper},workdir={scratch}"
        run(["mount", "-t", "overlay", "overlay", "-o", options, str(root)])
        mounts.append(root)
        run(["mount", "-t", "proc", "proc", str(root / "proc")])
        mounts.append(root / "proc")
        pip_cache = CACHE / "pip"
        pip_cache.mkdir(parents=True, exist_ok=True)
        (root / "root/.cache/pip").mkdir(parents=True, exist_ok=True)
        run(["mount", "--bind", str(pip_cache), str(root / "root/.cache/pip")])
        mounts.append(root / "root/.cache/pip")
        if (cached_venv / ".omem-venv").exists():
            _log(f"virtualenv from the cache: {cached_venv}")
            (root / venv_in_root).mkdir(parents=True)
            run(["mount", "--bind", str(cached_venv), str(root / venv_in_root)])
            mounts.append(root / venv_in_root)
            run(["mount", "-o", "remount,bind,ro", str(root / venv_in_root)])
        shutil.copy(HERE / "fake_systemctl.py", root / "usr/bin/systemctl")
        (root / "usr/bin/systemctl").chmod(0o755)
        yield root
    finally:
        kill_processes(root)
        for mount in reversed(mounts):
            _umount(mount)
        built = upper / venv_in_root
        if (built / ".omem-venv").exists() and not cached_venv.exists():
            cached_venv.parent.mkdir(parents=True, exist_ok=True)
            built.rename(cached_venv)
            _log(f"virtualenv cached for the next run: {cached_venv}")
        shutil.rmtree(work, ignore_errors=True)
