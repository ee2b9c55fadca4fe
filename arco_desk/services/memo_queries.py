"""Reading phone memos: the operator's list and search, 내 메모 (the inbox), the
caller's earlier memos and the callback countdown."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time

from sqlalchemy import Select, case, func, or_, select

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
from arco_desk.services.search import Found, at_most
from arco_desk.store.models import PhoneMemo, Staff

HISTORY_LIMIT = 10
# A phone "word" in the search box: digits with the usual separators, 3 digits or more.
_MIN_NUMBER_DIGITS = 3
_NUMBER_CHARS = frozenset("0123456789-+() .")


class MemoQueries(MemoParts):
    """Lists, search, the inbox, caller history and the callback badge (read-only)."""

    def search_ids(self, memo_filter: MemoFilter | None = None,
                   within: Within | None = None) -> Found:
        """The operator's list: ids matching the filter, by callback deadline (open
        memos first). Text matches the caller's name or organisation (Korean
        substrings), or, for a word of digits, the caller's number (``narrowed`` when
        it was cut to the search limits)."""
        f = memo_filter or MemoFilter()
        stmt: Select[tuple[int]] = select(PhoneMemo.id)
        if not f.include_closed:
            # IN (not "!= done") lets the database use the status and call-time indexes.
            stmt = stmt.where(or_(PhoneMemo.status.in_(OPEN_STATUSES),
                                  PhoneMemo.called_at >= self._start_of_today()))
        search = narrow_search(f.text)
        matches = _text_matches(search.words, self.uow.engine.dialect.name)
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
        if within is not None:  # the person's own or department's (services/gate.py)
            stmt = stmt.where(memos_within(within))
        stmt = stmt.order_by(
            case((PhoneMemo.status == MemoStatus.DONE.value, 1), else_=0),
            PhoneMemo.callback_due_at, PhoneMemo.id,
        )
        with self.uow.read() as session:
            return Found(session.scalars(stmt), narrowed=search.narrowed)

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

    def _start_of_today(self) -> datetime:
        today = self.clock().astimezone(SEOUL).date()
        return datetime.combine(today, time(0), SEOUL)


def _is_number_word(word: str) -> bool:
    return (len(digits_only(word)) >= _MIN_NUMBER_DIGITS
            and all(ch in _NUMBER_CHARS for ch in word))


def _text_matches(words: Sequence[str], dialect: str) -> Select[tuple[int]] | None:
    """Ids whose caller name or organisation contains each word (or, for a word of
    digits, whose number does); None for no text.

    A subquery of its own, so SQLite answers it from the narrow name and number
    indexes instead of reading every memo. SQLite's LIKE already ignores ASCII case;
    its ILIKE would wrap both sides in lower() and cost twice as much.
    """
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
    text = tidy(phone)
    if not text:
        return ""
    try:
        digits = phone_digits(parse_phone(text).display)
    except PhoneNumberInvalid:
        digits = digits_only(text)
    return digits if len(digits) >= 9 else ""
