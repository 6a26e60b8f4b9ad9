"""Every omem setting, declared once: name, type, default, help, secrecy, production rule.

`load_settings(environ)` is the only reader of the environment in the package. It never
imports Flask; it may write the development-secrets file under the data directory.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import json
import math
import os
import re
import secrets
import tempfile
from collections.abc import Callable
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from dotenv import dotenv_values

ENVIRONMENTS = ("development", "production")
WEB_WORKERS = ("buffered", "sync", "gthread")
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]", "::1")
DEV_SECRETS_FILE = "dev-secrets.json"


class ConfigError(Exception):
    """Raised once, listing every missing or invalid setting."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(
            "omem cannot start; fix these settings:\n" + "\n".join(f"  - {p}" for p in problems)
        )


def _setting(
    env: str,
    default: Any,
    help: str,
    kind: str = "str",
    *,
    secret: bool = False,
    production_required: bool = False,
    choices: tuple[str, ...] = (),
    minimum: float | None = None,
    maximum: float | None = None,
) -> Any:
    meta = {
        "env": env,
        "help": help,
        "kind": kind,
        "secret": secret,
        "production_required": production_required,
        "choices": choices,
        "minimum": minimum,
        "maximum": maximum,
        "default": default,
    }
    return dataclasses.field(default=default, metadata=meta)


