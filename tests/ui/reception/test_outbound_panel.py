"""Outbound visits in the reception tab: the call task due 18:00 on the previous working day
(across holidays, computed by the agency's calendar) with a badge until the call is made."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QLabel

from arco_desk.domain.deadlines import CountdownState
from arco_desk.ui.common.status_style import status_colours
from arco_desk.ui.reception.outbound_panel import OutboundPanel
from arco_desk.ui.reception.reception_model import CallTaskModel
from arco_desk.ui.shell.main_window import MainWindow
from tests.clock import SteppingClock
from tests.reception_desk import seoul
from tests.ui.conftest import heartbeat
from tests.ui.reception.helpers import desk_window, host_with_stand_in, pick

__all__ = ["desk_window"]


def fill(panel: OutboundPanel, window: MainWindow, visit_date: QDate) -> None:
    staff = host_with_stand_in(window.services)
    dialog = panel.new_visit()
    dialog.customer_name.setText("박고객")
    dialog.customer_org.setText("대학로 소극장")
    dialog.customer_phone.setText("02-760-4500")
    dialog.purpose.setText("공연장 안전 점검")
    pick(dialog.staff, staff.name)
    assert dialog.department.text() == staff.department_name
    dialog.visit_date.setDate(visit_date)
    dialog.save()


def badge(panel: OutboundPanel, row: int = 0) -> str:
    return str(panel.model.index(row, CallTaskModel.BADGE).data())


def test_call_task_across_seollal_and_its_substitute_holiday(  # type: ignore[no-untyped-def]
    qtbot, desk_window: MainWindow
) -> None:
    panel = desk_window.reception_tab.outbound
    visit_day = date(2027, 2, 10)  # the Wednesday after 설날 (6–8 Feb) and its 대체 휴일 (9 Feb)
    cal = desk_window.services.calendar.business_calendar()
    due_day = cal.previous_working_day(visit_day)
    assert due_day == date(2027, 2, 5)
    assert not any(cal.is_working_day(date(2027, 2, d)) for d in (6, 7, 8, 9))
    dialog = panel.new_visit()
    dialog.visit_date.setDate(QDate(2027, 2, 10))
    assert "2027-02-05(금) 18:00" in dialog.call_due.text()  # shown as the date is picked
    dialog.reject()
    fill(panel, desk_window, QDate(2027, 2, 10))
    assert panel.model.rowCount() == 1
    row = panel.model.record(0)
    assert row is not None and row.call_due_at == seoul(2027, 2, 5, 18, 0)
    assert badge(panel) == "◷ D-73"
    tooltip = panel.model.index(0, CallTaskModel.BADGE).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Call due 2027-02-05 18:00"
    assert "Call the customer by 2027-02-05 18:00" in desk_window.message_bar.text()


@pytest.fixture
def english() -> Iterator[None]:
    """Countdown labels follow the UI's locale; other tests may have changed it."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.SouthKorea))
    yield
    QLocale.setDefault(before)


def test_badge_moves_with_the_clock_until_the_call_is_recorded(  # type: ignore[no-untyped-def]
    qtbot, desk_window: MainWindow, stepping_clock: SteppingClock, english: None
) -> None:
    panel = desk_window.reception_tab.outbound
    fill(panel, desk_window, QDate(2026, 12, 28))  # Monday; Friday the 25th is 기독탄신일
    row = panel.model.record(0)
    assert row is not None and row.call_due_at == seoul(2026, 12, 24, 18, 0)
    assert "(1 to make)" in panel.title()
    stepping_clock.set(seoul(2026, 12, 24, 17, 30))
    heartbeat(desk_window)
    assert badge(panel) == "◕ 30m"
    colour = panel.model.index(0, CallTaskModel.BADGE).data(Qt.ItemDataRole.BackgroundRole)
    assert colour == status_colours(CountdownState.DUE_SOON)[0]
    stepping_clock.set(seoul(2026, 12, 24, 18, 0))
    heartbeat(desk_window)
    assert badge(panel).startswith("⚠")
    panel.table.selectRow(0)
    call = panel.record_call()
    assert call is not None
    labels = " ".join(w.text() for w in call.findChildren(QLabel))
    assert "박고객" in labels and "02-760-4500" in labels and "Mon 28 Dec" in labels
    call.note.setPlainText("부재, 문자 안내")
    call.save()
    assert "Call recorded" in desk_window.message_bar.text()
    assert panel.model.rowCount() == 0 and "(0 to make)" in panel.title()
    panel.show_done.setChecked(True)
    assert panel.model.rowCount() == 1
    assert badge(panel) == "✔ called 12/24 18:00"


def test_outbound_refusals_keep_the_text(qtbot, desk_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    panel = desk_window.reception_tab.outbound
    dialog = panel.new_visit()
    dialog.customer_name.setText("박고객")
    dialog.customer_phone.setText("02-76")
    dialog.visit_date.setDate(QDate(2026, 11, 23))
    dialog.save()
    assert dialog.isVisible()
    for field in ("customer_phone", "purpose", "staff_id", "visit_date"):
        assert dialog.fields.message(field), field
    assert "지났" in dialog.fields.message("visit_date")
    assert dialog.customer_phone.text() == "02-76" and dialog.customer_name.text() == "박고객"
    assert panel.model.rowCount() == 0
