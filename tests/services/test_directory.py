"""Directory use cases: search (Korean substrings), edits with validation, presence."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from arco_desk.domain.actor import Actor
from arco_desk.domain.directory import (
    STAFF_FIELDS,
    Presence,
    StaffDraft,
    StaffRecord,
    presence_opened,
    staff_opened,
)
from arco_desk.domain.edits import Opened
from arco_desk.domain.errors import EditConflict, NotFound, ValidationError
from arco_desk.services.container import Services
from arco_desk.services.directory import like_pattern
from arco_desk.services.submissions import new_key
from arco_desk.store.models import AuditEntry, Staff
from tests.actors import DESK
from tests.conftest import FIXED_NOW
from tests.words import korean

# --- helpers -----------------------------------------------------------------------------


def _matches(record: StaffRecord, text: str) -> bool:
    """Reference: every word occurs in one of the searchable fields (case-insensitive)."""
    fields = (record.name, record.department_name, record.duties, record.position,
              record.extension, record.direct_line, record.email)
    return all(any(word.lower() in f.lower() for f in fields) for word in text.split())


def _everyone(services: Services) -> list[StaffRecord]:
    return services.directory.search("")


def _expected_ids(services: Services, text: str) -> list[int]:
    return [r.id for r in _everyone(services) if _matches(r, text)]


def _staff_count(services: Services) -> int:
    with services.uow.read() as session:
        return int(session.scalar(select(func.count(Staff.id))) or 0)


def _audit(services: Services) -> list[tuple[str, int | None]]:
    with services.uow.read() as session:
        return [tuple(row) for row in session.execute(  # type: ignore[misc]
            select(AuditEntry.action, AuditEntry.entity_id).order_by(AuditEntry.id))]


def _department_id(services: Services, name: str) -> int:
    return next(d.id for d in services.directory.departments() if d.name == name)


# --- search on the demo agency -------------------------------------------------------------


def test_everyone_is_listed_in_department_then_name_order(demo_services: Services) -> None:
    everyone = _everyone(demo_services)
    assert len(everyone) == 60
    order = {d.id: n for n, d in enumerate(demo_services.directory.departments())}
    keys = [(order[r.department_id], r.name, r.id) for r in everyone]
    assert keys == sorted(keys)


def test_search_by_duty(demo_services: Services) -> None:
    found = demo_services.directory.search("민원")
    assert found, "the demo agency has staff handling 민원"
    assert all("민원" in r.duties for r in found)
    assert [r.id for r in found] == _expected_ids(demo_services, "민원")


def test_search_by_two_character_name_fragment(demo_services: Services) -> None:
    found = demo_services.directory.search("민준")
    assert len(found) >= 2
    assert all("민준" in r.name for r in found)
    assert [r.id for r in found] == _expected_ids(demo_services, "민준")


def test_search_by_department_name_fragment(demo_services: Services) -> None:
    found = demo_services.directory.search("소통")
    assert {r.department_name for r in found} == {"고객소통팀"}
    team = _department_id(demo_services, "고객소통팀")
    assert len(found) == next(
        d.staff_count for d in demo_services.directory.departments() if d.id == team)


def test_search_by_extension(demo_services: Services) -> None:
    someone = _everyone(demo_services)[17]
    assert demo_services.directory.search_ids(someone.extension) == [someone.id]


def test_search_by_direct_line_and_email(demo_services: Services) -> None:
    someone = _everyone(demo_services)[5]
    assert demo_services.directory.search_ids(someone.direct_line) == [someone.id]
    assert demo_services.directory.search_ids(someone.email.upper()) == [someone.id]


def test_several_words_narrow_the_search(demo_services: Services) -> None:
    directory = demo_services.directory
    both = directory.search("소통 민원")
    assert both
    assert set(r.id for r in both) == (
        set(directory.search_ids("소통")) & set(directory.search_ids("민원")))
    assert len(both) < len(directory.search_ids("소통"))
    assert [r.id for r in both] == _expected_ids(demo_services, "소통 민원")
    assert directory.search_ids("민원 해외") == []


@pytest.mark.parametrize(
    "query", ["지원", "레지던시", "과장", "예술", "혜진", "  민원  ", "arko.or.kr", "2150"]
)
def test_search_agrees_with_the_reference(demo_services: Services, query: str) -> None:
    assert demo_services.directory.search_ids(query) == _expected_ids(demo_services, query)


def test_nothing_matches_an_unknown_word(demo_services: Services) -> None:
    assert demo_services.directory.search_ids("없는단어") == []


def test_wildcards_in_the_query_are_literal(demo_services: Services) -> None:
    directory = demo_services.directory
    assert directory.search_ids("%") == []
    assert directory.search_ids("_") == []
    assert directory.search_ids("\\") == []
    odd = directory.create_staff(StaffDraft(
        name="이특수", department_id=_department_id(demo_services, "고객소통팀"),
        duties="환불 100%, 안내_문구"), actor=DESK)
    assert directory.search_ids("%") == [odd.id]
    assert directory.search_ids("_") == [odd.id]
    assert directory.search_ids("0%") == [odd.id]
    assert directory.search_ids("내_문") == [odd.id]
    assert directory.search_ids("안내%문구") == []  # % is not "anything"


def test_like_pattern_escapes() -> None:
    assert like_pattern("민원") == "%민원%"
    assert like_pattern("10%_\\") == "%10\\%\\_\\\\%"


def test_department_filter(demo_services: Services) -> None:
    directory = demo_services.directory
    team = _department_id(demo_services, "공연예술부")
    found = directory.search(department_id=team)
    assert len(found) == 8
    assert {r.department_name for r in found} == {"공연예술부"}
    assert directory.search("민원", department_id=team) == []
    with_text = directory.search("지원", department_id=team)
    assert with_text and all(r.department_id == team for r in with_text)


def test_presence_filter(demo_services: Services) -> None:
    directory = demo_services.directory
    everyone = _everyone(demo_services)
    for presence in Presence:
        expected = [r.id for r in everyone if r.presence is presence]
        assert directory.search_ids(presence=presence) == expected
    assert directory.search_ids(presence=Presence.AWAY), "the demo has someone away"


def test_departments_with_staff_counts(demo_services: Services) -> None:
    departments = demo_services.directory.departments()
    assert [d.staff_count for d in departments] == [8, 8, 7, 7, 8, 8, 7, 7]
    assert departments[0].name == "경영기획부"


def test_inactive_staff_disappear(demo_services: Services) -> None:
    directory = demo_services.directory
    someone = directory.search("민원")[0]
    directory.deactivate_staff(someone.id, actor=DESK)
    assert someone.id not in directory.search_ids("")
    assert someone.id not in directory.search_ids(someone.name)
    with pytest.raises(NotFound):
        directory.update_staff(someone.id, StaffDraft(name="x", department_id=1), actor=DESK)
    with pytest.raises(NotFound):
        directory.deactivate_staff(someone.id, actor=DESK)
    assert sum(d.staff_count for d in directory.departments()) == 59


def test_staff_rows_keep_the_requested_order(demo_services: Services) -> None:
    ids = demo_services.directory.search_ids("")[:5]
    wanted = [ids[3], ids[0], 999_999, ids[4]]
    assert [r.id for r in demo_services.directory.staff_rows(wanted)] == [ids[3], ids[0], ids[4]]
    assert demo_services.directory.staff_rows([]) == []


# --- departments ----------------------------------------------------------------------------


def test_add_department(services: Services) -> None:
    directory = services.directory
    first = directory.add_department(" 고객소통팀 ", floor="1층", main_phone="02-760-4500",
                                     actor=DESK)
    second = directory.add_department("공연예술부", actor=DESK)
    departments = directory.departments()
    assert [(d.id, d.name, d.floor, d.staff_count) for d in departments] == [
        (first, "고객소통팀", "1층", 0), (second, "공연예술부", "", 0)]
    with pytest.raises(ValidationError) as empty:
        directory.add_department("   ", actor=DESK)
    assert set(empty.value.field_errors) == {"name"}
    with pytest.raises(ValidationError) as duplicate:
        directory.add_department("고객소통팀", actor=DESK)
    assert "이미 있는 부서" in korean(duplicate.value.field_errors["name"])
    assert len(directory.departments()) == 2


# --- create and update ----------------------------------------------------------------------


def test_create_staff_cleans_and_audits(services: Services) -> None:
    directory = services.directory
    team = directory.add_department("고객소통팀", actor=DESK)
    record = directory.create_staff(StaffDraft(
        name=" 홍길동 ", department_id=team, position="주임", duties="민원; 정보공개, 민원",
        extension="2199", direct_line="0276045000", email="hong@arko.or.kr", floor="1층"),
                                    actor=DESK)
    assert record.name == "홍길동"
    assert record.department_name == "고객소통팀"
    assert record.direct_line == "02-7604-5000"
    assert record.duties == "민원, 정보공개"
    assert record.presence is Presence.IN
    assert record.back_at is None and record.stand_in_id is None
    assert directory.get_staff(record.id) == record
    assert ("staff.create", record.id) in _audit(services)


def test_create_staff_names_every_wrong_field(services: Services) -> None:
    team = services.directory.add_department("고객소통팀", actor=DESK)
    with pytest.raises(ValidationError) as caught:
        services.directory.create_staff(StaffDraft(
            name="  ", department_id=team, direct_line="12-34", email="hong.arko.or.kr",
            extension="12a"), actor=DESK)
    assert set(caught.value.field_errors) == {"name", "direct_line", "email", "extension"}
    assert _staff_count(services) == 0


@pytest.mark.parametrize(
    ("draft_fields", "field"),
    [
        ({"name": ""}, "name"),
        ({"direct_line": "12-34"}, "direct_line"),
        ({"email": "hong@arko"}, "email"),
        ({"extension": "1234567"}, "extension"),
        ({"department_id": None}, "department_id"),
    ],
)
def test_create_staff_single_field_errors(
    services: Services, draft_fields: dict[str, object], field: str
) -> None:
    team = services.directory.add_department("고객소통팀", actor=DESK)
    values: dict[str, object] = {"name": "홍길동", "department_id": team, **draft_fields}
    with pytest.raises(ValidationError) as caught:
        services.directory.create_staff(StaffDraft(**values), actor=DESK)  # type: ignore[arg-type]
    assert set(caught.value.field_errors) == {field}
    assert korean(caught.value.field_errors[field])
    assert _staff_count(services) == 0


def test_create_staff_checks_references(services: Services) -> None:
    team = services.directory.add_department("고객소통팀", actor=DESK)
    with pytest.raises(ValidationError) as caught:
        services.directory.create_staff(StaffDraft(
            name="홍길동", department_id=team + 50, stand_in_id=12345), actor=DESK)
    assert set(caught.value.field_errors) == {"department_id", "stand_in_id"}
    assert _staff_count(services) == 0
    assert _audit(services) == [("department.create", team)]


def test_update_staff(demo_services: Services) -> None:
    directory = demo_services.directory
    someone, colleague = directory.search("고객소통팀")[:2]
    other_team = _department_id(demo_services, "공연예술부")
    updated = directory.update_staff(someone.id, StaffDraft(
        name="홍길순", department_id=other_team, position="과장", duties="공연장 대관",
        extension="2301", direct_line="010-2222-3333", email="hong@arko.or.kr",
        stand_in_id=colleague.id), actor=DESK)
    assert updated.id == someone.id
    assert (updated.name, updated.department_name, updated.position) == ("홍길순", "공연예술부",
                                                                        "과장")
    assert updated.direct_line == "010-2222-3333"
    assert updated.stand_in_id == colleague.id and updated.stand_in_name == colleague.name
    assert directory.search_ids("홍길순") == [someone.id]
    assert ("staff.update", someone.id) in _audit(demo_services)


def test_update_refuses_self_as_stand_in_and_keeps_the_row(demo_services: Services) -> None:
    directory = demo_services.directory
    someone = directory.search("고객소통팀")[0]
    with pytest.raises(ValidationError) as caught:
        directory.update_staff(someone.id, StaffDraft(
            name="바뀐이름", department_id=someone.department_id, stand_in_id=someone.id),
                               actor=DESK)
    assert set(caught.value.field_errors) == {"stand_in_id"}
    assert directory.get_staff(someone.id) == someone


def test_unknown_staff_is_not_found(services: Services) -> None:
    team = services.directory.add_department("고객소통팀", actor=DESK)
    with pytest.raises(NotFound):
        services.directory.get_staff(4242)
    with pytest.raises(NotFound):
        services.directory.update_staff(4242, StaffDraft(name="홍길동", department_id=team),
                                        actor=DESK)
    with pytest.raises(NotFound):
        services.directory.set_presence(4242, Presence.AWAY, actor=DESK)


# --- presence ---------------------------------------------------------------------------------


def test_away_with_back_at_then_back_in(demo_services: Services) -> None:
    directory = demo_services.directory
    someone, colleague = directory.staff_rows(directory.search_ids(presence=Presence.IN)[:2])
    back = FIXED_NOW + timedelta(hours=1, minutes=15)
    away = directory.set_presence(someone.id, Presence.AWAY, back_at=back,
                                  note="  회의 중  ", stand_in_id=colleague.id, actor=DESK)
    assert away.presence is Presence.AWAY
    assert away.back_at == back
    assert away.back_at is not None and away.back_at.utcoffset() == timedelta(hours=9)
    assert away.presence_note == "회의 중"
    assert (away.stand_in_id, away.stand_in_name) == (colleague.id, colleague.name)
    assert someone.id in directory.search_ids(presence=Presence.AWAY)
    assert directory.get_staff(someone.id) == away

    back_in = directory.set_presence(someone.id, Presence.IN, back_at=back, note="무시됨",
                                     stand_in_id=colleague.id, actor=DESK)
    assert back_in.presence is Presence.IN
    assert back_in.back_at is None
    assert back_in.presence_note == ""
    assert someone.id not in directory.search_ids(presence=Presence.AWAY)
    actions = [a for a in _audit(demo_services) if a == ("staff.presence", someone.id)]
    assert len(actions) == 2


def test_presence_refuses_self_as_stand_in(demo_services: Services) -> None:
    someone = demo_services.directory.search("")[0]
    with pytest.raises(ValidationError) as caught:
        demo_services.directory.set_presence(someone.id, Presence.LEAVE,
                                             back_at=FIXED_NOW + timedelta(days=1),
                                             stand_in_id=someone.id, actor=DESK)
    assert set(caught.value.field_errors) == {"stand_in_id"}
    assert demo_services.directory.get_staff(someone.id) == someone


def test_presence_refuses_back_at_in_the_past(demo_services: Services) -> None:
    someone = demo_services.directory.search("")[0]
    audits = len(_audit(demo_services))
    with pytest.raises(ValidationError) as caught:
        demo_services.directory.set_presence(someone.id, Presence.AWAY,
                                             back_at=FIXED_NOW - timedelta(minutes=1), actor=DESK)
    assert set(caught.value.field_errors) == {"back_at"}
    assert demo_services.directory.get_staff(someone.id) == someone
    assert len(_audit(demo_services)) == audits
    # "now" itself is not in the past
    at_now = demo_services.directory.set_presence(someone.id, Presence.AWAY, back_at=FIXED_NOW,
                                                  actor=DESK)
    assert at_now.back_at == FIXED_NOW


def test_presence_with_unknown_stand_in(demo_services: Services) -> None:
    someone = demo_services.directory.search("")[0]
    with pytest.raises(ValidationError) as caught:
        demo_services.directory.set_presence(someone.id, Presence.TRIP, stand_in_id=987_654,
                                             actor=DESK)
    assert set(caught.value.field_errors) == {"stand_in_id"}
    assert demo_services.directory.get_staff(someone.id) == someone


# --- the same on both backends ------------------------------------------------------------------


def test_create_search_presence_on_both_backends(any_services: Services) -> None:
    directory = any_services.directory
    team = directory.add_department("고객소통팀", floor="1층", actor=DESK)
    arts = directory.add_department("공연예술부", actor=DESK)
    hong = directory.create_staff(StaffDraft(
        name="홍길동", department_id=team, duties="민원 안내, 정보공개", extension="2130",
        direct_line="02-760-4500 내선 130", email="Gildong.Hong@arko.or.kr"), actor=DESK)
    kim = directory.create_staff(StaffDraft(
        name="김민원", department_id=arts, duties="연극 지원", extension="2160"), actor=DESK)
    lee = directory.create_staff(StaffDraft(
        name="이영희", department_id=arts, duties="무용 지원"), actor=DESK)

    assert hong.direct_line == "02-760-4500 (내선 130)"
    assert directory.search_ids("길동") == [hong.id]
    assert directory.search_ids("소통") == [hong.id]
    assert directory.search_ids("민원") == [hong.id, kim.id]  # duty and name
    assert directory.search_ids("민원 공연") == [kim.id]
    assert directory.search_ids("지원") == [kim.id, lee.id]  # 김 before 이
    assert directory.search_ids("gildong") == [hong.id]
    assert directory.search_ids("216") == [kim.id]
    assert directory.search_ids("%") == []
    assert directory.search_ids("", department_id=arts) == [kim.id, lee.id]

    back = FIXED_NOW + timedelta(hours=2)
    away = directory.set_presence(kim.id, Presence.TRAINING, back_at=back, note="직무 교육",
                                  stand_in_id=lee.id, actor=DESK)
    assert (away.presence, away.back_at, away.stand_in_name) == (Presence.TRAINING, back,
                                                                 "이영희")
    assert directory.search_ids(presence=Presence.TRAINING) == [kim.id]
    assert directory.search_ids(presence=Presence.IN) == [hong.id, lee.id]
    with pytest.raises(ValidationError):
        directory.set_presence(kim.id, Presence.AWAY, back_at=FIXED_NOW - timedelta(hours=1),
                               actor=DESK)
    assert directory.get_staff(kim.id) == away
    restored = directory.set_presence(kim.id, Presence.IN, actor=DESK)
    assert (restored.presence, restored.back_at, restored.presence_note) == (Presence.IN, None,
                                                                             "")
    assert [a for a, _ in _audit(any_services)].count("staff.presence") == 2


# --- two PCs, one staff member (docs/architecture.md §9) ------------------------------------

KIM = Actor.desk("2층 안내데스크")


def _form(record: StaffRecord, **typed: object) -> StaffDraft:
    """An edit form opened on ``record`` with ``typed`` changed."""
    values = {name: getattr(record, name) for name in STAFF_FIELDS}
    values.update(typed)
    return StaffDraft(**values)  # type: ignore[arg-type]


def test_a_stale_edit_writes_only_what_was_changed(any_services: Services) -> None:
    directory = any_services.directory
    team = directory.add_department("고객소통팀", actor=DESK)
    opened = directory.create_staff(StaffDraft(name="홍길동", department_id=team,
                                               direct_line="02-760-4500", duties="민원"),
                                    actor=DESK)
    directory.update_staff(opened.id, _form(opened, direct_line="02-760-4511"),
                           opened=staff_opened(opened), actor=KIM)
    merged = directory.update_staff(opened.id, _form(opened, duties="민원, 정보공개"),
                                    opened=staff_opened(opened), actor=DESK)
    assert (merged.direct_line, merged.duties) == ("02-760-4511", "민원, 정보공개")
    assert merged.version == opened.version + 2 == directory.get_staff(opened.id).version
    # A save that changes nothing writes and says nothing.
    audits = len(_audit(any_services))
    same = directory.update_staff(opened.id, _form(merged), opened=staff_opened(merged),
                                  actor=DESK)
    assert same == merged and len(_audit(any_services)) == audits


def test_the_same_field_changed_since_is_a_conflict_naming_who(any_services: Services) -> None:
    directory = any_services.directory
    team = directory.add_department("고객소통팀", actor=DESK)
    opened = directory.create_staff(StaffDraft(name="홍길동", department_id=team,
                                               direct_line="02-760-4500", floor="1층"),
                                    actor=DESK)
    directory.update_staff(opened.id, _form(opened, direct_line="02-760-4511", floor="2층"),
                           opened=staff_opened(opened), actor=KIM)
    with pytest.raises(EditConflict) as refused:
        directory.update_staff(opened.id, _form(opened, direct_line="02-760-4522",
                                                position="주임"),
                               opened=staff_opened(opened), actor=DESK)
    conflict = refused.value
    assert set(conflict.field_errors) == {"direct_line"}
    assert conflict.changed_by == "2층 안내데스크" and conflict.msg.key == "edit.conflict"
    # Only the field in conflict is "seen now": the floor the other PC moved stays theirs
    # when the form saves again.
    assert conflict.current == {"direct_line": "02-760-4511"}
    stored = directory.get_staff(opened.id)
    assert (stored.direct_line, stored.position) == ("02-760-4511", "")  # nothing written
    again = Opened(conflict.version, {**staff_opened(opened).values, **conflict.current})
    saved = directory.update_staff(opened.id, _form(opened, direct_line="02-760-4522",
                                                    position="주임"),
                                   opened=again, actor=DESK)
    assert (saved.direct_line, saved.position, saved.floor) == ("02-760-4522", "주임", "2층")


def test_a_stale_presence_merges_or_names_who(demo_services: Services) -> None:
    directory = demo_services.directory
    someone, colleague = directory.staff_rows(directory.search_ids(presence=Presence.IN)[:2])
    assert someone.stand_in_id != colleague.id
    directory.set_presence(someone.id, Presence.AWAY, FIXED_NOW + timedelta(hours=1), "회의",
                           someone.stand_in_id, opened=presence_opened(someone), actor=KIM)
    merged = directory.set_presence(someone.id, Presence.IN, None, "", colleague.id,
                                    opened=presence_opened(someone), actor=DESK)
    assert (merged.presence, merged.presence_note, merged.stand_in_id) == (
        Presence.AWAY, "회의", colleague.id)
    with pytest.raises(EditConflict) as refused:
        directory.set_presence(someone.id, Presence.TRIP, FIXED_NOW + timedelta(days=1),
                               "출장", someone.stand_in_id, opened=presence_opened(someone),
                               actor=DESK)
    assert set(refused.value.field_errors) == {"presence", "back_at", "presence_note"}
    assert refused.value.changed_by == DESK.name  # the last change was the stand-in
    assert directory.get_staff(someone.id) == merged


def test_a_staff_form_saved_again_with_its_key_stores_one_person(
    any_services: Services,
) -> None:
    directory = any_services.directory
    team = directory.add_department("고객소통팀", actor=DESK)
    key = new_key()
    first = directory.create_staff(StaffDraft(name="홍길동", department_id=team), key=key,
                                   actor=DESK)
    again = directory.create_staff(StaffDraft(name="홍길동", department_id=team), key=key,
                                   actor=DESK)
    assert again == first and _staff_count(any_services) == 1
    assert any_services.submissions.was_saved(key)
    other = directory.create_staff(StaffDraft(name="홍길동", department_id=team),
                                   key=new_key(), actor=DESK)
    assert other.id != first.id and _staff_count(any_services) == 2


def test_a_department_saved_again_with_its_key_is_one_department(services: Services) -> None:
    directory = services.directory
    key = new_key()
    first = directory.add_department("고객소통팀", key=key, actor=DESK)
    assert directory.add_department("고객소통팀", key=key, actor=DESK) == first
    assert [d.id for d in directory.departments()] == [first]
    with pytest.raises(ValidationError) as taken:
        directory.add_department("고객소통팀", key=new_key(), actor=DESK)
    assert taken.value.field_errors["name"].key == "directory.department_exists"
