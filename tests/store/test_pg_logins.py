"""Per-person PostgreSQL logins (docs/architecture.md §11): provisioning through the
database's own functions by an administrator's login, roles and disabling taking effect,
passwords as SCRAM verifiers only, the app's use cases run as each login, and migration
0010 up, down and again, as a superuser and as an owner that is not one.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
import sqlalchemy as sa
from psycopg import errors, sql

from arco_desk.domain.memos import MemoDraft, MemoFilter, Route
from arco_desk.domain.roles import Role
from arco_desk.services.container import Services
from arco_desk.services.demo import fill_directory
from arco_desk.services.demo_accounts import fill_accounts
from arco_desk.store import pg_logins
from arco_desk.store.engine import create_store_engine, sqlite_url
from arco_desk.store.migrate import current_revision, migrate_to
from arco_desk.store.pg_names import GROUPS, group_role, login_role, role_prefix
from arco_desk.store.pg_search import has_complaint_search
from arco_desk.store.scram import is_verifier
from arco_desk.store.unit_of_work import UnitOfWork
from tests.conftest import FIXED_NOW, PostgresServer, fixed_clock
from tests.secured_database import (
    PASSWORD,
    Agency,
    as_login,
    database_of,
    owner,
    provision,
    scram_logins,
)
from tests.signed_in import open_signed_in

pytestmark = pytest.mark.postgres


def _unprovisioned(agency: Agency) -> str:
    """A demo account whose login is dropped (the demo gives every account one)."""
    taken = {person.login for person in agency.people.values()}
    with agency.owner() as conn:
        logins = [row[0] for row in conn.execute(
            "SELECT a.login FROM account a JOIN account_role r ON r.account_id = a.id "
            "GROUP BY a.login HAVING array_agg(r.role) = ARRAY['staff'::varchar] "
            "ORDER BY a.login").fetchall()]
        has_role = {row[0] for row in conn.execute("SELECT rolname FROM pg_roles").fetchall()}
        login = next(str(login) for login in logins if login not in taken
                     and login_role(agency.database, login) in has_role)
        conn.execute(sql.SQL("DROP ROLE {}").format(
            sql.Identifier(login_role(agency.database, login))))
    return login


# --- provisioning -------------------------------------------------------------------------


def test_only_an_administrator_s_login_provisions(agency: Agency) -> None:
    login = _unprovisioned(agency)
    with agency.login("staff") as conn:
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT arco_provision_login(%s, %s)",
                         (login, "SCRAM-SHA-256$4096:c2FsdA==$x:y"))
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT arco_sync_login(%s)", (agency.people["other"].login,))
    with agency.login("admin") as conn:
        conn.execute("SELECT rolcreaterole FROM pg_roles WHERE rolname = current_user")
        row = conn.execute("SELECT rolcreaterole, rolsuper FROM pg_roles "
                           "WHERE rolname = current_user").fetchone()
        assert row == (False, False)  # the admin's login may not create roles itself
    engine = sa.create_engine(pg_logins.login_url(agency.url, agency.people["admin"].login,
                                                  PASSWORD))
    try:
        with sa.orm.Session(engine) as session, session.begin():
            assert pg_logins.has_logins(session)
            assert pg_logins.logins_of(session, [login]) == {login: False}
            role = pg_logins.provision_login(session, login, "New-person-2026")
            assert pg_logins.logins_of(session, [login, "no.such"]) == {
                login: True, "no.such": False}
        assert role == login_role(agency.database, login)
    finally:
        engine.dispose()
    with as_login(agency.server, agency.database, login, "New-person-2026") as conn:
        assert conn.execute("SELECT arco_current_login()").fetchone() == (login,)
        groups = conn.execute(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "WHERE m.member = (SELECT oid FROM pg_roles WHERE rolname = current_user) "
            "ORDER BY 1").fetchall()
    assert groups == [(group_role(agency.database, "staff"),),
                      (group_role(agency.database, "user"),)]


def test_the_server_keeps_the_verifier_and_never_sees_the_password(agency: Agency) -> None:
    login = agency.people["spare"].login
    with agency.owner() as conn:
        (stored,) = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s",
                                 (login_role(agency.database, login),)).fetchone() or (None,)
    assert isinstance(stored, str) and is_verifier(stored)
    assert stored.startswith("SCRAM-SHA-256$4096:") and PASSWORD not in stored
    with agency.login("admin") as conn:
        for refused in ("Plain-password-1", "md5" + "0" * 32, "SCRAM-SHA-256$4096:AA==$x:y"):
            with pytest.raises(errors.InvalidParameterValue):
                conn.execute("SELECT arco_set_login_password(%s, %s)", (login, refused))


def test_refusals_of_the_provisioning_functions(agency: Agency) -> None:
    staff_login = agency.people["staff"].login
    with agency.login("admin") as conn:
        with pytest.raises(errors.InvalidParameterValue, match="no account"):
            conn.execute("SELECT arco_sync_login('no.such.person')")
        with pytest.raises(errors.InvalidParameterValue, match="sign-in name"):
            conn.execute("SELECT arco_sync_login(%s)", ('x"; DROP ROLE postgres; --',))
        with pytest.raises(errors.InsufficientPrivilege, match="keeps their own"), \
                conn.transaction():
            conn.execute("UPDATE account SET active = false WHERE login = %s",
                         (agency.people["admin"].login,))
            conn.execute("SELECT arco_sync_login(%s)", (agency.people["admin"].login,))
    # A role of that name made by someone else is never taken over.
    login = _unprovisioned(agency)
    role = login_role(agency.database, login)
    with agency.owner() as conn:
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(role)))
    try:
        with agency.login("admin") as conn, pytest.raises(errors.DuplicateObject):
            conn.execute("SELECT arco_provision_login(%s, %s)",
                         (login, _verifier("Someone-else-1")))
    finally:
        with agency.owner() as conn:
            conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))
    with agency.owner() as conn:
        assert conn.execute("SELECT active FROM account WHERE login = %s",
                            (agency.people["admin"].login,)).fetchone() == (True,)
    assert staff_login


def _verifier(password: str) -> str:
    from arco_desk.store.scram import scram_verifier

    return scram_verifier(password)


# --- roles and disabling take effect ------------------------------------------------------------


def _set_roles_as_admin(agency: Agency, login: str, roles: set[str], active: bool = True
                        ) -> None:
    with agency.login("admin") as conn, conn.transaction():
        conn.execute("DELETE FROM account_role WHERE account_id = "
                     "(SELECT id FROM account WHERE login = %s)", (login,))
        for role in sorted(roles):
            conn.execute("INSERT INTO account_role (account_id, role) "
                         "SELECT id, %s FROM account WHERE login = %s", (role, login))
        conn.execute("UPDATE account SET active = %s WHERE login = %s", (active, login))
        conn.execute("SELECT arco_sync_login(%s)", (login,))


def test_a_role_granted_or_taken_counts_from_the_next_statement(agency: Agency) -> None:
    spare = agency.people["spare"].login
    colleague_memo = agency.memos["colleague"]
    with agency.login("spare") as conn:
        seen = "SELECT count(*) FROM phone_memo WHERE id = %s"
        assert conn.execute(seen, (colleague_memo,)).fetchone() == (0,)
        _set_roles_as_admin(agency, spare, {"staff", "lead"})
        try:
            assert conn.execute(seen, (colleague_memo,)).fetchone() == (1,)
        finally:
            _set_roles_as_admin(agency, spare, {"staff"})
        assert conn.execute(seen, (colleague_memo,)).fetchone() == (0,)


def test_a_disabled_login_neither_connects_nor_reads(agency: Agency) -> None:
    spare = agency.people["spare"].login
    with agency.login("spare") as still_open:
        _set_roles_as_admin(agency, spare, {"staff"}, active=False)
        try:
            with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
                agency.login("spare")
            for query in ("SELECT id FROM phone_memo", "SELECT arco_current_staff_id()"):
                with pytest.raises(errors.InsufficientPrivilege):
                    still_open.execute(query)
        finally:
            _set_roles_as_admin(agency, spare, {"staff"})
    with agency.login("spare") as conn:
        assert conn.execute("SELECT count(*) FROM phone_memo WHERE id = %s",
                            (agency.memos["spare"],)).fetchone() == (1,)


def test_a_person_changes_their_own_password(agency: Agency) -> None:
    engine = sa.create_engine(pg_logins.login_url(agency.url, agency.people["spare"].login,
                                                  PASSWORD))
    try:
        with sa.orm.Session(engine) as session, session.begin():
            assert pg_logins.current_login(session) == agency.people["spare"].login
            pg_logins.change_own_password(session, "비밀번호-바꿈-2026")
        with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
            agency.login("spare")
        with agency.login("spare", "비밀번호-바꿈-2026") as conn:
            conn.execute("SELECT arco_change_own_password(%s)", (_verifier(PASSWORD),))
            with pytest.raises(errors.InsufficientPrivilege):  # someone else's: not theirs
                conn.execute("SELECT arco_set_login_password(%s, %s)",
                             (agency.people["staff"].login, _verifier("Taken-over-1")))
    finally:
        engine.dispose()
    agency.login("spare").close()


# --- the app's use cases, connected as each person ------------------------------------------


@pytest.fixture
def as_person(agency: Agency, tmp_path: Path) -> Iterator[dict[str, Services]]:
    opened: dict[str, Services] = {}

    def services(who: str) -> Services:
        url = pg_logins.login_url(agency.url, agency.people[who].login, PASSWORD)
        opened[who] = open_signed_in(tmp_path / who, url.render_as_string(hide_password=False),
                                    clock=fixed_clock)
        return opened[who]

    for who in ("desk", "staff", "other", "lead"):
        services(who)
    yield opened
    for done in opened.values():
        done.close()


def test_a_memo_recorded_by_the_desk_and_passed_on_by_staff(agency: Agency,
                                                           as_person: dict[str, Services]
                                                           ) -> None:
    """Every insert and update of the use cases passes the policies, and a memo handed on
    stays in sight of who handed it on (its last writer) until the next one writes."""
    staff, other = agency.people["staff"], agency.people["other"]
    every = MemoFilter(include_closed=True)
    memo = as_person["desk"].memos.record(MemoDraft(
        caller_name="넘길 메모", caller_phone="010-9876-5432", called_at=FIXED_NOW,
        message="다른 부서 일", target_staff_id=agency.people["colleague"].staff_id,
        route=Route.DEPARTMENT), actor=agency.people["desk"].actor(Role.DESK, Role.STAFF))
    assert memo.id in as_person["staff"].memos.search_ids(every)  # the department's
    assert memo.id not in as_person["other"].memos.search_ids(every)
    as_person["staff"].memos.forward(memo.id, other.staff_id, "담당 부서가 다름",
                                     actor=staff.actor(Role.STAFF))
    assert memo.id in as_person["other"].memos.search_ids(every)
    assert memo.id in as_person["staff"].memos.search_ids(every)  # its last writer
    assert memo.id not in as_person["lead"].memos.search_ids(every)  # left the department
    as_person["other"].memos.open_memo(memo.id, actor=other.actor(Role.STAFF))  # read
    assert memo.id not in as_person["staff"].memos.search_ids(every)
    with agency.owner() as conn:
        kinds = [row[0] for row in conn.execute(
            "SELECT kind FROM phone_memo_event WHERE memo_id = %s ORDER BY id",
            (memo.id,)).fetchall()]
        published = conn.execute("SELECT count(*) FROM change_event WHERE entity_id = %s "
                                 "AND kind = 'memo_forwarded'", (memo.id,)).fetchone()
    assert kinds == ["recorded", "forwarded", "read"]
    assert published == (2,)


def test_staff_register_a_complaint_for_another_department(agency: Agency,
                                                           as_person: dict[str, Services]
                                                           ) -> None:
    from arco_desk.domain.complaint_intake import ComplaintDraft

    staff, other = agency.people["staff"], agency.people["other"]
    services = as_person["staff"]
    complaint = services.complaints.register(ComplaintDraft(
        channel="phone", kind_code=services.complaints.kinds()[0].code,
        citizen_name="전화한 시민", citizen_phone="010-1111-2222", title="다른 부서 민원",
        content="내용", received_at=FIXED_NOW), assignee_id=other.staff_id,
        department_id=other.department_id, actor=staff.actor(Role.STAFF))
    with agency.login("other") as conn:
        assert conn.execute("SELECT assignee_id FROM complaint WHERE id = %s",
                            (complaint,)).fetchone() == (other.staff_id,)
    with agency.login("lead") as conn:  # the registrant's lead: not their department's
        assert conn.execute("SELECT count(*) FROM complaint WHERE id = %s",
                            (complaint,)).fetchone() == (0,)


# --- migration 0010 up, down and again ---------------------------------------------------------


def _catalogue(conn: psycopg.Connection[tuple[Any, ...]], prefix: str) -> dict[str, object]:
    """What 0010 leaves in the database and on the server, as plain values."""
    like = prefix.replace("_", r"\_") + r"\_%"
    return {
        "roles": conn.execute("SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname LIKE %s "
                              "ORDER BY 1", (like,)).fetchall(),
        "policies": conn.execute("SELECT tablename, policyname, roles::text, cmd, qual, "
                                 "with_check FROM pg_policies ORDER BY 1, 2").fetchall(),
        "functions": conn.execute(
            "SELECT p.proname, p.prosecdef, a.grantee::regrole::text FROM pg_proc p, "
            "aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a "
            "WHERE p.proname LIKE 'arco%' AND a.grantee <> p.proowner ORDER BY 1, 3"
        ).fetchall(),
        "secured": conn.execute("SELECT relname FROM pg_class WHERE relrowsecurity "
                                "ORDER BY 1").fetchall(),
        # Who was granted what, the owner aside (an ACL revoked to its default reads the
        # same as one never granted).
        "grants": conn.execute(
            "SELECT c.relname, a.grantee::regrole::text, a.privilege_type FROM pg_class c, "
            "aclexplode(coalesce(c.relacl, acldefault('r', c.relowner))) a "
            "WHERE a.grantee <> c.relowner AND c.relnamespace = 'public'::regnamespace "
            "UNION ALL SELECT attrelid::regclass::text || '.' || attname, "
            "a.grantee::regrole::text, a.privilege_type FROM pg_attribute, "
            "aclexplode(attacl) a WHERE attacl IS NOT NULL "
            "UNION ALL SELECT 'database', a.grantee::regrole::text, a.privilege_type "
            "FROM pg_database d, aclexplode(coalesce(d.datacl, acldefault('d', d.datdba))) a "
            "WHERE d.datname = current_database() AND a.grantee <> d.datdba "
            "UNION ALL SELECT 'schema', a.grantee::regrole::text, a.privilege_type "
            "FROM pg_namespace n, aclexplode(coalesce(n.nspacl, acldefault('n', n.nspowner))) a "
            "WHERE n.nspname = 'public' AND a.grantee <> n.nspowner ORDER BY 1, 2, 3"
        ).fetchall(),
        "columns": conn.execute("SELECT table_name, column_name FROM information_schema."
                                "columns WHERE column_name = 'last_writer' ORDER BY 1"
                                ).fetchall(),
        "triggers": conn.execute("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal "
                                 "ORDER BY 1").fetchall(),
        "indexes": conn.execute("SELECT indexname FROM pg_indexes WHERE schemaname = "
                                "'public' ORDER BY 1").fetchall(),
    }


def _directory_with_a_login(engine: sa.Engine, login_password: str = PASSWORD) -> str:
    uow = UnitOfWork(engine)
    fill_directory(uow, FIXED_NOW)
    fill_accounts(uow)
    with uow.read() as session:
        login = session.scalar(sa.text("SELECT min(login) FROM account"))
    assert isinstance(login, str)
    provision(uow, [login], login_password)
    return login


def test_0010_down_leaves_nothing_and_up_again_is_the_same(pg_server: PostgresServer) -> None:
    url = pg_server.create_database()
    database = database_of(url)
    engine = create_store_engine(url)
    try:
        migrate_to(engine, "0009")
        with owner(pg_server, database) as conn:
            before = _catalogue(conn, role_prefix(database))
        migrate_to(engine, "head")
        _directory_with_a_login(engine)
        with owner(pg_server, database) as conn:
            secured = _catalogue(conn, role_prefix(database))
            row = conn.execute("SELECT count(*) FROM account").fetchone()
        assert row is not None  # the demo gives every account a login
        assert len(secured["roles"]) == len(GROUPS) + row[0]  # type: ignore[arg-type]
        assert len(secured["policies"]) > 50  # type: ignore[arg-type]

        migrate_to(engine, "0009")
        with owner(pg_server, database) as conn:
            assert _catalogue(conn, role_prefix(database)) == before

        migrate_to(engine, "head")
        with owner(pg_server, database) as conn:
            again = _catalogue(conn, role_prefix(database))
            # 0010 run over a database that has it all already: nothing changes.
            conn.execute("UPDATE alembic_version SET version_num = '0009'")
        migrate_to(engine, "0010")
        with owner(pg_server, database) as conn:
            assert _catalogue(conn, role_prefix(database)) == again
        assert {k: v for k, v in again.items() if k != "roles"} == {
            k: v for k, v in secured.items() if k != "roles"}
        migrate_to(engine, "0009")  # no roles left behind on the shared server
    finally:
        engine.dispose()


@pytest.fixture
def plain_owner(pg_server: PostgresServer) -> Iterator[tuple[str, str]]:
    """A database owned by a role that is no superuser but may create roles, as an
    agency's DBA would set it up (README); the owner signs in without a password here."""
    name = f"arco_owner_{os.urandom(3).hex()}"
    with owner(pg_server, "postgres") as conn:
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN CREATEROLE").format(sql.Identifier(name)))
        conn.execute(sql.SQL("CREATE DATABASE {} OWNER {}").format(
            sql.Identifier(name), sql.Identifier(name)))
    yield name, f"postgresql+psycopg://{name}@127.0.0.1:{pg_server.port}/{name}"
    with owner(pg_server, "postgres") as conn:
        conn.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
        leftover = conn.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE %s",
                                (name.replace("_", r"\_") + r"\_%",)).fetchall()
        for (role,) in leftover:
            conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))
        conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(name)))


