"""Every Peewee model, its table name and indexes, and single-model query helpers.

Deleting a User cascades (in SQLite, through ON DELETE CASCADE) to everything of theirs.
No Flask, no HTTP, no embedding here.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import secrets
from collections.abc import Iterable
from collections.abc import Sequence
from typing import Any
from typing import cast

from peewee import SQL
from peewee import AutoField
from peewee import BlobField
from peewee import BooleanField
from peewee import CharField
from peewee import DateTimeField
from peewee import FloatField
from peewee import ForeignKeyField
from peewee import IntegerField
from peewee import Model
from peewee import ModelSelect
from peewee import TextField

from omem import crypto
from omem.clock import utcnow
from omem.db import db

SECTORS = ("episodic", "semantic", "procedural", "emotional", "reflective")
MEMORY_STATES = ("active", "archived", "superseded")
EVENT_STATUSES = ("pending", "processing", "completed", "failed", "dead")
EXTRACTION_TYPES = ("auto", "manual", "pattern")  # pattern: omem.memory.patterns
SCOPES = ("tools", "webhooks", "admin")


def _choices(values: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(v, v) for v in values]


def new_public_id(prefix: str) -> str:
    return f"{prefix}_{secrets.token_hex(8)}"


class _Encrypted:
    """Stored as a Fernet token (omem.crypto); "" and None are stored as they are. A value
    written before encryption existed reads as itself until `omem db upgrade` encrypts it."""

    def db_value(self, value: Any) -> Any:
        value = super().db_value(value)  # type: ignore[misc]
        return value if value is None else crypto.encrypt_text(value)

    def python_value(self, value: Any) -> Any:
        if not value or not crypto.is_encrypted(value):
            return value
        return crypto.decrypt_text(value)


class EncryptedTextField(_Encrypted, TextField):
    pass


class EncryptedCharField(_Encrypted, CharField):
    pass


class BaseModel(Model):
    id = AutoField()

    class Meta:
        database = db
        legacy_table_names = False


class User(BaseModel):
    uid = CharField(unique=True, default=lambda: new_public_id("omem_usr"))
    # The caller's id in the operator's own system (web widget / SIP calls carry no number).
    external_id = CharField(null=True, unique=True)
    display_name = EncryptedCharField(default="")
    summary = EncryptedTextField(default="")
    is_guest = BooleanField(default=True)
    # Bumped by every change to the user's memories: per-process caches compare it.
    memory_version = IntegerField(default=0)
    summary_version = IntegerField(default=0)  # the memory_version the summary was made from
    consolidated_version = IntegerField(default=0)  # the memory_version last consolidated
    # What the summary job chose for conversation-init (memory ids, JSON; see
    # omem.memory.briefing): no text, so not encrypted.
    briefing = TextField(default="")
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)
    last_call_at = DateTimeField(null=True)

    class Meta:
        table_name = "users"


class CallerId(BaseModel):
    number = CharField(unique=True)  # E.164
    user = ForeignKeyField(User, backref="caller_ids", on_delete="CASCADE")
    created_at = DateTimeField(default=utcnow)

    class Meta:
        table_name = "caller_ids"


class Conversation(BaseModel):
    conversation_id = CharField(unique=True)  # ElevenLabs' conv_… id
    # index=False where a composite index below already starts with the column.
    user = ForeignKeyField(User, backref="conversations", on_delete="CASCADE", index=False)
    agent_id = CharField(default="")
    started_at = DateTimeField(default=utcnow)
    duration_secs = IntegerField(default=0)
    status = CharField(default="done")
    termination_reason = TextField(default="")
    cost = FloatField(null=True)
    audio_path = CharField(null=True)
    language = CharField(default="en")  # ISO 639-1: metadata.main_language, else detected
    created_at = DateTimeField(default=utcnow)

    class Meta:
        table_name = "conversations"
        indexes = ((("user", "started_at"), False), (("started_at",), False))

    @classmethod
    def latest_language(cls, user_pk: int) -> str:
        """The language of the caller's newest call ("" without one): one indexed row."""
        row = (
            cls.select(cls.language)
            .where((cls.user == user_pk) & (cls.status != "initiation_failed"))
            .order_by(cls.started_at.desc())
            .first()
        )
        return str(row.language) if row is not None else ""

    @classmethod
    def recent_for(cls, user: User, limit: int = 5) -> ModelSelect[Conversation]:
        return cls.select().where(cls.user == user).order_by(cls.started_at.desc()).limit(limit)


