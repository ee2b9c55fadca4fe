"""The acting person of this PC: its staff member, or the reception desk."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from arco_desk.domain.actor import Actor
from arco_desk.domain.directory import StaffDraft
from arco_desk.services.container import Services
from arco_desk.ui.common.identity import ActingPerson, set_current_staff_id
from tests.actors import DESK


def test_the_desk_acts_until_a_staff_member_is_chosen(  # type: ignore[no-untyped-def]
    qtbot, demo_services: Services, qsettings: QSettings
) -> None:
    acting = ActingPerson(qsettings, demo_services.directory)
    assert acting() == Actor("desk", None, "Reception desk")
    person = demo_services.directory.search("")[3]
    set_current_staff_id(qsettings, person.id)
    assert acting() == Actor(f"staff:{person.id}", person.id, person.name)


def test_a_renamed_or_removed_profile_counts_at_once(  # type: ignore[no-untyped-def]
    qtbot, demo_services: Services, qsettings: QSettings
) -> None:
    acting = ActingPerson(qsettings, demo_services.directory)
    person = demo_services.directory.search("")[0]
    set_current_staff_id(qsettings, person.id)
    record = demo_services.directory.get_staff(person.id)
    demo_services.directory.update_staff(person.id, StaffDraft(
        name="새이름", department_id=record.department_id, position=record.position,
        duties=record.duties, extension=record.extension, direct_line=record.direct_line,
        email=record.email, floor=record.floor, room=record.room, seat=record.seat),
        actor=DESK)
    assert acting().name == "새이름"
    set_current_staff_id(qsettings, 987654)  # a profile deleted on another PC
    assert acting().account == "desk"
