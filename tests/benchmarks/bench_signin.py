"""Signing in to the first painted main window, on the demo database (median of 7).

Run with ``python -m tests.benchmarks bench_signin``. The demo agency is built once in a
temporary folder (embedded SQLite); each run then opens a fresh sign-in dialog, types a
desk account's name and the demo password, and times from the dialog's ``save()`` (what
its Sign in button calls; the scrypt password check included) through the signed-in
person and ``MainWindow(services, settings, person=person)`` to the window shown and
painted. Figures, ``NAME VALUE UNIT``:

* ``signin_to_window_ms``: that whole path (goal: at most 1500 ms).
* ``signin_to_window_first_ms``: the first run of the process on its own, before any
  cache is warm (what the app pays: it opens one window per start).
* ``signin_password_check_ms``: ``AccountService.sign_in`` alone (scrypt, the account
  row, the audit record).
* ``signin_window_build_ms``: ``MainWindow(...)`` to painted alone, already signed in.
* ``signin_baseline_ms``: a bare ``QMainWindow`` with a ``QTabWidget`` of empty tabs,
  built, shown and painted the same way: what Qt alone costs here.
* ``signin_to_window_ratio``: ``signin_to_window_ms`` over the baseline.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget, QWidget
from sqlalchemy import select

from arco_desk.domain.roles import Role
from arco_desk.services.accounts import SignedIn
from arco_desk.services.container import Services, open_services
from arco_desk.services.demo_accounts import DEMO_PASSWORD
from arco_desk.services.demo_build import build_demo
from arco_desk.store.models import Account, AccountRole
from arco_desk.ui.common.dialogs import open_dialog
from arco_desk.ui.common.signed_in import SignedInPerson
from arco_desk.ui.shell.main_window import MainWindow
from arco_desk.ui.shell.sign_in import SignInDialog

RUNS = 7
PAINT_TIMEOUT_S = 10.0
BASELINE_TABS = 6


class _PaintSeen(QObject):
    """Notes the first paint event delivered to the watched window."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def _show_painted(window: QWidget) -> _PaintSeen:
    """Show ``window`` and turn the event loop until it has been painted; a window
    that the platform never exposes within the timeout is made to paint by a grab."""
    seen = _PaintSeen()
    window.installEventFilter(seen)
    window.show()
    deadline = time.perf_counter() + PAINT_TIMEOUT_S
    while not (window.isVisible() and seen.painted):
        QApplication.processEvents()
        if time.perf_counter() > deadline:
            window.grab()
            break
    return seen


def _close(window: QWidget, seen: _PaintSeen) -> None:
    window.removeEventFilter(seen)
    window.close()
    window.deleteLater()
    QApplication.processEvents()


def _desk_login(services: Services) -> str:
    with services.uow.read() as session:
        login = session.scalar(
            select(Account.login).join(AccountRole, AccountRole.account_id == Account.id)
            .where(AccountRole.role == Role.DESK.value, Account.active)
            .order_by(Account.login).limit(1))
    if login is None:
        raise RuntimeError("the demo database has no desk account")
    return login


def _sign_in_to_window(services: Services, settings: QSettings, login: str) -> float:
    """One run through the real dialog: ms from pressing Sign in to the painted window."""
    answer: list[SignedIn | None] = []
    dialog = SignInDialog(services.accounts)
    open_dialog(dialog, finished=lambda ok: answer.append(dialog.signed_in if ok else None))
    dialog.login.setText(login)
    dialog.password.setText(DEMO_PASSWORD)
    QApplication.processEvents()  # the dialog is up before Sign in is pressed

    started = time.perf_counter()
    dialog.save()
    signed = answer[0] if answer else None
    if signed is None:
        raise RuntimeError(f"signing in as {login} failed: {dialog.message_bar.text()}")
    person = SignedInPerson(signed.actor, services.gate)
    window = MainWindow(services, settings, person=person)
    seen = _show_painted(window)
    elapsed = (time.perf_counter() - started) * 1000

    _close(window, seen)
    services.gate.sign_out()
    return elapsed


def _password_check(services: Services, login: str) -> float:
    started = time.perf_counter()
    services.accounts.sign_in(login, DEMO_PASSWORD)
    return (time.perf_counter() - started) * 1000


def _window_build(services: Services, settings: QSettings, login: str) -> float:
    signed = services.accounts.sign_in(login, DEMO_PASSWORD)
    person = SignedInPerson(signed.actor, services.gate)
    started = time.perf_counter()
    window = MainWindow(services, settings, person=person)
    seen = _show_painted(window)
    elapsed = (time.perf_counter() - started) * 1000
    _close(window, seen)
    services.gate.sign_out()
    return elapsed


def _baseline() -> float:
    started = time.perf_counter()
    window = QMainWindow()
    tabs = QTabWidget()
    for i in range(BASELINE_TABS):
        tabs.addTab(QLabel(f"tab {i}"), f"Tab {i}")
    window.setCentralWidget(tabs)
    window.resize(1200, 800)
    seen = _show_painted(window)
    elapsed = (time.perf_counter() - started) * 1000
    _close(window, seen)
    return elapsed


def _median(measure: Callable[[], float]) -> float:
    return statistics.median(measure() for _ in range(RUNS))


def run() -> list[tuple[str, float, str]]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory(prefix="arco-bench-signin-") as folder:
        basedir = Path(folder)
        services = open_services(basedir)
        try:
            build_demo(services)
            login = _desk_login(services)
            settings = QSettings(str(basedir / "settings.ini"), QSettings.Format.IniFormat)
            first = _sign_in_to_window(services, settings, login)
            whole = _median(lambda: _sign_in_to_window(services, settings, login))
            check = _median(lambda: _password_check(services, login))
            build = _median(lambda: _window_build(services, settings, login))
            _baseline()  # Qt's own first-window costs are not the baseline's
            baseline = _median(_baseline)
            settings.sync()
        finally:
            services.close()
    return [
        ("signin_to_window_ms", whole, "ms"),
        ("signin_to_window_first_ms", first, "ms"),
        ("signin_password_check_ms", check, "ms"),
        ("signin_window_build_ms", build, "ms"),
        ("signin_baseline_ms", baseline, "ms"),
        ("signin_to_window_ratio", whole / baseline, "x"),
    ]


if __name__ == "__main__":
    for name, value, unit in run():
        print(f"{name} {value:.2f} {unit}")
