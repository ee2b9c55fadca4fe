"""Phone memos (clause 1-2): take a call for an absent colleague, forward it, get it answered.

Every change is one unit of work, and every change the other PCs must hear of
(forwarded, read, done, escalated) is published to the change feed in that
same transaction.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, time, timedelta

from sqlalchemy import ColumnElement, Select, and_, case, func, or_, select, update
from sqlalchemy.orm import Session, aliased

from arco_desk.domain.change_feed import ChangeKind
from arco_desk.domain.clock import SEOUL, Clock
from arco_desk.domain.clock import now as system_now
from arco_desk.domain.deadlines import Countdown, Period, countdown
from arco_desk.domain.directory import is_email
from arco_desk.domain.errors import DomainError, NotFound, ValidationError
from arco_desk.domain.memos import (
    OPEN_STATUSES,
    UNREAD_STATUSES,
    CleanMemo,
    DoneVia,
    MemoDetail,
    MemoDraft,
    MemoEventKind,
    MemoEventRecord,
    MemoFilter,
    MemoPreview,
    MemoReasonRecord,
    MemoRow,
    MemoStatus,
    Route,
    TransferRecord,
    clean_text,
    escalation_moment,
    number_to_give,
    phone_digits,
    render_greeting,
    validate_forward_reason,
    validate_memo,
    validate_outcome,
    validate_reason_label,
)
from arco_desk.domain.messages import Message
from arco_desk.domain.phone import PhoneNumberInvalid, digits_only, parse_phone
from arco_desk.services.audit import record_audit
from arco_desk.services.calendar import CalendarService
from arco_desk.services.directory import like_pattern
from arco_desk.services.settings import DEFAULTS, SettingsService
from arco_desk.store.change_feed import publish
from arco_desk.store.models import (
    Department,
    MemoReason,
    PhoneMemo,
    PhoneMemoEvent,
    PhoneMemoReason,
    Staff,
    TransferLog,
)
from arco_desk.store.unit_of_work import UnitOfWork

__all__ = ["MemoService", "close_for_complaint"]

log = logging.getLogger(__name__)

HISTORY_LIMIT = 10
MAX_GREETING_LENGTH = 300
MAX_ESCALATION_MINUTES = 8 * 60
# A phone "word" in the search box: digits with the usual separators, 3 digits or more.
_MIN_NUMBER_DIGITS = 3
_NUMBER_CHARS = frozenset("0123456789-+() .")
_GONE = "메모를 찾을 수 없습니다. 다른 곳에서 삭제되었을 수 있습니다."


class MemoService:
    def __init__(
        self,
        uow: UnitOfWork,
        calendar: CalendarService,
        clock: Clock = system_now,
        actor: str = "",
    ) -> None:
        self.uow = uow
        self.calendar = calendar
        self.clock = clock
        self.actor = actor
        self.settings = SettingsService(uow, actor)

    # --- settings the desk uses -------------------------------------------------------------

    @property
    def callback_period(self) -> Period:
        """The service standard's callback period (24 working hours)."""
        return self.calendar.standard.phone_callback

    def escalation_minutes(self) -> int:
        """Working minutes an unread memo waits before it is escalated (a setting)."""
        text = self.settings.get("memo_escalation_minutes")
        try:
            minutes = int(text)
        except ValueError:
            minutes = 0
        if minutes <= 0:
            log.warning("memo_escalation_minutes %r is not a positive number", text)
            return int(DEFAULTS["memo_escalation_minutes"])
        return minutes

    def greeting_template(self) -> str:
        return self.settings.get("greeting_script")

    def save_desk_settings(
        self, greeting: str | None = None, escalation_minutes: int | None = None
    ) -> None:
        """Change the greeting script and/or the unread-escalation minutes, together."""
        errors: dict[str, str] = {}
        values: dict[str, str] = {}
        if greeting is not None:
            template = " ".join(clean_text(greeting).split())
            if not template:
                errors["greeting_script"] = "인사말을 입력하세요."
            elif len(template) > MAX_GREETING_LENGTH:
                errors["greeting_script"] = f"인사말은 {MAX_GREETING_LENGTH}자 이내로 입력하세요."
            values["greeting_script"] = template
        if escalation_minutes is not None:
            if not 1 <= escalation_minutes <= MAX_ESCALATION_MINUTES:
                errors["memo_escalation_minutes"] = (
                    f"1분에서 {MAX_ESCALATION_MINUTES}분(하루 근무시간) 사이로 정하세요.")
            values["memo_escalation_minutes"] = str(escalation_minutes)
        if errors:
            raise ValidationError(errors)
        self.settings.set_many(values)

    def greeting(self, staff_id: int | None) -> str:
        """The greeting script for the person at this PC (clause 1-2: greeting,
        department, name). Without a profile the placeholders stay visible."""
        template = self.greeting_template()
        agency = self.settings.get("agency_name")
        department, name = "[부서]", "[이름]"
        if staff_id is not None:
            with self.uow.read() as session:
                row = session.execute(
                    select(Staff.name, Department.name)
                    .join(Department, Staff.department_id == Department.id)
                    .where(Staff.id == staff_id)
                ).first()
            if row is not None:
                name, department = row
        return render_greeting(template, agency=agency, department=department, name=name)

    # --- message-slip reasons (lookup table) -------------------------------------------------

    def reasons(self, include_inactive: bool = False) -> list[MemoReasonRecord]:
        stmt = select(MemoReason).order_by(MemoReason.sort_order, MemoReason.id)
        if not include_inactive:
            stmt = stmt.where(MemoReason.active.is_(True))
        with self.uow.read() as session:
            return [_reason_record(r) for r in session.scalars(stmt)]

    def add_reason(self, label_ko: str, label_en: str = "") -> MemoReasonRecord:
        """A reason of the agency's own, shown after the classic ones."""
        ko, en = validate_reason_label(label_ko, label_en)
        with self.uow.write() as session:
            taken = session.scalar(
                select(MemoReason.id).where(func.lower(MemoReason.label_ko) == ko.lower()))
            if taken is not None:
                raise ValidationError({"label_ko": f"이미 있는 사유입니다: {ko}"})
            top = session.scalar(select(func.max(MemoReason.id))) or 0
            order = session.scalar(select(func.max(MemoReason.sort_order))) or 0
            reason = MemoReason(code=f"custom_{int(top) + 1}", label_ko=ko, label_en=en,
                                sort_order=int(order) + 1, active=True)
            session.add(reason)
            session.flush()
            record_audit(session, self.actor, "memo_reason.create", "memo_reason", reason.id, ko)
            return _reason_record(reason)

    def set_reason_active(self, reason_id: int, active: bool) -> MemoReasonRecord:
        """Hide a reason from new memos (old memos keep it) or show it again."""
        with self.uow.write() as session:
            reason = session.get(MemoReason, reason_id)
            if reason is None:
                raise NotFound("사유를 찾을 수 없습니다.")
            reason.active = active
            record_audit(session, self.actor,
                         "memo_reason.show" if active else "memo_reason.hide",
                         "memo_reason", reason_id, reason.label_ko)
            return _reason_record(reason)

    # --- at the desk -----------------------------------------------------------------------

    def preview(self, draft: MemoDraft) -> MemoPreview:
        """Validate ``draft`` and work out the read-back: who gets it and by when the
        caller is answered. Nothing is stored."""
        clean = validate_memo(draft, self.clock())
        due = self.callback_due(clean.called_at)
        with self.uow.read() as session:
            return _resolve(session, clean, due, self.callback_period)

    def callback_due(self, called_at: datetime) -> datetime:
        """24 working hours after the call (the standard), on the agency's calendar."""
        return self.calendar.business_calendar().due(called_at, self.callback_period)

    def record(self, draft: MemoDraft, taken_by_id: int | None = None) -> MemoRow:
        """Store the memo and forward it, in one transaction."""
        now = self.clock()
        clean = validate_memo(draft, now)
        due = self.callback_due(clean.called_at)
        with self.uow.write() as session:
            preview = _resolve(session, clean, due, self.callback_period)
            if taken_by_id is not None and session.get(Staff, taken_by_id) is None:
                taken_by_id = None  # this PC's profile was removed: record it without
            memo = PhoneMemo(
                caller_name=clean.caller_name, caller_org=clean.caller_org,
                caller_phone=clean.caller_phone, caller_phone_digits=clean.caller_phone_digits,
                caller_email=clean.caller_email, called_at=clean.called_at,
                message=clean.message, target_staff_id=preview.recipient_id,
                target_department_id=preview.department_id, asked_for_id=clean.target_staff_id,
                taken_by_id=taken_by_id, status=MemoStatus.NEW.value, callback_due_at=due,
                forwarded_at=now, created_at=now, updated_at=now,
            )
            session.add(memo)
            session.flush()
            for reason in preview.reasons:
                session.add(PhoneMemoReason(memo_id=memo.id, reason_id=reason.id))
            _event(session, memo.id, MemoEventKind.RECORDED, now, taken_by_id,
                   preview.recipient_id, _route_detail(preview))
            publish(session, ChangeKind.MEMO_FORWARDED, memo.id, staff_id=preview.recipient_id,
                    department_id=preview.department_id)
            memo_id = memo.id
        return self.get_row(memo_id)

    def transfer_number(self, staff_id: int) -> str:
        """The number to read to a caller for ``staff_id`` ("" when none is known)."""
        with self.uow.read() as session:
            staff = _active_staff(session, staff_id)
            return number_to_give(staff.direct_line, staff.extension,
                                  staff.department.main_phone)

    def log_transfer(self, staff_id: int, caller_name: str = "") -> TransferRecord:
        """The desk told the caller the colleague's name and number (안내함)."""
        now = self.clock()
        with self.uow.write() as session:
            staff = _active_staff(session, staff_id)
            number = number_to_give(staff.direct_line, staff.extension,
                                    staff.department.main_phone)
            if not number:
                raise DomainError(
                    f"{staff.name}님의 직통번호나 내선번호가 직원 안내에 없습니다. "
                    "번호를 등록한 뒤 안내하세요.")
            row = TransferLog(at=now, staff_id=staff.id, number_given=number[:40],
                              caller_name=clean_text(caller_name)[:80])
            session.add(row)
            session.flush()
            return TransferRecord(row.id, now, staff.id, staff.name, staff.department.name,
                                  row.number_given, row.caller_name)

    def recent_transfers(self, limit: int = 20) -> list[TransferRecord]:
        stmt = (
            select(TransferLog, Staff.name, Department.name)
            .outerjoin(Staff, TransferLog.staff_id == Staff.id)
            .outerjoin(Department, Staff.department_id == Department.id)
            .order_by(TransferLog.at.desc(), TransferLog.id.desc())
            .limit(limit)
        )
        with self.uow.read() as session:
            return [
                TransferRecord(t.id, t.at, t.staff_id, name or "", dept or "", t.number_given,
                               t.caller_name)
                for t, name, dept in session.execute(stmt)
            ]

    # --- for the staff member --------------------------------------------------------------

    def open_memo(self, memo_id: int, staff_id: int | None) -> MemoDetail:
        """Show a memo; when ``staff_id`` is the one it is addressed to (or the stand-in
        it was escalated to), it is marked read, once."""
        if staff_id is not None:
            now = self.clock()
            with self.uow.read() as session:
                memo = _memo(session, memo_id)
                unread = memo.read_at is None and memo.status in UNREAD_STATUSES
                mine = staff_id in (memo.target_staff_id, memo.escalated_to_id)
            if unread and mine:
                with self.uow.write() as session:
                    memo = _memo(session, memo_id, lock=True)
                    if memo.read_at is None and staff_id in (memo.target_staff_id,
                                                             memo.escalated_to_id):
                        _mark_read(session, memo, staff_id, now, MemoEventKind.READ)
        return self.get(memo_id)

    def mark_delivered(self, staff_id: int, memo_ids: Sequence[int]) -> int:
        """The recipient's inbox showed these memos: new → delivered. Returns how many."""
        if not memo_ids:
            return 0
        now = self.clock()
        with self.uow.read() as session:
            department_id = session.scalar(select(Staff.department_id)
                                           .where(Staff.id == staff_id))
            waiting = list(session.scalars(
                select(PhoneMemo.id).where(
                    PhoneMemo.id.in_(list(memo_ids)),
                    PhoneMemo.status == MemoStatus.NEW.value,
                    _addressed_to(staff_id, department_id),
                )
            ))
        if not waiting:
            return 0
        with self.uow.write() as session:
            # Again inside the write: another PC may have moved some on meanwhile.
            still_new = list(session.scalars(
                select(PhoneMemo.id).where(PhoneMemo.id.in_(waiting),
                                           PhoneMemo.status == MemoStatus.NEW.value)))
            session.execute(
                update(PhoneMemo)
                .where(PhoneMemo.id.in_(still_new))
                .values(status=MemoStatus.DELIVERED.value, delivered_at=now, updated_at=now)
                .execution_options(synchronize_session=False)
            )
            for memo_id in still_new:
                _event(session, memo_id, MemoEventKind.DELIVERED, now, None, staff_id, "")
            return len(still_new)

    def claim(self, memo_id: int, staff_id: int) -> MemoRow:
        """Take a memo sent to the whole department: it becomes yours, and read."""
        now = self.clock()
        with self.uow.write() as session:
            memo = _memo(session, memo_id, lock=True)
            staff = _active_staff(session, staff_id)
            _require_open(memo)
            if memo.target_staff_id is not None:
                holder = session.get(Staff, memo.target_staff_id)
                who = holder.name if holder else "다른 직원"
                if memo.target_staff_id == staff_id:
                    raise DomainError("이미 맡은 메모입니다.")
                raise DomainError(f"이미 {who}님이 맡은 메모입니다.")
            if memo.target_department_id != staff.department_id:
                raise DomainError("다른 부서로 온 메모는 맡을 수 없습니다. 동료에게 전달하세요.")
            memo.target_staff_id = staff_id
            memo.claimed_at = now
            _mark_read(session, memo, staff_id, now, MemoEventKind.CLAIMED)
        return self.get_row(memo_id)

    def called_back(self, memo_id: int, staff_id: int, outcome: str) -> MemoRow:
        """The caller was called back; ``outcome`` says what came of it."""
        note = validate_outcome(outcome)
        return self._close(memo_id, staff_id, DoneVia.CALL, note, MemoEventKind.CALLED_BACK)

    def replied_by_email(
        self, memo_id: int, staff_id: int, note: str = "", email: str | None = None
    ) -> MemoRow:
        """The caller was answered by e-mail (to the memo's address or ``email``)."""
        text = validate_outcome(note, required=False)
        address = clean_text(email or "")
        if address and not is_email(address):
            raise ValidationError({"email": "이메일 주소 형식이 아닙니다. 예: name@example.com"})
        with self.uow.read() as session:
            known = _memo(session, memo_id).caller_email
        address = address or known
        if not address:
            raise ValidationError(
                {"email": "이 메모에는 이메일 주소가 없습니다. 회신한 주소를 적으세요."})
        outcome = f"이메일 회신: {address}" + (f" — {text}" if text else "")
        return self._close(memo_id, staff_id, DoneVia.EMAIL, outcome, MemoEventKind.EMAILED,
                           email=address)

    def forward(self, memo_id: int, staff_id: int | None, to_staff_id: int | None,
                reason: str) -> MemoRow:
        """Pass a memo on to a colleague, with the reason (the colleague sees it)."""
        errors: dict[str, Message | str] = {}
        try:
            why = validate_forward_reason(reason)
        except ValidationError as error:
            errors.update(error.field_errors)
            why = ""
        if to_staff_id is None:
            errors["to_staff_id"] = "전달받을 직원을 고르세요."
        if errors:
            raise ValidationError(errors)
        assert to_staff_id is not None
        now = self.clock()
        with self.uow.write() as session:
            memo = _memo(session, memo_id, lock=True)
            _require_open(memo)
            target = session.get(Staff, to_staff_id)
            if target is None or not target.active:
                raise ValidationError({"to_staff_id": "전달받을 직원을 찾을 수 없습니다."})
            if memo.target_staff_id == to_staff_id:
                raise ValidationError(
                    {"to_staff_id": f"이미 {target.name}님에게 있는 메모입니다."})
            memo.target_staff_id = to_staff_id
            memo.target_department_id = target.department_id
            memo.status = MemoStatus.NEW.value
            memo.forwarded_at = now
            memo.delivered_at = memo.read_at = memo.escalated_at = None
            memo.escalated_to_id = None
            memo.updated_at = now
            _event(session, memo_id, MemoEventKind.FORWARDED, now, staff_id, to_staff_id, why)
            publish(session, ChangeKind.MEMO_FORWARDED, memo_id, staff_id=to_staff_id,
                    department_id=target.department_id)
        return self.get_row(memo_id)

    def escalate_due(self, now: datetime | None = None) -> list[int]:
        """Escalate every memo still unread ``memo_escalation_minutes`` working minutes
        after it was forwarded: flagged for the desk and sent to the recipient's
        stand-in as well. Returns the ids escalated (usually none)."""
        moment = now or self.clock()
        minutes = self.escalation_minutes()
        # Working minutes are never fewer than clock minutes: a cheap first cut.
        cutoff = moment - timedelta(minutes=minutes)
        candidates = (
            select(PhoneMemo.id, PhoneMemo.forwarded_at)
            .where(
                PhoneMemo.status.in_((MemoStatus.NEW.value, MemoStatus.DELIVERED.value)),
                PhoneMemo.read_at.is_(None),
                PhoneMemo.escalated_at.is_(None),
                PhoneMemo.forwarded_at.is_not(None),
                PhoneMemo.forwarded_at <= cutoff,
            )
            .order_by(PhoneMemo.id)
        )
        cal = self.calendar.business_calendar()
        with self.uow.read() as session:
            due = [
                memo_id for memo_id, forwarded_at in session.execute(candidates)
                if forwarded_at is not None
                and escalation_moment(cal, forwarded_at, minutes) <= moment
            ]
        if not due:
            return []
        escalated: list[int] = []
        with self.uow.write() as session:
            for memo_id in due:
                memo = session.get(PhoneMemo, memo_id, with_for_update=True)
                if (memo is None or memo.read_at is not None or memo.escalated_at is not None
                        or memo.status not in (MemoStatus.NEW.value,
                                               MemoStatus.DELIVERED.value)):
                    continue  # read or escalated meanwhile (another PC)
                stand_in_id = _stand_in_of(session, memo.target_staff_id)
                memo.status = MemoStatus.ESCALATED.value
                memo.escalated_at = moment
                memo.escalated_to_id = stand_in_id
                memo.updated_at = moment
                _event(session, memo_id, MemoEventKind.ESCALATED, moment, None, stand_in_id,
                       f"{minutes}분 동안 읽지 않음")
                publish(session, ChangeKind.MEMO_ESCALATED, memo_id, staff_id=stand_in_id,
                        department_id=memo.target_department_id)
                escalated.append(memo_id)
        return escalated

    # --- reading ---------------------------------------------------------------------------

    def get(self, memo_id: int) -> MemoDetail:
        row = self.get_row(memo_id)
        actor, to = aliased(Staff), aliased(Staff)
        stmt = (
            select(PhoneMemoEvent, actor.name, to.name)
            .outerjoin(actor, PhoneMemoEvent.actor_id == actor.id)
            .outerjoin(to, PhoneMemoEvent.to_staff_id == to.id)
            .where(PhoneMemoEvent.memo_id == memo_id)
            .order_by(PhoneMemoEvent.at, PhoneMemoEvent.id)
        )
        with self.uow.read() as session:
            events = tuple(
                MemoEventRecord(e.at, MemoEventKind(e.kind), actor_name, to_name, e.detail)
                for e, actor_name, to_name in session.execute(stmt)
            )
        return MemoDetail(row, events)

    def get_row(self, memo_id: int) -> MemoRow:
        rows = self.rows([memo_id])
        if not rows:
            raise NotFound(_GONE)
        return rows[0]

    def rows(self, ids: Sequence[int]) -> list[MemoRow]:
        """The rows for ``ids`` in that order (a table model's page fetch)."""
        if not ids:
            return []
        wanted = list(ids)
        with self.uow.read() as session:
            by_id = {row.id: row for row in _rows(session, wanted)}
        return [by_id[i] for i in wanted if i in by_id]

    def search_ids(self, memo_filter: MemoFilter | None = None) -> list[int]:
        """The operator's list: ids matching the filter, by callback deadline (open
        memos first). Text matches the caller's name or organisation (Korean
        substrings), or, for a word of digits, the caller's number."""
        f = memo_filter or MemoFilter()
        stmt: Select[tuple[int]] = select(PhoneMemo.id)
        if not f.include_closed:
            # IN (not "!= done") lets the database use the status and call-time indexes.
            stmt = stmt.where(or_(PhoneMemo.status.in_(OPEN_STATUSES),
                                  PhoneMemo.called_at >= self._start_of_today()))
        matches = _text_matches(f.text, self.uow.engine.dialect.name)
        if matches is not None:
            stmt = stmt.where(PhoneMemo.id.in_(matches))
        if f.staff_id is not None:
            stmt = stmt.where(or_(PhoneMemo.target_staff_id == f.staff_id,
                                  PhoneMemo.escalated_to_id == f.staff_id,
                                  PhoneMemo.asked_for_id == f.staff_id))
        if f.department_id is not None:
            stmt = stmt.where(PhoneMemo.target_department_id == f.department_id)
        if f.status is not None:
            stmt = stmt.where(PhoneMemo.status == MemoStatus(f.status).value)
        stmt = stmt.order_by(
            case((PhoneMemo.status == MemoStatus.DONE.value, 1), else_=0),
            PhoneMemo.callback_due_at, PhoneMemo.id,
        )
        with self.uow.read() as session:
            return list(session.scalars(stmt))

    def inbox_ids(self, staff_id: int) -> list[int]:
        """내 메모: open memos for ``staff_id`` — addressed to them, escalated to them as
        stand-in, or sent to their whole department and not claimed yet. Unread first,
        then by callback deadline."""
        with self.uow.read() as session:
            department_id = session.scalar(select(Staff.department_id)
                                           .where(Staff.id == staff_id))
            stmt = (
                select(PhoneMemo.id)
                .where(PhoneMemo.status.in_(OPEN_STATUSES),
                       _addressed_to(staff_id, department_id))
                .order_by(case((PhoneMemo.read_at.is_(None), 0), else_=1),
                          PhoneMemo.callback_due_at, PhoneMemo.id)
            )
            return list(session.scalars(stmt))

    def unread_count(self, staff_id: int) -> int:
        with self.uow.read() as session:
            department_id = session.scalar(select(Staff.department_id)
                                           .where(Staff.id == staff_id))
            return int(session.scalar(
                select(func.count(PhoneMemo.id)).where(
                    PhoneMemo.status.in_(UNREAD_STATUSES), PhoneMemo.read_at.is_(None),
                    _addressed_to(staff_id, department_id))
            ) or 0)

    def caller_history(
        self, phone: str = "", name: str = "", exclude_id: int | None = None,
        limit: int = HISTORY_LIMIT,
    ) -> list[MemoRow]:
        """Earlier memos from the same number or the same name, newest first."""
        conditions = []
        digits = _history_digits(phone)
        if digits:
            conditions.append(PhoneMemo.caller_phone_digits == digits)
        who = clean_text(name)
        if len(who) >= 2:
            conditions.append(PhoneMemo.caller_name == who)
        if not conditions:
            return []
        stmt = select(PhoneMemo.id).where(or_(*conditions))
        if exclude_id is not None:
            stmt = stmt.where(PhoneMemo.id != exclude_id)
        stmt = stmt.order_by(PhoneMemo.called_at.desc(), PhoneMemo.id.desc()).limit(limit)
        with self.uow.read() as session:
            ids = list(session.scalars(stmt))
        return self.rows(ids)

    def badge(self, due: datetime, now: datetime | None = None) -> Countdown:
        """The countdown badge to a callback deadline."""
        return countdown(self.calendar.business_calendar(), due, now or self.clock(),
                         self.callback_period)

    # --- internals --------------------------------------------------------------------------

    def _start_of_today(self) -> datetime:
        today = self.clock().astimezone(SEOUL).date()
        return datetime.combine(today, time(0), SEOUL)

    def _close(self, memo_id: int, staff_id: int, via: DoneVia, outcome: str,
               kind: MemoEventKind, email: str = "") -> MemoRow:
        now = self.clock()
        with self.uow.write() as session:
            memo = _memo(session, memo_id, lock=True)
            _active_staff(session, staff_id)
            _require_open(memo)
            if memo.target_staff_id is None:  # a department memo answered without claiming
                memo.target_staff_id = staff_id
                memo.claimed_at = now
            if memo.read_at is None:
                memo.read_at = now
            if email and not memo.caller_email:
                memo.caller_email = email
            memo.status = MemoStatus.DONE.value
            memo.done_at = now
            memo.done_via = via.value
            memo.outcome = outcome
            memo.updated_at = now
            _event(session, memo_id, kind, now, staff_id, None, outcome)
            publish(session, ChangeKind.MEMO_DONE, memo_id, staff_id=memo.target_staff_id,
                    department_id=memo.target_department_id)
        return self.get_row(memo_id)


