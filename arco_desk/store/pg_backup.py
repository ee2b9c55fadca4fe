"""Backup and restore of a PostgreSQL database with the server's client tools (issue 14).

``pg_dump`` writes a custom-format archive (``-Fc``), ``pg_restore`` reads it back. The
tools are taken from a configured folder, else from PATH (else, on Windows, from
PostgreSQL's usual install folders). The password never appears on a command line nor
in a log: the child process gets it in ``PGPASSWORD`` and the connection as a libpq
conninfo without it. Every run has a timeout; no shell is involved.

A restore reads the archive's ``alembic_version`` first and refuses an archive that is
not ARCO Desk's or comes from a newer version, refuses while other sessions are
connected, dumps the current database to the file it is given (the copy kept aside),
and then restores in one transaction (``--single-transaction``): it happens entirely or
not at all.
"""

from __future__ import annotations

import glob
import logging
import os
import re
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from sqlalchemy import Engine, make_url, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL

from arco_desk.domain.errors import DomainError
from arco_desk.domain.messages import Message, msg
from arco_desk.store.backup import (
    POSTGRES_MAGIC,
    SQLITE_MAGIC,
    RestoreResult,
    create_private,
    fsync_folder,
    remove_quietly,
    starts_with,
)
from arco_desk.store.engine import create_store_engine
from arco_desk.store.errors import classify
from arco_desk.store.migrate import current_revision, is_known_revision
from arco_desk.store.models import Base

log = logging.getLogger(__name__)

PG_DUMP: Final = "pg_dump"
PG_RESTORE: Final = "pg_restore"
# A dump or restore of a large database takes minutes, never an hour; reading an
# archive's table of contents takes seconds.
RUN_TIMEOUT_S: Final = 3600.0
READ_TIMEOUT_S: Final = 120.0
# A restore waits this long for a table another session holds, then gives up (undone).
RESTORE_LOCK_TIMEOUT: Final = "30s"
APPLICATION_NAME: Final = "arco-desk-backup"
# zlib level 1: on the benchmark database a quarter of the time of the default level
# for a file a third larger.
DUMP_COMPRESSION: Final = 1
# Memory for rebuilding the indexes (the trigram ones above all) during a restore.
RESTORE_INDEX_MEMORY: Final = "256MB"
_DETAIL_CHARS = 400
_TABLE_LINE = re.compile(r"^\d+; \d+ \d+ TABLE (\S+) (\S+) ")


@dataclass(frozen=True, slots=True)
class Connection:
    """How a client tool reaches the database: a conninfo without the password, and the
    environment that carries it."""

    conninfo: str
    env: dict[str, str]


def find_tools(pg_bin: Path | None, names: Sequence[str] = (PG_DUMP, PG_RESTORE),
               ) -> dict[str, Path]:
    """Each tool's path, or a refusal naming what is missing and how to configure it.

    With ``pg_bin`` only that folder is searched (a wrong folder is named as such)."""
    found: dict[str, Path] = {}
    for name in names:
        path = _find_tool(name, pg_bin)
        if path is not None:
            found[name] = path
    missing = [name for name in names if name not in found]
    if missing:
        if pg_bin is not None:
            raise DomainError(msg("backup.pg_tools_not_in_folder",
                                  tools=", ".join(missing), folder=str(pg_bin)))
        raise DomainError(msg("backup.pg_tools_missing", tools=", ".join(missing)))
    return found


def _find_tool(name: str, pg_bin: Path | None) -> Path | None:
    exe = f"{name}.exe" if os.name == "nt" else name
    if pg_bin is not None:
        candidate = pg_bin / exe
        return candidate if candidate.is_file() and os.access(candidate, os.X_OK) else None
    on_path = shutil.which(name)
    if on_path:
        return Path(on_path)
    if os.name == "nt":  # PostgreSQL's installer does not put its folder on PATH
        roots = [os.environ.get("PROGRAMFILES", ""), os.environ.get("PROGRAMW6432", "")]
        versions = [found for root in filter(None, roots)
                    for found in glob.glob(os.path.join(root, "PostgreSQL", "*", "bin", exe))]
        if versions:
            return Path(max(versions, key=_version_key))
    return None


def _version_key(path: str) -> tuple[int, ...]:
    """``…\\PostgreSQL\\16\\bin\\pg_dump.exe`` sorts by 16 (newest first)."""
    version = Path(path).parent.parent.name
    return tuple(int(part) for part in re.findall(r"\d+", version)) or (0,)


