"""The knowledge store: facts from many documents in one SQLite file or PostgreSQL database.

open_store(db) → Store          (migrated to the newest schema on opening)
load.store_facts(conn, facts)   one document, inside the caller's transaction
fusion.edges(...)               claims fused into edges with corroboration
upkeep.*                        the derived edge tables kept in step with the claims
analyst.merge/split/review/grade  analysts' decisions, kept beside the evidence
queries.*                       the questions of `rawi actors/actor/facts/...`
exports.*                       FollowTheMoney, STIX 2.1, GraphML/GEXF, Neo4j, CSV, JSONL
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Connection, Engine, Table, create_engine, event, insert, inspect, text
from sqlalchemy.exc import SQLAlchemyError

from rawi.errors import RawiError

MIGRATIONS = Path(__file__).parent / "migrations"


class StoreError(RawiError):
    """The store cannot be opened or does not hold what was asked for."""


def default_db() -> str:
    """RAWI_DB when set, else a SQLite file in the user's data folder."""
    return os.environ.get("RAWI_DB") or str(Path(platformdirs.user_data_dir("rawi")) / "rawi.sqlite")


def database_url(db: str | None) -> str:
    """A SQLAlchemy URL for a file path, a sqlite:/// URL or a postgresql:// URL."""
    db = db or default_db()
    if db.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if "://" in db:
        return db
    path = Path(db).expanduser()
    if path.is_dir():
        raise StoreError(f"{path} is a folder; give --db a file path such as {path / 'rawi.sqlite'}")
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path.resolve()}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")  # ON DELETE CASCADE replaces a document's rows
    cursor.execute("PRAGMA journal_mode=WAL")  # readers do not wait for an ingest
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


@dataclass
class Store:
    engine: Engine
    url: str

    @contextmanager
    def transaction(self, *, bulk: bool = False) -> Iterator[Connection]:
        """One transaction. BULK (ingest) lets PostgreSQL acknowledge the commit before it
        reaches the disk: a crash may lose the last few documents, never half of one, and
        ingest is resumable, so they are simply stored again on the next run."""
        with self.engine.begin() as conn:
            if bulk and self.dialect == "postgresql":
                conn.execute(text("SET LOCAL synchronous_commit TO OFF"))
            yield conn

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()


def insert_rows(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert many rows at once. On PostgreSQL an INSERT with RETURNING is sent as a few
    multi-row statements, where a plain executemany sends one message per row."""
    if not rows:
        return
    statement = insert(table)
    if conn.dialect.name == "postgresql":
        statement = statement.returning(next(iter(table.c)))
    conn.execute(statement, rows)


def newest_revision() -> str:
    """The newest migration, from the file names (NNNN_what.py carries revision NNNN)."""
    return max(path.name.split("_", 1)[0] for path in (MIGRATIONS / "versions").glob("[0-9]*_*.py"))


def _revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _migrate(conn: Connection) -> None:
    """Run the migrations with Alembic (imported only then: it is slow to load)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = conn
    command.upgrade(config, "head")


def open_store(db: str | None = None) -> Store:
    """Open (creating if needed) the store at DB and bring its schema up to date."""
    url = database_url(db)
    try:
        engine = create_engine(url)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        with engine.begin() as conn:
            if _revision(conn) != newest_revision():
                _migrate(conn)
    except ModuleNotFoundError as exc:
        raise StoreError(f"{exc}; for PostgreSQL install rawi with: pip install 'rawi[postgres]'") from None
    except (SQLAlchemyError, OSError) as exc:
        raise StoreError(f"cannot open the store {db or default_db()}: {exc}") from None
    return Store(engine, url)