def close_for_complaint(
    session: Session, memo_id: int, staff_id: int | None, complaint_id: int, now: datetime
) -> None:
    """Close a memo that became a complaint (민원), inside the complaint's own write.

    For the complaints service: call it in the unit of work that creates the
    complaint, so the memo is closed exactly when the complaint exists. A memo
    already done (called back, then found to be a complaint) stays as it was.
    """
    memo = _memo(session, memo_id, lock=True)
    if memo.status == MemoStatus.DONE.value:
        return
    # A department memo stays the department's: whoever registered the complaint is
    # named in the memo's history, not made its recipient.
    memo.read_at = memo.read_at or now
    memo.status = MemoStatus.DONE.value
    memo.done_at = now
    memo.done_via = DoneVia.COMPLAINT.value
    memo.outcome = f"민원 #{complaint_id}(으)로 접수함"
    memo.updated_at = now
    _event(session, memo_id, MemoEventKind.COMPLAINT, now, staff_id, None, memo.outcome)
    publish(session, ChangeKind.MEMO_DONE, memo_id, staff_id=memo.target_staff_id,
            department_id=memo.target_department_id)


# --- helpers ---------------------------------------------------------------------------------


def _reason_record(r: MemoReason) -> MemoReasonRecord:
    return MemoReasonRecord(r.id, r.code, r.label_ko, r.label_en, r.sort_order, r.active)