def connection(url: str | URL) -> Connection:
    """The conninfo for ``url`` (host, port, user, database and the URL's query options,
    e.g. ``sslmode``) and an environment with the password, if any."""
    from psycopg.conninfo import make_conninfo  # only on PostgreSQL (§16)

    parsed = make_url(url)
    options = {key: str(value) for key, value in parsed.query.items()
               if isinstance(value, str)}
    params = {"host": parsed.host, "port": parsed.port, "user": parsed.username,
              "dbname": parsed.database, "application_name": APPLICATION_NAME,
              "connect_timeout": 10, **options}
    conninfo = make_conninfo("", **{k: v for k, v in params.items() if v is not None})
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    return Connection(conninfo, env)


def dump_postgres(url: str | URL, target: Path, pg_bin: Path | None = None) -> Path:
    """The whole database as a custom-format archive at ``target`` (mode 0600), written
    to a ``.partial`` file first; refuses to overwrite a file."""
    tools = find_tools(pg_bin, (PG_DUMP,))
    if target.exists():
        raise DomainError(msg("backup.target_exists", path=str(target)))
    conn = connection(url)
    staging = target.with_name(f"{target.name}.partial")
    create_private(staging)
    try:
        _run(tools[PG_DUMP], ["--format=custom", f"--compress={DUMP_COMPRESSION}",
                              "--no-password", f"--file={staging}",
                              f"--dbname={conn.conninfo}"], conn.env, RUN_TIMEOUT_S)
        os.replace(staging, target)
    except ToolFailed as failed:
        remove_quietly(staging)
        raise _refusal(failed, msg("backup.pg_failed", tool=failed.tool,
                                   detail=failed.detail)) from failed
    except BaseException:
        remove_quietly(staging)
        raise
    fsync_folder(target.parent)
    return target


def archive_revision(archive: Path, pg_bin: Path | None = None) -> str:
    """The ARCO Desk schema revision an archive holds, or a refusal: not a file, a copy
    of the built-in database, damaged or not an archive, not ARCO Desk's, too new."""
    tools = find_tools(pg_bin, (PG_RESTORE,))
    if not archive.is_file():
        raise DomainError(msg("backup.not_found", path=str(archive)))
    if starts_with(archive, SQLITE_MAGIC):
        raise DomainError(msg("backup.is_sqlite_copy"))
    if not starts_with(archive, POSTGRES_MAGIC):
        raise DomainError(msg("backup.damaged"))
    try:
        script = _run(tools[PG_RESTORE], ["--data-only", "--table=alembic_version",
                                          "--file=-", str(archive)], None, READ_TIMEOUT_S)
    except ToolFailed as failed:
        raise _refusal(failed, msg("backup.damaged")) from failed
    revision = _copied_value(script, "alembic_version")
    if revision is None:
        raise DomainError(msg("backup.not_arco"))
    if not is_known_revision(revision):
        raise DomainError(msg("backup.too_new", revision=revision))
    return revision


def _copied_value(script: str, table: str) -> str | None:
    """The first value of the first row of ``table``'s COPY block in a SQL script."""
    lines = iter(script.splitlines())
    for line in lines:
        if line.startswith("COPY ") and f".{table} " in line and line.endswith("FROM stdin;"):
            row = next(lines, "\\.")
            return None if row == "\\." else row.split("\t")[0]
    return None


def archive_tables(archive: Path, pg_restore: Path) -> set[str]:
    """The tables (in the ``public`` schema) an archive creates."""
    try:
        listing = _run(pg_restore, ["--list", str(archive)], None, READ_TIMEOUT_S)
    except ToolFailed as failed:
        raise _refusal(failed, msg("backup.damaged")) from failed
    tables = set()
    for line in listing.splitlines():
        match = _TABLE_LINE.match(line)
        if match is not None and match.group(1) == "public":
            tables.add(match.group(2))
    return tables


def other_sessions(engine: Engine) -> int:
    """How many other sessions are connected to the database (other PCs, tools)."""
    with engine.connect() as conn:
        return int(conn.execute(text(
            "SELECT count(*) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()")).scalar() or 0)


