"""접속기록 (access records): what is recorded when someone looks at personal data, and
what counts as unusual in the privacy officer's monthly review (issue 15).

An access record says who (account and name), when, from which PC, what was done
(:class:`AccessAction`), to which record, and whose data it was. They are kept at least
two years. The review flags an account that looked at more than a number of different
people within one hour (100 by default): a desk handles a few dozen callers an hour,
a list copied person by person runs to hundreds.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from arco_desk.domain.messages import msg
from arco_desk.domain.numbers import whole_number_in

__all__ = ["MAX_RETENTION_DAYS", "MIN_RETENTION_DAYS", "UNUSUAL_PEOPLE_PER_HOUR", "AccessAction",
           "Seen", "UnusualHour", "parse_retention_days", "unusual_hours"]

# 개인정보의 안전성 확보조치 기준 §8: at least two years; the agency may keep them longer.
MIN_RETENTION_DAYS: Final = 730
MAX_RETENTION_DAYS: Final = 3650
UNUSUAL_PEOPLE_PER_HOUR: Final = 100


class AccessAction(enum.StrEnum):
    VIEW = "view"  # a memo's, complaint's or visit's details opened
    CALLER_HISTORY = "caller_history"  # a caller's earlier contacts shown
    SEARCH = "search"  # a search by a person's name or number
    PRINT = "print"  # a memo slip or a visitor pass printed
    EXPORT = "export"  # a file with personal data written


@dataclass(frozen=True, slots=True)
class Seen:
    """One record's who, when and whose, as the review needs them."""

    account: str
    at: datetime
    subject: str


@dataclass(frozen=True, slots=True)
class UnusualHour:
    account: str
    hour: datetime  # the hour's start
    people: int


def parse_retention_days(text: str | int) -> int:
    """How long access records are kept, in days: two years at least, ten at most
    (ValidationError on ``access_retention_days``)."""
    return whole_number_in(
        "access_retention_days", text, MIN_RETENTION_DAYS, MAX_RETENTION_DAYS,
        not_a_number=msg("access.retention_not_a_number"),
        out_of_range=msg("access.retention_range", low=MIN_RETENTION_DAYS,
                         high=MAX_RETENTION_DAYS))


def unusual_hours(records: Iterable[Seen],
                  limit: int = UNUSUAL_PEOPLE_PER_HOUR) -> list[UnusualHour]:
    """Each (account, clock hour) in which more than ``limit`` different people's data
    was looked at, busiest first."""
    people: dict[tuple[str, datetime], set[str]] = defaultdict(set)
    for record in records:
        if record.subject:
            hour = record.at.replace(minute=0, second=0, microsecond=0)
            people[(record.account, hour)].add(record.subject)
    found = [UnusualHour(account, hour, len(names))
             for (account, hour), names in people.items() if len(names) > limit]
    return sorted(found, key=lambda u: (-u.people, u.hour, u.account))