def _memo(session: Session, memo_id: int, lock: bool = False) -> PhoneMemo:
    memo = session.get(PhoneMemo, memo_id, with_for_update=lock or None)
    if memo is None:
        raise NotFound(_GONE)
    return memo


def _active_staff(session: Session, staff_id: int) -> Staff:
    staff = session.get(Staff, staff_id)
    if staff is None or not staff.active:
        raise NotFound("직원을 찾을 수 없습니다. 다른 곳에서 삭제되었을 수 있습니다.")
    return staff


def _require_open(memo: PhoneMemo) -> None:
    if memo.status == MemoStatus.DONE.value:
        when = f"{memo.done_at:%m/%d %H:%M}" if memo.done_at else ""
        raise DomainError(f"이미 처리된 메모입니다({when} {memo.outcome}).".replace("( ", "("))


def _mark_read(session: Session, memo: PhoneMemo, staff_id: int, now: datetime,
               kind: MemoEventKind) -> None:
    memo.read_at = now
    memo.status = MemoStatus.READ.value
    memo.updated_at = now
    _event(session, memo.id, kind, now, staff_id, None, "")
    publish(session, ChangeKind.MEMO_READ, memo.id, staff_id=memo.target_staff_id,
            department_id=memo.target_department_id)


def _event(session: Session, memo_id: int, kind: MemoEventKind, at: datetime,
           actor_id: int | None, to_staff_id: int | None, detail: str) -> None:
    session.add(PhoneMemoEvent(memo_id=memo_id, kind=kind.value, at=at, actor_id=actor_id,
                               to_staff_id=to_staff_id, detail=detail))


