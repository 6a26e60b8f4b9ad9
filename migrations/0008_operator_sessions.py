"""Console sessions: the SHA-256 of the cookie's token, the operator, the CSRF token and the
idle/absolute clocks."""
from peewee import *


def up(migrator, db):
    db.execute_sql(
        'CREATE TABLE IF NOT EXISTS "operator_sessions" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"token_hash" VARCHAR(255) NOT NULL, '
        '"operator_id" INTEGER NOT NULL, '
        '"csrf_token" VARCHAR(255) NOT NULL, '
        '"created_at" DATETIME NOT NULL, '
        '"last_seen_at" DATETIME NOT NULL, '
        'FOREIGN KEY ("operator_id") REFERENCES "operators" ("id") ON DELETE CASCADE)'
    )
    db.execute_sql(
        'CREATE UNIQUE INDEX IF NOT EXISTS "operator_sessions_token_hash" '
        'ON "operator_sessions" ("token_hash")'
    )
    db.execute_sql(
        'CREATE INDEX IF NOT EXISTS "operator_sessions_operator_id" '
        'ON "operator_sessions" ("operator_id")'
    )


def down(migrator, db):
    db.execute_sql('DROP TABLE IF EXISTS "operator_sessions"')
