"""Two PCs, one staff directory (docs/architecture.md §9): edits of one staff member,
presence, settings saved from stale forms, and departments, staff and calendar days
created twice, each raced many times on SQLite and on the real PostgreSQL server.

Each race asserts what the operators must see: both changes kept when they touch
different fields, otherwise exactly one winner and the loser's clear refusal (naming the
winner for a stale edit), never a duplicate row and never a raw error.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial
from pathlib import Path

from sqlalchemy import delete, func, select

from arco_desk.domain.actor import Actor
from arco_desk.domain.directory import (
    STAFF_FIELDS,
    Presence,
    StaffDraft,
    StaffRecord,
    presence_opened,
    staff_opened,
)
from arco_desk.domain.errors import EditConflict, NotFound, ValidationError
from arco_desk.services.container import Services
from arco_desk.services.submissions import new_key
from arco_desk.store.models import AuditEntry, CalendarOverride, Department, Setting, Staff
from tests.actors import DESK
from tests.conftest import FIXED_NOW
from tests.races.conftest import Outcome, TwoPcs, one_winner, race

TRIALS = 30
PC_A = Actor.desk("가 데스크")
PC_B = Actor.desk("나 데스크")


def _person(pcs: TwoPcs) -> StaffRecord:
    team = pcs.a.directory.add_department("고객소통팀", actor=DESK)
    helper = pcs.a.directory.create_staff(StaffDraft(name="김대리", department_id=team),
                                          actor=DESK)
    assert helper.id
    return pcs.a.directory.create_staff(StaffDraft(
        name="홍길동", department_id=team, duties="민원 안내", direct_line="02-760-4500"),
        actor=DESK)


def _draft(record: StaffRecord, **changes: object) -> StaffDraft:
    values = {name: getattr(record, name) for name in STAFF_FIELDS}
    values.update(changes)
    return StaffDraft(**values)  # type: ignore[arg-type]


def _edit(pc: Services, actor: Actor, seen: StaffRecord, **changes: object) -> StaffRecord:
    return pc.directory.update_staff(seen.id, _draft(seen, **changes),
                                     opened=staff_opened(seen), actor=actor)


def _count(pc: Services,
           model: type[AuditEntry | Department | Staff | CalendarOverride | Setting],
           *where: object) -> int:
    with pc.uow.read() as session:
        key = next(iter(model.__table__.primary_key.columns))
        return int(session.scalar(select(func.count(key)).where(*where)) or 0)  # type: ignore[arg-type]


def _winner_is_a(outcomes: tuple[Outcome, Outcome]) -> bool:
    winner, _ = one_winner(outcomes)
    return winner is outcomes[0]


def _refused_as(loser: Outcome, kind: type[ValidationError], field: str, key: str) -> None:
    """The loser got the clear refusal ``key`` under ``field``, nothing else."""
    assert isinstance(loser.refusal, kind), loser.refusal
    assert loser.refusal.field_errors[field].key == key


def _stale(loser: Outcome, winner: Actor, fields: set[str]) -> EditConflict:
    """The loser's refusal is a stale edit of ``fields`` naming ``winner``."""
    conflict = loser.refusal
    assert isinstance(conflict, EditConflict), conflict
    assert conflict.msg.key == "edit.conflict"
    assert set(conflict.field_errors) == fields
    assert all(m.key == "edit.changed_since" for m in conflict.field_errors.values())
    assert conflict.changed_by == winner.name
    return conflict


# --- one staff member edited on two PCs ----------------------------------------------------


def test_a_direct_line_and_duties_saved_together_are_both_kept(two_pcs: TwoPcs) -> None:
    person = _person(two_pcs)
    for trial in range(TRIALS):
        seen = two_pcs.b.directory.get_staff(person.id)  # both forms opened this
        line, duties = f"02-760-{4600 + trial}", f"민원 안내, 과제 {trial}"
        a, b = race(partial(_edit, two_pcs.a, PC_A, seen, direct_line=line),
                    partial(_edit, two_pcs.b, PC_B, seen, duties=duties))
        assert a.won and b.won
        now = two_pcs.a.directory.get_staff(person.id)
        assert (now.direct_line, now.duties, now.name) == (line, duties, "홍길동")
        assert now.version == seen.version + 2


