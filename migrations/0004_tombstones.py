"""Tombstones: hashed identifiers of deleted users and their conversations, so a late or
retried webhook cannot bring a forgotten caller's data back."""
from peewee import *


def up(migrator, db):
    db.execute_sql(
        'CREATE TABLE IF NOT EXISTS "tombstones" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"key_hash" VARCHAR(255) NOT NULL, '
        '"kind" VARCHAR(255) NOT NULL, '
        '"created_at" DATETIME NOT NULL)'
    )
    db.execute_sql('CREATE UNIQUE INDEX IF NOT EXISTS "tombstones_key_hash" ON "tombstones" ("key_hash")')


def down(migrator, db):
    db.execute_sql('DROP TABLE IF EXISTS "tombstones"')
