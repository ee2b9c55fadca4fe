"""Reading phone memos: the operator's list and search, 내 메모 (the inbox), the
caller's earlier memos and the callback countdown."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time
from typing import Final

from sqlalchemy import (
    ColumnElement,
    Select,
    case,
    column,
    func,
    inspect,
    literal_column,
    or_,
    select,
    table,
)
from sqlalchemy.orm import Session

from arco_desk.domain.clock import SEOUL
from arco_desk.domain.dates import check_moment
from arco_desk.domain.deadlines import Countdown, countdown
from arco_desk.domain.memos import (
    OPEN_STATUSES,
    UNREAD_STATUSES,
    MemoFilter,
    MemoRow,
    MemoStatus,
    phone_digits,
)
from arco_desk.domain.phone import PhoneNumberInvalid, digits_only, parse_phone
from arco_desk.domain.roles import Within
from arco_desk.domain.text import narrow_search, tidy
from arco_desk.services.directory import like_pattern
from arco_desk.services.memo_rows import MemoParts, addressed_to
from arco_desk.services.reach import memos_within
from arco_desk.services.search import (
    FTS_MIN_CHARS,
    MOST_ROWS,
    Found,
    at_most,
    fts_is_frequent,
    fts_query,
    is_number_word,
    unindexed,
)
from arco_desk.store.models import PhoneMemo, Staff
from arco_desk.store.pg_search import contains, has_search_in_order, memos_first

HISTORY_LIMIT = 10
_FTS: Final = table("phone_memo_fts", column("rowid"))
_TEXT_COLUMNS: Final = ("caller_name", "caller_org", "message")
# IN, not "!= done": the open ones are read from the status and deadline index.
_NOT_DONE: Final = tuple(s.value for s in MemoStatus if s.is_open)


class MemoQueries(MemoParts):
    """Lists, search, the inbox, caller history and the callback badge (read-only)."""

    def search_ids(self, memo_filter: MemoFilter | None = None,
                   within: Within | None = None, *,
                   limit: int | None = MOST_ROWS) -> Found:
        """The operator's list: ids matching the filter, by callback deadline (open
        memos first). Text matches the caller's name, organisation or the message
        (Korean substrings), or, for a word of digits, the caller's number (``narrowed``
        when it was cut to the search limits). At most ``limit`` ids, the first in the
        list's order (``more`` when there were more; None: all, for an export)."""
        f = memo_filter or MemoFilter()
        stmt: Select[tuple[int]] = select(PhoneMemo.id)
        if not f.include_closed:
            # IN (not "!= done") lets the database use the status and call-time indexes.
            stmt = stmt.where(or_(PhoneMemo.status.in_(OPEN_STATUSES),
                                  PhoneMemo.called_at >= self._start_of_today()))
        search = narrow_search(f.text)
        if f.staff_id is not None:
            stmt = stmt.where(or_(PhoneMemo.target_staff_id == f.staff_id,
                                  PhoneMemo.escalated_to_id == f.staff_id,
                                  PhoneMemo.asked_for_id == f.staff_id))
        if f.department_id is not None:
            stmt = stmt.where(PhoneMemo.target_department_id == f.department_id)
        if f.status is not None:
            stmt = stmt.where(PhoneMemo.status == MemoStatus(f.status).value)
        if within is not None:  # the person's own or department's (services/gate.py)
            stmt = stmt.where(memos_within(within))
        if (search.words and f.include_closed and limit is not None and within is None
                and f.staff_id is None and f.department_id is None and f.status is None
                and has_search_in_order(self.uow.engine)):
            return Found(self._history_in_order(search.words, limit),
                         narrowed=search.narrowed, limit=limit)
        with self.uow.read() as session:
            matches, few = _text_matches(session, search.words, self._has_fts(),
                                         self.uow.engine.dialect.name == "sqlite")
            stmt = stmt.where(*matches)
            status, due = ((unindexed(PhoneMemo.status), unindexed(PhoneMemo.callback_due_at))
                           if few else (PhoneMemo.status, PhoneMemo.callback_due_at))
            by_due = (due, PhoneMemo.id)
            if not f.include_closed or limit is None:
                stmt = stmt.order_by(case((status == MemoStatus.DONE.value, 1), else_=0),
                                     *by_due)
                if limit is not None:
                    stmt = stmt.limit(limit + 1)
                return Found(session.scalars(stmt), narrowed=search.narrowed, limit=limit)
            # The history: the open ones, then the done ones, each read in the order of
            # the status and deadline index and only as far as the list shows (§17).
            ids: list[int] = list(session.scalars(
                stmt.where(status.in_(_NOT_DONE)).order_by(*by_due).limit(limit + 1)))
            if len(ids) <= limit:
                ids += session.scalars(stmt.where(status == MemoStatus.DONE.value)
                                       .order_by(*by_due).limit(limit + 1 - len(ids)))
            return Found(ids, narrowed=search.narrowed, limit=limit)

    def _history_in_order(self, words: Sequence[str], limit: int) -> list[int]:
        """The history searched through a person's login on PostgreSQL: the open memos,
        then the done ones, each read by the owner's plan in the list's order and only as
        far as the list shows (``store/pg_search.memos_first``, revision 0014)."""
        numbers = [is_number_word(word) for word in words]
        patterns = [like_pattern(digits_only(word) if number else word)
                    for word, number in zip(words, numbers, strict=True)]
        with self.uow.read() as session:
            ids: list[int] = list(session.scalars(
                memos_first(PhoneMemo.id, patterns, numbers, _NOT_DONE, limit + 1)))
            if len(ids) <= limit:
                done = (MemoStatus.DONE.value,)
                ids += session.scalars(memos_first(
                    PhoneMemo.id, patterns, numbers, done, limit + 1 - len(ids)))
        return ids

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
                       addressed_to(staff_id, department_id))
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
                    addressed_to(staff_id, department_id))
            ) or 0)

    def caller_history(
        self, phone: str = "", name: str = "", exclude_id: int | None = None,
        limit: int = HISTORY_LIMIT, unmasked: Within | None = None,
    ) -> list[MemoRow]:
        """Earlier memos from the same number or the same name, newest first (at most
        ``limit`` of them); masked outside ``unmasked`` as :meth:`rows` masks them."""
        conditions = []
        digits = _history_digits(phone)
        if digits:
            conditions.append(PhoneMemo.caller_phone_digits == digits)
        who = tidy(name)
        if len(who) >= 2:
            conditions.append(PhoneMemo.caller_name == who)
        if not conditions:
            return []
        stmt = select(PhoneMemo.id).where(or_(*conditions))
        if exclude_id is not None:
            stmt = stmt.where(PhoneMemo.id != exclude_id)
        stmt = stmt.order_by(PhoneMemo.called_at.desc(), PhoneMemo.id.desc()).limit(
            at_most(limit))
        with self.uow.read() as session:
            ids = list(session.scalars(stmt))
        return self.rows(ids, unmasked)

    def badge(self, due: datetime, now: datetime | None = None) -> Countdown:
        """The countdown badge to a callback deadline; moments outside the range of
        :mod:`~arco_desk.domain.dates` are refused (counting to them would take years)."""
        today = self.clock().astimezone(SEOUL).date()
        due = check_moment("due", due, today)
        moment = check_moment("now", now, today) if now is not None else self.clock()
        return countdown(self.calendar.business_calendar(), due, moment, self.callback_period)

    def _has_fts(self) -> bool:
        """True on SQLite with the memos' trigram index (revision 0012)."""
        if self._fts is None:
            engine = self.uow.engine
            self._fts = engine.dialect.name == "sqlite" and inspect(engine).has_table(
                _FTS.name)
        return self._fts

    def _start_of_today(self) -> datetime:
        today = self.clock().astimezone(SEOUL).date()
        return datetime.combine(today, time(0), SEOUL)


