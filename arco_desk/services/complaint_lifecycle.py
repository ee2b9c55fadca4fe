"""The life of a complaint (clauses 1-3, 2): assign, start, pause and resume (보완 요구),
delay notice (처리기간 연장), answer in real name, follow-up call, close.

Every step is one write that changes the complaint and adds its event (who and
when) together; assignments publish :attr:`ChangeKind.COMPLAINT_ASSIGNED` in that
same write.

Two PCs, one complaint (docs/architecture.md §9): every step locks the complaint's row
(``SELECT … FOR UPDATE``; on SQLite the write transaction is already exclusive) and
checks its status there, so of two steps racing, the second sees the first. A step
taken from a dialog names the version the person saw (``seen``) and is refused with
what happened meanwhile when the complaint moved on; an assignment names the
assignment the person saw (``opened``) and is refused when another PC changed it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from arco_desk.domain.actor import Actor
from arco_desk.domain.change_feed import ChangeKind
from arco_desk.domain.complaint_deadline import DelayNoticeTerms, delay_notice_terms
from arco_desk.domain.complaint_steps import (
    Contact,
    validate_answer,
    validate_assignment,
    validate_delay_notice,
    validate_follow_up,
    validate_pause_end,
    validate_pause_request,
    validate_step_note,
)
from arco_desk.domain.complaints import ComplaintAction, ComplaintStatus, EventKind, check_action
from arco_desk.domain.edits import Opened
from arco_desk.domain.errors import DomainError, ValidationError
from arco_desk.domain.messages import msg
from arco_desk.domain.roles import Within
from arco_desk.services.complaint_base import (
    ComplaintParts,
    add_event,
    check_assignment_seen,
    check_seen,
    check_step,
    deadline_in_force,
    load_complaint,
    period_of,
)
from arco_desk.services.complaint_records import ResumePreview
from arco_desk.services.permissions import may_answer_for
from arco_desk.store.change_feed import publish
from arco_desk.store.locks import STAYS_ACTIVE
from arco_desk.store.models import Complaint, ComplaintEvent, Department, Staff
from arco_desk.store.retry import retry_conflicts


class ComplaintLifecycle(ComplaintParts):
    """The steps on a registered complaint, each done by an actor."""

    @retry_conflicts
    def assign(self, complaint_id: int, assignee_id: int | None, department_id: int | None = None,
               *, actor: Actor, within: Within | None = None, opened: Opened | None = None) -> None:
        """Give a received complaint to a staff member (their department follows) or to a
        department. ``opened``: the complaint's version and its ``assignee_id`` and
        ``department_id`` as the person saw them; another PC's assignment since then is
        an :class:`EditConflict` saying who gave it to whom."""
        validate_assignment(assignee_id, department_id, None)
        now = self.clock()
        with self.uow.write(actor) as session:
            complaint = load_complaint(session, complaint_id, within=within)
            check_assignment_seen(session, complaint, opened)
            check_step(complaint, ComplaintAction.ASSIGN)
            assign_in(session, complaint, assignee_id, department_id, None, actor, now)

    @retry_conflicts
    def reassign(self, complaint_id: int, assignee_id: int | None, department_id: int | None,
                 reason: str, *, actor: Actor,
                 within: Within | None = None, opened: Opened | None = None) -> None:
        """Give an assigned complaint to someone else, with the reason (kept in the history).
        ``opened`` as for :meth:`assign`."""
        now = self.clock()
        with self.uow.write(actor) as session:
            complaint = load_complaint(session, complaint_id, within=within)
            check_assignment_seen(session, complaint, opened)
            check_step(complaint, ComplaintAction.REASSIGN)
            assign_in(session, complaint, assignee_id, department_id, reason, actor, now)

    @retry_conflicts
    def start(self, complaint_id: int, *, actor: Actor,
              within: Within | None = None, seen: int | None = None) -> None:
        now = self.clock()
        with self.uow.write(actor) as session:
            complaint = load_complaint(session, complaint_id, within=within)
            check_seen(session, complaint, seen)
            complaint.status = check_step(complaint, ComplaintAction.START).value
            add_event(session, complaint, EventKind.STARTED, now, actor)

    @retry_conflicts
    def pause(self, complaint_id: int, request: str, *, actor: Actor, within: Within | None = None,
              seen: int | None = None) -> None:
        """Stop the clock while the citizen supplements documents (보완 요구)."""
        text = validate_pause_request(request)
        now = self.clock()
        with self.uow.write(actor) as session:
            complaint = load_complaint(session, complaint_id, within=within)
            check_seen(session, complaint, seen)
            check_step(complaint, ComplaintAction.PAUSE)
            complaint.paused_at = now
            add_event(session, complaint, EventKind.PAUSED, now, actor,
                      detail=text, old_due_at=deadline_in_force(complaint))

    def resume_preview(self, complaint_id: int, ended_at: datetime | None = None) -> ResumePreview:
        """How far the deadline moves when the pause ends at ``ended_at`` (default now)."""
        now = self.clock()
        with self.uow.read() as session:
            complaint = load_complaint(session, complaint_id, lock=False)
            check_step(complaint, ComplaintAction.RESUME)
            assert complaint.paused_at is not None
            end = validate_pause_end(complaint.paused_at, ended_at, now)
            return self._moved(session, complaint, end)[0]

    @retry_conflicts
    def resume(self, complaint_id: int, note: str = "", ended_at: datetime | None = None, *,
               actor: Actor,
               within: Within | None = None, seen: int | None = None) -> ResumePreview:
        """The supplement arrived at ``ended_at`` (default now): the clock runs again and the
        deadline moves by the working time of the pause."""
        note = validate_step_note(note)
        now = self.clock()
        with self.uow.write(actor) as session:
            complaint = load_complaint(session, complaint_id, within=within)
            check_seen(session, complaint, seen)
            check_step(complaint, ComplaintAction.RESUME)
            assert complaint.paused_at is not None
            end = validate_pause_end(complaint.paused_at, ended_at, now)
            moved, new_due, new_promised = self._moved(session, complaint, end)
            open_pause = session.scalars(
                select(ComplaintEvent).where(ComplaintEvent.complaint_id == complaint.id,
                                             ComplaintEvent.kind == EventKind.PAUSED.value,
                                             ComplaintEvent.ends_at.is_(None))
                .order_by(ComplaintEvent.at.desc())).first()
            if open_pause is not None:
                open_pause.ends_at = end
            complaint.due_at = new_due
            complaint.promised_at = new_promised
            complaint.paused_at = None
            add_event(session, complaint, EventKind.RESUMED, end, actor,
                      detail=note, old_due_at=moved.old_deadline,
                      new_due_at=moved.new_deadline)
            return moved

    def delay_notice_terms(self, complaint_id: int) -> DelayNoticeTerms:
        """What a delay notice may promise now, or why none is possible."""
        with self.uow.read() as session:
            complaint = load_complaint(session, complaint_id, lock=False)
            return self._terms(session, complaint)

    @retry_conflicts
    def delay_notice(self, complaint_id: int, reason: str, new_due: datetime | None, method: str,
                     consent: bool = False, *, actor: Actor,
                     within: Within | None = None, seen: int | None = None) -> None:
        """Record that the citizen was told, before the deadline, why the answer is late and
        when to expect it (처리기간 연장)."""
        with self.uow.write(actor) as session:
            complaint = load_complaint(session, complaint_id, within=within)
            check_seen(session, complaint, seen)
            check_step(complaint, ComplaintAction.DELAY_NOTICE)
            terms = self._terms(session, complaint)
            clean = validate_delay_notice(terms, reason, new_due, method, consent)
            complaint.promised_at = clean.new_due
            add_event(session, complaint, EventKind.DELAY_NOTICE, self.clock(),
                      actor, detail=clean.reason, old_due_at=terms.deadline,
                      new_due_at=clean.new_due, code=clean.method.value, consent=clean.consent)

    @retry_conflicts
    def answer(self, complaint_id: int, text: str, channel: str, answered_at: datetime | None,
               responder_id: int | None, *, actor: Actor,
               within: Within | None = None, seen: int | None = None) -> None:
        """Record the answer: text, how it went out, when, and the responder's real name as
        their staff profile gives it (replies are made in real name, clause 1-3)."""
        now = self.clock()
        with self.uow.write(actor) as session:
            complaint = load_complaint(session, complaint_id, within=within)
            check_seen(session, complaint, seen)
            status = check_step(complaint, ComplaintAction.ANSWER)
            contact = Contact(complaint.citizen_phone, complaint.citizen_email,
                              complaint.citizen_address)
            clean = validate_answer(text, channel, answered_at, responder_id,
                                    complaint.received_at, contact, now)
            responder = session.get(Staff, clean.responder_id)
            if responder is None or not responder.active:
                raise ValidationError({"responder_id": msg("complaint.responder_gone")})
            if not may_answer_for(actor, responder.id):
                raise ValidationError({"responder_id": msg("complaint.answer_in_own_name")})
            complaint.status = status.value
            complaint.answered_at = clean.answered_at
            add_event(session, complaint, EventKind.ANSWERED, clean.answered_at,
                      actor, detail=clean.text, code=clean.channel.value,
                      target=(responder.id, responder.name),
                      old_due_at=deadline_in_force(complaint))

    @retry_conflicts
    def follow_up(self, complaint_id: int, outcome: str, note: str = "", *,
                  actor: Actor, within: Within | None = None, seen: int | None = None) -> None:
        """Record the follow-up call: was the result understood, any further questions."""
        clean = validate_follow_up(outcome, note)
        now = self.clock()
        with self.uow.write(actor) as session:
            complaint = load_complaint(session, complaint_id, within=within)
            check_seen(session, complaint, seen)
            complaint.status = check_step(complaint, ComplaintAction.FOLLOW_UP).value
            add_event(session, complaint, EventKind.FOLLOW_UP, now, actor,
                      detail=clean.note, code=clean.outcome.value)

    @retry_conflicts
    def close(self, complaint_id: int, note: str = "", *, actor: Actor,
              within: Within | None = None,
              seen: int | None = None) -> None:
        note = validate_step_note(note)
        now = self.clock()
        with self.uow.write(actor) as session:
            complaint = load_complaint(session, complaint_id, within=within)
            check_seen(session, complaint, seen)
            complaint.status = check_step(complaint, ComplaintAction.CLOSE).value
            complaint.closed_at = now
            add_event(session, complaint, EventKind.CLOSED, now, actor,
                      detail=note)

    def _terms(self, session: Session, complaint: Complaint) -> DelayNoticeTerms:
        notices = session.scalar(
            select(func.count(ComplaintEvent.id)).where(
                ComplaintEvent.complaint_id == complaint.id,
                ComplaintEvent.kind == EventKind.DELAY_NOTICE.value)) or 0
        return delay_notice_terms(self.calendar.business_calendar(), period_of(complaint),
                                  deadline_in_force(complaint), int(notices), self.clock(),
                                  complaint.paused_at is not None)

    def _moved(self, session: Session, complaint: Complaint,
               end: datetime) -> tuple[ResumePreview, datetime, datetime | None]:
        assert complaint.paused_at is not None
        cal = self.calendar.business_calendar()
        pauses: list[tuple[datetime, datetime]] = [
            (start, stop if stop is not None else end)
            for start, stop in session.execute(
                select(ComplaintEvent.at, ComplaintEvent.ends_at).where(
                    ComplaintEvent.complaint_id == complaint.id,
                    ComplaintEvent.kind == EventKind.PAUSED.value))
        ]
        if not pauses:
            pauses = [(complaint.paused_at, end)]
        paused = cal.working_time_between(complaint.paused_at, end)
        old = deadline_in_force(complaint)
        try:
            new_due = cal.due(complaint.received_at, period_of(complaint), pauses)
        except ValueError as error:  # a stored period the engine refuses
            raise DomainError(msg("complaint.period_not_computed", reason=str(error))) from error
        new_promised = None
        if complaint.promised_at is not None:
            new_promised = (cal.add_working_time(complaint.promised_at, paused)
                            if paused > timedelta(0) else complaint.promised_at)
        new_deadline = new_promised or new_due
        return ResumePreview(paused, old, new_deadline), new_due, new_promised


def assign_in(session: Session, complaint: Complaint, assignee_id: int | None,
              department_id: int | None, reason: str | None, actor: Actor,
              now: datetime) -> None:
    """Assign (``reason`` None) or reassign ``complaint`` inside the caller's write."""
    current = (complaint.assignee_id, complaint.department_id) if reason is not None else None
    staff = (session.get(Staff, assignee_id, with_for_update=STAYS_ACTIVE)
             if assignee_id is not None else None)
    if assignee_id is not None and (staff is None or not staff.active):
        raise ValidationError({"assignee_id": msg("complaint.assignee_gone")})
    if staff is not None:
        department_id = staff.department_id
    department = session.get(Department, department_id) if department_id is not None else None
    if department_id is not None and department is None:
        raise ValidationError({"department_id": msg("complaint.department_gone")})
    cleaned = validate_assignment(assignee_id, department_id, reason, current)
    status = check_action(ComplaintStatus(complaint.status),
                          ComplaintAction.REASSIGN if reason is not None
                          else ComplaintAction.ASSIGN, complaint.paused_at is not None)
    complaint.assignee_id = assignee_id
    complaint.department_id = department_id
    complaint.status = status.value
    label = " · ".join(x for x in (staff.name if staff else "",
                                   department.name if department else "") if x)
    kind = EventKind.REASSIGNED if reason is not None else EventKind.ASSIGNED
    add_event(session, complaint, kind, now, actor, detail=cleaned,
              target=(assignee_id, label))
    publish(session, ChangeKind.COMPLAINT_ASSIGNED, complaint.id, staff_id=assignee_id,
            department_id=department_id)

