"""What the complaint modules share: the service standard, loading a complaint,
checking a step against its status, and the history line each step adds."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Final

from sqlalchemy.orm import Session

from arco_desk.domain.actor import Actor
from arco_desk.domain.calendar_business import to_seoul
from arco_desk.domain.change_feed import ChangeKind
from arco_desk.domain.clock import Clock
from arco_desk.domain.complaints import ComplaintAction, ComplaintStatus, EventKind, check_action
from arco_desk.domain.deadlines import Period
from arco_desk.domain.errors import DomainError, NotFound, ValidationError
from arco_desk.domain.messages import msg
from arco_desk.domain.standard import ServiceStandard, StandardError
from arco_desk.services.acting import acting_staff_id
from arco_desk.services.calendar import CalendarService
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

    def standard(self) -> ServiceStandard:
        """The service standard; a broken ``service_standard.toml`` is a field error on the kind."""
        try:
            return self._load_standard() if self._load_standard else self.calendar.standard
        except (StandardError, OSError) as error:
            raise ValidationError({"kind_code": msg("complaint.standard_unreadable",
                                                    reason=str(error))}) from error

    def standard_or_none(self) -> ServiceStandard | None:
        try:
            return self.standard()
        except ValidationError as error:
            log.warning("no service standard: %s", error.msg.params.get("reason"))
            return None


def load_complaint(session: Session, complaint_id: int, *, lock: bool = True) -> Complaint:
    complaint = session.get(Complaint, complaint_id, with_for_update=lock or None)
    if complaint is None:
        raise NotFound(GONE)
    return complaint


def check_step(complaint: Complaint, action: ComplaintAction) -> ComplaintStatus:
    try:
        status = ComplaintStatus(complaint.status)
    except ValueError:
        raise DomainError(msg("complaint.unknown_status", status=complaint.status)) from None
    return check_action(status, action, complaint.paused_at is not None)


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
