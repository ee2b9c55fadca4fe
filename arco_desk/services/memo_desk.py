"""Phone memos at the desk (clause 1-2): the greeting, the message-slip reasons, taking
a call for an absent colleague and forwarding it, and the transfer card."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from arco_desk.domain.actor import Actor
from arco_desk.domain.change_feed import ChangeKind
from arco_desk.domain.clock import SEOUL
from arco_desk.domain.dates import check_moment
from arco_desk.domain.deadlines import Period
from arco_desk.domain.errors import DomainError, NotFound, ValidationError
from arco_desk.domain.memos import (
    CleanMemo,
    MemoDraft,
    MemoEventKind,
    MemoPreview,
    MemoReasonRecord,
    MemoRow,
    MemoStatus,
    Route,
    TransferRecord,
    number_to_give,
    render_greeting,
    validate_memo,
    validate_reason_label,
)
from arco_desk.domain.messages import Message, msg
from arco_desk.domain.text import TextKind, clean, tidy
from arco_desk.services.acting import acting_staff_id
from arco_desk.services.audit import record_audit
from arco_desk.services.korean_records import DEPARTMENT_PLACEHOLDER, NAME_PLACEHOLDER, route_detail
from arco_desk.services.memo_rows import (
    MemoParts,
    active_staff,
    add_event,
    reason_record,
    row_in,
    stand_in_of,
)
from arco_desk.services.search import at_most
from arco_desk.services.submissions import earlier, remember
from arco_desk.store.change_feed import publish
from arco_desk.store.models import (
    Department,
    MemoReason,
    PhoneMemo,
    PhoneMemoReason,
    Staff,
    TransferLog,
)
from arco_desk.store.retry import retry_conflicts

MAX_GREETING_LENGTH = 300
MAX_ESCALATION_MINUTES = 8 * 60
# What a memo's submission key names (services/submissions).
MEMO_ENTITY = "phone_memo"


class MemoDesk(MemoParts):
    """What the operator does with a call: greet, write the memo and forward it, or put
    the caller through."""

    def greeting_template(self) -> str:
        return self.settings.get("greeting_script")

    @retry_conflicts
    def save_desk_settings(
        self, greeting: str | None = None, escalation_minutes: int | None = None, *,
        opened: dict[str, str | int] | None = None, actor: Actor,
    ) -> None:
        """Change the greeting script and/or the unread-escalation minutes, together.

        ``opened`` holds what the settings form showed, by setting key (the greeting as
        text, the minutes as a number): only what was changed since is written, and a
        value another PC changed meanwhile is an :class:`EditConflict`
        (docs/architecture.md §9)."""
        errors: dict[str, Message] = {}
        values: dict[str, str] = {}
        if greeting is not None:
            template = " ".join(tidy(greeting).split())
            if not template:
                errors["greeting_script"] = msg("memo.greeting_required")
            elif len(template) > MAX_GREETING_LENGTH:
                errors["greeting_script"] = msg("memo.greeting_too_long",
                                                limit=MAX_GREETING_LENGTH)
            values["greeting_script"] = template
        if escalation_minutes is not None:
            if not 1 <= escalation_minutes <= MAX_ESCALATION_MINUTES:
                errors["memo_escalation_minutes"] = msg("memo.escalation_minutes",
                                                        limit=MAX_ESCALATION_MINUTES)
            values["memo_escalation_minutes"] = str(escalation_minutes)
        if errors:
            raise ValidationError(errors)
        seen = None if opened is None else {key: str(value) for key, value in opened.items()}
        self.settings.set_many(values, opened=seen, actor=actor)

    def greeting(self, staff_id: int | None) -> str:
        """The greeting script for the person at this PC (clause 1-2: greeting,
        department, name). Without a profile the placeholders stay visible."""
        template = self.greeting_template()
        agency = self.settings.get("agency_name")
        department, name = DEPARTMENT_PLACEHOLDER, NAME_PLACEHOLDER
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
            return [reason_record(r) for r in session.scalars(stmt)]

    @retry_conflicts
    def add_reason(self, label_ko: str, label_en: str = "", *,
                   actor: Actor) -> MemoReasonRecord:
        """A reason of the agency's own, shown after the classic ones."""
        ko, en = validate_reason_label(label_ko, label_en)
        with self.uow.write(actor) as session:
            # Compared here, not by the database's lower(): SQLite folds only ASCII letters.
            labels = session.scalars(select(MemoReason.label_ko))
            if any(label.casefold() == ko.casefold() for label in labels):
                raise ValidationError({"label_ko": msg("memo.reason_exists", label=ko)})
            top = session.scalar(select(func.max(MemoReason.id))) or 0
            order = session.scalar(select(func.max(MemoReason.sort_order))) or 0
            reason = MemoReason(code=f"custom_{int(top) + 1}", label_ko=ko, label_en=en,
                                sort_order=int(order) + 1, active=True)
            session.add(reason)
            session.flush()
            publish(session, ChangeKind.MEMO_REASONS_CHANGED, reason.id)
            record_audit(session, actor, "memo_reason.create", "memo_reason", reason.id, ko)
            return reason_record(reason)

    @retry_conflicts
    def set_reason_active(self, reason_id: int, active: bool, *,
                          actor: Actor) -> MemoReasonRecord:
        """Hide a reason from new memos (old memos keep it) or show it again."""
        with self.uow.write(actor) as session:
            reason = session.get(MemoReason, reason_id)
            if reason is None:
                raise NotFound(msg("memo.reason_gone"))
            reason.active = active
            publish(session, ChangeKind.MEMO_REASONS_CHANGED, reason.id)
            record_audit(session, actor,
                         "memo_reason.show" if active else "memo_reason.hide",
                         "memo_reason", reason_id, reason.label_ko)
            return reason_record(reason)

    # --- at the desk -----------------------------------------------------------------------

    def preview(self, draft: MemoDraft) -> MemoPreview:
        """Validate ``draft`` and work out the read-back: who gets it and by when the
        caller is answered. Nothing is stored."""
        clean = validate_memo(draft, self.clock())
        due = self.callback_due(clean.called_at)
        with self.uow.read() as session:
            return _resolve(session, clean, due, self.callback_period)

    def callback_due(self, called_at: datetime) -> datetime:
        """24 working hours after the call (the standard), on the agency's calendar; a call
        time outside the range of :mod:`~arco_desk.domain.dates` is refused."""
        called_at = check_moment("called_at", called_at, self.clock().astimezone(SEOUL).date())
        return self.calendar.business_calendar().due(called_at, self.callback_period)

    @retry_conflicts
    def record(self, draft: MemoDraft, *, key: str | None = None, actor: Actor) -> MemoRow:
        """Store the memo and forward it, in one transaction; ``actor`` took the call.

        ``key`` is the form's submission key: saving again with it (after a save whose
        outcome was unknown, or from a second click) answers with the memo the first
        save stored instead of storing it twice. The answer is read before the commit,
        so a failure after it can't turn a stored memo into "save again"
        (docs/architecture.md §9)."""
        now = self.clock()
        clean = validate_memo(draft, now)
        due = self.callback_due(clean.called_at)
        with self.uow.write(actor) as session:
            stored = earlier(session, key, MEMO_ENTITY)
            if stored is not None:
                return row_in(session, stored)
            preview = _resolve(session, clean, due, self.callback_period)
            taken_by_id = acting_staff_id(session, actor)
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
            add_event(session, memo.id, MemoEventKind.RECORDED, now, taken_by_id,
                      preview.recipient_id, _route_detail(preview))
            publish(session, ChangeKind.MEMO_FORWARDED, memo.id, staff_id=preview.recipient_id,
                    department_id=preview.department_id)
            remember(session, key, MEMO_ENTITY, memo.id)
            return row_in(session, memo.id)

    def transfer_number(self, staff_id: int) -> str:
        """The number to read to a caller for ``staff_id`` ("" when none is known)."""
        with self.uow.read() as session:
            staff = active_staff(session, staff_id)
            return number_to_give(staff.direct_line, staff.extension,
                                  staff.department.main_phone)

    @retry_conflicts
    def log_transfer(self, staff_id: int, caller_name: str = "", *,
                     actor: Actor) -> TransferRecord:
        """The desk told the caller the colleague's name and number (안내함)."""
        caller_name = clean(TextKind.PERSON_NAME, "caller_name", caller_name)
        now = self.clock()
        with self.uow.write(actor) as session:
            staff = active_staff(session, staff_id)
            number = number_to_give(staff.direct_line, staff.extension,
                                    staff.department.main_phone)
            if not number:
                raise DomainError(msg("memo.no_number", name=staff.name))
            row = TransferLog(at=now, staff_id=staff.id, number_given=number[:40],
                              caller_name=caller_name)
            session.add(row)
            session.flush()
            publish(session, ChangeKind.TRANSFER_LOGGED, row.id, staff_id=staff.id,
                    department_id=staff.department_id)
            record_audit(session, actor, "transfer.log", "transfer_log", row.id,
                         f"staff={staff.id}")
            return TransferRecord(row.id, now, staff.id, staff.name, staff.department.name,
                                  row.number_given, row.caller_name)

    def recent_transfers(self, limit: int = 20) -> list[TransferRecord]:
        """The latest transfers, at most ``limit`` (and at most MOST_ROWS) of them."""
        stmt = (
            select(TransferLog, Staff.name, Department.name)
            .outerjoin(Staff, TransferLog.staff_id == Staff.id)
            .outerjoin(Department, Staff.department_id == Department.id)
            .order_by(TransferLog.at.desc(), TransferLog.id.desc())
            .limit(at_most(limit))
        )
        with self.uow.read() as session:
            return [
                TransferRecord(t.id, t.at, t.staff_id, name or "", dept or "", t.number_given,
                               t.caller_name)
                for t, name, dept in session.execute(stmt)
            ]


def _resolve(
    session: Session, clean: CleanMemo, due: datetime, period: Period
) -> MemoPreview:
    """Who receives the memo, and which reasons, for ``clean`` (ValidationError if the
    target, the stand-in or a reason is gone)."""
    asked = session.get(Staff, clean.target_staff_id)
    if asked is None or not asked.active:
        raise ValidationError({"target_staff_id": msg("memo.target_gone")})
    recipient: Staff | None = asked
    if clean.route is Route.STAND_IN:
        stand_in_id = stand_in_of(session, asked.id)
        if stand_in_id is None:
            raise ValidationError({"route": msg("memo.no_stand_in", name=asked.name)})
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
            raise ValidationError({"reason_ids": msg("memo.reason_removed")})
        reasons = sorted((reason_record(r) for r in found.values()),
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
    stand_in = preview.recipient_name if preview.route is Route.STAND_IN else None
    department = preview.department_name if preview.route is Route.DEPARTMENT else None
    return route_detail(preview.asked_for_name, stand_in, department)
