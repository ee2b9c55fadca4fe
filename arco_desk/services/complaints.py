"""Complaint (민원/VOC) use cases: register, assign, pause, extend, answer, follow up, close.

Clauses 1-3, 1-4 and 2 of the standard. The deadline always comes from the
engine with the agency's calendar (:meth:`CalendarService.business_calendar`)
and the kind's period from ``service_standard.toml``. Every step is one write
that changes the complaint and adds its event (who and when) together;
assignments publish :attr:`ChangeKind.COMPLAINT_ASSIGNED` in that same write.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Final

from sqlalchemy import (
    ColumnElement,
    and_,
    case,
    column,
    false,
    func,
    inspect,
    literal_column,
    or_,
    select,
    table,
)
from sqlalchemy.orm import Session

from arco_desk.domain.calendar_business import BusinessCalendar, to_seoul
from arco_desk.domain.change_feed import ChangeKind
from arco_desk.domain.clock import Clock
from arco_desk.domain.clock import now as system_now
from arco_desk.domain.complaint_deadline import (
    Badge,
    DelayNoticeTerms,
    badge,
    date_time_ko,
    deadline_rule,
    delay_notice_terms,
)
from arco_desk.domain.complaint_intake import (
    CleanComplaint,
    ComplaintDraft,
    title_from_text,
    validate_intake,
)
from arco_desk.domain.complaint_steps import (
    Contact,
    validate_answer,
    validate_assignment,
    validate_delay_notice,
    validate_follow_up,
    validate_pause_end,
    validate_pause_request,
)
from arco_desk.domain.complaints import (
    OPEN_STATUSES,
    Channel,
    ComplaintAction,
    ComplaintStatus,
    EventKind,
    allowed_actions,
    check_action,
)
from arco_desk.domain.deadlines import Period
from arco_desk.domain.errors import DomainError, NotFound, ValidationError
from arco_desk.domain.standard import ComplaintKind, ServiceStandard, StandardError
from arco_desk.services.audit import record_audit
from arco_desk.services.calendar import CalendarService
from arco_desk.services.complaint_records import (
    AttachmentRecord,
    ComplaintCounts,
    ComplaintDetail,
    ComplaintFilter,
    ComplaintRow,
    DeadlinePreview,
    EventRecord,
    ListScope,
    ResumePreview,
    Urgency,
)
from arco_desk.services.directory import like_pattern
from arco_desk.services.memos import close_for_complaint
from arco_desk.store.change_feed import publish
from arco_desk.store.models import (
    Complaint,
    ComplaintAttachment,
    ComplaintEvent,
    Department,
    PhoneMemo,
    Staff,
    Visit,
    Visitor,
    complaint_deadline,
)
from arco_desk.store.unit_of_work import UnitOfWork

__all__ = ["ATTACHMENTS_FOLDER", "MAX_ATTACHMENT_BYTES", "ComplaintService"]

log = logging.getLogger(__name__)

ATTACHMENTS_FOLDER: Final = "attachments"
MAX_ATTACHMENT_BYTES: Final = 50 * 1024 * 1024
# SQLite's trigram index (migration 0005) finds substrings of 3 characters or more.
_FTS: Final = table("complaint_fts", column("rowid"))
_FTS_MIN_CHARS: Final = 3
_DAY: Final = timedelta(days=1)
_HOUR: Final = timedelta(hours=1)


class ComplaintService:
    def __init__(
        self,
        uow: UnitOfWork,
        calendar: CalendarService,
        attachments_dir: Path,
        clock: Clock = system_now,
        standard: Callable[[], ServiceStandard] | None = None,
    ) -> None:
        self.uow = uow
        self.calendar = calendar
        self.attachments_dir = attachments_dir
        self.clock = clock
        self._load_standard = standard
        self._fts: bool | None = None

    # --- the standard and the deadline ---------------------------------------------------------

    def standard(self) -> ServiceStandard:
        """The service standard; a broken ``service_standard.toml`` is a field error on the kind."""
        try:
            return self._load_standard() if self._load_standard else self.calendar.standard
        except (StandardError, OSError) as error:
            raise ValidationError({"kind_code": (
                "민원 종류표(service_standard.toml)를 읽을 수 없습니다: "
                f"{error}. 관리자에게 파일을 고쳐 달라고 하세요.")}) from error

    def kinds(self) -> list[ComplaintKind]:
        return list(self.standard().complaint_kinds)

    def preview_deadline(self, kind_code: str,
                         received_at: datetime | None = None) -> DeadlinePreview:
        """The engine's deadline for ``kind_code`` received at ``received_at`` (default now)."""
        try:
            kind = self.standard().kind(kind_code)
        except KeyError:
            raise ValidationError(
                {"kind_code": f"알 수 없는 민원 종류입니다: ‘{kind_code}’."}) from None
        received = to_seoul(received_at) if received_at is not None else self.clock()
        due = self.calendar.business_calendar().due(received, kind.period)
        return DeadlinePreview(kind.period, due, deadline_rule(kind.period, due, "ko"),
                               deadline_rule(kind.period, due, "en"))

    def badge(self, row: ComplaintRow, now: datetime | None = None,
              cal: BusinessCalendar | None = None) -> Badge:
        """The row's badge at ``now`` (default: the clock)."""
        return badge(cal or self.calendar.business_calendar(), row.status, row.deadline,
                     row.period, now or self.clock(), row.paused_at, row.answered_at)

    # --- intake -------------------------------------------------------------------------------

    def register(
        self,
        draft: ComplaintDraft,
        *,
        assignee_id: int | None = None,
        department_id: int | None = None,
        actor_id: int | None = None,
    ) -> int:
        """Register a complaint (and assign it at once when an assignee or department is
        given); copy its attachments into the data folder. Returns the new id."""
        now = self.clock()
        clean = validate_intake(draft, self.standard(), now)
        sources = _check_attachments(clean.attachments)
        assigning = assignee_id is not None or department_id is not None
        if assigning:
            validate_assignment(assignee_id, department_id, None)
        cal = self.calendar.business_calendar()
        due = cal.due(clean.received_at, clean.kind.period)
        copied: list[Path] = []
        try:
            with self.uow.write() as session:
                _check_sources(session, clean)
                actor = _actor(session, actor_id)
                complaint = _new_complaint(clean, due)
                session.add(complaint)
                session.flush()
                registered = ("" if now - clean.received_at < timedelta(minutes=5)
                              else f"{date_time_ko(now)} 등록")
                _event(session, complaint, EventKind.RECEIVED, clean.received_at, actor,
                       detail=registered, new_due_at=due, code=clean.channel.value)
                if clean.source_memo_id is not None:
                    close_for_complaint(session, clean.source_memo_id, actor[0], complaint.id,
                                        now)
                if assigning:
                    self._assign(session, complaint, assignee_id, department_id, None, actor,
                                 now)
                for source in sources:
                    copied.append(self._store_attachment(session, complaint.id, source, now))
                record_audit(session, actor[1], "complaint.register", "complaint",
                             complaint.id, clean.title)
                complaint_id = complaint.id
        except BaseException:
            _remove_files(copied)
            raise
        return complaint_id

    def draft_from_memo(self, memo_id: int) -> ComplaintDraft:
        """A complaint draft from a phone memo: the caller, the message and the time of the
        call, which is when the complaint was received."""
        with self.uow.read() as session:
            memo = session.get(PhoneMemo, memo_id)
            if memo is None:
                raise NotFound("전화 메모를 찾을 수 없습니다. 다른 곳에서 삭제되었을 수 있습니다.")
            content = memo.message.strip()
            if memo.caller_org.strip():
                content = f"{content}\n\n소속: {memo.caller_org.strip()}"
            return ComplaintDraft(
                channel=Channel.PHONE.value, citizen_name=memo.caller_name,
                citizen_phone=memo.caller_phone, citizen_email=memo.caller_email,
                title=title_from_text(memo.message), content=content,
                received_at=memo.called_at, source_memo_id=memo.id,
                suggested_assignee_id=memo.target_staff_id,
                suggested_department_id=memo.target_department_id,
            )

    def draft_from_visit(self, visit_id: int) -> ComplaintDraft:
        """A complaint draft from a visit record: the visitor, the requests (and purpose)
        and the arrival time, which is when the complaint was received."""
        with self.uow.read() as session:
            found = session.execute(
                select(Visit, Visitor).join(Visitor, Visit.visitor_id == Visitor.id)
                .where(Visit.id == visit_id)).first()
            if found is None:
                raise NotFound("방문 기록을 찾을 수 없습니다. 다른 곳에서 삭제되었을 수 있습니다.")
            visit, visitor = found
            requests, purpose = visit.requests.strip(), visit.purpose.strip()
            parts = [requests] if requests else []
            if purpose:
                parts.append(f"방문 목적: {purpose}")
            if visitor.organisation.strip():
                parts.append(f"소속: {visitor.organisation.strip()}")
            return ComplaintDraft(
                channel=Channel.VISIT.value, citizen_name=visitor.name,
                citizen_phone=visitor.phone, title=title_from_text(requests or purpose),
                content="\n\n".join(parts), received_at=visit.arrived_at,
                source_visit_id=visit.id,
                suggested_assignee_id=visit.follow_up_owner_id or visit.host_id,
            )

    # --- lifecycle ----------------------------------------------------------------------------

    def assign(self, complaint_id: int, assignee_id: int | None, department_id: int | None = None,
               *, actor_id: int | None = None) -> None:
        """Give a received complaint to a staff member (their department follows) or to a
        department."""
        validate_assignment(assignee_id, department_id, None)
        now = self.clock()
        with self.uow.write() as session:
            complaint = _load(session, complaint_id)
            _check(complaint, ComplaintAction.ASSIGN)
            actor = _actor(session, actor_id)
            self._assign(session, complaint, assignee_id, department_id, None, actor, now)

    def reassign(self, complaint_id: int, assignee_id: int | None, department_id: int | None,
                 reason: str, *, actor_id: int | None = None) -> None:
        """Give an assigned complaint to someone else, with the reason (kept in the history)."""
        now = self.clock()
        with self.uow.write() as session:
            complaint = _load(session, complaint_id)
            _check(complaint, ComplaintAction.REASSIGN)
            actor = _actor(session, actor_id)
            self._assign(session, complaint, assignee_id, department_id, reason, actor, now)

    def start(self, complaint_id: int, *, actor_id: int | None = None) -> None:
        now = self.clock()
        with self.uow.write() as session:
            complaint = _load(session, complaint_id)
            complaint.status = _check(complaint, ComplaintAction.START).value
            _event(session, complaint, EventKind.STARTED, now, _actor(session, actor_id))

    def pause(self, complaint_id: int, request: str, *, actor_id: int | None = None) -> None:
        """Stop the clock while the citizen supplements documents (보완 요구)."""
        text = validate_pause_request(request)
        now = self.clock()
        with self.uow.write() as session:
            complaint = _load(session, complaint_id)
            _check(complaint, ComplaintAction.PAUSE)
            complaint.paused_at = now
            _event(session, complaint, EventKind.PAUSED, now, _actor(session, actor_id),
                   detail=text, old_due_at=_deadline(complaint))

    def resume_preview(self, complaint_id: int, ended_at: datetime | None = None) -> ResumePreview:
        """How far the deadline moves when the pause ends at ``ended_at`` (default now)."""
        now = self.clock()
        with self.uow.read() as session:
            complaint = _load(session, complaint_id, lock=False)
            _check(complaint, ComplaintAction.RESUME)
            assert complaint.paused_at is not None
            end = validate_pause_end(complaint.paused_at, ended_at, now)
            return self._moved(session, complaint, end)[0]

    def resume(self, complaint_id: int, note: str = "", ended_at: datetime | None = None, *,
               actor_id: int | None = None) -> ResumePreview:
        """The supplement arrived at ``ended_at`` (default now): the clock runs again and the
        deadline moves by the working time of the pause."""
        now = self.clock()
        with self.uow.write() as session:
            complaint = _load(session, complaint_id)
            _check(complaint, ComplaintAction.RESUME)
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
            _event(session, complaint, EventKind.RESUMED, end, _actor(session, actor_id),
                   detail=note.strip(), old_due_at=moved.old_deadline,
                   new_due_at=moved.new_deadline)
            return moved

    def delay_notice_terms(self, complaint_id: int) -> DelayNoticeTerms:
        """What a delay notice may promise now, or why none is possible."""
        with self.uow.read() as session:
            complaint = _load(session, complaint_id, lock=False)
            return self._terms(session, complaint)

    def delay_notice(self, complaint_id: int, reason: str, new_due: datetime | None, method: str,
                     consent: bool = False, *, actor_id: int | None = None) -> None:
        """Record that the citizen was told, before the deadline, why the answer is late and
        when to expect it (처리기간 연장)."""
        with self.uow.write() as session:
            complaint = _load(session, complaint_id)
            _check(complaint, ComplaintAction.DELAY_NOTICE)
            terms = self._terms(session, complaint)
            clean = validate_delay_notice(terms, reason, new_due, method, consent)
            complaint.promised_at = clean.new_due
            _event(session, complaint, EventKind.DELAY_NOTICE, self.clock(),
                   _actor(session, actor_id), detail=clean.reason, old_due_at=terms.deadline,
                   new_due_at=clean.new_due, code=clean.method.value, consent=clean.consent)

    def answer(self, complaint_id: int, text: str, channel: str, answered_at: datetime | None,
               responder_id: int | None, *, actor_id: int | None = None) -> None:
        """Record the answer: text, how it went out, when, and the responder's real name as
        their staff profile gives it (replies are made in real name, clause 1-3)."""
        now = self.clock()
        with self.uow.write() as session:
            complaint = _load(session, complaint_id)
            status = _check(complaint, ComplaintAction.ANSWER)
            contact = Contact(complaint.citizen_phone, complaint.citizen_email,
                              complaint.citizen_address)
            clean = validate_answer(text, channel, answered_at, responder_id,
                                    complaint.received_at, contact, now)
            responder = session.get(Staff, clean.responder_id)
            if responder is None or not responder.active:
                raise ValidationError({"responder_id": "답변자를 직원 목록에서 찾을 수 없습니다."})
            complaint.status = status.value
            complaint.answered_at = clean.answered_at
            _event(session, complaint, EventKind.ANSWERED, clean.answered_at,
                   _actor(session, actor_id), detail=clean.text, code=clean.channel.value,
                   target=(responder.id, responder.name), old_due_at=_deadline(complaint))

    def follow_up(self, complaint_id: int, outcome: str, note: str = "", *,
                  actor_id: int | None = None) -> None:
        """Record the follow-up call: was the result understood, any further questions."""
        clean = validate_follow_up(outcome, note)
        now = self.clock()
        with self.uow.write() as session:
            complaint = _load(session, complaint_id)
            complaint.status = _check(complaint, ComplaintAction.FOLLOW_UP).value
            _event(session, complaint, EventKind.FOLLOW_UP, now, _actor(session, actor_id),
                   detail=clean.note, code=clean.outcome.value)

    def close(self, complaint_id: int, note: str = "", *, actor_id: int | None = None) -> None:
        now = self.clock()
        with self.uow.write() as session:
            complaint = _load(session, complaint_id)
            complaint.status = _check(complaint, ComplaintAction.CLOSE).value
            complaint.closed_at = now
            _event(session, complaint, EventKind.CLOSED, now, _actor(session, actor_id),
                   detail=note.strip())

    # --- reading ------------------------------------------------------------------------------

    def list_ids(self, wanted: ComplaintFilter = ComplaintFilter()) -> list[int]:  # noqa: B008
        """Ids matching ``wanted``, sorted by the deadline in force (closed ones: newest first).

        Search words match title, content and citizen name (Korean substrings, in the
        database); every word must match.
        """
        stmt = select(Complaint.id).where(*self._where(wanted))
        if wanted.scope in (ListScope.CLOSED, ListScope.ALL):
            stmt = stmt.order_by(Complaint.received_at.desc(), Complaint.id.desc())
        else:
            stmt = stmt.order_by(complaint_deadline, Complaint.id)
        with self.uow.read() as session:
            return list(session.scalars(stmt))

    def rows(self, ids: Sequence[int]) -> list[ComplaintRow]:
        """The rows for ``ids`` in that order (a table model's page)."""
        if not ids:
            return []
        standard = self._standard_or_none()
        with self.uow.read() as session:
            by_id = {r.id: r for r in _rows(session, standard, Complaint.id.in_(list(ids)))}
        return [by_id[i] for i in ids if i in by_id]

    def get(self, complaint_id: int) -> ComplaintDetail:
        """The complaint with its whole history and attachments."""
        standard = self._standard_or_none()
        cal = self.calendar.business_calendar()
        with self.uow.read() as session:
            found = _rows(session, standard, Complaint.id == complaint_id)
            if not found:
                raise NotFound("민원을 찾을 수 없습니다. 다른 곳에서 삭제되었을 수 있습니다.")
            row = found[0]
            complaint = _load(session, complaint_id, lock=False)
            events = _events(session, complaint_id, cal)
            attachments = [
                AttachmentRecord(a.id, a.original_name, a.stored_path, a.size_bytes, a.added_at)
                for a in session.scalars(select(ComplaintAttachment)
                                         .where(ComplaintAttachment.complaint_id == complaint_id)
                                         .order_by(ComplaintAttachment.id))
            ]
            original_due = next((e.new_due_at for e in events
                                 if e.kind is EventKind.RECEIVED and e.new_due_at), row.due_at)
            notices = sum(1 for e in events if e.kind is EventKind.DELAY_NOTICE)
            return ComplaintDetail(
                row=row, citizen_phone=complaint.citizen_phone,
                citizen_email=complaint.citizen_email,
                citizen_address=complaint.citizen_address, content=complaint.content,
                source_memo_id=complaint.source_memo_id,
                source_visit_id=complaint.source_visit_id,
                rule_ko=deadline_rule(row.period, original_due, "ko"),
                rule_en=deadline_rule(row.period, original_due, "en"),
                delay_notices=notices, allowed=allowed_actions(row.status, row.paused),
                events=events, attachments=attachments,
            )

    def counts(self) -> ComplaintCounts:
        """Open complaints (clock running) overdue now and due later today."""
        now = self.clock()
        tomorrow = _start_of_next_day(now)
        stmt = select(
            func.count(case((complaint_deadline <= now, 1))),
            func.count(case((complaint_deadline > now, 1))),
        ).where(Complaint.status.in_(OPEN_STATUSES), Complaint.paused_at.is_(None),
                complaint_deadline < tomorrow)
        with self.uow.read() as session:
            overdue, today = session.execute(stmt).one()
        return ComplaintCounts(int(overdue or 0), int(today or 0))

    def attachment_path(self, attachment: AttachmentRecord) -> Path:
        """Where the copy of an attachment lives in the data folder."""
        return self.attachments_dir / attachment.stored_path

    # --- internals ----------------------------------------------------------------------------

    def _standard_or_none(self) -> ServiceStandard | None:
        try:
            return self.standard()
        except ValidationError as error:
            log.warning("no service standard: %s", error.message)
            return None

    def _where(self, wanted: ComplaintFilter) -> list[ColumnElement[bool]]:
        where: list[ColumnElement[bool]] = []
        scope = wanted.scope
        if scope is ListScope.OPEN or wanted.urgency is not None:
            where.append(Complaint.status.in_(OPEN_STATUSES))
            if scope in (ListScope.AWAITING_FOLLOW_UP, ListScope.CLOSED):
                where.append(false())
        elif scope is ListScope.AWAITING_FOLLOW_UP:
            where.append(Complaint.status == ComplaintStatus.ANSWERED.value)
        elif scope is ListScope.NOT_CLOSED:
            where.append(Complaint.status != ComplaintStatus.CLOSED.value)
        elif scope is ListScope.CLOSED:
            where.append(Complaint.status == ComplaintStatus.CLOSED.value)
        if wanted.urgency is not None:
            where.extend(self._urgency(wanted.urgency))
        if wanted.kind_code:
            where.append(Complaint.kind_code == wanted.kind_code)
        if wanted.channel is not None:
            where.append(Complaint.channel == wanted.channel.value)
        if wanted.department_id is not None:
            where.append(Complaint.department_id == wanted.department_id)
        if wanted.assignee_id is not None:
            where.append(Complaint.assignee_id == wanted.assignee_id)
        for word in wanted.text.split():
            where.append(self._matches(word))
        return where

    def _matches(self, word: str) -> ColumnElement[bool]:
        """``word`` anywhere in title, content or citizen name: through the trigram index
        on SQLite when it is long enough for one, else LIKE (pg_trgm serves ILIKE)."""
        if len(word) >= _FTS_MIN_CHARS and self._has_fts():
            phrase = '"' + word.replace('"', '""') + '"'
            return Complaint.id.in_(
                select(_FTS.c.rowid).where(literal_column("complaint_fts").op("MATCH")(phrase)))
        pattern = like_pattern(word)
        return or_(
            Complaint.title.ilike(pattern, escape="\\"),
            Complaint.citizen_name.ilike(pattern, escape="\\"),
            Complaint.content.ilike(pattern, escape="\\"),
        )

    def _has_fts(self) -> bool:
        if self._fts is None:
            engine = self.uow.engine
            self._fts = engine.dialect.name == "sqlite" and inspect(engine).has_table(
                "complaint_fts")
        return self._fts

    def _urgency(self, urgency: Urgency) -> list[ColumnElement[bool]]:
        now = self.clock()
        where: list[ColumnElement[bool]] = [Complaint.paused_at.is_(None)]
        if urgency is Urgency.OVERDUE:
            where.append(complaint_deadline <= now)
        elif urgency is Urgency.DUE_TODAY:
            where.extend((complaint_deadline > now, complaint_deadline < _start_of_next_day(now)))
        else:
            # The countdown's "due soon": under a quarter of the period or under one working
            # hour left. Working time to a moment, per period, found by the engine.
            cal = self.calendar.business_calendar()
            with self.uow.read() as session:
                periods = list(session.scalars(
                    select(Complaint.period).where(Complaint.status.in_(OPEN_STATUSES),
                                                   Complaint.paused_at.is_(None))
                    .distinct()))
            limits = []
            for text in periods:
                try:
                    period = Period.parse(text)
                except ValueError:
                    continue
                soon = max(period.nominal_working_time / 4, _HOUR)
                limits.append(and_(Complaint.period == text,
                                   complaint_deadline < cal.add_working_time(now, soon)))
            where.extend((complaint_deadline > now, or_(false(), *limits)))
        return where

    def _assign(self, session: Session, complaint: Complaint, assignee_id: int | None,
                department_id: int | None, reason: str | None, actor: tuple[int | None, str],
                now: datetime) -> None:
        current = (complaint.assignee_id, complaint.department_id) if reason is not None else None
        staff = session.get(Staff, assignee_id) if assignee_id is not None else None
        if assignee_id is not None and (staff is None or not staff.active):
            raise ValidationError({"assignee_id": "담당자를 직원 목록에서 찾을 수 없습니다."})
        if staff is not None:
            department_id = staff.department_id
        department = session.get(Department, department_id) if department_id is not None else None
        if department_id is not None and department is None:
            raise ValidationError({"department_id": "담당 부서를 찾을 수 없습니다."})
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
        _event(session, complaint, kind, now, actor, detail=cleaned,
               target=(assignee_id, label))
        publish(session, ChangeKind.COMPLAINT_ASSIGNED, complaint.id, staff_id=assignee_id,
                department_id=department_id)

    def _terms(self, session: Session, complaint: Complaint) -> DelayNoticeTerms:
        notices = session.scalar(
            select(func.count(ComplaintEvent.id)).where(
                ComplaintEvent.complaint_id == complaint.id,
                ComplaintEvent.kind == EventKind.DELAY_NOTICE.value)) or 0
        return delay_notice_terms(self.calendar.business_calendar(), _period(complaint),
                                  _deadline(complaint), int(notices), self.clock(),
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
        old = _deadline(complaint)
        try:
            new_due = cal.due(complaint.received_at, _period(complaint), pauses)
        except ValueError as error:  # a stored period the engine refuses
            raise DomainError(f"처리기간을 계산할 수 없습니다: {error}") from error
        new_promised = None
        if complaint.promised_at is not None:
            new_promised = (cal.add_working_time(complaint.promised_at, paused)
                            if paused > timedelta(0) else complaint.promised_at)
        new_deadline = new_promised or new_due
        return ResumePreview(paused, old, new_deadline), new_due, new_promised

    def _store_attachment(self, session: Session, complaint_id: int, source: Path,
                          now: datetime) -> Path:
        folder = self.attachments_dir / str(complaint_id)
        folder.mkdir(parents=True, exist_ok=True)
        target = _free_name(folder, source.name)
        shutil.copy2(source, target)
        session.add(ComplaintAttachment(
            complaint_id=complaint_id, original_name=source.name,
            stored_path=target.relative_to(self.attachments_dir).as_posix(),
            size_bytes=target.stat().st_size, added_at=now))
        return target


# --- helpers ---------------------------------------------------------------------------------


def _load(session: Session, complaint_id: int, *, lock: bool = True) -> Complaint:
    complaint = session.get(Complaint, complaint_id, with_for_update=lock or None)
    if complaint is None:
        raise NotFound("민원을 찾을 수 없습니다. 다른 곳에서 삭제되었을 수 있습니다.")
    return complaint


def _check(complaint: Complaint, action: ComplaintAction) -> ComplaintStatus:
    try:
        status = ComplaintStatus(complaint.status)
    except ValueError:
        raise DomainError(f"알 수 없는 민원 상태입니다: {complaint.status}") from None
    return check_action(status, action, complaint.paused_at is not None)


def _deadline(complaint: Complaint) -> datetime:
    return complaint.promised_at or complaint.due_at


def _period(complaint: Complaint) -> Period:
    try:
        return Period.parse(complaint.period)
    except ValueError as error:
        raise DomainError(f"이 민원의 처리기간 ‘{complaint.period}’을(를) 읽을 수 없습니다.") \
            from error


def _actor(session: Session, actor_id: int | None) -> tuple[int | None, str]:
    """(id, name) of who does the step; the name is kept as it was at the time."""
    if actor_id is None:
        return None, ""
    staff = session.get(Staff, actor_id)
    return (actor_id, staff.name) if staff is not None else (None, "")


def _event(session: Session, complaint: Complaint, kind: EventKind, at: datetime,
           actor: tuple[int | None, str], *, detail: str = "", ends_at: datetime | None = None,
           old_due_at: datetime | None = None, new_due_at: datetime | None = None,
           code: str = "", consent: bool | None = None,
           target: tuple[int | None, str] = (None, "")) -> None:
    session.add(ComplaintEvent(
        complaint_id=complaint.id, kind=kind.value, at=at, actor_id=actor[0],
        actor_name=actor[1], detail=detail, ends_at=ends_at, old_due_at=old_due_at,
        new_due_at=new_due_at, code=code, consent=consent, target_id=target[0],
        target_name=target[1][:120]))


def _new_complaint(clean: CleanComplaint, due: datetime) -> Complaint:
    return Complaint(
        channel=clean.channel.value, kind_code=clean.kind.code, citizen_name=clean.citizen_name,
        citizen_phone=clean.citizen_phone, citizen_email=clean.citizen_email,
        citizen_address=clean.citizen_address, title=clean.title, content=clean.content,
        received_at=clean.received_at, period=str(clean.kind.period), due_at=due,
        status=ComplaintStatus.RECEIVED.value, source_memo_id=clean.source_memo_id,
        source_visit_id=clean.source_visit_id,
    )


def _check_sources(session: Session, clean: CleanComplaint) -> None:
    if clean.source_memo_id is not None:
        if session.get(PhoneMemo, clean.source_memo_id) is None:
            raise NotFound("원래 전화 메모를 찾을 수 없습니다. 다른 곳에서 삭제되었을 수 있습니다.")
        earlier = session.scalar(select(Complaint.id).where(
            Complaint.source_memo_id == clean.source_memo_id).limit(1))
        if earlier is not None:
            raise DomainError(f"이 전화 메모는 이미 민원 #{earlier}(으)로 접수되었습니다.")
    if clean.source_visit_id is not None and session.get(Visit, clean.source_visit_id) is None:
        raise NotFound("원래 방문 기록을 찾을 수 없습니다. 다른 곳에서 삭제되었을 수 있습니다.")


def _check_attachments(names: Iterable[str]) -> list[Path]:
    paths: list[Path] = []
    for name in names:
        path = Path(name)
        try:
            size = path.stat().st_size if path.is_file() else None
        except OSError:
            size = None
        if size is None:
            raise ValidationError({"attachments": f"첨부 파일을 열 수 없습니다: {path.name}"})
        if size > MAX_ATTACHMENT_BYTES:
            raise ValidationError({"attachments": (
                f"첨부 파일이 너무 큽니다: {path.name} "
                f"({MAX_ATTACHMENT_BYTES // (1024 * 1024)}MB까지)")})
        paths.append(path)
    return paths


def _free_name(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name (2)``, ``name (3)``… when a file of that name is there."""
    target = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    number = 2
    while target.exists():
        target = folder / f"{stem} ({number}){suffix}"
        number += 1
    return target


def _remove_files(paths: Iterable[Path]) -> None:
    for path in paths:
        try:
            path.unlink(missing_ok=True)
            if not any(path.parent.iterdir()):
                path.parent.rmdir()
        except OSError as error:  # the copy stays; nothing refers to it
            log.warning("could not remove %s: %s", path, error)


def _start_of_next_day(now: datetime) -> datetime:
    local = to_seoul(now)
    return local.replace(hour=0, minute=0, second=0, microsecond=0) + _DAY


def _rows(session: Session, standard: ServiceStandard | None,
          *where: ColumnElement[bool]) -> list[ComplaintRow]:
    stmt = (
        select(Complaint.id, Complaint.received_at, Complaint.channel, Complaint.kind_code,
               Complaint.citizen_name, Complaint.title, Complaint.status,
               Complaint.assignee_id, Staff.name, Complaint.department_id, Department.name,
               Complaint.period, Complaint.due_at, Complaint.promised_at, Complaint.paused_at,
               Complaint.answered_at, Complaint.closed_at)
        .outerjoin(Staff, Complaint.assignee_id == Staff.id)
        .outerjoin(Department, Complaint.department_id == Department.id)
        .where(*where)
    )
    kinds = {k.code: k for k in standard.complaint_kinds} if standard else {}
    rows: list[ComplaintRow] = []
    for r in session.execute(stmt):
        kind = kinds.get(r.kind_code)
        try:
            period = Period.parse(r.period)
        except ValueError:
            log.warning("complaint %s has no valid period %r", r.id, r.period)
            period = Period.parse("7d")
        rows.append(ComplaintRow(
            id=r.id, received_at=r.received_at, channel=_channel(r.channel),
            kind_code=r.kind_code,
            kind_name_ko=kind.name_ko if kind else f"{r.kind_code} (기준표에 없음)",
            kind_name_en=kind.name_en if kind else f"{r.kind_code} (not in the standard)",
            citizen_name=r.citizen_name, title=r.title, status=_status(r.status),
            assignee_id=r.assignee_id, assignee_name=r[8] or "",
            department_id=r.department_id, department_name=r[10] or "", period=period,
            due_at=r.due_at, promised_at=r.promised_at, paused_at=r.paused_at,
            answered_at=r.answered_at, closed_at=r.closed_at,
        ))
    return rows


def _channel(value: str) -> Channel:
    try:
        return Channel(value)
    except ValueError:
        return Channel.LETTER


def _status(value: str) -> ComplaintStatus:
    try:
        return ComplaintStatus(value)
    except ValueError:
        return ComplaintStatus.RECEIVED


def _events(session: Session, complaint_id: int, cal: BusinessCalendar) -> list[EventRecord]:
    rows = list(session.scalars(
        select(ComplaintEvent).where(ComplaintEvent.complaint_id == complaint_id)
        .order_by(ComplaintEvent.id)))
    pause_ends = {
        e.ends_at: cal.working_time_between(e.at, e.ends_at)
        for e in rows if e.kind == EventKind.PAUSED.value and e.ends_at is not None
    }
    records: list[EventRecord] = []
    for e in rows:
        try:
            kind = EventKind(e.kind)
        except ValueError:
            log.warning("complaint event %s has an unknown kind %r", e.id, e.kind)
            continue
        paused: timedelta | None = None
        if kind is EventKind.PAUSED and e.ends_at is not None:
            paused = cal.working_time_between(e.at, e.ends_at)
        elif kind is EventKind.RESUMED:
            paused = pause_ends.get(e.at)
        records.append(EventRecord(
            id=e.id, kind=kind, at=e.at, actor_id=e.actor_id, actor_name=e.actor_name,
            detail=e.detail, ends_at=e.ends_at, old_due_at=e.old_due_at,
            new_due_at=e.new_due_at, code=e.code, consent=e.consent,
            target_name=e.target_name, paused_working_time=paused,
        ))
    return records
