"""목록 내보내기 (issue 16), on SQLite and PostgreSQL: a tab's list to CSV or XLSX holds
exactly the rows of its filter as the person sees them (narrowed to their reach, masked
outside what they handle), needs a reason when it holds personal data, and leaves one
access record with that reason; the directory needs neither. The writer keeps Korean,
dates and formula-looking text intact and the file private."""

from __future__ import annotations

import csv
import errno
import io
import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from arco_desk.domain.access_records import AccessAction
from arco_desk.domain.actor import Actor
from arco_desk.domain.errors import DomainError, ValidationError
from arco_desk.domain.memos import MemoDraft, MemoFilter, MemoRow, Route
from arco_desk.domain.outbound_visits import OutboundVisitDraft, OutboundVisitRow
from arco_desk.domain.roles import Role
from arco_desk.services import list_export
from arco_desk.services.complaint_records import ComplaintFilter, ComplaintRow, ListScope
from arco_desk.services.container import Services
from arco_desk.services.demo_build import build_demo
from arco_desk.services.list_export import ListLayout, write_list
from arco_desk.store.errors import StoreUnavailable
from arco_desk.store.models import AccessRecord, Complaint, PhoneMemo, Staff
from tests.conftest import FIXED_NOW
from tests.signed_in import EVERYONE
from tests.words import korean

MEMOS: ListLayout[MemoRow] = ListLayout(
    "전화 메모", ("번호", "고객", "번호(전화)", "통화"),
    lambda r: [r.id, r.caller_name, r.caller_phone, r.called_at])
COMPLAINTS: ListLayout[ComplaintRow] = ListLayout(
    "민원", ("번호", "민원인", "제목"), lambda r: [r.id, r.citizen_name, r.title])


@pytest.fixture
def demo(any_services: Services) -> Services:
    build_demo(any_services)
    any_services.gate.sign_in(EVERYONE)
    return any_services


def _person(services: Services, staff_id: int | None, *roles: Role) -> Actor:
    with services.uow.read() as session:
        name = session.scalar(select(Staff.name).where(Staff.id == staff_id))
    return Actor(f"test:{'+'.join(roles)}:{staff_id}", staff_id, str(name or "누군가"),
                 frozenset(roles))


def _exports(services: Services) -> list[AccessRecord]:
    with services.uow.read() as session:
        return list(session.scalars(select(AccessRecord).where(
            AccessRecord.action == AccessAction.EXPORT.value).order_by(AccessRecord.id)))


def _csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Korean Excel reads it as UTF-8
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def _private(path: Path) -> None:
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600


def test_the_desk_s_memo_list_is_the_list_it_sees_with_one_record(
        demo: Services, tmp_path: Path) -> None:
    with demo.uow.read() as session:
        operator_id = session.scalar(select(PhoneMemo.taken_by_id).order_by(PhoneMemo.id))
        desk_department = session.scalar(select(Staff.department_id)
                                          .where(Staff.id == operator_id))
        colleague_id = session.scalar(select(Staff.id).where(
            Staff.department_id == desk_department, Staff.id != operator_id)
            .order_by(Staff.id))
        recipient = session.scalar(select(Staff.id).where(
            Staff.department_id != desk_department, Staff.active).order_by(Staff.id))
    colleague = _person(demo, colleague_id, Role.DESK)
    demo.gate.sign_in(colleague)  # the other desk takes a call for somebody else
    other = demo.memos.record(MemoDraft(
        caller_name="홍길동", caller_phone="010-1234-5678", message="공모 일정 문의",
        called_at=FIXED_NOW - timedelta(minutes=3), target_staff_id=recipient,
        route=Route.TARGET), actor=colleague)
    desk = _person(demo, operator_id, Role.DESK)
    demo.gate.sign_in(desk)
    wanted = MemoFilter(include_closed=True)
    shown = demo.memos.rows(demo.memos.search_ids(wanted))
    assert any(r.masked for r in shown) and not all(r.masked for r in shown)

    target = tmp_path / "memos.csv"
    done = demo.exports.memos(wanted, target, MEMOS, " 월간 점검 ", actor=desk)
    rows = _csv(target)
    assert rows[0] == ["번호", "고객", "번호(전화)", "통화"]
    assert [row[:3] for row in rows[1:]] == [[str(r.id), r.caller_name, r.caller_phone]
                                             for r in shown]
    assert [str(other.id), "홍*동", "010-****-5678"] in [row[:3] for row in rows[1:]]
    assert done.rows == len(shown) and not done.cut
    _private(target)
    [record] = _exports(demo)
    assert (record.account, record.entity, record.entity_id, record.subject, record.reason) == (
        desk.account, "memo", None, f"목록 {len(shown)}건", "월간 점검")


