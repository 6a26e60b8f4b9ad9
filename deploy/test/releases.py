"""Release archives for the deploy test, made from the working tree (what `git archive`
would pack once committed): the paths the playbook ships, as tar.gz files.

`upgrade` adds a migration and a new version string, the way a real next release does;
`broken` adds another migration and a web entry point that cannot start, so the playbook
has to revert the migration and go back.
"""

from __future__ import annotations

import io
import re
import tarfile
from pathlib import Path

import yaml

from testroot import ANSIBLE
from testroot import REPO

UPGRADE_MIGRATION = "9000_deploy_test_upgrade"
BROKEN_MIGRATION = "9001_deploy_test_broken"

_MIGRATION = '''"""Deploy test only (deploy/test/releases.py): a table the release adds."""


def up(migrator, db):
    db.execute_sql("CREATE TABLE {table} (id INTEGER PRIMARY KEY)")


def down(migrator, db):
    db.execute_sql("DROP TABLE {table}")
'''


def working_tree() -> dict[str, bytes]:
    """The files of omem_release_paths (group_vars/all/main.yml), without bytecode."""
    defaults = yaml.safe_load((ANSIBLE / "group_vars/all/main.yml").read_text())
    files: dict[str, bytes] = {}
    for name in defaults["omem_release_paths"]:
        path = REPO / name
        paths = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for file in paths:
            if "__pycache__" in file.parts or file.suffix == ".pyc":
                continue
            files[str(file.relative_to(REPO))] = file.read_bytes()
    return files


def with_version(files: dict[str, bytes], suffix: str) -> dict[str, bytes]:
    version = files["omem/version.py"].decode()
    bumped = re.sub(r'__version__ = "([^"]+)"', rf'__version__ = "\1+{suffix}"', version)
    return {**files, "omem/version.py": bumped.encode()}


def upgrade(files: dict[str, bytes]) -> dict[str, bytes]:
    migration = _MIGRATION.format(table="deploy_test_upgrade").encode()
    return {**with_version(files, "upgrade"), f"migrations/{UPGRADE_MIGRATION}.py": migration}


def broken(files: dict[str, bytes]) -> dict[str, bytes]:
    migration = _MIGRATION.format(table="deploy_test_broken").encode()
    wsgi = b'raise RuntimeError("deploy test: this release cannot start")\n'
    return {
        **with_version(files, "broken"),
        f"migrations/{BROKEN_MIGRATION}.py": migration,
        "wsgi.py": wsgi,
    }


def version_of(files: dict[str, bytes]) -> str:
    match = re.search(r'__version__ = "([^"]+)"', files["omem/version.py"].decode())
    assert match is not None
    return match.group(1)


def write_archive(files: dict[str, bytes], path: Path) -> Path:
    with tarfile.open(path, "w:gz") as archive:
        for name, data in sorted(files.items()):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mode = 0o644
            info.mtime = 1_700_000_000
            archive.addfile(info, io.BytesIO(data))
    return path