def _addressed_to(staff_id: int, department_id: int | None) -> ColumnElement[bool]:
    mine = or_(PhoneMemo.target_staff_id == staff_id, PhoneMemo.escalated_to_id == staff_id)
    if department_id is None:
        return mine
    return or_(mine, and_(PhoneMemo.target_staff_id.is_(None),
                          PhoneMemo.target_department_id == department_id))


def _stand_in_of(session: Session, staff_id: int | None) -> int | None:
    if staff_id is None:
        return None
    staff = session.get(Staff, staff_id)
    if staff is None or staff.stand_in_id is None or staff.stand_in_id == staff_id:
        return None
    stand_in = session.get(Staff, staff.stand_in_id)
    return stand_in.id if stand_in is not None and stand_in.active else None


def _resolve(
    session: Session, clean: CleanMemo, due: datetime, period: Period
) -> MemoPreview:
    """Who receives the memo, and which reasons, for ``clean`` (ValidationError if the
    target, the stand-in or a reason is gone)."""
    asked = session.get(Staff, clean.target_staff_id)
    if asked is None or not asked.active:
        raise ValidationError({"target_staff_id": "고른 직원을 찾을 수 없습니다. 다시 고르세요."})
    recipient: Staff | None = asked
    if clean.route is Route.STAND_IN:
        stand_in_id = _stand_in_of(session, asked.id)
        if stand_in_id is None:
            raise ValidationError(
                {"route": f"{asked.name}님에게 지정된 대리자가 없습니다. "
                          "담당자나 부서 전체로 보내세요."})
        recipient = session.get(Staff, stand_in_id)
    elif clean.route is Route.DEPARTMENT:
        recipient = None
    reasons: list[MemoReasonRecord] = []
    if clean.reason_ids:
        found = {
            r.id: r for r in session.scalars(
                select(MemoReason).where(MemoReason.id.in_(list(clean.reason_ids)),
                                         MemoReason.active.is_(True)))
        }
        if len(found) != len(clean.reason_ids):
            raise ValidationError(
                {"reason_ids": "고른 사유 가운데 없어진 것이 있습니다. 다시 고르세요."})
        reasons = sorted((_reason_record(r) for r in found.values()),
                         key=lambda r: (r.sort_order, r.id))
    department = recipient.department if recipient is not None else asked.department
    return MemoPreview(
        memo=clean, asked_for_name=asked.name,
        recipient_id=recipient.id if recipient is not None else None,
        recipient_name=recipient.name if recipient is not None else None,
        department_id=department.id, department_name=department.name, route=clean.route,
        reasons=tuple(reasons), callback_due_at=due, callback_period=period,
    )


