"""Phone memos on the staff member's side (clause 1-2): read, delivered, claimed,
answered by phone or e-mail, passed on; and closed when they become a complaint.

Every change is one unit of work, published to the change feed in that same
transaction so the other PCs hear of it. Each locks the memo first and checks its state
and holder under the lock, so two PCs acting on one memo at once get one result and a
clear refusal, never a lost change; and each builds its answer before it commits
(docs/architecture.md §9).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from arco_desk.domain.access_records import AccessAction
from arco_desk.domain.actor import Actor
from arco_desk.domain.change_feed import ChangeKind
from arco_desk.domain.directory import is_email
from arco_desk.domain.errors import DomainError, ValidationError
from arco_desk.domain.memos import (
    UNREAD_STATUSES,
    DoneVia,
    MemoDetail,
    MemoEventKind,
    MemoRow,
    MemoStatus,
    validate_forward_reason,
    validate_outcome,
)
from arco_desk.domain.messages import Message, msg
from arco_desk.domain.roles import Within
from arco_desk.domain.text import tidy
from arco_desk.services.access_records import record_access
from arco_desk.services.acting import acting_staff_id
from arco_desk.services.korean_records import complaint_outcome, email_outcome
from arco_desk.services.memo_rows import (
    MemoParts,
    acting_staff,
    add_event,
    addressed_to,
    detail_in,
    load_memo,
    mark_read,
    require_holder,
    require_open,
    row_in,
)
from arco_desk.services.reach import refuse_out_of_reach
from arco_desk.store.change_feed import publish
from arco_desk.store.models import PhoneMemo, Staff
from arco_desk.store.retry import retry_conflicts

__all__ = ["MemoInbox", "close_for_complaint"]


def _unread_by(memo: PhoneMemo, staff_id: int) -> bool:
    """``staff_id`` has the memo (or it was escalated to them) and has not read it."""
    return (memo.read_at is None and memo.status in UNREAD_STATUSES
            and staff_id in (memo.target_staff_id, memo.escalated_to_id))


class MemoInbox(MemoParts):
    """The recipient's actions on a memo."""

    @retry_conflicts
    def open_memo(self, memo_id: int, *, actor: Actor,
                  within: Within | None = None) -> MemoDetail:
        """Show a memo, recording who looked (an access record in the same transaction);
        when ``actor`` is the staff member it is addressed to (or the stand-in it was
        escalated to), it is marked read, once. Out of ``within`` (the person's reach,
        services/gate.py) it is refused."""
        staff_id = actor.staff_id
        now = self.clock()
        with self.uow.write(actor) as session:
            memo = load_memo(session, memo_id, lock=True)
            refuse_out_of_reach(session, PhoneMemo, memo_id, within)
            if staff_id is not None and _unread_by(memo, staff_id):
                mark_read(session, memo, staff_id, now, MemoEventKind.READ)
            detail = detail_in(session, memo_id)
            record_access(session, now, actor, AccessAction.VIEW, "memo", memo_id,
                          detail.memo.caller_name)
            return detail

    @retry_conflicts
    def mark_delivered(self, memo_ids: Sequence[int], *, actor: Actor) -> int:
        """The inbox of ``actor`` (the recipient) showed these memos: new → delivered.
        Returns how many."""
        staff_id = actor.staff_id
        if not memo_ids or staff_id is None:
            return 0
        now = self.clock()
        with self.uow.read() as session:
            department_id = session.scalar(select(Staff.department_id)
                                           .where(Staff.id == staff_id))
            waiting = list(session.scalars(
                select(PhoneMemo.id).where(
                    PhoneMemo.id.in_(list(memo_ids)),
                    PhoneMemo.status == MemoStatus.NEW.value,
                    addressed_to(staff_id, department_id),
                )
            ))
        if not waiting:
            return 0
        with self.uow.write(actor) as session:
            # Again inside the write, under the lock (in id order, like escalation): another
            # PC may have read, escalated or passed some on meanwhile, and that stays.
            still_new = list(session.scalars(
                select(PhoneMemo.id).where(PhoneMemo.id.in_(waiting),
                                           PhoneMemo.status == MemoStatus.NEW.value)
                .order_by(PhoneMemo.id).with_for_update()))
            if not still_new:
                return 0
            session.execute(
                update(PhoneMemo)
                .where(PhoneMemo.id.in_(still_new), PhoneMemo.status == MemoStatus.NEW.value)
                .values(status=MemoStatus.DELIVERED.value, delivered_at=now, updated_at=now,
                        version=PhoneMemo.version + 1, updated_by=actor.name[:80])
                .execution_options(synchronize_session=False)
            )
            for memo_id in still_new:
                add_event(session, memo_id, MemoEventKind.DELIVERED, now, None, staff_id, "")
                # The desk sees "delivered" at once, not at its next heartbeat.
                publish(session, ChangeKind.MEMO_DELIVERED, memo_id, staff_id=staff_id,
                        department_id=department_id)
            return len(still_new)

    @retry_conflicts
    def claim(self, memo_id: int, *, actor: Actor) -> MemoRow:
        """Take a memo sent to the whole department: it becomes the actor's, and read."""
        now = self.clock()
        with self.uow.write(actor) as session:
            memo = load_memo(session, memo_id, lock=True)
            staff = acting_staff(session, actor)
            staff_id = staff.id
            require_open(memo)
            if memo.target_staff_id is not None:
                holder = session.get(Staff, memo.target_staff_id)
                if memo.target_staff_id == staff_id:
                    raise DomainError(msg("memo.already_yours"))
                if holder is None:
                    raise DomainError(msg("memo.taken_by_someone"))
                raise DomainError(msg("memo.taken_by", name=holder.name))
            if memo.target_department_id != staff.department_id:
                raise DomainError(msg("memo.other_department"))
            memo.target_staff_id = staff_id
            memo.claimed_at = now
            mark_read(session, memo, staff_id, now, MemoEventKind.CLAIMED)
            return row_in(session, memo_id)

    @retry_conflicts
    def called_back(self, memo_id: int, outcome: str, *, actor: Actor) -> MemoRow:
        """``actor`` called the caller back; ``outcome`` says what came of it."""
        note = validate_outcome(outcome)
        return self._close(memo_id, actor, DoneVia.CALL, note, MemoEventKind.CALLED_BACK)

    @retry_conflicts
    def replied_by_email(
        self, memo_id: int, note: str = "", email: str | None = None, *, actor: Actor
    ) -> MemoRow:
        """The caller was answered by e-mail (to the memo's address or ``email``)."""
        text = validate_outcome(note, required=False)
        address = tidy(email or "")
        if address and not is_email(address):
            raise ValidationError({"email": msg("memo.email_invalid")})
        return self._close(memo_id, actor, DoneVia.EMAIL, text, MemoEventKind.EMAILED,
                           email=address)

    @retry_conflicts
    def forward(self, memo_id: int, to_staff_id: int | None, reason: str, *,
                actor: Actor) -> MemoRow:
        """Pass a memo on to a colleague, with the reason (the colleague sees it)."""
        errors: dict[str, Message] = {}
        try:
            why = validate_forward_reason(reason)
        except ValidationError as error:
            errors.update(error.field_errors)
            why = ""
        if to_staff_id is None:
            errors["to_staff_id"] = msg("memo.forward_to_required")
        if errors:
            raise ValidationError(errors)
        assert to_staff_id is not None
        now = self.clock()
        with self.uow.write(actor) as session:
            memo = load_memo(session, memo_id, lock=True)
            staff = acting_staff(session, actor)
            require_open(memo)
            require_holder(session, memo, staff)
            target = session.get(Staff, to_staff_id)
            if target is None or not target.active:
                raise ValidationError({"to_staff_id": msg("memo.forward_to_gone")})
            if memo.target_staff_id == to_staff_id:
                raise ValidationError(
                    {"to_staff_id": msg("memo.already_with", name=target.name)})
            memo.target_staff_id = to_staff_id
            memo.target_department_id = target.department_id
            memo.status = MemoStatus.NEW.value
            memo.forwarded_at = now
            memo.delivered_at = memo.read_at = memo.escalated_at = None
            memo.escalated_to_id = None
            memo.updated_at = now
            add_event(session, memo_id, MemoEventKind.FORWARDED, now, staff.id,
                      to_staff_id, why)
            publish(session, ChangeKind.MEMO_FORWARDED, memo_id, staff_id=to_staff_id,
                    department_id=target.department_id)
            return row_in(session, memo_id)

    def _close(self, memo_id: int, actor: Actor, via: DoneVia, outcome: str,
               kind: MemoEventKind, email: str = "") -> MemoRow:
        """Answered (``via``): only by whoever holds the memo now. An e-mail reply
        without ``email`` went to the memo's own address."""
        now = self.clock()
        with self.uow.write(actor) as session:
            memo = load_memo(session, memo_id, lock=True)
            staff = acting_staff(session, actor)
            staff_id = staff.id
            require_open(memo)
            require_holder(session, memo, staff)
            if via is DoneVia.EMAIL:
                email = email or memo.caller_email
                if not email:
                    raise ValidationError({"email": msg("memo.email_missing")})
                outcome = email_outcome(email, outcome)
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
            add_event(session, memo_id, kind, now, staff_id, None, outcome)
            publish(session, ChangeKind.MEMO_DONE, memo_id, staff_id=memo.target_staff_id,
                    department_id=memo.target_department_id)
            return row_in(session, memo_id)


def close_for_complaint(
    session: Session, memo_id: int, actor: Actor, complaint_id: int, now: datetime
) -> None:
    """Close a memo that became a complaint (민원), inside the complaint's own write.

    For the complaints service: call it in the unit of work that creates the
    complaint, so the memo is closed exactly when the complaint exists. A memo
    already done (called back, then found to be a complaint) stays as it was.
    """
    memo = load_memo(session, memo_id, lock=True)
    if memo.status == MemoStatus.DONE.value:
        return
    # A department memo stays the department's: whoever registered the complaint is
    # named in the memo's history, not made its recipient.
    memo.read_at = memo.read_at or now
    memo.status = MemoStatus.DONE.value
    memo.done_at = now
    memo.done_via = DoneVia.COMPLAINT.value
    memo.outcome = complaint_outcome(complaint_id)
    memo.updated_at = now
    add_event(session, memo_id, MemoEventKind.COMPLAINT, now, acting_staff_id(session, actor),
              None, memo.outcome)
    publish(session, ChangeKind.MEMO_DONE, memo_id, staff_id=memo.target_staff_id,
            department_id=memo.target_department_id)
