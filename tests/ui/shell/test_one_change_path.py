"""One path for every change: this window's own writes and another PC's reach the screens
as change records, and each screen redraws once."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from arco_desk.domain.complaint_intake import ComplaintDraft
from arco_desk.domain.complaints import ComplaintStatus
from arco_desk.domain.directory import Presence
from arco_desk.domain.memos import MemoDraft
from arco_desk.domain.reception import AppointmentDraft, VisitorDraft
from arco_desk.services.container import Services
from arco_desk.ui.shell.main_window import MainWindow
from tests.actors import DESK
from tests.conftest import FIXED_NOW, fixed_clock
from tests.signed_in import open_signed_in
from tests.ui.conftest import Dialogs
from tests.ui.lists import wait_loaded
from tests.ui.memos.test_memo_tab import fill, present, save_and_confirm


def counting(calls: list[str], name: str, reload: Callable[[], None]) -> Callable[[], None]:
    def counted() -> None:
        calls.append(name)
        reload()
    return counted


def test_saving_a_memo_redraws_the_desk_list_and_the_inbox_once(
    window: MainWindow, dialogs: Dialogs
) -> None:
    tab = window.memo_tab
    person, _ = present(tab.services)
    window.change_watcher.check_now()  # the set-up's own records are heard first
    calls: list[str] = []
    tab.list_panel.reload = counting(calls, "list", tab.list_panel.reload)  # type: ignore[method-assign]
    tab.inbox.reload = counting(calls, "inbox", tab.inbox.reload)  # type: ignore[method-assign]

    fill(tab, person.id)
    save_and_confirm(tab, dialogs)

    assert sorted(calls) == ["inbox", "list"]
    (memo_id,) = tab.services.memos.search_ids()
    assert tab.list_panel.model.ids() == [memo_id]
    assert tab.form.caller_name.text() == ""  # the form is cleared for the next call
    window.change_watcher.check_now()
    wait_loaded(window)
    assert sorted(calls) == ["inbox", "list"]  # nothing left over for a second redraw


@pytest.fixture
def other_pc(window: MainWindow, basedir: Path) -> Iterator[Services]:
    """A second PC's services on the same database file."""
    window.change_watcher.check_now()
    services = open_signed_in(basedir, clock=fixed_clock)
    yield services
    services.close()


def test_another_pc_s_memo_reaches_the_desk_list(window: MainWindow, other_pc: Services) -> None:
    person, _ = present(other_pc)
    row = other_pc.memos.record(MemoDraft(
        caller_name="김영희", caller_phone="010-1234-5678", message="회신 바람",
        called_at=FIXED_NOW - timedelta(minutes=5), target_staff_id=person.id), actor=DESK)
    assert row.id not in window.memo_tab.list_panel.model.ids()
    window.change_watcher.check_now()
    wait_loaded(window)
    assert row.id in window.memo_tab.list_panel.model.ids()


def test_another_pc_s_complaint_steps_reach_the_complaint_tab(
    window: MainWindow, other_pc: Services
) -> None:
    tab = window.complaint_tab
    complaint_id = other_pc.complaints.register(ComplaintDraft(
        channel="letter", kind_code="petition", citizen_name="홍길동",
        citizen_address="서울 종로구 대학로 57", title="공연장 소음", content="소음이 심합니다."),
        actor=DESK)
    window.change_watcher.check_now()
    wait_loaded(window)
    assert complaint_id in tab.model.ids()
    tab.show_complaint(complaint_id)
    handler = other_pc.directory.search("")[3]
    other_pc.complaints.assign(complaint_id, handler.id, actor=DESK)
    window.change_watcher.check_now()
    wait_loaded(window)
    record = tab.model.record(tab.model.row_of(complaint_id))
    assert record is not None and record.status is ComplaintStatus.ASSIGNED
    assert tab.current is not None and tab.current.row.assignee_id == handler.id


def test_another_pc_s_directory_edit_reaches_the_directory_tab(
    window: MainWindow, other_pc: Services
) -> None:
    tab = window.directory_tab
    person = other_pc.directory.search("")[2]
    other_pc.directory.set_presence(person.id, Presence.TRIP, FIXED_NOW + timedelta(hours=3),
                                    actor=DESK)
    department_id = other_pc.directory.add_department("신설팀", actor=DESK)
    window.change_watcher.check_now()
    wait_loaded(window)
    record = tab.model.record(tab.model.row_of(person.id))
    assert record is not None and record.presence is Presence.TRIP
    root = tab.departments.topLevelItem(0)
    shown = [root.child(i).data(0, Qt.ItemDataRole.UserRole) for i in range(root.childCount())]
    assert department_id in shown


def test_another_pc_s_booking_reaches_the_timeline(window: MainWindow, other_pc: Services) -> None:
    tab = window.reception_tab
    host = other_pc.directory.search("")[1]
    starts = FIXED_NOW + timedelta(hours=2)
    appointment_id = other_pc.reception.book(AppointmentDraft(
        visitor=VisitorDraft("홍길동", "서울문화재단", "010-1234-5678"), host_id=host.id,
        starts_at=starts, ends_at=starts + timedelta(hours=1), purpose="상담", place="3층"),
        actor=DESK)
    assert appointment_id not in tab.model.ids()
    window.change_watcher.check_now()
    wait_loaded(window)
    assert appointment_id in tab.model.ids()
    other_pc.reception.cancel(appointment_id, actor=DESK)
    window.change_watcher.check_now()
    wait_loaded(window)
    record = tab.model.record(tab.model.row_of(appointment_id))
    assert record is not None and record.status.value == "cancelled"
