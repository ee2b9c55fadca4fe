"""What the complaint modules share: the service standard, loading a complaint,
checking a step against its status and against what the person saw, and the history
line each step adds."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from arco_desk.domain.actor import Actor
from arco_desk.domain.calendar_business import to_seoul
from arco_desk.domain.change_feed import ChangeKind
from arco_desk.domain.clock import Clock
from arco_desk.domain.complaint_steps import StepConflict
from arco_desk.domain.complaints import ComplaintAction, ComplaintStatus, EventKind, check_action
from arco_desk.domain.deadlines import Period
from arco_desk.domain.edits import Opened
from arco_desk.domain.errors import DomainError, EditConflict, NotFound, ValidationError
from arco_desk.domain.messages import msg
from arco_desk.domain.roles import Within
from arco_desk.domain.standard import ServiceStandard, StandardError
from arco_desk.services.acting import acting_staff_id
from arco_desk.services.calendar import CalendarService
from arco_desk.services.reach import refuse_out_of_reach
from arco_desk.store.change_feed import publish
from arco_desk.store.models import Complaint, ComplaintEvent
from arco_desk.store.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)

GONE: Final = msg("complaint.gone")
_DAY: Final = timedelta(days=1)


class ComplaintParts:
    """The state every part of :class:`~arco_desk.services.complaints.ComplaintService`
    uses."""

    uow: UnitOfWork
    calendar: CalendarService
    attachments_dir: Path
    clock: Clock
    _load_standard: Callable[[], ServiceStandard] | None
    _fts: bool | None

    def standard(self, at: datetime | None = None) -> ServiceStandard:
        """The service standard in force now, or for a complaint received at ``at``; a
        broken standard (the shipped file, a stored version) is a field error on the kind."""
        try:
            if self._load_standard:
                return self._load_standard()
            return self.calendar.standard if at is None else self.calendar.standard_at(at)
        except (StandardError, OSError) as error:
            raise ValidationError({"kind_code": msg("complaint.standard_unreadable",
                                                    reason=str(error))}) from error

    def standard_or_none(self) -> ServiceStandard | None:
        try:
            return self.standard()
        except ValidationError as error:
            log.warning("no service standard: %s", error.msg.params.get("reason"))
            return None


def load_complaint(session: Session, complaint_id: int, *, lock: bool = True,
                   within: Within | None = None) -> Complaint:
    """The complaint (locked for the step by default); one outside ``within`` (the
    person's reach, services/gate.py) is refused."""
    complaint = session.get(Complaint, complaint_id, with_for_update=lock or None)
    if complaint is None:
        raise NotFound(GONE)
    refuse_out_of_reach(session, Complaint, complaint_id, within)
    return complaint


def check_step(complaint: Complaint, action: ComplaintAction) -> ComplaintStatus:
    try:
        status = ComplaintStatus(complaint.status)
    except ValueError:
        raise DomainError(msg("complaint.unknown_status", status=complaint.status)) from None
    return check_action(status, action, complaint.paused_at is not None)


def check_seen(session: Session, complaint: Complaint, seen: int | None) -> None:
    """Refuse a step taken from a view of the complaint at version ``seen`` when another
    PC changed it since (docs/architecture.md §9): two answers, or an answer and a delay
    notice, never both land from the same view. ``complaint`` is locked by the caller, so
    its version is the last committed one. ``None``: the caller saw no version."""
    if seen is None or seen == complaint.version:
        return
    last = session.scalars(
        select(ComplaintEvent).where(ComplaintEvent.complaint_id == complaint.id)
        .order_by(ComplaintEvent.id.desc()).limit(1)).first()
    step = EventKind(last.kind) if last is not None else EventKind.RECEIVED
    who = complaint.updated_by or (last.actor_name if last is not None else "")
    raise StepConflict(msg("complaint.changed_meanwhile", who=who or msg("edit.someone"),
                           step=step, at=complaint.updated_at), complaint.version)


ASSIGNMENT_FIELDS: Final = ("assignee_id", "department_id")


def check_assignment_seen(session: Session, complaint: Complaint,
                          opened: Opened | None) -> None:
    """Refuse an (re)assignment made from a view of the complaint whose assignment has
    changed since: the other PC's assignment is not overwritten silently. A complaint that
    only took another step meanwhile (started, paused…) is still assigned as seen."""
    if opened is None or opened.version == complaint.version:
        return
    now = {"assignee_id": complaint.assignee_id, "department_id": complaint.department_id}
    if all(opened.values.get(name, None) == now[name] for name in ASSIGNMENT_FIELDS):
        return
    last = session.scalars(
        select(ComplaintEvent).where(
            ComplaintEvent.complaint_id == complaint.id,
            ComplaintEvent.kind.in_((EventKind.ASSIGNED.value, EventKind.REASSIGNED.value)))
        .order_by(ComplaintEvent.id.desc()).limit(1)).first()
    who = (last.actor_name if last is not None else "") or complaint.updated_by
    at = last.at if last is not None else complaint.updated_at
    # No field message: a staff member's id means nothing under the picker; the message
    # bar names both who did it and to whom.
    raise EditConflict(
        {}, changed_by=who, changed_at=at, current=now, version=complaint.version,
        message=msg("complaint.assigned_meanwhile", who=who or msg("edit.someone"),
                    to=(last.target_name if last is not None else "") or "—", at=at))


def deadline_in_force(complaint: Complaint) -> datetime:
    return complaint.promised_at or complaint.due_at


def period_of(complaint: Complaint) -> Period:
    try:
        return Period.parse(complaint.period)
    except ValueError as error:
        raise DomainError(msg("complaint.period_unreadable", period=complaint.period)) \
            from error


def add_event(session: Session, complaint: Complaint, kind: EventKind, at: datetime,
              actor: Actor, *, detail: str = "", ends_at: datetime | None = None,
              old_due_at: datetime | None = None, new_due_at: datetime | None = None,
              code: str = "", consent: bool | None = None,
              target: tuple[int | None, str] = (None, "")) -> None:
    """A line of the complaint's history: the step, when, and who took it (their staff
    id and their name as it was at the time). Every line is news for the other PCs:
    ``COMPLAINT_CHANGED`` is published with it."""
    session.add(ComplaintEvent(
        complaint_id=complaint.id, kind=kind.value, at=at,
        actor_id=acting_staff_id(session, actor), actor_name=actor.name, detail=detail,
        ends_at=ends_at, old_due_at=old_due_at, new_due_at=new_due_at, code=code,
        consent=consent, target_id=target[0], target_name=target[1][:120]))
    publish(session, ChangeKind.COMPLAINT_CHANGED, complaint.id, staff_id=complaint.assignee_id,
            department_id=complaint.department_id)


def start_of_next_day(now: datetime) -> datetime:
    local = to_seoul(now)
    return local.replace(hour=0, minute=0, second=0, microsecond=0) + _DAY
