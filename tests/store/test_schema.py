"""The migrations build exactly the tables the code queries, on both backends."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from rawi.store import MIGRATIONS, Store, newest_revision, open_store
from rawi.store.schema import metadata


def test_migrated_database_matches_schema(store: Store) -> None:
    with store.reading() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), metadata)
    assert differences == []


def test_store_is_at_the_newest_migration_and_reopening_changes_nothing(db_url: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(config).get_current_head()
    first = open_store(db_url)
    with first.reading() as conn:
        tables = set(inspect(conn).get_table_names())
    first.close()
    again = open_store(db_url)
    with again.reading() as conn:
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
        assert set(inspect(conn).get_table_names()) == tables
    again.close()
    assert version == head == newest_revision()  # the quick check on opening agrees with Alembic
    assert {"documents", "entities", "claims", "claim_reviews", "source_grades"} <= tables
