from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from arco_desk.services.container import Services
from arco_desk.ui.shell.main_window import MainWindow
from tests.ui.conftest import Dialogs
from tests.ui.lists import wait_loaded


def test_tabs_follow_the_design(window: MainWindow) -> None:
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Reception", "Phone memos", "Complaints", "Staff directory",
                      "Overdue board"]


def test_ctrl_number_switches_tabs_and_ctrl_f_focuses_search(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    for number in (1, 2, 3, 4, 5):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number),
                       Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == number - 1
    window.tabs.setCurrentWidget(window.directory_tab)
    window.activateWindow()
    window.tabs.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.directory_tab.search)


def test_window_state_is_remembered(qtbot, demo_services: Services, qsettings: QSettings) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(demo_services, qsettings)
    qtbot.addWidget(first)
    first.tabs.setCurrentIndex(1)
    first.close()
    second = MainWindow(demo_services, qsettings)
    qtbot.addWidget(second)
    assert second.tabs.currentIndex() == 1


def test_controls_have_accessible_names(window: MainWindow) -> None:
    tab = window.directory_tab
    for widget in (tab.search, tab.table, tab.departments, tab.presence_filter, tab.detail):
        assert widget.accessibleName()


def test_tick_reaches_every_tab_that_asks_for_it(window) -> None:  # type: ignore[no-untyped-def]
    calls: list[int] = []
    tab = window.tabs.widget(0)
    tab.refresh_tick = lambda: calls.append(1)  # type: ignore[attr-defined]
    window.tick()
    assert calls == [1]
    assert window.heartbeat.isActive()


def test_changes_from_another_pc_reach_the_tabs(qtbot, window, basedir) -> None:  # type: ignore[no-untyped-def]
    from arco_desk.domain.change_feed import ChangeKind
    from arco_desk.store.change_feed import publish
    from tests.signed_in import open_signed_in

    heard: list[int] = []
    tab = window.tabs.widget(1)
    tab.apply_changes = lambda records: heard.extend(r.entity_id for r in records)  # type: ignore[attr-defined]
    other_pc = open_signed_in(basedir)
    try:
        with other_pc.uow.write() as session:
            publish(session, ChangeKind.MEMO_FORWARDED, 99, staff_id=1)
    finally:
        other_pc.close()
    qtbot.waitUntil(lambda: heard == [99], timeout=2000)


def test_a_lost_connection_is_said_once_and_its_return_too(window) -> None:  # type: ignore[no-untyped-def]
    window.change_watcher.connection_lost.emit("gone")
    assert window.message_bar.level == "error"
    assert "reconnecting" in window.message_bar.text() or "다시 연결" in window.message_bar.text()
    window.change_watcher.connection_restored.emit()
    assert window.message_bar.level == "info"


def test_tab_shortcuts_work_right_after_switching_tabs(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.memo_tab
    assert not window.memo_tab.call_bar.running
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F5)  # focus: the tab bar
    assert window.memo_tab.call_bar.running


def test_the_first_start_opens_reception(qtbot, demo_services: Services,  # type: ignore[no-untyped-def]
                                         qsettings: QSettings) -> None:
    first = MainWindow(demo_services, qsettings)
    qtbot.addWidget(first)
    assert first.tabs.currentWidget() is first.reception_tab


def test_this_pc_s_staff_member_is_chosen_from_the_admin_menu(
    window: MainWindow, dialogs: Dialogs
) -> None:
    from arco_desk.ui.admin.identity_dialog import IdentityDialog
    from arco_desk.ui.common.identity import current_staff_id

    someone = window.services.directory.search("")[4]
    reloaded: list[bool] = []
    window.reception_tab.reload = lambda: reloaded.append(True)  # type: ignore[method-assign]

    window.identity_action.trigger()
    dialogs.accept(IdentityDialog, fill=lambda dialog: dialog.staff.set_staff(someone.id))
    assert current_staff_id(window.settings) == someone.id
    wait_loaded(window)
    assert someone.name in window.memo_tab.inbox.who.text()
    assert reloaded == [True]