@dataclasses.dataclass(frozen=True)
class Settings:
    env: str = _setting(
        "OMEM_ENV",
        "development",
        "`development` or `production` (secrets become mandatory).",
        "choice",
        choices=ENVIRONMENTS,
    )
    data_dir: Path = _setting(
        "OMEM_DATA_DIR",
        Path("./data"),
        "Directory for the database, the queue, audio files and development secrets.",
        "path",
    )
    bind: str = _setting(
        "OMEM_BIND", "127.0.0.1:8000", "Address gunicorn listens on (`host:port`).", "bind"
    )
    web_workers: int = _setting(
        "OMEM_WEB_WORKERS",
        4,
        "Gunicorn worker processes (about 2 per CPU core).",
        "int",
        minimum=1,
        maximum=64,
    )
    web_worker: str = _setting(
        "OMEM_WEB_WORKER",
        "buffered",
        "How gunicorn reads requests: `buffered` (an event loop per worker reads each request "
        "in full before the app runs, so slow clients cost nothing), `sync` or `gthread` "
        "(the worker reads the request itself: only behind a buffering proxy such as nginx, "
        "or on a loopback address).",
        "choice",
        choices=WEB_WORKERS,
    )
    web_threads: int = _setting(
        "OMEM_WEB_THREADS",
        4,
        "Threads per gunicorn worker with OMEM_WEB_WORKER=gthread.",
        "int",
        minimum=1,
        maximum=64,
    )
    body_timeout_secs: float = _setting(
        "OMEM_BODY_TIMEOUT_SECS",
        10.0,
        "With the buffered worker: a request body not complete this long after its headers "
        "is answered 408 (s).",
        "float",
        minimum=0.5,
        maximum=300,
    )
    queue_workers: int = _setting(
        "OMEM_QUEUE_WORKERS", 2, "Huey consumer worker threads.", "int", minimum=1, maximum=32
    )
    queue_nice: int = _setting(
        "OMEM_QUEUE_NICE",
        10,
        "CPU niceness the consumer adds to itself: extraction yields the CPU to requests "
        "(0 keeps the same priority as the web workers).",
        "int",
        minimum=0,
        maximum=19,
    )
    log_level: str = _setting(
        "OMEM_LOG_LEVEL",
        "INFO",
        "Log level.",
        "choice",
        choices=("DEBUG", "INFO", "WARNING", "ERROR"),
    )
    log_format: str = _setting(
        "OMEM_LOG_FORMAT",
        "auto",
        "`json`, `console`, or `auto` (JSON in production, readable in development).",
        "choice",
        choices=("auto", "json", "console"),
    )
    slow_request_ms: int = _setting(
        "OMEM_SLOW_REQUEST_MS",
        1000,
        "Requests slower than this are logged as `slow_request`.",
        "int",
        minimum=1,
        maximum=600_000,
    )
    max_body_mb: int = _setting(
        "OMEM_MAX_BODY_MB",
        64,
        "Largest request body accepted (MiB); post-call audio payloads are large.",
        "int",
        minimum=1,
        maximum=1024,
    )
    db_busy_timeout_ms: int = _setting(
        "OMEM_DB_BUSY_TIMEOUT_MS",
        5000,
        "How long a SQLite writer waits for the lock (ms).",
        "int",
        minimum=100,
        maximum=600_000,
    )
    db_cache_mb: int = _setting(
        "OMEM_DB_CACHE_MB",
        64,
        "SQLite page cache per connection (MiB).",
        "int",
        minimum=1,
        maximum=4096,
    )
    db_mmap_mb: int = _setting(
        "OMEM_DB_MMAP_MB",
        256,
        "SQLite memory-mapped I/O size (MiB, 0 disables).",
        "int",
        minimum=0,
        maximum=65_536,
    )
    api_keys: tuple[str, ...] = _setting(
        "OMEM_API_KEYS",
        (),
        "Comma-separated bootstrap API keys (all scopes), sent as `Authorization: Bearer <key>`.",
        "list",
        secret=True,
        production_required=True,
    )
    webhook_secrets: tuple[str, ...] = _setting(
        "OMEM_ELEVENLABS_WEBHOOK_SECRETS",
        (),
        "Comma-separated ElevenLabs post-call webhook signing secrets (several for rotation).",
        "list",
        secret=True,
        production_required=True,
    )
    encryption_keys: tuple[str, ...] = _setting(
        "OMEM_ENCRYPTION_KEYS",
        (),
        "Comma-separated Fernet keys for data at rest; the first encrypts, all decrypt.",
        "fernet_list",
        secret=True,
        production_required=True,
    )
    secret_key: str = _setting(
        "OMEM_SECRET_KEY",
        "",
        "Flask secret key (admin sessions, CSRF); 32+ characters.",
        "str",
        secret=True,
        production_required=True,
        minimum=32,
    )
    default_region: str = _setting(
        "OMEM_DEFAULT_REGION",
        "US",
        "Region (ISO 3166 alpha-2) for caller IDs written without a country code.",
        "region",
    )
    signature_tolerance_secs: int = _setting(
        "OMEM_SIGNATURE_TOLERANCE_SECS",
        1800,
        "Oldest accepted post-call signature timestamp (s), as ElevenLabs' SDK.",
        "int",
        minimum=1,
        maximum=86_400,
    )
    signature_future_secs: int = _setting(
        "OMEM_SIGNATURE_FUTURE_SECS",
        300,
        "How far in the future a signature timestamp may be (s, clock skew).",
        "int",
        minimum=0,
        maximum=3600,
    )
    rate_limits_enabled: bool = _setting(
        "OMEM_RATE_LIMITS_ENABLED",
        True,
        "Enforce the per-key rate limits below (`false` only for development).",
        "bool",
    )
    rate_limit_tools: str = _setting(
        "OMEM_RATE_LIMIT_TOOLS",
        "100/minute",
        "Requests per API key (per client IP without a valid key) to `/api/v1/tools/*`, "
        "e.g. `100/minute` or `10/5 seconds`.",
        "rate",
    )
    rate_limit_webhooks: str = _setting(
        "OMEM_RATE_LIMIT_WEBHOOKS",
        "200/minute",
        "Requests per API key (per client IP for post-call and without a valid key) to "
        "`/api/v1/webhooks/*`.",
        "rate",
    )
    console_idle_minutes: int = _setting(
        "OMEM_CONSOLE_IDLE_MINUTES",
        30,
        "A console session ends after this many minutes without a request.",
        "int",
        minimum=1,
        maximum=24 * 60,
    )
    console_session_hours: int = _setting(
        "OMEM_CONSOLE_SESSION_HOURS",
        12,
        "A console session ends this many hours after sign-in, however active.",
        "int",
        minimum=1,
        maximum=24 * 30,
    )
    sign_in_failures_account: str = _setting(
        "OMEM_SIGN_IN_FAILURES_ACCOUNT",
        "5/15 minutes",
        "Failed console sign-ins per account name before it is locked for the rest of the "
        "window (from the third failure on, each try must also wait 2, 4, 8... seconds).",
        "rate",
    )
    sign_in_failures_address: str = _setting(
        "OMEM_SIGN_IN_FAILURES_ADDRESS",
        "20/15 minutes",
        "Failed console sign-ins per client address before it is locked for the rest of "
        "the window.",
        "rate",
    )
    cors_origins: tuple[str, ...] = _setting(
        "OMEM_CORS_ORIGINS",
        (),
        "Comma-separated browser origins allowed to call the API (CORS); empty: none, "
        "as everything is server to server.",
        "list",
    )
    trusted_proxies: int = _setting(
        "OMEM_TRUSTED_PROXIES",
        0,
        "Reverse proxies in front of omem whose `X-Forwarded-For` names the client IP "
        "(0: use the connection's address).",
        "int",
        minimum=0,
        maximum=5,
    )
    store_audio: bool = _setting(
        "OMEM_STORE_AUDIO",
        True,
        "Keep post-call audio as files under the data directory (`false` drops it).",
        "bool",
    )
    event_max_attempts: int = _setting(
        "OMEM_EVENT_MAX_ATTEMPTS",
        5,
        "Attempts before a webhook event is marked dead.",
        "int",
        minimum=1,
        maximum=50,
    )
    retry_unit_secs: float = _setting(
        "OMEM_RETRY_UNIT_SECS",
        1.0,
        "Backoff unit: attempt n waits unit x 2^n seconds (shorten only in tests).",
        "float",
        minimum=0.001,
        maximum=3600,
    )
    event_lease_secs: int = _setting(
        "OMEM_EVENT_LEASE_SECS",
        300,
        "An event `processing` (or a lifecycle job's lease) held longer than this is presumed "
        "abandoned and taken over (s).",
        "int",
        minimum=1,
        maximum=86_400,
    )
    lifecycle_interval_hours: float = _setting(
        "OMEM_LIFECYCLE_INTERVAL_HOURS",
        6.0,
        "How often the consumer runs the lifecycle jobs: decay and archival, consolidation, "
        "guest expiry, retention, vectors (h).",
        "float",
        minimum=0.0001,
        maximum=720,
    )
    lifecycle_batch: int = _setting(
        "OMEM_LIFECYCLE_BATCH",
        500,
        "Rows a lifecycle job reads per transaction (each batch commits with its cursor).",
        "int",
        minimum=1,
        maximum=100_000,
    )
    salience_floor: float = _setting(
        "OMEM_SALIENCE_FLOOR",
        0.5,
        "Decay never takes a memory the caller asked to store (memory-store) below this.",
        "float",
        minimum=0.0,
        maximum=1.0,
    )
    archive_after_days: float = _setting(
        "OMEM_ARCHIVE_AFTER_DAYS",
        180.0,
        "A memory not reinforced for this long and below OMEM_ARCHIVE_BELOW is archived.",
        "float",
        minimum=1,
        maximum=36_500,
    )
    archive_below: float = _setting(
        "OMEM_ARCHIVE_BELOW",
        0.3,
        "Salience under which an old memory is archived (0 archives nothing).",
        "float",
        minimum=0.0,
        maximum=1.0,
    )
    consolidate_threshold: float = _setting(
        "OMEM_CONSOLIDATE_THRESHOLD",
        0.95,
        "Cosine at or above which two stored memories of a caller are merged into one.",
        "float",
        minimum=0.5,
        maximum=1.0,
    )
    memory_retention_days: float = _setting(
        "OMEM_MEMORY_RETENTION_DAYS",
        0.0,
        "Memories not said again for this long are deleted for good (0: kept; a policy, off).",
        "float",
        minimum=0,
        maximum=36_500,
    )
    guest_retention_days: float = _setting(
        "OMEM_GUEST_RETENTION_DAYS",
        30.0,
        "A guest caller with no calls and no memories is removed after this long (0: never).",
        "float",
        minimum=0,
        maximum=36_500,
    )
    backup_dir: Path | None = _setting(
        "OMEM_BACKUP_DIR",
        None,
        "Directory for backup archives (empty: `<OMEM_DATA_DIR>/backups`); best on another "
        "disk than the data directory.",
        "path",
    )
    backup_interval_hours: float = _setting(
        "OMEM_BACKUP_INTERVAL_HOURS",
        24.0,
        "How often the consumer backs up the database (h; 0: never, `omem backup` only).",
        "float",
        minimum=0,
        maximum=720,
    )
    backup_keep_daily: int = _setting(
        "OMEM_BACKUP_KEEP_DAILY",
        7,
        "Backups kept for the most recent days that have one: the newest of each day.",
        "int",
        minimum=0,
        maximum=3650,
    )
    backup_keep_weekly: int = _setting(
        "OMEM_BACKUP_KEEP_WEEKLY",
        4,
        "Backups kept for the most recent ISO weeks that have one: the newest of each week.",
        "int",
        minimum=0,
        maximum=520,
    )
    backup_s3_url: str = _setting(
        "OMEM_BACKUP_S3_URL",
        "",
        "Off-host copies of each backup: `s3://bucket/prefix` on any S3-compatible store "
        "(empty: none). Uploaded encrypted with OMEM_BACKUP_KEYS, pruned like local ones.",
    )
    backup_s3_endpoint: str = _setting(
        "OMEM_BACKUP_S3_ENDPOINT",
        "",
        "The S3 API's URL for MinIO, R2, B2 and the like (empty: AWS S3 of the region).",
    )
    backup_s3_region: str = _setting(
        "OMEM_BACKUP_S3_REGION",
        "us-east-1",
        "The bucket's region (R2: `auto`).",
    )
    backup_s3_access_key_id: str = _setting(
        "OMEM_BACKUP_S3_ACCESS_KEY_ID",
        "",
        "Access key of the bucket (empty: boto3's own chain: environment, instance role).",
        secret=True,
    )
    backup_s3_secret_access_key: str = _setting(
        "OMEM_BACKUP_S3_SECRET_ACCESS_KEY",
        "",
        "Secret of OMEM_BACKUP_S3_ACCESS_KEY_ID.",
        secret=True,
    )
    backup_keys: tuple[str, ...] = _setting(
        "OMEM_BACKUP_KEYS",
        (),
        "Comma-separated keys (as `omem keygen` prints) that encrypt off-host backups; the "
        "first encrypts, all decrypt. Required with OMEM_BACKUP_S3_URL; keep a copy away from "
        "the bucket.",
        "fernet_list",
        secret=True,
    )
    elevenlabs_api_key: str = _setting(
        "OMEM_ELEVENLABS_API_KEY",
        "",
        "ElevenLabs API key (conversation read access) for the reconciliation job that fetches "
        "calls whose post-call webhook never arrived (empty: the job is off).",
        secret=True,
    )
    elevenlabs_base_url: str = _setting(
        "OMEM_ELEVENLABS_BASE_URL",
        "https://api.elevenlabs.io",
        "ElevenLabs API base URL (EU residency: https://api.eu.residency.elevenlabs.io).",
    )
    reconcile_interval_minutes: float = _setting(
        "OMEM_RECONCILE_INTERVAL_MINUTES",
        15.0,
        "How often the consumer looks for missed calls, with OMEM_ELEVENLABS_API_KEY set "
        "(min; 0: never).",
        "float",
        minimum=0,
        maximum=10_080,
    )
    reconcile_lookback_hours: float = _setting(
        "OMEM_RECONCILE_LOOKBACK_HOURS",
        48.0,
        "How far back each reconciliation run lists conversations (h).",
        "float",
        minimum=1,
        maximum=720,
    )
    reconcile_agent_ids: tuple[str, ...] = _setting(
        "OMEM_RECONCILE_AGENT_IDS",
        (),
        "Comma-separated agent ids to reconcile (empty: every agent the API key can see).",
        "list",
    )
    init_budget_ms: int = _setting(
        "OMEM_INIT_BUDGET_MS",
        1500,
        "Conversation-init waits at most this long for a database lock before answering with a "
        "minimal guest payload (ms).",
        "int",
        minimum=50,
        maximum=10_000,
    )
    init_first_message: str = _setting(
        "OMEM_INIT_FIRST_MESSAGE",
        "",
        "If set, returning callers get a `first_message` override from this template "
        "(`{user_name}`); the agent must allow that override.",
    )
    dedupe_threshold: float = _setting(
        "OMEM_DEDUPE_THRESHOLD",
        0.95,
        "Cosine at or above which a new memory reinforces an existing one instead.",
        "float",
        minimum=0.5,
        maximum=1.0,
    )
    link_threshold: float = _setting(
        "OMEM_LINK_THRESHOLD",
        0.8,
        "Cosine above which memories are linked.",
        "float",
        minimum=0.0,
        maximum=1.0,
    )
    keyword_weight: float = _setting(
        "OMEM_KEYWORD_WEIGHT",
        0.5,
        "Weight of the keyword (BM25) leg in the hybrid blend; the rest is the vector leg.",
        "float",
        minimum=0.0,
        maximum=1.0,
    )
    min_similarity: float = _setting(
        "OMEM_MIN_SIMILARITY",
        0.2,
        "Cosine below which a memory sharing no keyword with the query is not returned.",
        "float",
        minimum=-1.0,
        maximum=1.0,
    )
    recency_half_life_days: float = _setting(
        "OMEM_RECENCY_HALF_LIFE_DAYS",
        30.0,
        "Half-life of the recency term in ranking (days since the call a memory came from).",
        "float",
        minimum=0.1,
        maximum=3650,
    )
    embedder: str = _setting(
        "OMEM_EMBEDDER",
        "local",
        "`local` (MiniLM int8 ONNX, offline, English), `multilingual` (multilingual-e5-small "
        "4-bit, offline, ~100 languages) or `openai` (OpenAI-compatible embeddings). After a "
        "change run `omem reembed`.",
        "choice",
        choices=("local", "multilingual", "openai"),
    )
    extractor: str = _setting(
        "OMEM_EXTRACTOR",
        "offline",
        "`offline` (deterministic, no network) or `llm` (OpenAI-compatible chat model).",
        "choice",
        choices=("offline", "llm"),
    )
    llm_base_url: str = _setting(
        "OMEM_LLM_BASE_URL",
        "",
        "Base URL of an OpenAI-compatible server (empty: OpenAI's own).",
        "str",
    )
    llm_api_key: str = _setting(
        "OMEM_LLM_API_KEY", "", "API key for the LLM / embeddings server.", "str", secret=True
    )
    llm_model: str = _setting("OMEM_LLM_MODEL", "gpt-4o-mini", "Chat model for extraction.")
    memory_language: str = _setting(
        "OMEM_MEMORY_LANGUAGE",
        "",
        "With the LLM extractor: write every memory in this language (ISO 639-1, e.g. `en`); "
        "empty keeps each memory in its call's language.",
    )
    agent_languages: tuple[str, ...] = _setting(
        "OMEM_AGENT_LANGUAGES",
        (),
        "Comma-separated `agent_id=language` pairs (e.g. `agent_123=es`): the language omem "
        "frames init's memory context and memory-query summaries in for that agent (else the "
        "caller's latest call's language).",
        "list",
    )
    llm_timeout_secs: float = _setting(
        "OMEM_LLM_TIMEOUT_SECS",
        20.0,
        "Timeout of one LLM / embeddings request (s).",
        "float",
        minimum=0.1,
        maximum=600,
    )
    query_llm_timeout_secs: float = _setting(
        "OMEM_QUERY_LLM_TIMEOUT_SECS",
        1.5,
        "Timeout of a call to the LLM / embeddings endpoint while a caller waits (memory-query's "
        "embedding and summary), one try (s): past it, keywords and an extractive summary.",
        "float",
        minimum=0.1,
        maximum=60,
    )
    llm_retries: int = _setting(
        "OMEM_LLM_RETRIES",
        2,
        "Retries (with backoff) of a failed LLM request.",
        "int",
        minimum=0,
        maximum=10,
    )
    breaker_failures: int = _setting(
        "OMEM_BREAKER_FAILURES",
        5,
        "Consecutive LLM/embedding failures that open the circuit breaker.",
        "int",
        minimum=1,
        maximum=100,
    )
    breaker_reset_secs: float = _setting(
        "OMEM_BREAKER_RESET_SECS",
        30.0,
        "How long an open breaker refuses calls before letting one through (s).",
        "float",
        minimum=0.1,
        maximum=3600,
    )
    embedding_model: str = _setting(
        "OMEM_EMBEDDING_MODEL",
        "text-embedding-3-small",
        "Embeddings model when OMEM_EMBEDDER=openai.",
    )
    embedding_dimension: int = _setting(
        "OMEM_EMBEDDING_DIMENSION",
        1536,
        "Vector size of OMEM_EMBEDDING_MODEL.",
        "int",
        minimum=8,
        maximum=8192,
    )
    metrics_dir: str = _setting(
        "PROMETHEUS_MULTIPROC_DIR",
        "",
        "Set by `omem run`/gunicorn.conf.py for multi-process metrics; leave unset.",
    )
    consumer_metrics_dir: str = _setting(
        "OMEM_CONSUMER_METRICS_DIR",
        "",
        "The consumer's PROMETHEUS_MULTIPROC_DIR when it is not the web's (the Ansible units "
        "give each its own); /metrics adds its samples. Leave unset with `omem run`.",
    )
    generated_secrets: tuple[str, ...] = dataclasses.field(default=(), compare=False)

    @property
    def is_production(self) -> bool:
        return self.env == "production"

    @property
    def db_path(self) -> Path:
        return self.data_dir / "omem.db"

    @property
    def queue_path(self) -> Path:
        return self.data_dir / "queue.db"

    @property
    def ratelimit_path(self) -> Path:
        return self.data_dir / "ratelimit.db"

    @property
    def agent_language(self) -> dict[str, str]:
        """OMEM_AGENT_LANGUAGES as agent id -> language code."""
        pairs = (pair.partition("=") for pair in self.agent_languages)
        return {agent.strip(): lang.strip().lower() for agent, _, lang in pairs}

    @property
    def backups_path(self) -> Path:
        """Where backup archives go: OMEM_BACKUP_DIR, else `<data_dir>/backups`."""
        return self.backup_dir or self.data_dir / "backups"

    @property
    def json_logs(self) -> bool:
        return self.log_format == "json" or (self.log_format == "auto" and self.is_production)

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)


