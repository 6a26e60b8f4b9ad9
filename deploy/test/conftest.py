"""The deploy test's root: a cached Debian 12 root, mounted fresh, with release A of the
working tree deployed by the playbook (once for the whole session)."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from deployment import Deployment
from releases import working_tree
from testroot import CACHE
from testroot import REPO
from testroot import base_root
from testroot import mounted_root
from testroot import venv_name


@pytest.fixture(scope="session")
def deployment() -> Iterator[Deployment]:
    if shutil.which("debootstrap") is None:
        pytest.fail("debootstrap is missing: `make test-deploy` installs it")
    base = base_root()
    work = Path(tempfile.mkdtemp(prefix="omem-deploy-run-", dir="/var/tmp"))
    try:
        with mounted_root(base, venv_name(REPO / "requirements.txt")) as root:
            deployed = Deployment(root, work)
            first = deployed.play("release-a", working_tree())
            assert first.returncode == 0, first.tail()
            yield deployed
    finally:
        # The playbook's output of the last run stays for a look after a failure.
        logs = CACHE / "last-run"
        shutil.rmtree(logs, ignore_errors=True)
        logs.mkdir(parents=True)
        for log in work.glob("play-*.log"):
            shutil.copy(log, logs)
        shutil.rmtree(work, ignore_errors=True)
