"""Reading the timeline: appointments and walk-ins as plain rows, masked for lists."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from arco_desk.domain.directory import Presence
from arco_desk.domain.reception import (
    TimelineEntry,
    VisitDetail,
    VisitStatus,
    day_bounds,
    timeline_key,
)
from arco_desk.domain.visitor_privacy import masked_name, masked_phone
from arco_desk.services.directory import like_pattern
from arco_desk.store.models import Appointment, Department, Staff, Visit, Visitor


@dataclass(frozen=True, slots=True)
class StaffInfo:
    id: int
    name: str
    department_id: int
    department: str
    presence: Presence
    back_at: datetime | None
    stand_in_id: int | None
    stand_in_name: str | None


def staff_info(session: Session, ids: Iterable[int | None]) -> dict[int, StaffInfo]:
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    stand_in = aliased(Staff)
    stmt = (
        select(Staff.id, Staff.name, Staff.department_id, Department.name, Staff.presence,
               Staff.back_at, Staff.stand_in_id, stand_in.name)
        .join(Department, Staff.department_id == Department.id)
        .outerjoin(stand_in, Staff.stand_in_id == stand_in.id)
        .where(Staff.id.in_(wanted))
    )
    return {
        row[0]: StaffInfo(row[0], row[1], row[2], row[3], Presence(row[4]), row[5], row[6],
                          row[7])
        for row in session.execute(stmt)
    }


def walk_in_status(visit: Visit) -> VisitStatus:
    if visit.left_at is not None:
        return VisitStatus.LEFT
    if visit.received_by_id is not None:
        return VisitStatus.IN_MEETING
    return VisitStatus.ARRIVED


def _matching(words: Sequence[str], *columns: InstrumentedAttribute[str]
              ) -> list[ColumnElement[bool]]:
    """One condition per word: the word appears in any of ``columns``."""
    return [
        or_(*(column.ilike(like_pattern(word), escape="\\") for column in columns))
        for word in words
    ]


def day_keys(session: Session, day: date, words: Sequence[str] = ()) -> list[int]:
    """The timeline keys of ``day``: appointments by start, walk-ins by arrival; each of
    the search ``words`` narrows them to a visitor's name or organisation, the host's name
    or the purpose."""
    start, end = day_bounds(day)
    host = aliased(Staff)
    appointments = session.execute(
        select(Appointment.starts_at, Appointment.id)
        .join(Visitor, Appointment.visitor_id == Visitor.id)
        .join(host, Appointment.host_id == host.id)
        .where(Appointment.starts_at >= start, Appointment.starts_at < end,
               *_matching(words, Visitor.name, Visitor.organisation, host.name,
                          Appointment.purpose))
    ).all()
    walk_ins = session.execute(
        select(Visit.arrived_at, Visit.id)
        .join(Visitor, Visit.visitor_id == Visitor.id)
        .outerjoin(host, Visit.host_id == host.id)
        .where(Visit.appointment_id.is_(None), Visit.arrived_at >= start, Visit.arrived_at < end,
               *_matching(words, Visitor.name, Visitor.organisation, host.name, Visit.purpose))
    ).all()
    moments = [(at, 0, key) for at, key in appointments]
    moments += [(at, 1, -visit_id) for at, visit_id in walk_ins]
    return [key for _, _, key in sorted(moments)]


@dataclass(frozen=True, slots=True)
class _Loaded:
    appointment: Appointment | None
    visit: Visit | None
    visitor: Visitor


def _load(session: Session, keys: Sequence[int]) -> dict[int, _Loaded]:
    appointment_ids = [k for k in keys if k > 0]
    visit_ids = [-k for k in keys if k < 0]
    loaded: dict[int, _Loaded] = {}
    if appointment_ids:
        stmt = (
            select(Appointment, Visit, Visitor)
            .join(Visitor, Appointment.visitor_id == Visitor.id)
            .outerjoin(Visit, Visit.appointment_id == Appointment.id)
            .where(Appointment.id.in_(appointment_ids))
            .order_by(Visit.id)
        )
        for appointment, visit, visitor in session.execute(stmt):
            loaded[appointment.id] = _Loaded(appointment, visit, visitor)
    if visit_ids:
        stmt2 = (
            select(Visit, Visitor)
            .join(Visitor, Visit.visitor_id == Visitor.id)
            .where(Visit.id.in_(visit_ids))
        )
        for visit, visitor in session.execute(stmt2):
            loaded[-visit.id] = _Loaded(None, visit, visitor)
    return loaded


def _entry(item: _Loaded, staff: dict[int, StaffInfo]) -> TimelineEntry:
    a, v, visitor = item.appointment, item.visit, item.visitor
    host_id = a.host_id if a is not None else (v.host_id if v is not None else None)
    host = staff.get(host_id) if host_id is not None else None
    received = staff.get(v.received_by_id) if v is not None and v.received_by_id else None
    routed = staff.get(v.routed_to_id) if v is not None and v.routed_to_id else None
    if a is not None:
        status = VisitStatus(a.status)
        starts = a.starts_at
        ends: datetime | None = a.starts_at + timedelta(minutes=a.duration_min)
    else:
        assert v is not None
        status = walk_in_status(v)
        starts, ends = v.arrived_at, v.left_at
    return TimelineEntry(
        id=timeline_key(a.id if a else None, v.id if v else None),
        appointment_id=a.id if a else None,
        visit_id=v.id if v else None,
        status=status,
        starts_at=starts,
        ends_at=ends,
        visitor_name_masked=masked_name(visitor.name),
        organisation=visitor.organisation,
        phone_masked=masked_phone(visitor.phone),
        companions=a.companions if a else 0,
        host_id=host_id,
        host_name=host.name if host else "",
        host_department=host.department if host else "",
        host_presence=host.presence if host else None,
        host_stand_in_name=host.stand_in_name if host else None,
        place=a.place if a else "",
        purpose=(v.purpose if v is not None and v.purpose else (a.purpose if a else "")),
        prep_alerted_at=a.prep_alerted_at if a else None,
        host_ready_at=a.host_ready_at if a else None,
        arrived_at=v.arrived_at if v else None,
        left_at=v.left_at if v else None,
        received_by_name=received.name if received else None,
        routed_to_id=v.routed_to_id if v else None,
        routed_to_name=routed.name if routed else None,
        pass_number=v.pass_number if v else "",
        pass_returned_at=v.pass_returned_at if v else None,
    )


def _staff_ids(items: Iterable[_Loaded]) -> list[int | None]:
    ids: list[int | None] = []
    for item in items:
        if item.appointment is not None:
            ids.append(item.appointment.host_id)
        if item.visit is not None:
            ids += [item.visit.host_id, item.visit.received_by_id, item.visit.routed_to_id,
                    item.visit.follow_up_owner_id]
    return ids


def entries(session: Session, keys: Sequence[int]) -> list[TimelineEntry]:
    """The rows for ``keys``, in that order (missing ones left out)."""
    loaded = _load(session, keys)
    staff = staff_info(session, _staff_ids(loaded.values()))
    return [_entry(loaded[k], staff) for k in keys if k in loaded]


def detail(session: Session, key: int) -> VisitDetail | None:
    loaded = _load(session, [key]).get(key)
    if loaded is None:
        return None
    staff = staff_info(session, _staff_ids([loaded]))
    entry = _entry(loaded, staff)
    v, visitor = loaded.visit, loaded.visitor
    owner = staff.get(v.follow_up_owner_id) if v is not None and v.follow_up_owner_id else None
    return VisitDetail(
        entry=entry,
        visitor_id=visitor.id,
        visitor_name=visitor.name,
        phone=visitor.phone,
        notes=loaded.appointment.notes if loaded.appointment else "",
        requests=v.requests if v else "",
        outcome=v.outcome if v else "",
        follow_up_owner_id=owner.id if owner else None,
        follow_up_owner_name=owner.name if owner else None,
        id_checked=v.id_checked if v else False,
        anonymised=visitor.anonymised_at is not None,
        appointment_version=loaded.appointment.version if loaded.appointment else None,
        visit_version=v.version if v else None,
    )