def _route_detail(preview: MemoPreview) -> str:
    if preview.route is Route.STAND_IN:
        return f"{preview.asked_for_name}님 부재, 대리자 {preview.recipient_name}님에게 전달"
    if preview.route is Route.DEPARTMENT:
        return f"{preview.asked_for_name}님 부재, {preview.department_name} 전체에 전달"
    return f"{preview.asked_for_name}님에게 전달"


def _is_number_word(word: str) -> bool:
    return (len(digits_only(word)) >= _MIN_NUMBER_DIGITS
            and all(ch in _NUMBER_CHARS for ch in word))


def _text_matches(text: str, dialect: str) -> Select[tuple[int]] | None:
    """Ids whose caller name or organisation contains each word (or, for a word of
    digits, whose number does); None for no text.

    A subquery of its own, so SQLite answers it from the narrow name and number
    indexes instead of reading every memo. SQLite's LIKE already ignores ASCII case;
    its ILIKE would wrap both sides in lower() and cost twice as much.
    """
    words = text.split()
    if not words:
        return None
    stmt: Select[tuple[int]] = select(PhoneMemo.id)
    for word in words:
        if _is_number_word(word):
            stmt = stmt.where(PhoneMemo.caller_phone_digits.like(
                like_pattern(digits_only(word)), escape="\\"))
            continue
        pattern = like_pattern(word)
        if dialect == "sqlite":
            stmt = stmt.where(or_(PhoneMemo.caller_name.like(pattern, escape="\\"),
                                  PhoneMemo.caller_org.like(pattern, escape="\\")))
        else:
            stmt = stmt.where(or_(PhoneMemo.caller_name.ilike(pattern, escape="\\"),
                                  PhoneMemo.caller_org.ilike(pattern, escape="\\")))
    return stmt


