"""Table model of memos: ids held, rows fetched in pages, countdown badges to the callback."""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from arco_desk.domain.clock import Clock
from arco_desk.domain.deadlines import Countdown
from arco_desk.domain.memos import DoneVia, MemoRow, MemoStatus
from arco_desk.services.list_export import Cell, ListLayout
from arco_desk.ui.common.labels import label
from arco_desk.ui.common.paged_model import PagedTableModel
from arco_desk.ui.common.status_style import badge_text, status_colours, status_text

MEMO_ID_ROLE = Qt.ItemDataRole.UserRole + 1
EXCERPT = 60


class MemoColumn(enum.Enum):
    STATUS = "status"
    DUE = "due"
    CALLED_AT = "called_at"
    CALLER = "caller"
    PHONE = "phone"
    RECIPIENT = "recipient"
    MESSAGE = "message"
    READ_AT = "read_at"


def _header(column: MemoColumn) -> str:
    return {
        MemoColumn.STATUS: QCoreApplication.translate("MemoTableModel", "Status"),
        MemoColumn.DUE: QCoreApplication.translate("MemoTableModel", "Call back by"),
        MemoColumn.CALLED_AT: QCoreApplication.translate("MemoTableModel", "Called"),
        MemoColumn.CALLER: QCoreApplication.translate("MemoTableModel", "Caller"),
        MemoColumn.PHONE: QCoreApplication.translate("MemoTableModel", "Number"),
        MemoColumn.RECIPIENT: QCoreApplication.translate("MemoTableModel", "For"),
        MemoColumn.MESSAGE: QCoreApplication.translate("MemoTableModel", "Message"),
        MemoColumn.READ_AT: QCoreApplication.translate("MemoTableModel", "Read"),
    }[column]


def short_time(moment: datetime | None) -> str:
    return "" if moment is None else moment.strftime("%m/%d %H:%M")


def clock_time(moment: datetime | None, now: datetime) -> str:
    """"14:24" today, "11/19" another day: short enough for a status cell."""
    if moment is None:
        return ""
    today = now.astimezone(moment.tzinfo).date()
    return moment.strftime("%H:%M" if moment.date() == today else "%m/%d")


def caller_text(row: MemoRow) -> str:
    return f"{row.caller_name} ({row.caller_org})" if row.caller_org else row.caller_name


def recipient_short(row: MemoRow) -> str:
    """"김민준", or "문학지원부 (whole department)" while unclaimed."""
    if row.target_name:
        return row.target_name
    return QCoreApplication.translate("MemoTableModel", "%1 (whole department)").replace(
        "%1", row.department_name or "").strip()


def recipient_text(row: MemoRow) -> str:
    """"김민준", "김민준 (for 이서연)", or "문학지원부 — whole department"."""
    if row.target_name is None:
        return QCoreApplication.translate("MemoTableModel", "%1 — whole department").replace(
            "%1", row.department_name or "")
    text = row.target_name
    if row.asked_for_name and row.asked_for_name != row.target_name:
        text += " " + QCoreApplication.translate("MemoTableModel", "(for %1)").replace(
            "%1", row.asked_for_name)
    if row.escalated_to_name:
        text += " → " + row.escalated_to_name
    return text


