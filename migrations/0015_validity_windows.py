"""Facts that change: each memory's validity window. `valid_from` is when it became true (the
call it came from), `valid_to` when a newer value closed it (null while current).
Backfill: valid_from from occurred_at; a superseded memory's valid_to from its updated_at
(when it was superseded)."""
from peewee import *


def up(migrator, db):
    migrator.migrate(
        migrator.add_column('memories', 'valid_from', DateTimeField(null=True)),
        migrator.add_column('memories', 'valid_to', DateTimeField(null=True)),
    )
    db.execute_sql('UPDATE "memories" SET "valid_from" = "occurred_at"')
    db.execute_sql(
        'UPDATE "memories" SET "valid_to" = "updated_at" WHERE "state" = \'superseded\''
    )


def down(migrator, db):
    migrator.migrate(
        migrator.drop_column('memories', 'valid_from'),
        migrator.drop_column('memories', 'valid_to'),
    )
