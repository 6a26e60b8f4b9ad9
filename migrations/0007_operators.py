"""Console operators: name, role (admin or viewer), scrypt password hash."""
from peewee import *


def up(migrator, db):
    db.execute_sql(
        'CREATE TABLE IF NOT EXISTS "operators" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"name" VARCHAR(255) NOT NULL, '
        '"role" VARCHAR(255) NOT NULL, '
        '"password_hash" VARCHAR(255) NOT NULL, '
        '"created_at" DATETIME NOT NULL, '
        '"disabled_at" DATETIME, '
        '"last_login_at" DATETIME)'
    )
    db.execute_sql('CREATE UNIQUE INDEX IF NOT EXISTS "operators_name" ON "operators" ("name")')


def down(migrator, db):
    db.execute_sql('DROP TABLE IF EXISTS "operators"')
