"""The calendar dialog: month view with Korean holiday names, overrides through the form,
and the confirmation of deadlines a change would move."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMenu

from arco_desk.domain.calendar_business import SEOUL
from arco_desk.domain.messages import msg
from arco_desk.services.container import Services
from arco_desk.store.errors import StoreUnavailable
from arco_desk.store.models import Complaint, PhoneMemo
from arco_desk.ui.admin.calendar_dialog import (
    CLOSED_COLOUR,
    WORKDAY_COLOUR,
    CalendarDialog,
)
from arco_desk.ui.shell.main_window import MainWindow
from tests.actors import DESK
from tests.deadline_items import add_complaint, add_memo, stored_due
from tests.ui.conftest import Dialogs


def seoul(*args: int) -> datetime:
    return datetime(*args, tzinfo=SEOUL)  # type: ignore[misc]


@pytest.fixture
def dialog(qtbot, services: Services) -> CalendarDialog:  # type: ignore[no-untyped-def]
    widget = CalendarDialog(services.calendar, lambda: DESK)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def listed(dialog: CalendarDialog) -> list[tuple[str, str, str]]:
    rows = []
    for row in range(dialog.closed_days.topLevelItemCount()):
        item = dialog.closed_days.topLevelItem(row)
        rows.append((item.text(0)[:10], item.text(1), item.text(2)))
    return rows


def fill_form(qtbot, dialog: CalendarDialog, day: date, kind: str, reason: str) -> None:  # type: ignore[no-untyped-def]
    dialog.day_edit.setDate(QDate(day.year, day.month, day.day))
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    dialog.reason.setText(reason)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)


def test_opens_on_today_s_month_with_its_closed_days(dialog: CalendarDialog) -> None:
    assert (dialog.month.yearShown(), dialog.month.monthShown()) == (2026, 11)
    assert listed(dialog) == [("", "No closed days besides weekends", "")]
    assert "working day" in dialog.day_info.text()


def test_month_view_marks_holidays_with_their_korean_names(dialog: CalendarDialog) -> None:
    dialog.month.setCurrentPage(2026, 9)
    assert listed(dialog) == [
        ("2026-09-24", "추석 전날", "Public holiday"),
        ("2026-09-25", "추석", "Public holiday"),
        ("2026-09-26", "추석 다음날", "Public holiday"),
    ]
    chuseok = dialog.month.dateTextFormat(QDate(2026, 9, 25))
    assert chuseok.foreground().color() == CLOSED_COLOUR
    assert chuseok.toolTip() == "추석"
    assert not dialog.month.dateTextFormat(QDate(2026, 9, 22)).hasProperty(
        chuseok.Property.ForegroundBrush)  # an ordinary Tuesday

    dialog.month.setCurrentPage(2026, 12)
    assert ("2026-12-25", "기독탄신일", "Public holiday") in listed(dialog)
    assert dialog.month.dateTextFormat(QDate(2026, 12, 25)).toolTip() == "기독탄신일"
    weekend = dialog.month.weekdayTextFormat(Qt.DayOfWeek.Saturday).foreground().color()
    assert weekend not in (CLOSED_COLOUR, WORKDAY_COLOUR)

    dialog.month.setSelectedDate(QDate(2026, 12, 25))
    assert dialog.day_edit.date() == QDate(2026, 12, 25)  # picking a day fills the form
    assert "기독탄신일" in dialog.day_info.text()


def test_overrides_appear_in_the_month(services: Services, dialog: CalendarDialog) -> None:
    services.calendar.add_override(date(2026, 11, 26), "closure", "창립기념일 휴무", actor=DESK)
    services.calendar.add_override(date(2026, 11, 28), "extra_workday", "연말 행사", actor=DESK)
    dialog.reload()
    assert listed(dialog) == [
        ("2026-11-26", "창립기념일 휴무", "Agency closure"),
        ("2026-11-28", "연말 행사", "Extra working day"),
    ]
    assert dialog.month.dateTextFormat(QDate(2026, 11, 26)).foreground().color() == CLOSED_COLOUR
    workday = dialog.month.dateTextFormat(QDate(2026, 11, 28))
    assert workday.foreground().color() == WORKDAY_COLOUR and workday.fontUnderline()


def test_a_closure_without_open_items_is_saved_at_once(qtbot, services: Services,  # type: ignore[no-untyped-def]
                                                       dialog: CalendarDialog) -> None:
    fill_form(qtbot, dialog, date(2026, 11, 26), "closure", "창립기념일 휴무")
    assert dialog.pages.currentIndex() == dialog.EDIT_PAGE
    assert [(o.day, o.reason) for o in services.calendar.overrides()] == [
        (date(2026, 11, 26), "창립기념일 휴무")]
    assert ("2026-11-26", "창립기념일 휴무", "Agency closure") in listed(dialog)
    assert "No open item" in dialog.message_bar.text()
    assert dialog.reason.text() == ""


def test_add_closure_confirm_and_apply_moves_the_complaint(qtbot, services: Services,  # type: ignore[no-untyped-def]
                                                           dialog: CalendarDialog) -> None:
    complaint = add_complaint(services, seoul(2026, 11, 20, 10), "7d", citizen="김민원",
                              title="대관 신청 문의")
    assert stored_due(services, Complaint, complaint) == seoul(2026, 11, 30, 18)
    fill_form(qtbot, dialog, date(2026, 11, 26), "closure", "창립기념일 휴무")

    assert dialog.pages.currentIndex() == dialog.CONFIRM_PAGE
    assert services.calendar.overrides() == []  # nothing saved before the choice
    assert dialog.changes.topLevelItemCount() == 1
    row = dialog.changes.topLevelItem(0)
    assert row.text(0) == "Complaint"
    assert row.text(1) == "김민원 · 대관 신청 문의"
    assert row.text(2).startswith("2026-11-30") and row.text(2).endswith("18:00")
    assert "2026-12-01" in row.text(3)
    assert row.checkState(0) == Qt.CheckState.Checked
    assert "창립기념일 휴무" in dialog.confirm_title.text()

    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == dialog.EDIT_PAGE
    assert stored_due(services, Complaint, complaint) == seoul(2026, 12, 1, 18)
    assert [o.day for o in services.calendar.overrides()] == [date(2026, 11, 26)]
    assert "moved: 1" in dialog.message_bar.text()


def test_leave_keeps_the_deadline_but_saves_the_closure(qtbot, services: Services,  # type: ignore[no-untyped-def]
                                                        dialog: CalendarDialog) -> None:
    complaint = add_complaint(services, seoul(2026, 11, 20, 10), "7d")
    fill_form(qtbot, dialog, date(2026, 11, 26), "closure", "창립기념일 휴무")
    qtbot.mouseClick(dialog.leave_button, Qt.MouseButton.LeftButton)
    assert stored_due(services, Complaint, complaint) == seoul(2026, 11, 30, 18)
    assert [o.day for o in services.calendar.overrides()] == [date(2026, 11, 26)]
    assert "kept as they were: 1" in dialog.message_bar.text()


def test_only_checked_items_move(qtbot, services: Services, dialog: CalendarDialog) -> None:  # type: ignore[no-untyped-def]
    complaint = add_complaint(services, seoul(2026, 11, 20, 10), "7d")
    memo = add_memo(services, seoul(2026, 11, 25, 10), caller="한전화")
    fill_form(qtbot, dialog, date(2026, 11, 26), "closure", "창립기념일 휴무")
    assert dialog.changes.topLevelItemCount() == 2
    for row in range(2):
        item = dialog.changes.topLevelItem(row)
        if item.text(1) == "한전화":
            item.setCheckState(0, Qt.CheckState.Unchecked)
    assert dialog.checked_keys() == {("complaint", complaint)}
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert stored_due(services, Complaint, complaint) == seoul(2026, 12, 1, 18)
    assert stored_due(services, PhoneMemo, memo) == seoul(2026, 11, 30, 10)


def test_cancel_saves_nothing_and_keeps_the_input(qtbot, services: Services,  # type: ignore[no-untyped-def]
                                                  dialog: CalendarDialog) -> None:
    add_complaint(services, seoul(2026, 11, 20, 10), "7d")
    fill_form(qtbot, dialog, date(2026, 11, 26), "closure", "창립기념일 휴무")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc on the confirmation goes back
    assert dialog.isVisible()
    assert dialog.pages.currentIndex() == dialog.EDIT_PAGE
    assert services.calendar.overrides() == []
    assert dialog.reason.text() == "창립기념일 휴무"


def test_remove_an_override_with_confirmation(qtbot, services: Services,  # type: ignore[no-untyped-def]
                                              dialog: CalendarDialog) -> None:
    services.calendar.add_override(date(2026, 11, 26), "closure", "창립기념일 휴무", actor=DESK)
    complaint = add_complaint(services, seoul(2026, 11, 20, 10), "7d")  # due 1 December
    dialog.reload()
    assert not dialog.remove_button.isEnabled()
    dialog.closed_days.setCurrentItem(dialog.closed_days.topLevelItem(0))
    assert dialog.remove_button.isEnabled()
    assert dialog.month.selectedDate() == QDate(2026, 11, 26)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == dialog.CONFIRM_PAGE
    assert "Remove" in dialog.confirm_title.text()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert services.calendar.overrides() == []
    assert stored_due(services, Complaint, complaint) == seoul(2026, 11, 30, 18)
    assert listed(dialog) == [("", "No closed days besides weekends", "")]


def test_a_bad_entry_shows_the_message_under_the_field_and_keeps_the_reason(
    qtbot, services: Services, dialog: CalendarDialog  # type: ignore[no-untyped-def]
) -> None:
    fill_form(qtbot, dialog, date(2026, 12, 25), "closure", "송년 휴무")
    assert dialog.pages.currentIndex() == dialog.EDIT_PAGE
    assert dialog.fields.labels["day"].isVisibleTo(dialog)
    assert "기독탄신일" in dialog.fields.message("day")
    assert dialog.reason.text() == "송년 휴무"
    assert services.calendar.overrides() == []

    fill_form(qtbot, dialog, date(2026, 12, 24), "temporary_holiday", "  ")
    assert not dialog.fields.labels["day"].isVisibleTo(dialog)
    assert "사유" in dialog.fields.message("reason")

    fill_form(qtbot, dialog, date(2026, 12, 24), "extra_workday", "")
    assert "원래 근무일" in dialog.fields.message("day")
    assert services.calendar.overrides() == []


def test_a_known_error_goes_to_the_message_bar_and_keeps_the_choice(
    qtbot, services: Services, dialog: CalendarDialog, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    complaint = add_complaint(services, seoul(2026, 11, 20, 10), "7d")
    fill_form(qtbot, dialog, date(2026, 11, 26), "closure", "창립기념일 휴무")

    def locked(*args: object, **kwargs: object) -> None:
        raise StoreUnavailable(msg("store.locked"), "locked")

    original = services.calendar.apply_change
    monkeypatch.setattr(services.calendar, "apply_change", locked)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.message_bar.isVisible() and dialog.message_bar.level == "error"
    assert "사용 중" in dialog.message_bar.text()
    assert dialog.pages.currentIndex() == dialog.CONFIRM_PAGE  # the choice is still there
    monkeypatch.setattr(services.calendar, "apply_change", original)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert stored_due(services, Complaint, complaint) == seoul(2026, 12, 1, 18)


def test_admin_menu_opens_the_calendar(window: MainWindow, dialogs: Dialogs) -> None:
    menus = [a.menu() for a in window.menuBar().actions()]
    admin = next(m for m in menus if isinstance(m, QMenu) and m.title() == "&Admin")
    assert window.calendar_action in admin.actions()
    assert window.calendar_action.text() == "&Calendar…"
    window.calendar_action.trigger()
    assert dialogs.wait_for(CalendarDialog).service is window.services.calendar
    assert len(dialogs.of(CalendarDialog)) == 1


def test_a_day_another_pc_took_since_the_dialog_showed_it_is_said_so(
    qtbot, services: Services, dialog: CalendarDialog  # type: ignore[no-untyped-def]
) -> None:
    # Another PC registers the day after this dialog showed the month.
    services.calendar.add_override(date(2026, 11, 26), "closure", "창립기념일 휴무", actor=DESK)
    fill_form(qtbot, dialog, date(2026, 11, 26), "closure", "임시 휴관")
    assert "방금 다른 곳에서" in dialog.fields.message("day")
    assert dialog.reason.text() == "임시 휴관"
    assert [why for _, why, _ in listed(dialog)] == ["창립기념일 휴무"]  # shown as it is now
    # Now that the dialog shows it, the day is simply taken.
    fill_form(qtbot, dialog, date(2026, 11, 26), "closure", "임시 휴관")
    assert "방금" not in dialog.fields.message("day")
    assert "창립기념일 휴무" in dialog.fields.message("day")


def test_a_day_another_pc_took_while_the_deadlines_were_shown_is_said_so(
    qtbot, services: Services, dialog: CalendarDialog  # type: ignore[no-untyped-def]
) -> None:
    complaint = add_complaint(services, seoul(2026, 11, 20, 10), "7d")
    fill_form(qtbot, dialog, date(2026, 11, 26), "closure", "임시 휴관")
    assert dialog.pages.currentIndex() == dialog.CONFIRM_PAGE
    services.calendar.add_override(date(2026, 11, 26), "closure", "창립기념일 휴무", actor=DESK)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == dialog.EDIT_PAGE
    assert "방금 다른 곳에서" in dialog.fields.message("day")
    assert dialog.reason.text() == "임시 휴관"
    assert [why for _, why, _ in listed(dialog)] == ["창립기념일 휴무"]
    assert stored_due(services, Complaint, complaint) == seoul(2026, 11, 30, 18)  # unmoved
