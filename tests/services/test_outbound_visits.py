"""Outbound visits (clause 1-5): the call task is due 18:00 on the previous working day of
the stored calendar, with a badge until it is done."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from arco_desk.domain.deadlines import CountdownState
from arco_desk.domain.errors import DomainError, ValidationError
from arco_desk.domain.outbound_visits import OutboundVisitDraft
from arco_desk.services.container import Services
from arco_desk.services.submissions import new_key
from tests.actors import DESK
from tests.reception_desk import Desk, make_desk, seoul
from tests.words import korean, refused_with


@pytest.fixture
def desk(any_services: Services) -> Desk:
    return make_desk(any_services)


def draft(staff_id: int | None, visit_date: date | None, **changes: str) -> OutboundVisitDraft:
    values = {"customer_name": "박고객", "customer_org": "대학로 소극장",
              "customer_phone": "02-760-4500", "purpose": "공연장 안전 점검"}
    values.update(changes)
    return OutboundVisitDraft(staff_id=staff_id, visit_date=visit_date, **values)


def test_call_due_the_working_day_before_christmas(desk: Desk) -> None:
    staff = desk.staff()
    visit_date = date(2026, 12, 28)  # Monday; Friday the 25th is 기독탄신일
    cal = desk.services.calendar.business_calendar()
    assert not cal.is_working_day(date(2026, 12, 25))
    expected_day = cal.previous_working_day(visit_date)
    assert expected_day == date(2026, 12, 24)
    visit_id = desk.reception.outbound.book(draft(staff.id, visit_date), actor=DESK)
    [row] = desk.reception.outbound.rows(desk.reception.outbound.task_ids())
    assert row.id == visit_id
    assert row.call_due_at == seoul(2026, 12, 24, 18, 0)
    assert row.staff_name == staff.name and row.department_name == staff.department_name
    assert row.customer_name_masked == "박*객" and row.customer_phone_masked == "02-***-4500"
    assert row.countdown is not None and row.countdown.state is CountdownState.ON_TRACK
    assert korean(row.countdown.words) == "D-30"
    detail = desk.reception.outbound.detail(visit_id)
    assert detail.customer_name == "박고객" and detail.customer_phone == "02-760-4500"
    script = korean(detail.call_script)
    for told in ("박고객", staff.department_name, staff.name, "12월 28일(월)", "공연장 안전 점검"):
        assert told in script


def test_call_due_across_seollal_and_its_substitute_holiday(desk: Desk) -> None:
    staff = desk.staff()
    visit_date = date(2027, 2, 10)  # Wednesday after 설날 (6–8 Feb) and its 대체 휴일 (9 Feb)
    cal = desk.services.calendar.business_calendar()
    closed = [date(2027, 2, d) for d in (6, 7, 8, 9)]
    assert [cal.is_working_day(d) for d in closed] == [False] * 4
    assert "대체" in (cal.holiday_name(date(2027, 2, 9)) or "")
    assert cal.is_working_day(date(2027, 2, 5))
    visit_id = desk.reception.outbound.book(draft(staff.id, visit_date), actor=DESK)
    assert desk.reception.outbound.detail(visit_id).row.call_due_at == seoul(2027, 2, 5, 18, 0)
    assert desk.reception.outbound.call_due(visit_date) == seoul(2027, 2, 5, 18, 0)


def test_an_agency_closure_moves_the_call_earlier(desk: Desk) -> None:
    desk.reception.calendar.add_override(date(2026, 12, 3), "closure", "창립기념일", actor=DESK)
    visit_id = desk.reception.outbound.book(draft(desk.staff().id, date(2026, 12, 4)), actor=DESK)
    assert desk.reception.outbound.detail(visit_id).row.call_due_at == seoul(2026, 12, 2, 18, 0)


def test_badge_until_called(desk: Desk) -> None:
    staff = desk.staff()
    visit_id = desk.reception.outbound.book(draft(staff.id, date(2026, 11, 26)),
                                            actor=DESK)  # Thursday
    desk.clock.set(seoul(2026, 11, 25, 9, 0))
    badge = desk.reception.outbound.detail(visit_id).row.countdown
    assert badge is not None and badge.state is CountdownState.DUE_TODAY
    desk.clock.set(seoul(2026, 11, 25, 17, 30))
    badge = desk.reception.outbound.detail(visit_id).row.countdown
    assert badge is not None and badge.state is CountdownState.DUE_SOON
    assert korean(badge.words) == "30분"
    desk.clock.set(seoul(2026, 11, 25, 18, 0))
    badge = desk.reception.outbound.detail(visit_id).row.countdown
    assert badge is not None and badge.state is CountdownState.OVERDUE
    assert desk.reception.outbound.open_count() == 1
    desk.reception.outbound.record_call(visit_id, "고객 부재, 문자 남김 후 재통화", actor=DESK)
    detail = desk.reception.outbound.detail(visit_id)
    assert detail.row.countdown is None and detail.row.called_at == seoul(2026, 11, 25, 18, 0)
    assert detail.call_note == "고객 부재, 문자 남김 후 재통화"
    assert desk.reception.outbound.open_count() == 0
    assert desk.reception.outbound.task_ids() == []
    assert desk.reception.outbound.task_ids(include_done=True) == [visit_id]
    with refused_with(DomainError, "이미"):
        desk.reception.outbound.record_call(visit_id, actor=DESK)


def test_open_tasks_come_first_by_due_time(desk: Desk) -> None:
    staff = desk.staff()
    later = desk.reception.outbound.book(draft(staff.id, date(2026, 12, 10)), actor=DESK)
    sooner = desk.reception.outbound.book(draft(staff.id, date(2026, 11, 27)), actor=DESK)
    done = desk.reception.outbound.book(draft(staff.id, date(2026, 11, 25)), actor=DESK)
    desk.reception.outbound.record_call(done, actor=DESK)
    assert desk.reception.outbound.task_ids(include_done=True) == [sooner, later, done]


def test_refusals(desk: Desk) -> None:
    with pytest.raises(ValidationError) as refused:
        desk.reception.outbound.book(draft(None, date(2026, 11, 23), customer_name=" ",
                                           customer_phone="", purpose=""), actor=DESK)
    assert set(refused.value.field_errors) == {
        "customer_name", "customer_phone", "purpose", "staff_id", "visit_date"}
    with pytest.raises(ValidationError) as bad_phone:
        desk.reception.outbound.book(draft(desk.staff().id, date(2026, 12, 1),
                                           customer_phone="02-76O-4500"), actor=DESK)
    assert set(bad_phone.value.field_errors) == {"customer_phone"}
    with pytest.raises(ValidationError) as unknown:
        desk.reception.outbound.book(draft(99999, date(2026, 12, 1)), actor=DESK)
    assert set(unknown.value.field_errors) == {"staff_id"}
    assert desk.reception.outbound.task_ids(include_done=True) == []


def test_a_visit_today_is_already_overdue_but_can_be_booked(desk: Desk) -> None:
    visit_id = desk.reception.outbound.book(draft(desk.staff().id, date(2026, 11, 24)), actor=DESK)
    badge = desk.reception.outbound.detail(visit_id).row.countdown
    assert badge is not None and badge.state is CountdownState.OVERDUE


def test_cancel_removes_the_task(desk: Desk) -> None:
    visit_id = desk.reception.outbound.book(draft(desk.staff().id, date(2026, 12, 1)), actor=DESK)
    desk.reception.outbound.cancel(visit_id, actor=DESK)
    assert desk.reception.outbound.task_ids(include_done=True) == []
    desk.clock.advance(timedelta(days=1))
    with pytest.raises(DomainError):
        desk.reception.outbound.cancel(visit_id, actor=DESK)


def test_a_save_again_with_its_key_returns_the_visit_stored_first(desk: Desk) -> None:
    """A save whose outcome was unknown, sent again with its key, stores nothing twice —
    even the day after, when the same visit date would now be refused as past."""
    staff = desk.staff()
    key = new_key()
    planned = draft(staff.id, date(2026, 11, 25))
    first = desk.reception.outbound.book(planned, actor=DESK, key=key)
    desk.clock.advance(timedelta(days=2))
    assert desk.reception.outbound.book(planned, actor=DESK, key=key) == first
    assert desk.reception.outbound.task_ids(include_done=True) == [first]
    with pytest.raises(ValidationError):  # without the key it is a new visit, and too late
        desk.reception.outbound.book(planned, actor=DESK, key=new_key())
