"""On PostgreSQL the window works over the signed-in person's own login, and the server,
not only the gate, chooses their rows; the sign-in check and the agency's background
round keep this PC's own connection (docs/architecture.md §11).

The agency is tests/secured_database.py's: the demo with a memo, a complaint and a visit
for each person, every login's password :data:`PASSWORD` (the accounts' own passwords
are the demo's).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from arco_desk.domain.actor import Actor
from arco_desk.domain.complaint_intake import ComplaintDraft
from arco_desk.domain.errors import DomainError
from arco_desk.domain.memos import MemoDraft, MemoFilter
from arco_desk.services.complaint_records import ComplaintFilter, ListScope
from arco_desk.services.container import Services
from arco_desk.services.demo_accounts import DEMO_PASSWORD
from arco_desk.services.scheduler import SCHEDULER
from arco_desk.store import pg_search
from arco_desk.store.models import Complaint
from arco_desk.store.pg_logins import current_login
from arco_desk.store.pg_search import has_complaint_search, has_search_in_order
from tests.conftest import FIXED_NOW, fixed_clock
from tests.secured_database import PASSWORD, Agency
from tests.signed_in import open_signed_in

postgres = pytest.mark.postgres


@pytest.fixture
def pc(agency: Agency, tmp_path: Path) -> Iterator[Services]:
    """Another PC on the agency's database, opened with the owner's address and, behind
    its gate, a person holding every role (as the other service tests)."""
    services = open_signed_in(tmp_path, agency.url, clock=fixed_clock)
    try:
        yield services
    finally:
        services.close()


def _seen(agency: Agency, who: str, table: str) -> set[int]:
    """What the server shows ``who``'s login of ``table``, asked with plain SQL."""
    with agency.login(who) as conn:
        return {row[0] for row in conn.execute(f"SELECT id FROM {table}").fetchall()}


def _everything(agency: Agency, table: str) -> set[int]:
    with agency.owner() as conn:
        return {row[0] for row in conn.execute(f"SELECT id FROM {table}").fetchall()}


def _last_writer(agency: Agency, table: str, row_id: int) -> str | None:
    """Whose login wrote the row last (0010's trigger; None for the owner)."""
    with agency.owner() as conn:
        row = conn.execute(f"SELECT last_writer FROM {table} WHERE id = %s",
                           (row_id,)).fetchone()
    assert row is not None
    return row[0] if isinstance(row[0], str) else None


def _login_of(services: Services) -> str | None:
    with services.uow.read() as session:
        return current_login(session)


def _as(agency: Agency, pc: Services, who: str) -> Actor:
    """``who`` signs in at ``pc`` as the sign-in dialog does it: the account checked, the
    window connected as their login, the person behind the gate."""
    login = agency.people[who].login
    actor = pc.accounts.sign_in(login, DEMO_PASSWORD).actor
    assert pc.connect_as(login, PASSWORD)
    pc.gate.sign_in(actor)
    return actor


# --- the server chooses the rows ------------------------------------------------------------


@postgres
def test_connected_as_a_staff_member_the_window_reads_only_their_rows(
        agency: Agency, pc: Services) -> None:
    staff = agency.people["staff"]
    assert _login_of(pc) is None  # the owner's address: every row, as before
    assert pc.connect_as(staff.login, PASSWORD)
    assert _login_of(pc) == staff.login
    # The gate still holds a person with every role: the server does the filtering.
    memos = set(pc.memos.search_ids(MemoFilter(include_closed=True)))
    assert memos == _seen(agency, "staff", "phone_memo")
    assert agency.memos["staff"] in memos and agency.memos["other"] not in memos
    assert memos < _everything(agency, "phone_memo")
    complaints = set(pc.complaints.list_ids(ComplaintFilter(scope=ListScope.ALL)))
    assert complaints == _seen(agency, "staff", "complaint")
    assert agency.complaints["staff"] in complaints
    assert agency.complaints["other"] not in complaints


