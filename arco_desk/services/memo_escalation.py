"""Unread phone memos escalate: after the agreed working minutes unread, a memo is
flagged for the desk and sent to the recipient's stand-in as well."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import select

from arco_desk.domain.actor import Actor
from arco_desk.domain.change_feed import ChangeKind
from arco_desk.domain.memos import MemoEventKind, MemoStatus, escalation_moment
from arco_desk.services.korean_records import unread_detail
from arco_desk.services.memo_rows import MemoParts, add_event, stand_in_of
from arco_desk.services.settings import DEFAULTS
from arco_desk.store.change_feed import publish
from arco_desk.store.models import PhoneMemo
from arco_desk.store.retry import retry_conflicts

log = logging.getLogger(__name__)


class MemoEscalation(MemoParts):
    """The unread-escalation setting and the background step that applies it."""

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

    @retry_conflicts
    def escalate_due(self, now: datetime | None = None, *, actor: Actor) -> list[int]:
        """Escalate every memo still unread ``memo_escalation_minutes`` working minutes
        after it was forwarded: flagged for the desk and sent to the recipient's
        stand-in as well. Returns the ids escalated (usually none). ``actor`` is the
        background job (the history names no person)."""
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
        with self.uow.write(actor) as session:
            # Each memo locked (in id order) and looked at again: the holder may have read
            # it, another PC escalated it or passed it on (a new wait) meanwhile; what they
            # did stays (docs/architecture.md §9).
            for memo_id in due:
                memo = session.get(PhoneMemo, memo_id, with_for_update=True)
                if (memo is None or memo.read_at is not None or memo.escalated_at is not None
                        or memo.status not in (MemoStatus.NEW.value,
                                               MemoStatus.DELIVERED.value)
                        or memo.forwarded_at is None
                        or escalation_moment(cal, memo.forwarded_at, minutes) > moment):
                    continue
                stand_in_id = stand_in_of(session, memo.target_staff_id)
                memo.status = MemoStatus.ESCALATED.value
                memo.escalated_at = moment
                memo.escalated_to_id = stand_in_id
                memo.updated_at = moment
                add_event(session, memo_id, MemoEventKind.ESCALATED, moment, None, stand_in_id,
                          unread_detail(minutes))
                publish(session, ChangeKind.MEMO_ESCALATED, memo_id, staff_id=stand_in_id,
                        department_id=memo.target_department_id)
                escalated.append(memo_id)
        return escalated
