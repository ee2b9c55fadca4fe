"""What a search box's list answers: the ids found, whether the typed text was
shortened before it was matched (too many words or characters, see
:func:`arco_desk.domain.text.narrow_search`) and whether more were found than a list
shows (docs/architecture.md §17); the pieces of a search both the memo and complaint
lists use (a number typed, a trigram index's phrase)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Final

from sqlalchemy import ColumnElement, literal_column, text
from sqlalchemy.orm import QueryableAttribute, Session

from arco_desk.domain.messages import msg
from arco_desk.domain.phone import digits_only
from arco_desk.domain.text import MAX_SEARCH_WORDS, RULES, TextKind

__all__ = ["FTS_FREQUENT", "FTS_MIN_CHARS", "LIKE_ROW_COST", "MOST_ROWS", "SEARCH_NARROWED",
           "Found", "at_most", "fts_is_frequent", "fts_newest", "fts_query", "is_number_word",
           "shown_count", "unindexed", "walk_beats_like"]

# What the screen says when ``Found.narrowed``: only the first words and characters count.
SEARCH_NARROWED: Final = msg("search.narrowed", words=MAX_SEARCH_WORDS,
                             limit=RULES[TextKind.SEARCH].limit)


# The most rows a list asked for "the latest N" answers, whatever N: a screen shows a few.
MOST_ROWS: Final = 1_000


# SQLite's trigram indexes (FTS5, migrations 0005 and 0012) find substrings of 3
# characters or more; a shorter word is matched by LIKE.
FTS_MIN_CHARS: Final = 3
# A phone "word" in a search box: digits with the usual separators, 3 digits or more.
_MIN_NUMBER_DIGITS: Final = 3
_NUMBER_CHARS: Final = frozenset("0123456789-+() .")


def at_most(limit: int) -> int:
    """``limit`` as a row count both databases take: none below 0, MOST_ROWS at most."""
    return max(0, min(limit, MOST_ROWS))


def is_number_word(word: str) -> bool:
    """A word typed as (a piece of) a phone number: matched against the digits kept."""
    return (len(digits_only(word)) >= _MIN_NUMBER_DIGITS
            and all(ch in _NUMBER_CHARS for ch in word))


# A word the trigram index finds in this many rows or more is frequent: the list, read in
# its own order with LIKE, is full long before the index's rows would all be gathered.
# Fewer, and gathering them and sorting them is quicker (§17).
FTS_FREQUENT: Final = 10_000


def fts_is_frequent(session: Session, fts: str, query: str) -> bool:
    """True when the FTS5 table ``fts`` finds ``query`` in FTS_FREQUENT rows or more
    (it stops counting there: a few milliseconds)."""
    found = session.scalar(text(
        f"SELECT count(*) FROM (SELECT rowid FROM {fts} WHERE {fts} MATCH :query "
        f"LIMIT {FTS_FREQUENT})"), {"query": query})
    return int(found or 0) >= FTS_FREQUENT


def fts_newest(session: Session, fts: str, query: str) -> tuple[bool, int, int]:
    """Whether the FTS5 table ``fts`` finds ``query`` in FTS_FREQUENT rows or more, how
    many of its newest FTS_FREQUENT it found (fewer: all there are) and the lowest rowid
    of those (0: none); a few milliseconds, as :func:`fts_is_frequent`."""
    found, lowest = session.execute(text(
        f"SELECT count(*), min(rowid) FROM (SELECT rowid FROM {fts} WHERE {fts} MATCH :query "
        f"ORDER BY rowid DESC LIMIT {FTS_FREQUENT})"), {"query": query}).one()
    return int(found or 0) >= FTS_FREQUENT, int(found or 0), int(lowest or 0)


# Reading a row to match a word by LIKE costs about this many times as much as taking one
# id the trigram index found and testing an index's entry against those ids (measured on
# SQLite at 1M complaints: about 4 µs against 0.5 µs).
LIKE_ROW_COST: Final = 8


def walk_beats_like(found: int, lowest: int, newest: int) -> bool:
    """For a word found ``found`` times among the rows from ``lowest`` to ``newest`` (ids,
    :func:`fts_newest`): True when gathering every row the index finds and walking the
    list's order index to the first MOST_ROWS of them is cheaper than reading the rows in
    that order and matching them by LIKE. With density d (found in a share d of the rows,
    estimated from the newest) and n rows, the first costs about d·n, the second
    MOST_ROWS/d · LIKE_ROW_COST: a word in 5 % of a million rows is walked, one in half
    of them read by LIKE, which is full after 2,000 rows (§17)."""
    span = newest - lowest + 1
    if found <= 0 or span <= 0:
        return False
    return found * found * newest < MOST_ROWS * LIKE_ROW_COST * span * span


def unindexed(column: QueryableAttribute[Any]) -> ColumnElement[Any]:
    """``+column``: the same value, which SQLite will not read from an index, so a few
    rows found by a trigram index are gathered by id and sorted, not looked for along an
    index of millions."""
    table = column.class_.__table__.name
    return literal_column(f"+{table}.{column.key}")


def fts_query(columns: Iterable[str], word: str) -> str:
    """An FTS5 query: ``word`` as one phrase (quotes doubled) in any of ``columns``."""
    return "{" + " ".join(columns) + '} : "' + word.replace('"', '""') + '"'


class Found(list[int]):
    """The ids a search found, in order (a plain list to its callers); ``narrowed`` is True
    when its text was cut to the search limits before it was matched, so the list may
    hold more than the operator asked for (show :data:`SEARCH_NARROWED`); ``more`` is
    True when the list was cut at the limit it was asked for (the first ids in the list's
    order are here; show the count as :func:`shown_count` words it)."""

    __slots__ = ("more", "narrowed")

    def __init__(self, ids: Iterable[int] = (), *, narrowed: bool = False,
                 limit: int | None = None) -> None:
        super().__init__(ids)
        self.narrowed = narrowed
        self.more = limit is not None and len(self) > limit
        if self.more:
            del self[limit:]


def shown_count(ids: list[int]) -> str:
    """How many a list found, as its count label shows it: ``1,000+`` when the list was
    cut (``Found.more``), else the number."""
    if isinstance(ids, Found) and ids.more:
        return f"{len(ids):,}+"
    return str(len(ids))
