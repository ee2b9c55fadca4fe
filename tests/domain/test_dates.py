"""The range of dates a person may enter (arco_desk.domain.dates)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from arco_desk.domain.clock import SEOUL
from arco_desk.domain.dates import (
    EARLIEST_DATE,
    check_date,
    check_moment,
    date_refusal,
    latest_date,
)
from arco_desk.domain.errors import ValidationError

TODAY = date(2026, 11, 24)


def test_the_range_runs_from_2000_to_five_years_ahead() -> None:
    assert latest_date(TODAY) == date(2031, 11, 24)
    assert latest_date(date(2028, 2, 29)) == date(2033, 2, 28)
    for inside in (EARLIEST_DATE, TODAY, date(2031, 11, 24)):
        assert date_refusal(inside, TODAY) is None
        assert check_date("day", inside, TODAY) == inside


@pytest.mark.parametrize("day", [date(1999, 12, 31), date(2031, 11, 25), date.max, date.min])
def test_a_date_outside_the_range_is_refused_naming_the_range(day: date) -> None:
    with pytest.raises(ValidationError) as refusal:
        check_date("visit_date", day, TODAY)
    message = refusal.value.field_errors["visit_date"]
    assert message.key == "date.out_of_range"
    assert message.params == {"earliest": EARLIEST_DATE, "latest": date(2031, 11, 24)}


@pytest.mark.parametrize("moment", [datetime(9999, 12, 31, 23, 59, tzinfo=SEOUL),
                                    datetime(1, 1, 1, 0, 0, tzinfo=SEOUL),
                                    datetime(1999, 12, 31, 23, 59, tzinfo=SEOUL)])
def test_a_moment_at_the_ends_of_the_calendar_is_refused_not_overflowed(
        moment: datetime) -> None:
    with pytest.raises(ValidationError) as refusal:
        check_moment("received_at", moment, TODAY)
    assert refusal.value.field_errors["received_at"].key == "date.out_of_range"


def test_a_moment_counts_by_its_day_in_seoul() -> None:
    # 2031-11-24 20:00 UTC is already 2031-11-25 in Seoul: past the range.
    from datetime import UTC
    with pytest.raises(ValidationError):
        check_moment("back_at", datetime(2031, 11, 24, 20, 0, tzinfo=UTC), TODAY)
    assert check_moment("back_at", datetime(2031, 11, 24, 14, 0, tzinfo=UTC), TODAY)


def test_a_naive_moment_is_seoul_wall_time_and_the_edges_do_not_overflow() -> None:
    # Found by the fuzz test (issue 14): naive and aware moments met in a comparison
    # (TypeError), and converting 9999-12-31 23:59 UTC to Seoul overflowed.
    from datetime import UTC, timedelta, timezone

    from arco_desk.domain.dates import as_aware, in_seoul, moment_refusal
    naive = datetime(2026, 11, 25, 9, 0)
    assert in_seoul(naive) == datetime(2026, 11, 25, 9, 0, tzinfo=SEOUL)
    assert check_moment("back_at", naive, TODAY) == datetime(2026, 11, 25, 9, 0, tzinfo=SEOUL)
    end = datetime.max.replace(tzinfo=UTC)
    start = datetime.min.replace(tzinfo=timezone(timedelta(hours=14)))
    for edge in (end, start):
        assert in_seoul(edge) is None
        assert as_aware(edge) is edge
        assert moment_refusal(edge, TODAY) is not None
        with pytest.raises(ValidationError):
            check_moment("received_at", edge, TODAY)
    assert as_aware(naive).tzinfo is SEOUL
