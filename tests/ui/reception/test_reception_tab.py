"""방문 접수 tab, driven as the operator does: book → preparation alert at T-5 (a stepping
clock and the window's tick, never sleep) → check-in → host away → stand-in → check-out;
walk-ins found by duty; refusals next to their fields; privacy in lists."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QSettings, Qt, QTime
from sqlalchemy import select

from arco_desk.domain.change_feed import ChangeKind
from arco_desk.domain.clock import SEOUL
from arco_desk.domain.directory import Presence, StaffRecord
from arco_desk.domain.reception import VisitorDraft, VisitStatus, WalkInDraft
from arco_desk.services.container import DATABASE_FILE, Services
from arco_desk.store.models import AccessRecord, AuditEntry, ChangeEvent
from arco_desk.ui.common.identity import set_current_staff_id
from arco_desk.ui.reception.appointment_dialog import AppointmentDialog
from arco_desk.ui.reception.reception_model import TimelineModel
from arco_desk.ui.reception.reception_tab import ReceptionTab
from arco_desk.ui.shell.main_window import MainWindow
from tests.actors import DESK
from tests.clock import SteppingClock
from tests.reception_desk import seoul
from tests.ui.conftest import Dialogs, heartbeat
from tests.ui.reception.helpers import desk_window, host_with_stand_in, pick

__all__ = ["desk_window"]  # the fixture, used by name


def fill_booking(dialog: AppointmentDialog, host: StaffRecord, start: QTime,
                 end: QTime, day: QDate = QDate(2026, 11, 24)) -> None:  # noqa: B008
    dialog.visitor.name.setText("홍길동")
    dialog.visitor.phone.setText("010-1234-5678")
    dialog.visitor.organisation.setText("서울문화재단")
    pick(dialog.host, host.name)
    dialog.date.setDate(day)
    dialog.start.setTime(start)
    dialog.end.setTime(end)
    dialog.purpose.setText("공모사업 상담")
    dialog.place.setText("3층 소회의실")
    dialog.notes.setPlainText("휠체어 이용")


def cell(tab: ReceptionTab, column: int, row: int = 0) -> str:
    return str(tab.model.index(row, column).data())


def events(services: Services) -> list[tuple[str, int, int | None]]:
    with services.uow.read() as session:
        rows = session.execute(select(ChangeEvent.kind, ChangeEvent.entity_id,
                                      ChangeEvent.staff_id))
        return [(k, e, s) for k, e, s in rows]


def status(tab: ReceptionTab) -> VisitStatus:
    entry = tab.current_entry()
    assert entry is not None
    return entry.status


# --- the whole flow ---------------------------------------------------------------------------


def test_book_alert_check_in_stand_in_check_out(  # type: ignore[no-untyped-def]
    qtbot, desk_window: MainWindow, stepping_clock: SteppingClock, qsettings: QSettings
, dialogs: Dialogs) -> None:
    tab = desk_window.reception_tab
    services = desk_window.services
    host = host_with_stand_in(services)
    stand_in = services.directory.get_staff(host.stand_in_id or 0)
    set_current_staff_id(qsettings, host.id)  # this PC is the host's

    dialog = tab.new_appointment()
    assert dialogs.wait_for(AppointmentDialog) is dialog
    fill_booking(dialog, host, QTime(11, 0), QTime(12, 0))
    assert "In" in dialog.host_info.text()
    dialog.save()
    assert tab.model.rowCount() == 1
    assert status(tab) is VisitStatus.EXPECTED
    assert cell(tab, TimelineModel.VISITOR) == "홍*동"
    assert cell(tab, TimelineModel.PHONE) == "010-****-5678"
    assert cell(tab, TimelineModel.TIME) == "11:00–12:00"
    assert "Appointment booked" in desk_window.message_bar.text()

    # T-5, in clock time: nothing at 10:54, the alert at 10:55.
    stepping_clock.set(seoul(2026, 11, 24, 10, 54))
    heartbeat(desk_window)
    assert not tab.alerts.host_banner.isVisibleTo(tab)
    assert not tab.alerts.sent.isVisibleTo(tab)
    stepping_clock.set(seoul(2026, 11, 24, 10, 55))
    heartbeat(desk_window)
    assert f"Preparation alert sent to {host.name}" in desk_window.message_bar.text()
    assert tab.alerts.sent.isVisibleTo(tab)  # the operator sees that it went out
    assert "10:55" in tab.alerts.sent.text() and host.name in tab.alerts.sent.text()
    assert cell(tab, TimelineModel.PREPARATION) == "alerted 10:55"
    assert tab.alerts.host_banner.isVisibleTo(tab)  # the host, on their own PC
    assert "11:00" in tab.alerts.host_banner.label.text()
    assert "홍길동" in tab.alerts.host_banner.label.text()

    stepping_clock.set(seoul(2026, 11, 24, 10, 56))
    qtbot.mouseClick(tab.alerts.host_banner.button, Qt.MouseButton.LeftButton)  # 준비 완료
    assert status(tab) is VisitStatus.HOST_READY
    assert not tab.alerts.host_banner.isVisibleTo(tab)
    assert "ready 10:56" in tab.alerts.sent.text()
    assert cell(tab, TimelineModel.PREPARATION) == "ready 10:56"

    # The host is called away just before the visitor arrives.
    services.directory.set_presence(host.id, Presence.AWAY, seoul(2026, 11, 24, 12, 30),
                                    "회의", stand_in_id=stand_in.id, actor=DESK)
    stepping_clock.set(seoul(2026, 11, 24, 10, 58))
    heartbeat(desk_window)
    qtbot.mouseClick(tab.check_in_button, Qt.MouseButton.LeftButton)  # one action
    assert status(tab) is VisitStatus.ARRIVED
    result = tab.last_check_in
    assert result is not None and result.routed_to_stand_in
    bar = desk_window.message_bar
    assert bar.level == "error"  # said plainly, where the operator looks
    assert f"{host.name} is away (back at 12:30)" in bar.text()
    assert f"stand-in {stand_in.name}" in bar.text()
    assert stand_in.name in tab.detail.text()
    assert (ChangeKind.VISITOR_ARRIVED.value, result.visit_id, stand_in.id) in events(services)
    received = tab.record_received()
    assert received is not None
    assert received.staff.staff_id() == stand_in.id  # the stand-in is suggested
    received.save()
    assert status(tab) is VisitStatus.IN_MEETING
    assert cell(tab, TimelineModel.HOST) == f"{host.name} → {stand_in.name}"

    stepping_clock.set(seoul(2026, 11, 24, 12, 5))
    heartbeat(desk_window)
    check_out = tab.check_out()
    assert check_out is not None
    assert check_out.left_at.dateTime() == QDateTime(QDate(2026, 11, 24), QTime(12, 5))
    check_out.save()
    assert status(tab) is VisitStatus.LEFT
    entry = tab.current_entry()
    assert entry is not None and entry.left_at == seoul(2026, 11, 24, 12, 5)
    assert entry.received_by_name == stand_in.name


def test_the_arrival_reaches_the_host_s_pc_and_the_change_feed(  # type: ignore[no-untyped-def]
    qtbot, desk_window: MainWindow, qsettings: QSettings
) -> None:
    tab = desk_window.reception_tab
    services = desk_window.services
    host = host_with_stand_in(services)
    set_current_staff_id(qsettings, host.id)
    dialog = tab.new_appointment()
    fill_booking(dialog, host, QTime(10, 45), QTime(11, 15))
    dialog.save()
    result = tab.check_in()
    assert result is not None and result.host_available
    assert f"{host.name} has been notified" in desk_window.message_bar.text()
    assert (ChangeKind.VISITOR_ARRIVED.value, result.visit_id, host.id) in events(services)
    banner = tab.alerts.arrival_banner
    assert banner.isVisibleTo(tab) and "홍길동" in banner.label.text()
    qtbot.mouseClick(banner.button, Qt.MouseButton.LeftButton)  # "I have received them"
    assert status(tab) is VisitStatus.IN_MEETING
    assert not banner.isVisibleTo(tab)


def test_walk_in_found_by_duty(  # type: ignore[no-untyped-def]
    qtbot, desk_window: MainWindow
) -> None:
    tab = desk_window.reception_tab
    dialog = tab.walk_in()
    dialog.visitor.name.setText("김현장")
    dialog.visitor.phone.setText("010-5555-6666")
    dialog.purpose.setText("예산 편성 문의")
    dialog.host.setText("예산")
    suggestions = dialog.host.suggest("예산")  # they don't know a name, only what it is about
    assert suggestions and all("예산" in s.duties for s in suggestions)
    assert dialog.host.choose_first()
    chosen = dialog.host.chosen()
    assert chosen is not None and "예산" in chosen.duties
    assert chosen.name in dialog.host_info.text()
    dialog.pass_number.setText("7")
    dialog.id_checked.setChecked(True)
    dialog.save()
    assert tab.model.rowCount() == 1
    entry = tab.current_entry()
    assert entry is not None and entry.is_walk_in and entry.status is VisitStatus.ARRIVED
    assert entry.host_id == chosen.id
    assert cell(tab, TimelineModel.TIME) == "10:30 walk-in"
    assert cell(tab, TimelineModel.PASS) == "7"
    assert "ID checked" in tab.detail.text() and "yes" in tab.detail.text()
    assert tab.last_check_in is not None and tab.last_check_in.host_id == chosen.id


# --- refusals: next to the field, nothing typed lost -------------------------------------------


def test_booking_refusals_show_next_to_the_fields_and_keep_the_text(  # type: ignore[no-untyped-def]
    qtbot, desk_window: MainWindow
) -> None:
    tab = desk_window.reception_tab
    host = host_with_stand_in(desk_window.services)
    dialog = tab.new_appointment()
    fill_booking(dialog, host, QTime(9, 0), QTime(10, 0))  # already past at 10:30
    dialog.visitor.phone.setText("010-12")
    dialog.save()
    assert dialog.isVisible()
    assert "지난" in dialog.fields.message("starts_at")
    assert dialog.fields.labels["starts_at"].isVisibleTo(dialog)
    assert dialog.fields.message("phone")
    assert dialog.visitor.phone.text() == "010-12"
    assert dialog.visitor.name.text() == "홍길동"
    assert dialog.notes.toPlainText() == "휠체어 이용"
    dialog.visitor.phone.setText("010-1234-5678")
    dialog.start.setTime(QTime(15, 0))
    dialog.end.setTime(QTime(14, 0))  # ends before it starts
    dialog.save()
    assert dialog.isVisible()
    assert "빠르거나" in dialog.fields.message("ends_at")
    assert not dialog.fields.labels["starts_at"].isVisibleTo(dialog)
    dialog.end.setTime(QTime(16, 0))
    dialog.host.setText("아무도없는이름")
    dialog.host.suggest("아무도없는이름")  # typed, never chosen: an unknown host
    dialog.save()
    assert dialog.isVisible()
    assert "담당자" in dialog.fields.message("host_id")
    assert dialog.host.text() == "아무도없는이름"
    assert tab.model.rowCount() == 0
    pick(dialog.host, host.name)
    dialog.save()
    assert tab.model.rowCount() == 1


def test_walk_in_refusals(qtbot, desk_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tab = desk_window.reception_tab
    dialog = tab.walk_in()
    dialog.visitor.phone.setText("전화번호")
    dialog.pass_number.setText("12")
    dialog.save()
    assert dialog.isVisible()
    for field in ("name", "phone", "purpose", "host_id"):
        assert dialog.fields.message(field), field
    assert dialog.visitor.phone.text() == "전화번호" and dialog.pass_number.text() == "12"
    assert tab.model.rowCount() == 0


def test_check_out_refusals(qtbot, desk_window: MainWindow,  # type: ignore[no-untyped-def]
                            stepping_clock: SteppingClock) -> None:
    tab = desk_window.reception_tab
    host = host_with_stand_in(desk_window.services)
    dialog = tab.new_appointment()
    fill_booking(dialog, host, QTime(11, 0), QTime(12, 0))
    dialog.save()
    assert tab.check_out_button.isEnabled()
    qtbot.mouseClick(tab.check_out_button, Qt.MouseButton.LeftButton)  # before check-in
    assert desk_window.message_bar.level == "error"
    assert "아직 도착" in desk_window.message_bar.text()
    assert status(tab) is VisitStatus.EXPECTED

    # Another PC checks the visitor in; this one still offers "check in": refused, said why.
    key = tab.current_key()
    assert key is not None
    desk_window.services.reception.check_in(key, actor=DESK)
    assert tab.check_in() is None
    assert "이미 도착" in desk_window.message_bar.text()

    tab.reload()
    stepping_clock.set(seoul(2026, 11, 24, 11, 30))
    check_out = tab.check_out()
    assert check_out is not None
    check_out.left_at.setDateTime(QDateTime(QDate(2026, 11, 24), QTime(10, 0)))
    check_out.save()
    assert check_out.isVisible()
    assert "도착 시각(10:30)" in check_out.fields.message("left_at")
    assert check_out.left_at.dateTime().time() == QTime(10, 0)
    assert status(tab) is VisitStatus.ARRIVED


def test_locked_database_is_a_message_bar_and_the_text_survives(  # type: ignore[no-untyped-def]
    qtbot, desk_window: MainWindow, basedir: Path
) -> None:
    tab = desk_window.reception_tab
    host = host_with_stand_in(desk_window.services)
    dialog = tab.new_appointment()
    fill_booking(dialog, host, QTime(14, 0), QTime(15, 0))
    blocker = sqlite3.connect(basedir / DATABASE_FILE, timeout=0)
    try:
        blocker.execute("BEGIN IMMEDIATE")
        dialog.save()  # waits out busy_timeout (5 s), then reports
    finally:
        blocker.rollback()
        blocker.close()
    assert dialog.isVisible()
    assert dialog.message_bar.isVisibleTo(dialog)
    assert "사용 중" in dialog.message_bar.text()
    assert dialog.visitor.name.text() == "홍길동"
    assert dialog.purpose.text() == "공모사업 상담"
    dialog.save()  # the lock is gone: the same text saves
    assert tab.model.rowCount() == 1


# --- privacy, visit record, passes, 18:00 ------------------------------------------------------


def test_lists_mask_and_the_detail_shows_in_full(  # type: ignore[no-untyped-def]
    qtbot, desk_window: MainWindow
) -> None:
    tab = desk_window.reception_tab
    host = host_with_stand_in(desk_window.services)
    dialog = tab.new_appointment()
    fill_booking(dialog, host, QTime(14, 0), QTime(15, 0))
    dialog.save()
    row_text = " ".join(cell(tab, c) for c in range(tab.model.columnCount()))
    assert "홍길동" not in row_text and "1234" not in row_text
    assert "홍*동" in row_text and "010-****-5678" in row_text
    assert "홍길동" in tab.detail.text() and "010-1234-5678" in tab.detail.text()
    assert "휠체어 이용" in tab.detail.text()


def test_returning_visitor_prefills_the_booking(  # type: ignore[no-untyped-def]
    qtbot, desk_window: MainWindow
) -> None:
    tab = desk_window.reception_tab
    host = host_with_stand_in(desk_window.services)
    desk_window.services.reception.register_walk_in(WalkInDraft(
        VisitorDraft("홍길동", "서울문화재단", "010-1234-5678"), host.id, "문의"), actor=DESK)
    dialog = tab.new_appointment()
    dialog.visitor.name.setText("길동")
    matches = dialog.visitor.lookup()
    assert [m.name_masked for m in matches] == ["홍*동"]
    assert dialog.visitor.matches.isVisibleTo(dialog)
    assert "010-****-5678" in dialog.visitor.matches.item(0).text()
    dialog.visitor.choose(0)
    assert dialog.visitor.name.text() == "홍길동"
    assert dialog.visitor.phone.text() == "010-1234-5678"
    assert dialog.visitor.organisation.text() == "서울문화재단"
    assert dialog.visitor.visitor_id == matches[0].id
    assert not dialog.visitor.matches.isVisibleTo(dialog)


def test_visit_record_and_register_as_complaint(  # type: ignore[no-untyped-def]
    qtbot, desk_window: MainWindow
) -> None:
    tab = desk_window.reception_tab
    host = host_with_stand_in(desk_window.services)
    owner = host_with_stand_in(desk_window.services, skip=5)
    result = desk_window.services.reception.register_walk_in(WalkInDraft(
        VisitorDraft("이민원"), host.id, "공연장 소음"), actor=DESK)
    tab.reload()
    tab.select(-result.visit_id)
    dialog = tab.visit_record()
    assert dialog is not None and dialog.purpose.text() == "공연장 소음"
    dialog.requests.setPlainText("야간 공연 소음 대책 요구")
    dialog.outcome.setPlainText("담당 부서 검토 후 회신")
    pick(dialog.follow_up, owner.name)
    with qtbot.waitSignal(tab.complaint_requested, timeout=1000) as emitted:
        qtbot.mouseClick(dialog.complaint_button, Qt.MouseButton.LeftButton)
    assert emitted.args == [result.visit_id]
    detail = desk_window.services.reception.detail(-result.visit_id)
    assert detail.requests == "야간 공연 소음 대책 요구"
    assert detail.follow_up_owner_id == owner.id
    assert "야간 공연 소음 대책 요구" in tab.detail.text()


def test_complaint_is_not_requested_when_the_record_is_refused(  # type: ignore[no-untyped-def]
    qtbot, desk_window: MainWindow
) -> None:
    tab = desk_window.reception_tab
    host = host_with_stand_in(desk_window.services)
    result = desk_window.services.reception.register_walk_in(WalkInDraft(
        VisitorDraft("이민원"), host.id, "공연장 소음"), actor=DESK)
    tab.reload()
    tab.select(-result.visit_id)
    dialog = tab.visit_record()
    assert dialog is not None
    dialog.purpose.clear()
    dialog.requests.setPlainText("요청")
    with qtbot.assertNotEmitted(tab.complaint_requested):
        dialog.register_complaint()
    assert dialog.fields.message("purpose")
    assert dialog.requests.toPlainText() == "요청"


def test_pass_handed_out_returned_and_printed_as_pdf(  # type: ignore[no-untyped-def]
    qtbot, desk_window: MainWindow, tmp_path: Path
) -> None:
    tab = desk_window.reception_tab
    host = host_with_stand_in(desk_window.services)
    dialog = tab.new_appointment()
    fill_booking(dialog, host, QTime(10, 45), QTime(11, 15))
    dialog.save()
    tab.check_in()
    pass_dialog = tab.hand_out_pass()
    assert pass_dialog is not None
    pass_dialog.number.setText("A-3")
    pass_dialog.save()
    assert cell(tab, TimelineModel.PASS) == "A-3"
    assert tab.return_pass_button.isEnabled()
    pdf = tab.save_pass_pdf(tmp_path / "pass.pdf")
    assert pdf is not None and pdf.exists() and pdf.stat().st_size > 1000
    assert pdf.read_bytes().startswith(b"%PDF")
    with desk_window.services.uow.read() as session:  # the visitor's data left the screen
        saved = session.scalars(select(AccessRecord).where(
            AccessRecord.action == "export")).all()
    assert [(r.entity, r.subject) for r in saved] == [("visit", "홍길동")]
    from arco_desk.ui.reception.visitor_pass import pass_html

    text = pass_html(desk_window.services.reception.detail(tab.current_key() or 0), "ARKO")
    assert "홍길동" in text and "010-****-5678" in text and "1234" not in text
    assert host.name in text and "2026-11-24" in text and "A-3" in text
    qtbot.mouseClick(tab.return_pass_button, Qt.MouseButton.LeftButton)
    assert cell(tab, TimelineModel.PASS) == "A-3 (returned)"


def test_visitors_still_inside_at_18_are_listed(  # type: ignore[no-untyped-def]
    qtbot, desk_window: MainWindow, stepping_clock: SteppingClock
) -> None:
    tab = desk_window.reception_tab
    host = host_with_stand_in(desk_window.services)
    desk_window.services.reception.register_walk_in(WalkInDraft(
        VisitorDraft("박늦음"), host.id, "면담"), actor=DESK)
    stepping_clock.set(seoul(2026, 11, 24, 17, 59))
    heartbeat(desk_window)
    assert not tab.alerts.closing_banner.isVisibleTo(tab)
    stepping_clock.set(seoul(2026, 11, 24, 18, 0))
    heartbeat(desk_window)
    banner = tab.alerts.closing_banner
    assert banner.isVisibleTo(tab)
    assert "1 visitor(s)" in banner.label.text() and "박*음" in banner.label.text()


def test_day_picker_and_search(  # type: ignore[no-untyped-def]
    qtbot, desk_window: MainWindow
) -> None:
    tab = desk_window.reception_tab
    host = host_with_stand_in(desk_window.services)
    dialog = tab.new_appointment()
    fill_booking(dialog, host, QTime(10, 0), QTime(11, 0), QDate(2026, 11, 25))
    dialog.save()
    assert tab.day.date() == QDate(2026, 11, 25)  # the booked day is shown
    assert tab.model.rowCount() == 1
    qtbot.mouseClick(tab.today_button, Qt.MouseButton.LeftButton)
    assert tab.day.date() == QDate(2026, 11, 24) and tab.model.rowCount() == 0
    qtbot.mouseClick(tab.next_day, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 1
    tab.search.setText("서울문화")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.search.setText("없는기관")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    tab.search.setText(host.name)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)


def test_midnight_moves_the_timeline_to_the_new_day(  # type: ignore[no-untyped-def]
    qtbot, desk_window: MainWindow, stepping_clock: SteppingClock
) -> None:
    tab = desk_window.reception_tab
    stepping_clock.set(datetime(2026, 11, 25, 0, 1, tzinfo=SEOUL))
    heartbeat(desk_window)
    assert tab.day.date() == QDate(2026, 11, 25)
    qtbot.mouseClick(tab.previous_day, Qt.MouseButton.LeftButton)
    stepping_clock.advance(timedelta(minutes=1))
    heartbeat(desk_window)
    assert tab.day.date() == QDate(2026, 11, 24)  # a day picked by hand stays


def test_the_demo_day_on_screen(  # type: ignore[no-untyped-def]
    qtbot, demo_services: Services, qsettings: QSettings
) -> None:
    from arco_desk.services.demo_reception import fill_reception

    fill_reception(demo_services.uow, demo_services.calendar, demo_services.clock())
    window = MainWindow(demo_services, qsettings)
    qtbot.addWidget(window)
    tab = window.reception_tab
    assert tab.model.rowCount() == 11
    shown = {cell(tab, TimelineModel.STATUS, row).split(" ", 1)[1]
             for row in range(tab.model.rowCount())}
    assert shown == {"Expected", "Host ready", "Arrived", "In meeting", "Left", "No-show",
                     "Cancelled"}
    # The agency's first background round sends the one alert that was due; the tab
    # hears it as a change record and says so.
    heartbeat(window)
    assert tab.alerts.sent.isVisibleTo(tab) and "alerted" in tab.alerts.sent.text()
    assert "Preparation alert sent" in window.message_bar.text()
    assert tab.outbound.model.rowCount() == 3 and "(3 to make)" in tab.outbound.title()


def test_the_host_line_says_where_the_host_is(  # type: ignore[no-untyped-def]
    qtbot, desk_window: MainWindow
) -> None:
    tab = desk_window.reception_tab
    services = desk_window.services
    host = host_with_stand_in(services)
    services.directory.set_presence(host.id, Presence.TRIP, seoul(2026, 11, 25, 13, 0),
                                    stand_in_id=host.stand_in_id, actor=DESK)
    dialog = tab.walk_in()
    assert not dialog.host_info.isVisibleTo(dialog)  # no gap while nobody is chosen
    pick(dialog.host, host.name)
    assert dialog.host_info.isVisibleTo(dialog)
    text = dialog.host_info.text()
    assert "Business trip" in text and "back at 11/25 13:00" in text  # tomorrow: with the date
    assert f"stand-in {host.stand_in_name}" in text
    dialog.host.suggest("x")  # typing again clears the choice
    assert not dialog.host_info.isVisibleTo(dialog)


def test_a_walk_in_registered_at_another_desk_shows_here_without_waiting_for_the_tick(  # type: ignore[no-untyped-def]
    qtbot, desk_window: MainWindow, basedir: Path, stepping_clock: SteppingClock
) -> None:
    from tests.signed_in import open_signed_in

    tab = desk_window.reception_tab
    assert tab.model.rowCount() == 0
    other_desk = open_signed_in(basedir, clock=stepping_clock)
    try:
        host = host_with_stand_in(other_desk)
        other_desk.reception.register_walk_in(
            WalkInDraft(VisitorDraft("김현장", "", "010-5555-6666"), host.id, "상담"), actor=DESK)
    finally:
        other_desk.close()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=2000)


def test_cancel_and_no_show_are_carried_out_in_the_operator_s_name(  # type: ignore[no-untyped-def]
    qtbot, desk_window: MainWindow, stepping_clock: SteppingClock
) -> None:
    tab = desk_window.reception_tab
    host = host_with_stand_in(desk_window.services)
    for start, end in ((QTime(14, 0), QTime(15, 0)), (QTime(16, 0), QTime(17, 0))):
        dialog = tab.new_appointment()
        fill_booking(dialog, host, start, end)
        dialog.save()
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
    assert "Appointment cancelled" in desk_window.message_bar.text()
    assert status(tab) is VisitStatus.CANCELLED
    stepping_clock.set(seoul(2026, 11, 24, 16, 30))  # the second visitor's time has passed
    tab.table.selectRow(1)
    qtbot.mouseClick(tab.no_show_button, Qt.MouseButton.LeftButton)
    assert "Marked as no-show" in desk_window.message_bar.text()
    with desk_window.services.uow.read() as session:
        actions = session.scalars(select(AuditEntry.action).where(
            AuditEntry.actor == DESK.account).order_by(AuditEntry.id)).all()
    assert actions[-2:] == ["appointment.cancel", "appointment.no_show"]
