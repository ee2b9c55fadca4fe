"""A list as a file: CSV (UTF-8 with a BOM, so Korean Excel opens it as UTF-8) or XLSX
(frozen header row, a filter on every column, widths to fit, dates as dates).

The one place the app writes tables to files: the lists of the tabs
(services/list_exports.py) and the privacy officer's review (access_review_file.py).
The headers and the words in the cells come from the caller, in the language the window
runs in; a file is private to its owner (0600 on POSIX) and appears whole or not at all.
"""

from __future__ import annotations

import csv
import enum
import os
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Final, Generic, TypeVar

from arco_desk.domain.clock import SEOUL
from arco_desk.domain.errors import DomainError
from arco_desk.domain.messages import msg
from arco_desk.store.errors import classify

if TYPE_CHECKING:  # openpyxl loads when a sheet is written (docs/architecture.md §16)
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

__all__ = ["DATE_FORMAT", "MOMENT_FORMAT", "Cell", "ListFormat", "ListLayout", "format_of",
           "write_list"]

R = TypeVar("R")
Cell = str | int | float | datetime | date | None

# How a moment and a day read in a cell (Excel's codes; the CSV writes the same text).
MOMENT_FORMAT: Final = "yyyy-mm-dd hh:mm"
DATE_FORMAT: Final = "yyyy-mm-dd"
_CSV_MOMENT: Final = "%Y-%m-%d %H:%M"
_CSV_DATE: Final = "%Y-%m-%d"
_HEADER_COLOUR: Final = "E8EEF7"
# Column widths, in characters (a Hangul syllable counts two): wide enough, never absurd.
_MIN_WIDTH, _MAX_WIDTH, _WIDTH_SAMPLE = 6, 60, 2_000
_SHEET_NAME_LENGTH: Final = 31
_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")
_NUMBER_CHARS: Final = frozenset("0123456789 -+().")


class ListFormat(enum.StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


def format_of(path: Path) -> ListFormat:
    """The file's format by its name: ``.xlsx`` is XLSX, anything else CSV."""
    return ListFormat.XLSX if path.suffix.lower() == ".xlsx" else ListFormat.CSV


@dataclass(frozen=True, slots=True)
class ListLayout(Generic[R]):
    """How rows of a list become a file's: the sheet's name, the column headers and each
    row's cells, worded by the window (its language) from the rows the services gave it."""

    title: str
    headers: tuple[str, ...]
    cells: Callable[[R], Sequence[Cell]]


def write_list(path: Path, title: str, headers: Sequence[str],
               rows: Sequence[Sequence[Cell]]) -> int:
    """Write ``rows`` under ``headers`` to ``path`` (CSV or XLSX by its name); how many rows.

    The file is written beside its place and moved there when whole, readable by its owner
    only. A file that can't be written (no such folder, no permission, disk full) is a
    :class:`DomainError` (a known error for a full disk), and nothing is left behind.
    """
    partial = path.with_name(path.name + ".partial")
    try:
        if format_of(path) is ListFormat.XLSX:
            _write_xlsx(partial, title, headers, rows)
        else:
            _write_csv(partial, headers, rows)
        os.replace(partial, path)
        if os.name == "posix":
            path.chmod(0o600)
    except OSError as error:
        partial.unlink(missing_ok=True)
        known = classify(error)
        if known is not None:
            raise known from error
        raise DomainError(msg("staff_import.write_failed", path=str(path),
                              reason=str(error.strerror or error))) from error
    except BaseException:
        # A cell the sheet can't take, an interruption: still nothing left behind.
        partial.unlink(missing_ok=True)
        raise
    return len(rows)


def _private(path: Path) -> int:
    """A new file at ``path`` only its owner may read (0600 from the start on POSIX)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    return os.open(path, flags, 0o600)


def _write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> None:
    with open(_private(path), "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        for row in rows:
            writer.writerow([_csv_text(value) for value in row])


def _csv_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return _local(value).strftime(_CSV_MOMENT)
    if isinstance(value, date):
        return value.strftime(_CSV_DATE)
    if isinstance(value, int | float):
        return str(value)
    return _inert(value)


def _inert(text: str) -> str:
    """Text a spreadsheet will not run as a formula (a caller named "=HYPERLINK(…)"):
    a leading quote, except before a plain number such as +82 10-1234-5678 or -3."""
    if text.startswith(_FORMULA_START) and not (
            text[0] in "+-" and len(text) > 1 and set(text[1:]) <= _NUMBER_CHARS):
        return "'" + text
    return text


def _local(moment: datetime) -> datetime:
    """A moment as Seoul's wall clock, without its zone (spreadsheets keep none)."""
    return moment.astimezone(SEOUL).replace(tzinfo=None) if moment.tzinfo else moment


def _write_xlsx(path: Path, title: str, headers: Sequence[str],
                rows: Sequence[Sequence[Cell]]) -> None:
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    # The file first: a folder that can't take it refuses before the sheet is built.
    with open(_private(path), "wb") as handle:
        book = Workbook(write_only=True)
        sheet = book.create_sheet(_sheet_name(title))
        for index, width in enumerate(_widths(headers, rows), start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.freeze_panes = "A2"
        sheet.append([_header_cell(sheet, text) for text in headers])
        for row in rows:
            sheet.append([_xlsx_cell(sheet, value) for value in row])
        last = get_column_letter(max(1, len(headers)))
        sheet.auto_filter.ref = f"A1:{last}{len(rows) + 1}"
        book.save(handle)


def _header_cell(sheet: WriteOnlyWorksheet, text: str) -> WriteOnlyCell:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill

    cell = WriteOnlyCell(sheet, value=_clean(text))
    cell.data_type = "s"
    cell.font = Font(bold=True)
    cell.fill = PatternFill("solid", fgColor=_HEADER_COLOUR)
    cell.alignment = Alignment(vertical="center")
    return cell


def _xlsx_cell(sheet: WriteOnlyWorksheet, value: Cell) -> WriteOnlyCell | Cell:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ERROR_CODES

    if isinstance(value, datetime):
        cell = WriteOnlyCell(sheet, value=_local(value))
        cell.number_format = MOMENT_FORMAT
        return cell
    if isinstance(value, date):
        return value  # openpyxl gives a day DATE_FORMAT itself
    if isinstance(value, str):
        text = _clean(value)
        if not text.startswith("=") and text not in ERROR_CODES:
            return text
        cell = WriteOnlyCell(sheet, value=text)
        cell.data_type = "s"  # text stays text: never a formula or an error
        return cell
    return value


def _clean(text: str) -> str:
    """Without the control characters XLSX cannot hold (the text rules keep newlines)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return str(ILLEGAL_CHARACTERS_RE.sub("", text))


def _sheet_name(title: str) -> str:
    name = "".join(" " if ch in "[]:*?/\\" else ch for ch in title).strip("' ")
    return name[:_SHEET_NAME_LENGTH] or "Sheet"


def _text_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
               for ch in max(text.splitlines() or [""], key=len))


def _cell_width(value: Cell) -> int:
    if isinstance(value, datetime):
        return len("2026-01-01 00:00")
    if isinstance(value, date):
        return len("2026-01-01")
    return _text_width("" if value is None else str(value))


def _widths(headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> list[int]:
    widths = [_text_width(h) + 4 for h in headers]  # room for the filter's button
    for row in rows[:_WIDTH_SAMPLE]:
        for index, value in enumerate(row[:len(widths)]):
            widths[index] = max(widths[index], _cell_width(value) + 2)
    return [min(max(w, _MIN_WIDTH), _MAX_WIDTH) for w in widths]
