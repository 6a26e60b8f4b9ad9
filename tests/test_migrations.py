"""playhouse.migrations through omem.schema, on a fresh real database file per test (H16).

The column, foreign-key and index checks compare the migrated database with omem.models, so a
migration that drifts from the models fails here rather than in production.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from peewee import IntegrityError
from peewee import Model

from omem import schema
from omem.config import Settings
from omem.db import db
from omem.db import init_db
from omem.models import ALL_MODELS
from omem.models import Memory
from omem.models import User
from tests.conftest import make_settings

MODEL_TABLES = {m._meta.table_name for m in ALL_MODELS}
# Every numbered migration file, oldest first; 0001_initial creates the tables.
MIGRATIONS = sorted(p.stem for p in schema.MIGRATIONS_DIR.glob("[0-9][0-9][0-9][0-9]_*.py"))


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Settings]:
    """An open connection on a brand-new, unmigrated database file."""
    settings = make_settings(tmp_path / "fresh")
    init_db(settings)
    db.connect()
    yield settings
    db.close()


def _schema_sql() -> list[tuple[str, str, str]]:
    """Every table and index the migrations made (not SQLite's own, not the history)."""
    return db.execute_sql(
        "SELECT type, name, sql FROM sqlite_master"
        " WHERE name NOT LIKE 'sqlite_%' AND tbl_name != ? ORDER BY name",
        (schema.HISTORY_TABLE,),
    ).fetchall()


def _model_indexes(model: type[Model]) -> list[tuple[str, tuple[str, ...], bool]]:
    """(name, columns, unique) for every index the model itself would create."""
    accum = []
    for index in model._meta.fields_to_index():
        columns = tuple(e.column_name for e in index._expressions)
        accum.append((index._name, columns, bool(index._unique)))
    return accum


def _db_indexes(table: str) -> list[tuple[str, tuple[str, ...], bool]]:
    return [(i.name, tuple(i.columns), bool(i.unique)) for i in db.get_indexes(table)]


def test_upgrade_applies_every_migration_in_order_when_database_is_fresh(
    fresh: Settings,
) -> None:
    assert MIGRATIONS[0] == "0001_initial"
    assert schema.pending() == MIGRATIONS
    assert schema.upgrade() == MIGRATIONS
    assert fresh.db_path.is_file()
    assert schema.pending() == []
    rows = db.execute_sql("SELECT name FROM schema_migrations ORDER BY id").fetchall()
    assert [name for (name,) in rows] == MIGRATIONS
    assert [name for name, _ in schema.status()] == MIGRATIONS
    assert "pending" not in {applied for _, applied in schema.status()}


def test_upgrade_stops_after_the_target_when_one_is_given(fresh: Settings) -> None:
    assert schema.upgrade("0001_initial") == ["0001_initial"]
    assert schema.pending() == MIGRATIONS[1:]
    added_later = {
        "tombstones", "audit_log", "operators", "operator_sessions", "caller_name_tokens",
        "lifecycle_jobs",
    }  # fmt: skip
    assert MODEL_TABLES - added_later <= set(db.get_tables())


def test_upgrade_creates_every_model_table_when_database_is_fresh(fresh: Settings) -> None:
    assert db.get_tables() == []
    schema.upgrade()
    assert set(db.get_tables()) == MODEL_TABLES | {schema.HISTORY_TABLE}


@pytest.mark.parametrize("model", ALL_MODELS, ids=lambda m: m._meta.table_name)
def test_migrated_columns_match_model_fields_when_upgraded(
    fresh: Settings, model: type[Model]
) -> None:
    schema.upgrade()
    columns = {c.name: c for c in db.get_columns(model._meta.table_name)}
    assert sorted(columns) == sorted(model._meta.columns)
    nullable = {name for name, c in columns.items() if c.null}
    assert nullable == {f.column_name for f in model._meta.sorted_fields if f.null}
    primary = [name for name, c in columns.items() if c.primary_key]
    assert primary == [model._meta.primary_key.column_name]


@pytest.mark.parametrize(
    "model", [m for m in ALL_MODELS if m._meta.refs], ids=lambda m: m._meta.table_name
)
def test_migrated_foreign_keys_match_models_when_upgraded(
    fresh: Settings, model: type[Model]
) -> None:
    schema.upgrade()
    table = model._meta.table_name
    rows = db.execute_sql(f'PRAGMA foreign_key_list("{table}")').fetchall()
    # (id, seq, table, from, to, on_update, on_delete, match)
    migrated = {(r[3], r[2], r[4], r[6]) for r in rows}
    expected = {
        (f.column_name, f.rel_model._meta.table_name, f.rel_field.column_name, f.on_delete)
        for f in model._meta.refs
    }
    assert migrated == expected


@pytest.mark.parametrize("model", ALL_MODELS, ids=lambda m: m._meta.table_name)
def test_migrated_index_columns_match_model_indexes_when_upgraded(
    fresh: Settings, model: type[Model]
) -> None:
    schema.upgrade()
    migrated = {(cols, unique) for _, cols, unique in _db_indexes(model._meta.table_name)}
    expected = {(cols, unique) for _, cols, unique in _model_indexes(model)}
    assert migrated == expected


def test_migrated_index_names_match_model_index_names_when_upgraded(fresh: Settings) -> None:
    """The migration's frozen models lack `legacy_table_names = False`, so peewee prefixes
    their index names with the class name (`callerid_user_id`) while omem.models uses the
    table name (`caller_ids_user_id`): the same index under two names."""
    schema.upgrade()
    drift = {}
    for model in ALL_MODELS:
        migrated = {name for name, _, _ in _db_indexes(model._meta.table_name)}
        expected = {name for name, _, _ in _model_indexes(model)}
        if migrated != expected:
            drift[model._meta.table_name] = {
                "only_in_migration": sorted(migrated - expected),
                "only_in_models": sorted(expected - migrated),
            }
    assert drift == {}


def test_create_tables_adds_no_duplicate_index_when_schema_is_migrated(fresh: Settings) -> None:
    """The practical cost of the index-name drift: `create_tables(safe=True)` (or any tool
    working from the models) adds a second copy of each index under the model's name."""
    schema.upgrade()
    before = _schema_sql()
    db.create_tables(ALL_MODELS)
    added = sorted(set(_schema_sql()) - set(before))
    assert added == []


def test_upgrade_is_a_noop_when_run_twice(fresh: Settings) -> None:
    schema.upgrade()
    before = _schema_sql()
    assert schema.upgrade() == []
    assert _schema_sql() == before
    assert db.execute_sql("SELECT COUNT(*) FROM schema_migrations").fetchone() == (
        len(MIGRATIONS),
    )


def test_downgrade_reverts_only_the_newest_migration_when_given_no_target(
    fresh: Settings,
) -> None:
    schema.upgrade()
    assert schema.downgrade() == [MIGRATIONS[-1]]
    assert schema.pending() == [MIGRATIONS[-1]]


def test_downgrade_drops_every_table_when_reverted_through_initial(fresh: Settings) -> None:
    schema.upgrade()
    assert schema.downgrade("0001_initial") == MIGRATIONS[::-1]
    assert db.get_tables() == [schema.HISTORY_TABLE]
    assert _schema_sql() == []
    assert schema.pending() == MIGRATIONS
    assert db.execute_sql("SELECT COUNT(*) FROM schema_migrations").fetchone() == (0,)


def test_downgrade_reverts_nothing_when_database_is_fresh(fresh: Settings) -> None:
    assert schema.downgrade() == []
    assert schema.pending() == MIGRATIONS
    assert db.get_tables() == []


def test_upgrade_recreates_the_schema_when_run_after_a_full_downgrade(fresh: Settings) -> None:
    schema.upgrade()
    first = _schema_sql()
    schema.downgrade("0001_initial")
    assert schema.upgrade() == MIGRATIONS
    assert _schema_sql() == first
    user = User.create(uid="usr_after_roundtrip")
    assert User.get_by_id(user.id).uid == "usr_after_roundtrip"


@pytest.mark.parametrize("name", MIGRATIONS)
def test_down_restores_the_previous_schema_when_a_migration_is_reverted(
    fresh: Settings, name: str
) -> None:
    index = MIGRATIONS.index(name)
    if index:
        schema.upgrade(MIGRATIONS[index - 1])
    before = _schema_sql()
    assert schema.upgrade(name) == [name]
    assert schema.downgrade() == [name]
    assert _schema_sql() == before


@pytest.mark.skipif(
    len(MIGRATIONS) < 2, reason="reverting the newest migration keeps rows only past 0001"
)
def test_downgrade_keeps_every_row_when_reverting_the_newest_migration(
    fresh: Settings,
) -> None:
    """SQLite's table rebuilds and drops run with foreign keys on would cascade."""
    schema.upgrade()
    user = User.create(uid="usr_survivor")
    Memory.create(user=user, content="kept", sector="semantic")
    before = {t: db.execute_sql(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in MODEL_TABLES}
    schema.downgrade()
    kept = MODEL_TABLES & set(db.get_tables())  # a table the migration added is gone, empty
    after = {t: db.execute_sql(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in kept}
    assert after == {t: before[t] for t in kept}
    assert all(before[t] == 0 for t in MODEL_TABLES - kept)
    assert db.execute_sql("PRAGMA foreign_keys").fetchone() == (1,)


@pytest.mark.parametrize(
    "overrides",
    [{"salience": 1.5}, {"salience": -0.1}, {"sector": "bogus"}, {"state": "bogus"}],
    ids=["salience_above_1", "salience_below_0", "unknown_sector", "unknown_state"],
)
def test_memory_insert_raises_integrity_error_when_a_check_constraint_is_violated(
    fresh: Settings, overrides: dict[str, object]
) -> None:
    schema.upgrade()
    user = User.create(uid="usr_checks")
    values = {"user": user, "content": "x", "sector": "semantic", "salience": 0.5, **overrides}
    with pytest.raises(IntegrityError, match="CHECK constraint failed"):
        Memory.create(**values)
    assert Memory.select().count() == 0


def test_memory_insert_succeeds_when_values_are_on_the_check_boundaries(fresh: Settings) -> None:
    schema.upgrade()
    user = User.create(uid="usr_bounds")
    Memory.create(user=user, content="low", sector="reflective", salience=0.0)
    Memory.create(user=user, content="high", sector="emotional", salience=1.0, state="archived")
    assert sorted(m.salience for m in Memory.select()) == [0.0, 1.0]


def test_migration_files_never_import_omem_models_when_read() -> None:
    for path in sorted(schema.MIGRATIONS_DIR.glob("[0-9]*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.Import)
            for alias in node.names
        } | {
            f"{node.module}.{alias.name}"
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom)
            for alias in node.names
        }
        # omem.crypto (the data-at-rest cipher) is allowed: a migration may re-encode values.
        allowed = {"omem.crypto"}
        assert not any(n.startswith("omem") and n not in allowed for n in imported), path.name
        functions = {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}
        assert {"up", "down"} <= functions, path.name


def test_web_and_consumer_refuse_a_database_migrated_ahead_of_their_code(
    fresh: Settings,
) -> None:
    from omem import create_app
    from omem import jobs

    schema.upgrade()
    # A rollback to an older release whose code lacks the newest migration: what the database
    # records is ahead of the files this code has.
    db.execute_sql(
        f'INSERT INTO "{schema.HISTORY_TABLE}" (name, applied) VALUES (?, ?)',
        ("9999_from_a_newer_release", "2026-12-05 00:00:00"),
    )
    db.close()
    with pytest.raises(schema.SchemaAhead, match="9999_from_a_newer_release"):
        create_app(fresh)
    with pytest.raises(schema.SchemaAhead, match="omem db downgrade"):
        jobs.start_worker(fresh)
    db.connect()
    db.execute_sql(f'DELETE FROM "{schema.HISTORY_TABLE}" WHERE name LIKE ?', ("9999_%",))
    db.close()
    create_app(fresh)  # the same database, no longer ahead, starts
    db.connect()
