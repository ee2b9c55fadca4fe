"""The services' permission table names every public use case of every service, and
only permissions of the domain's table (the matrix test of issue 15 will drive it)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import arco_desk.services
from arco_desk.domain.roles import ROLE_GRANTS, Permission
from arco_desk.services.permissions import USE_CASES


def _public_use_cases() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for info in pkgutil.iter_modules(arco_desk.services.__path__):
        module = importlib.import_module(f"arco_desk.services.{info.name}")
        for name, cls in vars(module).items():
            if inspect.isclass(cls) and cls.__module__ == module.__name__ and (
                    name.endswith("Service") or name == "BackupDesk"):
                found[name] = {n for n, _ in inspect.getmembers(cls, inspect.isfunction)
                               if not n.startswith("_")}
    return found


def test_every_use_case_has_its_permission_written_down() -> None:
    use_cases = _public_use_cases()
    assert set(USE_CASES) == set(use_cases)
    for service, methods in use_cases.items():
        assert set(USE_CASES[service]) == methods, service


def test_every_permission_named_is_granted_to_some_role() -> None:
    named = {p for methods in USE_CASES.values() for p in methods.values() if p is not None}
    granted = {p for grants in ROLE_GRANTS.values() for p in grants}
    assert named <= granted
    # The service standard kept in the database comes with issue 16.
    assert named == set(Permission) - {Permission.EDIT_SERVICE_STANDARD}


def test_the_complaint_steps_a_person_is_offered_follow_their_roles() -> None:
    from arco_desk.domain.actor import Actor
    from arco_desk.domain.complaints import ComplaintAction as Step
    from arco_desk.domain.roles import Role
    from arco_desk.services.permissions import permitted_steps

    steps = frozenset({Step.REASSIGN, Step.START, Step.ANSWER})

    def person(*roles: Role) -> Actor:
        return Actor("test", 7, "직원", frozenset(roles))

    assert permitted_steps(person(Role.STAFF), steps, 7) == {Step.START, Step.ANSWER}
    assert permitted_steps(person(Role.STAFF), steps, 8) == frozenset()
    assert permitted_steps(person(Role.LEAD), steps, 8) == steps
    assert permitted_steps(person(Role.ADMIN), steps, 8) == {Step.REASSIGN}
    assert permitted_steps(Actor.desk("안내"), steps, 8) == steps  # no account: not held
