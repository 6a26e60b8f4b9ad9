"""Users keep the memories chosen for conversation-init when their summary is refreshed
(memory ids only, as JSON: the summary's facts, the ranked facts init shows, the newest
memory read), so init reads a few rows instead of every memory (see omem.memory.briefing)."""
from peewee import *


def up(migrator, db):
    migrator.migrate(migrator.add_column('users', 'briefing', TextField(default='')))


def down(migrator, db):
    migrator.migrate(migrator.drop_column('users', 'briefing'))
