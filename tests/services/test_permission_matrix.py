"""The permission matrix (issue 15): every use case the UI reaches, called by a person
holding each one role, is refused with PermissionDenied exactly when domain/roles.py's
table does not grant that role the use case's permission; and nobody signed in is
refused everything that needs a permission."""

from __future__ import annotations

from dataclasses import fields

import pytest

from arco_desk.domain.actor import Actor
from arco_desk.domain.errors import PermissionDenied
from arco_desk.domain.roles import Role, reach_of
from arco_desk.services.container import Services
from arco_desk.services.gate import BehindGate
from arco_desk.services.permissions import USE_CASES


def _behind_gate(services: Services) -> dict[str, object]:
    """Every guarded service by its class name, the nested ones too (reception's
    outbound visits and visitor privacy, the memo desk's settings)."""
    found: dict[str, object] = {}
    for field in fields(Services):
        value = getattr(services, field.name)
        if isinstance(value, BehindGate):
            found[repr(value).split()[0].lstrip("<")] = value
            for inner in ("outbound", "privacy"):
                if field.name == "reception":
                    nested = getattr(value, inner)
                    found[repr(nested).split()[0].lstrip("<")] = nested
    return found


def _calls(services: Services) -> list[tuple[str, str, object]]:
    reachable = _behind_gate(services)
    assert set(reachable) == set(USE_CASES)  # every service is behind the gate
    return [(service, method, getattr(reachable[service], method))
            for service, methods in sorted(USE_CASES.items())
            for method, permission in sorted(methods.items()) if permission is not None]


@pytest.mark.parametrize("role", list(Role), ids=str)
def test_each_role_is_refused_exactly_what_the_table_withholds(services: Services,
                                                               role: Role) -> None:
    services.gate.sign_in(Actor(f"matrix:{role}", None, "역할 시험", frozenset({role})))
    refused, let_through = [], []
    for service, method, call in _calls(services):
        permission = USE_CASES[service][method]
        assert permission is not None
        try:
            # No arguments: a use case the gate lets through fails on them (or answers);
            # only the gate raises PermissionDenied before the use case runs.
            call()  # type: ignore[operator]
        except PermissionDenied:
            refused.append((service, method))
        except Exception:  # past the gate: the arguments were missing
            let_through.append((service, method))
        else:
            let_through.append((service, method))
        granted = reach_of({role}, permission) is not None
        assert ((service, method) in let_through) == granted, (service, method, role)
    assert refused and let_through


def test_nobody_signed_in_is_refused_everything_that_needs_a_permission(
        services: Services) -> None:
    services.gate.sign_out()
    for service, method, call in _calls(services):
        with pytest.raises(PermissionDenied) as refused:
            call()  # type: ignore[operator]
        assert refused.value.msg.key == "permission.signed_out", (service, method)


def test_a_refusal_names_the_permission(services: Services) -> None:
    services.gate.sign_in(Actor("matrix:desk", None, "안내", frozenset({Role.DESK})))
    with pytest.raises(PermissionDenied) as refused:
        services.accounts.accounts(actor=services.gate.person())
    assert refused.value.msg.key == "permission.denied"
    assert refused.value.msg.params["permission"] == "manage_accounts"


def test_a_method_missing_from_the_table_cannot_be_reached(services: Services) -> None:
    class MemoService:  # a service that grew a use case nobody wrote down
        def forgotten(self) -> None:
            raise AssertionError("reached")

    guarded = BehindGate(MemoService(), services.gate, services.uow, services.clock)
    with pytest.raises(AttributeError, match="not a use case"):
        guarded.forgotten()


def test_the_store_is_not_reachable_through_the_gate(services: Services) -> None:
    with pytest.raises(AttributeError, match="store is not reachable"):
        services.memos.uow  # noqa: B018