class MemoTableModel(PagedTableModel[MemoRow]):
    """``columns`` chooses what a view shows; ``badge`` gives the countdown to a deadline
    and ``clock`` the time of day (today's times are shown without their date)."""

    def __init__(
        self,
        fetch: Callable[[Sequence[int]], list[MemoRow]],
        badge: Callable[[datetime], Countdown],
        clock: Clock,
        columns: Sequence[MemoColumn],
        parent: Any = None,
        bold_unread: bool = False,
    ) -> None:
        super().__init__(fetch, parent)
        self._badge = badge
        self._clock = clock
        self.columns = tuple(columns)
        self.headers = tuple(_header(c) for c in self.columns)
        self.bold_unread = bold_unread
        self._badges: dict[int, Countdown] = {}

    def column_of(self, column: MemoColumn) -> int:
        return self.columns.index(column)

    def set_ids(self, ids: Sequence[int], rows: Mapping[int, MemoRow] | None = None) -> None:
        self._badges.clear()
        super().set_ids(ids, rows)

    def refresh_badges(self) -> None:
        """Recompute the countdowns (the clock moved) without refetching rows."""
        self._badges.clear()
        if self.rowCount() and MemoColumn.DUE in self.columns:
            column = self.column_of(MemoColumn.DUE)
            self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))

    def countdown(self, row: MemoRow) -> Countdown | None:
        if not row.is_open or row.callback_due_at is None:
            return None
        if row.id not in self._badges:
            self._badges[row.id] = self._badge(row.callback_due_at)
        return self._badges[row.id]

    def cell(self, row: MemoRow, column: int, role: int) -> Any:
        which = self.columns[column]
        if role == MEMO_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, which)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            colours = None
            if which is MemoColumn.STATUS:
                colours = status_colours(row.status)
            elif which is MemoColumn.DUE:
                badge = self.countdown(row)
                colours = (status_colours(badge.state) if badge is not None
                           else status_colours(MemoStatus.DONE))
            if colours is not None:
                return colours[0] if role == Qt.ItemDataRole.BackgroundRole else colours[1]
            return None
        if role == Qt.ItemDataRole.FontRole and self.bold_unread and row.read_at is None \
                and row.is_open:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if which is MemoColumn.MESSAGE:
                return row.message
            if row.masked and which in (MemoColumn.CALLER, MemoColumn.PHONE):
                return QCoreApplication.translate(
                    "MemoTableModel", "Masked: the memo is not yours to handle. Open it to "
                    "see the caller in full (the look is recorded).")
            if which in (MemoColumn.CALLER, MemoColumn.RECIPIENT, MemoColumn.PHONE):
                return self._text(row, which)
            if which is MemoColumn.DUE and row.callback_due_at is not None:
                return row.callback_due_at.strftime("%Y-%m-%d %H:%M")
            if which is MemoColumn.STATUS and row.outcome:
                return row.outcome
        return None

    def _text(self, row: MemoRow, which: MemoColumn) -> str:
        if which is MemoColumn.STATUS:
            when = row.done_at if row.status is MemoStatus.DONE else row.read_at
            return f"{status_text(row.status)} {clock_time(when, self._clock())}".rstrip()
        if which is MemoColumn.DUE:
            badge = self.countdown(row)
            if badge is not None:
                return badge_text(badge)
            return done_via_text(row.done_via) if row.done_via else ""
        if which is MemoColumn.CALLED_AT:
            return short_time(row.called_at)
        if which is MemoColumn.CALLER:
            return caller_text(row)
        if which is MemoColumn.PHONE:
            return row.caller_phone or row.caller_email
        if which is MemoColumn.RECIPIENT:
            return recipient_text(row)
        if which is MemoColumn.MESSAGE:
            text = " ".join(row.message.split())
            return text if len(text) <= EXCERPT else text[: EXCERPT - 1] + "…"
        if which is MemoColumn.READ_AT:
            return short_time(row.read_at) or "—"
        return ""


def done_via_text(via: str) -> str:
    """How a memo was completed, in the UI's language (a code from a newer version as is)."""
    try:
        return label(DoneVia(via))
    except ValueError:
        return via


def export_layout() -> ListLayout[MemoRow]:
    """The desk's list as a file: its columns, with whole messages and real moments (a
    masked caller stays masked)."""
    def cells(row: MemoRow) -> list[Cell]:
        return [row.id, status_text(row.status), row.called_at, row.callback_due_at,
                row.caller_name, row.caller_org, row.caller_phone, row.caller_email,
                recipient_text(row), row.message, row.done_at,
                done_via_text(row.done_via) if row.done_via else "", row.outcome]
    translate = QCoreApplication.translate
    return ListLayout(
        translate("ListExport", "Phone memos"),
        (translate("ListExport", "No."), _header(MemoColumn.STATUS),
         _header(MemoColumn.CALLED_AT), _header(MemoColumn.DUE),
         _header(MemoColumn.CALLER), translate("ListExport", "Organisation"),
         _header(MemoColumn.PHONE), translate("ListExport", "E-mail"),
         _header(MemoColumn.RECIPIENT), _header(MemoColumn.MESSAGE),
         translate("ListExport", "Done"), translate("ListExport", "Done via"),
         translate("ListExport", "Outcome")),
        cells)
