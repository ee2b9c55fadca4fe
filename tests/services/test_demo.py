"""``--demo``: a realistic agency in an empty database, and only there."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from sqlalchemy import func, select

from arco_desk.domain.directory import Presence
from arco_desk.services.container import Services
from arco_desk.services.demo import DEPARTMENTS, fill_directory, is_empty
from arco_desk.store.models import Department, Staff
from tests.actors import DESK
from tests.conftest import FIXED_NOW, fixed_clock
from tests.signed_in import open_signed_in


def _counts(services: Services) -> tuple[int, int]:
    with services.uow.read() as session:
        departments = session.scalar(select(func.count(Department.id)))
        staff = session.scalar(select(func.count(Staff.id)))
    return int(departments or 0), int(staff or 0)


def test_fill_an_empty_database(services: Services) -> None:
    assert is_empty(services.uow)
    assert fill_directory(services.uow, FIXED_NOW) == 60
    assert not is_empty(services.uow)
    assert _counts(services) == (8, 60)
    departments = services.directory.departments()
    assert [d.name for d in departments] == [name for name, *_ in DEPARTMENTS]
    assert all(d.staff_count >= 7 for d in departments)
    assert sum(d.staff_count for d in departments) == 60


def test_every_staff_member_has_a_stand_in_in_their_own_department(
    demo_services: Services,
) -> None:
    everyone = demo_services.directory.search("")
    by_id = {r.id: r for r in everyone}
    assert len(everyone) == 60
    for record in everyone:
        assert record.stand_in_id is not None, record.name
        assert record.stand_in_id != record.id
        stand_in = by_id[record.stand_in_id]
        assert stand_in.department_id == record.department_id
        assert record.stand_in_name == stand_in.name


def test_some_are_absent_with_a_time_they_are_back(demo_services: Services) -> None:
    everyone = demo_services.directory.search("")
    absent = [r for r in everyone if r.presence is not Presence.IN]
    assert 5 <= len(absent) < 60
    for record in absent:
        assert record.back_at is not None
        assert record.back_at > FIXED_NOW
        assert record.presence_note
    for record in everyone:
        if record.presence is Presence.IN:
            assert record.back_at is None
            assert record.presence_note == ""
    assert Counter(r.presence for r in everyone)[Presence.IN] > 30


def test_the_data_is_usable_and_unique(demo_services: Services) -> None:
    everyone = demo_services.directory.search("")
    assert len({r.name for r in everyone}) == 60
    assert len({r.email for r in everyone}) == 60
    assert len({r.extension for r in everyone}) == 60
    assert all(r.email.endswith("@arko.or.kr") for r in everyone)
    assert all(r.duties and r.position and r.direct_line for r in everyone)
    heads = [r for r in everyone if r.position == "부장"]
    assert len(heads) == 8 and len({r.department_id for r in heads}) == 8


def test_a_second_fill_adds_nothing(demo_services: Services) -> None:
    before = demo_services.directory.search("")
    assert fill_directory(demo_services.uow, FIXED_NOW) == 0
    assert _counts(demo_services) == (8, 60)
    assert demo_services.directory.search("") == before


def test_no_fill_when_the_agency_has_its_own_departments(services: Services) -> None:
    services.directory.add_department("우리 부서", actor=DESK)
    assert fill_directory(services.uow, FIXED_NOW) == 0
    assert _counts(services) == (1, 0)


def test_the_same_seed_gives_the_same_agency(demo_services: Services, tmp_path: Path) -> None:
    other = open_signed_in(tmp_path, clock=fixed_clock)
    try:
        fill_directory(other.uow, FIXED_NOW)
        mine = [(r.name, r.presence, r.back_at) for r in demo_services.directory.search("")]
        theirs = [(r.name, r.presence, r.back_at) for r in other.directory.search("")]
    finally:
        other.close()
    assert mine == theirs
