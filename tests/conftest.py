"""Shared fixtures: a temporary base folder and database per test, a real PostgreSQL.

The PostgreSQL server is started once per test session from the machine's
initdb/pg_ctl (through ``runuser -u postgres`` when running as root, since
PostgreSQL refuses to run as root); each test gets a fresh database in it.
In CI (``CI`` set) a missing server is a failure, never a skip.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import contextlib
import glob
import itertools
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from arco_desk.domain.clock import SEOUL
from arco_desk.services.container import Services
from tests.clock import SteppingClock
from tests.credential_stores import FileKeyring
from tests.integration.commit_cut import CommitCut
from tests.signed_in import open_signed_in

if TYPE_CHECKING:
    from tests.secured_database import Agency

# A fixed "now" for tests: Tuesday 2026-11-24 10:30 in Seoul.
FIXED_NOW = datetime(2026, 11, 24, 10, 30, tzinfo=SEOUL)


def fixed_clock() -> datetime:
    return FIXED_NOW


def _background_reads_over() -> None:
    """A list's reads run on Qt's thread pool (arco_desk/ui/common/list_reader.py): the
    database is closed after the last of them, not under it."""
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone()


@pytest.fixture
def basedir(tmp_path: Path) -> Path:
    path = tmp_path / "basedir"
    path.mkdir()
    return path


@pytest.fixture
def services(basedir: Path) -> Iterator[Services]:
    """Services on a fresh embedded SQLite file, migrated, empty."""
    svc = open_signed_in(basedir, clock=fixed_clock)
    yield svc
    _background_reads_over()
    svc.close()


@pytest.fixture
def other_pc(services: Services, basedir: Path) -> Iterator[Services]:
    """A second PC's services on the same embedded database file as ``services``."""
    pc = open_signed_in(basedir, clock=fixed_clock)
    yield pc
    _background_reads_over()
    pc.close()


@pytest.fixture
def stepping_clock() -> SteppingClock:
    """A clock starting at FIXED_NOW that a test moves with ``advance``."""
    return SteppingClock(FIXED_NOW)


@pytest.fixture
def clocked_services(basedir: Path, stepping_clock: SteppingClock) -> Iterator[Services]:
    """Services with the demo directory on a clock the test moves by hand."""
    from arco_desk.services.demo import fill_directory

    svc = open_signed_in(basedir, clock=stepping_clock)
    fill_directory(svc.uow, FIXED_NOW)
    yield svc
    _background_reads_over()
    svc.close()


@pytest.fixture
def demo_services(services: Services) -> Services:
    from arco_desk.services.demo import fill_directory

    fill_directory(services.uow, FIXED_NOW)
    return services


@pytest.fixture(scope="session")
def _credential_files(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One file name per test in one folder (a folder per test costs every test time)."""
    folder = tmp_path_factory.mktemp("keyring")
    return (folder / f"passwords-{number}.json" for number in itertools.count(1))


@pytest.fixture(autouse=True)
def credential_store(_credential_files: Iterator[Path]) -> Iterator[FileKeyring]:
    """Every test's OS credential store: a file of its own, never this machine's store
    (the database password is kept there, services/database_password.py)."""
    import keyring

    before = keyring.get_keyring()
    store = FileKeyring(next(_credential_files))
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(before)


# --- PostgreSQL ----------------------------------------------------------------------------


def _pg_bin() -> Path | None:
    candidates = [os.environ.get("ARCO_PG_BIN", "")]
    found = shutil.which("pg_ctl")
    if found:
        candidates.append(str(Path(os.path.realpath(found)).parent))
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for candidate in candidates:
        if candidate and any((Path(candidate) / f"initdb{ext}").exists() for ext in ("", ".exe")):
            return Path(candidate)
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PostgresServer:
    def __init__(self, bindir: Path, root: Path, durable: bool = False) -> None:
        self.bindir = bindir
        self.root = root
        # Off, a commit is acknowledged before its WAL is written: fast for tests, but an
        # immediate stop then loses acknowledged commits, as a crash would.
        self.durable = durable
        self.data = root / "data"
        self.port = _free_port()
        self.as_root = os.geteuid() == 0 if hasattr(os, "geteuid") else False
        self._names = itertools.count(1)

    def _run(self, *args: str) -> None:
        command = list(args)
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, text=True)

    def start(self) -> None:
        if self.as_root:
            shutil.chown(self.root, "postgres")
            self.root.chmod(0o700)
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", "postgres",
                  "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "-N")
        self.launch()

    def launch(self) -> None:
        """Start the (already initialised) server; after ``stop`` this is a restart."""
        synchronous = "on" if self.durable else "off"
        options = (f"-p {self.port} -c listen_addresses=127.0.0.1 "
                   f"-c unix_socket_directories={self.root} -c fsync=off "
                   f"-c full_page_writes=off -c synchronous_commit={synchronous}")
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l",
                  str(self.root / "server.log"), "-o", options, "-w", "start")

    def stop(self, mode: str = "immediate") -> None:
        """Stop the server; ``fast`` keeps what was committed (fsync is off here)."""
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", mode, "stop")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        import psycopg

        name = f"arco_test_{next(self._names)}"
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def started_postgres(durable: bool = False) -> Iterator[PostgresServer]:
    """A new PostgreSQL server in a temporary folder, stopped and removed afterwards;
    ``durable`` writes each commit's WAL before acknowledging it (for restart tests)."""
    bindir = _pg_bin()
    if bindir is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL server binaries (initdb, pg_ctl) not found in CI")
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) not found")
    root = Path(tempfile.mkdtemp(prefix="arco-pg-"))
    server = PostgresServer(bindir, root, durable)
    try:
        server.start()
    except subprocess.CalledProcessError as error:
        log = root / "server.log"
        detail = log.read_text() if log.exists() else ""
        pytest.fail(f"could not start PostgreSQL: {error.stderr}\n{detail}")
    yield server
    with contextlib.suppress(subprocess.CalledProcessError):
        server.stop()
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    yield from started_postgres()


