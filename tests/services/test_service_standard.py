"""The service standard in the shared database (docs/architecture.md §13), on SQLite and
PostgreSQL: versions, the version in force at a complaint's receipt, 기타's own period
with its legal basis, kinds in use, and the gate."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from arco_desk.domain.actor import Actor
from arco_desk.domain.calendar_business import SEOUL
from arco_desk.domain.complaint_intake import ComplaintDraft
from arco_desk.domain.deadlines import Period
from arco_desk.domain.errors import DomainError, PermissionDenied, ValidationError
from arco_desk.domain.roles import Role
from arco_desk.domain.standard import ComplaintKind, ServiceStandard, load_standard
from arco_desk.domain.standard_versions import StandardDraft
from arco_desk.services.container import Services
from arco_desk.store.models import Complaint, ServiceStandardVersion
from tests.actors import DESK
from tests.clock import SteppingClock
from tests.signed_in import open_signed_in
from tests.words import english, refused_with

ADMIN = Actor("test:admin", None, "관리자", frozenset({Role.ADMIN}))


def seoul(*args: int) -> datetime:
    return datetime(*args, tzinfo=SEOUL)  # type: ignore[misc]


@pytest.fixture(params=["sqlite", "postgresql"])
def agency(request: pytest.FixtureRequest, basedir: Path) -> Iterator[tuple[Services,
                                                                              SteppingClock]]:
    """Services on a clock at 1 July 2026, 10:00 (a Wednesday), on both backends."""
    url = request.getfixturevalue("pg_url") if request.param == "postgresql" else None
    clock = SteppingClock(seoul(2026, 7, 1, 10))
    services = open_signed_in(basedir, url, clock=clock)
    yield services, clock
    services.close()


def draft_of(standard: ServiceStandard, **periods: str) -> StandardDraft:
    """The standard as the editor would save it, with some kinds' periods changed."""
    kinds = tuple(replace(k, period=Period.parse(periods[k.code])) if k.code in periods else k
                  for k in standard.complaint_kinds)
    return StandardDraft(kinds, standard.default_kind_code, str(standard.phone_callback))


def petition(received_at: datetime, **fields: str) -> ComplaintDraft:
    return ComplaintDraft(channel="letter", kind_code=fields.pop("kind_code", "petition"),
                          citizen_name="홍길동", citizen_phone="010-1234-5678",
                          title="공연장 소음", content="소음이 심합니다.",
                          received_at=received_at, **fields)


def stored(services: Services, complaint_id: int) -> tuple[str, datetime, str]:
    with services.uow.read() as session:
        row = session.get(Complaint, complaint_id)
        assert row is not None
        return row.period, row.due_at, row.period_basis


def test_no_version_is_the_shipped_standard(agency: tuple[Services, SteppingClock]) -> None:
    services, _ = agency
    assert services.standards.latest_version() == 0
    assert services.standards.current() == load_standard()
    assert [line.version for line in services.standards.history()] == [0]


def test_a_kind_whose_period_changed_mid_year(agency: tuple[Services, SteppingClock]) -> None:
    """Petitions go from 7 to 10 working days on 1 July: one received in June keeps 7
    days even when registered later; one received in August gets 10."""
    services, clock = agency
    saved = services.standards.save(draft_of(services.standards.current(), petition="10d"),
                                    based_on=0, actor=ADMIN)
    assert (saved.version, saved.effective_from) == (1, seoul(2026, 7, 1, 10))
    clock.set(seoul(2026, 8, 10, 9))
    june = services.complaints.register(petition(seoul(2026, 6, 15, 10)), actor=DESK)
    august = services.complaints.register(petition(seoul(2026, 8, 3, 10)), actor=DESK)
    assert stored(services, june)[:2] == ("7d", seoul(2026, 6, 23, 18))
    assert stored(services, august)[:2] == ("10d", seoul(2026, 8, 14, 18))
    # The preview follows the receipt time the same way.
    assert services.complaints.preview_deadline(
        "petition", seoul(2026, 6, 15, 10)).period == Period.parse("7d")
    assert services.complaints.preview_deadline("petition").period == Period.parse("10d")
    # The moment of the save is the boundary: received then is under the new version.
    assert services.standards.in_force(seoul(2026, 7, 1, 10)).kind("petition").period \
        == Period.parse("10d")
    assert services.standards.in_force(seoul(2026, 7, 1, 9, 59)).kind("petition").period \
        == Period.parse("7d")
    history = services.standards.history()
    assert [(h.version, h.saved_by_name) for h in history] == [(1, "관리자"), (0, "")]