def restore_postgres(archive: Path, url: str | URL, keep_as: Path,
                     pg_bin: Path | None = None) -> RestoreResult:
    """Replace the database's contents with ``archive``; the current contents are dumped
    to ``keep_as`` first. Refuses while other sessions are connected."""
    tools = find_tools(pg_bin)
    revision = archive_revision(archive, pg_bin)
    engine = create_store_engine(make_url(url).render_as_string(hide_password=False))
    try:
        try:
            others = other_sessions(engine)
            current = current_revision(engine)
        except (sa_exc.SQLAlchemyError, OSError) as error:
            raise _known(error) from error
        if others:
            raise DomainError(msg("backup.others_connected", count=others))
        kept = dump_postgres(url, keep_as, pg_bin)
        log.info("current database dumped to %s before the restore", kept)
        dropped = False
        if current is not None and current != revision:
            dropped = _drop_tables_the_archive_lacks(
                engine, archive_tables(archive, tools[PG_RESTORE]))
    finally:
        engine.dispose()
    try:
        _pg_restore(tools[PG_RESTORE], archive, url)
    except ToolFailed as failed:
        if dropped:  # the drop was outside pg_restore's transaction: put it all back
            try:
                _pg_restore(tools[PG_RESTORE], kept, url)
            except ToolFailed:
                raise DomainError(msg("backup.pg_restore_incomplete", detail=failed.detail,
                                      kept=str(kept))) from failed
        raise _refusal(failed, msg("backup.pg_restore_failed", detail=failed.detail,
                                   kept=str(kept))) from failed
    return RestoreResult(revision, kept)


def _pg_restore(pg_restore: Path, archive: Path, url: str | URL) -> None:
    """``archive`` over the database in one transaction: all of it or nothing."""
    conn = connection(url)
    env = {**conn.env, "PGOPTIONS": f"-c lock_timeout={RESTORE_LOCK_TIMEOUT} "
                                    f"-c maintenance_work_mem={RESTORE_INDEX_MEMORY}"}
    _run(pg_restore, ["--clean", "--if-exists", "--single-transaction", "--no-owner",
                      "--exit-on-error", "--no-password", f"--dbname={conn.conninfo}",
                      str(archive)], env, RUN_TIMEOUT_S)


def _drop_tables_the_archive_lacks(engine: Engine, archived: set[str]) -> bool:
    """An archive from an older version lacks the tables later versions added; left in
    place they would hold today's rows beside the restored ones, and the next start's
    upgrade would fail creating them. Only ARCO Desk's own tables are dropped."""
    with engine.begin() as conn:
        present = set(conn.execute(text(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars())
        extra = sorted((present & set(Base.metadata.tables)) - archived)
        quote = engine.dialect.identifier_preparer.quote
        for table in extra:
            conn.exec_driver_sql(f"DROP TABLE IF EXISTS public.{quote(table)} CASCADE")
    if extra:
        log.info("dropped %d tables the older backup does not have", len(extra))
    return bool(extra)


class ToolFailed(Exception):
    """A client tool could not run, ended with an error or ran out of time; ``detail`` is
    the end of what it wrote to stderr (shown to the operator, never logged: it can name
    values)."""

    def __init__(self, tool: str, detail: str, timeout_s: float | None = None) -> None:
        super().__init__(tool)
        self.tool = tool
        self.detail = detail
        self.timeout_s = timeout_s


def _refusal(failed: ToolFailed, otherwise: Message) -> DomainError:
    if failed.timeout_s is not None:
        return DomainError(msg("backup.pg_timeout", tool=failed.tool,
                               minutes=max(1, round(failed.timeout_s / 60))))
    return DomainError(otherwise)


def _run(tool: Path, args: list[str], env: dict[str, str] | None, timeout: float) -> str:
    """Run ``tool`` (no shell, no prompt); its standard output, or ToolFailed. The
    arguments never hold the password."""
    try:
        done = subprocess.run([str(tool), *args], env=env, capture_output=True, text=True,
                              encoding="utf-8", errors="replace", timeout=timeout,
                              check=False, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as error:
        log.error("%s stopped after %.0f s", tool.name, timeout)
        raise ToolFailed(tool.name, "-", timeout) from error
    except OSError as error:
        log.error("%s could not be started: %s", tool.name, error.strerror)
        raise ToolFailed(tool.name, error.strerror or "-") from error
    if done.returncode != 0:
        log.error("%s failed with exit code %d", tool.name, done.returncode)
        raise ToolFailed(tool.name, _last_words(done.stderr))
    return done.stdout


def _last_words(stderr: str) -> str:
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    detail = " ".join(lines[-3:])
    return detail[-_DETAIL_CHARS:] if detail else "-"


def _known(error: BaseException) -> DomainError:
    known = classify(error)
    return known if known is not None else DomainError(msg("store.unreachable"))
