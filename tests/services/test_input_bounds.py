"""Input that used to crash or hang a service, on SQLite and PostgreSQL (issue: bounded
input): an over-long or many-word search, a NUL in a search word, dates at the end of
the calendar, a CSV field past the reader's limit and a file of too many rows."""

from __future__ import annotations

import csv
import os
import time
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from arco_desk.domain.clock import SEOUL
from arco_desk.domain.complaint_intake import ComplaintDraft
from arco_desk.domain.directory import Presence
from arco_desk.domain.errors import DomainError, ValidationError
from arco_desk.domain.memos import MemoFilter
from arco_desk.domain.outbound_visits import OutboundVisitDraft
from arco_desk.domain.reception import VisitorDraft, WalkInDraft
from arco_desk.domain.text import MAX_SEARCH_WORDS
from arco_desk.services import staff_import
from arco_desk.services.complaint_records import ComplaintFilter
from arco_desk.services.container import Services
from arco_desk.services.demo import fill_directory
from arco_desk.services.search import Found
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


# --- found by the fuzz test (tests/services/fuzz) ------------------------------------------------


def test_every_search_says_when_its_text_was_shortened(desk: Services) -> None:
    long = " ".join(f"w{i}" for i in range(MAX_SEARCH_WORDS + 1))
    for text, narrowed in ((long, True), ("가" * 101, True), ("소음 공연", False), ("", False)):
        for found in _searches(desk, text).values():
            assert isinstance(found, Found) and found.narrowed is narrowed, text


def test_the_day_lists_and_the_call_due_date_are_bounded(desk: Services) -> None:
    for day in (date.min, date(1999, 12, 31), date.max):
        _refused("day", lambda day=day: desk.reception.still_inside(day))
        _refused("day", lambda day=day: desk.reception.preparation_alerts(day))
        _refused("visit_date", lambda day=day: desk.reception.outbound.call_due(day))
    assert desk.reception.still_inside(TODAY) == []


def test_callback_deadlines_and_badges_refuse_moments_past_the_range(desk: Services) -> None:
    east = timezone(timedelta(hours=14))
    for moment in (FAR, datetime.min.replace(tzinfo=east), datetime.max.replace(tzinfo=UTC)):
        started = time.monotonic()
        _refused("called_at", lambda moment=moment: desk.memos.callback_due(moment))
        _refused("due", lambda moment=moment: desk.memos.badge(moment))
        _refused("now", lambda moment=moment: desk.complaints.badge(
            desk.complaints.rows([_complaint(desk)])[0], moment))
        assert time.monotonic() - started < 2


def test_a_visitor_lookup_takes_hostile_text(desk: Services) -> None:
    staff = desk.directory.search()[0]
    desk.reception.register_walk_in(WalkInDraft(
        VisitorDraft("홍길동", "", "010-2222-3333"), staff.id, "자료 문의"), actor=DESK)
    found = desk.reception.find_visitors("홍길\x00동", "")
    assert [match.name_masked for match in found] == ["홍*동"]
    assert desk.reception.find_visitors("\u1112\u1169\u11bc", "") == found  # NFD 홍
    assert desk.reception.find_visitors("\ud800", "\x00") == []
    assert desk.reception.find_visitors("가" * 20_000, "1" * 70_000) == []


@pytest.mark.parametrize("limit", [-1, 0, 2**63, 2**64])
def test_a_list_limit_is_kept_to_what_both_databases_take(desk: Services, limit: int) -> None:
    _complaint(desk)
    found = desk.caller_history.earlier("010-1234-5678", "홍길동", limit)
    assert len(found) == (0 if limit <= 0 else 1)
    assert desk.memos.caller_history("010-1234-5678", "홍길동", limit=limit) == []
    assert desk.memos.recent_transfers(limit) == []


def test_a_complaint_kind_filter_takes_hostile_text(desk: Services) -> None:
    complaint_id = _complaint(desk)
    assert desk.complaints.list_ids(ComplaintFilter(kind_code="petition\x00")) == [complaint_id]
    assert desk.complaints.list_ids(ComplaintFilter(kind_code="\ud800petition")) == [
        complaint_id]
    assert desk.complaints.list_ids(ComplaintFilter(kind_code="\ud800")) == [complaint_id]


def test_a_setting_is_stored_as_tidy_text(desk: Services) -> None:
    desk.settings.set("agency_name", " 한국문화예술\x00위원회\ud800\r\n(아르코) ", actor=DESK)
    assert desk.settings.get("agency_name") == "한국문화예술위원회\n(아르코)"


def test_an_unknown_purge_method_is_refused_by_field(desk: Services) -> None:
    with pytest.raises(ValidationError) as refusal:
        desk.reception.privacy.purge("", actor=DESK)
    assert refusal.value.field_errors["method"].key == "visitor.purge_method_required"


def test_reason_labels_differ_by_more_than_case_on_both_databases(desk: Services) -> None:
    desk.memos.add_reason("Æ 자료", actor=DESK)
    with pytest.raises(ValidationError) as refusal:
        desk.memos.add_reason("æ 자료", actor=DESK)
    assert refusal.value.field_errors["label_ko"].key == "memo.reason_exists"


def test_a_calendar_override_day_is_bounded(desk: Services) -> None:
    for day in (date(1, 1, 1), date(1999, 12, 31), date(9999, 12, 31)):
        _refused("day", lambda day=day: desk.calendar.add_override(day, "closure", "휴무",
                                                                   actor=DESK))
    assert desk.calendar.overrides() == []


def test_attachments_with_odd_or_long_names_are_kept(desk: Services, tmp_path: Path) -> None:
    long = tmp_path / ("가" * 83 + ".pdf")  # 253 bytes: its copy "… (2).pdf" would not fit
    odd = tmp_path / os.fsdecode(b"\x01caf\xe9.hwp")  # a control character, an undecodable byte
    for path in (long, odd):
        path.write_bytes(b"%PDF-1.4")
    complaint_id = _complaint(desk, attachments=(str(long), str(long), str(odd)))
    attachments = desk.complaints.get(complaint_id).attachments
    assert [a.original_name for a in attachments] == [long.name, long.name, "caf.hwp"]
    for attachment in attachments:
        assert desk.complaints.attachment_path(attachment).read_bytes() == b"%PDF-1.4"