def test_a_save_from_an_old_view_is_refused_naming_who_saved(
        agency: tuple[Services, SteppingClock]) -> None:
    services, _ = agency
    base = services.standards.current()
    services.standards.save(draft_of(base, petition="10d"), based_on=0, actor=ADMIN)
    with refused_with(DomainError, "관리자") as refused:
        services.standards.save(draft_of(base, inquiry="5d"), based_on=0, actor=ADMIN)
    assert refused.value.msg.key == "standard.saved_meanwhile"
    assert services.standards.latest_version() == 1
    # Saving again over the newer version, on purpose.
    services.standards.save(draft_of(base, inquiry="5d"), based_on=1, actor=ADMIN)
    now = services.standards.current()
    assert (now.kind("inquiry").period, now.kind("petition").period) == (
        Period.parse("5d"), Period.parse("7d"))


def test_a_kind_in_use_cannot_be_removed_but_renamed(
        agency: tuple[Services, SteppingClock]) -> None:
    services, _ = agency
    services.complaints.register(petition(seoul(2026, 7, 1, 9), kind_code="confirmation"),
                                 actor=DESK)
    base = services.standards.current()
    without = StandardDraft(tuple(k for k in base.complaint_kinds if k.code != "confirmation"),
                            "other", "24h")
    with refused_with(ValidationError, "확인") as refused:
        services.standards.save(without, based_on=0, actor=ADMIN)
    assert set(refused.value.field_errors) == {"kinds"}
    assert "1" in english(refused.value.field_errors["kinds"])
    renamed = tuple(replace(k, name_ko="확인 민원", period=Period.parse("4h"))
                    if k.code == "confirmation" else k for k in base.complaint_kinds)
    services.standards.save(StandardDraft(renamed, "other", "24h"), based_on=0, actor=ADMIN)
    assert services.standards.current().kind("confirmation").name_ko == "확인 민원"
    # A kind nobody used goes.
    unused = StandardDraft(tuple(k for k in renamed if k.code != "inquiry"), "other", "24h")
    services.standards.save(unused, based_on=1, actor=ADMIN)
    assert "inquiry" not in {k.code for k in services.standards.current().complaint_kinds}
    assert services.standards.kinds_in_use() == {"confirmation": 1}


def test_the_default_kind_and_the_phone_callback(agency: tuple[Services, SteppingClock]) -> None:
    services, _ = agency
    base = services.standards.current()
    services.standards.save(StandardDraft(base.complaint_kinds, "inquiry", "16h"),
                            based_on=0, actor=ADMIN)
    assert services.standards.current().default_kind_code == "inquiry"
    assert services.calendar.standard.phone_callback == Period.parse("16h")
    with pytest.raises(ValidationError) as refused:
        services.standards.save(StandardDraft(base.complaint_kinds, "nothing", "soon"),
                                based_on=1, actor=ADMIN)
    assert set(refused.value.field_errors) == {"default_kind", "phone_callback"}


