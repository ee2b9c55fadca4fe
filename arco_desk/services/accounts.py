"""Accounts: signing in, passwords, roles (issue 15; docs/architecture.md §12).

On a PostgreSQL database with per-person logins (§11) every change reaches the
person's login in the same transaction: created with the account, its password set on a
reset or a change, its groups and its right to connect following the roles and state.

Signing in reads the account row locked, so two PCs failing at once count two
failures and the fifth locks the account whatever PC typed it; the rule itself
(:class:`~arco_desk.domain.passwords.SignInLock`) lives in the domain. Granting and
taking roles writes one audit row per role: who gave what to whom, when.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, selectinload

from arco_desk.domain.accounts import SignInRefused, check_login
from arco_desk.domain.actor import Actor
from arco_desk.domain.change_feed import ChangeKind
from arco_desk.domain.clock import Clock
from arco_desk.domain.clock import now as system_now
from arco_desk.domain.errors import DomainError, NotFound, ValidationError
from arco_desk.domain.messages import msg
from arco_desk.domain.numbers import whole_number_in
from arco_desk.domain.passwords import (
    SignInLock,
    hash_password,
    password_refusal,
    verify_password,
)
from arco_desk.domain.roles import Permission, Role
from arco_desk.services.audit import record_audit
from arco_desk.services.permissions import require
from arco_desk.services.settings import IDLE_LOCK_KEY, IDLE_MINUTES, SettingsService
from arco_desk.store.change_feed import publish
from arco_desk.store.models import Account, AccountRole, Staff
from arco_desk.store.pg_logins import (
    change_own_password,
    current_login,
    has_logins,
    provision_login,
    set_login_password,
    sync_login,
)
from arco_desk.store.retry import retry_conflicts
from arco_desk.store.unit_of_work import UnitOfWork

# The longest an idle window may stay open before it locks (4 hours).
MAX_IDLE_MINUTES: Final = 240

# Checked when the sign-in name is unknown, so an unknown name takes as long as a known
# one with a wrong password.
_NOBODY = hash_password("no such account 0")


@dataclass(frozen=True, slots=True)
class SignedIn:
    actor: Actor
    must_change_password: bool


@dataclass(frozen=True, slots=True)
class AccountRow:
    login: str
    staff_id: int
    name: str
    roles: frozenset[Role]
    active: bool
    locked_until: datetime | None
    must_change_password: bool
    signed_in_at: datetime | None


def parse_idle_minutes(text: str | int) -> int:
    """Minutes without input before a window locks, 0 (never) to 240 (ValidationError on
    ``idle_lock_minutes``)."""
    return whole_number_in(IDLE_LOCK_KEY, text, 0, MAX_IDLE_MINUTES,
                           not_a_number=msg("account.idle_not_a_number"),
                           out_of_range=msg("account.idle_range", high=MAX_IDLE_MINUTES))


class AccountService:
    """``uow`` is the window's unit of work (on PostgreSQL, the signed-in person's login
    once connected); ``agency_uow`` this PC's own connection, over which sign-ins are
    checked and the first administrator made: a person's login sees only its own
    account (docs/architecture.md §11). By default both are ``uow``."""

    def __init__(self, uow: UnitOfWork, clock: Clock = system_now, *,
                 agency_uow: UnitOfWork | None = None) -> None:
        self.uow = uow
        self.agency_uow = agency_uow or uow
        self.clock = clock
        self.settings = SettingsService(uow, clock)

    # --- the idle lock ------------------------------------------------------------------

    def idle_lock_minutes(self) -> int:
        """Minutes without a key or a click before a window locks (0: never)."""
        try:
            return parse_idle_minutes(self.settings.get(IDLE_LOCK_KEY))
        except ValidationError:  # a value stored by hand: the default stands
            return IDLE_MINUTES

    @retry_conflicts
    def set_idle_lock_minutes(self, minutes: str | int, *, opened: int | None = None,
                              actor: Actor) -> int:
        """The agency's idle lock; ``opened`` is the value the form showed."""
        require(actor, Permission.MANAGE_ACCOUNTS)
        clean = parse_idle_minutes(minutes)
        self.settings.set(IDLE_LOCK_KEY, str(clean),
                          opened=None if opened is None else str(opened), actor=actor)
        return clean

    # --- reading ------------------------------------------------------------------------

    def any_account(self) -> bool:
        """False until the first administrator is made (a database from before accounts)."""
        with self.agency_uow.read() as session:
            return session.scalar(select(func.count()).select_from(Account)) != 0

    def accounts(self, *, actor: Actor) -> list[AccountRow]:
        require(actor, Permission.MANAGE_ACCOUNTS)
        with self.uow.read() as session:
            found = session.execute(
                select(Account, Staff.name).join(Staff, Staff.id == Account.staff_id)
                .options(selectinload(Account.roles)).order_by(Account.login)).all()
            return [_row(account, name) for account, name in found]

    # --- signing in ---------------------------------------------------------------------

    @retry_conflicts
    def sign_in(self, login: str, password: str) -> SignedIn:
        """The signed-in person, or :class:`SignInRefused` (wrong, locked, disabled)."""
        try:
            name = check_login("login", login)
        except ValidationError:
            verify_password(password, _NOBODY)
            raise SignInRefused.wrong() from None
        now = self.clock()
        with self.agency_uow.write(None) as session:
            account = session.scalar(select(Account).where(Account.login == name)
                                     .with_for_update())
            if account is None:
                verify_password(password, _NOBODY)
                raise SignInRefused.wrong()
            lock = SignInLock(account.failures, account.last_failure_at)
            if lock.is_locked(now):
                until = lock.locked_until()
                assert until is not None
                raise SignInRefused.locked(until)
            if not verify_password(password, account.password_hash):
                after = lock.after_failure(now)
                account.failures, account.last_failure_at = after.failures, now
                record_audit(session, _by(account, session), "account.sign_in_failed",
                             "account", account.id)
                _changed(session, account)
                session.commit()
                until = after.locked_until()
                raise SignInRefused.locked(until) if until else SignInRefused.wrong()
            if not account.active:
                raise SignInRefused.disabled()
            account.failures, account.last_failure_at = 0, None
            account.signed_in_at = now
            actor = _by(account, session)
            record_audit(session, actor, "account.signed_in", "account", account.id)
            _changed(session, account)
            return SignedIn(actor, account.must_change_password)

    # --- passwords ----------------------------------------------------------------------

    @retry_conflicts
    def change_password(self, current: str, new: str, *, actor: Actor) -> None:
        """Change the signed-in person's own password (the current one is asked again)."""
        _check_password("new_password", new, actor.account)
        with self.uow.write(actor) as session:
            account = _account(session, actor.account)
            if not verify_password(current, account.password_hash):
                raise ValidationError({"current_password": msg("signin.wrong_password")})
            account.password_hash = hash_password(new)
            account.must_change_password = False
            if has_logins(session):
                if current_login(session) == account.login:  # connected as the person
                    change_own_password(session, new)
                else:
                    set_login_password(session, account.login, new)
            record_audit(session, actor, "account.password_changed", "account", account.id)
            _changed(session, account)

    @retry_conflicts
    def reset_password(self, login: str, temporary: str, *, actor: Actor) -> None:
        """An administrator sets a temporary password, to be changed at the next sign-in;
        the account is unlocked too."""
        require(actor, Permission.MANAGE_ACCOUNTS)
        _check_password("password", temporary, login)
        with self.uow.write(actor) as session:
            account = _account(session, login)
            account.password_hash = hash_password(temporary)
            account.must_change_password = True
            account.failures, account.last_failure_at = 0, None
            if has_logins(session):
                set_login_password(session, account.login, temporary)
            record_audit(session, actor, "account.password_reset", "account", account.id)
            _changed(session, account)

    @retry_conflicts
    def unlock(self, login: str, *, actor: Actor) -> None:
        require(actor, Permission.MANAGE_ACCOUNTS)
        with self.uow.write(actor) as session:
            account = _account(session, login)
            account.failures, account.last_failure_at = 0, None
            record_audit(session, actor, "account.unlocked", "account", account.id)
            _changed(session, account)

    # --- creating, roles, disabling -----------------------------------------------------

    @retry_conflicts
    def create(self, staff_id: int, login: str, password: str, roles: Iterable[Role], *,
               actor: Actor) -> None:
        """A new account for a member of staff, who changes the password at first use."""
        require(actor, Permission.MANAGE_ACCOUNTS)
        with self.uow.write(actor) as session:
            self._create(session, staff_id, login, password, frozenset(roles), actor,
                         must_change=True)

    @retry_conflicts
    def create_first_admin(self, staff_id: int, login: str, password: str) -> Actor:
        """The first account of a database from before accounts: an administrator and
        privacy officer, who then makes everyone else's. Refused once any account exists
        (checked with the table locked, so two PCs can't both make one)."""
        with self.agency_uow.write(None) as session:
            if session.get_bind().dialect.name == "postgresql":
                session.execute(text("LOCK TABLE account IN EXCLUSIVE MODE"))
            if session.scalar(select(func.count()).select_from(Account)):
                raise DomainError(msg("account.first_admin_exists"))
            roles = frozenset({Role.ADMIN, Role.PRIVACY_OFFICER, Role.STAFF})
            staff = session.get(Staff, staff_id)
            if staff is None or not staff.active:
                raise NotFound(msg("directory.staff_gone"))
            actor = Actor(check_login("login", login), staff_id, staff.name,
                          frozenset(roles))
            self._create(session, staff_id, login, password, roles, actor,
                         must_change=False)
            return actor

    def _create(self, session: Session, staff_id: int, login: str, password: str,
                roles: frozenset[Role], actor: Actor, *, must_change: bool) -> None:
        name = check_login("login", login)
        _check_password("password", password, name)
        staff = session.get(Staff, staff_id)
        if staff is None or not staff.active:
            raise NotFound(msg("directory.staff_gone"))
        taken = session.scalar(select(Account.login).where(
            (Account.login == name) | (Account.staff_id == staff_id)))
        if taken == name:
            raise ValidationError({"login": msg("account.login_taken")})
        if taken is not None:
            raise ValidationError({"staff_id": msg("account.staff_id_taken")})
        account = Account(login=name, staff_id=staff_id, password_hash=hash_password(password),
                          must_change_password=must_change, active=True, failures=0,
                          roles=[AccountRole(role=role.value) for role in sorted(roles)])
        session.add(account)
        session.flush()
        if has_logins(session):  # PostgreSQL: the person's own login, same transaction
            provision_login(session, name, password)
        record_audit(session, actor, "account.created", "account", account.id)
        _changed(session, account)
        for role in sorted(roles):
            record_audit(session, actor, "account.role_granted", "account", account.id,
                         role.value)

    @retry_conflicts
    def set_roles(self, login: str, roles: Iterable[Role], *, actor: Actor) -> None:
        """Give ``login`` exactly ``roles``; each role given or taken is audited."""
        require(actor, Permission.MANAGE_ACCOUNTS)
        wanted = frozenset(roles)
        with self.uow.write(actor) as session:
            account = _account(session, login)
            held = {Role(r.role) for r in account.roles}
            if login == actor.account and Role.ADMIN in held - wanted:
                raise DomainError(msg("account.keep_own_admin"))
            account.roles = [r for r in account.roles if Role(r.role) in wanted]
            account.roles += [AccountRole(role=role.value) for role in sorted(wanted - held)]
            for role in sorted(wanted - held):
                record_audit(session, actor, "account.role_granted", "account", account.id,
                             role.value)
            for role in sorted(held - wanted):
                record_audit(session, actor, "account.role_taken", "account", account.id,
                             role.value)
            _sync(session, account.login)
            _changed(session, account)

    @retry_conflicts
    def set_active(self, login: str, active: bool, *, actor: Actor) -> None:
        require(actor, Permission.MANAGE_ACCOUNTS)
        if login == actor.account and not active:
            raise DomainError(msg("account.keep_own_account"))
        with self.uow.write(actor) as session:
            account = _account(session, login)
            account.active = active
            _sync(session, account.login)
            _changed(session, account)
            record_audit(session, actor,
                         "account.enabled" if active else "account.disabled", "account",
                         account.id)


