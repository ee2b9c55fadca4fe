"""Calendar overrides: agency closures, late temporary holidays, extra working days.

The stored overrides feed the :class:`BusinessCalendar` every deadline is
computed with. A change never moves the deadline of an open item silently:
:meth:`CalendarService.preview_change` lists the items whose deadline would
change (old and new) and :meth:`CalendarService.apply_change` saves the
override change together with the moves the admin accepted, in one transaction.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session

from arco_desk.domain.actor import Actor
from arco_desk.domain.calendar_business import BusinessCalendar
from arco_desk.domain.calendar_overrides import (
    COMPLAINT_DONE_STATUSES,
    MEMO_DONE_STATUSES,
    CalendarOverrideRecord,
    DeadlineChange,
    DeadlineItemType,
    OverrideDraft,
    OverrideKind,
    calendar_from,
    validate_override,
)
from arco_desk.domain.change_feed import ChangeKind
from arco_desk.domain.clock import SEOUL, Clock
from arco_desk.domain.clock import now as system_now
from arco_desk.domain.deadlines import Period
from arco_desk.domain.errors import NotFound
from arco_desk.domain.messages import msg
from arco_desk.domain.standard import ServiceStandard, load_standard
from arco_desk.services.audit import record_audit
from arco_desk.services.korean_records import override_text
from arco_desk.services.service_standard import ServiceStandardService
from arco_desk.store.change_feed import publish
from arco_desk.store.models import (
    CalendarOverride,
    Complaint,
    ComplaintEvent,
    OutboundVisit,
    PhoneMemo,
)
from arco_desk.store.retry import retry_conflicts
from arco_desk.store.unit_of_work import UnitOfWork

__all__ = [
    "AppliedChange",
    "CalendarOverrideRecord",
    "CalendarService",
    "DeadlineChange",
    "DeadlineItemType",
    "OverrideDraft",
    "OverrideKind",
]

log = logging.getLogger(__name__)

PAUSE_EVENT = "pause"

Adds = OverrideDraft | Iterable[OverrideDraft] | None
Removes = int | Iterable[int] | None


@dataclass(frozen=True, slots=True)
class AppliedChange:
    """What :meth:`CalendarService.apply_change` did."""

    added: list[CalendarOverrideRecord] = field(default_factory=list)
    removed: list[CalendarOverrideRecord] = field(default_factory=list)
    moved: list[DeadlineChange] = field(default_factory=list)
    kept: list[DeadlineChange] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Proposal:
    current: list[CalendarOverrideRecord]
    current_calendar: BusinessCalendar
    removed: list[CalendarOverrideRecord]
    added: list[OverrideDraft]
    proposed_calendar: BusinessCalendar


class CalendarService:
    def __init__(
        self,
        uow: UnitOfWork,
        clock: Clock = system_now,
        standard: ServiceStandard | None = None,
        standards: ServiceStandardService | None = None,
    ) -> None:
        self.uow = uow
        self.clock = clock
        self._standard = standard
        # The versions in the shared database (container.py wires them); without them
        # (a test's own standard) the one given, else the shipped file.
        self.standards = standards
        self._lock = threading.Lock()
        self._cached: tuple[tuple[CalendarOverrideRecord, ...], BusinessCalendar] | None = None

    @property
    def standard(self) -> ServiceStandard:
        """The service standard in force now: the one given, else the database's version
        in force, else the shipped file (loaded once, on first use)."""
        if self._standard is None and self.standards is not None:
            return self.standards.current()
        if self._standard is None:
            self._standard = load_standard()
        return self._standard

    def standard_at(self, at: datetime) -> ServiceStandard:
        """The service standard in force for something received at ``at``."""
        if self._standard is None and self.standards is not None:
            return self.standards.in_force(at)
        return self.standard

    # --- reading -------------------------------------------------------------------------

    def overrides(self) -> list[CalendarOverrideRecord]:
        """Every stored override, by day."""
        with self.uow.read() as session:
            return _load_overrides(session)

    def business_calendar(self) -> BusinessCalendar:
        """The working-time calendar with the stored overrides (cached until they change)."""
        with self._lock:
            cached = self._cached
        if cached is not None:
            return cached[1]
        return self._calendar_for(self.overrides())

    def invalidate(self) -> None:
        """Forget the cached calendar (e.g. when another PC changed the overrides)."""
        with self._lock:
            self._cached = None

    # --- single changes (no deadline is moved) -------------------------------------------

    @retry_conflicts
    def add_override(
        self, day: date, kind: OverrideKind | str, reason: str = "", *, actor: Actor
    ) -> CalendarOverrideRecord:
        """Store one override. Open items keep their stored deadlines; use
        :meth:`preview_change` / :meth:`apply_change` to move them."""
        return self._apply(_as_drafts(OverrideDraft(day, kind, reason)), [], set(),
                           actor).added[0]

    @retry_conflicts
    def remove_override(self, override_id: int, *, actor: Actor) -> None:
        """Delete one override. Open items keep their stored deadlines."""
        self._apply([], [override_id], set(), actor)

    # --- changes that may move deadlines --------------------------------------------------

    def preview_change(self, add: Adds = None, remove: Removes = None) -> list[DeadlineChange]:
        """The open items whose deadline the change would move, old (stored) and new.

        An item is listed when the change moves its computed deadline and its
        stored deadline differs from the new one. Raises ValidationError (fields
        ``day``, ``kind``, ``reason``) for a bad override and NotFound when an
        override to remove is gone.
        """
        drafts, ids = _as_drafts(add), _as_ids(remove)
        with self.uow.read() as session:
            proposal = self._propose(session, drafts, ids)
            return self._changes(session, proposal)

    @retry_conflicts
    def apply_change(
        self,
        add: Adds = None,
        remove: Removes = None,
        accept_ids: Iterable[tuple[str, int]] = (),
        *,
        actor: Actor,
    ) -> AppliedChange:
        """Save the override change and move the deadlines of exactly the accepted items.

        ``accept_ids`` holds ``(item type, id)`` pairs (:attr:`DeadlineChange.key`).
        The moves are worked out again inside the transaction; an accepted item
        whose deadline no longer changes (answered meanwhile, say) is left alone.
        Every other listed item keeps its stored deadline. All of it, with the
        audit rows, commits together or not at all.
        """
        accepted = {(str(kind), int(item_id)) for kind, item_id in accept_ids}
        return self._apply(_as_drafts(add), _as_ids(remove), accepted, actor)

    # --- internals ----------------------------------------------------------------------

    def _apply(self, drafts: Sequence[OverrideDraft], ids: Sequence[int],
               accepted: set[tuple[str, int]], actor: Actor) -> AppliedChange:
        """One calendar change in one transaction (the retried use cases call this, so a
        conflict reruns it once per attempt, not attempts × attempts)."""
        try:
            with self.uow.write(actor) as session:
                # Two PCs changing the calendar at once (docs/architecture.md §9): the
                # overrides to remove are locked first, so the second removal finds them
                # gone; a day added by both trips the unique day, and the loser's rerun
                # sees the winner's entry and says so (``calendar.day_taken``).
                _lock_overrides(session, ids)
                proposal = self._propose(session, drafts, ids)
                changes = self._changes(session, proposal)
                return self._write(session, proposal, changes, accepted, actor)
        finally:
            self.invalidate()

    def _calendar_for(self, records: Sequence[CalendarOverrideRecord]) -> BusinessCalendar:
        key = tuple(records)
        with self._lock:
            cached = self._cached
            if cached is not None and cached[0] == key:
                return cached[1]
        cal = calendar_from(key)
        with self._lock:
            self._cached = (key, cal)
        return cal

    def _propose(
        self, session: Session, drafts: Sequence[OverrideDraft], remove_ids: Sequence[int]
    ) -> _Proposal:
        current = _load_overrides(session)
        by_id = {record.id: record for record in current}
        removed: list[CalendarOverrideRecord] = []
        for override_id in dict.fromkeys(remove_ids):
            record = by_id.get(override_id)
            if record is None:
                raise NotFound(msg("calendar.override_gone"))
            removed.append(record)
        removed_ids = {r.id for r in removed}
        remaining: dict[date, CalendarOverrideRecord | OverrideDraft] = {
            r.day: r for r in current if r.id not in removed_ids
        }
        current_calendar = self._calendar_for(current)
        proposed_calendar = calendar_from(remaining.values()) if removed else current_calendar
        added: list[OverrideDraft] = []
        for draft in drafts:
            clean = validate_override(draft, remaining, proposed_calendar,
                                      today=self.clock().astimezone(SEOUL).date())
            added.append(clean)
            remaining[clean.day] = clean
            proposed_calendar = calendar_from(remaining.values())
        return _Proposal(current, current_calendar, removed, added, proposed_calendar)

    def _changes(self, session: Session, proposal: _Proposal) -> list[DeadlineChange]:
        if not proposal.added and not proposal.removed:
            return []
        old_cal, new_cal = proposal.current_calendar, proposal.proposed_calendar
        changes: list[DeadlineChange] = []

        def consider(
            item_type: DeadlineItemType, item_id: int, label: str, stored: datetime,
            compute: Callable[[BusinessCalendar], datetime],
        ) -> None:
            try:
                old, new = compute(old_cal), compute(new_cal)
            except ValueError as error:  # a stored period or pause the engine refuses
                log.warning("no deadline for %s %s: %s", item_type, item_id, error)
                return
            if old != new and stored != new:
                changes.append(DeadlineChange(item_type, item_id, label, stored, new))

        now = self.clock()
        pauses = _open_complaint_pauses(session, now)
        for row in session.execute(_OPEN_COMPLAINTS):
            period = _parse_period(row.period, row.id)
            if period is None:
                continue
            consider(
                DeadlineItemType.COMPLAINT, row.id, _complaint_label(row.citizen_name, row.title),
                row.due_at,
                partial(_complaint_due, received_at=row.received_at, period=period,
                        pauses=pauses.get(row.id, [])),
            )
        callback = self.standard.phone_callback
        for memo in session.execute(_OPEN_MEMOS):
            if memo.callback_due_at is None:  # no callback promised: nothing to move
                continue
            consider(
                DeadlineItemType.PHONE_MEMO, memo.id,
                _memo_label(memo.caller_name, memo.caller_org), memo.callback_due_at,
                partial(_memo_due, called_at=memo.called_at, period=callback),
            )
        standard = self.standard
        for visit in session.execute(_OPEN_OUTBOUND_VISITS):
            consider(
                DeadlineItemType.OUTBOUND_VISIT, visit.id,
                _visit_label(visit.customer_name, visit.customer_org), visit.call_due_at,
                partial(_visit_due, standard=standard, visit_date=visit.visit_date),
            )
        changes.sort(key=lambda c: (c.old_due, c.item_type.value, c.item_id))
        return changes

    def _write(
        self,
        session: Session,
        proposal: _Proposal,
        changes: list[DeadlineChange],
        accepted: set[tuple[str, int]],
        actor: Actor,
    ) -> AppliedChange:
        removed_ids = [r.id for r in proposal.removed]
        for override in session.scalars(
            select(CalendarOverride).where(CalendarOverride.id.in_(removed_ids))
        ):
            session.delete(override)
        for record in proposal.removed:
            publish(session, ChangeKind.CALENDAR_CHANGED, record.id)
            record_audit(session, actor, "calendar.remove", "calendar_override", record.id,
                         _describe(record))
        if removed_ids:
            session.flush()  # a day removed and added again in one change stays unique
        added: list[CalendarOverrideRecord] = []
        for draft in proposal.added:
            row = CalendarOverride(day=draft.day, kind=str(OverrideKind(draft.kind)),
                                   reason=draft.reason)
            session.add(row)
            session.flush()
            record = CalendarOverrideRecord(row.id, row.day, OverrideKind(row.kind), row.reason)
            added.append(record)
            publish(session, ChangeKind.CALENDAR_CHANGED, row.id)
            record_audit(session, actor, "calendar.add", "calendar_override", row.id,
                         _describe(record))
        moved: list[DeadlineChange] = []
        kept: list[DeadlineChange] = []
        why = "; ".join(
            [f"+{_describe(r)}" for r in added] + [f"-{_describe(r)}" for r in proposal.removed]
        )
        for change in changes:
            detail = (f"{change.old_due:%Y-%m-%d %H:%M} → {change.new_due:%Y-%m-%d %H:%M} "
                      f"({why})")
            if change.key in accepted:
                _set_due(session, change)
                publish(session, _MOVED[change.item_type], change.item_id)
                moved.append(change)
                record_audit(session, actor, "deadline.move_by_calendar",
                             change.item_type.value, change.item_id, detail)
            else:
                kept.append(change)
                record_audit(session, actor, "deadline.keep_on_calendar_change",
                             change.item_type.value, change.item_id, detail)
        return AppliedChange(added, list(proposal.removed), moved, kept)


# --- helpers -------------------------------------------------------------------------------


def _complaint_due(
    cal: BusinessCalendar,
    received_at: datetime,
    period: Period,
    pauses: Sequence[tuple[datetime, datetime]],
) -> datetime:
    return cal.due(received_at, period, pauses)


def _memo_due(cal: BusinessCalendar, called_at: datetime, period: Period) -> datetime:
    return cal.due(called_at, period)


def _visit_due(cal: BusinessCalendar, standard: ServiceStandard, visit_date: date) -> datetime:
    return standard.visit_call_due(cal, visit_date)


_OPEN_COMPLAINT_WHERE = (
    Complaint.status.not_in(COMPLAINT_DONE_STATUSES),
    # A delay notice promised the citizen a date; a calendar change does not move it.
    Complaint.promised_at.is_(None),
    Complaint.answered_at.is_(None),
    Complaint.closed_at.is_(None),
)
_OPEN_COMPLAINTS = (
    select(Complaint.id, Complaint.citizen_name, Complaint.title, Complaint.received_at,
           Complaint.period, Complaint.due_at)
    .where(*_OPEN_COMPLAINT_WHERE)
    .order_by(Complaint.id)
)
_OPEN_MEMOS = (
    select(PhoneMemo.id, PhoneMemo.caller_name, PhoneMemo.caller_org, PhoneMemo.called_at,
           PhoneMemo.callback_due_at)
    .where(PhoneMemo.status.not_in(MEMO_DONE_STATUSES), PhoneMemo.done_at.is_(None),
           PhoneMemo.callback_due_at.is_not(None))
    .order_by(PhoneMemo.id)
)
_OPEN_OUTBOUND_VISITS = (
    select(OutboundVisit.id, OutboundVisit.customer_name, OutboundVisit.customer_org,
           OutboundVisit.visit_date, OutboundVisit.call_due_at)
    .where(OutboundVisit.called_at.is_(None))
    .order_by(OutboundVisit.id)
)


def _open_complaint_pauses(
    session: Session, now: datetime
) -> dict[int, list[tuple[datetime, datetime]]]:
    """Pauses (보완 요구) of open complaints; a pause still running counts up to ``now``."""
    stmt = (
        select(ComplaintEvent.complaint_id, ComplaintEvent.at, ComplaintEvent.ends_at)
        .join(Complaint, Complaint.id == ComplaintEvent.complaint_id)
        .where(ComplaintEvent.kind == PAUSE_EVENT, *_OPEN_COMPLAINT_WHERE)
    )
    pauses: dict[int, list[tuple[datetime, datetime]]] = {}
    for complaint_id, start, end in session.execute(stmt):
        pauses.setdefault(complaint_id, []).append((start, end or max(start, now)))
    return pauses


def _parse_period(text: str, complaint_id: int) -> Period | None:
    try:
        return Period.parse(text)
    except ValueError as error:
        log.warning("complaint %s has no valid period: %s", complaint_id, error)
        return None


_MOVED = {DeadlineItemType.COMPLAINT: ChangeKind.COMPLAINT_CHANGED,
          DeadlineItemType.PHONE_MEMO: ChangeKind.MEMO_CHANGED,
          DeadlineItemType.OUTBOUND_VISIT: ChangeKind.OUTBOUND_VISIT_CHANGED}


def _set_due(session: Session, change: DeadlineChange) -> None:
    if change.item_type is DeadlineItemType.COMPLAINT:
        complaint = session.get(Complaint, change.item_id)
        if complaint is not None:
            complaint.due_at = change.new_due
    elif change.item_type is DeadlineItemType.PHONE_MEMO:
        memo = session.get(PhoneMemo, change.item_id)
        if memo is not None:
            memo.callback_due_at = change.new_due
    else:
        visit = session.get(OutboundVisit, change.item_id)
        if visit is not None:
            visit.call_due_at = change.new_due


def _lock_overrides(session: Session, ids: Sequence[int]) -> None:
    if ids:
        session.execute(select(CalendarOverride.id)
                        .where(CalendarOverride.id.in_(sorted(set(ids))))
                        .order_by(CalendarOverride.id).with_for_update())


def _load_overrides(session: Session) -> list[CalendarOverrideRecord]:
    stmt = select(CalendarOverride).order_by(CalendarOverride.day)
    return [
        CalendarOverrideRecord(row.id, row.day, OverrideKind(row.kind), row.reason)
        for row in session.scalars(stmt)
    ]


def _as_drafts(add: Adds) -> list[OverrideDraft]:
    if add is None:
        return []
    if isinstance(add, OverrideDraft):
        return [add]
    return list(add)


def _as_ids(remove: Removes) -> list[int]:
    if remove is None:
        return []
    if isinstance(remove, int):
        return [remove]
    return [int(i) for i in remove]


def _describe(record: CalendarOverrideRecord) -> str:
    return override_text(record.day.isoformat(), record.kind, record.reason)


def _complaint_label(citizen: str, title: str) -> str:
    return f"{citizen} · {title}" if title else citizen


def _memo_label(caller: str, org: str) -> str:
    if caller and org:
        return f"{caller} ({org})"
    return caller or org  # the dialog names a call with neither


def _visit_label(customer: str, org: str) -> str:
    return f"{customer} ({org})" if org else customer
