"""PostgreSQL logins in tests: password sign-in for one database's logins, connections
as the owner and as a person, roles set as an administrator would.

The session's server lets every role in without a password (trust); ``scram_logins``
puts a line first in ``pg_hba.conf`` that makes the members of ``<prefix>_user`` (every
login of one database) give their password by SCRAM-SHA-256, and takes exactly that
line out again afterwards.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import Row, delete, func, select, text
from sqlalchemy.engine import make_url

from arco_desk.domain.actor import Actor
from arco_desk.domain.complaint_intake import ComplaintDraft
from arco_desk.domain.memos import MemoDraft, Route
from arco_desk.domain.reception import VisitorDraft, WalkInDraft
from arco_desk.domain.roles import Role
from arco_desk.services.container import Services
from arco_desk.services.demo_build import build_demo
from arco_desk.store import pg_logins
from arco_desk.store.models import Account, AccountRole, Department, Staff
from arco_desk.store.pg_names import group_role, login_role, role_prefix
from arco_desk.store.unit_of_work import UnitOfWork
from tests.conftest import FIXED_NOW, PostgresServer, fixed_clock
from tests.signed_in import open_signed_in

PASSWORD = "Login-test-2026"


def database_of(url: str) -> str:
    name = make_url(url).database
    assert name
    return name


def owner(server: PostgresServer, database: str) -> psycopg.Connection[tuple[Any, ...]]:
    """The superuser the tests own their databases with (no password: trust)."""
    return psycopg.connect(host="127.0.0.1", port=server.port, user="postgres",
                           dbname=database, autocommit=True)


def as_login(server: PostgresServer, database: str, login: str,
             password: str = PASSWORD) -> psycopg.Connection[tuple[Any, ...]]:
    """Plain psycopg, signed in as the account ``login``'s PostgreSQL login."""
    return psycopg.connect(host="127.0.0.1", port=server.port, dbname=database,
                           user=login_role(database, login), password=password,
                           autocommit=True, connect_timeout=5)


@contextmanager
def scram_logins(server: PostgresServer, database: str) -> Iterator[None]:
    line = f"host all +{group_role(database, 'user')} 127.0.0.1/32 scram-sha-256\n"
    hba = server.data / "pg_hba.conf"
    hba.write_text(line + hba.read_text())
    _reload(server, database)
    try:
        yield
    finally:
        hba.write_text(hba.read_text().replace(line, "", 1))
        _reload(server, database)


def _reload(server: PostgresServer, database: str) -> None:
    """Reload the server's configuration and wait until new connections have it."""
    def loaded() -> object:
        with owner(server, database) as conn:
            row = conn.execute("SELECT pg_conf_load_time()").fetchone()
            assert row is not None
            return row[0]

    before = loaded()
    server._run(str(server.bindir / "pg_ctl"), "-D", str(server.data), "reload")
    deadline = time.monotonic() + 10
    while loaded() == before:
        assert time.monotonic() < deadline, "the server did not reload pg_hba.conf"
        time.sleep(0.05)


def set_roles(uow: UnitOfWork, login: str, roles: Iterable[Role], *,
              active: bool = True, sync: bool = True) -> None:
    """The account's roles and state as an administrator leaves them, and its login
    following (one transaction, as the services will do it) unless ``sync`` is False
    (no login yet)."""
    with uow.write() as session:
        account = session.scalar(select(Account).where(Account.login == login))
        assert account is not None, login
        session.execute(delete(AccountRole).where(AccountRole.account_id == account.id))
        session.add_all(AccountRole(account_id=account.id, role=role.value)
                        for role in sorted(roles))
        account.active = active
        session.flush()
        if sync:
            pg_logins.sync_login(session, login)


def provision(uow: UnitOfWork, logins: Iterable[str], password: str = PASSWORD) -> None:
    with uow.write() as session:
        for login in logins:
            pg_logins.provision_login(session, login, password)


def prefix_of(url: str) -> str:
    return role_prefix(database_of(url))


# --- the demo agency with people of every role --------------------------------------------

DEPARTMENT = "공연예술부"  # the department the staff member, a colleague and the lead are in
ELSEWHERE = "국제교류부"


@dataclass
class Person:
    login: str
    staff_id: int
    department_id: int
    name: str

    def actor(self, *roles: Role) -> Actor:
        return Actor(self.login, self.staff_id, self.name,
                     frozenset(role.value for role in roles))


@dataclass
class Agency:
    """The demo agency on a fresh database, plus one memo, complaint and walk-in visit for
    each of the people below (made through the services, as the desk would), and the
    logins of ``PEOPLE`` provisioned with :data:`PASSWORD`."""

    server: PostgresServer
    url: str
    services: Services
    people: dict[str, Person]
    memos: dict[str, int] = field(default_factory=dict)
    complaints: dict[str, int] = field(default_factory=dict)
    visits: dict[str, int] = field(default_factory=dict)

    @property
    def database(self) -> str:
        return database_of(self.url)

    def login(self, who: str, password: str = PASSWORD) -> psycopg.Connection[tuple[Any, ...]]:
        return as_login(self.server, self.database, self.people[who].login, password)

    def owner(self) -> psycopg.Connection[tuple[Any, ...]]:
        return owner(self.server, self.database)


