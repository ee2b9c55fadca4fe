"""Staff mode: this PC's staff member hears about their memos, visitors and complaints
from another PC (another connection to the same database), and a click opens the item."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon

from arco_desk.domain.change_feed import ChangeKind
from arco_desk.domain.complaint_intake import ComplaintDraft
from arco_desk.domain.directory import Presence, StaffRecord
from arco_desk.domain.memos import MemoDraft, Route
from arco_desk.domain.reception import VisitorDraft, WalkInDraft
from arco_desk.services.container import Services
from arco_desk.ui.admin.identity_dialog import IdentityDialog
from arco_desk.ui.common.identity import current_staff_id, set_current_staff_id
from arco_desk.ui.staff_pc.staff_mode import StaffMode
from tests.actors import DESK
from tests.clock import SteppingClock
from tests.conftest import FIXED_NOW
from tests.signed_in import open_signed_in
from tests.ui.conftest import Dialogs
from tests.ui.lists import wait_loaded
from tests.words import korean_notice


@pytest.fixture
def desk_pc(basedir: Path, clocked_services: Services,
            stepping_clock: SteppingClock) -> Iterator[Services]:
    """The reception desk: another connection to the staff PC's database."""
    services = open_signed_in(basedir, clock=stepping_clock)
    yield services
    services.close()


def _colleagues(services: Services) -> tuple[StaffRecord, StaffRecord]:
    """Two people of one department, both in."""
    department = services.directory.departments()[2].id
    me, colleague = services.directory.search("", department_id=department)[:2]
    for person in (me, colleague):
        services.directory.set_presence(person.id, Presence.IN, stand_in_id=person.stand_in_id,
                                        actor=DESK)
    return me, colleague


def _staff_mode(qtbot, services: Services, qsettings: QSettings,  # type: ignore[no-untyped-def]
                me: StaffRecord | None, use_tray: bool = True) -> StaffMode:
    set_current_staff_id(qsettings, me.id if me else None)
    mode = StaffMode(services, qsettings, QIcon(), use_tray)
    qtbot.addWidget(mode.window)
    return mode


def _memo(desk: Services, target: StaffRecord, route: Route = Route.TARGET,
          caller: str = "홍길동") -> int:
    return desk.memos.record(MemoDraft(
        caller_name=caller, caller_phone="010-1234-5678", called_at=FIXED_NOW,
        message="공모 일정 문의", target_staff_id=target.id, route=route), actor=DESK).id


def test_first_start_asks_whose_pc_this_is(qtbot, clocked_services: Services,  # type: ignore[no-untyped-def]
                                           qsettings: QSettings, dialogs: Dialogs) -> None:
    me, _ = _colleagues(clocked_services)
    mode = _staff_mode(qtbot, clocked_services, qsettings, None, use_tray=False)
    mode.start()
    assert not mode.window.isVisible()  # first the question
    dialogs.accept(IdentityDialog, fill=lambda dialog: dialog.staff.set_staff(me.id))
    assert current_staff_id(qsettings) == me.id
    wait_loaded(mode.window)
    assert me.name in mode.window.inbox.who.text()
    assert mode.window.isVisible()  # no tray here: 내 메모 comes forward


def test_a_memo_for_me_is_notified_counted_and_opened_by_a_click(  # type: ignore[no-untyped-def]
    qtbot, clocked_services: Services, desk_pc: Services, qsettings: QSettings
) -> None:
    me, colleague = _colleagues(clocked_services)
    mode = _staff_mode(qtbot, clocked_services, qsettings, me)
    assert mode.tray is not None and mode.tray.unread == 0
    _memo(desk_pc, colleague)  # same department, not mine: no notice
    memo_id = _memo(desk_pc, me)
    qtbot.waitUntil(lambda: len(mode.notified) == 1, timeout=2000)
    [notice] = mode.notified
    assert (notice.kind, notice.entity_id) == (ChangeKind.MEMO_FORWARDED, memo_id)
    assert korean_notice(notice)[0] == "전화 메모: 홍길동"
    wait_loaded(mode.window)
    assert mode.tray.unread == 1 and "1" in mode.tray.icon.toolTip()
    assert mode.tray.last_notice == notice
    mode.tray.icon.messageClicked.emit()  # the operator's memo opens, and counts as read
    assert mode.window.inbox.detail.memo is not None
    assert mode.window.inbox.detail.memo.id == memo_id
    assert mode.tray.unread == 0