def test_an_owner_who_is_no_superuser_migrates_and_provisions(
        pg_server: PostgresServer, plain_owner: tuple[str, str]) -> None:
    name, url = plain_owner
    engine = create_store_engine(url)
    try:
        migrate_to(engine, "head")
        login = _directory_with_a_login(engine)
        with scram_logins(pg_server, name), as_login(pg_server, name, login) as conn:
            row = conn.execute("SELECT arco_current_login(), arco_current_staff_id() "
                               "IS NOT NULL, (SELECT count(*) FROM staff)").fetchone()
        assert row == (login, True, 60)
        with owner(pg_server, name) as conn:
            definers = conn.execute("SELECT DISTINCT pg_get_userbyid(proowner) FROM pg_proc "
                                    "WHERE prosecdef AND proname LIKE 'arco%'").fetchall()
        assert definers == [(name,)]
        migrate_to(engine, "0009")
        assert current_revision(engine) == "0009"
    finally:
        engine.dispose()


def test_an_owner_who_may_not_create_roles_is_told_so(pg_server: PostgresServer,
                                                       plain_owner: tuple[str, str]) -> None:
    name, url = plain_owner
    with owner(pg_server, "postgres") as conn:
        conn.execute(sql.SQL("ALTER ROLE {} NOCREATEROLE").format(sql.Identifier(name)))
    engine = create_store_engine(url)
    try:
        with pytest.raises(RuntimeError, match="needs CREATEROLE"):
            migrate_to(engine, "head")
        assert current_revision(engine) is None  # the whole run was rolled back
    finally:
        engine.dispose()