def test_a_staff_member_s_complaints_are_theirs_only(demo: Services, tmp_path: Path) -> None:
    with demo.uow.read() as session:
        assignee = session.scalar(select(Complaint.assignee_id)
                                  .where(Complaint.assignee_id.is_not(None))
                                  .order_by(Complaint.id))
        total = session.scalar(select(func.count(Complaint.id)))
    person = _person(demo, assignee, Role.STAFF)
    demo.gate.sign_in(person)
    wanted = ComplaintFilter(scope=ListScope.ALL)
    own = list(demo.complaints.list_ids(wanted))
    assert own and len(own) < (total or 0)
    target = tmp_path / "complaints.xlsx"
    demo.exports.complaints(wanted, target, COMPLAINTS, "처리 현황 보고", actor=person)
    sheet = load_workbook(target).active
    assert sheet is not None
    assert [c.value for c in sheet[1]] == ["번호", "민원인", "제목"]
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == own
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:C{len(own) + 1}"
    _private(target)
    assert [r.reason for r in _exports(demo)] == ["처리 현황 보고"]


def test_without_a_reason_nothing_is_written_and_nothing_recorded(
        demo: Services, tmp_path: Path) -> None:
    target = tmp_path / "memos.xlsx"
    for reason in ("", "   ", "\x00\t"):
        with pytest.raises(ValidationError) as refused:
            demo.exports.memos(MemoFilter(), target, MEMOS, reason, actor=EVERYONE)
        assert set(refused.value.field_errors) == {"reason"}
    with pytest.raises(ValidationError):
        demo.exports.visits(FIXED_NOW.date(), "", target, ListLayout("방문", (), list), "",
                            actor=EVERYONE)
    assert not target.exists() and _exports(demo) == []


def test_the_calls_before_outbound_visits_masked_with_one_record(
        demo: Services, tmp_path: Path) -> None:
    staff = demo.directory.search()[0]
    outbound = demo.reception.outbound
    for name, phone in (("김고객", "010-1234-5678"), ("박고객", "010-2222-3333")):
        outbound.book(OutboundVisitDraft(
            customer_name=name, customer_phone=phone, purpose="공연장 점검",
            staff_id=staff.id, visit_date=FIXED_NOW.date() + timedelta(days=14)),
            actor=EVERYONE)
    layout: ListLayout[OutboundVisitRow] = ListLayout(
        "방문 전 통화", ("고객", "전화", "방문일", "통화 기한"),
        lambda r: [r.customer_name_masked, r.customer_phone_masked, r.visit_date,
                   r.call_due_at])
    target = tmp_path / "outbound.xlsx"
    done = demo.exports.outbound_visits(False, target, layout, "방문 일정 점검",
                                        actor=EVERYONE)
    shown = outbound.rows(outbound.task_ids())
    assert done.rows == len(shown) > 2
    sheet = load_workbook(target).active
    assert sheet is not None and sheet.freeze_panes == "A2"
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows] == [r.customer_name_masked for r in shown]
    assert {("김*객", "010-****-5678"), ("박*객", "010-****-3333")} <= {
        (r[0], r[1]) for r in rows}
    assert all("*" in str(r[1]) for r in rows)
    assert [(r.entity, r.subject, r.reason) for r in _exports(demo)] == [
        ("outbound_visit", f"목록 {len(shown)}건", "방문 일정 점검")]
    with pytest.raises(ValidationError):
        demo.exports.outbound_visits(True, target, layout, " ", actor=EVERYONE)
    _private(target)


