"""The services' one gate: may this actor do that? (domain/roles.py's table)."""

from __future__ import annotations

from arco_desk.domain.actor import Actor
from arco_desk.domain.errors import PermissionDenied
from arco_desk.domain.messages import msg
from arco_desk.domain.roles import Permission, Reach, Role, reach_of


def roles_of(actor: Actor) -> frozenset[Role]:
    return frozenset(Role(role) for role in actor.roles if role in Role.__members__.values())


def require(actor: Actor, permission: Permission) -> Reach:
    """How far ``actor`` may do ``permission``; PermissionDenied when not at all."""
    reach = reach_of(roles_of(actor), permission)
    if reach is None:
        raise PermissionDenied(msg("permission.denied", permission=permission))
    return reach
