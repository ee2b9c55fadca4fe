"""Reading complaints: the lists with their filters and search, one complaint with its
history and attachments, the overdue counts and the countdown badge."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from enum import Enum
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

from arco_desk.domain.calendar_business import BusinessCalendar
from arco_desk.domain.clock import SEOUL
from arco_desk.domain.complaint_deadline import Badge, badge, deadline_rule
from arco_desk.domain.complaints import (
    OPEN_STATUSES,
    Channel,
    ComplaintStatus,
    EventKind,
    allowed_actions,
)
from arco_desk.domain.dates import check_moment
from arco_desk.domain.deadlines import Period
from arco_desk.domain.errors import NotFound
from arco_desk.domain.phone import digits_only, mask_name
from arco_desk.domain.roles import Within
from arco_desk.domain.standard import ServiceStandard
from arco_desk.domain.text import narrow_search, tidy
from arco_desk.services.complaint_base import (
    GONE,
    ComplaintParts,
    load_complaint,
    start_of_next_day,
)
from arco_desk.services.complaint_records import (
    AttachmentRecord,
    ComplaintCounts,
    ComplaintDetail,
    ComplaintFilter,
    ComplaintRow,
    EventRecord,
    ListScope,
    Urgency,
)
from arco_desk.services.directory import like_pattern
from arco_desk.services.korean_records import KIND_NOT_IN_STANDARD
from arco_desk.services.reach import complaints_within, refuse_out_of_reach
from arco_desk.services.search import (
    FTS_MIN_CHARS,
    MOST_ROWS,
    Found,
    fts_newest,
    fts_query,
    is_number_word,
    unindexed,
    walk_beats_like,
)
from arco_desk.store.models import (
    Complaint,
    ComplaintAttachment,
    ComplaintEvent,
    Department,
    Staff,
    complaint_deadline,
)
from arco_desk.store.pg_search import (
    complaints_matching,
    complaints_newest,
    contains,
    has_complaint_search,
    has_search_in_order,
)

log = logging.getLogger(__name__)

# SQLite's trigram index (migrations 0005, 0012) finds substrings of 3 characters or more.
_FTS: Final = table("complaint_fts", column("rowid"))
_TEXT_COLUMNS: Final = ("title", "content", "citizen_name")
_HOUR: Final = timedelta(hours=1)


class _Way(Enum):
    """How a search word's complaints are read (:meth:`ComplaintQueries._matches`)."""

    FEW = "few"  # the trigram index's few ids, gathered and sorted
    WALK = "walk"  # the index's ids as a set, the list's order index walked against it
    LIKE = "like"  # LIKE (ILIKE) on the list's own query, read in its order


