"""Press every button: on the demo agency, each tab, each kind of row, each enabled
button, tool button and menu action, and each dialog the host opens, rejected and then
accepted as it comes. Any exception in a slot reaches the app's own exception hook and
fails the test with its traceback (a merge once dropped an ``actor=`` no test pressed).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QItemSelectionModel, QPoint, QSettings, Qt
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollBar,
    QTabBar,
    QTableView,
    QTabWidget,
    QToolButton,
    QWidget,
)

from arco_desk.services.container import Services
from arco_desk.services.demo_build import build_demo
from arco_desk.ui.common.identity import set_current_staff_id
from arco_desk.ui.shell.exception_hook import ExceptionHook
from arco_desk.ui.shell.main_window import MainWindow
from arco_desk.ui.staff_pc.staff_mode import StaffMode
from tests.ui.conftest import Dialogs

# Buttons this test does not press, by their (source) text, and why.
SKIPPED = {
    "Print pass…": "opens the system print dialog",
    "Pass as PDF…": "opens a file dialog to save the PDF",
    "P&rint…": "opens the system print dialog",
    "PDF…": "opens a file dialog to save the PDF",
    "&Attach…": "opens a file dialog for the attachments",
    "Export list…": "opens a file dialog to save the list",
    "&Import…": "its dialog opens a file dialog first",  # ImportDialog browses at once
    "Open attachment": "opens the file with the desktop's application",
    "Export for the &report…": "opens a file dialog to save the export",
    "Quit": "ends the application",
    "Back up to &another place…": "opens a file dialog to save the backup",
    "Restore from a f&ile…": "opens a file dialog to choose the backup",
    "Open &folder": "opens the backups folder in the desktop's file manager",
}
ROWS_PER_VIEW = 40  # rows looked at per list; kinds repeat well before
ACCEPT_DEPTH = 3


@pytest.fixture
def hook(monkeypatch: pytest.MonkeyPatch, basedir: Path) -> ExceptionHook:
    """The app's own hook, as installed at start, without its dialog."""
    installed = ExceptionHook(basedir / "arco-desk.log", show_dialog=False)
    monkeypatch.setattr(sys, "excepthook", installed)
    return installed