class Memory(BaseModel):
    user = ForeignKeyField(User, backref="memories", on_delete="CASCADE", index=False)
    content = EncryptedTextField()
    # The agent utterance that prompted the caller's words: indexed by the keyword leg only.
    context = EncryptedTextField(default="")
    # ElevenLabs' conversation id it came from (known mid-call, before the conversation row).
    conversation_ref = CharField(default="")
    sector = CharField(choices=_choices(SECTORS))
    salience = FloatField(default=0.5)
    state = CharField(choices=_choices(MEMORY_STATES), default="active")
    superseded_by = ForeignKeyField("self", null=True, backref="supersedes", on_delete="SET NULL")
    occurred_at = DateTimeField(default=utcnow)  # start of the call it came from
    # When it became true (its call) and when a newer value closed it (None: still current).
    valid_from = DateTimeField(default=utcnow, null=True)
    valid_to = DateTimeField(null=True)
    last_accessed_at = DateTimeField(default=utcnow)
    # Decay is salience = base_salience x e^(-lambda x days since reinforced_at) (omem.memory.
    # decay): a function of time, so running it twice changes nothing.
    reinforced_at = DateTimeField(default=utcnow, null=True)
    base_salience = FloatField(null=True)  # the salience as of reinforced_at
    caller_asked = BooleanField(default=False)  # stored because the caller asked: a floor
    language = CharField(default="en")  # ISO 639-1: its call's, or detected from its text
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)
    version = IntegerField(default=1)

    class Meta:
        table_name = "memories"
        indexes = (
            (("user", "sector", "state"), False),
            (("user", "sector", "salience"), False),
            (("user",), False),  # a caller's memories newest first (keyset on the rowid)
            (("salience", "last_accessed_at"), False),
        )
        constraints = [
            SQL("CHECK (salience >= 0 AND salience <= 1)"),
            SQL("CHECK (sector IN ('episodic','semantic','procedural','emotional','reflective'))"),
            SQL("CHECK (state IN ('active','archived','superseded'))"),
        ]

    @classmethod
    def active_for(cls, user: User) -> ModelSelect[Memory]:
        return cls.select().where((cls.user == user) & (cls.state == "active"))

    @classmethod
    def for_briefing(
        cls, user: User, ids: Sequence[int], after: int, newest: int | None
    ) -> list[Memory]:
        """The user's active memories among `ids`, and those with an id above `after` (the
        `newest` of them, or all): two index range reads, however many memories they have."""
        fields = (
            cls.id,
            cls.content,
            cls.context,
            cls.occurred_at,
            cls.salience,
            cls.sector,
            cls.version,
        )
        known = (
            list(cls.active_for(user).select(*fields).where(cls.id.in_(list(ids)))) if ids else []
        )
        fresh = cls.active_for(user).select(*fields).where(cls.id > after).order_by(cls.id.desc())
        seen = {m.id for m in known}
        return known + [m for m in (fresh.limit(newest) if newest else fresh) if m.id not in seen]

    @classmethod
    def states_of(cls, ids: Sequence[int]) -> dict[int, tuple[str, dt.datetime | None]]:
        """The state and `valid_to` of each of `ids` (one query)."""
        query = cls.select(cls.id, cls.state, cls.valid_to).where(cls.id.in_(list(ids)))
        return {m.id: (m.state, m.valid_to) for m in query}

    @classmethod
    def shown(cls, user: User, ids: Sequence[int]) -> list[Memory]:
        """The user's active memories among `ids`, with what showing them needs (id, content,
        occurred_at, version): conversation-init's read, its SQL built once."""
        return list(cls.raw(_shown_sql(), user.id, "active", json.dumps(list(ids))))


@functools.cache
def _shown_sql() -> str:
    """The SQL of `Memory.shown` (building it costs more than running it, on every init);
    the ids are one JSON parameter, so one statement serves any number of them."""
    query = Memory.select(Memory.id, Memory.content, Memory.occurred_at, Memory.version).where(
        (Memory.user == 0)
        & (Memory.state == "")
        & Memory.id.in_(SQL("(SELECT value FROM json_each(?))", ["[]"]))
    )
    sql, _ = query.sql()
    return str(sql)


class MemoryEmbedding(BaseModel):
    memory = ForeignKeyField(Memory, backref="embeddings", on_delete="CASCADE", index=False)
    model = CharField()
    dimension = IntegerField()
    vector = BlobField()  # float32, little-endian, `dimension` values
    # The caller's turn it came from, embedded the same way (none for manual memories):
    # retrieval blends it into the memory's vector; deduplication and links do not.
    turn_vector = BlobField(null=True)
    created_at = DateTimeField(default=utcnow)

    class Meta:
        table_name = "memory_embeddings"
        indexes = ((("memory", "model"), True),)


