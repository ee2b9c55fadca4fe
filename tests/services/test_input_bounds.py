"""Input that used to crash or hang a service, on SQLite and PostgreSQL (issue: bounded
input): an over-long or many-word search, a NUL in a search word, dates at the end of
the calendar, a CSV field past the reader's limit and a file of too many rows."""

from __future__ import annotations

import csv
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from arco_desk.domain.clock import SEOUL
from arco_desk.domain.complaint_intake import ComplaintDraft
from arco_desk.domain.directory import Presence
from arco_desk.domain.errors import DomainError, ValidationError
from arco_desk.domain.memos import MemoFilter
from arco_desk.domain.outbound_visits import OutboundVisitDraft
from arco_desk.services import staff_import
from arco_desk.services.complaint_records import ComplaintFilter
from arco_desk.services.container import Services
from arco_desk.services.demo import fill_directory
from tests.actors import DESK
from tests.conftest import FIXED_NOW

FAR = datetime(9999, 12, 31, 23, 59, tzinfo=SEOUL)
TODAY = FIXED_NOW.date()


@pytest.fixture
def desk(any_services: Services) -> Services:
    fill_directory(any_services.uow, FIXED_NOW)
    return any_services


def _complaint(desk: Services, **fields: object) -> int:
    values: dict[str, object] = dict(
        channel="letter", kind_code="petition", citizen_name="홍길동",
        citizen_phone="010-1234-5678", title="공연장 소음 민원", content="저녁 공연 소음")
    values.update(fields)
    staff_id = desk.directory.search()[0].id
    return desk.complaints.register(ComplaintDraft(**values),  # type: ignore[arg-type]
                                    assignee_id=staff_id, actor=DESK)


def _searches(desk: Services, text: str) -> dict[str, list[int]]:
    return {
        "directory": desk.directory.search_ids(text),
        "reception": desk.reception.timeline_ids(TODAY, text),
        "memos": desk.memos.search_ids(MemoFilter(text=text, include_closed=True)),
        "complaints": desk.complaints.list_ids(ComplaintFilter(text=text)),
    }


@pytest.mark.parametrize("text", [
    "가" * 20_000,  # 60,000 bytes: SQLite's "LIKE pattern too complex"
    " ".join(f"w{i}" for i in range(1_000)),  # "Expression tree is too large"
    " ".join("소음" for _ in range(16_383)),
], ids=["60k-bytes", "1000-words", "16383-words"])
def test_an_over_long_search_is_narrowed_and_answers_at_once(desk: Services, text: str) -> None:
    started = time.monotonic()
    found = _searches(desk, text)
    assert time.monotonic() - started < 2
    assert found["directory"] == []


def test_the_first_words_of_a_long_search_still_find(desk: Services) -> None:
    complaint_id = _complaint(desk)
    staff = desk.directory.search()[0]
    tail = " ".join(f"w{i}" for i in range(1_000))
    assert desk.complaints.list_ids(ComplaintFilter(text=f"소음 {tail}")) == []  # w0 … narrow
    assert desk.complaints.list_ids(ComplaintFilter(text="소음 " + "공연 " * 500)) == [
        complaint_id]
    assert staff.id in desk.directory.search_ids(f"{staff.name} " * 1_000)


def test_a_nul_in_a_complaint_search_word_is_dropped(desk: Services) -> None:
    complaint_id = _complaint(desk)
    assert desk.complaints.list_ids(ComplaintFilter(text="공연장\x00")) == [complaint_id]
    assert desk.complaints.list_ids(ComplaintFilter(text="공연\x00장 소음")) == [complaint_id]
    assert desk.directory.search_ids("\x00") == desk.directory.search_ids("")


def _refused(field: str, call: object) -> None:
    assert callable(call)
    with pytest.raises(ValidationError) as refusal:
        call()
    assert refusal.value.field_errors[field].key == "date.out_of_range"


def test_the_reception_day_is_bounded(desk: Services) -> None:
    _refused("day", lambda: desk.reception.timeline_ids(date(9999, 12, 31)))
    _refused("day", lambda: desk.reception.timeline_ids(date(1999, 12, 31)))
    assert desk.reception.timeline_ids(date(2000, 1, 1)) == []


def test_a_complaint_received_at_the_end_of_the_calendar_is_refused(desk: Services) -> None:
    _refused("received_at", lambda: desk.complaints.preview_deadline("petition", FAR))
    _refused("received_at", lambda: _complaint(
        desk, received_at=datetime(1999, 12, 31, 9, 0, tzinfo=SEOUL)))
    with pytest.raises(ValidationError) as refusal:
        _complaint(desk, received_at=FAR)
    assert refusal.value.field_errors["received_at"].key == \
        "complaint.intake.received_in_future"
    assert desk.complaints.preview_deadline("petition", FIXED_NOW - timedelta(days=3))


def test_back_at_is_bounded_and_directory_reads_go_on(desk: Services) -> None:
    staff = desk.directory.search()[0]
    _refused("back_at", lambda: desk.directory.set_presence(
        staff.id, Presence.AWAY, FAR, actor=DESK))
    later = FIXED_NOW + timedelta(days=365 * 5 - 2)
    record = desk.directory.set_presence(staff.id, Presence.AWAY, later, actor=DESK)
    assert record.back_at == later
    assert staff.id in desk.directory.search_ids()


def test_an_outbound_visit_is_bounded_and_the_calendar_stays_quick(desk: Services) -> None:
    staff = desk.directory.search()[0]
    draft = OutboundVisitDraft(customer_name="김고객", customer_phone="010-1234-5678",
                               purpose="공연장 점검", staff_id=staff.id,
                               visit_date=date(9999, 12, 31))
    _refused("visit_date", lambda: desk.reception.outbound.book(draft, actor=DESK))
    ok = OutboundVisitDraft(customer_name="김고객", customer_phone="010-1234-5678",
                            purpose="공연장 점검", staff_id=staff.id,
                            visit_date=date(2031, 11, 21))
    assert desk.reception.outbound.book(ok, actor=DESK)


def _write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_a_csv_field_past_the_reader_limit_names_its_line(desk: Services,
                                                          tmp_path: Path) -> None:
    department = desk.directory.departments()[0].name
    path = _write_csv(tmp_path / "staff.csv", [
        ["부서", "이름", "담당업무"], [department, "첫째"],
        [department, "둘째", "x" * 140_000], [department, "셋째"]])
    with pytest.raises(DomainError) as refusal:
        desk.staff_import.preview(path)
    assert refusal.value.msg.key == "staff_import.csv_row_unreadable"
    assert refusal.value.msg.params["line"] == 3


def test_a_file_of_too_many_rows_is_refused(desk: Services, tmp_path: Path) -> None:
    department = desk.directory.departments()[0].name
    limit = staff_import.MAX_IMPORT_ROWS
    rows = [["부서", "이름"], *([department, f"직원{i}"] for i in range(limit))]
    assert len(staff_import.read_table(_write_csv(tmp_path / "ok.csv", rows))) == limit + 1
    rows.append([department, "한 명 더"])
    with pytest.raises(DomainError) as refusal:
        desk.staff_import.preview(_write_csv(tmp_path / "long.csv", rows))
    assert refusal.value.msg.key == "staff_import.too_many_rows"