def declared() -> list[dataclasses.Field[Any]]:
    """The declared settings, in order (used by docs checks and the CLI)."""
    return [f for f in dataclasses.fields(Settings) if "env" in f.metadata]


def _parse_int(raw: str, meta: Mapping[str, Any]) -> int:
    value = int(raw.strip())
    _check_range(value, meta)
    return value


def _check_range(value: float, meta: Mapping[str, Any]) -> None:
    lo, hi = meta["minimum"], meta["maximum"]
    if lo is not None and value < lo:
        raise ValueError(f"must be at least {lo}")
    if hi is not None and value > hi:
        raise ValueError(f"must be at most {hi}")


def _parse_float(raw: str, meta: Mapping[str, Any]) -> float:
    value = float(raw.strip())
    if not math.isfinite(value):
        raise ValueError("must be a finite number")
    _check_range(value, meta)
    return value


def _parse_bool(raw: str, meta: Mapping[str, Any]) -> bool:
    value = raw.strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise ValueError("must be true or false")


def _parse_region(raw: str, meta: Mapping[str, Any]) -> str:
    value = raw.strip().upper()
    if len(value) != 2 or not value.isalpha():
        raise ValueError("must be a two-letter region code such as US or GB")
    return value


def _parse_choice(raw: str, meta: Mapping[str, Any]) -> str:
    value = raw.strip()
    if value not in meta["choices"]:
        raise ValueError(f"must be one of {', '.join(meta['choices'])}")
    return value


