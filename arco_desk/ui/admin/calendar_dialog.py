"""휴무일 달력: the month view of closed days and the agency's calendar overrides.

Adding or removing an override that would move the deadline of open items
shows those items (current → new deadline, each with a checkbox) before
anything is saved: the admin applies the checked moves or leaves the deadlines
as they are.
"""

from __future__ import annotations

import calendar as month_days
from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arco_desk.domain.actor import Actor
from arco_desk.domain.calendar_business import BusinessCalendar
from arco_desk.domain.calendar_overrides import (
    CalendarOverrideRecord,
    DeadlineChange,
    DeadlineItemType,
    OverrideDraft,
    OverrideKind,
)
from arco_desk.domain.dates import EARLIEST_DATE, latest_date
from arco_desk.domain.errors import DomainError, ValidationError
from arco_desk.domain.messages import msg
from arco_desk.services.calendar import AppliedChange, CalendarService
from arco_desk.ui.common.form import FieldErrors
from arco_desk.ui.common.known_errors import refusals
from arco_desk.ui.common.labels import label
from arco_desk.ui.common.message_bar import MessageBar
from arco_desk.ui.common.seoul_time import bound_to_entry_range, from_qdate, to_qdate

CLOSED_COLOUR = QColor("#c62828")
WORKDAY_COLOUR = QColor("#1b5e20")
WORKDAY_BACKGROUND = QColor("#dcefdc")
CLOSED_BACKGROUND = QColor("#fdecec")
WEEKEND_COLOUR = QColor("#8a8a8a")

# Role of the list and change items: the override id / the change's key.
DATA_ROLE = Qt.ItemDataRole.UserRole


