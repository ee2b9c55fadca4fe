"""Who acts in the tests: the desk, background work, or a staff member by id."""

from __future__ import annotations

from typing import Protocol

from arco_desk.domain.actor import Actor
from arco_desk.store.models import Staff
from arco_desk.store.unit_of_work import UnitOfWork

DESK = Actor.desk("안내데스크")
SYSTEM = Actor.system("테스트 작업")


class _HasStore(Protocol):
    uow: UnitOfWork


def acting(store: _HasStore, staff_id: int | None) -> Actor:
    """The staff member ``staff_id`` as actor, named as the directory has them (a made-up
    name for an id the directory lacks); the desk for ``None``."""
    if staff_id is None:
        return DESK
    with store.uow.read() as session:
        staff = session.get(Staff, staff_id)
    return Actor.for_staff(staff_id, staff.name if staff is not None else f"직원 {staff_id}")
