"""Consolidation: each caller's memory_version when their memories were last consolidated, so
the periodic job skips callers whose memories have not changed since."""
from peewee import *


def up(migrator, db):
    migrator.migrate(
        migrator.add_column('users', 'consolidated_version', IntegerField(default=0)),
    )


def down(migrator, db):
    migrator.migrate(migrator.drop_column('users', 'consolidated_version'))
