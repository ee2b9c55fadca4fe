"""The window shown first and filled after (docs/architecture.md §16): the frame carries
the sections' titles, the tabs and their first reads come after the first paint."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from arco_desk.domain.roles import Role
from arco_desk.services.container import Services
from arco_desk.services.demo_accounts import DEMO_PASSWORD, fill_accounts
from arco_desk.ui.common.signed_in import SignedInPerson
from arco_desk.ui.shell.main_window import MainWindow
from tests.ui.shell.test_signed_in_window import _login_with

DESIGN = ["Reception", "Phone memos", "Complaints", "Staff directory", "Overdue board"]


def _titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_the_frame_is_painted_first_then_the_tabs_are_filled(  # type: ignore[no-untyped-def]
        qtbot, demo_services: Services, qsettings: QSettings) -> None:
    qsettings.setValue("window/tab", 3)
    window = MainWindow(demo_services, qsettings, fill_later=True)
    qtbot.addWidget(window)
    assert not window.filled
    assert _titles(window) == DESIGN
    assert window.tabs.currentIndex() == 3
    assert not window.menuBar().isEnabled()  # nothing to act on before the tabs
    assert not window.heartbeat.isActive()
    window.tick()  # a heartbeat before the fill reaches no tab
    painted: list[bool] = []
    window.first_painted.connect(lambda: painted.append(window.filled))

    window.show()
    qtbot.waitUntil(lambda: window.filled)

    assert painted == [False]  # the first paint was heard before the tabs were built
    assert _titles(window) == DESIGN
    assert window.tabs.currentWidget() is window.directory_tab
    assert window.directory_tab.model.rowCount() > 0
    assert window.menuBar().isEnabled()
    assert window.heartbeat.isActive()
    window.fill()  # once only
    assert window.tabs.count() == len(DESIGN)
    window.close()


def test_a_person_sees_only_their_sections_in_the_frame(  # type: ignore[no-untyped-def]
        qtbot, demo_services: Services, qsettings: QSettings) -> None:
    fill_accounts(demo_services.uow)
    desk = demo_services.accounts.sign_in(_login_with(demo_services, Role.DESK),
                                          DEMO_PASSWORD).actor
    window = MainWindow(demo_services, qsettings, fill_later=True,
                        person=SignedInPerson(desk, demo_services.gate))
    qtbot.addWidget(window)
    hidden_first = [i for i in range(window.tabs.count()) if not window.tabs.isTabVisible(i)]
    assert hidden_first  # the desk has no overdue board

    window.show()
    qtbot.waitUntil(lambda: window.filled)

    hidden = [i for i in range(window.tabs.count()) if not window.tabs.isTabVisible(i)]
    assert hidden == hidden_first
    window.close()


def test_the_frame_waits_for_the_database_and_the_sign_in(  # type: ignore[no-untyped-def]
        qtbot, demo_services: Services, qsettings: QSettings) -> None:
    """app.py's order: the frame painted with no database yet, then the person signed in
    and the window filled with their sections."""
    window = MainWindow(None, qsettings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.painted)
    assert not window.filled and not window.menuBar().isEnabled()
    assert _titles(window) == DESIGN
    window.tick()  # a heartbeat before the database reaches no tab

    fill_accounts(demo_services.uow)
    desk = demo_services.accounts.sign_in(_login_with(demo_services, Role.DESK),
                                          DEMO_PASSWORD).actor
    window.attach(demo_services, SignedInPerson(desk, demo_services.gate))

    assert window.filled and window.menuBar().isEnabled()
    assert window.heartbeat.isActive()
    assert not window.tabs.isTabVisible(window.tabs.indexOf(window.board_tab))
    assert window.tabs.isTabVisible(window.tabs.indexOf(window.memo_tab))
    assert window.windowTitle().endswith(desk.name)
    window.close()