def _history_digits(phone: str) -> str:
    text = clean_text(phone)
    if not text:
        return ""
    try:
        digits = phone_digits(parse_phone(text).display)
    except PhoneNumberInvalid:
        digits = digits_only(text)
    return digits if len(digits) >= 9 else ""


def _rows(session: Session, ids: list[int]) -> list[MemoRow]:
    target, asked, escalated, taken = (aliased(Staff) for _ in range(4))
    stmt = (
        select(PhoneMemo, target.name, Department.name, asked.name, escalated.name, taken.name)
        .outerjoin(target, PhoneMemo.target_staff_id == target.id)
        .outerjoin(Department, PhoneMemo.target_department_id == Department.id)
        .outerjoin(asked, PhoneMemo.asked_for_id == asked.id)
        .outerjoin(escalated, PhoneMemo.escalated_to_id == escalated.id)
        .outerjoin(taken, PhoneMemo.taken_by_id == taken.id)
        .where(PhoneMemo.id.in_(ids))
    )
    reasons: dict[int, list[MemoReasonRecord]] = {}
    for memo_id, reason in session.execute(
        select(PhoneMemoReason.memo_id, MemoReason)
        .join(MemoReason, PhoneMemoReason.reason_id == MemoReason.id)
        .where(PhoneMemoReason.memo_id.in_(ids))
        .order_by(MemoReason.sort_order, MemoReason.id)
    ):
        reasons.setdefault(memo_id, []).append(_reason_record(reason))
    return [
        MemoRow(
            id=m.id, status=MemoStatus(m.status), called_at=m.called_at,
            caller_name=m.caller_name, caller_org=m.caller_org, caller_phone=m.caller_phone,
            caller_email=m.caller_email, message=m.message,
            reasons=tuple(reasons.get(m.id, ())), callback_due_at=m.callback_due_at,
            forwarded_at=m.forwarded_at, delivered_at=m.delivered_at, read_at=m.read_at,
            escalated_at=m.escalated_at, claimed_at=m.claimed_at, done_at=m.done_at,
            done_via=m.done_via, outcome=m.outcome, target_staff_id=m.target_staff_id,
            target_name=target_name, department_id=m.target_department_id,
            department_name=department_name, asked_for_id=m.asked_for_id,
            asked_for_name=asked_name, escalated_to_id=m.escalated_to_id,
            escalated_to_name=escalated_name, taken_by_name=taken_name,
        )
        for m, target_name, department_name, asked_name, escalated_name, taken_name
        in session.execute(stmt)
    ]