@pytest.fixture(autouse=True)
def _nothing_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file or print dialog, or a desktop URL, would block or leave the test: a button
    that reaches one without being in SKIPPED is an error here."""
    def refuse(*_args: object, **_kwargs: object) -> object:
        raise AssertionError("a skipped kind of button was pressed (file/print/URL)")
    for name in ("getSaveFileName", "getOpenFileName", "getOpenFileNames",
                 "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, refuse)
    monkeypatch.setattr(QPrintDialog, "exec", refuse)
    monkeypatch.setattr(QDesktopServices, "openUrl", refuse)


@pytest.fixture
def demo_day(services: Services) -> Services:
    build_demo(services)
    return services


def _staff_with_memos(services: Services) -> int:
    staff = services.directory.search("")
    return max(staff, key=lambda s: len(services.memos.inbox_ids(s.id))).id


class Presser:
    """Presses what a person can press, and tells which press raised."""

    def __init__(self, qtbot, dialogs: Dialogs, hook: ExceptionHook) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.dialogs = dialogs
        self.hook = hook
        self.failures: list[str] = []
        self.pressed: set[str] = set()
        self.covered: set[tuple[str, str, str]] = set()

    def settle(self) -> None:
        QApplication.processEvents()
        QApplication.processEvents()

    def _check(self, what: str, seen: int) -> None:
        for report in self.hook.reports[seen:]:
            self.failures.append(f"{what}:\n{report}")

    def press(self, what: str, press: object) -> None:
        """Press once and reject what opens; press again and accept what opens."""
        for accept in (False, True):
            seen_reports = len(self.hook.reports)
            seen_dialogs = len(self.dialogs.opened)
            assert callable(press)
            try:
                press()
            except Exception as error:
                self.failures.append(f"{what}: {error!r}")
            self.settle()
            self._answer(seen_dialogs, accept, ACCEPT_DEPTH)
            self._check(what + (" (accepted)" if accept else ""), seen_reports)
            self.pressed.add(what)
            if not accept and len(self.dialogs.opened) == seen_dialogs:
                return  # no dialog: one press says it all (and writes once)

    def _answer(self, seen: int, accept: bool, depth: int) -> None:
        new = [d for d in self.dialogs.opened[seen:]
               if shiboken6.isValid(d) and d.isVisible()]
        for dialog in reversed(new):
            if not shiboken6.isValid(dialog) or not dialog.isVisible():
                continue
            before = len(self.dialogs.opened)
            if not accept and depth > 0 and not _has_accept(dialog):
                # A viewer with actions of its own (a memo in full): press those too.
                self.press_all(dialog, type(dialog).__name__)
                self.settle()
            if accept and depth > 0:
                _press_accept(dialog)
                self.settle()
                self._answer(before, accept, depth - 1)
            if shiboken6.isValid(dialog) and dialog.isVisible():
                dialog.reject()  # refused (a required field is empty): leave it
                self.settle()
                self._answer(before, False, 0)

    def press_all(self, root: QWidget, label: str, kind: str = "",
                  reselect: Callable[[], object] = lambda: None) -> None:
        """Press each enabled button of ``root`` not yet pressed for a row of this
        ``kind``, the row selected again before each (a press may move the day, reload the
        list or change the row's status)."""
        for button in _buttons(root):
            reselect()
            self.settle()
            if not shiboken6.isValid(button) or not _pressable(button):
                continue
            text = button.text()
            if text in SKIPPED:
                continue
            name = text or button.toolTip() or button.objectName()
            key = (label, kind, str(_buttons(root).index(button)))
            if key in self.covered:
                continue
            self.covered.add(key)
            menu = button.menu() if isinstance(button, (QToolButton, QPushButton)) else None
            if menu is not None:
                self.press_menu(menu, f"{label} {kind} / {name}")
                continue
            # The press may close and delete the button's window (a memo made a complaint).
            self.press(f"{label} {kind} / {name}",
                       lambda b=button: b.click() if shiboken6.isValid(b) else None)

    def press_menu(self, menu: QMenu, label: str) -> None:
        for action in menu.actions():
            if action.isSeparator() or not action.isEnabled() or action.text() in SKIPPED:
                continue
            if action.menu() is not None:
                self.press_menu(action.menu(), f"{label} / {action.text()}")
                continue
            self.press(f"{label} / {action.text()}", action.trigger)

    def every_row_kind(self, root: QWidget, label: str) -> None:
        """For each row, press what its kind (status) enables and was not pressed yet for
        that kind, and open the row (double-click) as a person would; twice over, as the
        presses make rows of new kinds."""
        self.press_all(root, label, "(nothing selected)")
        for _sweep in range(2):
            for view in [v for v in root.findChildren(QTableView) if v.isVisible()]:
                where = f"{label} / {view.objectName() or view.accessibleName()}"
                for row in range(ROWS_PER_VIEW):
                    if not shiboken6.isValid(view) or row >= view.model().rowCount():
                        break
                    _select(view, row)
                    self.settle()
                    kind = _kind(view, row)
                    self.press_all(root, where, kind, lambda v=view, r=row: _select(v, r))
                    opened = (where, kind, "open")
                    if opened not in self.covered and row < view.model().rowCount():
                        self.covered.add(opened)
                        self.press(f"{where} {kind} double-click",
                                   lambda v=view, r=row: _double_click(v, r))


def _select(view: QAbstractItemView, row: int) -> None:
    if not shiboken6.isValid(view) or row >= view.model().rowCount():
        return
    if view.currentIndex().row() == row:
        return
    view.selectionModel().setCurrentIndex(
        view.model().index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)


def _kind(view: QTableView, row: int) -> str:
    """The row's status as the list shows it, without its dates and counts."""
    model = view.model()
    status = [str(model.data(model.index(row, column)))
              for column in range(model.columnCount())
              if str(model.headerData(column, Qt.Orientation.Horizontal)) in ("Status", "상태")]
    return re.sub(r"[0-9/:]+", "", " ".join(status)).strip() or "row"


def _double_click(view: QAbstractItemView, row: int) -> None:
    index = view.model().index(row, 0)
    view.scrollTo(index)
    rect = view.visualRect(index)
    where = rect.center() if rect.isValid() else QPoint(1, 1)
    # A double-click counts on the row the first click pressed (QAbstractItemView).
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)


_NOT_OURS = (QTabBar, QCalendarWidget, QAbstractSpinBox, QComboBox, QScrollBar,
             QDialogButtonBox, QAbstractItemView)


def _buttons(root: QWidget) -> list[QAbstractButton]:
    found = [b for b in root.findChildren(QAbstractButton)
             if isinstance(b, (QPushButton, QToolButton)) and not _inside(b, _NOT_OURS, root)]
    return found


