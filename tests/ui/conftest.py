from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from arco_desk.services.container import Services
from arco_desk.ui.shell.main_window import MainWindow


@pytest.fixture
def qsettings(basedir: Path) -> QSettings:
    return QSettings(str(basedir / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, demo_services: Services, qsettings: QSettings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = MainWindow(demo_services, qsettings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