# Who is who: staff and colleague are plain staff of DEPARTMENT, lead its head, other a
# plain staff member of ELSEWHERE, desk a reception operator, admin only an administrator,
# officer only the privacy officer; spare is a staff member of DEPARTMENT for the tests
# that disable or change a login.
PEOPLE = ("staff", "colleague", "lead", "other", "desk", "admin", "officer", "spare")


def build_agency(server: PostgresServer, url: str, basedir: Path) -> Agency:
    services = open_signed_in(basedir, url, clock=fixed_clock)
    try:
        return _fill(server, url, services)
    except BaseException:
        services.close()
        raise


def _fill(server: PostgresServer, url: str, services: Services) -> Agency:
    build_demo(services)
    people = _people(services)
    agency = Agency(server, url, services, people)
    set_roles(services.uow, people["admin"].login, {Role.ADMIN}, sync=False)
    set_roles(services.uow, people["officer"].login, {Role.PRIVACY_OFFICER}, sync=False)
    desk = people["desk"].actor(Role.DESK, Role.STAFF)
    kind = services.complaints.kinds()[0].code
    department = people["staff"].department_id
    for who in ("staff", "colleague", "other", "spare"):
        person = people[who]
        agency.memos[who] = services.memos.record(MemoDraft(
            caller_name=f"{person.name} 찾는 분", caller_phone="010-2345-6789",
            called_at=FIXED_NOW, message="전화 부탁드립니다", target_staff_id=person.staff_id),
            actor=desk).id
        agency.complaints[who] = services.complaints.register(ComplaintDraft(
            channel="phone", kind_code=kind, citizen_name="민원인", citizen_phone="010-3456-7890",
            title=f"{person.name} 담당 민원", content="내용", received_at=FIXED_NOW),
            assignee_id=person.staff_id, department_id=person.department_id, actor=desk)
        agency.visits[who] = services.reception.register_walk_in(WalkInDraft(
            visitor=VisitorDraft(name=f"방문객{who}", phone="010-4567-8901"),
            host_id=person.staff_id, purpose="면담"), actor=desk).visit_id
    agency.memos["department"] = services.memos.record(MemoDraft(
        caller_name="부서 찾는 분", caller_phone="02-760-4500", called_at=FIXED_NOW,
        message="부서 아무나",
        target_staff_id=people["colleague"].staff_id, route=Route.DEPARTMENT), actor=desk).id
    agency.complaints["department"] = services.complaints.register(ComplaintDraft(
        channel="phone", kind_code=kind, citizen_name="부서 민원인",
        citizen_phone="010-5678-9012", title="부서 민원",
        content="내용", received_at=FIXED_NOW), department_id=department, actor=desk)
    with services.uow.write() as session:
        session.execute(text("ANALYZE"))
    provision(services.uow, [person.login for person in people.values()])
    return agency


def _people(services: Services) -> dict[str, Person]:
    with services.uow.read() as session:
        rows = session.execute(
            select(Account.login, Staff.id, Staff.department_id, Staff.name, Department.name,
                   func.string_agg(AccountRole.role, ",").label("roles"))
            .join(Staff, Staff.id == Account.staff_id)
            .join(Department, Department.id == Staff.department_id)
            .join(AccountRole, AccountRole.account_id == Account.id)
            .group_by(Account.login, Staff.id, Staff.department_id, Staff.name,
                      Department.name).order_by(Staff.id)).all()

    def find(department: str | None, roles: set[str], skip: int = 0) -> Person:
        found = [Person(login, staff_id, dept_id, name)
                 for login, staff_id, dept_id, name, dept, held in rows
                 if (department is None or dept == department)
                 and set(held.split(",")) >= roles
                 and (roles != {"staff"} or held == "staff")]
        return found[skip]

    return {
        "staff": find(DEPARTMENT, {"staff"}), "colleague": find(DEPARTMENT, {"staff"}, 1),
        "spare": find(DEPARTMENT, {"staff"}, 2), "lead": find(DEPARTMENT, {"lead"}),
        "other": find(ELSEWHERE, {"staff"}),
        "desk": next(p for p in (find(None, {"desk"}, n) for n in range(5))
                     if "lead" not in _roles_of(rows, p.login)),
        "admin": find(None, {"admin"}), "officer": find(None, {"privacy_officer"}),
    }


def _roles_of(rows: Sequence[Row[Any]], login: str) -> set[str]:
    return next(set(row.roles.split(",")) for row in rows if row.login == login)