@postgres
def test_the_agency_round_and_the_sign_in_check_keep_the_pcs_own_connection(
        agency: Agency, pc: Services) -> None:
    assert pc.connect_as(agency.people["staff"].login, PASSWORD)
    assert pc.agency_uow.engine is pc.engine
    assert pc.scheduler.memos.uow is pc.agency_uow
    assert pc.scheduler.reception.uow is pc.agency_uow
    assert pc.scheduler.submissions.uow is pc.agency_uow
    with pc.agency_uow.read() as session:
        assert current_login(session) is None
    # The round sees every memo whoever sits at the PC (the staff login could not).
    pc.scheduler.memos.escalate_due(FIXED_NOW, actor=SCHEDULER)
    # Another operator's account is checked over the PC's connection: the staff login
    # sees no account but its own.
    desk = agency.people["desk"].login
    assert pc.accounts.sign_in(desk, DEMO_PASSWORD).actor.account == desk


@postgres
def test_a_password_the_server_refuses_leaves_the_connection_as_it_was(
        agency: Agency, pc: Services) -> None:
    staff = agency.people["staff"]
    assert pc.connect_as(staff.login, PASSWORD)
    engine = pc.uow.engine
    with pytest.raises(DomainError) as refused:
        pc.connect_as(agency.people["desk"].login, "Not-the-password-9")
    assert refused.value.msg.key == "signin.server_refused"
    assert pc.uow.engine is engine
    assert _login_of(pc) == staff.login


@postgres
def test_connecting_as_the_next_person_lets_the_one_before_go(
        agency: Agency, pc: Services) -> None:
    assert pc.connect_as(agency.people["staff"].login, PASSWORD)
    before = pc.uow.engine
    assert pc.connect_as(agency.people["lead"].login, PASSWORD)
    assert _login_of(pc) == agency.people["lead"].login
    assert pc.uow.engine is not before


def test_on_sqlite_the_window_keeps_the_one_connection(services: Services) -> None:
    engine = services.uow.engine
    assert not services.connect_as("kim.minjun", "whatever-2026")
    assert services.uow.engine is engine is services.engine


# --- the app's own flows, signed in as each role --------------------------------------------


@postgres
def test_the_desk_records_a_memo_and_registers_a_complaint(agency: Agency, pc: Services) -> None:
    desk = _as(agency, pc, "desk")
    staff = agency.people["staff"]
    memo = pc.memos.record(MemoDraft(
        caller_name="데스크 손님", caller_phone="010-2222-3333", called_at=FIXED_NOW,
        message="회신 바랍니다", target_staff_id=staff.staff_id), actor=desk)
    kind = pc.complaints.kinds()[0].code
    complaint_id = pc.complaints.register(ComplaintDraft(
        channel="phone", kind_code=kind, citizen_name="데스크 민원인",
        citizen_phone="010-4444-5555", title="데스크 접수 민원", content="내용",
        received_at=FIXED_NOW), assignee_id=staff.staff_id,
        department_id=staff.department_id, actor=desk)
    assert memo.id in _seen(agency, "staff", "phone_memo")
    assert complaint_id in _seen(agency, "staff", "complaint")
    assert memo.id in pc.memos.search_ids(MemoFilter(include_closed=True))
    # Written over the desk operator's own login, not the PC's.
    assert _last_writer(agency, "phone_memo", memo.id) == desk.account
    assert _last_writer(agency, "complaint", complaint_id) == desk.account


@postgres
def test_staff_work_their_inbox_and_their_complaint(agency: Agency, pc: Services) -> None:
    staff = _as(agency, pc, "staff")
    assert staff.staff_id is not None
    memo_id = agency.memos["staff"]
    assert memo_id in pc.memos.inbox_ids(staff.staff_id)
    assert pc.memos.open_memo(memo_id, actor=staff).memo.id == memo_id
    assert pc.memos.called_back(memo_id, "통화 완료", actor=staff).id == memo_id
    complaint_id = agency.complaints["staff"]
    assert complaint_id in pc.complaints.list_ids(ComplaintFilter(scope=ListScope.ALL))
    pc.complaints.start(complaint_id, actor=staff)
    pc.complaints.answer(complaint_id, "답변드립니다", "phone", None, staff.staff_id,
                         actor=staff)
    assert pc.complaints.get(complaint_id).row.answered_at is not None
    assert _last_writer(agency, "phone_memo", memo_id) == staff.account
    assert _last_writer(agency, "complaint", complaint_id) == staff.account
    with agency.owner() as conn:  # the look at the complaint, recorded in their name
        looked = conn.execute("SELECT count(*) FROM access_record WHERE account = %s "
                              "AND entity = 'complaint' AND entity_id = %s",
                              (staff.account, complaint_id)).fetchone()
    assert looked is not None and looked[0] >= 1