def _parse_list(raw: str, meta: Mapping[str, Any]) -> tuple[str, ...]:
    return tuple(item.strip() for item in raw.split(",") if item.strip())


def _parse_fernet_list(raw: str, meta: Mapping[str, Any]) -> tuple[str, ...]:
    keys = _parse_list(raw, meta)
    for index, key in enumerate(keys, start=1):
        try:
            ok = len(base64.urlsafe_b64decode(key.encode("ascii"))) == 32
        except (binascii.Error, ValueError):
            ok = False
        if not ok:
            raise ValueError(f"key #{index} is not a Fernet key (urlsafe base64 of 32 bytes)")
    return keys


def _parse_str(raw: str, meta: Mapping[str, Any]) -> str:
    value = raw.strip()
    if meta["minimum"] is not None and value and len(value) < meta["minimum"]:
        raise ValueError(f"must be at least {meta['minimum']} characters")
    return value


# The subset of the `limits` notation we accept: one `<count>/<unit>` or
# `<count>/<n> <unit>s` ("per" works for "/"); checked here so a typo is a ConfigError.
_RATE = re.compile(r"(\d+)\s*(?:/|\s+per\s+)\s*(?:(\d+)\s+)?(second|minute|hour|day)s?")


def _parse_rate(raw: str, meta: Mapping[str, Any]) -> str:
    match = _RATE.fullmatch(raw.strip().lower())
    if match is None or int(match[1]) < 1 or (match[2] is not None and int(match[2]) < 1):
        raise ValueError("must look like 100/minute or 10/5 seconds (second, minute, hour, day)")
    count, multiple, unit = int(match[1]), match[2], match[3]
    return f"{count}/{int(multiple)} {unit}s" if multiple else f"{count}/{unit}"