def _changed(session: Session, account: Account) -> None:
    """The change record of an account write (ids only), for its person and the admins."""
    publish(session, ChangeKind.ACCOUNT_CHANGED, account.id, staff_id=account.staff_id)


def _sync(session: Session, login: str) -> None:
    """PostgreSQL: the login follows the account's roles and state (flushed first)."""
    if has_logins(session):
        session.flush()
        sync_login(session, login)


def _check_password(field: str, password: str, login: str) -> None:
    refusal = password_refusal(password, login)
    if refusal is not None:
        raise ValidationError({field: refusal})


def _account(session: Session, login: str) -> Account:
    try:
        login = check_login("login", login)
    except ValidationError:  # no account can have that name
        raise NotFound(msg("account.not_found")) from None
    account = session.scalar(select(Account).where(Account.login == login)
                             .options(selectinload(Account.roles)).with_for_update())
    if account is None:
        raise NotFound(msg("account.not_found"))
    return account


def _by(account: Account, session: Session) -> Actor:
    name = session.scalar(select(Staff.name).where(Staff.id == account.staff_id)) or "?"
    return Actor(account.login, account.staff_id, name,
                 frozenset(Role(r.role) for r in account.roles))


def _row(account: Account, name: str) -> AccountRow:
    lock = SignInLock(account.failures, account.last_failure_at)
    return AccountRow(account.login, account.staff_id, name,
                      frozenset(Role(r.role) for r in account.roles), account.active,
                      lock.locked_until(), account.must_change_password,
                      account.signed_in_at)