def test_a_memo_for_my_whole_department_is_notified(  # type: ignore[no-untyped-def]
    qtbot, clocked_services: Services, desk_pc: Services, qsettings: QSettings
) -> None:
    me, colleague = _colleagues(clocked_services)
    mode = _staff_mode(qtbot, clocked_services, qsettings, me)
    memo_id = _memo(desk_pc, colleague, Route.DEPARTMENT, caller="김부서")
    qtbot.waitUntil(lambda: len(mode.notified) == 1, timeout=2000)
    assert mode.notified[0].entity_id == memo_id


def test_a_visitor_arrival_opens_the_reception_row(  # type: ignore[no-untyped-def]
    qtbot, clocked_services: Services, desk_pc: Services, qsettings: QSettings
) -> None:
    me, _ = _colleagues(clocked_services)
    mode = _staff_mode(qtbot, clocked_services, qsettings, me)
    arrival = desk_pc.reception.register_walk_in(
        WalkInDraft(VisitorDraft("김현장", "극단 해오름", "010-5555-6666"), me.id, "상담"),
                                                 actor=DESK)
    qtbot.waitUntil(lambda: len(mode.notified) == 1, timeout=2000)
    notice = mode.notified[0]
    assert notice.kind is ChangeKind.VISITOR_ARRIVED
    assert korean_notice(notice)[0] == "방문객 도착: 김현장(극단 해오름)"
    mode.open_notice(notice)
    window = mode.main_window
    assert window is not None and window.tabs.currentWidget() is window.reception_tab
    entry = window.reception_tab.current_entry()
    assert entry is not None and entry.visit_id == arrival.visit_id
    assert window.change_watcher is mode.watcher  # one listener for both windows


def test_an_assigned_complaint_opens_in_the_complaints_tab(  # type: ignore[no-untyped-def]
    qtbot, clocked_services: Services, desk_pc: Services, qsettings: QSettings
) -> None:
    me, _ = _colleagues(clocked_services)
    mode = _staff_mode(qtbot, clocked_services, qsettings, me)
    complaint_id = desk_pc.complaints.register(ComplaintDraft(
        channel="phone", kind_code="inquiry", citizen_name="이민원",
        citizen_phone="010-2222-3333", title="대관료 환불 문의",
        content="대관료 환불 절차를 알려 주세요.", received_at=FIXED_NOW), actor=DESK)
    desk_pc.complaints.assign(complaint_id, me.id, actor=DESK)
    qtbot.waitUntil(lambda: len(mode.notified) == 1, timeout=2000)
    mode.open_notice(mode.notified[0])
    window = mode.main_window
    assert window is not None and window.tabs.currentWidget() is window.complaint_tab
    assert window.complaint_tab.current is not None
    assert window.complaint_tab.current.id == complaint_id


def test_without_a_tray_the_window_itself_says_so(  # type: ignore[no-untyped-def]
    qtbot, clocked_services: Services, desk_pc: Services, qsettings: QSettings
) -> None:
    me, _ = _colleagues(clocked_services)
    mode = _staff_mode(qtbot, clocked_services, qsettings, me, use_tray=False)
    mode.start()
    assert mode.window.isVisible()
    _memo(desk_pc, me, caller="박전화")
    qtbot.waitUntil(lambda: "박전화" in mode.window.message_bar.text(), timeout=2000)
    wait_loaded(mode.window)
    assert mode.window.inbox.model.rowCount() == 1


def test_a_lost_connection_is_said_in_the_small_window(  # type: ignore[no-untyped-def]
    qtbot, clocked_services: Services, qsettings: QSettings
) -> None:
    mode = _staff_mode(qtbot, clocked_services, qsettings, None, use_tray=False)
    mode.watcher.connection_lost.emit("gone")
    assert mode.window.message_bar.level == "error"
    mode.watcher.connection_restored.emit()
    assert mode.window.message_bar.level == "info"


def test_a_signed_in_person_s_pc_asks_nothing_and_shows_their_memos(  # type: ignore[no-untyped-def]
        qtbot, clocked_services: Services, qsettings: QSettings) -> None:
    from arco_desk.domain.actor import Actor
    from arco_desk.domain.roles import Role
    from arco_desk.ui.common.signed_in import SignedInPerson

    me, _ = _colleagues(clocked_services)
    person = SignedInPerson(Actor("me", me.id, me.name, frozenset({Role.STAFF})),
                            clocked_services.gate)
    mode = StaffMode(clocked_services, qsettings, QIcon(), False, person=person)
    qtbot.addWidget(mode.window)
    mode.start()
    assert current_staff_id(qsettings) is None  # nothing asked, nothing kept in settings
    wait_loaded(mode.window)
    assert mode.staff_id() == me.id and me.name in mode.window.inbox.who.text()
    assert mode.window.isVisible()