def _parse_bind(raw: str, meta: Mapping[str, Any]) -> str:
    host, sep, port = raw.strip().rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError("must look like host:port, e.g. 127.0.0.1:8000")
    return raw.strip()


_PARSERS: dict[str, Callable[[str, Mapping[str, Any]], Any]] = {
    "str": _parse_str,
    "int": _parse_int,
    "float": _parse_float,
    "bool": _parse_bool,
    "region": _parse_region,
    "choice": _parse_choice,
    "list": _parse_list,
    "fernet_list": _parse_fernet_list,
    "bind": _parse_bind,
    "rate": _parse_rate,
    "path": lambda raw, meta: Path(raw.strip()),
}


def new_fernet_key() -> str:
    return base64.urlsafe_b64encode(secrets.token_bytes(32)).decode("ascii")


def _generate_dev_secrets() -> dict[str, Any]:
    return {
        "OMEM_API_KEYS": "omem_dev_" + secrets.token_urlsafe(24),
        "OMEM_ELEVENLABS_WEBHOOK_SECRETS": "wsec_dev_" + secrets.token_urlsafe(24),
        "OMEM_ENCRYPTION_KEYS": new_fernet_key(),
        "OMEM_SECRET_KEY": secrets.token_urlsafe(48),
    }


def _read_dev_secrets(path: Path) -> dict[str, str]:
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        return {name: str(stored[name]) for name in _generate_dev_secrets()}
    except (OSError, ValueError, KeyError, TypeError):
        raise ConfigError(
            [f"{path} is not a complete secrets file; delete it to regenerate"]
        ) from None


