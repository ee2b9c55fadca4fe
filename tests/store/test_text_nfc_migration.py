"""Revision 0008 composes text stored decomposed (NFD), so a composed search finds it;
a department whose composed name is taken keeps its own."""

from __future__ import annotations

import unicodedata

from sqlalchemy import text

from arco_desk.services.container import Services
from arco_desk.store.migrate import migrate_to
from tests.actors import DESK

NFD_NAME = unicodedata.normalize("NFD", "한가람")


def test_decomposed_names_are_composed_and_found(any_services: Services) -> None:
    engine = any_services.engine
    migrate_to(engine, "0007")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO department (id, name, floor, main_phone, sort_order, version, "
            "updated_by, created_at, updated_at) VALUES "
            "(1, '기획부', '', '', 1, 1, '', '2026-11-01 00:00:00', '2026-11-01 00:00:00'), "
            "(2, :nfd_dept, '', '', 2, 1, '', '2026-11-01 00:00:00', '2026-11-01 00:00:00'), "
            "(3, :other, '', '', 3, 1, '', '2026-11-01 00:00:00', '2026-11-01 00:00:00')"),
            {"nfd_dept": unicodedata.normalize("NFD", "기획부"),
             "other": unicodedata.normalize("NFD", "홍보부")})
        conn.execute(text(
            "INSERT INTO staff (id, name, department_id, position, duties, extension, "
            "direct_line, email, floor, room, seat, presence, presence_note, active, version, "
            "updated_by, created_at, updated_at) VALUES (1, :name, 1, '', '', '2100', '', "
            "'', '', '', '', 'in', '', :yes, 1, '', '2026-11-01 00:00:00', "
            "'2026-11-01 00:00:00')"), {"name": NFD_NAME, "yes": True})
    assert any_services.directory.search_ids("한가람") == []  # not found before

    migrate_to(engine, "head")

    found = any_services.directory.search_ids("한가람")
    assert list(found) == [1]
    with engine.connect() as conn:
        staff = conn.execute(text("SELECT name, version FROM staff WHERE id = 1")).one()
        departments = dict(conn.execute(text("SELECT id, name FROM department")).all())
    assert staff == ("한가람", 2)  # composed, and a form open on it is told
    assert departments[2] == unicodedata.normalize("NFD", "기획부")  # the name is taken
    assert departments[3] == "홍보부"
    any_services.directory.add_department("새부서", actor=DESK)  # the database still works
