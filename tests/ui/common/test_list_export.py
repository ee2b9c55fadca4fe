"""목록 내보내기 driven in each tab as the desk does it (pytest-qt, real widgets, real
SQLite): a filter set, the list exported to CSV and XLSX and read back — the rows of the
filter only (all of them, not the page loaded), the headers, Korean intact, callers,
citizens and visitors masked as the desk's screen shows them, private files, and one
access record with its reason per export; no reason or Cancel writes and records nothing.
The directory exports without a reason and without a record."""

from __future__ import annotations

import csv
import io
import os
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt, QThreadPool, QTimer
from sqlalchemy import select

from arco_desk.domain.access_records import AccessAction
from arco_desk.domain.actor import Actor
from arco_desk.domain.memos import MemoDraft, Route
from arco_desk.domain.roles import Role
from arco_desk.services import list_exports
from arco_desk.services.complaint_records import ComplaintFilter as ListFilter
from arco_desk.services.complaint_records import ListScope
from arco_desk.services.container import Services
from arco_desk.services.demo_build import build_demo
from arco_desk.services.list_export import write_list
from arco_desk.store.models import AccessRecord
from arco_desk.ui.common import paged_model
from arco_desk.ui.common.list_export import ListReasonDialog, choose_list_file, exporting
from arco_desk.ui.common.signed_in import SignedInPerson
from arco_desk.ui.shell.main_window import MainWindow
from tests.conftest import FIXED_NOW
from tests.signed_in import EVERYONE
from tests.ui.conftest import Dialogs
from tests.ui.lists import wait_loaded


@pytest.fixture
def desk_window(qtbot, services: Services,  # type: ignore[no-untyped-def]
                qsettings: QSettings) -> Iterator[MainWindow]:
    """The window of a desk operator (staff of the second department, desk role only),
    over the demo agency (memos, complaints, today's visits)."""
    build_demo(services)
    demo_services = services
    operator = demo_services.directory.search("", demo_services.directory.departments()[1].id)[0]
    desk = Actor("test:desk", operator.id, operator.name, frozenset({Role.DESK}))
    window = MainWindow(demo_services, qsettings, person=SignedInPerson(desk,
                                                                         demo_services.gate))
    qtbot.addWidget(window)
    wait_loaded(window)  # the lists are read in the background (docs/architecture.md §18)
    yield window
    window.close()


def _records(services: Services) -> list[AccessRecord]:
    with services.uow.read() as session:
        return list(session.scalars(select(AccessRecord).where(
            AccessRecord.action == AccessAction.EXPORT.value).order_by(AccessRecord.id)))


def _csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def _xlsx(path: Path) -> list[list[object]]:
    sheet = load_workbook(path).active
    assert sheet is not None and sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref is not None and sheet["A1"].font.b
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def _private(path: Path) -> None:
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600


def _finished(qtbot, tab: object) -> None:  # type: ignore[no-untyped-def]
    """Until the tab's export has ended (it runs off the GUI thread)."""
    button = tab.export_button  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not exporting(button), timeout=20_000)
    assert button.isEnabled()


def _export(qtbot, dialogs: Dialogs, tab: object, path: Path,  # type: ignore[no-untyped-def]
            reason: str) -> None:
    dialog = tab.export_list(path)  # type: ignore[attr-defined]
    assert isinstance(dialog, ListReasonDialog)
    dialogs.accept(ListReasonDialog, fill=lambda d: d.reason.setText(reason))
    _finished(qtbot, tab)
    _private(path)


def _column(model: object, column: int) -> list[str]:
    return [model.index(row, column).data(Qt.ItemDataRole.DisplayRole)  # type: ignore[attr-defined]
            for row in range(model.rowCount())]  # type: ignore[attr-defined]


def test_the_memo_list_of_a_search_masked_as_the_desk_sees_it(  # type: ignore[no-untyped-def]
        qtbot, desk_window: MainWindow, dialogs: Dialogs, tmp_path: Path) -> None:
    services = desk_window.services
    recipient = services.directory.search("", services.directory.departments()[0].id)[0]
    with services.gate.acting_as(EVERYONE):
        for minutes in (3, 4):
            services.memos.record(MemoDraft(
                caller_name="탁윤서", caller_org="한빛출판사", caller_phone="010-8812-4471",
                called_at=FIXED_NOW - timedelta(minutes=minutes), message="정산 서류 문의",
                target_staff_id=recipient.id, route=Route.TARGET), actor=EVERYONE)
    panel = desk_window.memo_tab.list_panel
    panel.search.setText("탁윤서")
    panel.reload()
    wait_loaded(panel)
    assert panel.model.rowCount() == 2

    _export(qtbot, dialogs, panel, tmp_path / "memos.csv", "콜백 현황 점검")
    rows = _csv(tmp_path / "memos.csv")
    assert rows[0][:5] == ["No.", "Status", "Called", "Call back by", "Caller"]
    assert [row[0] for row in rows[1:]] == [str(i) for i in panel.model.ids()]
    assert {(row[4], row[5], row[6], row[9]) for row in rows[1:]} == {
        ("탁*서", "한빛출판사", "010-****-4471", "정산 서류 문의")}
    _export(qtbot, dialogs, panel, tmp_path / "memos.xlsx", "콜백 현황 점검")
    table = _xlsx(tmp_path / "memos.xlsx")
    assert table[0] == rows[0] and [r[0] for r in table[1:]] == panel.model.ids()
    assert {r[4] for r in table[1:]} == {"탁*서"}
    assert [(r.entity, r.subject, r.reason) for r in _records(services)] == [
        ("memo", "목록 2건", "콜백 현황 점검")] * 2


