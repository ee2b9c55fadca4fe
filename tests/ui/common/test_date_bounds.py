"""Pickers offer only the dates the services accept: 2000-01-01 … today + 5 years."""

from __future__ import annotations

from PySide6.QtCore import QDate

from arco_desk.domain.directory import Presence
from arco_desk.services.container import Services
from arco_desk.ui.admin.calendar_dialog import CalendarDialog
from arco_desk.ui.common.message_bar import MessageBar
from arco_desk.ui.complaints.complaint_text import make_moment_edit
from arco_desk.ui.directory.presence_dialog import PresenceDialog
from arco_desk.ui.memos.memo_form import MemoForm
from arco_desk.ui.reception.appointment_dialog import AppointmentDialog
from arco_desk.ui.reception.outbound_visit_dialog import OutboundVisitDialog
from tests.actors import DESK
from tests.conftest import FIXED_NOW

EARLIEST = QDate(2000, 1, 1)
LATEST = QDate(2031, 11, 24)  # FIXED_NOW's day plus five years


def test_the_complaint_moment_picker_stops_at_the_range(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = make_moment_edit(FIXED_NOW)
    qtbot.addWidget(edit)
    assert (edit.minimumDate(), edit.maximumDate()) == (EARLIEST, LATEST)
    edit.setDate(QDate(9999, 12, 31))
    assert edit.date() == LATEST


def test_the_presence_picker_stops_at_the_range(  # type: ignore[no-untyped-def]
        qtbot, demo_services: Services) -> None:
    directory = demo_services.directory
    record = directory.staff_rows(directory.search_ids(presence=Presence.IN))[0]
    dialog = PresenceDialog(directory, lambda: DESK, record)
    qtbot.addWidget(dialog)
    dialog.back_at.setDate(QDate(9999, 12, 31))
    assert dialog.back_at.date() == LATEST


def test_the_outbound_visit_picker_stops_at_the_range(  # type: ignore[no-untyped-def]
        qtbot, demo_services: Services) -> None:
    dialog = OutboundVisitDialog(demo_services.reception.outbound, demo_services.submissions,
                                 lambda: DESK, demo_services.directory, FIXED_NOW.date())
    qtbot.addWidget(dialog)
    dialog.visit_date.setDate(QDate(9999, 12, 31))
    assert dialog.visit_date.date() == LATEST
    dialog.visit_date.setDate(QDate(1999, 12, 31))
    assert dialog.visit_date.date() == EARLIEST


def test_the_calendar_month_and_day_stop_at_the_range(  # type: ignore[no-untyped-def]
        qtbot, services: Services) -> None:
    dialog = CalendarDialog(services.calendar, lambda: DESK)
    qtbot.addWidget(dialog)
    assert (dialog.month.minimumDate(), dialog.month.maximumDate()) == (EARLIEST, LATEST)
    dialog.day_edit.setDate(QDate(9999, 12, 31))
    assert dialog.day_edit.date() == LATEST


def test_the_appointment_and_memo_pickers_stop_at_the_range(  # type: ignore[no-untyped-def]
        qtbot, services: Services) -> None:
    appointment = AppointmentDialog(services.reception, services.submissions, lambda: DESK,
                                    services.directory, services.clock())
    bar = MessageBar()
    memo = MemoForm(services.memos, lambda: DESK, services.directory, bar, services.submissions)
    for widget in (appointment, bar, memo):
        qtbot.addWidget(widget)
    appointment.date.setDate(QDate(9999, 12, 31))
    memo.called_at.setDate(QDate(1999, 1, 1))
    assert appointment.date.date() == LATEST
    assert memo.called_at.date() == EARLIEST
