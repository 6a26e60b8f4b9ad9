"""The audit log: every change an operator makes (console or /api/v1/admin), ids only."""
from peewee import *


def up(migrator, db):
    db.execute_sql(
        'CREATE TABLE IF NOT EXISTS "audit_log" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"at" DATETIME NOT NULL, '
        '"actor" VARCHAR(255) NOT NULL, '
        '"role" VARCHAR(255) NOT NULL, '
        '"action" VARCHAR(255) NOT NULL, '
        '"target_kind" VARCHAR(255) NOT NULL, '
        '"target_ids" TEXT NOT NULL, '
        '"request_id" VARCHAR(255) NOT NULL)'
    )
    db.execute_sql('CREATE INDEX IF NOT EXISTS "audit_log_at" ON "audit_log" ("at")')


def down(migrator, db):
    db.execute_sql('DROP TABLE IF EXISTS "audit_log"')
