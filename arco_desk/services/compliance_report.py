"""The compliance report (이행실적, issue 16): the figures of a period, computed by the
domain (:mod:`arco_desk.domain.compliance`) from the plain records the store holds
(:mod:`arco_desk.services.compliance_loading`), as seen at the moment it is made.

A team lead's reach of ``VIEW_REPORTS`` is their department's: their report counts the
department's records only. The report is aggregated figures, nobody's personal data,
so making it leaves no access record.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from types import MappingProxyType

from sqlalchemy import select
from sqlalchemy.orm import Session

from arco_desk.domain.calendar_business import SEOUL
from arco_desk.domain.clock import Clock
from arco_desk.domain.compliance import (
    ComplaintReport,
    ComplianceReport,
    MemoFigures,
    appointment_figures_of_rows,
    complaint_report_of_rows,
    memo_figures_of_rows,
    outbound_visit_figures_of_rows,
)
from arco_desk.domain.compliance_records import ReportPeriod
from arco_desk.domain.roles import Within
from arco_desk.domain.standard import ComplaintKind
from arco_desk.services.calendar import CalendarService
from arco_desk.services.compliance_loading import (
    appointment_rows,
    complaint_rows,
    memo_rows,
    outbound_visit_rows,
    period_condition,
)
from arco_desk.services.compliance_sql import (
    counted_in_store,
    report_hours,
    store_complaint_report,
    store_memo_figures,
)
from arco_desk.services.settings import SettingsService
from arco_desk.store.models import Department, Setting, Staff
from arco_desk.store.unit_of_work import UnitOfWork

__all__ = ["ComplianceReportService", "ComplianceResult"]

AGENCY_NAME_KEY = "agency_name"


@dataclass(frozen=True, slots=True)
class ComplianceResult:
    """A report and the names it is printed with.

    ``department_id`` is the department the report is narrowed to (a lead's), None for
    the whole agency; ``department_names`` names every department the report mentions,
    ``kinds`` the complaint kinds of the service standard by code.
    """

    report: ComplianceReport
    agency_name: str
    department_id: int | None
    department_names: Mapping[int, str]
    kinds: Mapping[str, ComplaintKind]

    @property
    def department_name(self) -> str | None:
        if self.department_id is None:
            return None
        return self.department_names.get(self.department_id, "")


class ComplianceReportService:
    def __init__(self, uow: UnitOfWork, calendar: CalendarService, settings: SettingsService,
                 clock: Clock) -> None:
        self.uow = uow
        self.calendar = calendar
        self.settings = settings
        self.clock = clock

    def report(self, first: date, last: date, *, within: Within | None = None
               ) -> ComplianceResult:
        """The figures of the days ``first`` to ``last`` (both included, Asia/Seoul), as
        they stand now; ``within`` (a lead's reach) narrows them to the person's
        department. ValidationError for a reversed range or a date out of bounds."""
        as_of = self.clock().astimezone(SEOUL)
        period = ReportPeriod.asked(first, last, as_of.date())
        return self._report_of(period, as_of, within)

    def _report_of(self, period: ReportPeriod, as_of: datetime,
                   within: Within | None) -> ComplianceResult:
        cal = self.calendar.business_calendar()
        standard = self.calendar.standard
        with self.uow.read() as session:
            department = _department(session, within)
            complaints: ComplaintReport | None = None
            memos: MemoFigures | None = None
            if counted_in_store(period, as_of):  # the store judges, counts and times
                scan = period_condition(session)
                hours = report_hours(session, cal, period, as_of)
                complaints = store_complaint_report(session, cal, period, as_of, department,
                                                    scan=scan, hours=hours)
                memos = store_memo_figures(session, cal, standard.phone_callback, period,
                                           as_of, department, scan=scan, hours=hours)
            # otherwise, or with an answer beyond the hours counted, the rows come to the
            # domain
            if complaints is None:
                complaints = complaint_report_of_rows(
                    cal, period, as_of, complaint_rows(session, period, department))
            if memos is None:
                memos = memo_figures_of_rows(
                    cal, period, as_of, memo_rows(session, cal, standard.phone_callback,
                                                  period, department))
            report = ComplianceReport(
                period=period,
                as_of=as_of,
                complaints=complaints,
                memos=memos,
                appointments=appointment_figures_of_rows(
                    period, as_of, appointment_rows(session, period, department)),
                outbound_visits=outbound_visit_figures_of_rows(
                    period, as_of, outbound_visit_rows(session, period, department)))
            names = {id_: name for id_, name
                     in session.execute(select(Department.id, Department.name))}
            agency = session.scalar(select(Setting.value).where(Setting.key == AGENCY_NAME_KEY))
        return ComplianceResult(
            report=report,
            agency_name=agency if agency is not None else self.settings.get(AGENCY_NAME_KEY),
            department_id=department,
            department_names=MappingProxyType(names),
            kinds=MappingProxyType({kind.code: kind for kind in standard.complaint_kinds}),
        )


def _department(session: Session, within: Within | None) -> int | None:
    """The department a report within ``within`` covers; None for the agency's. A person
    without a staff profile has no department: -1, which no record belongs to."""
    if within is None:
        return None
    if within.staff_id is None:
        return -1
    found = session.scalar(select(Staff.department_id).where(Staff.id == within.staff_id))
    return -1 if found is None else found