def test_the_same_field_saved_on_two_pcs_has_one_winner_named_to_the_other(
    two_pcs: TwoPcs,
) -> None:
    person = _person(two_pcs)
    for trial in range(TRIALS):
        seen = two_pcs.b.directory.get_staff(person.id)
        lines = (f"02-760-{5000 + trial}", f"02-760-{6000 + trial}")
        outcomes = race(partial(_edit, two_pcs.a, PC_A, seen, direct_line=lines[0]),
                        partial(_edit, two_pcs.b, PC_B, seen, direct_line=lines[1]))
        a_won = _winner_is_a(outcomes)
        won_line, winner = (lines[0], PC_A) if a_won else (lines[1], PC_B)
        conflict = _stale(outcomes[1 if a_won else 0], winner, {"direct_line"})
        assert conflict.current["direct_line"] == won_line
        assert two_pcs.a.directory.get_staff(person.id).direct_line == won_line


def test_two_presence_changes_have_one_winner(two_pcs: TwoPcs) -> None:
    person = _person(two_pcs)
    for trial in range(TRIALS):
        two_pcs.a.directory.set_presence(person.id, Presence.IN, actor=DESK)
        seen = two_pcs.b.directory.get_staff(person.id)
        back = FIXED_NOW + timedelta(hours=1, minutes=trial)
        outcomes = race(
            lambda seen=seen, back=back: two_pcs.a.directory.set_presence(
                person.id, Presence.AWAY, back, "회의", opened=presence_opened(seen),
                actor=PC_A),
            lambda seen=seen, back=back: two_pcs.b.directory.set_presence(
                person.id, Presence.TRIP, back + timedelta(days=1), "출장",
                opened=presence_opened(seen), actor=PC_B))
        a_won = _winner_is_a(outcomes)
        _stale(outcomes[1 if a_won else 0], PC_A if a_won else PC_B,
               {"presence", "back_at", "presence_note"})
        now = two_pcs.a.directory.get_staff(person.id)
        assert (now.presence, now.presence_note) == (
            (Presence.AWAY, "회의") if a_won else (Presence.TRIP, "출장"))