def test_the_directory_needs_no_reason_and_reimports_as_duplicates(
        demo: Services, tmp_path: Path) -> None:
    layout = ListLayout("직원", ("이름", "부서", "직위", "담당업무", "내선", "직통번호", "이메일"),
                        lambda r: [r.name, r.department_name, r.position, r.duties,
                                   r.extension, r.direct_line, r.email])
    target = tmp_path / "directory.csv"
    assert demo.exports.directory("", None, None, target, layout).rows == 60
    assert _exports(demo) == []
    preview = demo.staff_import.preview(target)
    assert len(preview.rows) == 60 and preview.good == []
    assert all(korean(r.errors[0]).startswith("중복") for r in preview.bad)
    department = demo.directory.departments()[0]
    demo.exports.directory("", department.id, None, target, layout)
    assert len(_csv(target)) - 1 == department.staff_count


def test_a_missing_folder_or_a_full_disk_is_said_and_leaves_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "no-such-folder" / "list.xlsx"
    with pytest.raises(DomainError) as caught:
        write_list(target, "목록", ("이름",), [["홍길동"]])
    assert not isinstance(caught.value, StoreUnavailable)
    assert "파일을 쓸 수 없습니다" in korean(caught.value.msg)

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(list_export, "_write_csv", full)
    with pytest.raises(StoreUnavailable) as known:
        write_list(tmp_path / "list.csv", "목록", ("이름",), [["홍길동"]])
    assert known.value.reason == "disk_full"
    assert list(tmp_path.iterdir()) == []


def test_a_row_the_sheet_cannot_take_leaves_no_partial_file(tmp_path: Path) -> None:
    """Not only a refused folder: whatever stops the writer halfway removes its file."""
    for name in ("list.xlsx", "list.csv"):
        with pytest.raises((ValueError, TypeError, AttributeError)):
            write_list(tmp_path / name, "목록", ("이름", "값"),
                       [["홍길동", 1]] * 500 + [["김철수", object()]])  # type: ignore[list-item]
    assert list(tmp_path.iterdir()) == []


def test_korean_dates_and_formula_looking_text_survive_both_formats(tmp_path: Path) -> None:
    moment = datetime(2026, 2, 25, 18, 0, tzinfo=FIXED_NOW.tzinfo)
    rows = [["=HYPERLINK(\"http://x\")", "+82 10-1234-5678", "홍길동\x01", moment,
             moment.date(), 7, None]]
    headers = ("이름", "전화", "메모", "일시", "날짜", "건수", "빈칸")
    write_list(tmp_path / "a.csv", "목록", headers, rows)
    write_list(tmp_path / "a.xlsx", "목록: 2월/3월", headers, rows)
    assert _csv(tmp_path / "a.csv")[1] == [
        "'=HYPERLINK(\"http://x\")", "+82 10-1234-5678", "홍길동\x01",
        moment.astimezone(FIXED_NOW.tzinfo).strftime("%Y-%m-%d %H:%M"), "2026-02-25", "7", ""]
    book = load_workbook(tmp_path / "a.xlsx")
    sheet = book.active
    assert sheet is not None and sheet.title == "목록  2월 3월"
    cells = list(sheet[2])
    assert cells[0].value == "=HYPERLINK(\"http://x\")" and cells[0].data_type == "s"
    assert cells[2].value == "홍길동"
    assert cells[3].value == datetime(2026, 2, 25, 18, 0)
    assert cells[3].number_format == list_export.MOMENT_FORMAT
    assert cells[4].number_format == list_export.DATE_FORMAT and cells[5].value == 7
    assert sheet["A1"].font.b and sheet.column_dimensions["D"].width >= 16
    for name in ("a.csv", "a.xlsx"):
        _private(tmp_path / name)
