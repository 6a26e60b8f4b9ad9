"""The `omem` command: database, API keys, backups, demo data, reset and `run`.

Commands call the same service functions as the HTTP API; none re-implements them.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import click

from omem import archives
from omem import at_rest
from omem import backup
from omem import callers
from omem import offsite
from omem import restore
from omem import schema
from omem import security
from omem import seed
from omem.admin import accounts
from omem.admin import audit
from omem.agent_setup import tool_configs
from omem.clock import utcnow
from omem.config import ConfigError
from omem.config import Settings
from omem.config import load_settings
from omem.config import new_fernet_key
from omem.config import process_environ
from omem.config import render_env_example
from omem.config import render_markdown_table
from omem.db import db
from omem.db import init_db
from omem.demo import DemoError
from omem.demo import local_url
from omem.demo import record_running
from omem.demo import run_demo
from omem.demo import running_url
from omem.embeddings import get_embedder
from omem.errors import ApiError
from omem.jobs import init_queue
from omem.jobs import requeue_dead_events
from omem.jobs import start_worker
from omem.logs import configure_logging
from omem.memory import snapshots
from omem.memory.store import reembed
from omem.models import SCOPES
from omem.models import Operator
from omem.models import WebhookEvent

ROOT = Path(__file__).resolve().parent.parent
_PR_SET_PDEATHSIG = 1


def _settings(ctx: click.Context) -> Settings:
    settings: Settings = ctx.obj
    return settings


@click.group()
@click.pass_context
def main(ctx: click.Context) -> None:
    """omem: long-term memory for ElevenLabs voice agents."""
    try:
        ctx.obj = load_settings()
    except ConfigError as exc:
        click.echo(str(exc), err=True)
        ctx.exit(2)
    init_db(ctx.obj)
    ctx.call_on_close(db.close_all)  # pooled connections: close them (and the WAL) on exit


@main.group("db")
def db_group() -> None:
    """Create, upgrade and downgrade the database schema."""


@db_group.command("upgrade")
@click.option("--target", default=None, help="Stop after this migration.")
@click.pass_context
def db_upgrade(ctx: click.Context, target: str | None) -> None:
    """Apply pending migrations (also creates the queue's tables)."""
    init_queue(_settings(ctx), create_tables=True)
    with db.connection_context():
        applied = schema.upgrade(target)
        if NAME_INDEX_MIGRATION in applied:  # names stored before caller search existed
            if indexed := callers.reindex_names():
                click.echo(f"indexed the names of {indexed} callers for search")
    click.echo(f"applied: {', '.join(applied)}" if applied else "database is up to date")


NAME_INDEX_MIGRATION = "0009_caller_name_tokens"


@db_group.command("init")
@click.pass_context
def db_init(ctx: click.Context) -> None:
    """Create the database (and the queue's tables): the same as `upgrade` on a new file."""
    ctx.invoke(db_upgrade, target=None)


@db_group.command("downgrade")
@click.option("--target", default=None, help="Revert every migration back through this one.")
def db_downgrade(target: str | None) -> None:
    """Revert the newest migration (or back through --target)."""
    with db.connection_context():
        reverted = schema.downgrade(target)
    click.echo(f"reverted: {', '.join(reverted)}" if reverted else "nothing to revert")


@db_group.command("status")
def db_status() -> None:
    """List migrations and when each was applied."""
    with db.connection_context():
        for name, applied in schema.status():
            click.echo(f"{name}  {applied}")


@main.group("keys")
def keys_group() -> None:
    """Create, list and revoke API keys."""


@keys_group.command("create")
@click.option("--name", required=True, help="What the key is for, e.g. 'elevenlabs-prod'.")
@click.option(
    "--scope",
    "scopes",
    multiple=True,
    type=click.Choice(SCOPES),
    default=("tools", "webhooks"),
    show_default=True,
)
@click.option("--expires-days", type=click.IntRange(min=1), default=None)
def keys_create(name: str, scopes: tuple[str, ...], expires_days: int | None) -> None:
    """Create a key; it is printed once and stored only as a hash."""
    expires = utcnow() + dt.timedelta(days=expires_days) if expires_days else None
    with db.connection_context():
        key, plaintext = security.create_api_key(name, scopes, expires)
        audit.record("key.create", "api_key", [key.id], actor="cli", role="shell")
    click.echo(f"created key {key.id} ({key.prefix}…) scopes={key.scopes}")
    click.echo(plaintext)


def _moment(value: dt.datetime | None) -> str:
    return value.isoformat(timespec="seconds") if value else "never"


@keys_group.command("list")
def keys_list() -> None:
    """List keys (prefix, scopes, state); never the keys themselves."""
    with db.connection_context():
        keys = security.list_api_keys()
    for key in keys:
        state = "revoked" if key.revoked_at else "active"
        if key.revoked_at is None and not key.is_usable(utcnow()):
            state = "expired"
        used = _moment(key.last_used_at)
        click.echo(f"{key.id}\t{key.prefix}…\t{key.name}\t{key.scopes}\t{state}\tlast used {used}")
    if not keys:
        click.echo("no API keys stored (bootstrap keys from OMEM_API_KEYS are not listed)")


@keys_group.command("revoke")
@click.argument("ident")
def keys_revoke(ident: str) -> None:
    """Revoke a key by id or visible prefix."""
    from omem.errors import NotFound

    with db.connection_context():
        try:
            key = security.revoke_api_key(ident)
        except NotFound as exc:
            raise click.ClickException(exc.message) from None
        audit.record("key.revoke", "api_key", [key.id], actor="cli", role="shell")
    click.echo(f"revoked key {key.id} ({key.prefix}…)")


@main.group("admins")
def admins_group() -> None:
    """Console operators: create, list, disable, set a password."""


def _read_password(from_stdin: bool) -> str:
    """From standard input (one line), or prompted twice without echo; never from argv."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    password: str = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    return password


def _accounts_call(action: str, call: Callable[[], Operator]) -> Operator:
    with db.connection_context():
        try:
            operator = call()
        except ApiError as exc:
            raise click.ClickException(exc.message) from None
        audit.record(action, "operator", [operator.id], actor="cli", role="shell")
    return operator


@admins_group.command("create")
@click.argument("name")
@click.option("--role", type=click.Choice(accounts.ROLES), required=True)
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
def admins_create(name: str, role: str, password_stdin: bool) -> None:
    """Create an operator (the password is prompted twice, or read with --password-stdin)."""
    password = _read_password(password_stdin)
    operator = _accounts_call(
        "operator.create", lambda: accounts.create_operator(name, role, password)
    )
    click.echo(f"created operator {operator.name} ({operator.role})")


@admins_group.command("list")
def admins_list() -> None:
    """Operators with role, state and last sign-in (never a password)."""
    with db.connection_context():
        operators = accounts.list_operators()
    for operator in operators:
        state = "disabled" if operator.disabled_at else "active"
        seen = _moment(operator.last_login_at)
        click.echo(f"{operator.name}\t{operator.role}\t{state}\tlast sign-in {seen}")
    if not operators:
        click.echo("no operators yet: omem admins create NAME --role admin")


@admins_group.command("disable")
@click.argument("name")
def admins_disable(name: str) -> None:
    """Disable an operator: they can no longer sign in."""
    _accounts_call("operator.disable", lambda: accounts.disable_operator(name))
    click.echo(f"disabled operator {name}")


@admins_group.command("set-password")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
def admins_set_password(name: str, password_stdin: bool) -> None:
    """Give an operator a new password."""
    password = _read_password(password_stdin)
    _accounts_call("operator.set_password", lambda: accounts.set_password(name, password))
    click.echo(f"set the password of operator {name}")


@main.group("audit")
def audit_group() -> None:
    """The audit log of operator changes."""


@audit_group.command("export")
def audit_export() -> None:
    """Print every audit entry as one JSON object per line, oldest first (ids, never content)."""
    with db.connection_context():
        for entry in audit.entries():
            click.echo(json.dumps(entry))


@main.group("events")
def events_group() -> None:
    """Inspect and re-queue post-call webhook events."""


@events_group.command("status")
def events_status() -> None:
    """Count events by status."""
    with db.connection_context():
        counts = WebhookEvent.counts_by_status()
    click.echo("  ".join(f"{status}={count}" for status, count in counts.items()))


@events_group.command("requeue-dead")
@click.pass_context
def events_requeue_dead(ctx: click.Context) -> None:
    """Give dead events a fresh set of attempts and enqueue them."""
    init_queue(_settings(ctx), create_tables=True)
    click.echo(f"re-queued {requeue_dead_events()} dead event(s)")


@main.command("elevenlabs-tools")
@click.option("--base-url", default=None, help="omem's public URL (default: from OMEM_BIND).")
@click.option(
    "--secret-id",
    default="REPLACE_WITH_WORKSPACE_SECRET_ID",
    show_default=True,
    help="Workspace secret holding 'Bearer <omem API key>'.",
)
@click.pass_context
def elevenlabs_tools(ctx: click.Context, base_url: str | None, secret_id: str) -> None:
    """Print the server-tool JSON for memory-query and memory-store to paste into ElevenLabs."""
    url = base_url or f"http://{_settings(ctx).bind}"
    click.echo(json.dumps(tool_configs(url, secret_id), indent=2))


@main.command("demo")
@click.option(
    "--url",
    default=None,
    help="The running service (default: where `omem run` serves, else from OMEM_BIND).",
)
@click.pass_context
def demo_command(ctx: click.Context, url: str | None) -> None:
    """Post a signed sample call to the running service and show what omem remembers."""
    settings = _settings(ctx)
    try:
        run_demo(url or running_url(settings), settings, click.echo)
    except DemoError as exc:
        raise click.ClickException(str(exc)) from None


@main.command("reembed")
@click.pass_context
def reembed_command(ctx: click.Context) -> None:
    """Embed every memory with the configured embedder (after changing model or provider,
    and once after upgrading to turn vectors)."""
    embedder = get_embedder(_settings(ctx))
    with db.connection_context():
        count = reembed(embedder)
    click.echo(f"embedded {count} memories with {embedder.model}")


@main.command("reencrypt")
@click.pass_context
def reencrypt_command(ctx: click.Context) -> None:
    """Rewrite every encrypted value and audio file under the first OMEM_ENCRYPTION_KEYS key
    (then the other keys can be removed)."""
    with db.connection_context():
        counts = at_rest.reencrypt(_settings(ctx).data_dir)
        # The caller search index is keyed by the first key too: rebuild it under it.
        indexed = callers.reindex_names()
    for name, count in counts.items():
        click.echo(f"{count:>8}  {name}")
    click.echo(f"re-encrypted {sum(counts.values())} values under the first key")
    click.echo(f"re-indexed the names of {indexed} callers for search")


def _echo_counts(counts: dict[str, int]) -> None:
    for table, count in counts.items():
        click.echo(f"{count:>10}  {table}")


@main.command("backup")
@click.option(
    "--to",
    "to_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Write the archive here instead of OMEM_BACKUP_DIR (and prune nothing, upload nothing).",
)
@click.pass_context
def backup_command(ctx: click.Context, to_dir: Path | None) -> None:
    """Back up the database now, while the service runs; prints the archive and its rows.
    With OMEM_BACKUP_S3_URL, the archives the bucket lacks are then uploaded (encrypted)."""
    settings = _settings(ctx)
    configure_logging(settings)  # its log lines on stderr, as the consumer's
    try:
        made = backup.create_backup(settings, to_dir)
    except backup.BackupError as exc:
        raise click.ClickException(f"backup failed: {exc}") from None
    click.echo(str(made.path))
    _echo_counts(made.manifest["tables"])
    if made.offsite_copy is not None:
        copied = made.offsite_copy
        click.echo(f"uploaded {len(copied.uploaded)} archive(s) to {settings.backup_s3_url}")
        if copied.error:
            click.echo(
                f"warning: {len(copied.pending)} archive(s) not copied to the bucket (the "
                f"consumer tries again in 10 minutes): {copied.error}",
                err=True,
            )


@main.command("backups")
@click.pass_context
def backups_command(ctx: click.Context) -> None:
    """List the archives of the backup directory and, with OMEM_BACKUP_S3_URL, of the bucket
    (newest first; the bucket's with the backup key each needs)."""
    settings = _settings(ctx)
    for taken, path in archives.list_backups(settings.backups_path):
        click.echo(f"local  {_moment(taken)}Z  {path.stat().st_size:>12}  {path}")
    try:
        remote = offsite.remote_archives(settings)
    except offsite.OffsiteError as exc:
        raise click.ClickException(f"cannot list the bucket: {exc}") from None
    for archive in remote:
        line = f"s3     {_moment(archive.taken)}Z  {archive.size:>12}  {archive.url}"
        click.echo(f"{line}  backup key {archive.key}")


@main.command("restore")
@click.argument("archive")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.option(
    "--force",
    is_flag=True,
    help="Restore even while omem processes have the database open (then restart them).",
)
@click.pass_context
def restore_command(ctx: click.Context, archive: str, yes: bool, force: bool) -> None:
    """Replace the database with a backup (checked first), then migrate it; prints its rows.

    ARCHIVE is a file, or s3://bucket/prefix/omem-<time>.tar.enc (or …/latest, the newest
    there), downloaded with the OMEM_BACKUP_S3_* settings and decrypted with OMEM_BACKUP_KEYS.
    """
    settings = _settings(ctx)
    configure_logging(settings)
    if not archive.startswith("s3://") and not Path(archive).is_file():
        raise click.BadParameter(f"{archive} is not a file", param_hint="ARCHIVE")
    try:
        with restore.fetched(archive, settings) as path:
            manifest = restore.read_manifest(path)
            if not yes:
                click.confirm(
                    f"Replace {settings.db_path} with the backup taken {manifest['created_at']} "
                    f"(omem {manifest['omem_version']})? What was written since is lost.",
                    abort=True,
                )
            restored = restore.restore_backup(path, settings, force=force)
    except restore.RestoreRefused as exc:
        raise click.ClickException(f"restore refused: {exc}") from None
    for warning in restored.warnings:
        click.echo(f"warning: {warning}", err=True)
    if restored.migrated:
        click.echo(f"applied: {', '.join(restored.migrated)}")
    click.echo(f"restored the backup taken {manifest['created_at']} into {settings.db_path}")
    _echo_counts(restored.counts)


@main.command("keygen")
def keygen_command() -> None:
    """Print a new random key for OMEM_ENCRYPTION_KEYS or OMEM_BACKUP_KEYS (never both)."""
    click.echo(new_fernet_key())


@main.command("settings")
@click.option("--markdown", is_flag=True, help="The README table instead of .env.example.")
def settings_command(markdown: bool) -> None:
    """Print every setting, as `.env.example` or as the README's table."""
    click.echo(render_markdown_table() if markdown else render_env_example(), nl=False)


@main.command("seed")
@click.pass_context
def seed_command(ctx: click.Context) -> None:
    """Add demo callers, calls and memories (embedded, so memory-query finds them)."""
    with db.connection_context():
        created = seed.seed_demo()
    click.echo(f"seeded {created} demo caller(s)")
    ctx.invoke(reembed_command)


@main.command("reset")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_context
def reset(ctx: click.Context, yes: bool) -> None:
    """Delete the database and queue files and recreate an empty schema (not in production)."""
    settings = _settings(ctx)
    if settings.is_production:
        raise click.ClickException("refusing to reset a production database")
    if not yes:
        click.confirm(f"Delete everything in {settings.data_dir}?", abort=True)
    for path in (settings.db_path, settings.queue_path):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.rmtree(settings.data_dir / "audio", ignore_errors=True)
    # Index snapshots describe the database that is gone (omem.memory.snapshots).
    shutil.rmtree(settings.data_dir / snapshots.DIRECTORY, ignore_errors=True)
    ctx.invoke(db_upgrade, target=None)


@main.command("worker")
@click.pass_context
def worker_command(ctx: click.Context) -> None:
    """Run the Huey consumer (SIGINT: finish the task in hand, then exit)."""
    settings = _settings(ctx)
    queue = start_worker(settings)
    consumer = queue.create_consumer(
        workers=settings.queue_workers,
        worker_type="thread",
        initial_delay=0.05,
        max_delay=1.0,
        backoff=1.15,
    )
    consumer.run()


def _die_with_parent(sig: int) -> Callable[[], None]:
    def preexec() -> None:
        # A shell's background job starts with SIGINT ignored, and children inherit that: a
        # Ctrl-C forwarded before the consumer installs its handler would be lost.
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        # If `omem run` is killed outright, its children still get their stop signal.
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, sig)

    return preexec


def _print_banner(settings: Settings) -> None:
    base = local_url(settings.bind)
    click.echo(f"omem is starting on {base}")
    for label, path in (
        ("health", "/health"),
        ("API docs", "/docs"),
        ("OpenAPI", "/openapi.json"),
        ("metrics", "/metrics"),
    ):
        click.echo(f"  {label:9} {base}{path}")
    click.echo(f"  data      {settings.data_dir}")
    if settings.generated_secrets:
        click.echo(f"development secrets ({settings.data_dir / 'dev-secrets.json'}):")
        if "OMEM_API_KEYS" in settings.generated_secrets:
            click.echo(f"  API key         {settings.api_keys[0]}")
        if "OMEM_ELEVENLABS_WEBHOOK_SECRETS" in settings.generated_secrets:
            click.echo(f"  webhook secret  {settings.webhook_secrets[0]}")
    click.echo("Press Ctrl-C to stop.")


@main.command("run")
@click.pass_context
def run(ctx: click.Context) -> None:
    """Migrate, then run gunicorn and the Huey consumer until Ctrl-C/SIGTERM."""
    settings = _settings(ctx)
    ctx.invoke(db_upgrade, target=None)
    metrics_dir = settings.data_dir / "metrics"
    shutil.rmtree(metrics_dir, ignore_errors=True)
    metrics_dir.mkdir(parents=True)
    env = process_environ(
        {
            "OPENBLAS_NUM_THREADS": "1",  # the consumer too: one BLAS thread per process
            "PROMETHEUS_MULTIPROC_DIR": str(metrics_dir),
            "PYTHONPATH": str(ROOT),
            "OMEM_DATA_DIR": str(settings.data_dir),
        }
    )
    web = subprocess.Popen(  # noqa: S603 - fixed argv, no shell
        [sys.executable, "-m", "gunicorn", "-c", str(ROOT / "gunicorn.conf.py")],
        env=env,
        process_group=0,
        preexec_fn=_die_with_parent(signal.SIGTERM),
    )
    worker = subprocess.Popen(  # noqa: S603 - fixed argv, no shell
        [sys.executable, "-m", "omem.cli", "worker"],
        env=env,
        process_group=0,
        preexec_fn=_die_with_parent(signal.SIGINT),
    )
    running = record_running(settings, os.getpid())
    _print_banner(settings)
    try:
        code = _supervise(web, worker)
    finally:
        running.unlink(missing_ok=True)
    sys.exit(code)


def _supervise(web: subprocess.Popen[Any], worker: subprocess.Popen[Any]) -> int:
    """Wait; on Ctrl-C/SIGTERM stop gunicorn with SIGTERM and the consumer with SIGINT
    (Huey's graceful stop: it finishes the task in hand)."""
    stopping: list[int] = []

    def stop(signum: int, _: FrameType | None) -> None:
        if not stopping:
            click.echo("stopping omem (waiting for the task in hand)…", err=True)
            web.send_signal(signal.SIGTERM)
            worker.send_signal(signal.SIGINT)
        elif signum == signal.SIGTERM or len(stopping) > 1:
            worker.send_signal(signal.SIGTERM)  # second request: stop now
        stopping.append(signum)

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    while web.poll() is None and worker.poll() is None:
        time.sleep(0.2)
    unexpected = not stopping
    if unexpected:  # one child died on its own: take the other down too
        click.echo("a process exited unexpectedly; stopping the other", err=True)
        stop(signal.SIGTERM, None)
    web.wait()
    worker.wait()
    return 1 if unexpected else 0


if __name__ == "__main__":
    main()