class MemoryLink(BaseModel):
    source = ForeignKeyField(Memory, backref="links_out", on_delete="CASCADE", index=False)
    target = ForeignKeyField(Memory, backref="links_in", on_delete="CASCADE")
    weight = FloatField()
    kind = CharField(default="similar")
    created_at = DateTimeField(default=utcnow)

    class Meta:
        table_name = "memory_links"
        indexes = (
            (("source", "target"), True),
            (("source", "weight"), False),
        )


class ConversationTurn(BaseModel):
    conversation = ForeignKeyField(Conversation, backref="turns", on_delete="CASCADE", index=False)
    order = IntegerField()
    role = CharField()
    message = EncryptedTextField(null=True)
    time_in_call_secs = IntegerField(default=0)
    tool_calls = EncryptedTextField(null=True)  # JSON
    tool_results = EncryptedTextField(null=True)  # JSON

    class Meta:
        table_name = "conversation_turns"
        indexes = ((("conversation", "order"), True),)


class ConversationAnalysis(BaseModel):
    conversation = ForeignKeyField(
        Conversation, backref="analysis", unique=True, on_delete="CASCADE"
    )
    title = EncryptedCharField(default="")  # ElevenLabs' call_summary_title
    transcript_summary = EncryptedTextField(default="")
    call_successful = CharField(default="unknown")
    data_collection = EncryptedTextField(default="{}")  # JSON
    evaluation = EncryptedTextField(default="{}")  # JSON

    class Meta:
        table_name = "conversation_analyses"


class ConversationMemory(BaseModel):
    conversation = ForeignKeyField(
        Conversation, backref="memory_links", on_delete="CASCADE", index=False
    )
    memory = ForeignKeyField(Memory, backref="provenance", on_delete="CASCADE")
    extraction_type = CharField(choices=_choices(EXTRACTION_TYPES), default="auto")
    confidence = FloatField(default=1.0)
    source_turns = TextField(default="[]")  # JSON list of turn orders

    class Meta:
        table_name = "conversation_memories"
        indexes = ((("conversation", "memory"), True),)


class ToolInvocation(BaseModel):
    tool = CharField()
    user = ForeignKeyField(User, null=True, backref="tool_invocations", on_delete="CASCADE")
    # ElevenLabs' conversation id: the Conversation row only exists after the call ends.
    conversation_ref = CharField(default="")
    request = EncryptedTextField(default="{}")
    response = EncryptedTextField(default="{}")
    latency_ms = FloatField(default=0.0)
    status = CharField(default="ok")
    created_at = DateTimeField(default=utcnow)

    class Meta:
        table_name = "tool_invocations"
        indexes = ((("conversation_ref", "created_at"), False),)


class WebhookEvent(BaseModel):
    event_type = CharField()
    idempotency_key = CharField(unique=True)
    conversation_ref = CharField(default="")
    user = ForeignKeyField(User, null=True, backref="webhook_events", on_delete="CASCADE")
    payload = EncryptedTextField()
    status = CharField(choices=_choices(EVENT_STATUSES), default="pending")
    attempts = IntegerField(default=0)
    next_attempt_at = DateTimeField(default=utcnow)
    last_error = TextField(default="")
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)

    class Meta:
        table_name = "webhook_events"
        indexes = (
            (("status",), False),
            (("status", "created_at"), False),
            (("status", "next_attempt_at"), False),
        )

    @classmethod
    def counts_by_status(cls, cap: int | None = None) -> dict[str, int]:
        """Events of every status. Exact by default (one scan of the status index); with
        `cap`, a count above it is reported as cap + 1, and each status reads at most that
        many index entries, so the cost stops growing with the table (the console's lists)."""
        counts = dict.fromkeys(EVENT_STATUSES, 0)
        if cap is None:
            query = cls.select(cls.status, SQL("COUNT(*)")).group_by(cls.status).tuples()
            counts.update(dict(cast(Iterable[tuple[str, int]], query)))
            return counts
        for status in EVENT_STATUSES:
            capped = cls.select(SQL("1")).where(cls.status == status).limit(cap + 1)
            counts[status] = cls.select(SQL("COUNT(*)")).from_(capped.alias("c")).scalar()
        return counts


class Tombstone(BaseModel):
    """A forgotten identifier, as sha256 of `kind:value` (the value itself is not kept): a
    deleted user's uid and external id, and their conversation ids. A late or retried
    webhook for one of them stores nothing."""

    key_hash = CharField(unique=True)
    kind = CharField()  # user | conversation
    created_at = DateTimeField(default=utcnow)

    class Meta:
        table_name = "tombstones"


