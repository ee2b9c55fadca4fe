"""Row-level security on a real PostgreSQL server: plain psycopg connections as a staff
member, a desk operator, a team lead, an administrator and the privacy officer, each
signed in with their password (SCRAM), and what each can and cannot read and change
(docs/architecture.md §11).

The rows come from the demo agency plus one memo, complaint and visit per person made
through the services (tests/secured_database.py). What a login should see is worked out
here in Python from the rows as the owner reads them, and compared with what the server
returns to the login.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from psycopg import errors

from arco_desk.domain.roles import ROLE_GRANTS, Permission, Reach, Role
from arco_desk.store.pg_names import group_role, login_role
from tests.benchmarks.bench_complaints import fill as fill_complaints
from tests.benchmarks.bench_memos import fill as fill_memos
from tests.secured_database import Agency

pytestmark = pytest.mark.postgres

Conn = psycopg.Connection[tuple[Any, ...]]


def _ids(conn: Conn, query: str, *params: object) -> set[int]:
    return {row[0] for row in conn.execute(query, params).fetchall()}


def _rows(conn: Conn, query: str) -> list[dict[str, Any]]:
    cursor = conn.cursor(row_factory=psycopg.rows.dict_row)
    return cursor.execute(query).fetchall()


# --- what each person should see, from the rows as the owner reads them ------------------


def _memos_for(agency: Agency, who: str, department_wide: bool) -> set[int]:
    person = agency.people[who]
    with agency.owner() as conn:
        memos = _rows(conn, "SELECT * FROM phone_memo")
    me = person.staff_id
    return {
        m["id"] for m in memos
        if me in (m["target_staff_id"], m["asked_for_id"], m["escalated_to_id"],
                  m["taken_by_id"])
        or (m["target_staff_id"] is None and m["target_department_id"] == person.department_id)
        or m["last_writer"] == person.login
        or (department_wide and m["target_department_id"] == person.department_id)
    }


def _complaints_for(agency: Agency, who: str, department_wide: bool) -> set[int]:
    person = agency.people[who]
    with agency.owner() as conn:
        complaints = _rows(conn, "SELECT * FROM complaint")
    return {
        c["id"] for c in complaints
        if c["assignee_id"] == person.staff_id
        or (c["assignee_id"] is None and c["department_id"] == person.department_id)
        or c["last_writer"] == person.login
        or (department_wide and c["department_id"] == person.department_id)
    }


def _everything(agency: Agency, table: str) -> set[int]:
    with agency.owner() as conn:
        return _ids(conn, f"SELECT id FROM {table}")


# --- who is connected --------------------------------------------------------------------


def test_each_login_is_its_account(agency: Agency) -> None:
    for who in ("staff", "desk", "lead", "admin", "officer"):
        person = agency.people[who]
        with agency.login(who) as conn:
            row = conn.execute("SELECT current_user, arco_current_login(), "
                               "arco_current_staff_id(), arco_current_department_id()"
                               ).fetchone()
        assert row == (login_role(agency.database, person.login), person.login,
                       person.staff_id, person.department_id)


def test_a_wrong_password_is_refused(agency: Agency) -> None:
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        agency.login("staff", password="Not-the-password-1")


# --- memos ---------------------------------------------------------------------------------


def test_staff_sees_only_memos_addressed_to_them_or_to_their_department(
        agency: Agency) -> None:
    with agency.login("staff") as conn:
        seen = _ids(conn, "SELECT id FROM phone_memo")
        events = _ids(conn, "SELECT DISTINCT memo_id FROM phone_memo_event")
        reasons = _ids(conn, "SELECT DISTINCT memo_id FROM phone_memo_reason")
    assert seen == _memos_for(agency, "staff", department_wide=False)
    assert {agency.memos["staff"], agency.memos["department"]} <= seen
    assert agency.memos["colleague"] not in seen  # a colleague's, same department
    assert agency.memos["other"] not in seen  # another department's
    assert events <= seen and agency.memos["staff"] in events
    assert reasons <= seen


def test_lead_sees_the_department_s_memos(agency: Agency) -> None:
    with agency.login("lead") as conn:
        seen = _ids(conn, "SELECT id FROM phone_memo")
        events = _ids(conn, "SELECT DISTINCT memo_id FROM phone_memo_event")
    assert seen == _memos_for(agency, "lead", department_wide=True)
    assert {agency.memos[k] for k in ("staff", "colleague", "spare", "department")} <= seen
    assert agency.memos["other"] not in seen
    assert agency.memos["colleague"] in events


def test_the_desk_sees_every_memo_visit_visitor_and_appointment(agency: Agency) -> None:
    with agency.login("desk") as conn:
        for table in ("phone_memo", "phone_memo_event", "visit", "visitor", "appointment",
                      "complaint", "complaint_event", "outbound_visit"):
            assert _ids(conn, f"SELECT id FROM {table}") == _everything(agency, table), table
        assert _ids(conn, "SELECT id FROM transfer_log") == _everything(agency, "transfer_log")


def test_admin_sees_every_complaint_and_no_memo_or_visitor(agency: Agency) -> None:
    with agency.login("admin") as conn:
        assert _ids(conn, "SELECT id FROM complaint") == _everything(agency, "complaint")
        assert _ids(conn, "SELECT id FROM complaint_event") == _everything(
            agency, "complaint_event")
        for table in ("phone_memo", "phone_memo_event", "visitor", "visit", "appointment"):
            assert _ids(conn, f"SELECT id FROM {table}") == set(), table
        assert _ids(conn, "SELECT id FROM account") == _everything(agency, "account")


def test_privacy_officer_sees_visitors_and_access_records_but_no_memo(agency: Agency) -> None:
    with agency.login("officer") as conn:
        for table in ("visitor", "visit", "appointment", "outbound_visit", "access_record"):
            assert _ids(conn, f"SELECT id FROM {table}") == _everything(agency, table), table
        assert _ids(conn, "SELECT id FROM phone_memo") == set()
        assert _ids(conn, "SELECT id FROM complaint") == set()


def test_staff_cannot_change_another_department_s_memo(agency: Agency) -> None:
    other = agency.memos["other"]
    with agency.login("staff") as conn, conn.transaction(force_rollback=True):
        changed = conn.execute("UPDATE phone_memo SET status = 'done' WHERE id = %s", (other,))
        assert changed.rowcount == 0
        mine = conn.execute("UPDATE phone_memo SET status = 'done' WHERE id = %s",
                            (agency.memos["staff"],))
        assert mine.rowcount == 1
    with agency.owner() as conn:
        assert conn.execute("SELECT status FROM phone_memo WHERE id = %s",
                            (other,)).fetchone() == ("new",)


def test_lead_changes_the_department_s_memos_only(agency: Agency) -> None:
    with agency.login("lead") as conn, conn.transaction(force_rollback=True):
        sql = "UPDATE phone_memo SET status = 'done' WHERE id = %s"
        assert conn.execute(sql, (agency.memos["colleague"],)).rowcount == 1
        assert conn.execute(sql, (agency.memos["other"],)).rowcount == 0


def test_nobody_deletes_a_memo(agency: Agency) -> None:
    for who in ("staff", "desk", "lead", "admin", "officer"):
        with agency.login(who) as conn, pytest.raises(errors.InsufficientPrivilege):
            conn.execute("DELETE FROM phone_memo WHERE id = %s", (agency.memos["staff"],))


def test_staff_takes_memos_only_in_their_own_name(agency: Agency) -> None:
    staff, other = agency.people["staff"], agency.people["other"]
    insert = ("INSERT INTO phone_memo (caller_name, caller_org, caller_phone, "
              "caller_phone_digits, caller_email, called_at, message, target_staff_id, "
              "taken_by_id, status, outcome, done_via, version, updated_by, created_at, "
              "updated_at) VALUES ('가', '', '', '', '', now(), '메모', %s, %s, 'new', '', '', "
              "1, '', now(), now()) RETURNING id, last_writer")
    with agency.login("staff") as conn, conn.transaction(force_rollback=True):
        row = conn.execute(insert, (other.staff_id, staff.staff_id)).fetchone()
        assert row is not None and row[1] == staff.login
    with agency.login("staff") as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute(insert, (staff.staff_id, other.staff_id))  # taken by someone else


# --- complaints ------------------------------------------------------------------------------


def test_staff_sees_complaints_assigned_to_them_or_their_department(agency: Agency) -> None:
    with agency.login("staff") as conn:
        seen = _ids(conn, "SELECT id FROM complaint")
        events = _ids(conn, "SELECT DISTINCT complaint_id FROM complaint_event")
    assert seen == _complaints_for(agency, "staff", department_wide=False)
    assert {agency.complaints["staff"], agency.complaints["department"]} <= seen
    assert not {agency.complaints["colleague"], agency.complaints["other"]} & seen
    assert events <= seen and agency.complaints["staff"] in events


def test_lead_sees_and_handles_the_department_s_complaints(agency: Agency) -> None:
    with agency.login("lead") as conn:
        seen = _ids(conn, "SELECT id FROM complaint")
        assert seen == _complaints_for(agency, "lead", department_wide=True)
        assert agency.complaints["colleague"] in seen
        assert agency.complaints["other"] not in seen
        with conn.transaction(force_rollback=True):
            sql = "UPDATE complaint SET status = 'in_progress' WHERE id = %s"
            assert conn.execute(sql, (agency.complaints["colleague"],)).rowcount == 1
            assert conn.execute(sql, (agency.complaints["other"],)).rowcount == 0


def test_the_desk_reads_every_complaint_but_handles_only_its_own(agency: Agency) -> None:
    with agency.login("desk") as conn, conn.transaction(force_rollback=True):
        sql = "UPDATE complaint SET status = 'in_progress' WHERE id = %s"
        assert conn.execute(sql, (agency.complaints["staff"],)).rowcount == 0


def test_admin_assigns_any_complaint(agency: Agency) -> None:
    with agency.login("admin") as conn, conn.transaction(force_rollback=True):
        changed = conn.execute("UPDATE complaint SET assignee_id = %s WHERE id = %s",
                               (agency.people["other"].staff_id, agency.complaints["staff"]))
        assert changed.rowcount == 1


# --- visits --------------------------------------------------------------------------------


def test_staff_sees_the_visits_they_host_and_those_visitors_only(agency: Agency) -> None:
    with agency.login("staff") as conn:
        visits = _ids(conn, "SELECT id FROM visit")
        visitors = _ids(conn, "SELECT id FROM visitor")
        assert conn.execute("UPDATE visit SET outcome = '면담함' WHERE id = %s",
                            (agency.visits["other"],)).rowcount == 0
    staff_id = agency.people["staff"].staff_id
    with agency.owner() as conn:
        hosted = _ids(conn, "SELECT id FROM visit WHERE %s IN (host_id, routed_to_id, "
                      "follow_up_owner_id)", staff_id)
        their_visitors = _ids(conn, "SELECT visitor_id FROM visit WHERE id = ANY(%s) UNION "
                              "SELECT visitor_id FROM appointment WHERE host_id = %s",
                              list(hosted), staff_id)
    assert visits == hosted and agency.visits["staff"] in visits
    assert agency.visits["other"] not in visits
    assert visitors == their_visitors


def test_lead_sees_the_visits_of_the_department(agency: Agency) -> None:
    with agency.login("lead") as conn:
        visits = _ids(conn, "SELECT id FROM visit")
    assert {agency.visits["staff"], agency.visits["colleague"]} <= visits
    assert agency.visits["other"] not in visits


# --- append-only records ----------------------------------------------------------------------


APPEND_ONLY_WRITES = (
    "UPDATE access_record SET reason = 'x'",
    "DELETE FROM access_record",
    "UPDATE audit_log SET detail = 'x'",
    "DELETE FROM audit_log",
    "TRUNCATE access_record",
    "TRUNCATE audit_log",
)


@pytest.mark.parametrize("who", ["staff", "desk", "lead", "admin", "officer"])
def test_access_records_and_the_audit_log_are_insert_only(agency: Agency, who: str) -> None:
    login = agency.people[who].login
    record = ("INSERT INTO access_record (at, account, actor_name, pc, action, entity, "
              "entity_id, subject, reason) VALUES (now(), %s, '이름', 'PC', 'view', 'memo', 1, "
              "'', '')")
    audit = ("INSERT INTO audit_log (at, actor, actor_name, action, entity, detail) "
             "VALUES (now(), %s, '이름', 'test', 'memo', '')")
    with agency.login(who) as conn:
        conn.execute(record, (login,))
        conn.execute(audit, (login,))
        with pytest.raises(errors.InsufficientPrivilege):  # not in another's name
            conn.execute(record, (agency.people["other"].login,))
        for statement in APPEND_ONLY_WRITES:
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement)
        reads_records = who == "officer"
        reads_audit = who in ("admin", "officer")
        for table, may in (("access_record", reads_records), ("audit_log", reads_audit)):
            if may:
                conn.execute(f"SELECT count(*) FROM {table}")
            else:
                with pytest.raises(errors.InsufficientPrivilege):
                    conn.execute(f"SELECT count(*) FROM {table}")
    with agency.owner() as conn:
        assert conn.execute("SELECT count(*) FROM access_record WHERE account = %s",
                            (login,)).fetchone() == (1,)


# --- accounts and the change feed -----------------------------------------------------------


def test_a_login_reads_its_own_account_only(agency: Agency) -> None:
    staff = agency.people["staff"]
    with agency.login("staff") as conn:
        assert conn.execute("SELECT login FROM account").fetchall() == [(staff.login,)]
        roles = conn.execute("SELECT role FROM account_role").fetchall()
        assert roles == [("staff",)]
        with conn.transaction(force_rollback=True):
            assert conn.execute("UPDATE account SET signed_in_at = now()").rowcount == 1
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("UPDATE account SET active = true")
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("INSERT INTO account_role (account_id, role) "
                         "SELECT id, 'admin' FROM account")


def test_staff_hear_of_changes_addressed_to_them_or_to_everyone(agency: Agency) -> None:
    staff = agency.people["staff"]
    with agency.login("staff") as conn:
        heard = _rows(conn, "SELECT * FROM change_event")
    with agency.owner() as conn:
        every = _rows(conn, "SELECT * FROM change_event")
    everyone = {"staff_changed", "department_changed", "calendar_changed",
                "settings_changed", "memo_reasons_changed", "visitor_data_purged"}
    expected = {
        e["id"] for e in every
        if e["staff_id"] == staff.staff_id or e["kind"] in everyone
        or (e["staff_id"] is None and e["department_id"] in (None, staff.department_id))
    }
    assert {e["id"] for e in heard} == expected
    assert any(e["kind"] == "memo_forwarded" and e["entity_id"] == agency.memos["staff"]
               for e in heard)
    assert not any(e["entity_id"] == agency.memos["other"] and e["kind"] == "memo_forwarded"
                   for e in heard)


# --- the policies follow the permission table -----------------------------------------------

# For each table and command: the permissions whose widest reach decides it.
DECIDED_BY = {
    ("phone_memo", "SELECT"): (Permission.VIEW_MEMOS,),
    ("phone_memo", "UPDATE"): (Permission.HANDLE_MEMOS, Permission.FORWARD_MEMOS),
    ("phone_memo", "INSERT"): (Permission.TAKE_MEMOS,),
    ("complaint", "SELECT"): (Permission.VIEW_COMPLAINTS,),
    ("complaint", "UPDATE"): (Permission.HANDLE_COMPLAINTS, Permission.ASSIGN_COMPLAINTS),
    ("complaint", "INSERT"): (Permission.REGISTER_COMPLAINTS,),
    ("visit", "SELECT"): (Permission.RECEIVE_VISITORS, Permission.PREPARE_VISITS,
                          Permission.PURGE_VISITOR_DATA),
    ("appointment", "SELECT"): (Permission.RECEIVE_VISITORS, Permission.PREPARE_VISITS,
                                Permission.PURGE_VISITOR_DATA),
    ("visitor", "SELECT"): (Permission.RECEIVE_VISITORS, Permission.PREPARE_VISITS,
                            Permission.PURGE_VISITOR_DATA),
    ("outbound_visit", "SELECT"): (Permission.OUTBOUND_VISITS, Permission.PURGE_VISITOR_DATA),
    ("access_record", "SELECT"): (Permission.REVIEW_ACCESS_RECORDS,),
}


def test_the_policies_give_each_role_the_reach_of_the_permission_table(
        agency: Agency) -> None:
    """A role has a policy on a table exactly when the permission table gives it some
    reach there, and one for every row it reads or changes (USING true) exactly when
    that reach is the whole agency."""
    with agency.owner() as conn:
        policies = conn.execute("SELECT tablename, cmd, roles, qual, with_check "
                                "FROM pg_policies").fetchall()
    for (table, command), permissions in DECIDED_BY.items():
        for role in Role:
            reaches = [ROLE_GRANTS[role][p] for p in permissions if p in ROLE_GRANTS[role]]
            group = group_role(agency.database, role.value)
            mine = [(qual if command != "INSERT" else check)
                    for t, cmd, roles, qual, check in policies
                    if t == table and cmd == command and group in roles]
            assert bool(mine) == bool(reaches), (table, command, role)
            if reaches and command != "INSERT":  # an insert's check is about who writes
                assert ("true" in mine) == (max(reaches) is Reach.AGENCY), (
                    table, command, role, mine)


# --- plans: the policies must not cost a subquery per row ---------------------------------------


@pytest.fixture(scope="module")
def many_rows(agency: Agency) -> Agency:
    fill_memos(agency.services, count=4_000, seed=7)
    fill_complaints(agency.services, count=3_000, seed=7)
    with agency.owner() as conn:
        conn.execute("ANALYZE")
    return agency


LIST_QUERIES = (
    "SELECT id FROM phone_memo WHERE status <> 'done' ORDER BY callback_due_at LIMIT 100",
    "SELECT id FROM phone_memo WHERE caller_name LIKE '%영희%' ORDER BY called_at DESC",
    "SELECT e.* FROM phone_memo_event e JOIN phone_memo m ON m.id = e.memo_id "
    "WHERE m.status <> 'done'",
    "SELECT id FROM complaint WHERE status IN ('received', 'assigned', 'in_progress') "
    "ORDER BY coalesce(promised_at, due_at) LIMIT 100",
    "SELECT id FROM complaint WHERE title ILIKE '%접근성%'",
    "SELECT id FROM visitor WHERE name LIKE '%방문%'",
    "SELECT id FROM visit ORDER BY arrived_at DESC LIMIT 50",
)


def _subplan_uses(plan: dict[str, Any]) -> Iterator[str]:
    """Every use of a subplan in the plan's conditions: "hashed SubPlan 3" (a hash table
    built once a query) or "SubPlan 3" (run again for each row)."""
    for key, value in plan.items():
        if isinstance(value, str) and key != "Subplan Name":
            yield from (m.group(0) for m in SUBPLAN_USE.finditer(value))
    for child in plan.get("Plans", []):
        yield from _subplan_uses(child)


SUBPLAN_USE = re.compile(r"(?:hashed )?SubPlan \d+")


@pytest.mark.parametrize("who", ["staff", "lead", "desk", "officer"])
def test_a_list_query_works_out_who_is_asking_once(many_rows: Agency, who: str) -> None:
    """Who is connected, their department and its staff are InitPlans (once a query);
    a subquery over another table is hashed (once a query), never run per row."""
    with many_rows.login(who) as conn:
        for query in LIST_QUERIES:
            row = conn.execute(f"EXPLAIN (FORMAT JSON) {query}").fetchone()
            assert row is not None
            plan = row[0] if isinstance(row[0], list) else json.loads(row[0])
            uses = list(_subplan_uses(plan[0]["Plan"]))
            per_row = [use for use in uses if not use.startswith("hashed")]
            assert per_row == [], (who, query, uses)


def test_the_desk_pays_nothing_for_row_security(many_rows: Agency) -> None:
    """A role that sees every row gets the plan of no policy at all (USING true)."""
    query = "SELECT id FROM phone_memo WHERE caller_name LIKE '%영희%'"
    with many_rows.login("desk") as conn:
        row = conn.execute(f"EXPLAIN (FORMAT JSON) {query}").fetchone()
    assert row is not None
    text = json.dumps(row[0])
    assert "arco_current" not in text and "InitPlan" not in text


def test_the_plan_check_notices_a_subquery_run_per_row(many_rows: Agency) -> None:
    query = ("SELECT id FROM phone_memo m WHERE "
             "(SELECT count(*) FROM phone_memo_event e WHERE e.memo_id = m.id) > 1")
    with many_rows.login("desk") as conn:
        row = conn.execute(f"EXPLAIN (FORMAT JSON) {query}").fetchone()
    assert row is not None
    assert list(_subplan_uses(row[0][0]["Plan"])) == ["SubPlan 1"]


# --- the complaint search keeps its indexes: the same rows as the policies give -------------


@pytest.mark.parametrize("who", ["staff", "lead", "desk", "admin", "officer", "other"])
def test_the_complaint_search_finds_exactly_what_the_policies_show(many_rows: Agency,
                                                                   who: str) -> None:
    matched = "title ILIKE %s OR citizen_name ILIKE %s OR content ILIKE %s"
    sizes = []
    with many_rows.login(who) as conn:
        for word in ("접근성", "소음", "담당", "민원", "없는말"):
            pattern = f"%{word}%"
            found = _ids(conn, "SELECT arco_complaints_matching(%s)", pattern)
            shown = _ids(conn, f"SELECT id FROM complaint WHERE {matched}", *[pattern] * 3)
            assert found == shown, (who, word)
            sizes.append(len(found))
    with many_rows.owner() as conn:
        everything = _ids(conn, "SELECT arco_complaints_matching(%s)", "%접근성%")
        assert everything == _ids(conn, f"SELECT id FROM complaint WHERE {matched}",
                                  *["%접근성%"] * 3)
    if who in ("staff", "lead", "desk", "admin", "other"):
        assert sizes[0] > 0 and sizes[-1] == 0
    else:
        assert sizes == [0] * 5  # the privacy officer sees no complaint
    assert len(everything) >= sizes[0]


# --- the searches in the list's order (revision 0014): the first rows the policies show ----

COMPLAINT_WORDS = (["%접근성%"], ["%민%"], ["%민원%", "%접수%"], ["%010%"], ["%없는말%"])
MEMO_WORDS = ((["%영희%"], [False]), (["%김%"], [False]), (["%010%"], [True]),
              (["%공연%", "%문의%"], [False, False]), (["%없는말%"], [False]))
MEMO_TEXT = "(caller_name LIKE {0} OR caller_org LIKE {0} OR message LIKE {0})"
COMPLAINT_TEXT = "(title LIKE {0} OR citizen_name LIKE {0} OR content LIKE {0})"


@pytest.mark.parametrize("who", ["staff", "lead", "desk", "admin", "officer", "other"])
def test_the_searches_in_order_give_the_first_rows_the_policies_show(many_rows: Agency,
                                                                      who: str) -> None:
    found_any = False
    with many_rows.login(who) as conn:
        for words, numbers in MEMO_WORDS:
            where = " AND ".join(
                "caller_phone_digits LIKE %s" if number else MEMO_TEXT.format("%s")
                for number in numbers)
            params = [p for word, number in zip(words, numbers, strict=True)
                      for p in ([word] if number else [word] * 3)]
            for statuses in (["new", "delivered", "read", "escalated"], ["done"]):
                for limit in (5, 10_000):
                    found = [r[0] for r in conn.execute(
                        "SELECT arco_memos_first(%s, %s, %s, %s)",
                        (words, numbers, statuses, limit))]
                    shown = [r[0] for r in conn.execute(
                        f"SELECT id FROM phone_memo WHERE {where} AND status = ANY(%s) "
                        "ORDER BY callback_due_at, id LIMIT %s", (*params, statuses, limit))]
                    assert found == shown, (who, words, statuses, limit)
                    found_any = found_any or bool(found)
        for words in COMPLAINT_WORDS:
            digits = ["%010%" if word == "%010%" else "" for word in words]
            where = " AND ".join(
                "(" + COMPLAINT_TEXT.format("%s")
                + (" OR citizen_phone_digits LIKE %s" if digit else "") + ")"
                for digit in digits)
            params = [p for word, digit in zip(words, digits, strict=True)
                      for p in [word] * 3 + ([digit] if digit else [])]
            for status in (None, "closed"):
                for limit in (5, 10_000):
                    found = [r[0] for r in conn.execute(
                        "SELECT arco_complaints_newest(%s, %s, %s, %s)",
                        (words, digits, status, limit))]
                    shown = [r[0] for r in conn.execute(
                        f"SELECT id FROM complaint WHERE {where} "
                        "AND (%s::text IS NULL OR status = %s) "
                        "ORDER BY received_at DESC, id DESC LIMIT %s",
                        (*params, status, status, limit))]
                    assert found == shown, (who, words, status, limit)
                    found_any = found_any or bool(found)
    assert found_any == (who != "officer")  # the privacy officer sees neither
