"""The idle lock through real widgets: it locks after the idle minutes, keeps what was
typed, blocks the keyboard underneath, and lets the same person or another one in."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from arco_desk.domain.actor import Actor
from arco_desk.domain.errors import DomainError
from arco_desk.domain.messages import msg
from arco_desk.domain.roles import Role
from arco_desk.services.container import Services
from arco_desk.ui.common.messages import render
from arco_desk.ui.common.signed_in import SignedInPerson
from arco_desk.ui.shell.idle_lock import IdleLock
from tests.actors import new_staff

PASSWORD = "desk-2026-ok"
LEE_PASSWORD = "desk-own-2026"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def desk(qtbot, services: Services) -> Iterator[tuple[QWidget, QLineEdit, Actor]]:  # type: ignore[no-untyped-def]
    admin = services.accounts.create_first_admin(new_staff(services, "김관리"), "kim", PASSWORD)
    services.accounts.create(new_staff(services, "이안내"), "lee", PASSWORD, [Role.DESK],
                             actor=admin)
    lee = services.accounts.sign_in("lee", PASSWORD).actor
    services.accounts.change_password(PASSWORD, LEE_PASSWORD, actor=lee)
    window = QWidget()
    form = QLineEdit(window)
    QVBoxLayout(window).addWidget(form)
    qtbot.addWidget(window)
    window.resize(600, 400)
    window.show()
    qtbot.waitExposed(window)
    yield window, form, admin


def test_idle_minutes_lock_keep_the_text_and_block_the_keys(  # type: ignore[no-untyped-def]
        qtbot, services: Services, desk) -> None:
    window, form, admin = desk
    clock = Clock()
    person = SignedInPerson(admin, services.gate)
    lock = IdleLock(window, services.accounts, person, minutes=10, clock=clock)
    form.setFocus()
    form.insert("홍길동 010")
    clock.now += 9 * 60
    lock.check()
    assert not lock.locked
    clock.now += 60
    lock.check()
    assert lock.locked and lock.panel.geometry() == window.rect()
    # The keyboard does not reach the form underneath.
    typed = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_X, Qt.KeyboardModifier.NoModifier, "x")
    QApplication.sendEvent(form, typed)
    assert form.text() == "홍길동 010"
    lock.panel.password.setText("wrong-2026-pw")
    lock.panel.unlock()
    assert lock.locked and lock.panel.error.text()
    lock.panel.password.setText(PASSWORD)
    lock.panel.unlock()
    assert not lock.locked and person().account == "kim"
    assert form.text() == "홍길동 010"
    lock.stop()


def test_another_operator_takes_the_pc_over(  # type: ignore[no-untyped-def]
        qtbot, services: Services, desk) -> None:
    window, _form, admin = desk
    person = SignedInPerson(admin, services.gate)
    lock = IdleLock(window, services.accounts, person, minutes=10, clock=Clock())
    lock.lock()
    lock.panel.switch_operator()
    assert lock.panel.login.isVisible()
    with qtbot.waitSignal(person.changed):
        qtbot.keyClicks(lock.panel.login, "lee")
        qtbot.keyClicks(lock.panel.password, LEE_PASSWORD)
        qtbot.keyClick(lock.panel.password, Qt.Key.Key_Return)
    assert person().account == "lee" and not lock.locked
    lock.stop()


def test_the_operator_taking_over_is_connected_as_themselves(  # type: ignore[no-untyped-def]
        qtbot, services: Services, desk) -> None:
    window, _form, admin = desk
    person = SignedInPerson(admin, services.gate)
    connected: list[tuple[str, str]] = []
    refuse = [True]

    def connect(login: str, password: str) -> bool:
        if refuse[0]:
            raise DomainError(msg("signin.server_refused"))
        connected.append((login, password))
        return True

    lock = IdleLock(window, services.accounts, person, minutes=10, clock=Clock(),
                    connect=connect)
    lock.lock()
    lock.panel.switch_operator()
    lock.panel.login.setText("lee")
    lock.panel.password.setText(LEE_PASSWORD)
    lock.panel.unlock()  # the server refuses lee's login: the PC stays locked, as kim's
    assert lock.locked and person().account == "kim"
    assert lock.panel.error.text() == render(msg("signin.server_refused"))
    refuse[0] = False
    lock.panel.password.setText(LEE_PASSWORD)
    lock.panel.unlock()
    assert not lock.locked and person().account == "lee"
    assert connected == [("lee", LEE_PASSWORD)]
    lock.stop()
