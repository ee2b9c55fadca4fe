"""Substring search on PostgreSQL (docs/architecture.md §11, §17).

PostgreSQL applies a policy before any condition it cannot prove harmless, and no
substring operator is, so a person's ``ILIKE`` search could not use the trigram
indexes. ``arco_complaints_matching(pattern)`` (migration 0010) runs the search as the
owner, with the indexes, and returns only the ids of the complaints the connected
person may see (the complaint policies, written once more inside it; a test holds the
two equal). The policies still apply to the query that uses the ids. The owner's
connection, which no policy applies to, does not need it: it gathers every match before
the list's order and limit apply, where the list's own query reads the newest rows
first and stops when it is full (``has_complaint_search`` is False there).

Through a login PostgreSQL also plans without the columns' statistics (LIKE is not
leakproof), and misjudges every search. ``complaints_newest`` and ``memos_first``
(revision 0014) run a newest-first complaint list or the memo history's reads as the
owner, with the statistics, in the list's order and only as far as it shows, the
policies written inside; their ids are joined back to the table.

``contains``: LIKE where the word has no letter with a case (Korean, digits), ILIKE
otherwise. Both find the same rows then, and ILIKE lowers every row's text first: ten
times the time of LIKE on a complaint's content.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import ColumnElement, Engine, Select, bindparam, func, select, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import QueryableAttribute
from sqlalchemy.types import Boolean, Integer, Text

_FOUND: WeakKeyDictionary[Engine, bool] = WeakKeyDictionary()
_IN_ORDER: WeakKeyDictionary[Engine, bool] = WeakKeyDictionary()


def has_complaint_search(engine: Engine) -> bool:
    """True on a PostgreSQL database that has the function (revision 0010), connected
    as a person's login (the policies apply); remembered per engine."""
    if engine.dialect.name != "postgresql":
        return False
    found = _FOUND.get(engine)
    if found is None:
        with engine.connect() as conn:
            found = conn.scalar(text(
                "SELECT to_regprocedure('arco_complaints_matching(text)') IS NOT NULL"))
            if found:
                found = conn.scalar(text("SELECT arco_current_login() IS NOT NULL"))
        found = found is True
        _FOUND[engine] = found
    return found


def has_search_in_order(engine: Engine) -> bool:
    """True on a PostgreSQL database with ``arco_complaints_newest`` and
    ``arco_memos_first`` (revision 0014), connected as a person's login; per engine."""
    if not has_complaint_search(engine):
        return False
    found = _IN_ORDER.get(engine)
    if found is None:
        with engine.connect() as conn:
            found = conn.scalar(text(
                "SELECT to_regprocedure('arco_memos_first(text[], boolean[], text[], integer)')"
                " IS NOT NULL AND to_regprocedure("
                "'arco_complaints_newest(text[], text[], text, integer)') IS NOT NULL")) is True
        _IN_ORDER[engine] = found
    return found


def _in_order(found: Any, id_column: QueryableAttribute[int]) -> Select[int]:
    # The function's order (WITH ORDINALITY), and the table's policies on the ids again.
    listed = found.table_valued("id", with_ordinality="n").render_derived("found")
    return select(id_column).join(listed, listed.c.id == id_column).order_by(listed.c.n)


def complaints_newest(id_column: QueryableAttribute[int], patterns: Sequence[str],
                      digits: Sequence[str], status: str | None, limit: int) -> Select[int]:
    """The first ``limit`` complaints the person may see, newest first (received_at,
    id), of ``status`` (None: any), where every pattern (LIKE, ``\\`` escaping) is in
    the title, citizen name or content or its ``digits`` pattern ('' for none) in the
    citizen's number digits (revision 0014: planned as the owner, with statistics)."""
    return _in_order(func.arco_complaints_newest(
        bindparam(None, list(patterns), ARRAY(Text)), bindparam(None, list(digits), ARRAY(Text)),
        bindparam(None, status, Text), bindparam(None, limit, Integer)), id_column)


def memos_first(id_column: QueryableAttribute[int], patterns: Sequence[str],
                numbers: Sequence[bool], statuses: Sequence[str], limit: int) -> Select[int]:
    """The first ``limit`` memos the person may see of ``statuses`` by callback deadline
    (callback_due_at, id), where every pattern is in the caller's name, organisation or
    message, or, where ``numbers`` says so, in the number's digits (revision 0014)."""
    return _in_order(func.arco_memos_first(
        bindparam(None, list(patterns), ARRAY(Text)),
        bindparam(None, list(numbers), ARRAY(Boolean)),
        bindparam(None, list(statuses), ARRAY(Text)), bindparam(None, limit, Integer)), id_column)


def complaints_matching(pattern: str) -> Select[tuple[int]]:
    """The ids of the complaints whose title, citizen name or content is ILIKE
    ``pattern`` (a LIKE pattern, ``\\`` escaping) and which the person may see."""
    return select(func.arco_complaints_matching(pattern).column_valued())


def contains(column: QueryableAttribute[Any], word: str, pattern: str
             ) -> ColumnElement[bool]:
    """``column`` holds ``word`` (``pattern``: its LIKE pattern, ``\\`` escaping), any
    case: LIKE when ``word`` has no letter with a case, else ILIKE."""
    if word.lower() == word.upper():
        return column.like(pattern, escape="\\")
    return column.ilike(pattern, escape="\\")