def test_no_reason_or_cancel_writes_and_records_nothing(
        desk_window: MainWindow, dialogs: Dialogs, tmp_path: Path) -> None:
    tab = desk_window.complaint_tab
    target = tmp_path / "complaints.xlsx"
    dialog = tab.export_list(target)
    assert dialog is not None
    dialog.save()  # no reason: refused at its field
    assert dialog.fields.labels["reason"].isVisibleTo(dialog) and dialog.isVisible()
    dialogs.reject(ListReasonDialog)
    assert not target.exists() and _records(desk_window.services) == []


def test_the_complaints_of_the_filters_all_of_them_not_the_page(  # type: ignore[no-untyped-def]
        qtbot, desk_window: MainWindow, dialogs: Dialogs, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paged_model, "PAGE_SIZE", 2)
    tab = desk_window.complaint_tab
    tab.scope.setCurrentIndex(tab.scope.findData(ListScope.ALL.value))
    tab.department.setCurrentIndex(3)
    tab.reload()
    wait_loaded(tab)
    model = tab.model
    shown = model.rowCount()
    model.index(0, 0).data()  # the first page is loaded, the rest is not
    assert 2 < shown < len(desk_window.services.complaints.list_ids(ListFilter()))
    assert len(model._cache) < shown
    _export(qtbot, dialogs, tab, tmp_path / "complaints.xlsx", "부서 민원 현황")
    table = _xlsx(tmp_path / "complaints.xlsx")
    assert table[0][:4] == ["No.", "Received", "Due", "Time left"]
    assert [r[0] for r in table[1:]] == model.ids()
    citizens = [str(r[7]) for r in table[1:]]
    monkeypatch.setattr(paged_model, "PAGE_SIZE", 100)
    assert citizens == _column(model, model.CITIZEN)
    assert any("*" in name for name in citizens)  # the desk handles only its own
    assert {r[10] for r in table[1:]} == {tab.department.currentText()}
    _export(qtbot, dialogs, tab, tmp_path / "complaints.csv", "부서 민원 현황")
    assert [row[7] for row in _csv(tmp_path / "complaints.csv")[1:]] == citizens
    assert [r.subject for r in _records(desk_window.services)] == [f"목록 {shown}건"] * 2


def test_the_day_s_visits_as_found(qtbot, desk_window: MainWindow,  # type: ignore[no-untyped-def]
                                   dialogs: Dialogs, tmp_path: Path) -> None:
    tab = desk_window.reception_tab
    everyone = tab.model.rowCount()
    host = tab.model.index(0, tab.model.HOST).data()
    tab.search.setText(str(host).split(" ")[0])
    tab.reload()
    wait_loaded(tab)
    found = tab.model.rowCount()
    assert 0 < found < everyone
    _export(qtbot, dialogs, tab, tmp_path / "visits.csv", "방문객 현황 보고")
    rows = _csv(tmp_path / "visits.csv")
    assert rows[0][:5] == ["Starts", "Ends", "Walk-in", "Status", "Visitor"]
    assert [row[4] for row in rows[1:]] == _column(tab.model, tab.model.VISITOR)
    assert all("*" in row[4] for row in rows[1:])
    _export(qtbot, dialogs, tab, tmp_path / "visits.xlsx", "방문객 현황 보고")
    assert len(_xlsx(tmp_path / "visits.xlsx")) == found + 1
    assert [(r.entity, r.subject) for r in _records(desk_window.services)] == [
        ("visit", f"목록 {found}건")] * 2


def test_the_directory_of_a_department_without_reason_or_record(  # type: ignore[no-untyped-def]
        qtbot, desk_window: MainWindow, tmp_path: Path) -> None:
    tab = desk_window.directory_tab
    root = tab.departments.topLevelItem(0)
    tab.departments.setCurrentItem(root.child(2))
    wait_loaded(tab)
    names = _column(tab.model, tab.model.NAME)
    tab.export_list(tmp_path / "directory.csv")
    _finished(qtbot, tab)
    rows = _csv(tmp_path / "directory.csv")
    assert rows[0][:2] == ["이름", "부서"] and rows[0][-3:] == ["Presence", "Back at",
                                                              "Stand-in"]
    assert [row[0] for row in rows[1:]] == names
    tab.export_list(tmp_path / "directory.xlsx")
    _finished(qtbot, tab)
    assert [r[0] for r in _xlsx(tmp_path / "directory.xlsx")[1:]] == names
    _private(tmp_path / "directory.csv")
    assert _records(desk_window.services) == []
    assert "exported" in desk_window.message_bar.text()
    tab.export_list(tmp_path / "missing-folder" / "directory.csv")
    _finished(qtbot, tab)
    assert desk_window.message_bar.level == "error"
    assert list((tmp_path / "missing-folder").parent.glob("*.partial")) == []