def _inside(widget: QWidget, kinds: tuple[type, ...], root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


def _pressable(button: QAbstractButton) -> bool:
    return button.isVisible() and button.isEnabled()


def _has_accept(dialog: QDialog) -> bool:
    accepting = (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole)
    return any(box.buttonRole(b) in accepting
               for box in dialog.findChildren(QDialogButtonBox) for b in box.buttons())


def _press_accept(dialog: QDialog) -> None:
    accepting = (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole)
    button = next((b for box in dialog.findChildren(QDialogButtonBox)
                   for b in box.buttons() if box.buttonRole(b) in accepting), None)
    if button is not None:
        if button.isEnabled():
            button.click()
    else:
        from PySide6.QtWidgets import QMessageBox
        if isinstance(dialog, QMessageBox):
            for candidate in dialog.buttons():
                if dialog.buttonRole(candidate) in (QMessageBox.ButtonRole.AcceptRole,
                                                    QMessageBox.ButtonRole.YesRole):
                    candidate.click()
                    return
        dialog.accept()


def _press_the_window(presser: Presser, window: MainWindow) -> None:
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        presser.settle()
        tab = window.tabs.widget(index)
        label = window.tabs.tabText(index)
        inner = [t for t in tab.findChildren(QTabWidget) if t.isVisible()]
        if tab is window.complaint_tab:
            # Follow-up and closing only show on answered complaints: every list scope.
            for scope in range(tab.scope.count()):
                tab.scope.setCurrentIndex(scope)
                presser.settle()
                presser.every_row_kind(tab, f"Complaints / {tab.scope.itemData(scope)}")
        elif not inner:
            presser.every_row_kind(tab, label)
        for views in inner:
            for page in range(views.count()):
                if not shiboken6.isValid(views):
                    break
                views.setCurrentIndex(page)
                presser.settle()
                presser.every_row_kind(tab, f"{label} / {views.tabText(page)}")
    for menu in window.menuBar().findChildren(QMenu):
        presser.press_menu(menu, "Admin menu")


def _fail_on(presser: Presser) -> None:
    assert not presser.failures, "\n\n".join(presser.failures)


@pytest.mark.parametrize("identity", ["staff", "desk"])
def test_every_button_of_the_main_window(
    qtbot, demo_day: Services, qsettings: QSettings, dialogs: Dialogs,  # type: ignore[no-untyped-def]
    hook: ExceptionHook, identity: str,
) -> None:
    set_current_staff_id(qsettings, _staff_with_memos(demo_day) if identity == "staff" else None)
    window = MainWindow(demo_day, qsettings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    presser = Presser(qtbot, dialogs, hook)
    _press_the_window(presser, window)
    _fail_on(presser)
    assert len(presser.pressed) > 40, sorted(presser.pressed)  # the walk reached the tabs


@pytest.mark.parametrize("identity", ["staff", "none"])
def test_every_button_of_the_staff_window(
    qtbot, demo_day: Services, qsettings: QSettings, dialogs: Dialogs,  # type: ignore[no-untyped-def]
    hook: ExceptionHook, identity: str,
) -> None:
    set_current_staff_id(qsettings, _staff_with_memos(demo_day) if identity == "staff" else None)
    mode = StaffMode(demo_day, qsettings, QIcon(), use_tray=False)
    qtbot.addWidget(mode.window)
    mode.window.show()
    qtbot.waitExposed(mode.window)
    presser = Presser(qtbot, dialogs, hook)
    presser.every_row_kind(mode.window.inbox, "Staff window / My memos")
    for button in _buttons(mode.window):
        if _pressable(button) and not _inside(button, (type(mode.window.inbox),), mode.window):
            presser.press(f"Staff window / {button.text()}", button.click)
    _fail_on(presser)
    for window in QApplication.topLevelWidgets():
        if isinstance(window, QMainWindow) and window is not mode.window:
            qtbot.addWidget(window)
    assert presser.pressed


def test_a_raising_slot_fails_the_walk(qtbot, dialogs: Dialogs, hook: ExceptionHook) -> None:  # type: ignore[no-untyped-def]
    """The walk hears a slot that raises (as the dropped ``actor=`` did) and names it."""
    panel = QWidget()
    qtbot.addWidget(panel)
    button = QPushButton("No-s&how", panel)

    def dropped_actor() -> None:
        raise TypeError("mark_no_show() missing 1 required keyword-only argument: 'actor'")

    button.clicked.connect(dropped_actor)
    panel.show()
    qtbot.waitExposed(panel)
    presser = Presser(qtbot, dialogs, hook)
    presser.press_all(panel, "Panel")
    assert len(presser.failures) == 1
    assert "Panel  / No-s&how" in presser.failures[0] and "TypeError" in presser.failures[0]
