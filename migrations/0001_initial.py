"""Create every table of the first schema.

Generated with `pwmigrate … initial omem.models:ALL_MODELS`, then edited: the models below are
frozen copies (never import omem.models here); Python-side defaults are irrelevant to the DDL.
`legacy_table_names = False` makes index names follow the table names, as in omem.models.
"""
from peewee import *


def up(migrator, db):
    class ApiKey(Model):
        name = CharField()
        prefix = CharField()
        key_hash = CharField(unique=True)
        scopes = CharField(default='tools,webhooks')
        expires_at = DateTimeField(null=True)
        revoked_at = DateTimeField(null=True)
        created_at = DateTimeField()
        last_used_at = DateTimeField(null=True)
        class Meta:
            database = db
            legacy_table_names = False
            table_name = 'api_keys'
    db.create_tables([ApiKey])

    class User(Model):
        uid = CharField(unique=True)
        external_id = CharField(unique=True, null=True)
        display_name = CharField(default='')
        summary = TextField(default='')
        is_guest = BooleanField(default=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        last_call_at = DateTimeField(null=True)
        class Meta:
            database = db
            legacy_table_names = False
            table_name = 'users'
    db.create_tables([User])

    class CallerId(Model):
        number = CharField(unique=True)
        user = ForeignKeyField(User, on_delete='CASCADE')
        created_at = DateTimeField()
        class Meta:
            database = db
            legacy_table_names = False
            table_name = 'caller_ids'
    db.create_tables([CallerId])

    class Conversation(Model):
        conversation_id = CharField(unique=True)
        user = ForeignKeyField(User, on_delete='CASCADE', index=False)
        agent_id = CharField(default='')
        started_at = DateTimeField()
        duration_secs = IntegerField(default=0)
        status = CharField(default='done')
        termination_reason = TextField(default='')
        cost = FloatField(null=True)
        audio_path = CharField(null=True)
        created_at = DateTimeField()
        class Meta:
            database = db
            legacy_table_names = False
            table_name = 'conversations'
            indexes = ((('user', 'started_at'), False),)
    db.create_tables([Conversation])

    class ConversationAnalysis(Model):
        conversation = ForeignKeyField(Conversation, unique=True, on_delete='CASCADE')
        title = CharField(default='')
        transcript_summary = TextField(default='')
        call_successful = CharField(default='unknown')
        data_collection = TextField(default='{}')
        evaluation = TextField(default='{}')
        class Meta:
            database = db
            legacy_table_names = False
            table_name = 'conversation_analyses'
    db.create_tables([ConversationAnalysis])

    class Memory(Model):
        user = ForeignKeyField(User, on_delete='CASCADE', index=False)
        content = TextField()
        context = TextField(default='')
        sector = CharField()
        salience = FloatField(default=0.5)
        state = CharField(default='active')
        superseded_by = ForeignKeyField('self', null=True, on_delete='SET NULL')
        occurred_at = DateTimeField()
        last_accessed_at = DateTimeField()
        created_at = DateTimeField()
        updated_at = DateTimeField()
        version = IntegerField(default=1)
        class Meta:
            database = db
            legacy_table_names = False
            table_name = 'memories'
            indexes = ((('user', 'sector', 'state'), False), (('salience', 'last_accessed_at'), False))
            constraints = [
                SQL("CHECK (salience >= 0 AND salience <= 1)"),
                SQL("CHECK (sector IN ('episodic','semantic','procedural','emotional','reflective'))"),
                SQL("CHECK (state IN ('active','archived','superseded'))"),
            ]
    db.create_tables([Memory])

    class ConversationMemory(Model):
        conversation = ForeignKeyField(Conversation, on_delete='CASCADE', index=False)
        memory = ForeignKeyField(Memory, on_delete='CASCADE')
        extraction_type = CharField(default='auto')
        confidence = FloatField(default=1.0)
        source_turns = TextField(default='[]')
        class Meta:
            database = db
            legacy_table_names = False
            table_name = 'conversation_memories'
            indexes = ((('conversation', 'memory'), True),)
    db.create_tables([ConversationMemory])

    class ConversationTurn(Model):
        conversation = ForeignKeyField(Conversation, on_delete='CASCADE', index=False)
        order = IntegerField()
        role = CharField()
        message = TextField(null=True)
        time_in_call_secs = IntegerField(default=0)
        tool_calls = TextField(null=True)
        tool_results = TextField(null=True)
        class Meta:
            database = db
            legacy_table_names = False
            table_name = 'conversation_turns'
            indexes = ((('conversation', 'order'), True),)
    db.create_tables([ConversationTurn])

    class MemoryEmbedding(Model):
        memory = ForeignKeyField(Memory, on_delete='CASCADE', index=False)
        model = CharField()
        dimension = IntegerField()
        vector = BlobField()
        created_at = DateTimeField()
        class Meta:
            database = db
            legacy_table_names = False
            table_name = 'memory_embeddings'
            indexes = ((('memory', 'model'), True),)
    db.create_tables([MemoryEmbedding])

    class MemoryLink(Model):
        source = ForeignKeyField(Memory, on_delete='CASCADE', index=False)
        target = ForeignKeyField(Memory, on_delete='CASCADE')
        weight = FloatField()
        kind = CharField(default='similar')
        created_at = DateTimeField()
        class Meta:
            database = db
            legacy_table_names = False
            table_name = 'memory_links'
            indexes = ((('source', 'target'), True), (('source', 'weight'), False))
    db.create_tables([MemoryLink])

    class ToolInvocation(Model):
        tool = CharField()
        user = ForeignKeyField(User, null=True, on_delete='CASCADE')
        conversation_ref = CharField(default='')
        request = TextField(default='{}')
        response = TextField(default='{}')
        latency_ms = FloatField(default=0.0)
        status = CharField(default='ok')
        created_at = DateTimeField()
        class Meta:
            database = db
            legacy_table_names = False
            table_name = 'tool_invocations'
            indexes = ((('conversation_ref', 'created_at'), False),)
    db.create_tables([ToolInvocation])

    class WebhookEvent(Model):
        event_type = CharField()
        idempotency_key = CharField(unique=True)
        conversation_ref = CharField(default='')
        user = ForeignKeyField(User, null=True, on_delete='CASCADE')
        payload = TextField()
        status = CharField(default='pending')
        attempts = IntegerField(default=0)
        next_attempt_at = DateTimeField()
        last_error = TextField(default='')
        created_at = DateTimeField()
        updated_at = DateTimeField()
        class Meta:
            database = db
            legacy_table_names = False
            table_name = 'webhook_events'
            indexes = ((('status', 'created_at'), False), (('status', 'next_attempt_at'), False))
    db.create_tables([WebhookEvent])


def down(migrator, db):
    migrator.migrate(migrator.drop_table('webhook_events'))
    migrator.migrate(migrator.drop_table('tool_invocations'))
    migrator.migrate(migrator.drop_table('memory_links'))
    migrator.migrate(migrator.drop_table('memory_embeddings'))
    migrator.migrate(migrator.drop_table('conversation_turns'))
    migrator.migrate(migrator.drop_table('conversation_memories'))
    migrator.migrate(migrator.drop_table('memories'))
    migrator.migrate(migrator.drop_table('conversation_analyses'))
    migrator.migrate(migrator.drop_table('conversations'))
    migrator.migrate(migrator.drop_table('caller_ids'))
    migrator.migrate(migrator.drop_table('users'))
    migrator.migrate(migrator.drop_table('api_keys'))
