"""Versioned rows (docs/architecture.md §9): every UPDATE checks and bumps ``version`` and
names the actor in ``updated_by``; a row that moved between read and write is a conflict
that the retry reads again; ``apply_edit`` merges a stale form or refuses it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from arco_desk.domain.actor import Actor
from arco_desk.domain.edits import Opened
from arco_desk.domain.errors import EditConflict
from arco_desk.services.container import Services
from arco_desk.services.edits import apply_edit
from arco_desk.store.errors import StoreConflict
from arco_desk.store.models import Department
from tests.actors import DESK
from tests.conftest import fixed_clock
from tests.signed_in import open_signed_in

KIM = Actor.for_staff(7, "김민지")


def _department(services: Services) -> int:
    with services.uow.write(DESK) as session:
        department = Department(name="고객지원팀", floor="3층", main_phone="02-760-4500")
        session.add(department)
        session.flush()
        return department.id


def _row(services: Services, department_id: int) -> Department:
    with services.uow.read() as session:
        row = session.get(Department, department_id)
        assert row is not None
        return row


def test_an_update_bumps_the_version_and_names_the_actor(any_services: Services) -> None:
    department_id = _department(any_services)
    first = _row(any_services, department_id)
    assert (first.version, first.updated_by) == (1, "안내데스크")
    with any_services.uow.write(KIM) as session:
        row = session.get(Department, department_id)
        assert row is not None
        row.floor = "4층"
    second = _row(any_services, department_id)
    assert (second.version, second.updated_by, second.floor) == (2, "김민지", "4층")


def test_a_stale_form_merges_other_fields_and_refuses_the_same_one(
        any_services: Services) -> None:
    department_id = _department(any_services)
    opened = Opened(1, {"floor": "3층", "main_phone": "02-760-4500"})
    with any_services.uow.write(KIM) as session:  # 김민지 moves the team to the 4th floor
        row = session.get(Department, department_id)
        assert row is not None
        apply_edit(row, Opened(1, {"floor": "3층"}), {"floor": "4층"})
    with any_services.uow.write(DESK) as session:  # the desk, opened earlier, fixes the phone
        row = session.get(Department, department_id)
        assert row is not None
        changes = apply_edit(row, opened, {"floor": "3층", "main_phone": "02-760-4501"})
    assert changes == {"main_phone": "02-760-4501"}
    merged = _row(any_services, department_id)
    assert (merged.floor, merged.main_phone, merged.version) == ("4층", "02-760-4501", 3)

    with pytest.raises(EditConflict) as refused, any_services.uow.write(DESK) as session:
        row = session.get(Department, department_id)
        assert row is not None
        apply_edit(row, opened, {"floor": "5층"})
    conflict = refused.value
    assert conflict.field_errors.keys() == {"floor"}
    assert conflict.changed_by == "안내데스크"  # the last change was the desk's phone fix
    assert conflict.current == {"floor": "4층"} and conflict.version == 3
    assert conflict.msg.key == "edit.conflict"
    assert _row(any_services, department_id).floor == "4층"


@pytest.mark.postgres
def test_a_row_changed_between_read_and_write_is_a_conflict(pg_url: str,
                                                            basedir: Path) -> None:
    pg = open_signed_in(basedir, pg_url, clock=fixed_clock)
    try:
        department_id = _department(pg)
        with pytest.raises(StoreConflict), pg.uow.write(DESK) as session:
            row = session.get(Department, department_id)
            assert row is not None
            with pg.engine.begin() as other:  # another PC, between our read and our write
                other.execute(text("UPDATE department SET floor = '5층', "
                                   "version = version + 1 WHERE id = :id"),
                              {"id": department_id})
            row.floor = "4층"
        assert _row(pg, department_id).floor == "5층"
    finally:
        pg.close()