@postgres
def test_a_lead_reassigns_within_the_department(agency: Agency, pc: Services) -> None:
    lead = _as(agency, pc, "lead")
    department = agency.people["lead"].department_id
    listed = set(pc.complaints.list_ids(ComplaintFilter(scope=ListScope.ALL)))
    assert listed == _seen(agency, "lead", "complaint")
    assert {agency.complaints["staff"], agency.complaints["colleague"],
            agency.complaints["department"]} <= listed
    assert agency.complaints["other"] not in listed
    complaint_id = agency.complaints["colleague"]
    spare = agency.people["spare"]
    pc.complaints.reassign(complaint_id, spare.staff_id, department, "업무 조정", actor=lead)
    assert pc.complaints.get(complaint_id).row.assignee_id == spare.staff_id
    assert _last_writer(agency, "complaint", complaint_id) == lead.account


@postgres
def test_an_administrator_lists_the_accounts(agency: Agency, pc: Services) -> None:
    admin = _as(agency, pc, "admin")
    listed = {row.login for row in pc.accounts.accounts(actor=admin)}
    assert len(listed) == len(_everything(agency, "account"))


@postgres
def test_a_search_goes_through_the_policies_function_only_under_a_login(
        agency: Agency, pc: Services) -> None:
    """The owner's connection searches on the list's own query (no policy to keep the
    trigram indexes from; §17); a person's login through arco_complaints_matching. Both
    find the same, the login only what it may see."""
    wanted = agency.complaints["staff"]
    with pc.uow.read() as session:
        found = session.get(Complaint, wanted)
        assert found is not None
        word = found.title.split()[0]

    def search() -> set[int]:
        return set(pc.complaints.list_ids(ComplaintFilter(scope=ListScope.ALL, text=word)))

    assert not has_complaint_search(pc.uow.engine)
    by_owner = search()
    assert wanted in by_owner
    assert pc.connect_as(agency.people["staff"].login, PASSWORD)
    assert has_complaint_search(pc.uow.engine)
    assert search() == by_owner & _seen(agency, "staff", "complaint")


@postgres
@pytest.mark.parametrize("who", ["desk", "staff", "lead"])
def test_the_searches_in_the_list_s_order_find_what_the_list_s_query_finds(
        agency: Agency, pc: Services, who: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Through a login whose reach the gate does not narrow (the desk), the history and
    the newest-first complaint lists are searched by revision 0014's functions (§17):
    the same ids in the same order as the list's own query under the policies, and
    nothing the login may not see. Staff and leads, narrowed by the gate, keep the
    list's own query."""
    with pc.uow.read() as session:
        found = session.get(Complaint, agency.complaints["staff"])
        assert found is not None
        word = found.title.split()[0]
    memo_words = ("영희", "김", "010", "공연 문의", word)
    complaint_words = (word, "민원", "010-", found.citizen_name[:2])
    _as(agency, pc, who)
    assert has_search_in_order(pc.uow.engine)

    def lists() -> list[list[int]]:
        memos = [pc.memos.search_ids(MemoFilter(text=text, include_closed=True), limit=limit)
                 for text in memo_words for limit in (1, 1000)]
        complaints = [pc.complaints.list_ids(ComplaintFilter(scope=scope, text=text),
                                             limit=limit)
                      for text in complaint_words for limit in (1, 1000)
                      for scope in (ListScope.ALL, ListScope.CLOSED)]
        return [list(found) for found in (*memos, *complaints)]

    sent: list[str] = []

    def note(*args: object) -> None:
        sent.append(str(args[2]))

    event.listen(pc.uow.engine, "before_cursor_execute", note)
    in_order = lists()
    event.remove(pc.uow.engine, "before_cursor_execute", note)
    functions = {name for name in ("arco_memos_first", "arco_complaints_newest")
                 if any(name in statement for statement in sent)}
    assert functions == ({"arco_memos_first", "arco_complaints_newest"}
                         if who == "desk" else set())
    monkeypatch.setitem(pg_search._IN_ORDER, pc.uow.engine, False)
    assert in_order == lists()
    assert any(in_order)
    memos, complaints = _seen(agency, who, "phone_memo"), _seen(agency, who, "complaint")
    listed = {i for found in in_order for i in found}
    assert listed <= memos | complaints