def test_other_has_its_own_period_with_its_legal_basis(
        agency: tuple[Services, SteppingClock]) -> None:
    services, _ = agency
    received = seoul(2026, 7, 1, 9)
    with pytest.raises(ValidationError) as refused:
        services.complaints.register(petition(received, kind_code="other", period="3d"),
                                     actor=DESK)
    assert {k: m.key for k, m in refused.value.field_errors.items()} == {
        "period_basis": "complaint.intake.period_basis_required"}
    basis = "민원처리법 시행령 별표 1 제3호"
    made = services.complaints.register(
        petition(received, kind_code="other", period="3d", period_basis=basis), actor=DESK)
    assert stored(services, made) == ("3d", seoul(2026, 7, 3, 18), basis)  # 24 hours: Fri 18:00
    assert services.complaints.get(made).period_basis == basis
    # Immediately, shown as such.
    quick = services.complaints.register(
        petition(received, kind_code="other", period="즉시", period_basis=basis), actor=DESK)
    assert stored(services, quick)[:2] == ("즉시", seoul(2026, 7, 1, 12))
    assert english(services.complaints.get(quick).rule).startswith(
        "Immediately (3 working hours) → ")
    # The kind's own period needs no basis; another kind takes no period of its own.
    plain = services.complaints.register(
        petition(received, kind_code="other", period="7d"), actor=DESK)
    assert stored(services, plain)[0] == "7d"
    with pytest.raises(ValidationError) as other_kind:
        services.complaints.register(petition(received, period="3d", period_basis=basis),
                                     actor=DESK)
    assert set(other_kind.value.field_errors) == {"period"}
    preview = services.complaints.preview_deadline("other", received, "즉시")
    assert english(preview.rule).startswith("Immediately (3 working hours)")
    assert preview.due == seoul(2026, 7, 1, 12)


def test_another_pc_hears_of_a_new_version(basedir: Path, tmp_path: Path) -> None:
    clock = SteppingClock(seoul(2026, 7, 1, 10))
    here = open_signed_in(basedir, clock=clock)
    there = open_signed_in(basedir, clock=clock)
    try:
        assert there.standards.current().kind("petition").period == Period.parse("7d")
        before = there.change_feed.latest_id()
        here.standards.save(draft_of(here.standards.current(), petition="10d"), based_on=0,
                            actor=ADMIN)
        heard = there.change_feed.since(before)
        assert [r.kind for r in heard] == ["standard_changed"]
        # Cached until the change record says otherwise (the window invalidates on it).
        assert there.standards.current().kind("petition").period == Period.parse("7d")
        there.standards.invalidate()
        assert there.standards.current().kind("petition").period == Period.parse("10d")
    finally:
        there.close()
        here.close()


def test_the_gate_refuses_a_non_admin(agency: tuple[Services, SteppingClock]) -> None:
    services, _ = agency
    draft = draft_of(services.standards.current(), petition="10d")
    desk = Actor("test:desk", None, "안내", frozenset({Role.DESK}))
    services.gate.sign_in(desk)
    with pytest.raises(PermissionDenied):
        services.standards.save(draft, based_on=0, actor=desk)
    with pytest.raises(PermissionDenied):
        services.standards.history()
    assert services.standards.current().kind("petition").period == Period.parse("7d")
    services.gate.sign_in(ADMIN)
    services.standards.save(draft, based_on=0, actor=ADMIN)
    with services.uow.read() as session:
        assert session.scalars(select(ServiceStandardVersion.version)).all() == [1]


def test_a_new_kind_is_offered_at_intake(agency: tuple[Services, SteppingClock]) -> None:
    services, clock = agency
    base = services.standards.current()
    kinds = (*base.complaint_kinds, ComplaintKind("permit", "허가", "Permit", Period.parse("2d")))
    services.standards.save(StandardDraft(kinds, "other", "24h"), based_on=0, actor=ADMIN)
    clock.advance(timedelta(hours=1))
    assert "permit" in {k.code for k in services.complaints.kinds()}
    made = services.complaints.register(petition(clock(), kind_code="permit"), actor=DESK)
    assert stored(services, made)[0] == "2d"
