"""The scale database on PostgreSQL: the same 1,000,000 complaints and 2,000,000 memos as
the SQLite one (``scale_db``), row for row.

``python -m tests.benchmarks.scale_db --pg`` builds it (or finds it built). A server's
data folder is kept under ``$ARCO_BENCH_PG_CACHE``, named after the schema's head and the
counts as the SQLite one is; its default is the SQLite cache folder, or
``/var/tmp/arco-desk-bench`` when this runs as root: the server then runs as the user
``postgres`` (as the tests' servers do), which cannot read root's home. A build goes to
``<name>.building`` and is renamed when complete; a later run starts a server on the
folder (a few seconds) and stops it afterwards.

The build: ``initdb``, the app's migrations to the head, the demo directory (the same
staff ids as the SQLite database's: checked), then the memos, complaints and their
events copied from the SQLite scale database (built first when missing: the generators
run once, both backends hold the same rows) with ``COPY``, the secondary and trigram
indexes and the row triggers set aside during the copy and made again afterwards, then
``VACUUM ANALYZE``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg

from arco_desk.services.container import Services
from arco_desk.services.demo import fill_directory
from tests.benchmarks import scale_db
from tests.conftest import PostgresServer, _pg_bin
from tests.signed_in import open_signed_in

TABLES = ("phone_memo", "complaint", "complaint_event")
DATABASE = "arco_scale"


def pg_cache_dir() -> Path:
    chosen = os.environ.get("ARCO_BENCH_PG_CACHE")
    if chosen:
        return Path(chosen)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return Path("/var/tmp/arco-desk-bench")
    return scale_db.cache_dir()


def folder() -> Path:
    return pg_cache_dir() / f"{scale_db.folder_name()}-pg"


class ScaleServer(PostgresServer):
    """A server on the cached data folder ``root/data``; nothing is removed at the end."""

    def launch(self) -> None:
        options = (f"-p {self.port} -c listen_addresses=127.0.0.1 "
                   f"-c unix_socket_directories={self.root} -c fsync=off "
                   "-c full_page_writes=off -c synchronous_commit=off "
                   "-c maintenance_work_mem=1GB -c max_wal_size=4GB "
                   "-c shared_buffers=1GB -c effective_cache_size=8GB")
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l",
                  str(self.root / "server.log"), "-o", options, "-w", "start")

    def scale_url(self) -> str:
        return self.url(DATABASE)


@contextlib.contextmanager
def running(where: Path) -> Iterator[ScaleServer]:
    """A server on the built folder ``where``, stopped (cleanly) afterwards."""
    bindir = _pg_bin()
    if bindir is None:
        raise RuntimeError("PostgreSQL server binaries (initdb, pg_ctl) not found; "
                           "set ARCO_PG_BIN")
    server = ScaleServer(bindir, where)
    server.launch()
    try:
        yield server
    finally:
        server.stop("fast")


def open_scale_pg(server: ScaleServer) -> Services:
    return open_signed_in(server.root / "app", server.scale_url(),
                          clock=lambda: scale_db.NOW)


def ensure_pg_built(log: bool = True) -> Path:
    """The folder of the PostgreSQL scale database, built when missing."""
    done = folder()
    if done.is_dir():
        return done
    source = scale_db.ensure_built(log) / "arco-desk.sqlite3"
    building = done.with_name(done.name + ".building")
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True, mode=0o700)
    bindir = _pg_bin()
    if bindir is None:
        raise RuntimeError("PostgreSQL server binaries (initdb, pg_ctl) not found")
    started = time.perf_counter()
    server = ScaleServer(bindir, building)
    server.start()  # initdb, then launch
    try:
        _build(server, source, log)
    finally:
        server.stop("fast")
    seconds = time.perf_counter() - started
    (building / "build-seconds.txt").write_text(f"{seconds:.0f}\n")
    (building / "build-seconds.txt").chmod(0o644)
    building.rename(done)
    return done


def _build(server: ScaleServer, source: Path, log: bool) -> None:
    started = time.perf_counter()

    def say(text: str) -> None:
        if log:
            print(f"[scale_pg {time.perf_counter() - started:6.0f} s] {text}",
                  file=sys.stderr, flush=True)

    dsn = f"host=127.0.0.1 port={server.port} user=postgres"
    with psycopg.connect(f"{dsn} dbname=postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{DATABASE}"')
    services = open_scale_pg(server)
    try:
        fill_directory(services.uow, scale_db.NOW)
    finally:
        services.close()
    say("schema migrated, directory filled")
    lite = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        with psycopg.connect(f"{dsn} dbname={DATABASE}") as conn:
            _same_staff(lite, conn)
            indexes = _set_aside(conn)
            say(f"{len(indexes)} indexes set aside")
            for name in TABLES:
                count = _copy(lite, conn, name)
                conn.commit()
                say(f"{count:,} rows of {name}")
            for sql in indexes:
                conn.execute(sql)
                conn.commit()
                say(f"made again: {sql.split(' ON ')[0]}")
            for name in TABLES:
                conn.execute(f"ALTER TABLE {name} ENABLE TRIGGER USER")
                conn.execute(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                             f"(SELECT max(id) FROM {name}))")
            conn.commit()
            conn.autocommit = True
            conn.execute("VACUUM ANALYZE")
            say("vacuumed and analysed")
    finally:
        lite.close()


def _same_staff(lite: sqlite3.Connection, conn: psycopg.Connection[tuple[object, ...]]
                ) -> None:
    """The memos and complaints name staff and departments by id: both directories must
    be the same."""
    query = "SELECT id, name, department_id FROM staff ORDER BY id"
    theirs = [tuple(r) for r in lite.execute(query)]
    ours = [tuple(r) for r in conn.execute(query)]
    if theirs != ours:
        raise RuntimeError("the demo directory differs from the SQLite scale database's")


def _set_aside(conn: psycopg.Connection[tuple[object, ...]]) -> list[str]:
    """Drop the big tables' indexes but their keys' and disable their row triggers; the
    indexes' definitions, to make them again (the biggest last)."""
    rows = conn.execute(
        "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) "
        "FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid "
        "WHERE t.relname = ANY(%s) AND NOT i.indisprimary AND NOT EXISTS "
        "(SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)",
        (list(TABLES),)).fetchall()
    for name, _ in rows:
        conn.execute(f"DROP INDEX {name}")
    for name in TABLES:
        conn.execute(f"ALTER TABLE {name} DISABLE TRIGGER USER")
    conn.commit()
    return sorted((str(sql) for _, sql in rows), key=lambda sql: "gin" in sql)


def _copy(lite: sqlite3.Connection, conn: psycopg.Connection[tuple[object, ...]],
          name: str) -> int:
    """Every row of ``name`` from SQLite, its moments (UTC there) marked as UTC."""
    kinds = dict(conn.execute(
        "SELECT column_name, data_type FROM information_schema.columns "
        "WHERE table_name = %s", (name,)).fetchall())
    theirs = [r[1] for r in lite.execute(f"PRAGMA table_info({name})")]
    columns = [c for c in theirs if c in kinds]
    picked = ", ".join(f"{c} || '+00'" if kinds[c] == "timestamp with time zone" else c
                       for c in columns)
    count = 0
    with conn.cursor().copy(f"COPY {name} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in lite.execute(f"SELECT {picked} FROM {name} ORDER BY id"):
            copy.write_row(row)
            count += 1
    return count
