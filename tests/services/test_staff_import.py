"""Staff import (CSV in UTF-8 or CP949, XLSX) with a preview, and CSV export."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import delete, func, select
from sqlalchemy import exc as sa_exc

from arco_desk.domain.directory import StaffDraft
from arco_desk.domain.errors import DomainError
from arco_desk.services.container import Services
from arco_desk.services.staff_import import ImportPreview
from arco_desk.store.models import AuditEntry, Department, Staff
from tests.actors import DESK
from tests.words import korean, refused_with

HEADER = ["이름", "부서", "직위", "담당업무", "내선", "직통번호", "이메일"]


def _rows(existing: tuple[str, str]) -> list[list[object]]:
    """Lines 2-9 of the file: two good rows among bad ones (line 8 is blank)."""
    name, department = existing
    return [
        ["홍길동", "고객소통팀", "주임", "민원 안내; 정보공개", 2199, "02-760-4500",
         "hong@arko.or.kr"],                                                     # 2 good
        ["김철수", "고객소통팀", "사원", "", 2198, "12-34", ""],                  # 3 bad phone
        ["이영희", "없는부서", "사원", "", "", "", ""],                           # 4 no such dept
        ["홍길동", "고객소통팀", "사원", "", "", "", ""],                         # 5 dup in file
        [name, department, "", "", "", "", ""],                                   # 6 dup existing
        ["", "고객소통팀", "사원", "", "", "", ""],                               # 7 no name
        ["", "", "", "", "", "", ""],                                             # 8 blank
        ["박보검", "공연예술부", "사원", "연극 지원", 2197, "010-1234-5678", ""],  # 9 good
    ]


BAD_LINES = {3: "직통번호", 4: "없는 부서: 없는부서", 5: "중복", 6: "중복", 7: "이름"}


def _existing(services: Services) -> tuple[str, str]:
    first = services.directory.search("고객소통팀")[0]
    return first.name, first.department_name


def _csv_bytes(rows: list[list[object]], encoding: str) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    return buffer.getvalue().encode(encoding)


def _write_xlsx(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(header)
    for row in rows:
        sheet.append([None if v == "" else v for v in row])
    workbook.save(path)
    return path


def _staff_count(services: Services) -> int:
    with services.uow.read() as session:
        return int(session.scalar(select(func.count(Staff.id))) or 0)


def _import_audits(services: Services) -> list[str]:
    with services.uow.read() as session:
        return list(session.scalars(
            select(AuditEntry.detail).where(AuditEntry.action == "staff.import")))


@pytest.fixture(params=["utf-8-sig", "cp949", "xlsx"])
def staff_file(request: pytest.FixtureRequest, demo_services: Services, tmp_path: Path) -> Path:
    rows = _rows(_existing(demo_services))
    if request.param == "xlsx":
        return _write_xlsx(tmp_path / "직원명단.xlsx", HEADER, rows)
    path = tmp_path / "직원명단.csv"
    path.write_bytes(_csv_bytes(rows, request.param))
    return path


def test_the_csv_encodings_really_differ() -> None:
    utf8 = _csv_bytes([["홍길동", "고객소통팀"]], "utf-8-sig")
    assert utf8.startswith(b"\xef\xbb\xbf")
    with pytest.raises(UnicodeDecodeError):
        _csv_bytes([["홍길동", "고객소통팀"]], "cp949").decode("utf-8")


def test_preview_lists_bad_rows_with_lines_and_reasons(
    demo_services: Services, staff_file: Path
) -> None:
    preview = demo_services.staff_import.preview(staff_file)
    assert preview.source == staff_file.name
    assert [r.line for r in preview.good] == [2, 9]
    assert [r.line for r in preview.bad] == sorted(BAD_LINES)
    for row in preview.bad:
        assert row.draft is None
        reasons = [korean(reason) for reason in row.errors]
        assert any(BAD_LINES[row.line] in reason for reason in reasons), (row.line, reasons)
    unknown = next(r for r in preview.bad if r.line == 4)
    assert len(unknown.errors) == 1  # the unknown department is said once, precisely
    good = preview.good[0]
    assert good.draft is not None
    assert good.draft.direct_line == "02-760-4500"
    assert good.draft.extension == "2199"
    assert good.draft.duties == "민원 안내, 정보공개"
    assert _staff_count(demo_services) == 60  # a preview writes nothing


def test_commit_inserts_exactly_the_good_rows(demo_services: Services, staff_file: Path) -> None:
    preview = demo_services.staff_import.preview(staff_file)
    result = demo_services.staff_import.commit(preview, actor=DESK)
    assert result.inserted == 2
    assert [r.line for r in result.rejected] == sorted(BAD_LINES)
    assert _staff_count(demo_services) == 62
    directory = demo_services.directory
    (hong,) = directory.search("홍길동")
    assert (hong.department_name, hong.position, hong.extension, hong.direct_line, hong.email) \
        == ("고객소통팀", "주임", "2199", "02-760-4500", "hong@arko.or.kr")
    (park,) = directory.search("박보검")
    assert (park.department_name, park.direct_line) == ("공연예술부", "010-1234-5678")
    for name in ("김철수", "이영희"):
        assert directory.search_ids(name) == []
    assert _import_audits(demo_services) == [f"{staff_file.name}: 2 rows, 5 rejected"]


def test_importing_the_same_file_twice_adds_nothing(
    demo_services: Services, staff_file: Path
) -> None:
    demo_services.staff_import.commit(demo_services.staff_import.preview(staff_file), actor=DESK)
    again = demo_services.staff_import.preview(staff_file)
    assert again.good == []
    assert demo_services.staff_import.commit(again, actor=DESK).inserted == 0
    assert _staff_count(demo_services) == 62


def test_duplicate_email_is_refused(demo_services: Services, tmp_path: Path) -> None:
    taken = demo_services.directory.search("")[0].email
    path = tmp_path / "email.csv"
    path.write_text(f"이름,부서,이메일\n새사람,공연예술부,{taken.upper()}\n"
                    "둘째,공연예술부,same@x.kr\n셋째,공연예술부,same@x.kr\n",
                    encoding="utf-8-sig")
    preview = demo_services.staff_import.preview(path)
    assert [r.line for r in preview.good] == [3]
    assert [(r.line, "이메일" in korean(r.errors[0])) for r in preview.bad] == [(2, True),
                                                                               (4, True)]


def test_english_headers_and_short_rows(demo_services: Services, tmp_path: Path) -> None:
    path = tmp_path / "staff.csv"
    path.write_text("Name,Department,Extension,E-mail\n"
                    "Jane Doe,국제교류부,2199\n", encoding="utf-8")
    preview = demo_services.staff_import.preview(path)
    assert [r.line for r in preview.good] == [2]
    assert preview.good[0].values["email"] == ""


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_header_without_name_or_department_is_refused(
    demo_services: Services, tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"wrong{suffix}"
    header = ["성함", "팀", "내선"]
    if suffix == ".xlsx":
        _write_xlsx(path, header, [["홍길동", "고객소통팀", "2199"]])
    else:
        path.write_text("성함,팀,내선\n홍길동,고객소통팀,2199\n", encoding="utf-8-sig")
    with pytest.raises(DomainError) as caught:
        demo_services.staff_import.preview(path)
    assert "이름" in korean(caught.value.msg) and "부서" in korean(caught.value.msg)


def test_a_header_with_only_the_name_names_the_missing_column(
    demo_services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "half.csv"
    path.write_text("이름,내선\n홍길동,2199\n", encoding="utf-8")
    with refused_with(DomainError, "부서") as caught:
        demo_services.staff_import.preview(path)
    assert "이름" not in korean(caught.value.msg).split(":")[-1]


@pytest.mark.parametrize("name", ["staff.pdf", "staff.json", "staff"])
def test_unsupported_file_types_are_refused(
    demo_services: Services, tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    path.write_text("이름,부서\n홍길동,고객소통팀\n", encoding="utf-8")
    with refused_with(DomainError, "CSV 또는 XLSX"):
        demo_services.staff_import.preview(path)


def test_empty_and_damaged_files_are_refused(demo_services: Services, tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with refused_with(DomainError, "빈 파일"):
        demo_services.staff_import.preview(empty)
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(b"this is not a zip file")
    with refused_with(DomainError, "엑셀"):
        demo_services.staff_import.preview(damaged)


def test_nothing_is_half_written_when_commit_fails(
    demo_services: Services, tmp_path: Path
) -> None:
    temporary = demo_services.directory.add_department("임시팀", actor=DESK)
    path = tmp_path / "staff.csv"
    path.write_text("이름,부서\n가나다,고객소통팀\n라마바,임시팀\n사아자,공연예술부\n",
                    encoding="utf-8-sig")
    preview = demo_services.staff_import.preview(path)
    assert [r.line for r in preview.good] == [2, 3, 4]
    # The department goes away between preview and commit: the second insert breaks the FK.
    with demo_services.uow.write() as session:
        session.execute(delete(Department).where(Department.id == temporary))
    with pytest.raises(sa_exc.IntegrityError, match="FOREIGN KEY"):
        demo_services.staff_import.commit(preview, actor=DESK)
    assert _staff_count(demo_services) == 60
    for name in ("가나다", "라마바", "사아자"):
        assert demo_services.directory.search_ids(name) == []
    assert _import_audits(demo_services) == []


def test_a_person_added_since_the_preview_is_rejected_at_commit(
    demo_services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "staff.csv"
    path.write_text("이름,부서,이메일\n가나다,고객소통팀,\n"
                    "사아자,공연예술부,saja@arko.or.kr\n차카타,공연예술부,\n",
                    encoding="utf-8-sig")
    preview = demo_services.staff_import.preview(path)
    assert [r.line for r in preview.good] == [2, 3, 4]
    # Meanwhile, on another PC: 가나다 is added by hand, and someone else gets 사아자's
    # e-mail.
    team = next(d.id for d in demo_services.directory.departments() if d.name == "고객소통팀")
    arts = next(d.id for d in demo_services.directory.departments() if d.name == "공연예술부")
    demo_services.directory.create_staff(StaffDraft(name="가나다", department_id=team),
                                         actor=DESK)
    demo_services.directory.create_staff(StaffDraft(name="다른사람", department_id=arts,
                                                    email="SAJA@arko.or.kr"), actor=DESK)
    result = demo_services.staff_import.commit(preview, actor=DESK)
    assert result.inserted == 1
    why = {r.line: korean(r.errors[0]) for r in result.rejected}
    assert list(why) == [2, 3]
    assert "중복" in why[2] and "이메일" in why[3]
    assert demo_services.directory.search_ids("차카타") != []
    assert demo_services.directory.search_ids("사아자") == []
    assert _staff_count(demo_services) == 63
    assert _import_audits(demo_services) == ["staff.csv: 1 rows, 2 rejected"]


def test_commit_of_an_all_bad_preview_inserts_nothing(demo_services: Services) -> None:
    result = demo_services.staff_import.commit(ImportPreview("empty.csv", []), actor=DESK)
    assert result.inserted == 0 and result.rejected == []
    assert _staff_count(demo_services) == 60