def test_a_group_role_of_that_name_made_by_someone_else_stops_the_migration(
        pg_server: PostgresServer) -> None:
    url = pg_server.create_database()
    database = database_of(url)
    squatter = group_role(database, "desk")
    with owner(pg_server, "postgres") as conn:
        conn.execute(sql.SQL("CREATE ROLE {}").format(sql.Identifier(squatter)))
    engine = create_store_engine(url)
    try:
        with pytest.raises(RuntimeError, match="is not ARCO Desk's"):
            migrate_to(engine, "head")
        assert current_revision(engine) is None
    finally:
        engine.dispose()
        with owner(pg_server, "postgres") as conn:
            conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(squatter)))


def test_0010_changes_nothing_on_sqlite(tmp_path: Path) -> None:
    engine = create_store_engine(sqlite_url(tmp_path / "arco-desk.sqlite3"))

    def schema() -> list[tuple[object, ...]]:
        with engine.connect() as conn:
            return [tuple(row) for row in conn.exec_driver_sql(
                "SELECT type, name, sql FROM sqlite_master ORDER BY name")]

    try:
        migrate_to(engine, "0009")
        before = schema()
        migrate_to(engine, "0010")
        assert current_revision(engine) == "0010"
        assert schema() == before
        with sa.orm.Session(engine) as session:
            assert not pg_logins.has_logins(session)
        assert not has_complaint_search(engine)
    finally:
        engine.dispose()
