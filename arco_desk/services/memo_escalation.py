"""Unread phone memos escalate: after the agreed working minutes unread, a memo is
flagged for the desk and sent to the recipient's stand-in as well."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session, aliased

from arco_desk.domain.actor import Actor
from arco_desk.domain.change_feed import ChangeKind
from arco_desk.domain.memos import MemoEventKind, MemoStatus, escalation_moment
from arco_desk.services.korean_records import unread_detail
from arco_desk.services.memo_rows import MemoParts
from arco_desk.services.settings import DEFAULTS
from arco_desk.store.change_feed import publish_many
from arco_desk.store.models import PhoneMemo, PhoneMemoEvent, Staff
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
        background job (the history names no person).

        A backlog costs a handful of statements, not a few per memo
        (docs/architecture.md §19): one read of the waiting memos' forwarding moments,
        then one write — the due memos locked in id order, one UPDATE that finds each
        stand-in and says which memos it changed, one insert of their history lines and
        one of their change records.
        """
        moment = now or self.clock()
        minutes = self.escalation_minutes()
        # Working minutes are never fewer than clock minutes: a cheap first cut.
        cutoff = moment - timedelta(minutes=minutes)
        cal = self.calendar.business_calendar()
        with self.uow.read() as session:
            forwarded = [at for at in session.scalars(
                select(PhoneMemo.forwarded_at).distinct()
                .where(*_UNREAD, PhoneMemo.forwarded_at <= cutoff)
                .order_by(PhoneMemo.forwarded_at)) if at is not None]
        latest = last_due(forwarded, lambda at: escalation_moment(cal, at, minutes) <= moment)
        if latest is None:
            return []
        with self.uow.write(actor) as session:
            return escalate_unread(session, latest, moment, unread_detail(minutes),
                                   actor.name)


# Still waiting to be read by its holder, and not escalated yet.
_UNREAD = (PhoneMemo.status.in_((MemoStatus.NEW.value, MemoStatus.DELIVERED.value)),
           PhoneMemo.read_at.is_(None), PhoneMemo.escalated_at.is_(None),
           PhoneMemo.forwarded_at.is_not(None))


def last_due(moments: list[datetime], due: Callable[[datetime], bool]) -> datetime | None:
    """The latest of ``moments`` (sorted) that is due, or None.

    The escalation moment never comes earlier for a later forwarding (working time
    added to a later start ends no earlier), so the due moments are a prefix of the
    sorted list: a binary search asks the calendar a few times, not once a memo.
    """
    low, high = 0, len(moments)  # moments[:low] are due, moments[high:] are not
    while low < high:
        middle = (low + high) // 2
        if due(moments[middle]):
            low = middle + 1
        else:
            high = middle
    return moments[low - 1] if low else None


def escalate_unread(session: Session, latest: datetime, moment: datetime, detail: str,
                    by: str) -> list[int]:
    """Escalate, in ``session``, every memo still unread that was forwarded at or before
    ``latest``; returns their ids.

    The conditions are looked at again under the locks: a memo its holder read, another
    PC escalated or someone passed on (a new wait) meanwhile is left as they left it
    (docs/architecture.md §9). On PostgreSQL the memos are locked first, in id order,
    as every writer locks memos; a PC that waited for them re-reads each row and drops
    the ones no longer unread. On SQLite the write transaction (IMMEDIATE) excludes
    every other writer already.
    """
    due = (*_UNREAD, PhoneMemo.forwarded_at <= latest)
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(PhoneMemo.id).where(*due).order_by(PhoneMemo.id)
                        .with_for_update())
    holder, stand_in = aliased(Staff), aliased(Staff)
    stand_in_of_holder = (
        select(stand_in.id).join(holder, holder.stand_in_id == stand_in.id)
        .where(holder.id == PhoneMemo.target_staff_id, stand_in.id != holder.id,
               stand_in.active)
        .scalar_subquery())
    changed: list[tuple[int, int | None, int | None]] = sorted(
        (memo_id, to_id, department_id) for memo_id, to_id, department_id in session.execute(
        update(PhoneMemo).where(*due)
        .values(status=MemoStatus.ESCALATED.value, escalated_at=moment,
                escalated_to_id=stand_in_of_holder, updated_at=moment,
                version=PhoneMemo.version + 1, updated_by=by[:80])
        .returning(PhoneMemo.id, PhoneMemo.escalated_to_id, PhoneMemo.target_department_id)
        .execution_options(synchronize_session=False)))
    if not changed:
        return []
    session.execute(insert(cast(Table, PhoneMemoEvent.__table__)), [
        {"memo_id": memo_id, "kind": MemoEventKind.ESCALATED.value, "at": moment,
         "actor_id": None, "to_staff_id": to_id, "detail": detail}
        for memo_id, to_id, _ in changed])
    publish_many(session, ChangeKind.MEMO_ESCALATED,
                 [(memo_id, to_id, department_id) for memo_id, to_id, department_id in changed])
    return [memo_id for memo_id, _, _ in changed]