class ComplaintQueries(ComplaintParts):
    """Lists, search, one complaint in full, counts and badges (read-only)."""

    def badge(self, row: ComplaintRow, now: datetime | None = None,
              cal: BusinessCalendar | None = None) -> Badge:
        """The row's badge at ``now`` (default: the clock); a moment outside the range of
        :mod:`~arco_desk.domain.dates` is refused (counting to it would take years)."""
        moment = self.clock() if now is None else check_moment(
            "now", now, self.clock().astimezone(SEOUL).date())
        return badge(cal or self.calendar.business_calendar(), row.status, row.deadline,
                     row.period, moment, row.paused_at, row.answered_at)

    def list_ids(self, wanted: ComplaintFilter = ComplaintFilter(),  # noqa: B008
                 within: Within | None = None, *, limit: int | None = MOST_ROWS) -> Found:
        """Ids matching ``wanted``, sorted by the deadline in force (closed ones: newest first).

        Search words match title, content and citizen name (Korean substrings, in the
        database), a word of digits the citizen's number too; every word must match.
        ``narrowed`` when the text was cut to the search limits. At most ``limit`` ids,
        the first in the list's order (``more`` when there were more; None: all, for an
        export): a wide scope reads its first rows from an index, not the table (§17).
        """
        search = narrow_search(wanted.text)
        newest_first = wanted.scope in (ListScope.CLOSED, ListScope.ALL)
        if (search.words and newest_first and limit is not None and within is None
                and wanted.urgency is None and not tidy(wanted.kind_code)
                and wanted.channel is None and wanted.department_id is None
                and wanted.assignee_id is None and has_search_in_order(self.uow.engine)):
            return Found(self._newest_in_order(search.words, wanted.scope, limit),
                         narrowed=search.narrowed, limit=limit)
        with self.uow.read() as session:
            matches: list[ColumnElement[bool]] = []
            ways: set[_Way] = set()
            for word in search.words:
                match, way = self._matches(session, word, walk=newest_first)
                matches.append(match)
                ways.add(way)
            few = _Way.FEW in ways
            walk = not few and _Way.WALK in ways
            stmt = select(Complaint.id).where(*self._where(wanted, walk=walk), *matches)
            if within is not None:  # the person's own or department's (services/gate.py)
                stmt = stmt.where(complaints_within(within))
            received = unindexed(Complaint.received_at) if few else Complaint.received_at
            if newest_first:
                stmt = stmt.order_by(received.desc(), Complaint.id.desc())
            else:
                stmt = stmt.order_by(complaint_deadline, Complaint.id)
            if limit is not None:
                stmt = stmt.limit(limit + 1)
            return Found(session.scalars(stmt), narrowed=search.narrowed, limit=limit)

    def _newest_in_order(self, words: Sequence[str], scope: ListScope, limit: int
                         ) -> list[int]:
        """The "all" or "closed" list searched through a person's login on PostgreSQL:
        read newest first by the owner's plan, only as far as the list shows
        (``store/pg_search.complaints_newest``, revision 0014)."""
        patterns = [like_pattern(word) for word in words]
        digits = [like_pattern(digits_only(word)) if is_number_word(word) else ""
                  for word in words]
        status = ComplaintStatus.CLOSED.value if scope is ListScope.CLOSED else None
        with self.uow.read() as session:
            return list(session.scalars(complaints_newest(
                Complaint.id, patterns, digits, status, limit + 1)))

    def rows(self, ids: Sequence[int], unmasked: Within | None = None,
             within: Within | None = None) -> list[ComplaintRow]:
        """The rows for ``ids`` in that order (a table model's page), of those ``within``
        the person's reach of viewing (others are left out). The citizen's name is masked
        on the rows outside ``unmasked``, the reach at which the person handles
        complaints (both set by services/gate.py; None: the whole agency's);
        :meth:`get` shows it in full."""
        if not ids:
            return []
        wanted = list(ids)
        standard = self.standard_or_none()
        with self.uow.read() as session:
            where = Complaint.id.in_(wanted)
            found = _rows(session, standard, where if within is None
                          else and_(where, complaints_within(within)))
            if unmasked is not None:
                handled = set(session.scalars(select(Complaint.id).where(
                    Complaint.id.in_(wanted), complaints_within(unmasked))))
                found = [r if r.id in handled else _masked(r) for r in found]
        by_id = {r.id: r for r in found}
        return [by_id[i] for i in wanted if i in by_id]

    def get(self, complaint_id: int, within: Within | None = None) -> ComplaintDetail:
        """The complaint with its whole history and attachments; out of ``within`` (the
        person's reach, set by services/gate.py) it is refused."""
        standard = self.standard_or_none()
        cal = self.calendar.business_calendar()
        with self.uow.read() as session:
            refuse_out_of_reach(session, Complaint, complaint_id, within)
            found = _rows(session, standard, Complaint.id == complaint_id)
            if not found:
                raise NotFound(GONE)
            row = found[0]
            complaint = load_complaint(session, complaint_id, lock=False)
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
                rule=deadline_rule(row.period, original_due),
                delay_notices=notices, allowed=allowed_actions(row.status, row.paused),
                events=events, attachments=attachments,
                period_basis=complaint.period_basis,
            )

    def counts(self, within: Within | None = None) -> ComplaintCounts:
        """Open complaints (clock running) overdue now and due later today, of those
        ``within`` the person's reach (services/gate.py)."""
        now = self.clock()
        tomorrow = start_of_next_day(now)
        stmt = select(
            func.count(case((complaint_deadline <= now, 1))),
            func.count(case((complaint_deadline > now, 1))),
        ).where(Complaint.status.in_(OPEN_STATUSES), Complaint.paused_at.is_(None),
                complaint_deadline < tomorrow)
        if within is not None:
            stmt = stmt.where(complaints_within(within))
        with self.uow.read() as session:
            overdue, today = session.execute(stmt).one()
        return ComplaintCounts(int(overdue or 0), int(today or 0))

    def attachment_path(self, attachment: AttachmentRecord) -> Path:
        """Where the copy of an attachment lives in the data folder."""
        return self.attachments_dir / attachment.stored_path

    def _where(self, wanted: ComplaintFilter, *, walk: bool = False
               ) -> list[ColumnElement[bool]]:
        """The filter's conditions; with ``walk`` the closed ones' status is not read from
        an index, so that the newest-first index is walked (see :meth:`_matches`)."""
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
            status = unindexed(Complaint.status) if walk else Complaint.status
            where.append(status == ComplaintStatus.CLOSED.value)
        if wanted.urgency is not None:
            where.extend(self._urgency(wanted.urgency))
        kind_code = tidy(wanted.kind_code)  # a code as typed: no control character
        if kind_code:
            where.append(Complaint.kind_code == kind_code)
        if wanted.channel is not None:
            where.append(Complaint.channel == wanted.channel.value)
        if wanted.department_id is not None:
            where.append(Complaint.department_id == wanted.department_id)
        if wanted.assignee_id is not None:
            where.append(Complaint.assignee_id == wanted.assignee_id)
        return where

    def _matches(self, session: Session, word: str, *, walk: bool = False
                 ) -> tuple[ColumnElement[bool], _Way]:
        """``word`` anywhere in title, content or citizen name, and for a word of digits
        in the citizen's number too; and how the list is read for it (§17).

        On SQLite, a word long enough for the trigram index and found there in fewer
        than ``FTS_FREQUENT`` complaints is taken from it, gathered and sorted (FEW). A word
        found more often is, for a newest-first list (``walk``) and when
        :func:`~arco_desk.services.search.walk_beats_like` says so (a word in a few
        percent of the complaints), also taken from the index, but as a set the list's
        order index is walked against (``+complaint.id IN (…)``: tested, not looked up;
        WALK), which reads no complaint until the list is full. Any other word is
        matched by LIKE on the list's own query, which stops once the list is full.
        PostgreSQL: ILIKE (LIKE for a word without cased letters), served by pg_trgm or
        read in the list's order; with per-person logins through ``store/pg_search.py``,
        which keeps the trigram indexes in use under row-level security (the number's
        LIKE runs under the policies there)."""
        digits = digits_only(word) if is_number_word(word) else ""
        if len(word) >= FTS_MIN_CHARS and self._has_fts():
            query = fts_query(_TEXT_COLUMNS, word)
            if digits:
                query += " OR " + fts_query(("citizen_phone_digits",), digits)
            frequent, found, lowest = fts_newest(session, _FTS.name, query)
            in_index = select(_FTS.c.rowid).where(
                literal_column(_FTS.name).op("MATCH")(query))
            if not frequent:
                return Complaint.id.in_(in_index), _Way.FEW
            newest = int(session.scalar(select(func.max(Complaint.id))) or 0)
            if walk and walk_beats_like(found, lowest, newest):
                return unindexed(Complaint.id).in_(in_index), _Way.WALK
        pattern = like_pattern(word)
        number = (Complaint.citizen_phone_digits.like(like_pattern(digits), escape="\\")
                  if digits else false())
        if self._has_pg_search():  # the trigram indexes, under row-level security too
            return or_(Complaint.id.in_(complaints_matching(pattern)), number), _Way.LIKE
        # SQLite's LIKE ignores ASCII case already; its ILIKE would lower() every content.
        sqlite = self.uow.engine.dialect.name == "sqlite"
        return or_(*(
            (column.like(pattern, escape="\\") if sqlite else contains(column, word, pattern))
            for column in (Complaint.title, Complaint.citizen_name, Complaint.content)),
            number), _Way.LIKE

    def _has_pg_search(self) -> bool:
        # Per engine (store/pg_search.py): the owner's connection does not need it, and
        # connect_as puts a person's login in its place.
        return has_complaint_search(self.uow.engine)

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
            where.extend((complaint_deadline > now, complaint_deadline < start_of_next_day(now)))
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


