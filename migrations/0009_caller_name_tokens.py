"""Caller search: keyed hashes of each caller's name tokens (never the name in plain text).
Existing names are indexed by `omem db upgrade` after this migration (see omem.callers)."""
from peewee import *


def up(migrator, db):
    db.execute_sql(
        'CREATE TABLE IF NOT EXISTS "caller_name_tokens" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"user_id" INTEGER NOT NULL, '
        '"token_hash" VARCHAR(255) NOT NULL, '
        'FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE)'
    )
    db.execute_sql(
        'CREATE INDEX IF NOT EXISTS "caller_name_tokens_token_hash_user_id" '
        'ON "caller_name_tokens" ("token_hash", "user_id")'
    )
    db.execute_sql(
        'CREATE UNIQUE INDEX IF NOT EXISTS "caller_name_tokens_user_id_token_hash" '
        'ON "caller_name_tokens" ("user_id", "token_hash")'
    )


def down(migrator, db):
    db.execute_sql('DROP TABLE IF EXISTS "caller_name_tokens"')
