"""Accounts on both backends: the first administrator, signing in, the lockout, roles."""

from __future__ import annotations

import pytest

from arco_desk.domain.accounts import SignInRefused
from arco_desk.domain.errors import DomainError, PermissionDenied, ValidationError
from arco_desk.domain.passwords import LOCK_FOR
from arco_desk.domain.roles import Role
from arco_desk.services.accounts import AccountRow
from arco_desk.services.container import Services
from arco_desk.store.models import AuditEntry
from tests.actors import new_staff

PASSWORD = "desk-2026-ok"


def test_the_first_admin_signs_in_and_nobody_makes_a_second_first(
        any_services: Services) -> None:
    accounts = any_services.accounts
    assert not accounts.any_account()
    kim = new_staff(any_services, "김관리")
    admin = accounts.create_first_admin(kim, "Kim.Admin", PASSWORD)
    assert admin.account == "kim.admin" and Role.ADMIN in admin.roles
    signed = accounts.sign_in("KIM.ADMIN", PASSWORD)
    assert signed.actor.name == "김관리" and not signed.must_change_password
    with pytest.raises(DomainError) as refused:
        accounts.create_first_admin(new_staff(any_services, "박둘째"), "park", PASSWORD)
    assert refused.value.msg.key == "account.first_admin_exists"


def test_five_wrong_passwords_lock_the_account_until_an_admin_unlocks_it(
        any_services: Services) -> None:
    accounts = any_services.accounts
    admin = accounts.create_first_admin(new_staff(any_services, "김관리"), "kim", PASSWORD)
    accounts.create(new_staff(any_services, "이직원"), "lee", "first-2026-pw", [Role.STAFF],
                    actor=admin)
    for _ in range(4):
        with pytest.raises(SignInRefused) as wrong:
            accounts.sign_in("lee", "guess-2026-pw")
        assert wrong.value.msg.key == "signin.wrong"
    with pytest.raises(SignInRefused) as locked:
        accounts.sign_in("lee", "guess-2026-pw")
    assert locked.value.msg.key == "signin.locked"
    assert locked.value.msg.params["until"] == any_services.clock() + LOCK_FOR
    with pytest.raises(SignInRefused):  # even the right password, while locked
        accounts.sign_in("lee", "first-2026-pw")
    accounts.unlock("lee", actor=admin)
    signed = accounts.sign_in("lee", "first-2026-pw")
    assert signed.must_change_password and signed.actor.roles == {Role.STAFF}
    accounts.change_password("first-2026-pw", "mine-2026-pw", actor=signed.actor)
    assert not accounts.sign_in("lee", "mine-2026-pw").must_change_password


def test_an_unknown_name_reads_like_a_wrong_password(any_services: Services) -> None:
    with pytest.raises(SignInRefused) as unknown:
        any_services.accounts.sign_in("nobody", PASSWORD)
    with pytest.raises(SignInRefused) as malformed:
        any_services.accounts.sign_in("\x00", PASSWORD)
    assert unknown.value.msg.key == malformed.value.msg.key == "signin.wrong"


def test_roles_given_and_taken_are_audited_and_only_admins_manage(
        any_services: Services) -> None:
    accounts = any_services.accounts
    admin = accounts.create_first_admin(new_staff(any_services, "김관리"), "kim", PASSWORD)
    accounts.create(new_staff(any_services, "이직원"), "lee", "first-2026-pw", [Role.STAFF],
                    actor=admin)
    accounts.set_roles("lee", [Role.STAFF, Role.LEAD], actor=admin)
    accounts.set_roles("lee", [Role.LEAD], actor=admin)
    with any_services.uow.read() as session:
        changes = [(row.action, row.detail, row.actor) for row in session.query(AuditEntry)
                   .filter(AuditEntry.action.like("account.role_%"))
                   .order_by(AuditEntry.id)]
    assert changes[-2:] == [("account.role_granted", "lead", "kim"),
                            ("account.role_taken", "staff", "kim")]
    lee = accounts.sign_in("lee", "first-2026-pw").actor
    with pytest.raises(PermissionDenied):
        accounts.reset_password("kim", "other-2026-pw", actor=lee)
    with pytest.raises(DomainError):
        accounts.set_roles("kim", [Role.STAFF], actor=admin)  # would lock admins out


def test_a_weak_password_or_a_taken_name_is_refused_at_its_field(
        any_services: Services) -> None:
    accounts = any_services.accounts
    admin = accounts.create_first_admin(new_staff(any_services, "김관리"), "kim", PASSWORD)
    lee = new_staff(any_services, "이직원")
    with pytest.raises(ValidationError) as weak:
        accounts.create(lee, "lee", "short1", [Role.STAFF], actor=admin)
    with pytest.raises(ValidationError) as taken:
        accounts.create(lee, "kim", "first-2026-pw", [Role.STAFF], actor=admin)
    assert weak.value.field_errors["password"].key == "password.rule"
    assert taken.value.field_errors["login"].key == "account.login_taken"


def test_the_demo_gives_everyone_an_account_and_each_role_a_holder(
        demo_services: Services) -> None:
    from arco_desk.services.demo_accounts import DEMO_PASSWORD, fill_accounts

    assert fill_accounts(demo_services.uow) == 60
    assert fill_accounts(demo_services.uow) == 0  # only once
    admin = next(row for row in _rows(demo_services) if Role.ADMIN in row.roles)
    signed = demo_services.accounts.sign_in(admin.login, DEMO_PASSWORD)
    rows = demo_services.accounts.accounts(actor=signed.actor)
    assert len(rows) == len(demo_services.directory.search_ids())
    held = {role for row in rows for role in row.roles}
    assert held == set(Role)
    assert all(not row.must_change_password for row in rows)


def _rows(services: Services) -> list[AccountRow]:
    from arco_desk.store.models import Account, Staff

    with services.uow.read() as session:
        found = session.query(Account, Staff.name).join(Staff).all()
        return [AccountRow(a.login, a.staff_id, name, frozenset(Role(r.role) for r in a.roles),
                           a.active, None, a.must_change_password, a.signed_in_at)
                for a, name in found]


def test_on_the_shared_server_expired_access_records_are_the_owner_s_to_remove(
        any_services: Services) -> None:
    from tests.signed_in import EVERYONE

    if any_services.engine.dialect.name == "postgresql":
        with pytest.raises(DomainError) as refused:
            any_services.access_records.remove_expired(actor=EVERYONE)
        assert refused.value.msg.key == "access.retention_by_owner"
    else:
        assert any_services.access_records.remove_expired(actor=EVERYONE) == 0