def _rows(session: Session, standard: ServiceStandard | None,
          *where: ColumnElement[bool]) -> list[ComplaintRow]:
    stmt = (
        select(Complaint.id, Complaint.received_at, Complaint.channel, Complaint.kind_code,
               Complaint.citizen_name, Complaint.title, Complaint.status,
               Complaint.assignee_id, Staff.name, Complaint.department_id, Department.name,
               Complaint.period, Complaint.due_at, Complaint.promised_at, Complaint.paused_at,
               Complaint.answered_at, Complaint.closed_at, Complaint.version)
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
            kind_name_ko=kind.name_ko if kind else KIND_NOT_IN_STANDARD.format(code=r.kind_code),
            kind_name_en=kind.name_en if kind else f"{r.kind_code} (not in the standard)",
            citizen_name=r.citizen_name, title=r.title, status=_status(r.status),
            assignee_id=r.assignee_id, assignee_name=r[8] or "",
            department_id=r.department_id, department_name=r[10] or "", period=period,
            due_at=r.due_at, promised_at=r.promised_at, paused_at=r.paused_at,
            answered_at=r.answered_at, closed_at=r.closed_at, version=r.version,
        ))
    return rows


def _masked(row: ComplaintRow) -> ComplaintRow:
    """The row as a list shows it to somebody who does not handle the complaint: 홍*동."""
    return replace(row, citizen_name=mask_name(row.citizen_name), masked=True)


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
