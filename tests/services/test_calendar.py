"""Calendar overrides: they feed the working-time calendar, and a change never moves an
open item's deadline without the admin saying so."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from arco_desk.domain.calendar_business import SEOUL
from arco_desk.domain.calendar_overrides import (
    DeadlineItemType,
    OverrideDraft,
    OverrideKind,
)
from arco_desk.domain.errors import NotFound, ValidationError
from arco_desk.services.container import Services
from arco_desk.store.models import AuditEntry, CalendarOverride, Complaint, OutboundVisit, PhoneMemo
from tests.actors import DESK
from tests.deadline_items import add_complaint, add_memo, add_outbound_visit, stored_due
from tests.words import korean, korean_fields


def seoul(*args: int) -> datetime:
    return datetime(*args, tzinfo=SEOUL)  # type: ignore[misc]


# Thursday 2026-11-26, two days after FIXED_NOW (Tuesday 2026-11-24).
FOUNDATION_DAY = date(2026, 11, 26)
CLOSURE = OverrideDraft(FOUNDATION_DAY, "closure", "창립기념일 휴무")


def _audit(services: Services) -> list[tuple[str, str, int | None]]:
    with services.uow.read() as session:
        rows = session.execute(
            select(AuditEntry.action, AuditEntry.entity, AuditEntry.entity_id)
            .order_by(AuditEntry.id))
        return [(a, e, i) for a, e, i in rows]


# --- overrides feed the calendar ------------------------------------------------------------


def test_no_overrides_is_the_plain_korean_calendar(services: Services) -> None:
    cal = services.calendar.business_calendar()
    assert services.calendar.overrides() == []
    assert cal.is_working_day(FOUNDATION_DAY)
    assert cal.holiday_name(date(2026, 12, 25)) == "기독탄신일"
    assert not cal.is_working_day(date(2026, 9, 25))  # 추석


def test_overrides_feed_the_calendar_with_their_reasons(services: Services) -> None:
    closure = services.calendar.add_override(FOUNDATION_DAY, "closure", "  창립기념일   휴무 ",
                                             actor=DESK)
    holiday = services.calendar.add_override(date(2026, 12, 3), OverrideKind.TEMPORARY_HOLIDAY,
                                             "임시공휴일(선거)", actor=DESK)
    workday = services.calendar.add_override(date(2026, 12, 5), "extra_workday", "", actor=DESK)

    assert closure.reason == "창립기념일 휴무"  # spaces tidied
    assert closure.kind is OverrideKind.CLOSURE and closure.kind == "closure"
    assert [o.day for o in services.calendar.overrides()] == [
        FOUNDATION_DAY, date(2026, 12, 3), date(2026, 12, 5)]
    assert {o.id for o in services.calendar.overrides()} == {closure.id, holiday.id, workday.id}

    cal = services.calendar.business_calendar()
    assert not cal.is_working_day(FOUNDATION_DAY)
    assert cal.holiday_name(FOUNDATION_DAY, "ko") == "창립기념일 휴무"
    assert cal.closure_reason(date(2026, 12, 3)) == "임시공휴일(선거)"
    assert cal.is_working_day(date(2026, 12, 5))  # a Saturday made a working day
    assert cal.extra_workdays == frozenset({date(2026, 12, 5)})
    # The deadline engine counts with them: 3 working hours from Wednesday 17:00.
    assert cal.add_working_time(seoul(2026, 11, 25, 17), timedelta(hours=3)) == seoul(
        2026, 11, 27, 11)


def test_the_calendar_is_cached_and_rebuilt_on_change(services: Services) -> None:
    first = services.calendar.business_calendar()
    assert services.calendar.business_calendar() is first
    added = services.calendar.add_override(FOUNDATION_DAY, "closure", "창립기념일 휴무", actor=DESK)
    second = services.calendar.business_calendar()
    assert second is not first and not second.is_working_day(FOUNDATION_DAY)
    assert services.calendar.business_calendar() is second
    services.calendar.remove_override(added.id, actor=DESK)
    assert services.calendar.business_calendar().is_working_day(FOUNDATION_DAY)
    assert services.calendar.overrides() == []


def test_another_pc_s_change_is_seen_after_invalidate(services: Services) -> None:
    services.calendar.business_calendar()
    with services.uow.write() as session:
        session.add(CalendarOverride(day=FOUNDATION_DAY, kind="closure", reason="정전"))
    assert services.calendar.business_calendar().is_working_day(FOUNDATION_DAY)  # cached
    services.calendar.invalidate()
    assert services.calendar.business_calendar().holiday_name(FOUNDATION_DAY) == "정전"


def test_add_and_remove_are_audited(services: Services) -> None:
    added = services.calendar.add_override(FOUNDATION_DAY, "closure", "창립기념일 휴무", actor=DESK)
    services.calendar.remove_override(added.id, actor=DESK)
    assert _audit(services) == [
        ("calendar.add", "calendar_override", added.id),
        ("calendar.remove", "calendar_override", added.id),
    ]


# --- refusals ---------------------------------------------------------------------------------


def _refusal(services: Services, day: date, kind: str, reason: str) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        services.calendar.add_override(day, kind, reason, actor=DESK)
    return korean_fields(caught.value)


def test_a_closure_needs_a_reason(services: Services) -> None:
    for kind in ("closure", "temporary_holiday"):
        errors = _refusal(services, FOUNDATION_DAY, kind, "   ")
        assert set(errors) == {"reason"}
        assert "사유" in errors["reason"]
    assert _refusal(services, FOUNDATION_DAY, "closure", "가" * 201).keys() == {"reason"}
    assert services.calendar.overrides() == []


def test_an_unknown_kind_is_refused(services: Services) -> None:
    assert set(_refusal(services, FOUNDATION_DAY, "holiday", "x")) == {"kind"}


def test_one_override_per_day(services: Services) -> None:
    services.calendar.add_override(FOUNDATION_DAY, "closure", "창립기념일 휴무", actor=DESK)
    errors = _refusal(services, FOUNDATION_DAY, "temporary_holiday", "임시공휴일")
    assert set(errors) == {"day"}
    assert "이미 등록된" in errors["day"] and "창립기념일 휴무" in errors["day"]
    assert len(services.calendar.overrides()) == 1


def test_a_closure_on_a_holiday_names_the_holiday(services: Services) -> None:
    errors = _refusal(services, date(2026, 12, 25), "closure", "송년 휴무")
    assert set(errors) == {"day"}
    assert "기독탄신일" in errors["day"] and "이미 쉬는 날" in errors["day"]
    chuseok = _refusal(services, date(2026, 9, 25), "temporary_holiday", "x")["day"]
    assert "추석" in chuseok
    weekend = _refusal(services, date(2026, 11, 28), "closure", "x")["day"]
    assert "토요일" in weekend


def test_an_extra_workday_must_be_a_closed_day(services: Services) -> None:
    errors = _refusal(services, FOUNDATION_DAY, "extra_workday", "")
    assert set(errors) == {"day"} and "원래 근무일" in errors["day"]
    # a Saturday, a public holiday and an agency closure can be opened
    services.calendar.add_override(date(2026, 11, 28), "extra_workday", "", actor=DESK)
    services.calendar.add_override(date(2026, 12, 25), "extra_workday", "행사 운영", actor=DESK)
    cal = services.calendar.business_calendar()
    assert cal.is_working_day(date(2026, 12, 25))
    assert cal.holiday_name(date(2026, 12, 25)) == "기독탄신일"  # still named


def test_several_errors_at_once(services: Services) -> None:
    assert set(_refusal(services, FOUNDATION_DAY, "nonsense", "x" * 300)) == {"kind", "reason"}


def test_removing_a_missing_override(services: Services) -> None:
    with pytest.raises(NotFound):
        services.calendar.remove_override(12345, actor=DESK)


def test_an_override_can_be_replaced_in_one_change(services: Services) -> None:
    closure = services.calendar.add_override(FOUNDATION_DAY, "closure", "창립기념일 휴무",
                                             actor=DESK)
    services.calendar.apply_change(
        add=OverrideDraft(FOUNDATION_DAY, "temporary_holiday", "임시공휴일"), remove=closure.id,
                                   actor=DESK)
    [only] = services.calendar.overrides()
    assert (only.day, only.kind, only.reason) == (FOUNDATION_DAY, "temporary_holiday",
                                                  "임시공휴일")
    # A Saturday opened as a working day cannot become a closure: it is a Saturday again.
    workday = services.calendar.add_override(date(2026, 11, 28), "extra_workday", "", actor=DESK)
    with pytest.raises(ValidationError) as caught:
        services.calendar.apply_change(
            add=OverrideDraft(date(2026, 11, 28), "closure", "정전"), remove=workday.id, actor=DESK)
    assert "토요일" in korean(caught.value.field_errors["day"])
    assert services.calendar.overrides() == [only, workday]  # nothing half-done


# --- never move silently ----------------------------------------------------------------------


def _open_items(services: Services) -> dict[str, int]:
    """Items around 26 November; ``moves_*`` are moved by closing that day, ``stays_*`` not."""
    return {
        # Friday 20 November, 7 working days: day 7 is Monday the 30th; with the
        # closure it is Tuesday 1 December.
        "moves_complaint": add_complaint(services, seoul(2026, 11, 20, 10), "7d",
                                         citizen="김민원", title="대관 신청 문의"),
        # 3 working hours from Tuesday 10:00 end Tuesday 14:00: before the closure.
        "stays_complaint": add_complaint(services, seoul(2026, 11, 24, 10), "3h",
                                         citizen="이확인", title="사실 확인"),
        # Answered: never touched.
        "answered_complaint": add_complaint(services, seoul(2026, 11, 20, 11), "7d",
                                            citizen="정답변", title="답변 완료",
                                            status="answered",
                                            answered_at=seoul(2026, 11, 23, 15)),
        "closed_complaint": add_complaint(services, seoul(2026, 11, 20, 11), "7d",
                                          citizen="종결", title="종결", status="closed"),
        # 24 working hours from Wednesday 10:00: Monday 10:00, with the closure Tuesday.
        "moves_memo": add_memo(services, seoul(2026, 11, 25, 10), caller="한전화"),
        "done_memo": add_memo(services, seoul(2026, 11, 25, 11), caller="완료", status="done"),
        # A visit on Friday the 27th: call by Thursday 18:00, with the closure Wednesday.
        "moves_visit": add_outbound_visit(services, date(2026, 11, 27), customer="박고객"),
        "called_visit": add_outbound_visit(services, date(2026, 11, 27), customer="연락됨",
                                           called_at=seoul(2026, 11, 24, 9)),
        "stays_visit": add_outbound_visit(services, date(2026, 12, 10), customer="나중"),
    }


def test_preview_lists_exactly_the_items_whose_deadline_changes(services: Services) -> None:
    items = _open_items(services)
    changes = services.calendar.preview_change(add=CLOSURE)
    assert [(c.item_type, c.item_id, c.label, c.old_due, c.new_due) for c in changes] == [
        (DeadlineItemType.OUTBOUND_VISIT, items["moves_visit"], "박고객",
         seoul(2026, 11, 26, 18), seoul(2026, 11, 25, 18)),
        (DeadlineItemType.PHONE_MEMO, items["moves_memo"], "한전화",
         seoul(2026, 11, 30, 10), seoul(2026, 12, 1, 10)),
        (DeadlineItemType.COMPLAINT, items["moves_complaint"], "김민원 · 대관 신청 문의",
         seoul(2026, 11, 30, 18), seoul(2026, 12, 1, 18)),
    ]
    assert changes[0].key == ("outbound_visit", items["moves_visit"])
    # a preview changes nothing
    assert services.calendar.overrides() == []
    assert stored_due(services, Complaint, items["moves_complaint"]) == seoul(2026, 11, 30, 18)
    assert _audit(services) == []


def test_preview_of_a_removal_and_of_nothing(services: Services) -> None:
    added = services.calendar.add_override(FOUNDATION_DAY, "closure", "창립기념일 휴무", actor=DESK)
    complaint = add_complaint(services, seoul(2026, 11, 20, 10), "7d")  # due 1 December
    assert stored_due(services, Complaint, complaint) == seoul(2026, 12, 1, 18)
    [change] = services.calendar.preview_change(remove=added.id)
    assert (change.item_id, change.old_due, change.new_due) == (
        complaint, seoul(2026, 12, 1, 18), seoul(2026, 11, 30, 18))
    assert services.calendar.preview_change() == []
    # an invalid addition is refused by the preview already
    with pytest.raises(ValidationError):
        services.calendar.preview_change(add=OverrideDraft(date(2026, 12, 25), "closure", "x"))


def test_pauses_count_in_the_complaint_deadline(services: Services) -> None:
    # 3 working hours from Wednesday 16:00 end Thursday 10:00; the pause from 16:30 to
    # Thursday 10:00 covers 2.5 working hours, so the complaint is due Thursday 13:30.
    complaint = add_complaint(
        services, seoul(2026, 11, 25, 16), "3h",
        pauses=((seoul(2026, 11, 25, 16, 30), seoul(2026, 11, 26, 10)),))
    assert stored_due(services, Complaint, complaint) == seoul(2026, 11, 26, 13, 30)
    [change] = services.calendar.preview_change(add=CLOSURE)
    assert change.old_due == seoul(2026, 11, 26, 13, 30)
    # Thursday closed: 3 hours end Friday 10:00 and the pause now covers only
    # Wednesday's last 1.5 working hours.
    assert change.new_due == seoul(2026, 11, 27, 11, 30)


def test_a_running_pause_counts_up_to_now(services: Services) -> None:
    # Received Monday 23 November 10:00 (7 days: due 1 December), paused since Monday
    # 14:00 and still paused at FIXED_NOW (Tuesday 10:30): 5.5 working hours so far.
    complaint = add_complaint(services, seoul(2026, 11, 23, 10), "7d",
                              pauses=((seoul(2026, 11, 23, 14), None),))
    assert stored_due(services, Complaint, complaint) == seoul(2026, 12, 2, 15, 30)
    [change] = services.calendar.preview_change(add=CLOSURE)
    assert (change.item_id, change.new_due) == (complaint, seoul(2026, 12, 3, 15, 30))


def test_apply_moves_only_the_accepted_items(services: Services) -> None:
    items = _open_items(services)
    untouched = [
        (Complaint, items["stays_complaint"]), (Complaint, items["answered_complaint"]),
        (Complaint, items["closed_complaint"]), (PhoneMemo, items["done_memo"]),
        (OutboundVisit, items["called_visit"]), (OutboundVisit, items["stays_visit"]),
    ]
    before = [stored_due(services, model, item_id) for model, item_id in untouched]
    result = services.calendar.apply_change(
        add=CLOSURE,
        accept_ids={("complaint", items["moves_complaint"]),
                    (DeadlineItemType.PHONE_MEMO, items["moves_memo"]),
                    ("complaint", items["answered_complaint"])}, actor=DESK,  # not listed: ignored
    )
    assert [(c.item_type, c.item_id) for c in result.moved] == [
        (DeadlineItemType.PHONE_MEMO, items["moves_memo"]),
        (DeadlineItemType.COMPLAINT, items["moves_complaint"]),
    ]
    assert [c.item_id for c in result.kept] == [items["moves_visit"]]
    assert [a.day for a in result.added] == [FOUNDATION_DAY]

    assert stored_due(services, Complaint, items["moves_complaint"]) == seoul(2026, 12, 1, 18)
    assert stored_due(services, PhoneMemo, items["moves_memo"]) == seoul(2026, 12, 1, 10)
    # left alone by the admin: keeps its deadline although the calendar now says otherwise
    assert stored_due(services, OutboundVisit, items["moves_visit"]) == seoul(2026, 11, 26, 18)
    assert [stored_due(services, model, item_id) for model, item_id in untouched] == before
    assert not services.calendar.business_calendar().is_working_day(FOUNDATION_DAY)

    audit = _audit(services)
    added_id = result.added[0].id
    assert audit[0] == ("calendar.add", "calendar_override", added_id)
    assert sorted(audit[1:]) == sorted([
        ("deadline.move_by_calendar", "complaint", items["moves_complaint"]),
        ("deadline.move_by_calendar", "phone_memo", items["moves_memo"]),
        ("deadline.keep_on_calendar_change", "outbound_visit", items["moves_visit"]),
    ])
    # The item left alone is not asked about again when nothing affects it further.
    assert services.calendar.preview_change(
        add=OverrideDraft(date(2026, 12, 15), "closure", "정기 점검")) == []


def test_leave_all_keeps_every_stored_deadline(services: Services) -> None:
    items = _open_items(services)
    result = services.calendar.apply_change(add=CLOSURE, accept_ids=set(), actor=DESK)
    assert result.moved == [] and len(result.kept) == 3
    assert stored_due(services, Complaint, items["moves_complaint"]) == seoul(2026, 11, 30, 18)
    assert stored_due(services, PhoneMemo, items["moves_memo"]) == seoul(2026, 11, 30, 10)


def test_undoing_a_change_left_alone_asks_nothing(services: Services) -> None:
    complaint = add_complaint(services, seoul(2026, 11, 20, 10), "7d")
    added = services.calendar.apply_change(add=CLOSURE, actor=DESK).added[0]
    # Removing the closure gives back the deadline the complaint kept: nothing to ask.
    assert services.calendar.preview_change(remove=added.id) == []
    assert stored_due(services, Complaint, complaint) == seoul(2026, 11, 30, 18)


def test_a_failed_apply_changes_nothing(services: Services) -> None:
    items = _open_items(services)
    with pytest.raises(ValidationError):
        services.calendar.apply_change(
            add=[CLOSURE, OverrideDraft(FOUNDATION_DAY, "closure", "중복")],
            accept_ids={("complaint", items["moves_complaint"])}, actor=DESK)
    assert services.calendar.overrides() == []
    assert stored_due(services, Complaint, items["moves_complaint"]) == seoul(2026, 11, 30, 18)
    assert _audit(services) == []


# --- both databases ---------------------------------------------------------------------------


def test_round_trip_on_both_backends(any_services: Services) -> None:
    calendar = any_services.calendar
    complaint = add_complaint(any_services, seoul(2026, 11, 20, 10), "7d")
    memo = add_memo(any_services, seoul(2026, 11, 25, 10))
    changes = calendar.preview_change(add=CLOSURE)
    assert {c.key for c in changes} == {("complaint", complaint), ("phone_memo", memo)}
    result = calendar.apply_change(add=CLOSURE, accept_ids={("complaint", complaint)}, actor=DESK)
    assert [c.item_id for c in result.moved] == [complaint]
    assert stored_due(any_services, Complaint, complaint) == seoul(2026, 12, 1, 18)
    assert stored_due(any_services, PhoneMemo, memo) == seoul(2026, 11, 30, 10)
    [stored] = calendar.overrides()
    assert (stored.day, stored.kind, stored.reason) == (
        FOUNDATION_DAY, "closure", "창립기념일 휴무")
    with pytest.raises(ValidationError):
        calendar.add_override(FOUNDATION_DAY, "temporary_holiday", "중복", actor=DESK)
    calendar.remove_override(stored.id, actor=DESK)
    assert calendar.overrides() == []
    assert calendar.business_calendar().is_working_day(FOUNDATION_DAY)
