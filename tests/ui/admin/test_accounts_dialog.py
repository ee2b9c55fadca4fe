"""Admin › Accounts through the real widgets: a new account, roles, a temporary
password, unlocking, and a refusal for someone who is not an administrator."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWidget

from arco_desk.domain.accounts import SignInRefused
from arco_desk.domain.actor import Actor
from arco_desk.domain.errors import ValidationError
from arco_desk.domain.messages import msg
from arco_desk.domain.roles import Role
from arco_desk.services.container import Services
from arco_desk.ui.admin.accounts_dialog import AccountsDialog
from arco_desk.ui.common.messages import render
from tests.actors import new_staff

PASSWORD = "desk-2026-ok"


@pytest.fixture
def admin(services: Services) -> Actor:
    return services.accounts.create_first_admin(new_staff(services, "김관리"), "kim", PASSWORD)


@pytest.fixture
def held() -> Iterator[list[QWidget]]:
    """Widgets kept alive until the test's events are processed: a dialog whose only
    reference is a closure of its child's callback would otherwise be deleted by the
    child's own deletion."""
    widgets: list[QWidget] = []
    yield widgets


def test_an_admin_creates_an_account_gives_a_role_and_unlocks_it(  # type: ignore[no-untyped-def]
        qtbot, services: Services, admin: Actor, held: list[QWidget]) -> None:
    lee = new_staff(services, "이직원")
    dialog = AccountsDialog(services.accounts, services.directory, lambda: admin)
    qtbot.addWidget(dialog)
    held.append(dialog)
    new = dialog.new_account()
    new.staff.set_staff(lee)
    new.login.setText("Lee")
    new.password.setText("temp-2026-pw")
    new.repeated.setText("temp-2026-pw")
    new.save()
    assert [row.login for row in dialog.rows] == ["kim", "lee"]
    dialog.table.selectRow(1)
    roles = dialog.change_roles()
    assert roles is not None
    roles.roles.boxes[Role.LEAD].setChecked(True)
    roles.save()
    assert dialog.rows[1].roles == {Role.STAFF, Role.LEAD}
    for _ in range(5):
        with pytest.raises(SignInRefused):
            services.accounts.sign_in("lee", "guess-2026-pw")
    dialog.refresh()
    assert dialog.unlock_button.isEnabled() and "locked" in dialog.table.item(1, 3).text()
    dialog.unlock()
    assert services.accounts.sign_in("lee", "temp-2026-pw").must_change_password


def test_someone_who_is_not_an_administrator_sees_the_refusal(  # type: ignore[no-untyped-def]
        qtbot, services: Services, admin: Actor) -> None:
    services.accounts.create(new_staff(services, "이직원"), "lee", "temp-2026-pw", [Role.STAFF],
                             actor=admin)
    lee = services.accounts.sign_in("lee", "temp-2026-pw").actor
    dialog = AccountsDialog(services.accounts, services.directory, lambda: lee)
    qtbot.addWidget(dialog)
    assert dialog.rows == [] and dialog.table.rowCount() == 0
    assert dialog.message_bar.isVisibleTo(dialog)
    assert render(msg("permission.denied", permission=Role.ADMIN)).split("(")[0] in \
        dialog.message_bar.text()


def test_the_idle_lock_is_set_for_every_pc_and_refused_out_of_range(  # type: ignore[no-untyped-def]
        qtbot, services: Services, admin: Actor, held: list[QWidget]) -> None:
    dialog = AccountsDialog(services.accounts, services.directory, lambda: admin)
    qtbot.addWidget(dialog)
    held.append(dialog)
    assert dialog.idle_minutes.value() == 10  # the default
    saved: list[int] = []
    dialog.idle_minutes_saved.connect(saved.append)
    dialog.idle_minutes.setValue(3)
    dialog.save_idle_minutes()
    assert saved == [3] and services.accounts.idle_lock_minutes() == 3
    with pytest.raises(ValidationError) as refused:
        services.accounts.set_idle_lock_minutes(241, actor=admin)
    assert refused.value.field_errors["idle_lock_minutes"] == msg("account.idle_range",
                                                                  high=240)
