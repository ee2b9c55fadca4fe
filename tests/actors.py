"""Who acts in the tests: the desk, background work, or a staff member by id."""

from __future__ import annotations

from typing import Protocol

from arco_desk.domain.actor import Actor
from arco_desk.domain.directory import StaffDraft
from arco_desk.services.directory import DirectoryService
from arco_desk.store.models import Staff
from arco_desk.store.unit_of_work import UnitOfWork

DESK = Actor.desk("안내데스크")
SYSTEM = Actor.system("테스트 작업")


class _HasStore(Protocol):
    uow: UnitOfWork


class _HasDirectory(Protocol):
    @property
    def directory(self) -> DirectoryService: ...


def acting(store: _HasStore, staff_id: int | None) -> Actor:
    """The staff member ``staff_id`` as actor, named as the directory has them (a made-up
    name for an id the directory lacks); the desk for ``None``."""
    if staff_id is None:
        return DESK
    with store.uow.read() as session:
        staff = session.get(Staff, staff_id)
    return Actor.for_staff(staff_id, staff.name if staff is not None else f"직원 {staff_id}")


def new_staff(services: _HasDirectory, name: str) -> int:
    """A new member of staff named ``name``, alone in a department of their own (for the
    account tests)."""
    department = services.directory.add_department(f"{name}팀", actor=DESK)
    return services.directory.create_staff(
        StaffDraft(name=name, department_id=department, extension="1234"), actor=DESK).id
