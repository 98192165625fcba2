"""Every store test runs twice: on a SQLite file and on a real PostgreSQL server.

PostgreSQL comes from RAWI_TEST_POSTGRES (a postgresql:// URL to a server where the
user may create databases) or else from a throwaway cluster that this file starts with
Debian's binaries (initdb/pg_ctl) in a temporary folder and stops at the end. Without
either, the PostgreSQL runs are skipped locally and fail under CI=true, so CI cannot
pass without testing PostgreSQL.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from rawi.extract import Extractor
from rawi.ingest import iter_inputs, read_document
from rawi.store import Store, open_store
from rawi.store.load import store_facts
from tests.conftest import DEV, SEED

_counter = itertools.count()


def _postgres_bin() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    return found[-1].parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_postgres(args: list[str]) -> list[str]:
    """initdb refuses to run as root; Debian's `postgres` user runs the cluster then."""
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A postgresql:// URL of a server on 127.0.0.1 where databases may be created."""
    if os.environ.get("RAWI_TEST_POSTGRES"):
        yield os.environ["RAWI_TEST_POSTGRES"].rstrip("/")
        return
    bin_dir = _postgres_bin()
    if bin_dir is None:
        message = "PostgreSQL is not installed (apt-get install postgresql) and RAWI_TEST_POSTGRES is not set"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    # not under pytest's tmp folder: that is private to the user, and the server runs as postgres
    root = Path(tempfile.mkdtemp(prefix="rawi-pg-"))
    data, sockets = root / "data", root / "sock"
    sockets.mkdir()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(sockets, "postgres")
    port = _free_port()
    subprocess.run(
        _as_postgres(
            [
                str(bin_dir / "initdb"),
                "-D",
                str(data),
                "-U",
                "rawi",
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
            ]
        ),
        check=True,
        capture_output=True,
    )
    options = f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(
        _as_postgres(
            [str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(root / "log"), "-w", "-o", options, "start"]
        ),
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql://rawi@127.0.0.1:{port}"
    finally:
        subprocess.run(
            _as_postgres([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)


def new_postgres_database(server: str) -> str:
    name = f"rawi_test_{os.getpid()}_{next(_counter)}"
    engine = create_engine(server.replace("postgresql://", "postgresql+psycopg://") + "/postgres")
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return f"{server}/{name}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty store location on each backend."""
    if request.param == "sqlite":
        return str(tmp_path / "store.sqlite")
    return new_postgres_database(request.getfixturevalue("postgres_server"))


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    opened = open_store(db_url)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def corpus_facts() -> list[dict[str, Any]]:
    """The facts of the seed and the dev reports, extracted once for the whole session."""
    if not DEV.is_dir() or not SEED.is_file():
        pytest.skip("../shared is not beside this checkout")
    extract = Extractor()
    found = []
    for item in iter_inputs([str(SEED), str(DEV)]):
        assert not isinstance(item, Exception)
        found.append(extract(read_document(item)).to_json())
    return found


def load(store: Store, facts: list[dict[str, Any]]) -> list[str]:
    outcomes = []
    for record in facts:
        with store.transaction() as conn:
            outcomes.append(store_facts(conn, json.loads(json.dumps(record))))
    return outcomes


@pytest.fixture
def corpus_store(store: Store, corpus_facts: list[dict[str, Any]]) -> Store:
    """A store holding the seed and the dev reports."""
    load(store, corpus_facts)
    return store