@pytest.fixture
def pg_url(pg_server: PostgresServer) -> str:
    """A fresh, empty database on the session's PostgreSQL server."""
    return pg_server.create_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_services(request: pytest.FixtureRequest, basedir: Path) -> Iterator[Services]:
    """The same services on embedded SQLite and on the real PostgreSQL server."""
    url = None
    if request.param == "postgresql":
        url = request.getfixturevalue("pg_url")
    svc = open_signed_in(basedir, url, clock=fixed_clock)
    yield svc
    svc.close()


PASSWORD_ROLE = "arco_keeper"


@pytest.fixture(scope="session")
def pg_password_role(pg_server: PostgresServer) -> Iterator[str]:
    """A role that must give its password (SCRAM), on the session's server where every
    other role connects without one; yields the password."""
    import psycopg

    password = f"Pw-{os.urandom(6).hex()}"
    hba = pg_server.data / "pg_hba.conf"
    original = hba.read_text()
    with psycopg.connect(f"host=127.0.0.1 port={pg_server.port} user=postgres dbname=postgres",
                         autocommit=True) as conn:
        # CREATEROLE: what a database owner needs for migration 0010's roles (README).
        conn.execute(f"CREATE ROLE {PASSWORD_ROLE} LOGIN CREATEDB CREATEROLE "
                     f"PASSWORD '{password}'")
    hba.write_text(f"host all {PASSWORD_ROLE} 127.0.0.1/32 scram-sha-256\n{original}")
    pg_server._run(str(pg_server.bindir / "pg_ctl"), "-D", str(pg_server.data), "reload")
    yield password
    hba.write_text(original)
    pg_server._run(str(pg_server.bindir / "pg_ctl"), "-D", str(pg_server.data), "reload")


@pytest.fixture
def pg_password_url(pg_server: PostgresServer, pg_password_role: str) -> str:
    """A fresh database owned by the password role: its URL *without* the password."""
    url = pg_server.create_database()
    name = url.rsplit("/", 1)[1]
    import psycopg

    with psycopg.connect(f"host=127.0.0.1 port={pg_server.port} user=postgres dbname=postgres",
                         autocommit=True) as conn:
        conn.execute(f'ALTER DATABASE "{name}" OWNER TO {PASSWORD_ROLE}')
    return f"postgresql+psycopg://{PASSWORD_ROLE}@127.0.0.1:{pg_server.port}/{name}"


@pytest.fixture
def relay(pg_server: PostgresServer) -> Iterator[CommitCut]:
    """A relay to the session's PostgreSQL server that can cut a connection at its COMMIT."""
    cut = CommitCut(pg_server.port)
    yield cut
    cut.stop()


# The secured agency on a real PostgreSQL server (tests/secured_database.py), shared by the
# login, row-security and person-connection tests: one per module (it provisions every
# login).
@pytest.fixture(scope="module")
def agency(pg_server: PostgresServer, tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[Agency]:
    from tests.secured_database import build_agency, scram_logins  # it imports this module

    url = pg_server.create_database()
    built = build_agency(pg_server, url, Path(tmp_path_factory.mktemp("agency")))
    try:
        with scram_logins(pg_server, built.database):
            yield built
    finally:
        built.services.close()
