"""Phone memos: record, forward, read, claim, call back, escalate — on SQLite and PostgreSQL."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import event, func, select

from arco_desk.domain.change_feed import MEMO_KINDS
from arco_desk.domain.clock import SEOUL
from arco_desk.domain.directory import Presence, StaffRecord
from arco_desk.domain.errors import DomainError, NotFound, ValidationError
from arco_desk.domain.memos import MemoDraft, MemoEventKind, MemoFilter, MemoStatus, Route
from arco_desk.domain.messages import msg
from arco_desk.services.container import Services
from arco_desk.services.demo import fill_directory
from arco_desk.services.memo_inbox import close_for_complaint
from arco_desk.services.submissions import new_key
from arco_desk.store.errors import StoreUnavailable
from arco_desk.store.models import ChangeEvent, PhoneMemo, Staff, Submission, TransferLog
from tests.actors import DESK, SYSTEM, acting
from tests.clock import SteppingClock
from tests.conftest import FIXED_NOW
from tests.signed_in import open_signed_in
from tests.words import korean, refused_with


def seoul(*args: int) -> datetime:
    return datetime(*args, tzinfo=SEOUL)  # type: ignore[misc]


@pytest.fixture
def desk(any_services: Services) -> Services:
    """SQLite and PostgreSQL, each with the demo agency, at FIXED_NOW."""
    fill_directory(any_services.uow, FIXED_NOW)
    return any_services


@pytest.fixture(params=["sqlite", "postgresql"])
def moving(
    request: pytest.FixtureRequest, basedir: Path, stepping_clock: SteppingClock
) -> Iterator[tuple[Services, SteppingClock]]:
    """The demo agency on a clock the test moves (both databases)."""
    url = request.getfixturevalue("pg_url") if request.param == "postgresql" else None
    svc = open_signed_in(basedir, url, clock=stepping_clock)
    fill_directory(svc.uow, FIXED_NOW)
    yield svc, stepping_clock
    svc.close()


def everyone(services: Services) -> list[StaffRecord]:
    return services.directory.search("")


def pick(services: Services, department_index: int = 0) -> tuple[StaffRecord, StaffRecord]:
    """A staff member (made present) and their stand-in, in one department."""
    departments = services.directory.departments()
    members = services.directory.search("", departments[department_index].id)
    person = members[1]
    services.directory.set_presence(person.id, Presence.IN, stand_in_id=members[2].id, actor=DESK)
    return services.directory.get_staff(person.id), members[2]


def draft(target: int, **changes: object) -> MemoDraft:
    values: dict[str, object] = {
        "caller_name": "김영희", "caller_org": "한빛출판사", "caller_phone": "010-1234-5678",
        "caller_email": "", "called_at": FIXED_NOW - timedelta(minutes=5),
        "message": "문학창작 지원 서류 보완 문의. 회신 바람", "target_staff_id": target,
    }
    values.update(changes)
    return MemoDraft(**values)  # type: ignore[arg-type]


def feed(services: Services) -> list[tuple[str, int, int | None, int | None]]:
    """The memo events of the feed (the directory's own, from setting presence, left out)."""
    with services.uow.read() as session:
        return [(e.kind, e.entity_id, e.staff_id, e.department_id) for e in session.scalars(
            select(ChangeEvent).where(ChangeEvent.kind.in_(MEMO_KINDS))
            .order_by(ChangeEvent.id))]


def memo_count(services: Services) -> int:
    with services.uow.read() as session:
        return int(session.scalar(select(func.count(PhoneMemo.id))) or 0)


# --- recording and forwarding -----------------------------------------------------------------


def test_record_forwards_to_the_target_with_a_24_working_hour_deadline(desk: Services) -> None:
    person, _ = pick(desk)
    reasons = desk.memos.reasons()
    memo = desk.memos.record(draft(person.id, reason_ids=(reasons[2].id, reasons[0].id)),
                             actor=acting(desk, everyone(desk)[0].id))
    assert memo.status is MemoStatus.NEW
    assert memo.target_staff_id == memo.asked_for_id == person.id
    assert memo.department_id == person.department_id
    assert memo.caller_phone == "010-1234-5678"
    # Tue 10:25 + 24 working hours (3 working days) = Fri 10:25.
    assert memo.callback_due_at == seoul(2026, 11, 27, 10, 25)
    assert memo.forwarded_at == FIXED_NOW
    assert [r.label_ko for r in memo.reasons] == ["전화 왔었음", "회신 요망"]
    assert memo.taken_by_name == everyone(desk)[0].name
    assert feed(desk) == [("memo_forwarded", memo.id, person.id, person.department_id)]
    events = desk.memos.get(memo.id).events
    assert [e.kind for e in events] == [MemoEventKind.RECORDED]
    assert person.name in events[0].detail


def test_the_deadline_follows_the_agency_calendar(desk: Services) -> None:
    person, _ = pick(desk)
    desk.calendar.add_override(seoul(2026, 11, 25).date(), "closure", "창립기념일", actor=DESK)
    memo = desk.memos.record(draft(person.id), actor=DESK)
    assert memo.callback_due_at == seoul(2026, 11, 30, 10, 25)  # Wednesday is closed


def test_absent_target_goes_to_the_stand_in(desk: Services) -> None:
    person, stand_in = pick(desk)
    desk.directory.set_presence(person.id, Presence.LEAVE, FIXED_NOW + timedelta(days=2),
                                "연차", stand_in.id, actor=DESK)
    preview = desk.memos.preview(draft(person.id, route=Route.STAND_IN))
    assert (preview.recipient_id, preview.recipient_name) == (stand_in.id, stand_in.name)
    assert preview.asked_for_name == person.name
    memo = desk.memos.record(draft(person.id, route=Route.STAND_IN), actor=DESK)
    assert memo.target_staff_id == stand_in.id and memo.asked_for_id == person.id
    assert feed(desk) == [("memo_forwarded", memo.id, stand_in.id, stand_in.department_id)]
    assert memo.id in desk.memos.inbox_ids(stand_in.id)
    assert memo.id not in desk.memos.inbox_ids(person.id)


def test_no_stand_in_is_a_field_error_and_nothing_is_stored(desk: Services) -> None:
    person, _ = pick(desk)
    desk.directory.set_presence(person.id, Presence.AWAY, None, "회의", None, actor=DESK)
    with pytest.raises(ValidationError) as caught:
        desk.memos.record(draft(person.id, route=Route.STAND_IN), actor=DESK)
    assert "대리자" in korean(caught.value.field_errors["route"])
    assert memo_count(desk) == 0 and feed(desk) == []


def test_refusals_store_nothing_and_publish_nothing(desk: Services) -> None:
    person, _ = pick(desk)
    for bad in (draft(None, message=""), draft(person.id, caller_phone="12"),
                draft(person.id, called_at=FIXED_NOW + timedelta(hours=1)),
                draft(person.id, message="가" * 10_000), draft(987654)):
        with pytest.raises(ValidationError):
            desk.memos.record(bad, actor=DESK)
    assert memo_count(desk) == 0 and feed(desk) == []


def test_a_hidden_or_unknown_reason_is_refused(desk: Services) -> None:
    person, _ = pick(desk)
    urgent = desk.memos.reasons()[-1]
    desk.memos.set_reason_active(urgent.id, False, actor=DESK)
    for ids in ((urgent.id,), (99999,)):
        with pytest.raises(ValidationError) as caught:
            desk.memos.record(draft(person.id, reason_ids=ids), actor=DESK)
        assert "reason_ids" in caught.value.field_errors
    assert memo_count(desk) == 0


def test_emoji_mixed_scripts_and_control_characters(desk: Services) -> None:
    person, _ = pick(desk)
    text = "회신 부탁 🙏🏽 Thanks! 謝謝 — ñ 👨‍👩‍👧\n둘째 줄"
    memo = desk.memos.record(draft(person.id, message=text + "\x00",
                                   caller_name="Kim 영희 😀"), actor=DESK)
    stored = desk.memos.get(memo.id).memo  # in full (a list masks a caller: test_masking)
    assert stored.message == text  # NUL dropped (PostgreSQL refuses it), the rest intact
    assert stored.caller_name == "Kim 영희 😀"


# --- department memos ----------------------------------------------------------------------------


def test_a_department_memo_is_claimed_by_one_colleague(desk: Services) -> None:
    person, stand_in = pick(desk)
    members = desk.directory.search("", person.department_id)
    other_department = desk.directory.search("", desk.directory.departments()[1].id)[0]
    memo = desk.memos.record(draft(person.id, route=Route.DEPARTMENT), actor=DESK)
    assert memo.target_staff_id is None and memo.for_whole_department
    assert memo.target_name is None and memo.department_name
    assert feed(desk)[-1] == ("memo_forwarded", memo.id, None, person.department_id)
    for member in members:
        assert memo.id in desk.memos.inbox_ids(member.id)
    assert memo.id not in desk.memos.inbox_ids(other_department.id)
    with refused_with(DomainError, "다른 부서"):
        desk.memos.claim(memo.id, actor=acting(desk, other_department.id))
    claimed = desk.memos.claim(memo.id, actor=acting(desk, stand_in.id))
    assert claimed.target_staff_id == stand_in.id and claimed.status is MemoStatus.READ
    assert claimed.claimed_at == FIXED_NOW and claimed.read_at == FIXED_NOW
    assert feed(desk)[-1] == ("memo_read", memo.id, stand_in.id, person.department_id)
    with refused_with(DomainError, f"이미 {stand_in.name}님이 맡은"):
        desk.memos.claim(memo.id, actor=acting(desk, members[0].id))
    with refused_with(DomainError, "이미 맡은"):
        desk.memos.claim(memo.id, actor=acting(desk, stand_in.id))
    assert memo.id not in desk.memos.inbox_ids(members[0].id)
    assert memo.id in desk.memos.inbox_ids(stand_in.id)


# --- the staff member's side -----------------------------------------------------------------


def test_opening_marks_read_once_and_only_for_the_recipient(desk: Services) -> None:
    person, _ = pick(desk)
    operator = everyone(desk)[-1]
    memo = desk.memos.record(draft(person.id), actor=DESK)
    assert desk.memos.open_memo(memo.id, actor=acting(desk, operator.id)).memo.read_at is None
    assert desk.memos.open_memo(memo.id, actor=DESK).memo.status is MemoStatus.NEW
    opened = desk.memos.open_memo(memo.id, actor=acting(desk, person.id))
    assert opened.memo.status is MemoStatus.READ and opened.memo.read_at == FIXED_NOW
    desk.memos.open_memo(memo.id, actor=acting(desk, person.id))
    kinds = [k for k, *_ in feed(desk)]
    assert kinds == ["memo_forwarded", "memo_read"]
    assert [e.kind for e in opened.events] == [MemoEventKind.RECORDED, MemoEventKind.READ]


def test_the_inbox_shows_unread_first_and_marks_them_delivered(desk: Services) -> None:
    person, _ = pick(desk)
    first = desk.memos.record(draft(person.id, called_at=FIXED_NOW - timedelta(hours=2)),
                              actor=DESK)
    second = desk.memos.record(draft(person.id, caller_name="박철수"), actor=DESK)
    desk.memos.open_memo(first.id, actor=acting(desk, person.id))
    assert desk.memos.inbox_ids(person.id) == [second.id, first.id]
    assert desk.memos.unread_count(person.id) == 1
    assert desk.memos.mark_delivered([first.id, second.id], actor=acting(desk, person.id)) == 1
    assert desk.memos.get_row(second.id).status is MemoStatus.DELIVERED
    assert desk.memos.get_row(second.id).delivered_at == FIXED_NOW
    assert desk.memos.mark_delivered([second.id], actor=acting(desk, person.id)) == 0
    assert desk.memos.mark_delivered([], actor=acting(desk, person.id)) == 0


def test_called_back_needs_an_outcome_and_closes_the_memo(desk: Services) -> None:
    person, _ = pick(desk)
    memo = desk.memos.record(draft(person.id), actor=DESK)
    with pytest.raises(ValidationError) as caught:
        desk.memos.called_back(memo.id, "  ", actor=acting(desk, person.id))
    assert "outcome" in caught.value.field_errors
    done = desk.memos.called_back(memo.id, "서류 보완 방법 안내함", actor=acting(desk, person.id))
    assert done.status is MemoStatus.DONE and done.done_via == "call"
    assert done.outcome == "서류 보완 방법 안내함" and done.done_at == FIXED_NOW
    assert done.read_at == FIXED_NOW
    assert feed(desk)[-1] == ("memo_done", memo.id, person.id, person.department_id)
    with refused_with(DomainError, "이미 처리된"):
        desk.memos.called_back(memo.id, "또", actor=acting(desk, person.id))
    assert memo.id not in desk.memos.inbox_ids(person.id)


def test_replied_by_email_needs_an_address(desk: Services) -> None:
    person, _ = pick(desk)
    memo = desk.memos.record(draft(person.id), actor=DESK)
    with pytest.raises(ValidationError) as caught:
        desk.memos.replied_by_email(memo.id, "자료 보냄", actor=acting(desk, person.id))
    assert "이메일 주소가 없습니다" in korean(caught.value.field_errors["email"])
    with pytest.raises(ValidationError):
        desk.memos.replied_by_email(memo.id, "", email="kim@", actor=acting(desk, person.id))
    done = desk.memos.replied_by_email(memo.id, "자료 보냄", email="kim@hanbit.kr",
                                       actor=acting(desk, person.id))
    assert done.done_via == "email" and done.caller_email == "kim@hanbit.kr"
    assert done.outcome == "이메일 회신: kim@hanbit.kr — 자료 보냄"
    other = desk.memos.record(draft(person.id, caller_email="lee@example.com"), actor=DESK)
    assert desk.memos.replied_by_email(other.id, actor=acting(desk, person.id)).outcome == (
        "이메일 회신: lee@example.com")


def test_forward_to_a_colleague_with_a_reason(desk: Services) -> None:
    person, stand_in = pick(desk)
    colleague = desk.directory.search("", desk.directory.departments()[3].id)[0]
    memo = desk.memos.record(draft(person.id), actor=DESK)
    desk.memos.open_memo(memo.id, actor=acting(desk, person.id))
    with pytest.raises(ValidationError) as caught:
        desk.memos.forward(memo.id, None, "", actor=acting(desk, person.id))
    assert set(caught.value.field_errors) == {"reason", "to_staff_id"}
    with refused_with(ValidationError, "이미"):
        desk.memos.forward(memo.id, person.id, "확인", actor=acting(desk, person.id))
    moved = desk.memos.forward(memo.id, colleague.id, "해외 레지던시 담당이 아님",
                               actor=acting(desk, person.id))
    assert moved.target_staff_id == colleague.id
    assert moved.department_id == colleague.department_id
    assert moved.status is MemoStatus.NEW and moved.read_at is None
    assert moved.asked_for_id == person.id
    assert feed(desk)[-1] == ("memo_forwarded", memo.id, colleague.id, colleague.department_id)
    last = desk.memos.get(memo.id).events[-1]
    assert last.kind is MemoEventKind.FORWARDED
    assert (last.actor_name, last.to_name, last.detail) == (
        person.name, colleague.name, "해외 레지던시 담당이 아님")
    assert memo.id in desk.memos.inbox_ids(colleague.id)
    assert memo.id not in desk.memos.inbox_ids(person.id)
    desk.memos.called_back(memo.id, "안내 완료", actor=acting(desk, colleague.id))
    with refused_with(DomainError, "이미 처리된"):
        desk.memos.forward(memo.id, stand_in.id, "다시", actor=acting(desk, colleague.id))


def test_unknown_memo_and_staff_are_not_found(desk: Services) -> None:
    person, _ = pick(desk)
    with pytest.raises(NotFound):
        desk.memos.get(424242)
    with pytest.raises(NotFound):
        desk.memos.called_back(424242, "결과", actor=acting(desk, person.id))
    memo = desk.memos.record(draft(person.id), actor=DESK)
    with pytest.raises(NotFound):
        desk.memos.called_back(memo.id, "결과", actor=acting(desk, 424242))


# --- unread escalation ---------------------------------------------------------------------


def test_an_unread_memo_is_escalated_to_the_stand_in(
    moving: tuple[Services, SteppingClock],
) -> None:
    services, clock = moving
    person, stand_in = pick(services)
    memo = services.memos.record(draft(person.id), actor=DESK)
    read_one = services.memos.record(draft(person.id, caller_name="박철수"), actor=DESK)
    services.memos.open_memo(read_one.id, actor=acting(services, person.id))
    clock.advance(timedelta(minutes=29))
    assert services.memos.escalate_due(actor=SYSTEM) == []
    clock.advance(timedelta(minutes=1))
    assert services.memos.escalate_due(actor=SYSTEM) == [memo.id]
    row = services.memos.get_row(memo.id)
    assert row.status is MemoStatus.ESCALATED and row.escalated_to_id == stand_in.id
    assert row.escalated_at == FIXED_NOW + timedelta(minutes=30)
    assert feed(services)[-1] == ("memo_escalated", memo.id, stand_in.id, person.department_id)
    assert services.memos.escalate_due(actor=SYSTEM) == []
    assert memo.id in services.memos.inbox_ids(stand_in.id)
    assert memo.id in services.memos.inbox_ids(person.id)
    escalated = services.memos.search_ids(MemoFilter(status=MemoStatus.ESCALATED))
    assert escalated == [memo.id]
    opened = services.memos.open_memo(memo.id, actor=acting(services, stand_in.id))
    assert opened.memo.status is MemoStatus.READ


def test_escalation_waits_out_the_night_and_follows_the_setting(
    moving: tuple[Services, SteppingClock],
) -> None:
    services, clock = moving
    person, _ = pick(services)
    clock.set(seoul(2026, 11, 24, 17, 50))
    memo = services.memos.record(draft(person.id, called_at=seoul(2026, 11, 24, 17, 45)),
                                 actor=DESK)
    clock.set(seoul(2026, 11, 25, 8, 59))
    assert services.memos.escalate_due(actor=SYSTEM) == []
    clock.set(seoul(2026, 11, 25, 9, 20))
    services.memos.save_desk_settings(escalation_minutes=45, actor=DESK)
    assert services.memos.escalate_due(actor=SYSTEM) == []
    clock.set(seoul(2026, 11, 25, 9, 35))
    assert services.memos.escalate_due(actor=SYSTEM) == [memo.id]
    with pytest.raises(ValidationError) as caught:
        services.memos.save_desk_settings(greeting=" ", escalation_minutes=0, actor=DESK)
    assert set(caught.value.field_errors) == {"greeting_script", "memo_escalation_minutes"}
    assert services.memos.escalation_minutes() == 45


def test_a_department_memo_is_flagged_without_a_stand_in(
    moving: tuple[Services, SteppingClock],
) -> None:
    services, clock = moving
    person, _ = pick(services)
    memo = services.memos.record(draft(person.id, route=Route.DEPARTMENT), actor=DESK)
    clock.advance(timedelta(minutes=30))
    assert services.memos.escalate_due(actor=SYSTEM) == [memo.id]
    row = services.memos.get_row(memo.id)
    assert row.status is MemoStatus.ESCALATED and row.escalated_to_id is None
    assert feed(services)[-1] == ("memo_escalated", memo.id, None, person.department_id)


def test_a_broken_escalation_setting_falls_back_to_30_minutes(services: Services) -> None:
    services.settings.set("memo_escalation_minutes", "abc", actor=DESK)
    assert services.memos.escalation_minutes() == 30


# --- lists and search ------------------------------------------------------------------------


def test_search_by_name_org_and_number_in_the_database(desk: Services) -> None:
    person, _ = pick(desk)
    a = desk.memos.record(draft(person.id, caller_name="김영희", caller_phone="010-1234-5678"),
                          actor=DESK)
    b = desk.memos.record(draft(person.id, caller_name="박영수", caller_org="국립극단",
                                caller_phone="02-760-4500 내선 12"), actor=DESK)
    c = desk.memos.record(draft(person.id, caller_name="100%_이름", caller_phone="031-111-2222"),
                          actor=DESK)
    search = desk.memos.search_ids
    assert set(search(MemoFilter(text="영"))) == {a.id, b.id}
    assert search(MemoFilter(text="극단")) == [b.id]
    assert search(MemoFilter(text="1234-5678")) == [a.id]
    assert search(MemoFilter(text="7604500")) == [b.id]
    assert search(MemoFilter(text="김 5678")) == [a.id]
    assert search(MemoFilter(text="%")) == [c.id]
    assert search(MemoFilter(text="_이")) == [c.id]
    assert search(MemoFilter(text="없는사람")) == []


def test_filters_by_staff_department_and_status_and_sort_by_deadline(desk: Services) -> None:
    person, stand_in = pick(desk)
    other, _ = pick(desk, 4)
    late = desk.memos.record(draft(person.id, called_at=FIXED_NOW - timedelta(minutes=1)),
                             actor=DESK)
    early = desk.memos.record(draft(other.id, called_at=FIXED_NOW - timedelta(days=1)), actor=DESK)
    routed = desk.memos.record(draft(person.id, route=Route.STAND_IN,
                                     called_at=FIXED_NOW - timedelta(hours=2)), actor=DESK)
    desk.memos.called_back(late.id, "완료", actor=acting(desk, person.id))
    search = desk.memos.search_ids
    assert search() == [early.id, routed.id, late.id]  # open by deadline, done last
    assert search(MemoFilter(staff_id=person.id)) == [routed.id, late.id]  # asked for
    assert search(MemoFilter(staff_id=stand_in.id)) == [routed.id]
    assert search(MemoFilter(department_id=other.department_id)) == [early.id]
    assert search(MemoFilter(status=MemoStatus.DONE)) == [late.id]
    assert search(MemoFilter(status=MemoStatus.NEW)) == [early.id, routed.id]


def test_old_done_memos_leave_the_default_list(desk: Services) -> None:
    person, _ = pick(desk)
    old = desk.memos.record(draft(person.id, called_at=FIXED_NOW - timedelta(days=3)), actor=DESK)
    old_open = desk.memos.record(draft(person.id, called_at=FIXED_NOW - timedelta(days=4)),
                                 actor=DESK)
    desk.memos.called_back(old.id, "완료", actor=acting(desk, person.id))
    assert desk.memos.search_ids() == [old_open.id]
    assert desk.memos.search_ids(MemoFilter(include_closed=True)) == [old_open.id, old.id]
    assert desk.memos.search_ids(MemoFilter(text="김영희", include_closed=True)) == [
        old_open.id, old.id]


def test_rows_keep_the_order_asked_and_skip_missing(desk: Services) -> None:
    person, _ = pick(desk)
    a = desk.memos.record(draft(person.id), actor=DESK)
    b = desk.memos.record(draft(person.id), actor=DESK)
    assert [r.id for r in desk.memos.rows([b.id, 999999, a.id])] == [b.id, a.id]
    assert desk.memos.rows([]) == []


def test_caller_history_by_number_or_name(desk: Services) -> None:
    person, _ = pick(desk)
    first = desk.memos.record(draft(person.id, called_at=FIXED_NOW - timedelta(days=2)), actor=DESK)
    second = desk.memos.record(draft(person.id, caller_name="김영희 부장",
                                     called_at=FIXED_NOW - timedelta(days=1)), actor=DESK)
    desk.memos.record(draft(person.id, caller_name="남남", caller_phone="010-9999-0000"),
                      actor=DESK)
    history = desk.memos.caller_history(phone="01012345678")
    assert [r.id for r in history] == [second.id, first.id]
    assert [r.id for r in desk.memos.caller_history(name="김영희")] == [first.id]
    assert desk.memos.caller_history(phone="010-1234-5678", exclude_id=second.id)[0].id == (
        first.id)
    assert desk.memos.caller_history(phone="010", name="김") == []


def test_badge_counts_down_to_the_callback(desk: Services) -> None:
    person, _ = pick(desk)
    memo = desk.memos.record(draft(person.id), actor=DESK)
    assert memo.callback_due_at is not None
    assert korean(desk.memos.badge(memo.callback_due_at).words) == "D-3"
    late = desk.memos.badge(memo.callback_due_at, memo.callback_due_at + timedelta(hours=1))
    assert korean(late.words) == "1시간 초과"


# --- transfer card, reasons, greeting -----------------------------------------------------


def test_the_transfer_card_is_logged(desk: Services) -> None:
    person, _ = pick(desk)
    assert desk.memos.transfer_number(person.id) == person.direct_line
    record = desk.memos.log_transfer(person.id, " 김영희 ", actor=DESK)
    assert (record.staff_name, record.number_given, record.caller_name) == (
        person.name, person.direct_line, "김영희")
    assert record.at == FIXED_NOW
    with desk.uow.read() as session:
        rows = session.scalars(select(TransferLog)).all()
        assert [(t.staff_id, t.number_given) for t in rows] == [(person.id, person.direct_line)]
    assert desk.memos.recent_transfers()[0] == record


def test_no_number_to_give_is_refused(desk: Services) -> None:
    person, _ = pick(desk)
    with desk.uow.write() as session:
        staff = session.get(Staff, person.id)
        assert staff is not None
        staff.direct_line = staff.extension = ""
        staff.department.main_phone = ""
    with refused_with(DomainError, "직통번호나 내선번호"):
        desk.memos.log_transfer(person.id, actor=DESK)
    assert desk.memos.recent_transfers() == []


def test_the_agency_adds_and_hides_its_own_reasons(desk: Services) -> None:
    classic = desk.memos.reasons()
    assert [r.label_ko for r in classic] == [
        "전화 왔었음", "다시 전화 예정", "회신 요망", "방문 희망", "회신 전화였음", "긴급"]
    added = desk.memos.add_reason(" 자료 요청 ", "Wants documents", actor=DESK)
    assert added.code.startswith("custom_") and added.sort_order > classic[-1].sort_order
    assert desk.memos.reasons()[-1] == added
    with refused_with(ValidationError, "이미 있는"):
        desk.memos.add_reason("자료 요청", actor=DESK)
    with pytest.raises(ValidationError):
        desk.memos.add_reason("  ", actor=DESK)
    hidden = desk.memos.set_reason_active(added.id, False, actor=DESK)
    assert not hidden.active and added not in desk.memos.reasons()
    assert hidden in desk.memos.reasons(include_inactive=True)
    with pytest.raises(NotFound):
        desk.memos.set_reason_active(999, True, actor=DESK)


def test_greeting_script_for_this_pc(desk: Services) -> None:
    person, _ = pick(desk)
    assert "[부서] [이름]" in desk.memos.greeting(None)
    greeting = desk.memos.greeting(person.id)
    assert f"{person.department_name} {person.name}입니다" in greeting
    desk.memos.save_desk_settings(greeting="안녕하세요, {department} {name}입니다.", actor=DESK)
    assert desk.memos.greeting(person.id) == (
        f"안녕하세요, {person.department_name} {person.name}입니다.")
    with pytest.raises(ValidationError):
        desk.memos.save_desk_settings(greeting="가" * 301, actor=DESK)


def test_a_memo_turned_into_a_complaint_is_closed_in_the_same_write(desk: Services) -> None:
    person, _ = pick(desk)
    memo = desk.memos.record(draft(person.id), actor=DESK)
    with desk.uow.write() as session:
        close_for_complaint(session, memo.id, acting(desk, person.id), 17, FIXED_NOW)
    row = desk.memos.get_row(memo.id)
    assert row.status is MemoStatus.DONE and row.done_via == "complaint"
    assert "민원 #17" in row.outcome
    assert feed(desk)[-1][0] == "memo_done"
    # Already done (e.g. called back, later found to be a complaint): left as it was.
    with desk.uow.write() as session:
        close_for_complaint(session, memo.id, acting(desk, person.id), 18, FIXED_NOW)
    assert "민원 #17" in desk.memos.get_row(memo.id).outcome


# --- stored is stored: keys, and answers read before the commit ---------------------------------


@contextmanager
def reads_fail_after_commit(services: Services) -> Iterator[list[BaseException]]:
    """From the first commit inside the block on, every statement fails as on a lost
    connection (what was committed stays committed). Yields the failures raised."""
    committed: list[bool] = []
    raised: list[BaseException] = []

    def on_commit(_conn: Any) -> None:
        committed.append(True)

    def before(_conn: Any, _cursor: Any, _statement: str, *_args: Any) -> None:
        if committed:
            raised.append(_connection_lost(services))
            raise raised[-1]

    event.listen(services.engine, "commit", on_commit)
    event.listen(services.engine, "before_cursor_execute", before)
    try:
        yield raised
    finally:
        event.remove(services.engine, "before_cursor_execute", before)
        event.remove(services.engine, "commit", on_commit)


def _connection_lost(services: Services) -> Exception:
    if services.engine.dialect.name == "sqlite":
        error = sqlite3.OperationalError("disk I/O error")
        error.sqlite_errorcode = sqlite3.SQLITE_IOERR
        return error
    return psycopg.OperationalError("server closed the connection unexpectedly")


def test_a_stored_change_is_answered_although_reading_after_its_commit_fails(
    desk: Services,
) -> None:
    person, _ = pick(desk)
    colleague = desk.directory.search("", desk.directory.departments()[3].id)[0]
    with reads_fail_after_commit(desk) as raised:
        memo = desk.memos.record(draft(person.id), key=new_key(), actor=DESK)
        assert raised == []
        with pytest.raises(StoreUnavailable):  # reading again now would have failed
            desk.memos.get_row(memo.id)
    assert memo.status is MemoStatus.NEW and memo_count(desk) == 1
    with reads_fail_after_commit(desk):
        opened = desk.memos.open_memo(memo.id, actor=acting(desk, person.id))
    assert opened.memo.read_at == FIXED_NOW
    assert [e.kind for e in opened.events] == [MemoEventKind.RECORDED, MemoEventKind.READ]
    with reads_fail_after_commit(desk):
        moved = desk.memos.forward(memo.id, colleague.id, "담당 아님",
                                   actor=acting(desk, person.id))
    assert moved.target_staff_id == colleague.id
    with reads_fail_after_commit(desk):
        done = desk.memos.called_back(memo.id, "안내함", actor=acting(desk, colleague.id))
    assert done.status is MemoStatus.DONE
    shared = desk.memos.record(draft(person.id, route=Route.DEPARTMENT), actor=DESK)
    with reads_fail_after_commit(desk):
        claimed = desk.memos.claim(shared.id, actor=acting(desk, person.id))
    assert claimed.target_staff_id == person.id
    with reads_fail_after_commit(desk):
        mailed = desk.memos.replied_by_email(shared.id, email="kim@hanbit.kr",
                                             actor=acting(desk, person.id))
    assert mailed.done_via == "email"
    assert desk.memos.get_row(shared.id).status is MemoStatus.DONE


def test_saving_again_with_the_same_key_answers_with_the_memo_stored_first(
    desk: Services,
) -> None:
    person, stand_in = pick(desk)
    key = new_key()
    first = desk.memos.record(draft(person.id), key=key, actor=DESK)
    again = desk.memos.record(draft(stand_in.id, message="다시 저장"), key=key, actor=DESK)
    assert again == first and memo_count(desk) == 1
    assert [k for k, *_ in feed(desk)] == ["memo_forwarded"]
    assert desk.submissions.was_saved(key)
    other = desk.memos.record(draft(person.id), key=new_key(), actor=DESK)
    assert other.id != first.id and memo_count(desk) == 2
    desk.memos.record(draft(person.id), actor=DESK)  # no key: a memo each time
    assert memo_count(desk) == 3
    with desk.uow.read() as session:
        assert session.scalar(select(func.count()).select_from(Submission)) == 2


def test_only_whoever_holds_a_memo_answers_it_or_passes_it_on(desk: Services) -> None:
    person, stand_in = pick(desk)
    colleague = desk.directory.search("", desk.directory.departments()[3].id)[0]
    memo = desk.memos.record(draft(person.id), actor=DESK)
    with pytest.raises(DomainError) as caught:
        desk.memos.called_back(memo.id, "안내함", actor=acting(desk, stand_in.id))
    assert caught.value.msg == msg("memo.not_yours", name=person.name)
    desk.memos.forward(memo.id, colleague.id, "담당 아님", actor=acting(desk, person.id))
    former = acting(desk, person.id)  # a screen still showing the memo as theirs
    steps: list[Callable[[], object]] = [
        lambda: desk.memos.called_back(memo.id, "안내함", actor=former),
        lambda: desk.memos.replied_by_email(memo.id, email="kim@hanbit.kr", actor=former),
        lambda: desk.memos.forward(memo.id, stand_in.id, "다시", actor=former)]
    for step in steps:
        with pytest.raises(DomainError) as caught:
            step()
        assert caught.value.msg == msg("memo.not_yours", name=colleague.name)
    with pytest.raises(DomainError) as caught:
        desk.memos.forward(memo.id, stand_in.id, "다시", actor=DESK)
    assert caught.value.msg.key == "memo.no_pc_staff"
    row = desk.memos.get_row(memo.id)
    assert row.target_staff_id == colleague.id and row.status is MemoStatus.NEW
    assert [e.kind for e in desk.memos.get(memo.id).events] == [
        MemoEventKind.RECORDED, MemoEventKind.FORWARDED]


def test_a_department_memo_is_answered_by_its_department_only(desk: Services) -> None:
    person, stand_in = pick(desk)
    outsider = desk.directory.search("", desk.directory.departments()[1].id)[0]
    memo = desk.memos.record(draft(person.id, route=Route.DEPARTMENT), actor=DESK)
    with pytest.raises(DomainError) as caught:
        desk.memos.called_back(memo.id, "안내함", actor=acting(desk, outsider.id))
    assert caught.value.msg == msg("memo.not_yours_department",
                                   department=person.department_name)
    done = desk.memos.called_back(memo.id, "안내함", actor=acting(desk, stand_in.id))
    assert done.status is MemoStatus.DONE and done.target_staff_id == stand_in.id


def test_the_stand_in_an_unread_memo_went_to_may_answer_it(
    moving: tuple[Services, SteppingClock],
) -> None:
    services, clock = moving
    person, stand_in = pick(services)
    memo = services.memos.record(draft(person.id), actor=DESK)
    clock.advance(timedelta(minutes=30))
    assert services.memos.escalate_due(actor=SYSTEM) == [memo.id]
    # Read receipts from the target's inbox do not undo the escalation.
    assert services.memos.mark_delivered([memo.id], actor=acting(services, person.id)) == 0
    assert services.memos.get_row(memo.id).status is MemoStatus.ESCALATED
    done = services.memos.called_back(memo.id, "대신 안내함",
                                      actor=acting(services, stand_in.id))
    assert done.status is MemoStatus.DONE and done.target_staff_id == person.id