def test_the_shortcut_exports_the_tab_shown_and_the_type_follows_the_dialog(  # type: ignore[no-untyped-def]
        qtbot, desk_window: MainWindow, dialogs: Dialogs, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    chosen: list[tuple[str, str]] = [(str(tmp_path / "목록"), "CSV, UTF-8 (*.csv)")]
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_args: chosen.pop()))
    assert choose_list_file(desk_window, "x") == tmp_path / "목록.csv"
    chosen.append((str(tmp_path / "목록.csv"), "Excel workbook (*.xlsx)"))
    assert choose_list_file(desk_window, "x") == tmp_path / "목록.csv.xlsx"

    desk_window.tabs.setCurrentWidget(desk_window.complaint_tab)
    chosen.append((str(tmp_path / "민원.xlsx"), "Excel workbook (*.xlsx)"))
    desk_window.export_list()
    dialogs.accept(ListReasonDialog, fill=lambda d: d.reason.setText("점검"))
    _finished(qtbot, desk_window.complaint_tab)
    assert (tmp_path / "민원.xlsx").exists()


def test_the_export_runs_off_the_gui_thread_which_keeps_painting(  # type: ignore[no-untyped-def]
        qtbot, desk_window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The rows are read and the file written on a pool thread: while the writer waits,
    the event loop runs a timer, the button waits, a second Ctrl+Shift+E starts nothing;
    signed out meanwhile, the export ends whole and the window goes on."""
    writing, go_on = threading.Event(), threading.Event()
    threads: list[threading.Thread] = []

    def held_write(*args: Any) -> int:
        threads.append(threading.current_thread())
        writing.set()
        assert go_on.wait(20)
        return write_list(*args)
    monkeypatch.setattr(list_exports, "write_list", held_write)
    tab = desk_window.directory_tab
    out = tmp_path / "out"
    out.mkdir()
    target = out / "directory.xlsx"
    tab.export_list(target)
    ticks: list[int] = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: bool(ticks) and writing.is_set())
    assert exporting(tab.export_button) and not tab.export_button.isEnabled()
    assert "Exporting the list" in desk_window.message_bar.text()
    tab.export_list(out / "again.xlsx")
    assert "still being exported" in desk_window.message_bar.text()
    desk_window.services.gate.sign_out()
    go_on.set()
    _finished(qtbot, tab)
    assert threads and threads[0] is not threading.main_thread() and len(threads) == 1
    assert "exported" in desk_window.message_bar.text()
    assert len(_xlsx(target)) == tab.model.rowCount() + 1
    assert [p.name for p in out.iterdir()] == ["directory.xlsx"]


def test_a_window_closed_during_the_export_is_told_nothing(  # type: ignore[no-untyped-def]
        qtbot, desk_window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    go_on = threading.Event()

    def held_write(*args: Any) -> int:
        assert go_on.wait(20)
        return write_list(*args)
    monkeypatch.setattr(list_exports, "write_list", held_write)
    panel = desk_window.memo_tab.list_panel
    out = tmp_path / "out"
    out.mkdir()
    panel.export_list(out / "memos.csv")
    dialog = desk_window.findChild(ListReasonDialog)
    assert dialog is not None
    dialog.reason.setText("점검")
    dialog.save()
    button = panel.export_button
    assert exporting(button)
    shiboken6.delete(panel)  # its window's list goes while the file is written
    go_on.set()
    assert QThreadPool.globalInstance().waitForDone(20_000)
    qtbot.wait(50)  # the answer reaches the GUI thread and finds nobody
    assert [p.name for p in out.iterdir()] == ["memos.csv"]
    assert [r.reason for r in _records(desk_window.services)] == ["점검"]


def test_the_calls_before_outbound_visits_as_listed(  # type: ignore[no-untyped-def]
        qtbot, desk_window: MainWindow, dialogs: Dialogs, tmp_path: Path) -> None:
    panel = desk_window.reception_tab.outbound
    panel.show_done.setChecked(True)
    listed = panel.model.rowCount()
    assert listed and panel.export_button.text() == "Export list…"
    _export(qtbot, dialogs, panel, tmp_path / "calls.csv", "방문 전 통화 점검")
    rows = _csv(tmp_path / "calls.csv")
    assert rows[0][:5] == ["Call", "Call by", "Called", "Visit date", "Customer"]
    assert [row[4] for row in rows[1:]] == _column(panel.model, panel.model.CUSTOMER)
    assert all("*" in row[6] for row in rows[1:])  # the numbers masked as on screen
    assert [(r.entity, r.subject, r.reason) for r in _records(desk_window.services)] == [
        ("outbound_visit", f"목록 {listed}건", "방문 전 통화 점검")]