class ApiKey(BaseModel):
    name = CharField()
    prefix = CharField()  # first characters of the key, shown in listings
    key_hash = CharField(unique=True)  # sha256 hex of the whole key
    scopes = CharField(default="tools,webhooks")
    expires_at = DateTimeField(null=True)
    revoked_at = DateTimeField(null=True)
    created_at = DateTimeField(default=utcnow)
    last_used_at = DateTimeField(null=True)

    class Meta:
        table_name = "api_keys"

    @property
    def scope_set(self) -> frozenset[str]:
        return frozenset(s for s in self.scopes.split(",") if s)

    def is_usable(self, now: dt.datetime) -> bool:
        return self.revoked_at is None and (self.expires_at is None or self.expires_at > now)


class AuditEntry(BaseModel):
    """One change made by an operator, from the console or `/api/v1/admin`: who, in which
    role, what, to which internal ids, when, in which request; never content. Entries stay
    when their target is deleted (they hold ids only)."""

    at = DateTimeField(default=utcnow)
    actor = CharField()  # key:<key name> | operator:<name> | cli
    role = CharField()  # the key's scopes, or the operator's role
    action = CharField()  # e.g. key.create, key.revoke, caller.delete
    target_kind = CharField()
    target_ids = TextField(default="[]")  # JSON list of internal ids
    request_id = CharField(default="")

    class Meta:
        table_name = "audit_log"
        indexes = ((("at",), False),)


class Operator(BaseModel):
    """A person who signs in to the console: `admin` (everything) or `viewer` (reads all but
    transcripts and audio, changes nothing). Created from the CLI; the password is kept only
    as a scrypt hash."""

    name = CharField(unique=True)
    role = CharField()  # admin | viewer
    password_hash = CharField()
    created_at = DateTimeField(default=utcnow)
    disabled_at = DateTimeField(null=True)
    last_login_at = DateTimeField(null=True)

    class Meta:
        table_name = "operators"


class OperatorSession(BaseModel):
    """A signed-in console session. The cookie holds a random token; only its SHA-256 is
    kept here, beside the session's CSRF token and its two clocks (idle and absolute
    expiry). Disabling an operator or signing out deletes the rows."""

    token_hash = CharField(unique=True)
    operator = ForeignKeyField(Operator, backref="sessions", on_delete="CASCADE")
    csrf_token = CharField()
    created_at = DateTimeField(default=utcnow)
    last_seen_at = DateTimeField(default=utcnow)

    class Meta:
        table_name = "operator_sessions"


class LifecycleJob(BaseModel):
    """One periodic job's lease (who runs it, until when), where its unfinished run stands
    (the last id it committed) and when a run last finished (omem.lifecycle)."""

    name = CharField(unique=True)
    holder = CharField(default="")
    lease_until = DateTimeField(null=True)
    cursor = IntegerField(default=0)
    run_started_at = DateTimeField(null=True)
    finished_at = DateTimeField(null=True)
    runs = IntegerField(default=0)

    class Meta:
        table_name = "lifecycle_jobs"


class CallerNameToken(BaseModel):
    """The caller search index: a keyed hash (HMAC, omem.crypto) of each normalised token
    of a caller's name, beside the encrypted name. The name itself is never stored in
    plain text, and a hash cannot be read back without the key."""

    user = ForeignKeyField(User, backref="name_tokens", on_delete="CASCADE", index=False)
    token_hash = CharField()

    class Meta:
        table_name = "caller_name_tokens"
        indexes = (
            (("token_hash", "user"), False),
            (("user", "token_hash"), True),
        )


ALL_MODELS: list[type[BaseModel]] = [
    User,
    CallerId,
    Conversation,
    Memory,
    MemoryEmbedding,
    MemoryLink,
    ConversationTurn,
    ConversationAnalysis,
    ConversationMemory,
    ToolInvocation,
    WebhookEvent,
    Tombstone,
    ApiKey,
    AuditEntry,
    Operator,
    OperatorSession,
    CallerNameToken,
    LifecycleJob,
]


def encrypted_fields() -> list[Any]:
    """Every column stored encrypted, as Peewee fields (re-encryption walks these)."""
    return [
        field
        for model in ALL_MODELS
        for field in model._meta.sorted_fields
        if isinstance(field, _Encrypted)
    ]


def row_counts() -> dict[str, Any]:
    """Rows per table (admin overview, tests of deletion)."""
    return {m._meta.table_name: m.select().count() for m in ALL_MODELS}
