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

``contains``: LIKE where the word has no letter with a case (Korean, digits), ILIKE
otherwise. Both find the same rows then, and ILIKE lowers every row's text first: ten
times the time of LIKE on a complaint's content.
"""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import ColumnElement, Engine, Select, func, select, text
from sqlalchemy.orm import QueryableAttribute

_FOUND: WeakKeyDictionary[Engine, bool] = WeakKeyDictionary()


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
