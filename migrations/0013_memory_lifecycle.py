"""Memory lifecycle: each memory keeps the salience it had when last reinforced
(`base_salience`) and when that was (`reinforced_at`), so decay is a function of time, never a
step applied again; `caller_asked` marks what the caller asked omem to remember (a salience
floor). `lifecycle_jobs` holds each periodic job's lease, cursor and last finish.

Backfill: reinforced_at from created_at, base_salience from salience; a memory with no
provenance row came from memory-store (post-call memories always have one)."""
from peewee import *


def up(migrator, db):
    migrator.migrate(
        migrator.add_column('memories', 'reinforced_at', DateTimeField(null=True)),
        migrator.add_column('memories', 'base_salience', FloatField(null=True)),
        migrator.add_column('memories', 'caller_asked', BooleanField(default=False)),
    )
    db.execute_sql(
        'UPDATE "memories" SET "reinforced_at" = "created_at", "base_salience" = "salience"'
    )
    db.execute_sql(
        'UPDATE "memories" SET "caller_asked" = 1 WHERE NOT EXISTS '
        '(SELECT 1 FROM "conversation_memories" p WHERE p."memory_id" = "memories"."id")'
    )
    db.execute_sql(
        'CREATE TABLE IF NOT EXISTS "lifecycle_jobs" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"name" VARCHAR(255) NOT NULL, '
        '"holder" VARCHAR(255) NOT NULL DEFAULT \'\', '
        '"lease_until" DATETIME, '
        '"cursor" INTEGER NOT NULL DEFAULT 0, '
        '"run_started_at" DATETIME, '
        '"finished_at" DATETIME, '
        '"runs" INTEGER NOT NULL DEFAULT 0)'
    )
    db.execute_sql(
        'CREATE UNIQUE INDEX IF NOT EXISTS "lifecycle_jobs_name" ON "lifecycle_jobs" ("name")'
    )


def down(migrator, db):
    db.execute_sql('DROP TABLE IF EXISTS "lifecycle_jobs"')
    migrator.migrate(
        migrator.drop_column('memories', 'reinforced_at'),
        migrator.drop_column('memories', 'base_salience'),
        migrator.drop_column('memories', 'caller_asked'),
    )
