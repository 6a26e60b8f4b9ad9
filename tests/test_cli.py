"""The `omem` command through click's CliRunner, on a real data directory per test.

`load_settings()` reads `os.environ` when the group callback runs, and CliRunner's `env`
patches `os.environ` for the duration of `invoke`, so each test's OMEM_DATA_DIR is the one
used. Every invocation runs inside an isolated working directory, so no `.env` is read.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterator
from collections.abc import Mapping
from pathlib import Path

import pytest
from click.testing import CliRunner
from click.testing import Result

from omem import schema
from omem.cli import main
from omem.config import new_fernet_key
from omem.seed import DEMO_CALLERS
from tests.conftest import API_KEY
from tests.conftest import WEBHOOK_SECRET

MIGRATIONS = sorted(p.stem for p in schema.MIGRATIONS_DIR.glob("[0-9][0-9][0-9][0-9]_*.py"))


class Omem:
    """Runs `omem …` with a fixed environment in an isolated working directory."""

    def __init__(self, runner: CliRunner, cwd: Path, data_dir: Path) -> None:
        self.runner = runner
        self.cwd = cwd
        self.data_dir = data_dir
        self.env: dict[str, str | None] = {
            # Nothing from the developer's shell leaks in.
            **{k: None for k in os.environ if k.startswith("OMEM_")},
            "OMEM_DATA_DIR": str(data_dir),
            "OMEM_API_KEYS": API_KEY,
            "OMEM_ELEVENLABS_WEBHOOK_SECRETS": WEBHOOK_SECRET,
            "OMEM_ENCRYPTION_KEYS": new_fernet_key(),
            "OMEM_SECRET_KEY": "s" * 40,
            "OMEM_LOG_LEVEL": "WARNING",
        }

    @property
    def db_path(self) -> Path:
        return self.data_dir / "omem.db"

    def __call__(self, *args: str, input: str | None = None, **environ: str) -> Result:
        assert not (self.cwd / ".env").exists()
        with contextlib.chdir(self.cwd):
            return self.runner.invoke(main, list(args), env={**self.env, **environ}, input=input)

    def ok(self, *args: str, **environ: str) -> Result:
        result = self(*args, **environ)
        assert result.exit_code == 0, (result.output, result.exception)
        return result

    def rows(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        """Read the database file directly, independent of omem's connection handling."""
        with contextlib.closing(sqlite3.connect(self.db_path)) as conn:
            return conn.execute(sql, params).fetchall()

    def tables(self) -> set[str]:
        return {
            name
            for (name,) in self.rows("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not str(name).startswith("sqlite_")
        }


@pytest.fixture
def omem(tmp_path: Path) -> Iterator[Omem]:
    """The working directory is an empty temp dir: were OMEM_DATA_DIR ever ignored, the
    default `./data` would land there (never in the repository) and fail the check below."""
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    yield Omem(CliRunner(), cwd, tmp_path / "data")
    assert sorted(cwd.iterdir()) == [], "a CLI test wrote into the working directory"


@pytest.fixture
def migrated(omem: Omem) -> Omem:
    omem.ok("db", "upgrade")
    return omem


def test_db_upgrade_applies_every_migration_when_data_dir_is_empty(omem: Omem) -> None:
    result = omem.ok("db", "upgrade")
    assert result.output.strip() == f"applied: {', '.join(MIGRATIONS)}"
    assert omem.db_path.is_file()
    assert (omem.data_dir / "queue.db").is_file()
    assert [n for (n,) in omem.rows("SELECT name FROM schema_migrations ORDER BY id")] == (
        MIGRATIONS
    )
    assert {"users", "memories", "webhook_events", "api_keys"} <= omem.tables()


def test_db_upgrade_reports_up_to_date_when_run_again(migrated: Omem) -> None:
    result = migrated.ok("db", "upgrade")
    assert result.output.strip() == "database is up to date"
    assert len(migrated.rows("SELECT name FROM schema_migrations")) == len(MIGRATIONS)


def test_db_status_lists_initial_as_applied_when_upgraded(migrated: Omem) -> None:
    lines = migrated.ok("db", "status").output.splitlines()
    assert [line.split()[0] for line in lines] == MIGRATIONS
    initial = lines[0].split(maxsplit=1)
    assert initial[0] == "0001_initial"
    assert initial[1] != "pending"
    assert initial[1][:4].isdigit()  # an applied timestamp


def test_db_status_lists_every_migration_as_pending_when_not_upgraded(omem: Omem) -> None:
    lines = omem.ok("db", "status").output.splitlines()
    assert lines == [f"{name}  pending" for name in MIGRATIONS]


def test_db_downgrade_reverts_the_newest_migration_when_upgraded(migrated: Omem) -> None:
    result = migrated.ok("db", "downgrade")
    assert result.output.strip() == f"reverted: {MIGRATIONS[-1]}"
    status = migrated.ok("db", "status").output.splitlines()
    assert status[-1] == f"{MIGRATIONS[-1]}  pending"
    assert [n for (n,) in migrated.rows("SELECT name FROM schema_migrations ORDER BY id")] == (
        MIGRATIONS[:-1]
    )


def test_db_downgrade_to_initial_drops_every_table_when_upgraded(migrated: Omem) -> None:
    result = migrated.ok("db", "downgrade", "--target", "0001_initial")
    assert result.output.strip() == f"reverted: {', '.join(reversed(MIGRATIONS))}"
    assert migrated.tables() == {schema.HISTORY_TABLE}
    status = migrated.ok("db", "status").output.splitlines()
    assert status == [f"{name}  pending" for name in MIGRATIONS]


def test_db_downgrade_reports_nothing_when_no_migration_is_applied(omem: Omem) -> None:
    assert omem.ok("db", "downgrade").output.strip() == "nothing to revert"


def test_keys_create_prints_the_key_once_when_called(migrated: Omem) -> None:
    result = migrated.ok("keys", "create", "--name", "x", "--scope", "admin")
    header, plaintext = result.output.strip().splitlines()
    assert plaintext.startswith("omem_")
    assert result.output.count(plaintext) == 1
    assert "scopes=admin" in header
    stored = migrated.rows("SELECT name, prefix, key_hash, scopes, revoked_at FROM api_keys")
    assert stored == [
        ("x", plaintext[:12], hashlib.sha256(plaintext.encode()).hexdigest(), "admin", None)
    ]
    with open(migrated.db_path, "rb") as fh:
        assert plaintext.encode() not in fh.read()


def test_keys_list_shows_prefix_but_not_the_key_when_a_key_exists(migrated: Omem) -> None:
    created = migrated.ok("keys", "create", "--name", "x", "--scope", "admin")
    plaintext = created.output.strip().splitlines()[-1]
    listing = migrated.ok("keys", "list").output
    assert plaintext not in listing
    fields = listing.strip().split("\t")
    assert fields[1] == f"{plaintext[:12]}…"
    assert fields[2:5] == ["x", "admin", "active"]


def test_keys_list_says_none_are_stored_when_table_is_empty(migrated: Omem) -> None:
    listing = migrated.ok("keys", "list").output
    assert listing.startswith("no API keys stored")
    assert API_KEY not in listing


def test_keys_revoke_marks_the_key_revoked_when_given_its_id(migrated: Omem) -> None:
    migrated.ok("keys", "create", "--name", "keep")
    migrated.ok("keys", "create", "--name", "drop", "--scope", "tools")
    ((drop_id,),) = migrated.rows("SELECT id FROM api_keys WHERE name = 'drop'")
    result = migrated.ok("keys", "revoke", str(drop_id))
    assert result.output.startswith(f"revoked key {drop_id} ")
    states = {
        line.split("\t")[2]: line.split("\t")[4]
        for line in migrated.ok("keys", "list").output.splitlines()
    }
    assert states == {"keep": "active", "drop": "revoked"}
    assert migrated.rows("SELECT name FROM api_keys WHERE revoked_at IS NOT NULL") == [("drop",)]


def test_keys_revoke_exits_non_zero_when_the_key_is_unknown(migrated: Omem) -> None:
    migrated.ok("keys", "create", "--name", "keep")
    result = migrated("keys", "revoke", "999")
    assert result.exit_code == 1
    assert "No single API key matches" in result.stderr
    assert migrated.rows("SELECT revoked_at FROM api_keys") == [(None,)]


def test_seed_creates_demo_users_once_when_run_twice(migrated: Omem) -> None:
    first = migrated.ok("seed")
    second = migrated.ok("seed")
    assert first.output.splitlines()[0] == f"seeded {len(DEMO_CALLERS)} demo caller(s)"
    assert second.output.splitlines()[0] == "seeded 0 demo caller(s)"
    uids = sorted(uid for (uid,) in migrated.rows("SELECT uid FROM users"))
    assert uids == sorted(str(d["uid"]) for d in DEMO_CALLERS)
    expected_memories = sum(len(d["memories"]) for d in DEMO_CALLERS)
    assert migrated.rows("SELECT COUNT(*) FROM memories") == [(expected_memories,)]
    assert migrated.rows("SELECT COUNT(*) FROM conversations") == [(len(DEMO_CALLERS),)]


def test_reset_empties_the_data_when_in_development(migrated: Omem) -> None:
    migrated.ok("seed")
    migrated.ok("keys", "create", "--name", "x")
    audio = migrated.data_dir / "audio"
    audio.mkdir()
    (audio / "conv_demo_0.mp3").write_bytes(b"ID3")
    result = migrated.ok("reset", "--yes")
    assert result.output.strip() == f"applied: {', '.join(MIGRATIONS)}"
    assert migrated.rows("SELECT COUNT(*) FROM users") == [(0,)]
    assert migrated.rows("SELECT COUNT(*) FROM memories") == [(0,)]
    assert migrated.rows("SELECT COUNT(*) FROM api_keys") == [(0,)]
    assert {"users", "memories", "webhook_events", "api_keys"} <= migrated.tables()
    assert not audio.exists()
    assert (migrated.data_dir / "queue.db").is_file()


def test_reset_aborts_without_deleting_when_not_confirmed(migrated: Omem) -> None:
    migrated.ok("seed")
    with contextlib.chdir(migrated.cwd):
        result = migrated.runner.invoke(main, ["reset"], env=migrated.env, input="n\n")
    assert result.exit_code == 1
    assert "Aborted" in result.output
    assert migrated.rows("SELECT COUNT(*) FROM users") == [(len(DEMO_CALLERS),)]


def test_reset_refuses_and_keeps_the_database_when_in_production(omem: Omem) -> None:
    production: Mapping[str, str] = {"OMEM_ENV": "production"}
    omem.ok("db", "upgrade", **production)
    omem.ok("seed", **production)
    before = omem.db_path.read_bytes()
    result = omem("reset", "--yes", **production)
    assert result.exit_code == 1
    assert "refusing to reset a production database" in result.stderr
    assert omem.db_path.read_bytes() == before
    assert omem.rows("SELECT COUNT(*) FROM users") == [(len(DEMO_CALLERS),)]
    assert not (omem.data_dir / "dev-secrets.json").exists()


def test_cli_exits_2_naming_the_variable_when_config_is_invalid(omem: Omem) -> None:
    result = omem("db", "status", OMEM_WEB_WORKERS="0")
    assert result.exit_code == 2
    assert "OMEM_WEB_WORKERS" in result.stderr
    assert "must be at least 1" in result.stderr
    assert "Traceback" not in result.output
    assert not omem.db_path.exists()


def test_cli_exits_2_listing_missing_secrets_when_production_lacks_them(omem: Omem) -> None:
    result = omem("db", "status", OMEM_ENV="production", OMEM_API_KEYS="", OMEM_SECRET_KEY="")
    assert result.exit_code == 2
    assert "OMEM_API_KEYS is required" in result.stderr
    assert "OMEM_SECRET_KEY is required" in result.stderr
    assert not omem.db_path.exists()


def test_events_requeue_dead_gives_dead_events_fresh_attempts(omem: Omem) -> None:
    omem.ok("db", "upgrade")
    with contextlib.closing(sqlite3.connect(omem.db_path)) as conn, conn:
        conn.execute(
            "INSERT INTO webhook_events (event_type, idempotency_key, conversation_ref, payload,"
            " status, attempts, next_attempt_at, last_error, created_at, updated_at)"
            " VALUES ('post_call_transcription', 'k', 'c', '{}', 'dead', 5, '2026-01-01',"
            " 'boom', '2026-01-01', '2026-01-01')"
        )
    assert "dead=1" in omem.ok("events", "status").output
    assert "re-queued 1 dead event(s)" in omem.ok("events", "requeue-dead").output
    assert omem.rows("SELECT status, attempts FROM webhook_events") == [("pending", 0)]
    with contextlib.closing(sqlite3.connect(omem.data_dir / "queue.db")) as queue:
        assert queue.execute("SELECT COUNT(*) FROM task").fetchone() == (1,)


def test_elevenlabs_tools_prints_json_the_official_sdk_accepts(omem: Omem) -> None:
    import json

    from elevenlabs.types import ToolRequestModel

    output = omem.ok(
        "elevenlabs-tools", "--base-url", "https://omem.example.com", "--secret-id", "sec_1"
    ).output
    tools = json.loads(output)
    assert [t["tool_config"]["name"] for t in tools] == ["memory_query", "memory_store"]
    for tool in tools:
        parsed = ToolRequestModel.model_validate(tool)
        schema = tool["tool_config"]["api_schema"]
        assert schema["url"].startswith("https://omem.example.com/api/v1/tools/")
        assert schema["request_headers"]["Authorization"] == {"secret_id": "sec_1"}
        user_id = schema["request_body_schema"]["properties"]["user_id"]
        assert user_id == {"type": "string", "dynamic_variable": "user_id"}
        assert parsed.tool_config.name == tool["tool_config"]["name"]


def test_seed_embeds_its_memories_and_reembed_then_has_nothing_left(omem: Omem) -> None:
    omem.ok("db", "upgrade")
    assert "embedded" in omem.ok("seed").output
    memories = omem.rows("SELECT COUNT(*) FROM memories")[0][0]
    assert memories > 0
    assert omem.rows("SELECT COUNT(*), MIN(dimension) FROM memory_embeddings") == [(memories, 384)]
    assert "embedded 0 memories" in omem.ok("reembed").output


def test_reencrypt_rewrites_the_seeded_data_under_a_new_first_key(migrated: Omem) -> None:
    migrated.ok("seed")
    before = migrated.rows("SELECT content FROM memories ORDER BY id")
    assert all(value.startswith("gAAAAA") for (value,) in before)  # encrypted at rest
    old_key = migrated.env["OMEM_ENCRYPTION_KEYS"]
    migrated.env["OMEM_ENCRYPTION_KEYS"] = f"{new_fernet_key()},{old_key}"
    output = migrated.ok("reencrypt").output
    assert f"{len(before):>8}  memories.content" in output.splitlines()
    after = migrated.rows("SELECT content FROM memories ORDER BY id")
    assert all(a != b for (a,), (b,) in zip(after, before, strict=True))


def test_demo_finds_the_address_omem_run_serves_while_that_run_is_alive(tmp_path: Path) -> None:
    from omem.config import load_settings
    from omem.demo import record_running
    from omem.demo import running_url

    served = load_settings({"OMEM_DATA_DIR": str(tmp_path), "OMEM_BIND": "0.0.0.0:9123"}, None)
    shell = load_settings({"OMEM_DATA_DIR": str(tmp_path)}, None)  # the demo's own shell
    assert running_url(shell) == "http://127.0.0.1:8000"
    record_running(served, os.getpid())
    assert running_url(shell) == "http://127.0.0.1:9123"
    record_running(served, 2**22 + 12345)  # a run that has ended (no such process)
    assert running_url(shell) == "http://127.0.0.1:8000"


def test_keys_made_on_the_command_line_are_audited_and_exported(migrated: Omem) -> None:
    created = migrated.ok("keys", "create", "--name", "ops")
    key_id = created.output.split()[2]
    migrated.ok("keys", "revoke", key_id)
    lines = migrated.ok("audit", "export").output.splitlines()
    entries = [json.loads(line) for line in lines]
    assert [(e["actor"], e["action"], e["target_ids"]) for e in entries] == [
        ("cli", "key.create", [int(key_id)]),
        ("cli", "key.revoke", [int(key_id)]),
    ]


def test_backup_prints_its_archive_and_rows_and_restore_brings_them_back(
    migrated: Omem,
) -> None:
    migrated.ok("keys", "create", "--name", "before")
    output = migrated.ok("backup").output.splitlines()
    archive = Path(output[0])
    assert archive.parent == migrated.data_dir / "backups" and archive.is_file()
    assert f"{1:>10}  api_keys" in output
    migrated.ok("keys", "create", "--name", "after")

    restored = migrated.ok("restore", str(archive), "--yes").output
    assert f"{1:>10}  api_keys" in restored.splitlines()
    assert migrated.rows("SELECT name FROM api_keys") == [("before",)]
    assert migrated.ok("db", "status").output.count("pending") == 0


def test_backup_to_another_directory_leaves_the_backup_directory_alone(
    migrated: Omem, tmp_path: Path
) -> None:
    archive = Path(migrated.ok("backup", "--to", str(tmp_path / "usb")).output.splitlines()[0])
    assert archive.parent == tmp_path / "usb"
    assert not (migrated.data_dir / "backups").exists()


def test_restore_asks_first_and_changes_nothing_when_declined(migrated: Omem) -> None:
    archive = migrated.ok("backup").output.splitlines()[0]
    migrated.ok("keys", "create", "--name", "after")
    result = migrated("restore", archive, input="n\n")
    assert result.exit_code == 1 and "Replace " in result.output and "Aborted" in result.output
    assert migrated.rows("SELECT name FROM api_keys") == [("after",)]


def test_restore_exits_non_zero_naming_the_key_it_needs_when_the_keys_differ(
    migrated: Omem,
) -> None:
    from omem.crypto import key_fingerprint

    archive = migrated.ok("backup").output.splitlines()[0]
    needed = key_fingerprint(migrated.env["OMEM_ENCRYPTION_KEYS"] or "")
    migrated.env["OMEM_ENCRYPTION_KEYS"] = new_fernet_key()
    result = migrated("restore", archive, "--yes")
    assert result.exit_code == 1
    assert "restore refused" in result.output and needed in result.output


def test_backups_lists_the_archives_of_the_backup_directory_newest_first(
    migrated: Omem,
) -> None:
    first = Path(migrated.ok("backup").output.splitlines()[0])
    older = first.with_name("omem-20260302T030007Z.tar")  # as if taken in March
    first.rename(older)
    output = migrated.ok("backup").output
    second = Path(output.splitlines()[0])
    assert "uploaded" not in output  # no OMEM_BACKUP_S3_URL: no bucket
    lines = [line.split() for line in migrated.ok("backups").output.splitlines()]
    assert [(line[0], line[-1]) for line in lines] == [
        ("local", str(second)),
        ("local", str(older)),
    ]
    assert lines[1][1:3] == ["2026-03-02T03:00:07Z", str(older.stat().st_size)]


def test_restore_exits_2_when_the_archive_is_no_file(migrated: Omem) -> None:
    result = migrated("restore", str(migrated.cwd.parent / "missing.tar"), "--yes")
    assert result.exit_code == 2 and "is not a file" in result.output


def test_restore_exits_non_zero_when_the_file_is_no_backup(migrated: Omem) -> None:
    (migrated.cwd.parent / "notes.tar").write_bytes(b"not a tar file")
    result = migrated("restore", str(migrated.cwd.parent / "notes.tar"), "--yes")
    assert result.exit_code == 1 and "not a readable omem backup archive" in result.output


def _admins(omem: Omem, *args: str, stdin: str) -> Result:
    with contextlib.chdir(omem.cwd):
        return omem.runner.invoke(main, ["admins", *args], env=omem.env, input=stdin)


def test_operators_are_created_listed_re_passworded_and_disabled_from_the_cli(
    migrated: Omem,
) -> None:
    from omem.admin.accounts import check_sign_in
    from omem.db import db

    password = "correct horse battery"
    made = _admins(migrated, "create", "ana", "--role", "admin", stdin=f"{password}\n{password}\n")
    assert made.exit_code == 0, made.output
    assert password not in made.output
    viewer = _admins(migrated, "create", "vic", "--role", "viewer", "--password-stdin",
                     stdin="another long password\n")  # fmt: skip
    assert viewer.exit_code == 0, viewer.output
    listed = migrated.ok("admins", "list").output.splitlines()
    assert [line.split("\t")[:3] for line in listed] == [
        ["ana", "admin", "active"],
        ["vic", "viewer", "active"],
    ]
    (stored,) = migrated.rows("SELECT password_hash FROM operators WHERE name = 'ana'")
    assert str(stored[0]).startswith("scrypt:") and password not in str(stored[0])
    assert _admins(migrated, "set-password", "ana", "--password-stdin",
                   stdin="a brand new password\n").exit_code == 0  # fmt: skip
    assert _admins(migrated, "disable", "vic", stdin="").exit_code == 0
    with db.connection_context():  # the CLI pointed omem's database at its data dir
        assert check_sign_in("ana", password) is None  # the old password
        assert check_sign_in("ana", "a brand new password") is not None
        assert check_sign_in("vic", "another long password") is None  # disabled
        assert check_sign_in("nobody", "a brand new password") is None
    actions = [
        json.loads(line)["action"] for line in migrated.ok("audit", "export").output.splitlines()
    ]
    assert actions == [
        "operator.create",
        "operator.create",
        "operator.set_password",
        "operator.disable",
    ]


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["create", "ana", "--role", "admin", "--password-stdin"], "short\n", "at least 12"),
        (["create", "a b", "--role", "admin", "--password-stdin"], "x" * 12 + "\n", "A name"),
        (["create", "ana", "--role", "admin"], "one long password\nanother one!!\n", "match"),
        (["set-password", "nobody", "--password-stdin"], "x" * 12 + "\n", "No operator"),
    ],
)
def test_operator_commands_refuse_weak_passwords_bad_names_and_unknown_operators(
    migrated: Omem, args: list[str], stdin: str, message: str
) -> None:
    result = _admins(migrated, *args, stdin=stdin)
    assert message in result.output
    assert migrated.rows("SELECT COUNT(*) FROM operators") == [(0,)]


def test_keygen_prints_a_fresh_key_that_the_settings_accept(omem: Omem) -> None:
    first, second = omem.ok("keygen").output.strip(), omem.ok("keygen").output.strip()
    assert first != second
    # A key `keygen` prints is one OMEM_BACKUP_KEYS accepts: a backup bucket is then allowed.
    result = omem.ok(
        "settings", OMEM_BACKUP_KEYS=f"{first},{second}", OMEM_BACKUP_S3_URL="s3://bucket/omem"
    )
    assert "OMEM_BACKUP_KEYS" in result.output


def test_an_s3_url_without_backup_keys_is_refused(omem: Omem) -> None:
    result = omem("settings", OMEM_BACKUP_S3_URL="s3://bucket/omem")
    assert result.exit_code == 2
    assert "OMEM_BACKUP_S3_URL needs OMEM_BACKUP_KEYS" in result.output
    result = omem(
        "settings", OMEM_BACKUP_S3_URL="https://bucket", OMEM_BACKUP_KEYS=new_fernet_key()
    )
    assert result.exit_code == 2
    assert "must look like s3://bucket/prefix" in result.output
