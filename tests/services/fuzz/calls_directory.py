"""The staff directory: search, departments, staff members and their presence."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from hypothesis import strategies as st

from arco_desk.domain.calendar_business import to_seoul
from arco_desk.domain.directory import (
    Presence,
    StaffDraft,
    validate_department,
    validate_presence,
    validate_staff,
)
from arco_desk.domain.text import TextKind
from arco_desk.store.models import Department, Staff
from tests.actors import DESK
from tests.conftest import FIXED_NOW
from tests.services.fuzz.harness import Call, Desk, Ref, pairs, row, within_range
from tests.services.fuzz.inputs import absent_ids, choice, form, moments, search_text, typed

departments = st.one_of(st.none(), st.builds(Ref, st.just("departments"), st.integers(0, 7)),
                        absent_ids)
staff = st.one_of(st.builds(Ref, st.just("staff"), st.integers(0, 30)), absent_ids)


def _search(desk: Desk, a: dict[str, Any]) -> object:
    directory = desk.services.directory
    if a["records"]:
        return directory.search(a["text"], desk.id(a["department"]))
    return directory.search_ids(a["text"], desk.id(a["department"]), a["presence"])


SEARCH = Call(
    "directory.search", ("directory.search_ids", "directory.search"),
    st.fixed_dictionaries({"text": search_text(), "department": departments,
                           "presence": st.one_of(st.none(), choice(list(Presence))),
                           "records": st.booleans()}),
    _search, examples=600)


def _add_department(desk: Desk, a: dict[str, Any]) -> object:
    return desk.services.directory.add_department(a["name"], a["floor"], a["main_phone"],
                                                  actor=DESK)


def _department_stored(desk: Desk, a: dict[str, Any], answer: object) -> list[Any]:
    clean = validate_department(a["name"], a["floor"], a["main_phone"])
    names = ("name", "floor", "main_phone")
    with desk.read() as session:
        return pairs(names, (clean.name, clean.floor, clean.main_phone),
                     row(session, Department, answer, *names))


ADD_DEPARTMENT = Call(
    "directory.add_department", ("directory.add_department",),
    form({"name": ("신설부", typed(TextKind.LABEL)), "floor": ("3층", typed(TextKind.CODE)),
          "main_phone": ("02-760-4500", typed(TextKind.PHONE))}),
    _add_department, examples=300, stored=_department_stored)

STAFF_TEXT = {"name": TextKind.PERSON_NAME, "position": TextKind.LABEL,
              "duties": TextKind.FREE_TEXT, "extension": TextKind.CODE,
              "direct_line": TextKind.PHONE, "email": TextKind.EMAIL, "floor": TextKind.CODE,
              "room": TextKind.LABEL, "seat": TextKind.LABEL}
STAFF_ORDINARY = {"name": "신입직원", "position": "주임", "duties": "민원 안내, 정보공개",
                  "extension": "2199", "direct_line": "02-760-4599", "email": "",
                  "floor": "3층", "room": "301호", "seat": "A-1"}
staff_drafts = form(
    {name: (STAFF_ORDINARY[name], typed(kind)) for name, kind in STAFF_TEXT.items()}
    | {"department_id": (Ref("departments"), departments),
       "stand_in_id": (None, st.one_of(st.none(), staff))})


def _draft(desk: Desk, a: dict[str, Any]) -> StaffDraft:
    return StaffDraft(**{**a, "department_id": desk.id(a["department_id"]),
                         "stand_in_id": desk.id(a["stand_in_id"])})


def _staff_stored(desk: Desk, a: dict[str, Any], staff_id: int) -> list[Any]:
    clean = validate_staff(_draft(desk, a))
    with desk.read() as session:
        return pairs(STAFF_TEXT, (getattr(clean, name) for name in STAFF_TEXT),
                     row(session, Staff, staff_id, *STAFF_TEXT))


def _create_staff(desk: Desk, a: dict[str, Any]) -> int:
    return desk.services.directory.create_staff(_draft(desk, a), actor=DESK).id


CREATE_STAFF = Call(
    "directory.create_staff", ("directory.create_staff",), staff_drafts, _create_staff,
    examples=300, stored=_staff_stored)


def _update_staff(desk: Desk, a: dict[str, Any]) -> int:
    return desk.services.directory.update_staff(desk.refs.edited_staff, _draft(desk, a),
                                                actor=DESK).id


UPDATE_STAFF = Call(
    "directory.update_staff", ("directory.update_staff",), staff_drafts, _update_staff,
    examples=250, stored=_staff_stored)


def _set_presence(desk: Desk, a: dict[str, Any]) -> int:
    return desk.services.directory.set_presence(
        desk.refs.edited_staff, a["presence"], a["back_at"], a["note"],
        desk.id(a["stand_in_id"]), actor=DESK).id


def _presence_stored(desk: Desk, a: dict[str, Any], staff_id: int) -> list[Any]:
    note = validate_presence(a["presence"], a["back_at"], FIXED_NOW, staff_id,
                             desk.id(a["stand_in_id"]), a["note"])
    back_at = None if a["presence"] is Presence.IN or a["back_at"] is None \
        else to_seoul(a["back_at"])
    names = ("presence", "presence_note", "back_at")
    with desk.read() as session:
        stored = row(session, Staff, staff_id, *names)
    return [*pairs(names, (a["presence"].value, note, back_at), stored),
            within_range("back_at", stored[2])]  # type: ignore[arg-type]


SET_PRESENCE = Call(
    "directory.set_presence", ("directory.set_presence",),
    form({"presence": (Presence.AWAY, choice(list(Presence))),
          "back_at": (FIXED_NOW + timedelta(hours=2), st.one_of(st.none(), moments)),
          "note": ("외부 회의", typed(TextKind.SHORT_LINE)),
          "stand_in_id": (None, st.one_of(st.none(), staff))}),
    _set_presence, examples=300, stored=_presence_stored)

CALLS = (SEARCH, ADD_DEPARTMENT, CREATE_STAFF, UPDATE_STAFF, SET_PRESENCE)
