"""Import the staff list from CSV or XLSX, with a preview (the directory is exported as
its list is, services/list_exports.py).

Good rows go in, bad rows are listed with their line and reason, and nothing is
half-written: the good rows are inserted in one transaction.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from arco_desk.domain.actor import Actor
from arco_desk.domain.change_feed import ChangeKind
from arco_desk.domain.directory import StaffDraft, validate_staff
from arco_desk.domain.errors import DomainError, ValidationError
from arco_desk.domain.messages import Message, msg
from arco_desk.domain.text import tidy
from arco_desk.services.audit import record_audit
from arco_desk.services.korean_records import COLUMNS
from arco_desk.store.change_feed import publish
from arco_desk.store.models import Department, Staff
from arco_desk.store.retry import retry_conflicts
from arco_desk.store.unit_of_work import UnitOfWork

# An agency's staff list is a few hundred rows; a file far longer is not one (and would
# hold the preview for minutes). A CSV field longer than the reader's own limit (131,072
# characters) refuses the file naming its row: no column of a staff row is near that.
MAX_IMPORT_ROWS: Final = 5_000

# What a row's refusal calls a field (the staff file's columns).
FIELD_LABELS: Final[dict[str, Message]] = {
    "name": msg("staff_import.column.name"),
    "department_id": msg("staff_import.column.department"),
    "department": msg("staff_import.column.department"),
    "position": msg("staff_import.column.position"),
    "duties": msg("staff_import.column.duties"),
    "extension": msg("staff_import.column.extension"),
    "direct_line": msg("staff_import.column.direct_line"),
    "email": msg("staff_import.column.email"),
    "floor": msg("staff_import.column.floor"),
    "room": msg("staff_import.column.room"),
    "seat": msg("staff_import.column.seat"),
}


@dataclass(slots=True)
class ImportRow:
    line: int
    values: dict[str, str]
    draft: StaffDraft | None = None
    errors: list[Message] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(slots=True)
class ImportPreview:
    source: str
    rows: list[ImportRow]

    @property
    def good(self) -> list[ImportRow]:
        return [r for r in self.rows if r.ok]

    @property
    def bad(self) -> list[ImportRow]:
        return [r for r in self.rows if not r.ok]


@dataclass(frozen=True, slots=True)
class ImportResult:
    inserted: int
    rejected: list[ImportRow]


def read_table(path: Path) -> list[list[str]]:
    """Rows of a CSV (UTF-8 or CP949, as Korean Excel saves it) or an XLSX's first sheet."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook  # only for an XLSX (docs/architecture.md §16)

        try:
            workbook = load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many types for a damaged file
            raise DomainError(msg("staff_import.xlsx_unreadable", name=path.name,
                                  reason=str(exc))) from exc
        try:
            sheet = workbook.worksheets[0]
            return _bounded(path, (
                ["" if v is None else str(v).strip() for v in row]
                for row in sheet.iter_rows(values_only=True)
            ))
        finally:
            workbook.close()
    if suffix in (".csv", ".txt"):
        raw = path.read_bytes()
        for encoding in ("utf-8-sig", "cp949"):
            try:
                text = raw.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise DomainError(msg("staff_import.csv_encoding", name=path.name))
        # newline="": a lone CR (old Mac files) ends a row instead of breaking the reader
        reader = csv.reader(io.StringIO(text, newline=""))
        try:
            return _bounded(path, ([cell.strip() for cell in row] for row in reader))
        except csv.Error as exc:
            raise DomainError(msg("staff_import.csv_row_unreadable", name=path.name,
                                  line=reader.line_num, reason=str(exc))) from exc
    raise DomainError(msg("staff_import.unsupported", name=path.name))


def _bounded(path: Path, rows: Iterable[list[str]]) -> list[list[str]]:
    """``rows`` as a list, or a refusal once they pass MAX_IMPORT_ROWS data rows."""
    table: list[list[str]] = []
    for row in rows:
        if len(table) > MAX_IMPORT_ROWS:  # the header and MAX_IMPORT_ROWS rows fit
            raise DomainError(msg("staff_import.too_many_rows", name=path.name,
                                  limit=MAX_IMPORT_ROWS))
        table.append(row)
    return table


def _header_map(header: list[str]) -> dict[str, int]:
    mapping: dict[str, int] = {}
    normalised = [h.strip().lower() for h in header]
    for key, names in COLUMNS.items():
        for index, cell in enumerate(normalised):
            if cell in names:
                mapping[key] = index
                break
    return mapping


