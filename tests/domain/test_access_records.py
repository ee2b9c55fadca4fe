"""Unusual volume: more than N different people's data looked at in one hour."""

from __future__ import annotations

from datetime import datetime, timedelta

from arco_desk.domain.access_records import Seen, UnusualHour, unusual_hours
from arco_desk.domain.clock import SEOUL

NINE = datetime(2026, 11, 27, 9, 0, tzinfo=SEOUL)


def test_an_hour_over_the_limit_of_different_people_is_flagged() -> None:
    records = [Seen("lee", NINE + timedelta(seconds=i), f"방문객{i}") for i in range(4)]
    records += [Seen("lee", NINE + timedelta(minutes=5), "방문객0")] * 10  # same person
    records += [Seen("kim", NINE + timedelta(minutes=i), f"민원인{i % 2}") for i in range(9)]
    records += [Seen("lee", NINE + timedelta(hours=1, seconds=i), f"x{i}") for i in range(3)]
    assert unusual_hours(records, limit=3) == [UnusualHour("lee", NINE, 4)]
    assert unusual_hours(records, limit=4) == []


def test_records_without_a_subject_do_not_count() -> None:
    assert unusual_hours([Seen("lee", NINE, "")] * 5, limit=1) == []
