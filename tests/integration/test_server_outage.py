"""PostgreSQL stops under an open main window: the lists show placeholders and the message
bar says the database is unreachable, the exception hook is never reached, and when the
server is back the lists fill again by themselves.

The test stops its own server (``started_postgres``), not the session's shared one.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QSettings
from PySide6.QtWidgets import QApplication, QTableView, QTabWidget

from arco_desk.domain.memos import MemoDraft
from arco_desk.services.container import Services
from arco_desk.services.demo import fill_directory
from arco_desk.store.errors import MESSAGES, Reason
from arco_desk.ui.common.messages import render
from arco_desk.ui.common.paged_model import PAGE_SIZE, PagedTableModel, placeholder_text
from arco_desk.ui.shell.exception_hook import ExceptionHook
from arco_desk.ui.shell.main_window import MainWindow
from tests.actors import DESK
from tests.conftest import FIXED_NOW, PostgresServer, fixed_clock, started_postgres
from tests.signed_in import open_signed_in

pytestmark = pytest.mark.postgres

MEMOS = PAGE_SIZE + 30  # a second page, fetched only when scrolled to
UNREACHABLE = MESSAGES[Reason.UNREACHABLE]


@pytest.fixture
def own_pg_server() -> Iterator[PostgresServer]:
    """A server of this test's own, since the test stops and restarts it."""
    yield from started_postgres()


@pytest.fixture
def pg_desk(own_pg_server: PostgresServer, basedir: Path) -> Iterator[Services]:
    services = open_signed_in(basedir, own_pg_server.create_database(), clock=fixed_clock)
    fill_directory(services.uow, FIXED_NOW)
    staff = services.directory.search("")[1]
    for number in range(MEMOS):
        services.memos.record(MemoDraft(
            caller_name=f"김영희{number}", caller_org="한빛출판사",
            caller_phone="010-1234-5678", called_at=FIXED_NOW - timedelta(minutes=number + 1),
            message="문학창작 지원 서류 보완 문의", target_staff_id=staff.id), actor=DESK)
    yield services
    services.close()


@pytest.fixture
def hook(monkeypatch: pytest.MonkeyPatch, basedir: Path) -> ExceptionHook:
    """The app's own hook, as installed at start, without its dialog."""
    installed = ExceptionHook(basedir / "arco-desk.log", show_dialog=False)
    monkeypatch.setattr(sys, "excepthook", installed)
    return installed


def _counter(said: dict[int, int], key: int) -> Callable[[str], None]:
    def count(_message: str) -> None:
        said[key] = said.get(key, 0) + 1
    return count


def _models(window: MainWindow) -> list[PagedTableModel]:  # type: ignore[type-arg]
    return [m for m in window.findChildren(QAbstractItemModel) if isinstance(m, PagedTableModel)]


def _look_at_everything(window: MainWindow) -> None:
    """What an operator does: switch tabs, scroll every list down and up again."""
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        inner = [v for v in window.findChildren(QTabWidget) if v is not window.tabs]
        for views in inner:
            if not views.isVisible():
                continue
            for index in range(views.count()):
                views.setCurrentIndex(index)
                _scroll(window)
        _scroll(window)
    window.tabs.setCurrentWidget(window.memo_tab)
    window.memo_tab.views.setCurrentWidget(window.memo_tab.list_panel)


def _scroll(window: MainWindow) -> None:
    for table in window.findChildren(QTableView):
        if table.isVisible():
            for value in (table.verticalScrollBar().maximum(), 0):
                table.verticalScrollBar().setValue(value)
                table.viewport().repaint()
                QApplication.processEvents()


@pytest.mark.parametrize("mode", ["fast", "immediate"])
def test_lists_survive_a_stopped_server_and_come_back(
    qtbot, own_pg_server: PostgresServer, pg_desk: Services, basedir: Path,  # type: ignore[no-untyped-def]
    hook: ExceptionHook, mode: str,
) -> None:
    window = MainWindow(pg_desk, QSettings(str(basedir / "settings.ini"),
                                           QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    memo_list = window.memo_tab.list_panel
    window.tabs.setCurrentWidget(window.memo_tab)
    window.memo_tab.views.setCurrentWidget(memo_list)
    qtbot.waitUntil(lambda: memo_list.model.rowCount() == MEMOS, timeout=5000)
    last_row = MEMOS - 1
    assert memo_list.model.data(memo_list.model.index(0, 0)) != placeholder_text()

    said: dict[int, int] = {}  # fetch_failed signals per model
    for model in _models(window):
        model.fetch_failed.connect(_counter(said, id(model)))
    window.heartbeat.setInterval(200)  # the periodic refresh, driven by its own timer
    with pg_desk.engine.connect() as conn:
        # The test server runs with synchronous_commit=off: write the WAL out, so an
        # immediate stop loses no memo.
        conn.exec_driver_sql("CHECKPOINT")
    own_pg_server.stop(mode)
    try:
        qtbot.wait(600)
        _look_at_everything(window)
        qtbot.waitUntil(lambda: bool(said), timeout=5000)
        qtbot.wait(600)  # more ticks and retries while the server is still down
        _look_at_everything(window)

        assert hook.reports == []
        assert window.message_bar.isVisible() and window.message_bar.level == "error"
        assert render(UNREACHABLE) in window.message_bar.text()  # in the window's language
        assert memo_list.model.failing()
        assert memo_list.model.data(memo_list.model.index(last_row, 0)) == placeholder_text()
        # One message per list per outage, however many paints and retries.
        assert set(said.values()) == {1}
        assert set(said) == {id(m) for m in _models(window) if m.failing()}
    finally:
        own_pg_server.launch()

    qtbot.waitUntil(lambda: not any(m.failing() for m in _models(window)), timeout=20_000)
    _look_at_everything(window)
    assert memo_list.model.rowCount() == MEMOS
    memo_list.table.scrollToBottom()
    qtbot.waitUntil(
        lambda: memo_list.model.data(memo_list.model.index(last_row, 0)) not in
        (None, placeholder_text()), timeout=10_000)
    qtbot.waitUntil(window.message_bar.isHidden, timeout=20_000)
    assert hook.reports == []
    window.close()
