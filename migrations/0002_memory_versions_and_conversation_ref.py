"""Users get memory and summary versions (per-process caches and the debounced summary
compare them); memories keep the ElevenLabs conversation id they came from, known mid-call.

Generated with `pwmigrate … generate`, reviewed by hand.
"""
from peewee import *

def up(migrator, db):
    migrator.migrate(migrator.add_column('users', 'memory_version', IntegerField(default=0)))
    migrator.migrate(migrator.add_column('users', 'summary_version', IntegerField(default=0)))
    migrator.migrate(migrator.add_column('memories', 'conversation_ref', CharField(default='')))


def down(migrator, db):
    migrator.migrate(migrator.drop_column('memories', 'conversation_ref'))
    migrator.migrate(migrator.drop_column('users', 'summary_version'))
    migrator.migrate(migrator.drop_column('users', 'memory_version'))
