"""The console's per-caller and per-status lists read an index range instead of sorting:
memories(user_id, sector, salience) gives a caller's most salient memories of one sector (the
caller page); memories(user_id), in id order, gives a caller's newest memories (their memory
list); webhook_events(status) keeps one status's events in id order (the events list
filtered by status, and its capped counts)."""
from peewee import *


def up(migrator, db):
    db.execute_sql(
        'CREATE INDEX IF NOT EXISTS "memories_user_id_sector_salience"'
        ' ON "memories" ("user_id", "sector", "salience")'
    )
    db.execute_sql('CREATE INDEX IF NOT EXISTS "memories_user_id" ON "memories" ("user_id")')
    db.execute_sql(
        'CREATE INDEX IF NOT EXISTS "webhook_events_status" ON "webhook_events" ("status")'
    )


def down(migrator, db):
    db.execute_sql('DROP INDEX IF EXISTS "memories_user_id_sector_salience"')
    db.execute_sql('DROP INDEX IF EXISTS "memories_user_id"')
    db.execute_sql('DROP INDEX IF EXISTS "webhook_events_status"')