def _data_rows(table: list[list[str]]) -> Iterator[tuple[int, dict[str, str]]]:
    mapping = _header_map(table[0])
    missing = [COLUMNS[k][0] for k in ("name", "department") if k not in mapping]
    if missing:
        raise DomainError(msg("staff_import.header_missing", columns=", ".join(missing)))
    for line, row in enumerate(table[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        yield line, {k: row[i].strip() if i < len(row) else "" for k, i in mapping.items()}


class StaffImportService:
    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    def preview(self, path: Path) -> ImportPreview:
        table = read_table(path)
        if not table:
            raise DomainError(msg("staff_import.empty", name=path.name))
        with self.uow.read() as session:
            departments = {name: id_ for id_, name in session.execute(
                select(Department.id, Department.name))}
            existing, emails = _taken(session)
        rows = [
            self._check_row(line, values, departments, existing, emails)
            for line, values in _data_rows(table)
        ]
        return ImportPreview(path.name, rows)

    @staticmethod
    def _check_row(
        line: int,
        values: dict[str, str],
        departments: dict[str, int],
        existing: set[tuple[str, int]],
        emails: set[str],
    ) -> ImportRow:
        row = ImportRow(line, values)
        department_id = departments.get(tidy(values.get("department", "")))
        if values.get("department") and department_id is None:
            row.errors.append(msg("staff_import.unknown_department",
                                  department=values["department"]))
        draft = StaffDraft(
            name=values.get("name", ""), department_id=department_id,
            position=values.get("position", ""), duties=values.get("duties", ""),
            extension=values.get("extension", ""), direct_line=values.get("direct_line", ""),
            email=values.get("email", ""), floor=values.get("floor", ""),
            room=values.get("room", ""), seat=values.get("seat", ""),
        )
        try:
            clean = validate_staff(draft)
        except ValidationError as exc:
            for key, message in exc.field_errors.items():
                if key == "department_id" and row.errors:
                    continue  # already said which department is unknown
                row.errors.append(msg("staff_import.field", column=FIELD_LABELS.get(key, key),
                                      reason=message))
            return row
        if (clean.name, clean.department_id) in existing:
            row.errors.append(msg("staff_import.duplicate_name",
                                  department=values["department"], name=clean.name))
        elif clean.email and clean.email.lower() in emails:
            row.errors.append(msg("staff_import.duplicate_email", email=clean.email))
        if row.errors:
            return row
        assert clean.department_id is not None
        existing.add((clean.name, clean.department_id))
        if clean.email:
            emails.add(clean.email.lower())
        row.draft = clean
        return row

    @retry_conflicts
    def commit(self, preview: ImportPreview, *, actor: Actor) -> ImportResult:
        """Insert every good row in one transaction; return the rejected ones.

        The good rows are checked again inside the transaction, since another PC may
        have added the same people since the preview (docs/architecture.md §9). The
        departments are locked first (all of them: an e-mail address is unique across
        departments), so two PCs importing take turns and the second finds the first's
        rows as duplicates: each person and each address is added once.
        """
        with self.uow.write(actor) as session:
            session.execute(select(Department.id).order_by(Department.id).with_for_update())
            existing, emails = _taken(session)
            good: list[StaffDraft] = []
            late: list[ImportRow] = []
            for row in preview.good:
                assert row.draft is not None
                refusal = _refusal(row, existing, emails)
                if refusal is not None:
                    late.append(ImportRow(row.line, row.values, None, [refusal]))
                    continue
                d = row.draft
                assert d.department_id is not None
                existing.add((d.name, d.department_id))
                if d.email:
                    emails.add(d.email.lower())
                good.append(d)
            added = [Staff(
                name=d.name, department_id=d.department_id, position=d.position,
                duties=d.duties, extension=d.extension, direct_line=d.direct_line,
                email=d.email, floor=d.floor, room=d.room, seat=d.seat,
            ) for d in good]
            session.add_all(added)
            session.flush()
            for staff in added:
                publish(session, ChangeKind.STAFF_CHANGED, staff.id, staff_id=staff.id,
                        department_id=staff.department_id)
            rejected = sorted([*preview.bad, *late], key=lambda r: r.line)
            record_audit(session, actor, "staff.import", "staff", None,
                         f"{preview.source}: {len(good)} rows, {len(rejected)} rejected")
        return ImportResult(len(good), rejected)


def _taken(session: Session) -> tuple[set[tuple[str, int]], set[str]]:
    """(name, department) of every active staff member, and their e-mails (lowercase)."""
    existing = {(n, d) for n, d in session.execute(
        select(Staff.name, Staff.department_id).where(Staff.active.is_(True)))}
    emails = {e.lower() for e in session.scalars(
        select(Staff.email).where(Staff.active.is_(True), Staff.email != ""))}
    return existing, emails


def _refusal(row: ImportRow, existing: set[tuple[str, int]],
             emails: set[str]) -> Message | None:
    """Why a row good at the preview can't go in now (someone added that person
    meanwhile), or None."""
    d = row.draft
    assert d is not None and d.department_id is not None
    if (d.name, d.department_id) in existing:
        return msg("staff_import.duplicate_name", department=row.values.get("department", ""),
                   name=d.name)
    if d.email and d.email.lower() in emails:
        return msg("staff_import.duplicate_email", email=d.email)
    return None