def _dev_secrets(data_dir: Path) -> dict[str, str]:
    """Read, or create once, the development secrets file (shared by every process)."""
    path = data_dir / DEV_SECRETS_FILE
    if path.exists():
        return _read_dev_secrets(path)
    data_dir.mkdir(parents=True, exist_ok=True)
    values = _generate_dev_secrets()
    # Written whole to a temp file, then linked into place: link() fails if another process
    # won the race, and nobody ever reads a half-written file.
    with tempfile.NamedTemporaryFile("w", dir=data_dir, delete=False, encoding="utf-8") as fh:
        json.dump(values, fh, indent=2)
        fh.flush()
        os.fsync(fh.fileno())
    try:
        os.chmod(fh.name, 0o600)
        os.link(fh.name, path)
    except FileExistsError:
        return _read_dev_secrets(path)
    finally:
        os.unlink(fh.name)
    return values


def load_settings(
    environ: Mapping[str, str] | None = None, env_file: str | Path | None = ".env"
) -> Settings:
    """Build `Settings` from the environment (plus `.env` outside production).

    Collects every problem and raises one `ConfigError`. In development, missing secrets come
    from (or are generated into) `<data_dir>/dev-secrets.json`; `generated_secrets` names them.
    """
    source: dict[str, str] = dict(os.environ if environ is None else environ)
    if env_file is not None and source.get("OMEM_ENV", "").strip() != "production":
        file_values = dotenv_values(env_file) if Path(env_file).exists() else {}
        for key, value in file_values.items():
            if value is not None:
                source.setdefault(key, value)

    problems: list[str] = []
    values: dict[str, Any] = {}
    for field in declared():
        meta = field.metadata
        raw = source.get(meta["env"])
        if raw is None or raw.strip() == "":
            continue
        try:
            values[field.name] = _PARSERS[meta["kind"]](raw, meta)
        except ValueError as exc:
            shown = "(hidden)" if meta["secret"] else repr(raw)
            problems.append(f"{meta['env']}={shown}: {exc}")

    values["data_dir"] = Path(values.get("data_dir", Settings.data_dir)).resolve()
    if values.get("backup_dir") is not None:
        values["backup_dir"] = Path(values["backup_dir"]).resolve()
    env = values.get("env", "development")
    invalid = {problem.split("=", 1)[0] for problem in problems}
    missing = [
        f
        for f in declared()
        if f.metadata["production_required"]
        and not values.get(f.name)
        and f.metadata["env"] not in invalid
    ]
    generated: list[str] = []
    if env == "production":
        problems.extend(
            f"{f.metadata['env']} is required when OMEM_ENV=production" for f in missing
        )
    elif missing and not problems:
        stored = _dev_secrets(values["data_dir"])
        for field in missing:
            name = field.metadata["env"]
            values[field.name] = _PARSERS[field.metadata["kind"]](stored[name], field.metadata)
            generated.append(name)
    problems.extend(_cross_checks(values))
    if problems:
        raise ConfigError(problems)
    return Settings(**values, generated_secrets=tuple(generated))


