"""Hypothesis strategies for hostile input: text with control characters, lone surrogates,
decomposed Hangul, invisible and right-to-left marks, search and SQL metacharacters, text
far over every limit and searches of many words; boundary numbers; dates and moments at
the edges of the calendar, naive and aware."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any, Final, TypeVar
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

from arco_desk.domain.clock import SEOUL
from arco_desk.domain.dates import EARLIEST_DATE, latest_date
from arco_desk.domain.text import RULES, TextKind
from arco_desk.services.demo import DEPARTMENTS, GIVEN, SURNAMES
from tests.conftest import FIXED_NOW

T = TypeVar("T")

TODAY: Final = FIXED_NOW.date()
LATEST: Final = latest_date(TODAY)
NFD_NAME: Final = unicodedata.normalize("NFD", "홍길동")

CONTROLS: Final = "\x00\x01\x07\x08\t\n\x0b\x0c\r\x1b\x1f\x7f\x80\x85\x9b\x9f"
INVISIBLE: Final = ("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                    "\u2066\u2067\u2068\u2069\u2028\u2029\ufeff\u00ad\u3000\u00a0\u180e")
METACHARACTERS: Final = "%_\\\"*()[]^-+:'`;~|&!?{}<>/.,@#$="
# Letters whose case folds differently in each database (and fullwidth forms).
CASED: Final = "ÄäÉéßẞİıΣσςДдЯяǅＡａ１"
HANGUL: Final = "홍길동김서연한글민원공연장소음가"

FRAGMENTS: Final = (
    "%", "_", "\\", '"', "*", "%_%", "\\%", '""', "' OR '1'='1", "'); DROP TABLE staff; --",
    "NEAR(a b)", "a AND b", "x OR y", "NOT", "^", "title:", "*:*", "{a b}", "\x00",
    "\ud800", "\udfff", "\udbff\udc00", NFD_NAME, "\u1100\u1161", "\u1112\u1161\u11ab", "ㄱㅏ",
    "\u05d0\u05d1\u05d2", "\u0627\u0644\u0639", "010-1234-5678", "+82 2 760 4500",
    "02-760-4500 내선 12", "1", "0", " ", "\n", "\r\n", "\t", "a@b.co", "kim@arko.or.kr",
    "\U0001f600", "\U0001f468\u200d\U0001f469", "e\u0301", "\ufffe", "\uffff", "\U0010ffff",
    "\ue000", "ﷺ", "\u0345", "ﬃ", "㈜", "Ⅻ", "①",
)
# Words of the seeded agency, so a search has something to find.
SEED_WORDS: Final = (
    *(name for name, _, _, _ in DEPARTMENTS),
    *(duty for *_, duties in DEPARTMENTS for duty in duties),
    *(surname + given for surname, (given, _) in zip(SURNAMES, GIVEN, strict=False)),
    "홍길동", "소음", "공연",
)

_piece = st.one_of(
    st.characters(),
    st.characters(categories=["Cc", "Cs", "Cf", "Zs", "Zl", "Zp", "Mn", "Co"]),
    st.sampled_from(CONTROLS + INVISIBLE + METACHARACTERS + CASED + HANGUL),
    st.sampled_from(FRAGMENTS),
    st.sampled_from(SEED_WORDS),
)
short_text: Final = st.lists(_piece, max_size=10).map("".join)

# Longest text built: past every limit (LONG_TEXT is 20,000) and SQLite's LIKE pattern
# limit (50,000 bytes), short of what would only measure Python.
LONGEST: Final = 70_000


def _repeat(text: str, times: int) -> str:
    return (text * times)[:LONGEST]


long_text: Final = st.builds(
    _repeat, short_text.filter(bool), st.sampled_from([3, 30, 300, 3_000, 70_000]))
many_words: Final = st.builds(
    lambda word, count: " ".join([word or "w"] * count)[:LONGEST],
    st.one_of(st.sampled_from(SEED_WORDS), short_text),
    st.sampled_from([9, 50, 1_000, 16_383]))

hostile_text: Final = st.one_of(short_text, short_text, long_text, many_words)


def near_limit(limit: int) -> st.SearchStrategy[str]:
    """Text whose cleaned length is around ``limit`` (NFD Hangul counts as syllables)."""
    return st.builds(
        lambda fill, count, tail: fill * count + tail,
        st.sampled_from(["가", "a", unicodedata.normalize("NFD", "한"), "가\x00", " 가"]),
        st.integers(max(limit - 2, 0), limit + 2),
        st.sampled_from(["", " ", "\x00", "\u200b", "가", "\n", "\r\n"]))


PHONES: Final = ("010-1234-5678", "01012345678", "+82 10 1234 5678", "02-760-4500",
                 "02-760-4500 내선 123", "061-900-2110", "1588-1234", "+1 212 555 0100",
                 "010-1234-567", "000", "02-760-4500 ext 99999999999", "8210" + "1" * 30)
EMAILS: Final = ("kim@arko.or.kr", "a@b.co", "홍@예술.한국", "x@y", "@", "a@b.c" + "o" * 120)


def typed(kind: TextKind) -> st.SearchStrategy[str]:
    """What a person may type into a field of ``kind``: the hostile, the near-limit and
    (for numbers and addresses) what almost has the shape."""
    plausible: st.SearchStrategy[str] = short_text
    if kind is TextKind.PHONE:
        plausible = st.builds(lambda phone, noise: phone + noise, st.sampled_from(PHONES),
                              st.sampled_from(["", "\x00", " ", "\u200b", "\n", "가"]))
    elif kind is TextKind.EMAIL:
        plausible = st.builds(lambda email, noise: email + noise, st.sampled_from(EMAILS),
                              st.sampled_from(["", "\x00", " ", "\u200b", "\t"]))
    return st.one_of(hostile_text, near_limit(RULES[kind].limit), plausible, st.just(""))


def search_text() -> st.SearchStrategy[str]:
    return st.one_of(hostile_text, st.sampled_from(SEED_WORDS),
                     st.sampled_from(SEED_WORDS).map(lambda w: unicodedata.normalize("NFD", w)),
                     near_limit(RULES[TextKind.SEARCH].limit), st.just(""))


# --- numbers ----------------------------------------------------------------------------------

BOUNDARY_INTS: Final = (0, 1, -1, 2, 7, 8, 9, 30, 99, 100, 365, 480, 481, 3650, 3651,
                        2**15, 2**31 - 1, 2**31, -(2**31) - 1, 2**63 - 1, 2**63,
                        -(2**63) - 1, 2**64, 10**30, -(10**30))
numbers: Final = st.one_of(st.sampled_from(BOUNDARY_INTS), st.integers(),
                           st.integers(-5, 500))
# A record's id comes from a row the services returned, never from a person: any value an
# id column can hold (INTEGER: 32 bits on PostgreSQL), or its negation (a walk-in's key on
# the timeline), may be asked for and not be there.
INT4: Final = 2**31
absent_ids: Final = st.one_of(
    st.sampled_from((0, -1, 1 - INT4, INT4 - 1)), st.integers(10**8, INT4 - 1),
    st.integers(1 - INT4, 0))


def numeric_text() -> st.SearchStrategy[str]:
    """Numbers as typed into a text box."""
    return st.one_of(numbers.map(str), hostile_text,
                     st.builds(lambda n, noise: f"{noise}{n}{noise}", numbers,
                               st.sampled_from(["", " ", "\x00", "\u200b", "٣", "１"])))


# --- dates and moments --------------------------------------------------------------------------

BOUNDARY_DATES: Final = (
    date.min, date(1999, 12, 31), EARLIEST_DATE, TODAY - timedelta(days=1), TODAY,
    TODAY + timedelta(days=1), LATEST - timedelta(days=1), LATEST, LATEST + timedelta(days=1),
    date.max, date(2026, 2, 17), date(2028, 2, 29), date(2026, 11, 28),
)
dates: Final = st.one_of(st.sampled_from(BOUNDARY_DATES), st.dates(),
                         st.dates(EARLIEST_DATE, LATEST))

ZONES: Final = (None, UTC, SEOUL, timezone(timedelta(hours=14)), timezone(timedelta(hours=-12)),
                ZoneInfo("America/New_York"))


def _with_zone(moment: datetime, zone: object) -> datetime:
    return moment.replace(tzinfo=zone)  # type: ignore[arg-type]


_edges = (datetime.min, datetime(1, 1, 1, 9), datetime(1999, 12, 31, 23, 59, 59),
          datetime(2000, 1, 1), datetime.combine(LATEST, time(23, 59)),
          datetime.combine(LATEST + timedelta(days=1), time(0)), datetime.max,
          datetime(9999, 12, 31, 23, 59))
_near_now = st.builds(
    lambda minutes, zone: (FIXED_NOW + timedelta(minutes=minutes)).astimezone(SEOUL)
    .replace(tzinfo=zone) if zone is not SEOUL else FIXED_NOW + timedelta(minutes=minutes),
    st.one_of(st.integers(-3 * 24 * 60, 3 * 24 * 60), st.integers(-10**7, 10**7)),
    st.sampled_from(ZONES))
_edge_moments = st.builds(_with_zone, st.sampled_from(_edges), st.sampled_from(ZONES))
moments: Final = st.one_of(_edge_moments, _edge_moments,
                           st.datetimes(timezones=st.sampled_from(ZONES)), _near_now, _near_now)


def choice(values: Sequence[T]) -> st.SearchStrategy[T]:
    return st.sampled_from(list(values))


# --- forms --------------------------------------------------------------------------------------

Field = tuple[object, st.SearchStrategy[Any]]


def form(fields: dict[str, Field]) -> st.SearchStrategy[dict[str, Any]]:
    """A form's values: each field ``(ordinary value, strategy)`` as a person fills it in,
    except one, a few or all of them drawn from their strategy. So a check deep in a use
    case (a date after the text, the database after the checks) is reached as often as
    the first refusal."""
    names = list(fields)

    @st.composite
    def values(draw: st.DrawFn) -> dict[str, Any]:
        mode = draw(st.sampled_from(["one", "few", "all"]))
        if mode == "one":
            drawn = {draw(st.sampled_from(names))}
        elif mode == "few":
            drawn = draw(st.sets(st.sampled_from(names), min_size=1, max_size=3))
        else:
            drawn = set(names)
        return {name: draw(strategy) if name in drawn else ordinary
                for name, (ordinary, strategy) in fields.items()}

    return values()
