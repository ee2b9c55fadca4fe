"""The main window on the demo agency with a stepping clock, and helpers for reception tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings

from arco_desk.domain.directory import Presence, StaffRecord
from arco_desk.services.container import Services
from arco_desk.ui.shell.main_window import MainWindow
from tests.actors import DESK


@pytest.fixture
def desk_window(qtbot, clocked_services: Services, qsettings: QSettings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The main window on the demo agency and a clock the test moves (Tue 2026-11-24 10:30)."""
    win = MainWindow(clocked_services, qsettings)
    qtbot.addWidget(win)
    win.tabs.setCurrentWidget(win.reception_tab)
    win.show()
    qtbot.waitExposed(win)
    yield win


def host_with_stand_in(services: Services, skip: int = 0) -> StaffRecord:
    """A staff member who is in, whose stand-in is in too."""
    chosen = [r for r in services.directory.search("") if r.stand_in_id is not None][skip]
    assert chosen.stand_in_id is not None
    for staff_id in (chosen.id, chosen.stand_in_id):
        services.directory.set_presence(staff_id, Presence.IN,
                                        stand_in_id=services.directory.get_staff(staff_id)
                                        .stand_in_id, actor=DESK)
    return services.directory.get_staff(chosen.id)


def pick(picker, text: str) -> None:  # type: ignore[no-untyped-def]
    picker.setText(text)
    assert picker.suggest(text), text
    assert picker.choose_first()
