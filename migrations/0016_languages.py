"""Every language the agent speaks (issue 17): the language of each call and of each memory,
as ISO 639-1 codes ("es", "de"). Rows from before are English: omem read every call as
English until now."""
from peewee import *


def up(migrator, db):
    migrator.migrate(
        migrator.add_column('conversations', 'language', CharField(default='en')),
        migrator.add_column('memories', 'language', CharField(default='en')),
    )


def down(migrator, db):
    migrator.migrate(
        migrator.drop_column('conversations', 'language'),
        migrator.drop_column('memories', 'language'),
    )
