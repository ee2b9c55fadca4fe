"""The service standard file: defaults and strict checking with line numbers."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from arco_desk.domain.deadlines import SEOUL, BusinessCalendar, Period
from arco_desk.domain.standard import (
    ComplaintKind,
    ServiceStandard,
    StandardError,
    VisitCallRule,
    load_standard,
    parse_standard,
)
from arco_desk.resources import resource_path

DEFAULT_TEXT = resource_path("service_standard.toml").read_text(encoding="utf-8")


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """1-based line of the ``occurrence``-th line containing ``needle``."""
    hits = [n for n, line in enumerate(text.splitlines(), start=1) if needle in line]
    return hits[occurrence - 1]


def test_defaults_load() -> None:
    standard = load_standard()
    assert [(k.code, k.name_ko, str(k.period)) for k in standard.complaint_kinds] == [
        ("petition", "진정 및 건의", "7d"),
        ("inquiry", "질의 및 청원", "7d"),
        ("fact_certificate", "사실증명", "즉시"),
        ("confirmation", "확인", "3h"),
        ("performance_certificate", "실적증명(납품·용역·거래·공사)", "3h"),
        ("other", "기타", "7d"),
    ]
    assert standard.kind("inquiry").name_en == "Inquiry and petition"
    assert standard.kind("fact_certificate").period == Period.parse("즉시")
    assert standard.default_kind.code == "other"
    assert standard.phone_callback == Period.parse("24h")
    assert standard.written_petition == Period.parse("7d")
    assert standard.appointment_prep == timedelta(minutes=5)
    assert standard.outbound_visit_call is VisitCallRule.PREVIOUS_WORKING_DAY


def test_load_from_a_path(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(DEFAULT_TEXT.replace('callback = "24h"', 'callback = "16h"'), encoding="utf-8")
    assert load_standard(path).phone_callback == Period.parse("16h")


def test_unknown_kind_code_is_a_key_error_naming_it() -> None:
    with pytest.raises(KeyError, match=r"'nope'.*petition"):
        load_standard().kind("nope")


def test_kind_names_by_language() -> None:
    kind = load_standard().kind("confirmation")
    assert (kind.name("ko"), kind.name("en")) == ("확인", "Confirmation")


def test_visit_call_due_uses_the_previous_working_day() -> None:
    due = load_standard().visit_call_due(BusinessCalendar.korea(), date(2026, 2, 19))
    assert due == datetime(2026, 2, 13, 18, tzinfo=SEOUL)


def test_round_trip_through_toml() -> None:
    standard = load_standard()
    assert parse_standard(standard.to_toml()) == standard


def test_unknown_key_names_its_line() -> None:
    text = DEFAULT_TEXT.replace("prep_minutes = 5", "prep_minutes = 5\nprep_seconds = 0")
    with pytest.raises(StandardError, match="unknown key 'prep_seconds'") as info:
        parse_standard(text)
    line = line_of(text, "prep_seconds")
    assert info.value.line == line
    assert f"line {line}" in str(info.value)


def test_unknown_key_in_a_complaint_kind_names_its_line() -> None:
    text = DEFAULT_TEXT.replace('code = "confirmation"', 'code = "confirmation"\nperiod_days = 3')
    with pytest.raises(StandardError, match=f"line {line_of(text, 'period_days')}: unknown key"):
        parse_standard(text)


def test_unknown_top_level_table_names_its_line() -> None:
    text = DEFAULT_TEXT.replace("[phone]", "[telephone]\n\n[phone]")
    with pytest.raises(StandardError, match=f"line {line_of(text, '[telephone]')}: unknown key"):
        parse_standard(text)


def test_duplicate_kind_names_the_line_of_the_second() -> None:
    text = DEFAULT_TEXT.replace('code = "inquiry"', 'code = "petition"')
    with pytest.raises(StandardError, match="duplicate complaint kind 'petition'") as info:
        parse_standard(text)
    assert info.value.line == line_of(text, 'code = "petition"', occurrence=2)
    assert f"line {info.value.line}" in str(info.value)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('callback = "24h"', 'callback = "24 hours"'),
        ('reply = "7d"', 'reply = "0d"'),
        ('period = "즉시"', 'period = "soon"'),
        ('period = "즉시"', "period = 3"),
    ],
)
def test_bad_period_names_its_line(old: str, new: str) -> None:
    text = DEFAULT_TEXT.replace(old, new)
    with pytest.raises(StandardError, match="bad value") as info:
        parse_standard(text)
    assert info.value.line == line_of(text, new)
    assert f"line {info.value.line}" in str(info.value)


@pytest.mark.parametrize(
    ("old", "new", "needle", "message"),
    [
        ('callback = "24h"\n', "", "[phone]", "missing key 'callback'"),
        ('default_kind = "other"', 'default_kind = "misc"', "default_kind", "not one of"),
        ('call = "previous working day"', 'call = "same day"', "call =", "previous working day"),
        ("prep_minutes = 5", 'prep_minutes = "five"', "prep_minutes", "whole number"),
        ("prep_minutes = 5", "prep_minutes = -5", "prep_minutes", "whole number"),
        ('code = "other"', 'code = "Other kind"', 'code = "Other kind"', "lowercase"),
        ('name_ko = "확인"', 'name_ko = " "', 'name_ko = " "', "non-empty"),
        ("prep_minutes = 5", "prep_minutes = ", "prep_minutes", "not valid TOML"),
    ],
)
def test_other_errors_name_their_line(old: str, new: str, needle: str, message: str) -> None:
    text = DEFAULT_TEXT.replace(old, new, 1)
    with pytest.raises(StandardError, match=message) as info:
        parse_standard(text)
    assert info.value.line == line_of(text, needle)
    assert f"line {info.value.line}" in str(info.value)


def test_missing_key_in_a_complaint_kind_names_its_header() -> None:
    text = DEFAULT_TEXT.replace('name_en = "Confirmation"\n', "")
    with pytest.raises(StandardError, match="missing key 'name_en'") as info:
        parse_standard(text)
    assert info.value.line == line_of(text, 'code = "confirmation"') - 1
    assert line_of(text, "[[complaint_kind]]", occurrence=4) == info.value.line


def test_missing_table_names_the_end_of_the_file() -> None:
    text = DEFAULT_TEXT.replace("[outbound_visit]\n", "").replace(
        'call = "previous working day"\n', ""
    )
    with pytest.raises(StandardError, match="missing key 'outbound_visit'") as info:
        parse_standard(text)
    assert info.value.line == len(text.splitlines())


def test_no_complaint_kinds_is_an_error() -> None:
    text = DEFAULT_TEXT[: DEFAULT_TEXT.index("[[complaint_kind]]")]
    with pytest.raises(StandardError, match="at least one"):
        parse_standard(text)


def test_the_source_name_is_in_the_message(tmp_path: Path) -> None:
    path = tmp_path / "agency.toml"
    path.write_text(DEFAULT_TEXT.replace('reply = "7d"', 'reply = "7w"'), encoding="utf-8")
    with pytest.raises(StandardError, match=r"agency\.toml, line \d+: bad value for 'reply'"):
        load_standard(path)


def test_standard_error_is_a_value_error() -> None:
    assert issubclass(StandardError, ValueError)


def test_direct_construction_is_checked() -> None:
    kind = ComplaintKind("a", "가", "A", Period.parse("3h"))
    with pytest.raises(StandardError, match="duplicate"):
        ServiceStandard(
            (kind, kind),
            "a",
            Period.parse("24h"),
            Period.parse("7d"),
            timedelta(minutes=5),
            VisitCallRule.PREVIOUS_WORKING_DAY,
        )
    with pytest.raises(StandardError, match="default kind"):
        ServiceStandard(
            (kind,),
            "b",
            Period.parse("24h"),
            Period.parse("7d"),
            timedelta(minutes=5),
            VisitCallRule.PREVIOUS_WORKING_DAY,
        )
