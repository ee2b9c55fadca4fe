"""Two desks, one visitor (docs/architecture.md §9): the same pass number given twice, the
same visit checked out twice, the same appointment checked in twice, one visit record
saved from two PCs. Each race runs many times on SQLite and on PostgreSQL; exactly one
desk wins where only one can, the other is told why in plain words, nothing is stored
twice and no field is lost."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from functools import partial

import pytest
from sqlalchemy import func, select

from arco_desk.domain.actor import Actor
from arco_desk.domain.errors import DomainError, EditConflict, ValidationError
from arco_desk.domain.outbound_visits import OutboundVisitDraft
from arco_desk.domain.reception import (
    AppointmentDraft,
    VisitDetail,
    VisitorDraft,
    VisitRecordDraft,
    VisitStatus,
    WalkInDraft,
)
from arco_desk.domain.reception_edits import record_opened
from arco_desk.services.container import Services
from arco_desk.services.demo import fill_directory
from arco_desk.services.submissions import new_key
from arco_desk.store.models import Appointment, AuditEntry, Visit
from tests.actors import DESK, acting
from tests.conftest import FIXED_NOW
from tests.races.conftest import Outcome, TwoPcs, one_winner, race

TRIALS = 20  # per race and backend; the whole module stays near a minute on two cores


@pytest.fixture
def pcs(two_pcs: TwoPcs) -> TwoPcs:
    fill_directory(two_pcs.a.uow, FIXED_NOW)
    return two_pcs


def _host(services: Services) -> int:
    return services.directory.search("")[0].id


def _book(services: Services, n: int) -> int:
    starts = FIXED_NOW + timedelta(minutes=10)
    return services.reception.book(AppointmentDraft(
        VisitorDraft("홍길동", "서울문화재단", f"010-1000-{n:04d}"), _host(services), starts,
        starts + timedelta(hours=1), purpose="공모사업 상담"), actor=DESK)


def _walk_in(services: Services, n: int, number: str = "") -> int:
    return services.reception.register_walk_in(WalkInDraft(
        VisitorDraft("김현장", "", f"010-2000-{n:04d}"), _host(services), "대관 문의", number),
        actor=DESK).visit_id


def _refusal(outcome: Outcome) -> DomainError:
    assert outcome.refusal is not None
    return outcome.refusal


def _count(services: Services, *where: object) -> int:
    with services.uow.read() as session:
        return int(session.scalar(select(func.count(Visit.id)).where(*where))  # type: ignore[arg-type]
                   or 0)


# --- one holder of each pass -------------------------------------------------------------------


def _pass_race(pcs: TwoPcs, path: str, n: int) -> tuple[Outcome, Outcome]:
    """Both desks give pass ``100 + n`` to a different visitor at once."""
    number = str(100 + n)
    if path == "check_in":
        first, second = _book(pcs.a, 2 * n), _book(pcs.a, 2 * n + 1)
        return race(lambda: pcs.a.reception.check_in(first, number, actor=DESK),
                    lambda: pcs.b.reception.check_in(second, number, actor=DESK))
    if path == "walk_in":
        return race(lambda: _walk_in(pcs.a, 2 * n, number),
                    lambda: _walk_in(pcs.b, 2 * n + 1, number))
    first, second = _walk_in(pcs.a, 2 * n), _walk_in(pcs.a, 2 * n + 1)
    return race(lambda: pcs.a.reception.hand_out_pass(first, number, actor=DESK),
                lambda: pcs.b.reception.hand_out_pass(second, number, actor=DESK))


@pytest.mark.parametrize("path", ["check_in", "walk_in", "hand_out"])
def test_a_pass_number_has_one_holder(pcs: TwoPcs, path: str) -> None:
    for n in range(TRIALS):
        _, loser = one_winner(_pass_race(pcs, path, n))
        refusal = _refusal(loser)
        assert isinstance(refusal, ValidationError), refusal.msg.key
        assert refusal.field_errors["pass_number"].key == "reception.pass_in_use"
        assert _count(pcs.a, Visit.pass_number == str(100 + n)) == 1
    if path == "check_in":  # each loser's visitor is still expected, with no visit
        with pcs.a.uow.read() as session:
            statuses = list(session.scalars(select(Appointment.status)))
        assert statuses.count(VisitStatus.ARRIVED.value) == TRIALS
        assert statuses.count(VisitStatus.EXPECTED.value) == TRIALS
        assert _count(pcs.a) == TRIALS


# --- one check-out per visit, one check-in per appointment ----------------------------------


def _check_out_race(pcs: TwoPcs, n: int) -> tuple[int, int, Outcome]:
    """One desk checks the visitor out from the visit, the other from the appointment's
    row; the appointment, the visit and the loser."""
    appointment_id = _book(pcs.a, n)
    visit_id = pcs.a.reception.check_in(appointment_id, actor=DESK).visit_id
    calls = [lambda: pcs.a.reception.check_out(visit_id, actor=DESK),
             lambda: pcs.b.reception.check_out_appointment(appointment_id, actor=DESK)]
    first, second = calls if n % 2 else calls[::-1]
    _, loser = one_winner(race(first, second))
    return appointment_id, visit_id, loser


def test_a_visit_is_checked_out_once(pcs: TwoPcs) -> None:
    for n in range(TRIALS):
        appointment_id, visit_id, loser = _check_out_race(pcs, n)
        assert _refusal(loser).msg.key == "reception.left_at"
        with pcs.a.uow.read() as session:
            check_outs = session.scalar(select(func.count(AuditEntry.id)).where(
                AuditEntry.action == "visit.check_out", AuditEntry.entity_id == visit_id))
            status = session.scalar(select(Appointment.status)
                                    .where(Appointment.id == appointment_id))
        assert check_outs == 1
        assert status == VisitStatus.LEFT.value
        assert _count(pcs.a, Visit.id == visit_id, Visit.left_at.is_not(None)) == 1


def _both(pcs: TwoPcs, call: Callable[[Services], object]) -> tuple[Outcome, Outcome]:
    """The same step from both PCs at once."""
    return race(lambda: call(pcs.a), lambda: call(pcs.b))


def test_an_appointment_is_checked_in_once(pcs: TwoPcs) -> None:
    for n in range(TRIALS):
        appointment_id = _book(pcs.a, n)
        _, loser = one_winner(_both(pcs, partial(_check_in, appointment_id)))
        assert _refusal(loser).msg.key == "visit.already_arrived"
        assert _count(pcs.a, Visit.appointment_id == appointment_id) == 1


def _check_in(appointment_id: int, services: Services) -> object:
    return services.reception.check_in(appointment_id, actor=DESK)


# --- one visit record, two PCs -----------------------------------------------------------------


def _two_staff(pcs: TwoPcs) -> tuple[Actor, Actor]:
    first, second = pcs.a.directory.search("")[1:3]
    return acting(pcs.a, first.id), acting(pcs.a, second.id)


def _save(visit_id: int, opened: VisitDetail, requests: str, outcome: str, actor: Actor,
          services: Services) -> str:
    """Save the record as a form opened on ``opened`` with these fields typed."""
    services.reception.save_record(
        visit_id, VisitRecordDraft(opened.entry.purpose, requests, outcome), actor=actor,
        opened=record_opened(opened))
    return actor.name


def test_a_visit_record_keeps_both_pcs_fields(pcs: TwoPcs) -> None:
    """A writes the outcome, B (who opened the record at the same moment) the requests:
    both stay."""
    actor_a, actor_b = _two_staff(pcs)
    for n in range(TRIALS):
        visit_id = _walk_in(pcs.a, n)
        opened = pcs.b.reception.visit(visit_id)
        a, b = race(
            partial(_save, visit_id, opened, opened.requests, f"자료 발송 {n}", actor_a, pcs.a),
            partial(_save, visit_id, opened, f"심사 기준 {n}", opened.outcome, actor_b, pcs.b))
        assert a.won and b.won, (a.refusal, b.refusal)
        stored = pcs.a.reception.visit(visit_id)
        assert (stored.requests, stored.outcome) == (f"심사 기준 {n}", f"자료 발송 {n}")
        assert stored.entry.purpose == "대관 문의"


def test_the_same_field_from_two_pcs_is_a_conflict(pcs: TwoPcs) -> None:
    actor_a, actor_b = _two_staff(pcs)
    for n in range(TRIALS):
        visit_id = _walk_in(pcs.a, n)
        opened = pcs.a.reception.visit(visit_id)
        words = {actor_a.name: f"A의 결과 {n}", actor_b.name: f"B의 결과 {n}"}
        winner, loser = one_winner(race(
            partial(_save, visit_id, opened, "", words[actor_a.name], actor_a, pcs.a),
            partial(_save, visit_id, opened, "", words[actor_b.name], actor_b, pcs.b)))
        conflict = _refusal(loser)
        assert isinstance(conflict, EditConflict), conflict.msg.key
        assert conflict.msg.key == "edit.conflict"
        assert set(conflict.field_errors) == {"outcome"}
        assert conflict.changed_by == winner.value
        assert conflict.current["outcome"] == words[str(winner.value)]
        assert pcs.a.reception.visit(visit_id).outcome == words[str(winner.value)]


# --- appointment steps, calls, submission keys ----------------------------------------------


def test_cancel_and_check_in_at_once_leave_one_story(pcs: TwoPcs) -> None:
    for n in range(TRIALS):
        appointment_id = _book(pcs.a, n)
        winner, loser = one_winner(race(
            partial(pcs.a.reception.cancel, appointment_id, actor=DESK),
            partial(pcs.b.reception.check_in, appointment_id, actor=DESK)))
        visits = _count(pcs.a, Visit.appointment_id == appointment_id)
        status = pcs.a.reception.detail(appointment_id).entry.status
        if winner.value is None:  # the cancel won: the visitor is not let in
            assert (status, visits) == (VisitStatus.CANCELLED, 0)
            assert _refusal(loser).msg.key == "visit.cancelled"
        else:
            assert (status, visits) == (VisitStatus.ARRIVED, 1)
            assert _refusal(loser).msg.key == "visit.transition"


def _record_call(visit_id: int, services: Services) -> object:
    services.reception.outbound.record_call(visit_id, "통화함", actor=DESK)
    return None


def test_an_outbound_call_is_recorded_once(pcs: TwoPcs) -> None:
    staff_id = _host(pcs.a)
    for n in range(TRIALS):
        visit_id = pcs.a.reception.outbound.book(OutboundVisitDraft(
            "박고객", "대학로 소극장", f"02-760-{n:04d}", "공연장 안전 점검", staff_id,
            FIXED_NOW.date() + timedelta(days=7)), actor=DESK)
        _, loser = one_winner(_both(pcs, partial(_record_call, visit_id)))
        assert _refusal(loser).msg.key == "outbound.already_called"


def _book_with(draft: AppointmentDraft, key: str, services: Services) -> int:
    return services.reception.book(draft, actor=DESK, key=key)


def test_one_submission_key_stores_one_booking(pcs: TwoPcs) -> None:
    """The same form's save sent twice at once (a save again racing the first): one
    appointment, and both answers name it."""
    for n in range(TRIALS):
        starts = FIXED_NOW + timedelta(hours=1)
        draft = AppointmentDraft(VisitorDraft("이중복", "", f"010-3000-{n:04d}"),
                                 _host(pcs.a), starts, starts + timedelta(hours=1))
        a, b = _both(pcs, partial(_book_with, draft, new_key()))
        assert a.won and b.won, (a.refusal, b.refusal)
        assert a.value == b.value
        with pcs.a.uow.read() as session:
            assert session.scalar(select(func.count(Appointment.id))) == n + 1
