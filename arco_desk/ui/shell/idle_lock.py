"""The idle lock (issue 15): after some minutes without a key or a click the window hides
behind a sign-in panel. What was typed in the forms underneath stays as it was; the
same person unlocks with their password, or another operator signs in and takes the
PC over (a shared desk). Either way the window connects again as the person who
unlocked (``connect``: on PostgreSQL with per-person logins, their own login).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from arco_desk.services.accounts import AccountService
from arco_desk.ui.common.known_errors import refusals
from arco_desk.ui.common.password_fields import password_field
from arco_desk.ui.common.signed_in import SignedInPerson
from arco_desk.ui.shell.sign_in import Connect, no_connection

# Events that say a person is at the keyboard.
_ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                       QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin})
_BLOCKED = frozenset({QEvent.Type.KeyPress, QEvent.Type.KeyRelease,
                      QEvent.Type.ShortcutOverride, QEvent.Type.Shortcut,
                      QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                      QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel})
CHECK_MS = 5_000


class LockPanel(QFrame):
    """Covers the whole window while locked."""

    def __init__(self, accounts: AccountService, person: SignedInPerson,
                 unlocked: Callable[[], None], parent: QWidget, *,
                 connect: Connect = no_connection) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.person = person
        self.unlocked = unlocked
        self.connect_as = connect
        self.setObjectName("lockPanel")
        self.setAutoFillBackground(True)
        self.setStyleSheet("QFrame#lockPanel { background:#f4f6f8; }")
        box = QFrame(self)
        box.setObjectName("lockBox")
        box.setStyleSheet("QFrame#lockBox { background:white; border:1px solid #c9d2dc;"
                          " border-radius:8px; }")
        box.setFixedWidth(380)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.login = QLineEdit()
        self.login.setMaxLength(30)
        self.login.setAccessibleName(self.tr("Sign-in name"))
        self.password = password_field()
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.returnPressed.connect(self.unlock)
        self.error = QLabel()
        self.error.setObjectName("lockError")
        self.error.setStyleSheet("color:#b42318;")
        self.error.setWordWrap(True)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.switch_button = QPushButton(self.tr("Another &operator…"))
        self.switch_button.clicked.connect(self.switch_operator)
        column = QVBoxLayout(box)
        column.addWidget(self.title)
        column.addWidget(self.login)
        column.addWidget(self.password)
        column.addWidget(self.error)
        column.addWidget(self.unlock_button)
        column.addWidget(self.switch_button)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.hide()

    def show_over(self, window: QWidget) -> None:
        actor = self.person()
        self.title.setText(self.tr("Locked. %1, type your password to go on.")
                           .replace("%1", actor.name))
        self.login.setText(actor.account)
        self.login.setVisible(False)
        self.password.clear()
        self.error.clear()
        self.setGeometry(window.rect())
        self.raise_()
        self.show()
        self.password.setFocus()

    def switch_operator(self) -> None:
        self.title.setText(self.tr("Sign in as the operator taking over this PC."))
        self.login.clear()
        self.login.setVisible(True)
        self.login.setFocus()

    def unlock(self) -> None:
        self.error.clear()
        with refusals(self.error.setText) as outcome:
            signed = self.accounts.sign_in(self.login.text(), self.password.text())
            if not signed.must_change_password:
                self.connect_as(signed.actor.account, self.password.text())
        self.password.clear()
        if outcome.refused:
            return
        if signed.must_change_password:
            self.error.setText(self.tr("This password must be changed: sign in from the "
                                       "start of ARCO Desk."))
            return
        self.person.switch_to(signed.actor)
        self.hide()
        self.unlocked()


class IdleLock(QObject):
    """Watches the application's input and locks ``window`` after ``minutes`` idle
    (0: never)."""

    def __init__(self, window: QWidget, accounts: AccountService, person: SignedInPerson,
                 minutes: int, clock: Callable[[], float] = time.monotonic, *,
                 connect: Connect = no_connection) -> None:
        super().__init__(window)
        self.window = window
        self.minutes = minutes
        self.clock = clock
        self.last_input = clock()
        self._hidden: list[QWidget] = []
        self.panel = LockPanel(accounts, person, self._unlocked, window, connect=connect)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._timer.start()

    @property
    def locked(self) -> bool:
        return self.panel.isVisible()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not self.locked:
            if kind in _ACTIVITY:
                self.last_input = self.clock()
            return False
        if kind == QEvent.Type.Resize and watched is self.window:
            self.panel.setGeometry(self.window.rect())
        # While locked, keys, clicks and shortcuts reach the panel only: Tab must not
        # walk into the forms underneath, Ctrl+1 must not switch tabs.
        return kind in _BLOCKED and not self._inside_panel(watched)

    def _inside_panel(self, watched: QObject) -> bool:
        widget = watched if isinstance(watched, QWidget) else None
        return widget is not None and (widget is self.panel or self.panel.isAncestorOf(widget))

    def check(self) -> None:
        if self.minutes > 0 and not self.locked \
                and self.clock() - self.last_input >= self.minutes * 60:
            self.lock()

    def lock(self) -> None:
        """Cover the window now (also the menu's "Lock"). Open dialogs are hidden, not
        closed: what was typed in them is there again after unlocking."""
        self._hidden = [widget for widget in QApplication.topLevelWidgets()
                        if widget.isVisible() and widget is not self.window
                        and isinstance(widget, QDialog)]
        for widget in self._hidden:
            widget.hide()
        self.panel.show_over(self.window)

    def _unlocked(self) -> None:
        self.last_input = self.clock()
        for widget in self._hidden:
            widget.show()
        self._hidden = []

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
