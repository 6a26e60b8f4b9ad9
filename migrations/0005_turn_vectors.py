"""Memory embeddings keep a second vector: the caller's turn a memory was split from, which
retrieval blends into the memory's own (a sentence keeps its turn's topic). Older rows have
none until `omem reembed` fills it; until then they are searched by their own vector.
"""
from peewee import *


def up(migrator, db):
    migrator.migrate(migrator.add_column('memory_embeddings', 'turn_vector', BlobField(null=True)))


def down(migrator, db):
    migrator.migrate(migrator.drop_column('memory_embeddings', 'turn_vector'))