def _cross_checks(values: Mapping[str, Any]) -> list[str]:
    """Rules between settings, once each value is valid on its own."""
    problems = []
    for pair in values.get("agent_languages", ()):
        agent, equals, lang = pair.partition("=")
        if not (agent.strip() and equals and re.fullmatch(r"[a-z]{2}", lang.strip().lower())):
            problems.append(
                f"OMEM_AGENT_LANGUAGES: {pair!r} must look like agent_id=es (a two-letter code)"
            )
    memory_language = str(values.get("memory_language", ""))
    if memory_language and not re.fullmatch(r"[a-z]{2}", memory_language):
        problems.append(f"OMEM_MEMORY_LANGUAGE={memory_language!r}: a two-letter code, e.g. en")
    url = str(values.get("backup_s3_url", ""))
    if url and not re.fullmatch(r"s3://[a-z0-9][a-z0-9.\-]{1,62}(/.*)?", url):
        problems.append(f"OMEM_BACKUP_S3_URL={url!r}: must look like s3://bucket/prefix")
    if url and not values.get("backup_keys"):
        problems.append(
            "OMEM_BACKUP_S3_URL needs OMEM_BACKUP_KEYS: backups hold plaintext vectors and "
            "phone numbers, so omem never uploads one unencrypted"
        )
    worker = values.get("web_worker", Settings.web_worker)
    host = str(values.get("bind", Settings.bind)).rpartition(":")[0]
    if worker != "buffered" and host not in LOOPBACK_HOSTS and not values.get("trusted_proxies"):
        # A sync or gthread worker reads the request itself: five clients that trickle their
        # headers hold every worker. Exposed directly, that is an outage anyone can cause.
        problems.append(
            f"OMEM_WEB_WORKER={worker} on {host} needs a buffering proxy in front: declare it "
            "with OMEM_TRUSTED_PROXIES, bind to 127.0.0.1, or use OMEM_WEB_WORKER=buffered"
        )
    return problems


