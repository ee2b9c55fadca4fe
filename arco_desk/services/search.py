"""What a search box's list answers: the ids found, and whether the typed text was
shortened before it was matched (too many words or characters, see
:func:`arco_desk.domain.text.narrow_search`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from arco_desk.domain.messages import msg
from arco_desk.domain.text import MAX_SEARCH_WORDS, RULES, TextKind

__all__ = ["MOST_ROWS", "SEARCH_NARROWED", "Found", "at_most"]

# What the screen says when ``Found.narrowed``: only the first words and characters count.
SEARCH_NARROWED: Final = msg("search.narrowed", words=MAX_SEARCH_WORDS,
                             limit=RULES[TextKind.SEARCH].limit)


# The most rows a list asked for "the latest N" answers, whatever N: a screen shows a few.
MOST_ROWS: Final = 1_000


def at_most(limit: int) -> int:
    """``limit`` as a row count both databases take: none below 0, MOST_ROWS at most."""
    return max(0, min(limit, MOST_ROWS))


class Found(list[int]):
    """The ids a search found, in order (a plain list to its callers); ``narrowed`` is True
    when its text was cut to the search limits before it was matched, so the list may
    hold more than the operator asked for (show :data:`SEARCH_NARROWED`)."""

    __slots__ = ("narrowed",)

    def __init__(self, ids: Iterable[int] = (), *, narrowed: bool = False) -> None:
        super().__init__(ids)
        self.narrowed = narrowed