def _text_matches(session: Session, words: Sequence[str], fts: bool, sqlite: bool
                  ) -> tuple[list[ColumnElement[bool]], bool]:
    """The conditions that the caller name, organisation or message contains each word
    (or, for a word of digits, that the number does), and whether one of them finds few
    memos (then gathering them and sorting beats reading the list in its order).

    On SQLite a word of three characters or more that the trigram index
    (``phone_memo_fts``, migration 0012) finds in fewer than FTS_FREQUENT memos is taken
    from it; any other word is matched by LIKE on the list's own query, so that reading
    the list in its order stops once it is full (§17). SQLite's LIKE already ignores
    ASCII case; its ILIKE would wrap both sides in lower() and cost twice as much.
    PostgreSQL's ILIKE is served by the pg_trgm indexes where the extension was there;
    a word without cased letters (Korean) is matched by LIKE, which finds the same and
    costs a tenth (``store/pg_search.contains``).
    """
    where: list[ColumnElement[bool]] = []
    few = False
    for word in words:
        number = is_number_word(word)
        text = digits_only(word) if number else word
        if fts and len(text) >= FTS_MIN_CHARS:
            query = fts_query(("caller_phone_digits",) if number else _TEXT_COLUMNS, text)
            if not fts_is_frequent(session, _FTS.name, query):
                few = True
                where.append(PhoneMemo.id.in_(
                    select(_FTS.c.rowid).where(literal_column(_FTS.name).op("MATCH")(query))))
                continue
        pattern = like_pattern(text)
        columns = ((PhoneMemo.caller_phone_digits,) if number else
                   (PhoneMemo.caller_name, PhoneMemo.caller_org, PhoneMemo.message))
        where.append(or_(*(
            column.like(pattern, escape="\\") if sqlite or number
            else contains(column, text, pattern) for column in columns)))
    return where, few


def _history_digits(phone: str) -> str:
    text = tidy(phone)
    if not text:
        return ""
    try:
        digits = phone_digits(parse_phone(text).display)
    except PhoneNumberInvalid:
        digits = digits_only(text)
    return digits if len(digits) >= 9 else ""