def process_environ(extra: Mapping[str, str]) -> dict[str, str]:
    """The environment for child processes (`omem run`): ours plus `extra`."""
    return {**os.environ, **extra}


def _shown_default(field: dataclasses.Field[Any]) -> str:
    default = field.metadata["default"]
    if default is None:
        return ""
    if isinstance(default, tuple):
        return ",".join(default)
    if isinstance(default, bool):
        return "true" if default else "false"
    if isinstance(default, Path):
        return f"./{default}"
    return str(default)


def render_env_example() -> str:
    """`.env.example`, generated from the declarations (`omem settings --env`)."""
    lines = [
        "# omem settings. Copy to .env for development (read only when OMEM_ENV is not",
        "# production); in production set them in the environment (see deploy/ansible).",
        "# Empty secrets are generated into <OMEM_DATA_DIR>/dev-secrets.json in development.",
        "",
    ]
    for field in declared():
        meta = field.metadata
        lines.append(f"# {meta['help']}" + (" (secret)" if meta["secret"] else ""))
        if meta["env"].startswith("OMEM_"):
            lines.append(f"{meta['env']}={'' if meta['secret'] else _shown_default(field)}")
        else:
            lines.append(f"# {meta['env']}=")
        lines.append("")
    return "\n".join(lines)


def render_markdown_table() -> str:
    """The README's settings table (`omem settings --markdown`)."""
    rows = [
        "| Variable | Default | Secret | Required in production | Description |",
        "|---|---|---|---|---|",
    ]
    for field in declared():
        meta = field.metadata
        shown = _shown_default(field)
        rows.append(
            f"| `{meta['env']}` | {f'`{shown}`' if shown else '(empty)'} | "
            f"{'yes' if meta['secret'] else ''} | "
            f"{'yes' if meta['production_required'] else ''} | {meta['help']} |"
        )
    return "\n".join(rows) + "\n"
