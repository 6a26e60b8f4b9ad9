"""Calls newest first across every caller (the console's calls list): an index on
conversations.started_at, so a page reads 51 index entries instead of sorting every call."""
from peewee import *


def up(migrator, db):
    db.execute_sql(
        'CREATE INDEX IF NOT EXISTS "conversations_started_at" ON "conversations" ("started_at")'
    )


def down(migrator, db):
    db.execute_sql('DROP INDEX IF EXISTS "conversations_started_at"')
