"""Accounts and access records: sign-in names and passwords as anyone may type them, roles
given and taken, and the privacy officer's review and export (issue 15).

The demo gives every demo member of staff an account with the demo password; the calls
act on one of them (the "target"), unlocked and set back after each call so that one
input never changes what the next one meets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st
from sqlalchemy import select

from arco_desk.domain.access_records import AccessAction
from arco_desk.domain.accounts import check_login
from arco_desk.domain.actor import Actor
from arco_desk.domain.directory import StaffDraft
from arco_desk.domain.passwords import verify_password
from arco_desk.domain.roles import Role
from arco_desk.domain.text import TextKind, clean, tidy
from arco_desk.services.access_records import AccessReview
from arco_desk.services.demo_accounts import DEMO_PASSWORD
from arco_desk.store.models import AccessRecord, Account, AccountRole
from tests.actors import DESK
from tests.services.fuzz.harness import Call, Desk, Run
from tests.services.fuzz.inputs import choice, hostile_text, moments, typed

ADMIN = Actor("fuzz.admin", None, "퍼즈관리", frozenset({Role.ADMIN, Role.PRIVACY_OFFICER}))
TARGET, DEMO = "@target", "@demo"  # drawn as words, replaced by the desk's own values
roles = st.lists(choice(list(Role)), max_size=5)
passwords = st.one_of(st.just(DEMO), st.just("Fuzz-pass-2026"), hostile_text)
# Sign-in names that fit the rule (a letter, then letters, digits, . _ -) and ones that don't.
fitting = st.one_of(st.from_regex(r"[A-Za-z][a-z0-9._-]{2,29}", fullmatch=True),
                    st.sampled_from(["fuzz.kim", "Fuzz-Lee", "ｆｕｚｚ.park", "fuzz_choi"]))
logins = st.one_of(st.just(TARGET), fitting, typed(TextKind.CODE), hostile_text)


def _target(desk: Desk) -> str:
    """The first demo account (by sign-in name) holding the staff role only: the same
    one on both backends."""
    held: dict[str, set[str]] = {}
    with desk.read() as session:
        for login, role in session.execute(select(Account.login, AccountRole.role)
                                           .join(AccountRole)):
            held.setdefault(login, set()).add(role)
    return min(login for login, roles in held.items() if roles == {Role.STAFF.value})


def _login(desk: Desk, drawn: str) -> str:
    return _target(desk) if drawn == TARGET else drawn


def _password(drawn: str) -> str:
    return DEMO_PASSWORD if drawn == DEMO else drawn


def _set_back(desk: Desk) -> None:
    """The target as the demo made it: unlocked, active, staff, the demo password."""
    accounts, target = desk.services.accounts, _target(desk)
    accounts.unlock(target, actor=ADMIN)
    accounts.set_active(target, True, actor=ADMIN)
    accounts.set_roles(target, [Role.STAFF], actor=ADMIN)
    with desk.services.uow.write(ADMIN) as session:
        demo = session.scalars(select(Account.password_hash)
                               .where(Account.login != target).limit(1)).one()
        account = session.scalars(select(Account).where(Account.login == target)).one()
        account.password_hash = demo  # every demo account has the demo password's hash
        account.must_change_password = False


def _sign_in(desk: Desk, a: dict[str, Any]) -> object:
    try:
        return desk.services.accounts.sign_in(_login(desk, a["login"]),
                                              _password(a["password"]))
    finally:
        _set_back(desk)


SIGN_IN = Call(
    "accounts.sign_in", ("accounts.sign_in", "accounts.unlock"),
    st.fixed_dictionaries({"login": logins, "password": passwords}), _sign_in, examples=60)


def _create(desk: Desk, a: dict[str, Any]) -> int:
    staff = desk.services.directory.create_staff(
        StaffDraft(name="계정대상", department_id=desk.refs.departments[0], extension="2198"),
        actor=DESK).id
    desk.services.accounts.create(staff, _login(desk, a["login"]), _password(a["password"]),
                                  a["roles"], actor=ADMIN)
    return staff


def _created(desk: Desk, a: dict[str, Any], staff: Any) -> list[Any]:
    with desk.read() as session:
        login, stored = session.execute(select(Account.login, Account.password_hash)
                                        .where(Account.staff_id == staff)).one()
    return [("login", check_login("login", a["login"]), login),
            ("password", True, verify_password(_password(a["password"]), stored))]


CREATE = Call(
    "accounts.create", ("accounts.create",),
    st.fixed_dictionaries({"login": st.one_of(fitting, fitting, typed(TextKind.CODE),
                                              hostile_text),
                           "password": passwords, "roles": roles}),
    _create, examples=60, stored=_created)


def _passwords(desk: Desk, a: dict[str, Any]) -> object:
    accounts, login = desk.services.accounts, _login(desk, a["login"])
    try:
        if a["change"]:  # one's own password: the person is who signed in
            person = Actor(_target(desk), None, "대상", frozenset({Role.STAFF}))
            return accounts.change_password(_password(a["current"]), _password(a["new"]),
                                            actor=person)
        return accounts.reset_password(login, _password(a["new"]), actor=ADMIN)
    finally:
        _set_back(desk)


PASSWORDS = Call(
    "accounts.passwords", ("accounts.change_password", "accounts.reset_password"),
    st.fixed_dictionaries({"login": logins, "current": passwords, "new": passwords,
                           "change": st.booleans()}),
    _passwords, examples=50)


def _roles_and_state(desk: Desk, a: dict[str, Any]) -> object:
    accounts, login = desk.services.accounts, _login(desk, a["login"])
    try:
        if a["roles"] is not None:
            return accounts.set_roles(login, a["roles"], actor=ADMIN)
        return accounts.set_active(login, a["active"], actor=ADMIN)
    finally:
        _set_back(desk)


ROLES_AND_STATE = Call(
    "accounts.set_roles", ("accounts.set_roles", "accounts.set_active"),
    st.fixed_dictionaries({"login": logins, "roles": st.one_of(st.none(), roles),
                           "active": st.booleans()}),
    _roles_and_state, examples=80)


def _review(desk: Desk, a: dict[str, Any]) -> AccessReview:
    return desk.services.access_records.review(
        a["start"], a["end"], account=a["account"], subject=a["subject"],
        action=a["action"], actor=ADMIN)


REVIEW = Call(
    "access_records.review", ("access_records.review",),
    st.fixed_dictionaries({"start": moments, "end": moments,
                           "account": st.one_of(st.just(""), hostile_text),
                           "subject": st.one_of(st.just(""), hostile_text),
                           "action": st.one_of(st.none(), choice(list(AccessAction)))}),
    _review, examples=150)


def _export(desk: Desk, reason: str) -> int:
    review = AccessReview(rows=[], unusual=[], truncated=False)
    desk.services.access_records.export_xlsx(review, desk.folder / "review.xlsx", reason,
                                             actor=ADMIN)
    with desk.read() as session:
        found = session.scalars(select(AccessRecord.id).order_by(AccessRecord.id.desc())
                                .limit(1)).one()
    return int(found)


def _exported(desk: Desk, reason: Any, record: Any) -> list[Any]:
    with desk.read() as session:
        stored = session.get(AccessRecord, record)
    assert stored is not None
    return [("reason", clean(TextKind.SHORT_LINE, "reason", reason), stored.reason)]


EXPORT = Call(
    "access_records.export_xlsx", ("access_records.export_xlsx",),
    typed(TextKind.SHORT_LINE), _export, examples=80, stored=_exported)

def _output(desk: Desk, a: dict[str, Any]) -> int:
    desk.services.access_records.record_output(a["action"], "memo", 1, a["subject"],
                                               actor=ADMIN)
    with desk.read() as session:
        return int(session.scalars(select(AccessRecord.id)
                                   .order_by(AccessRecord.id.desc()).limit(1)).one())


def _output_stored(desk: Desk, a: Any, record: Any) -> list[Any]:
    with desk.read() as session:
        stored = session.get(AccessRecord, record)
    assert stored is not None
    return [("subject", tidy(a["subject"])[:120], stored.subject)]


OUTPUT = Call(
    "access_records.record_output", ("access_records.record_output",),
    st.fixed_dictionaries({"subject": hostile_text,
                           "action": st.sampled_from([AccessAction.PRINT,
                                                      AccessAction.EXPORT])}),
    _output, examples=60, stored=_output_stored)


def _setting(key: str, default: str, write: Callable[[Desk, str], int]) -> Run:
    """An agency setting typed by a person, set back to ``default`` after each input."""
    def run(desk: Desk, typed: str) -> int:
        try:
            return write(desk, typed)
        finally:
            desk.services.settings.set(key, default, actor=ADMIN)
    return run


IDLE_LOCK = Call(
    "accounts.set_idle_lock_minutes", ("accounts.set_idle_lock_minutes",),
    st.one_of(hostile_text, st.integers(-5, 300).map(str)),
    _setting("idle_lock_minutes", "10", lambda desk, typed: (
        desk.services.accounts.set_idle_lock_minutes(typed, actor=ADMIN))), examples=60)
ACCESS_RETENTION = Call(
    "access_records.set_retention_days", ("access_records.set_retention_days",),
    st.one_of(hostile_text, st.integers(0, 4000).map(str)),
    _setting("access_retention_days", "730", lambda desk, typed: (
        desk.services.access_records.set_retention_days(typed, actor=ADMIN))), examples=60)

CALLS = (SIGN_IN, CREATE, PASSWORDS, ROLES_AND_STATE, REVIEW, EXPORT, OUTPUT, IDLE_LOCK,
         ACCESS_RETENTION)
