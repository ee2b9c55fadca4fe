"""The compliance report read from real rows (issue 16), on SQLite and PostgreSQL: the
service's figures are the domain's for the records the rows hold, a lead's report
counts their department's rows only, and a report leaves no access record."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from arco_desk.domain.actor import Actor
from arco_desk.domain.calendar_business import SEOUL
from arco_desk.domain.compliance import compliance_report
from arco_desk.domain.compliance_records import (
    AppointmentRecord,
    OutboundVisitRecord,
    ReportPeriod,
)
from arco_desk.domain.errors import PermissionDenied, ValidationError
from arco_desk.domain.roles import Role
from arco_desk.services.container import Services
from arco_desk.store.models import (
    AccessRecord,
    Complaint,
    Staff,
)
from tests.compliance_rows import D7, fill_report_rows, kst

NOVEMBER = ReportPeriod.month(2026, 11)
AS_OF = datetime(2026, 11, 24, 10, 30, tzinfo=SEOUL)  # the fixtures' clock


def test_the_figures_from_the_rows_are_the_domains(any_services: Services) -> None:
    services = any_services
    _, _, complaints, memos = fill_report_rows(services)
    result = services.compliance.report(date(2026, 11, 1), date(2026, 11, 30))
    expected = compliance_report(
        services.calendar.business_calendar(), NOVEMBER, AS_OF, complaints=complaints,
        memos=memos,
        appointments=[AppointmentRecord(kst(11, 10, 14), kst(11, 10, 13, 55)),
                      AppointmentRecord(kst(11, 11, 14), kst(11, 11, 13, 58))],
        outbound_visits=[OutboundVisitRecord(kst(11, 12, 18), kst(11, 12, 16))])
    assert result.report == expected
    total = result.report.complaints.total
    assert (total.received, total.answered_on_time, total.answered_late,
            total.open_past_due, total.open_within_due) == (5, 2, 1, 1, 1)
    assert (total.first_delay_notices, total.paused, total.follow_up_calls) == (1, 1, 1)
    assert result.report.memos.escalations == 2
    assert result.report.appointments.ready_rate.percent == 50
    assert result.department_id is None and result.department_name is None
    assert set(result.department_names.values()) >= {"김예술팀", "이예산팀"}
    assert result.kinds["petition"].name_ko
    with services.uow.read() as session:  # aggregated figures: nobody's data was shown
        assert session.scalar(select(func.count()).select_from(AccessRecord)) == 0


def test_a_leads_report_counts_their_department_only(any_services: Services) -> None:
    services = any_services
    arts, _, complaints, _ = fill_report_rows(services)
    with services.uow.read() as session:
        lead_id = session.scalar(select(Staff.id).where(Staff.department_id == arts))
    services.gate.sign_in(Actor("lead:kim", lead_id, "김예술", frozenset({Role.LEAD})))
    result = services.compliance.report(date(2026, 11, 1), date(2026, 11, 30))
    report = result.report
    assert result.department_id == arts and result.department_name == "김예술팀"
    assert report.complaints.total.received == sum(
        1 for c in complaints if c.department_id == arts and c.received_at in NOVEMBER)
    assert list(report.complaints.by_department) == [arts]
    assert report.memos.received == 1
    assert report.appointments.appointments == 1
    assert report.outbound_visits.visits == 1
    services.gate.sign_in(Actor("admin:park", None, "박관리", frozenset({Role.ADMIN})))
    assert services.compliance.report(date(2026, 11, 1), date(2026, 11, 30)
                                      ).report.complaints.total.received == 5


def test_staff_and_the_desk_may_not_see_the_report(services: Services) -> None:
    for role in (Role.STAFF, Role.DESK, Role.PRIVACY_OFFICER):
        services.gate.sign_in(Actor(f"x:{role}", None, "누구", frozenset({role})))
        with pytest.raises(PermissionDenied):
            services.compliance.report(date(2026, 11, 1), date(2026, 11, 30))


def test_a_reversed_range_is_refused(services: Services) -> None:
    with pytest.raises(ValidationError) as refused:
        services.compliance.report(date(2026, 11, 30), date(2026, 11, 1))
    assert refused.value.field_errors["last"].key == "report.range_reversed"


def test_moments_are_read_exactly_to_the_microsecond(any_services: Services) -> None:
    """Answered one microsecond after the deadline is late, on both backends."""
    services = any_services
    cal = services.calendar.business_calendar()
    received = kst(11, 2, 10)
    due = cal.due(received, D7)
    with services.uow.write() as session:
        for answered in (due, due + timedelta(microseconds=1)):
            session.add(Complaint(channel="visit", kind_code="petition", citizen_name="홍",
                                  title="t", received_at=received, period="7d", due_at=due,
                                  status="answered", answered_at=answered))
    total = services.compliance.report(date(2026, 11, 1), date(2026, 11, 30)
                                       ).report.complaints.total
    assert (total.answered_on_time, total.answered_late) == (1, 1)


def test_a_long_period_read_by_a_scan_has_the_domains_figures(any_services: Services) -> None:
    """Over a quarter or more SQLite scans the tables instead of their moment indexes:
    the same rows, the same figures as the domain's."""
    services = any_services
    _, _, complaints, memos = fill_report_rows(services)
    result = services.compliance.report(date(2026, 1, 1), date(2026, 12, 31))
    year = ReportPeriod.days(date(2026, 1, 1), date(2026, 12, 31))
    expected = compliance_report(services.calendar.business_calendar(), year, AS_OF,
                                 complaints=complaints, memos=memos)
    assert result.report.complaints == expected.complaints
    assert result.report.memos == expected.memos
    assert result.report.complaints.total.received == len(complaints)
