"""Users get an external id (web/SIP callers); analyses keep ElevenLabs' call title.

Generated with `pwmigrate … generate`, reviewed by hand.
"""
from peewee import *

def up(migrator, db):
    migrator.migrate(migrator.add_column('users', 'external_id', CharField(unique=True, null=True)))
    migrator.migrate(migrator.add_column('conversation_analyses', 'title', CharField(default='')))


def down(migrator, db):
    migrator.migrate(migrator.drop_index('users', 'users_external_id'))
    migrator.migrate(migrator.drop_column('conversation_analyses', 'title'))
    migrator.migrate(migrator.drop_column('users', 'external_id'))