class CalendarDialog(QDialog):
    """Month view with closed days, the list of the month's closed days, an override form
    and, when a change moves deadlines, the confirmation page."""

    EDIT_PAGE = 0
    CONFIRM_PAGE = 1

    def __init__(self, calendar_service: CalendarService, actor: Callable[[], Actor],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = calendar_service
        self.actor = actor
        self.setWindowTitle(self.tr("Calendar of closed days"))
        self.setObjectName("calendarDialog")
        # Filled by reload(), which shows a database error in the message bar.
        self.cal: BusinessCalendar = BusinessCalendar.korea()
        self.overrides: dict[date, CalendarOverrideRecord] = {}
        self.pending_add: OverrideDraft | None = None
        self.pending_remove: int | None = None
        self.pending_changes: list[DeadlineChange] = []
        self.last_result: AppliedChange | None = None
        self.kind_texts = {kind: label(kind) for kind in OverrideKind}
        self.item_texts = {item: label(item) for item in DeadlineItemType}

        self.message_bar = MessageBar(self)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._edit_page())
        self.pages.addWidget(self._confirm_page())
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.close_buttons)

        today = calendar_service.clock().date()
        # Only the dates the services accept (domain/dates.py): no page of year 9999.
        self.month.setDateRange(to_qdate(EARLIEST_DATE), to_qdate(latest_date(today)))
        bound_to_entry_range(self.day_edit, today)
        self.month.setSelectedDate(to_qdate(today))
        self.month.setCurrentPage(today.year, today.month)
        self.day_edit.setDate(to_qdate(today))
        self.reload()
        self.resize(980, 560)

    # --- building -----------------------------------------------------------------------

    def _edit_page(self) -> QWidget:
        page = QWidget()
        self.month = QCalendarWidget()
        self.month.setObjectName("monthView")
        self.month.setAccessibleName(self.tr("Month view"))
        self.month.setGridVisible(True)
        self.month.setFirstDayOfWeek(Qt.DayOfWeek.Sunday)
        self.month.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.month.setMinimumSize(440, 320)
        weekend = QTextCharFormat()
        weekend.setForeground(QBrush(WEEKEND_COLOUR))
        self.month.setWeekdayTextFormat(Qt.DayOfWeek.Saturday, weekend)
        self.month.setWeekdayTextFormat(Qt.DayOfWeek.Sunday, weekend)
        self.month.currentPageChanged.connect(self._page_changed)
        self.month.selectionChanged.connect(self._date_picked)
        self.day_info = QLabel()
        self.day_info.setObjectName("dayInfo")
        self.day_info.setWordWrap(True)
        legend = QLabel(
            f"<span style='color:{CLOSED_COLOUR.name()}'>■</span> "
            + self.tr("closed (holiday, closure)")
            + f" &nbsp; <span style='color:{WORKDAY_COLOUR.name()}'>■</span> "
            + self.tr("extra working day")
            + f" &nbsp; <span style='color:{WEEKEND_COLOUR.name()}'>■</span> "
            + self.tr("weekend")
        )
        left = QVBoxLayout()
        left.addWidget(self.month, 1)
        left.addWidget(legend)
        left.addWidget(self.day_info)

        self.list_title = QLabel()
        self.list_title.setObjectName("listTitle")
        self.closed_days = QTreeWidget()
        self.closed_days.setObjectName("closedDays")
        self.closed_days.setAccessibleName(self.tr("Closed days of the month"))
        self.closed_days.setHeaderLabels([self.tr("Date"), self.tr("Why"), self.tr("Kind")])
        self.closed_days.setRootIsDecorated(False)
        self.closed_days.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.closed_days.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.closed_days.currentItemChanged.connect(self._list_picked)

        form = QFormLayout()
        self.fields = FieldErrors(form)
        self.day_edit = QDateEdit()
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.day_edit.dateChanged.connect(self._date_typed)
        self.kind = QComboBox()
        for kind, text in self.kind_texts.items():
            self.kind.addItem(text, kind.value)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. foundation day closure"))
        self.fields.add_row("day", self.tr("&Date"), self.day_edit)
        self.fields.add_row("kind", self.tr("&Kind"), self.kind)
        self.fields.add_row("reason", self.tr("&Reason"), self.reason)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add_override)
        self.remove_button = QPushButton(self.tr("Re&move selected"))
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.add_button)
        form_title = QLabel(self.tr("<b>Add a closure or an extra working day</b>"))

        right = QVBoxLayout()
        right.addWidget(self.list_title)
        right.addWidget(self.closed_days, 1)
        right.addSpacing(6)
        right.addWidget(form_title)
        right.addLayout(form)
        right.addLayout(buttons)

        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(left, 5)
        row.addLayout(right, 4)
        return page

    def _confirm_page(self) -> QWidget:
        page = QWidget()
        self.confirm_title = QLabel()
        self.confirm_title.setObjectName("confirmTitle")
        self.confirm_title.setWordWrap(True)
        explanation = QLabel(self.tr(
            "Checked items get the new deadline. Unchecked items keep their current "
            "deadline: no deadline moves without your choice."
        ))
        explanation.setWordWrap(True)
        self.changes = QTreeWidget()
        self.changes.setObjectName("deadlineChanges")
        self.changes.setAccessibleName(self.tr("Deadlines that would change"))
        self.changes.setRootIsDecorated(False)
        self.changes.setHeaderLabels([
            self.tr("Item"), self.tr("Who / what"), self.tr("Current deadline"),
            self.tr("New deadline"),
        ])
        header = self.changes.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.apply_button = QPushButton(self.tr("&Apply"))
        self.apply_button.setToolTip(self.tr("Save the change and move the checked deadlines"))
        self.apply_button.clicked.connect(self.apply_checked)
        self.leave_button = QPushButton(self.tr("&Leave as they are"))
        self.leave_button.setToolTip(self.tr("Save the change; every deadline stays as it is"))
        self.leave_button.clicked.connect(self.leave_deadlines)
        self.back_button = QPushButton(self.tr("&Cancel change"))
        self.back_button.setToolTip(self.tr("Go back without saving anything"))
        self.back_button.clicked.connect(self.cancel_change)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.leave_button)
        buttons.addWidget(self.apply_button)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.confirm_title)
        column.addWidget(explanation)
        column.addWidget(self.changes, 1)
        column.addLayout(buttons)
        return page

    # --- showing the month --------------------------------------------------------------

    def reload(self) -> None:
        """Read the overrides and the calendar again and redraw the shown month."""
        with refusals(self.message_bar) as outcome:
            self.overrides = {o.day: o for o in self.service.overrides()}
            self.cal = self.service.business_calendar()
        if outcome.refused:
            return
        self._show_month(self.month.yearShown(), self.month.monthShown())
        self._describe_day(from_qdate(self.month.selectedDate()))

    def _page_changed(self, year: int, month: int) -> None:
        self._show_month(year, month)

    def _show_month(self, year: int, month: int) -> None:
        self.month.setDateTextFormat(QDate(), QTextCharFormat())  # clears every date format
        first = date(year, month, 1)
        # The month view shows parts of the neighbouring months too.
        for offset in range(-14, 45):
            day = first + timedelta(days=offset)
            fmt = self._day_format(day)
            if fmt is not None:
                self.month.setDateTextFormat(to_qdate(day), fmt)
        self._fill_list(year, month)

    def _day_format(self, day: date) -> QTextCharFormat | None:
        name = self.cal.holiday_name(day, "ko")
        override = self.overrides.get(day)
        fmt = QTextCharFormat()
        if override is not None and override.kind is OverrideKind.EXTRA_WORKDAY:
            fmt.setForeground(QBrush(WORKDAY_COLOUR))
            fmt.setBackground(QBrush(WORKDAY_BACKGROUND))
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setFontUnderline(True)
            fmt.setToolTip(self._workday_text(day, override))
            return fmt
        if not self.cal.is_working_day(day) and name:
            fmt.setForeground(QBrush(CLOSED_COLOUR))
            fmt.setFontWeight(QFont.Weight.Bold)
            if override is not None:
                fmt.setBackground(QBrush(CLOSED_BACKGROUND))
            fmt.setToolTip(name)
            return fmt
        return None

    def _workday_text(self, day: date, override: CalendarOverrideRecord) -> str:
        parts = [self.kind_texts[OverrideKind.EXTRA_WORKDAY]]
        holiday = self.cal.holiday_name(day, "ko")
        if holiday:
            parts.append(holiday)
        if override.reason:
            parts.append(override.reason)
        return " · ".join(parts)

    def _fill_list(self, year: int, month: int) -> None:
        self.list_title.setText(
            "<b>" + self.tr("Closed days in %1").replace("%1", self._month_text(year, month))
            + "</b>"
        )
        selected = self._selected_override_id()
        self.closed_days.clear()
        for number in range(1, month_days.monthrange(year, month)[1] + 1):
            day = date(year, month, number)
            override = self.overrides.get(day)
            name = self.cal.holiday_name(day, "ko")
            if override is not None and override.kind is OverrideKind.EXTRA_WORKDAY:
                why = " · ".join(x for x in (name, override.reason) if x) or self.tr("open")
                colour = WORKDAY_COLOUR
            elif not self.cal.is_working_day(day) and name:
                why = name
                colour = CLOSED_COLOUR
            else:
                continue
            kind = self.kind_texts[override.kind] if override else self.tr("Public holiday")
            item = QTreeWidgetItem([self._day_text(day), why, kind])
            item.setData(0, DATA_ROLE, override.id if override else None)
            item.setData(1, DATA_ROLE, day.isoformat())
            item.setForeground(1, QBrush(colour))
            item.setForeground(2, QBrush(colour))
            self.closed_days.addTopLevelItem(item)
            if override is not None and override.id == selected:
                self.closed_days.setCurrentItem(item)
        if self.closed_days.topLevelItemCount() == 0:
            empty = QTreeWidgetItem(["", self.tr("No closed days besides weekends"), ""])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.closed_days.addTopLevelItem(empty)
        self._sync_remove_button()

    def _describe_day(self, day: date) -> None:
        override = self.overrides.get(day)
        name = self.cal.holiday_name(day, "ko")
        if override is not None and override.kind is OverrideKind.EXTRA_WORKDAY:
            status = self.tr("working day (extra)") + " — " + self._workday_text(day, override)
        elif self.cal.is_working_day(day):
            status = self.tr("working day")
        elif name:
            status = self.tr("closed") + " — " + name
        else:
            status = self.tr("closed") + " — " + self.tr("weekend")
        self.day_info.setText(f"<b>{self._day_text(day)}</b>: {status}")

    def _month_text(self, year: int, month: int) -> str:
        # A Qt date format: the translation puts the year first ("yyyy년 M월").
        return QLocale().toString(QDate(year, month, 1), self.tr("MMMM yyyy"))

    def _day_text(self, day: date) -> str:
        weekday = QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
        return f"{day.isoformat()} ({weekday})"

    def _due_text(self, moment: datetime) -> str:
        return f"{self._day_text(moment.date())} {moment:%H:%M}"

    # --- picking dates and rows ---------------------------------------------------------

    def _date_picked(self) -> None:
        day = self.month.selectedDate()
        if self.day_edit.date() != day:
            self.day_edit.setDate(day)
        self._describe_day(from_qdate(day))

    def _date_typed(self, day: QDate) -> None:
        if self.month.selectedDate() != day:
            self.month.setSelectedDate(day)  # also turns the page

    def _list_picked(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        self._sync_remove_button()
        if current is None:
            return
        iso = current.data(1, DATA_ROLE)
        if isinstance(iso, str):
            self.month.setSelectedDate(to_qdate(date.fromisoformat(iso)))

    def _selected_override_id(self) -> int | None:
        item = self.closed_days.currentItem()
        value = item.data(0, DATA_ROLE) if item is not None else None
        return value if isinstance(value, int) else None

    def _sync_remove_button(self) -> None:
        self.remove_button.setEnabled(self._selected_override_id() is not None)

    # --- changes --------------------------------------------------------------------------

    def draft(self) -> OverrideDraft:
        return OverrideDraft(
            from_qdate(self.day_edit.date()), str(self.kind.currentData()), self.reason.text()
        )

    def add_override(self) -> None:
        self._propose(self.draft(), None)

    def remove_selected(self) -> None:
        override_id = self._selected_override_id()
        if override_id is not None:
            self._propose(None, override_id)

    def _propose(self, add: OverrideDraft | None, remove: int | None) -> None:
        self.message_bar.hide()
        with refusals(self.message_bar, self.fields) as outcome:
            changes = self.service.preview_change(add=add, remove=remove)
        if outcome.refused:
            self._taken_meanwhile(outcome.error, add.day if add is not None else None)
            return
        self.pending_add, self.pending_remove = add, remove
        if not changes:
            self._save(set())
            return
        self.pending_changes = changes
        self._show_changes(changes)

    def _show_changes(self, changes: list[DeadlineChange]) -> None:
        what = self._change_text()
        self.confirm_title.setText(
            "<b>" + self.tr("Open items that would get a different deadline: %1")
            .replace("%1", str(len(changes))) + "</b><br>" + what
        )
        self.changes.clear()
        for change in changes:
            item = QTreeWidgetItem([
                self.item_texts[change.item_type], change.label or self.tr("(no name)"),
                self._due_text(change.old_due), "→ " + self._due_text(change.new_due),
            ])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked)
            item.setData(0, DATA_ROLE, change.key)
            self.changes.addTopLevelItem(item)
        self.pages.setCurrentIndex(self.CONFIRM_PAGE)
        self.close_buttons.hide()  # the choice comes first
        self.apply_button.setFocus()

    def _change_text(self) -> str:
        parts: list[str] = []
        if self.pending_remove is not None:
            removed = next((o for o in self.overrides.values() if o.id == self.pending_remove),
                           None)
            if removed is not None:
                parts.append(self.tr("Remove: %1").replace("%1", self._override_text(
                    removed.day, removed.kind, removed.reason)))
        if self.pending_add is not None:
            add = self.pending_add
            parts.append(self.tr("Add: %1").replace("%1", self._override_text(
                add.day, OverrideKind(add.kind), " ".join(add.reason.split()))))
        return "<br>".join(parts)

    def _override_text(self, day: date, kind: OverrideKind, reason: str) -> str:
        text = f"{self._day_text(day)} {self.kind_texts[kind]}"
        return f"{text} — {reason}" if reason else text

    def checked_keys(self) -> set[tuple[str, int]]:
        keys: set[tuple[str, int]] = set()
        for row in range(self.changes.topLevelItemCount()):
            item = self.changes.topLevelItem(row)
            if item is not None and item.checkState(0) == Qt.CheckState.Checked:
                kind, item_id = item.data(0, DATA_ROLE)
                keys.add((str(kind), int(item_id)))
        return keys

    def apply_checked(self) -> None:
        self._save(self.checked_keys())

    def leave_deadlines(self) -> None:
        self._save(set())

    def cancel_change(self) -> None:
        self._back_to_editor()
        self.message_bar.show_info(self.tr("Nothing was saved."))

    def _save(self, accepted: set[tuple[str, int]]) -> None:
        with refusals(self.message_bar, self.fields) as outcome:
            result = self.service.apply_change(
                add=self.pending_add, remove=self.pending_remove, accept_ids=accepted,
                actor=self.actor(),
            )
        if isinstance(outcome.error, ValidationError):
            # Someone else changed the calendar meanwhile: back to the form, input kept;
            # shown again now that the form is on screen, so the wrong field takes the focus.
            day = self.pending_add.day if self.pending_add is not None else None
            self._back_to_editor()
            self.fields.show(outcome.error)
            self._taken_meanwhile(outcome.error, day)
            return
        if outcome.refused:
            return  # stay where we are (the message bar says why); retry possible
        self.last_result = result
        was_add = self.pending_add is not None
        self._back_to_editor()
        if was_add:
            self.reason.clear()
        self.reload()
        self.message_bar.show_info(self._result_text(result))

    def _taken_meanwhile(self, error: DomainError | None, day: date | None) -> None:
        """A day this dialog showed free that another PC took meanwhile (both added it at
        once, say: docs/architecture.md §9): say so under the date, and show the month
        as it is now."""
        if not isinstance(error, ValidationError) or day is None or day in self.overrides:
            return
        taken = error.field_errors.get("day")
        if taken is None or taken.key != "calendar.day_taken":
            return
        self.reload()
        self.fields.show(ValidationError(
            {**error.field_errors, "day": msg("calendar.registered_meanwhile", day=day)}))

    def _result_text(self, result: AppliedChange) -> str:
        parts = [self.tr("Saved.")]
        if result.moved:
            parts.append(self.tr("Deadlines moved: %1.").replace("%1", str(len(result.moved))))
        if result.kept:
            parts.append(self.tr("Deadlines kept as they were: %1.")
                         .replace("%1", str(len(result.kept))))
        if not result.moved and not result.kept:
            parts.append(self.tr("No open item's deadline changes."))
        return " ".join(parts)

    def _back_to_editor(self) -> None:
        self.pending_add = None
        self.pending_remove = None
        self.pending_changes = []
        self.changes.clear()
        self.pages.setCurrentIndex(self.EDIT_PAGE)
        self.close_buttons.show()

    def reject(self) -> None:
        if self.pages.currentIndex() == self.CONFIRM_PAGE:
            self.cancel_change()  # Esc on the confirmation goes back, saving nothing
            return
        super().reject()