def test_a_presence_change_and_a_new_stand_in_are_both_kept(two_pcs: TwoPcs) -> None:
    person = _person(two_pcs)
    helper = next(r for r in two_pcs.a.directory.search("") if r.name == "김대리")
    for _ in range(TRIALS // 2):
        two_pcs.a.directory.set_presence(person.id, Presence.IN, actor=DESK)
        seen = two_pcs.b.directory.get_staff(person.id)
        assert seen.stand_in_id is None
        a, b = race(
            lambda seen=seen: two_pcs.a.directory.set_presence(
                person.id, Presence.LEAVE, FIXED_NOW + timedelta(days=2), "연차", None,
                opened=presence_opened(seen), actor=PC_A),
            lambda seen=seen: two_pcs.b.directory.set_presence(
                person.id, Presence.IN, None, "", helper.id, opened=presence_opened(seen),
                actor=PC_B))
        assert a.won and b.won
        now = two_pcs.a.directory.get_staff(person.id)
        assert (now.presence, now.presence_note, now.stand_in_id) == (
            Presence.LEAVE, "연차", helper.id)


# --- settings saved from stale forms ---------------------------------------------------------


def test_one_setting_saved_from_two_stale_forms_has_one_winner(two_pcs: TwoPcs) -> None:
    for trial in range(TRIALS):
        if trial % 2:  # half the trials store the key for the first time on both PCs
            with two_pcs.a.uow.write() as session:
                session.execute(delete(Setting).where(Setting.key == "agency_name"))
        shown = {"agency_name": two_pcs.b.settings.get("agency_name")}
        names = (f"가 기관 {trial}", f"나 기관 {trial}")
        outcomes = race(
            partial(two_pcs.a.settings.set_many, {"agency_name": names[0]}, opened=shown,
                    actor=PC_A),
            partial(two_pcs.b.settings.set_many, {"agency_name": names[1]}, opened=shown,
                    actor=PC_B))
        a_won = _winner_is_a(outcomes)
        won, winner = (names[0], PC_A) if a_won else (names[1], PC_B)
        conflict = _stale(outcomes[1 if a_won else 0], winner, {"agency_name"})
        assert conflict.current == {"agency_name": won}
        assert two_pcs.b.settings.get("agency_name") == won
        assert _count(two_pcs.a, Setting, Setting.key == "agency_name") == 1


def test_two_desk_settings_forms_changing_different_values_both_save(two_pcs: TwoPcs) -> None:
    for trial in range(TRIALS // 2):
        shown: dict[str, str | int] = {
            "greeting_script": two_pcs.b.memos.greeting_template(),
            "memo_escalation_minutes": two_pcs.b.memos.escalation_minutes()}
        greeting = f"안녕하십니까, {{agency}} {{name}}입니다 ({trial})."
        minutes = 40 + trial
        a, b = race(
            partial(two_pcs.a.memos.save_desk_settings, greeting,
                    int(shown["memo_escalation_minutes"]), opened=shown, actor=PC_A),
            partial(two_pcs.b.memos.save_desk_settings, str(shown["greeting_script"]),
                    minutes, opened=shown, actor=PC_B))
        assert a.won and b.won
        assert two_pcs.a.memos.greeting_template() == greeting
        assert two_pcs.a.memos.escalation_minutes() == minutes


# --- created twice -------------------------------------------------------------------------------


def test_the_same_department_added_on_two_pcs_is_one_department(two_pcs: TwoPcs) -> None:
    for trial in range(TRIALS):
        name = f"신설팀 {trial}"
        outcomes = race(partial(two_pcs.a.directory.add_department, name, actor=PC_A),
                        partial(two_pcs.b.directory.add_department, name, actor=PC_B))
        winner, loser = one_winner(outcomes)
        _refused_as(loser, ValidationError, "name", "directory.department_exists")
        assert _count(two_pcs.a, Department, Department.name == name) == 1
        assert [d.id for d in two_pcs.b.directory.departments() if d.name == name] == [
            winner.value]


def test_one_staff_form_saved_twice_at_once_stores_one_person(two_pcs: TwoPcs) -> None:
    team = two_pcs.a.directory.add_department("고객소통팀", actor=DESK)
    for trial in range(TRIALS // 2):
        draft = StaffDraft(name=f"신입 {trial}", department_id=team)
        key = new_key()  # one form's submission, sent twice (a save whose outcome was lost)
        a, b = race(partial(two_pcs.a.directory.create_staff, draft, key=key, actor=PC_A),
                    partial(two_pcs.b.directory.create_staff, draft, key=key, actor=PC_A))
        assert a.won and b.won
        assert isinstance(a.value, StaffRecord) and a.value == b.value
        assert _count(two_pcs.a, Staff, Staff.name == draft.name) == 1


def test_the_same_calendar_day_added_on_two_pcs_is_one_entry(two_pcs: TwoPcs) -> None:
    calendar = two_pcs.a.calendar.business_calendar()
    day = date(2026, 12, 1)
    for _ in range(TRIALS):
        day = calendar.working_day_after(day, 1)
        outcomes = race(
            partial(two_pcs.a.calendar.add_override, day, "closure", "창립기념일 휴무",
                    actor=PC_A),
            partial(two_pcs.b.calendar.add_override, day, "closure", "창립기념일 휴무",
                    actor=PC_B))
        _, loser = one_winner(outcomes)
        _refused_as(loser, ValidationError, "day", "calendar.day_taken")
        assert _count(two_pcs.a, CalendarOverride, CalendarOverride.day == day) == 1


def test_the_same_staff_list_imported_on_two_pcs_adds_each_person_once(
    two_pcs: TwoPcs, tmp_path: Path
) -> None:
    two_pcs.a.directory.add_department("고객소통팀", actor=DESK)
    two_pcs.a.directory.add_department("공연예술부", actor=DESK)
    for trial in range(TRIALS // 2):
        path = tmp_path / f"명단{trial}.csv"
        path.write_text(f"이름,부서\n가{trial},고객소통팀\n나{trial},공연예술부\n",
                        encoding="utf-8-sig")
        a_preview = two_pcs.a.staff_import.preview(path)
        b_preview = two_pcs.b.staff_import.preview(path)
        a, b = race(partial(two_pcs.a.staff_import.commit, a_preview, actor=PC_A),
                    partial(two_pcs.b.staff_import.commit, b_preview, actor=PC_B))
        inserted = [getattr(o.value, "inserted", None) for o in (a, b)]
        assert sorted(inserted, key=str) == [0, 2]
        for name in (f"가{trial}", f"나{trial}"):
            assert _count(two_pcs.a, Staff, Staff.name == name) == 1


def test_the_same_calendar_entry_removed_on_two_pcs_is_removed_once(two_pcs: TwoPcs) -> None:
    calendar = two_pcs.a.calendar.business_calendar()
    day = date(2026, 12, 1)
    for _ in range(TRIALS // 2):
        day = calendar.working_day_after(day, 1)
        entry = two_pcs.a.calendar.add_override(day, "closure", "임시 휴관", actor=DESK)
        removals = _count(two_pcs.a, AuditEntry, AuditEntry.action == "calendar.remove")
        outcomes = race(partial(two_pcs.a.calendar.remove_override, entry.id, actor=PC_A),
                        partial(two_pcs.b.calendar.remove_override, entry.id, actor=PC_B))
        _, loser = one_winner(outcomes)
        assert isinstance(loser.refusal, NotFound), loser.refusal
        assert loser.refusal.msg.key == "calendar.override_gone"
        assert _count(two_pcs.a, AuditEntry,
                      AuditEntry.action == "calendar.remove") == removals + 1
        assert two_pcs.b.calendar.overrides() == []
