"""개인정보: the retention setting, and the purge that deletes or anonymises old visits and
writes its destruction-ledger entry in the same transaction."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from arco_desk.domain.actor import Actor
from arco_desk.domain.errors import DomainError, EditConflict, ValidationError
from arco_desk.domain.outbound_visits import OutboundVisitDraft
from arco_desk.domain.reception import VisitorDraft, VisitRecordDraft, WalkInDraft
from arco_desk.domain.visitor_privacy import ANONYMOUS_NAME, PurgeMethod
from arco_desk.services import visitor_privacy
from arco_desk.services.backup import back_up
from arco_desk.services.container import DATABASE_FILE, Services
from arco_desk.store.backup_folder import BackupKind, backup_path, backups_folder
from arco_desk.store.engine import erase_freed_space
from arco_desk.store.models import (
    Appointment,
    DestructionLedger,
    OutboundVisit,
    Visit,
    Visitor,
)
from tests.actors import DESK
from tests.conftest import FIXED_NOW
from tests.reception_desk import Desk, make_desk, seoul
from tests.words import refused_with

# The person responsible for a purge (파기 책임자) is whoever runs it.
ADMIN = Actor.for_staff(7, "김관리")


@pytest.fixture
def desk(any_services: Services) -> Desk:
    return make_desk(any_services)


def count(desk: Desk, column: object) -> int:
    with desk.services.uow.read() as session:
        return int(session.scalar(select(func.count(column))) or 0)  # type: ignore[call-overload]


def history(desk: Desk) -> dict[str, int]:
    """Old and recent records: made by moving the clock back, as they happened."""
    host = desk.staff()
    ids: dict[str, int] = {}
    desk.clock.set(seoul(2025, 6, 2, 9, 0))  # well over a year before FIXED_NOW
    old = desk.book(seoul(2025, 6, 2, 10, 0), host.id, name="옛방문", phone="010-1111-2222")
    lone = desk.book(seoul(2025, 6, 3, 10, 0), host.id, name="옛노쇼", phone="010-3333-4444")
    both = desk.book(seoul(2025, 6, 2, 11, 0), host.id, name="재방문", phone="010-5555-6666")
    ids["outbound_old"] = desk.reception.outbound.book(OutboundVisitDraft(
        "옛고객", "극단", "02-760-4500", "점검", host.id, date(2025, 6, 10)), actor=DESK)
    desk.clock.set(seoul(2025, 6, 2, 10, 0))
    ids["old_visit"] = desk.reception.check_in(old, actor=DESK).visit_id
    desk.reception.save_record(ids["old_visit"], VisitRecordDraft("상담", "민감한 요청", "답변"),
                               actor=DESK)
    desk.clock.set(seoul(2025, 6, 2, 11, 0))
    ids["both_old_visit"] = desk.reception.check_in(both, actor=DESK).visit_id
    desk.clock.set(seoul(2025, 6, 2, 12, 0))
    desk.reception.check_out(ids["old_visit"], actor=DESK)
    desk.reception.check_out(ids["both_old_visit"], actor=DESK)
    desk.clock.set(FIXED_NOW)
    ids["recent_visit"] = desk.reception.register_walk_in(WalkInDraft(
        VisitorDraft("재방문", "", "010-5555-6666"), host.id, "다시 상담"), actor=DESK).visit_id
    ids["outbound_new"] = desk.reception.outbound.book(OutboundVisitDraft(
        "새고객", "", "02-760-4501", "점검", host.id, date(2026, 12, 1)), actor=DESK)
    ids["lone_appointment"] = lone
    return ids


def test_retention_setting(desk: Desk) -> None:
    privacy = desk.reception.privacy
    assert privacy.retention_days() == 365
    assert privacy.set_retention_days(" 730 ", actor=DESK) == 730
    assert privacy.retention_days() == 730
    for bad in ("", "일년", "0", "99999"):
        with pytest.raises(ValidationError) as refused:
            privacy.set_retention_days(bad, actor=DESK)
        assert set(refused.value.field_errors) == {"retention_days"}
    assert privacy.retention_days() == 730


def test_a_period_changed_meanwhile_is_refused_not_overwritten(desk: Desk) -> None:
    privacy = desk.reception.privacy
    privacy.set_retention_days(730, opened=365, actor=DESK)  # another PC, first
    with pytest.raises(EditConflict) as refused:
        privacy.set_retention_days(400, opened=365, actor=DESK)  # a form opened at 365
    assert refused.value.current == {"visitor_retention_days": "730"}
    assert privacy.retention_days() == 730
    assert privacy.set_retention_days(400, opened=730, actor=DESK) == 400  # seen: on purpose


def test_preview_counts_what_is_past_retention(desk: Desk) -> None:
    history(desk)
    preview = desk.reception.privacy.preview()
    assert preview.cutoff == seoul(2025, 11, 24, 0, 0)
    assert (preview.visits, preview.appointments, preview.outbound_visits) == (2, 1, 1)
    assert preview.visitors == 2  # 옛방문, 옛노쇼; 재방문 came back this year
    assert preview.records == 4
    desk.reception.privacy.set_retention_days(800, actor=DESK)
    assert desk.reception.privacy.preview().records == 0


def test_purge_by_deletion_writes_the_ledger(desk: Desk) -> None:
    ids = history(desk)
    entry = desk.reception.privacy.purge(PurgeMethod.DELETE, actor=ADMIN)
    assert (entry.count, entry.method, entry.actor) == (4, "삭제", "김관리")
    assert entry.at == FIXED_NOW
    assert "방문 2건" in entry.what and "예약 1건" in entry.what and "2025-11-24" in entry.what
    assert desk.reception.privacy.ledger() == [entry.ledger_entry]
    with desk.services.uow.read() as session:
        visits = set(session.scalars(select(Visit.id)))
        visitors = set(session.scalars(select(Visitor.name)))
        outbound = set(session.scalars(select(OutboundVisit.id)))
        appointments = session.scalar(select(func.count(Appointment.id)))
    assert visits == {ids["recent_visit"]}
    assert visitors == {"재방문"}
    assert outbound == {ids["outbound_new"]}
    assert appointments == 0
    assert desk.reception.find_visitors(name="옛") == []
    assert [m.name_masked for m in desk.reception.find_visitors(phone="5555")] == ["재*문"]


def test_purge_by_anonymising_keeps_counts_without_people(desk: Desk) -> None:
    ids = history(desk)
    with desk.services.uow.read() as session:
        before = session.get(Visit, ids["old_visit"])
        assert before is not None
        version = before.version
    entry = desk.reception.privacy.purge("anonymise", actor=ADMIN)
    assert (entry.count, entry.method) == (4, "익명화")
    assert count(desk, Visit.id) == 3 and count(desk, Appointment.id) == 3
    with desk.services.uow.read() as session:
        old = session.get(Visit, ids["old_visit"])
        assert old is not None
        anonymous = session.get(Visitor, old.visitor_id)
        assert anonymous is not None and anonymous.name == ANONYMOUS_NAME
        assert anonymous.phone == "" and anonymous.anonymised_at is not None
        assert (old.requests, old.outcome, old.purpose) == ("", "", "상담")
        # A record form still open on it is refused, not allowed to write the data back.
        assert (old.version, old.updated_by) == (version + 1, ADMIN.name)
        names = set(session.scalars(select(Visitor.name)))
        customers = set(session.scalars(select(OutboundVisit.customer_name)))
    assert names == {ANONYMOUS_NAME, "재방문"}
    assert customers == {ANONYMOUS_NAME, "새고객"}
    detail = desk.reception.detail(-ids["recent_visit"])
    assert detail.visitor_name == "재방문" and not detail.anonymised
    # Anonymised records are not personal data any more: nothing is due a second time.
    assert desk.reception.privacy.preview().records == 0
    with refused_with(DomainError, "없습니다"):
        desk.reception.privacy.purge(PurgeMethod.DELETE, actor=ADMIN)
    assert len(desk.reception.privacy.ledger()) == 1


def test_purge_refusals_write_nothing(desk: Desk) -> None:
    with refused_with(DomainError, "없습니다"):
        desk.reception.privacy.purge(PurgeMethod.DELETE, actor=ADMIN)
    history(desk)
    with pytest.raises(TypeError):
        desk.reception.privacy.purge(PurgeMethod.DELETE)  # type: ignore[call-arg]
    assert count(desk, DestructionLedger.id) == 0
    assert count(desk, Visit.id) == 3


def test_purge_and_ledger_commit_together(desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    history(desk)

    def fail(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk went away mid-purge")

    monkeypatch.setattr(visitor_privacy, "record_audit", fail)
    with pytest.raises(RuntimeError):
        desk.reception.privacy.purge(PurgeMethod.DELETE, actor=ADMIN)
    assert count(desk, DestructionLedger.id) == 0
    assert count(desk, Visit.id) == 3 and count(desk, OutboundVisit.id) == 2


def test_retention_counts_whole_days(desk: Desk) -> None:
    host = desk.staff()
    desk.clock.set(seoul(2025, 11, 23, 23, 0))
    desk.reception.register_walk_in(WalkInDraft(VisitorDraft("하루전"), host.id, "문의"),
                                    actor=DESK)
    desk.clock.set(seoul(2025, 11, 24, 0, 30))
    desk.reception.register_walk_in(WalkInDraft(VisitorDraft("당일"), host.id, "문의"), actor=DESK)
    desk.clock.set(FIXED_NOW)
    assert desk.reception.privacy.preview().visits == 1
    desk.clock.advance(timedelta(days=1))
    assert desk.reception.privacy.preview().visits == 2


@pytest.mark.parametrize("method", [PurgeMethod.DELETE, PurgeMethod.ANONYMISE])
def test_purged_names_leave_no_bytes_in_the_sqlite_files(services: Services,
                                                         method: PurgeMethod) -> None:
    """secure_delete zeroes the freed cells; the purge's checkpoint empties the -wal."""
    desk = make_desk(services)
    history(desk)
    database = Path(str(services.engine.url.database))
    gone = ("옛방문", "옛노쇼", "민감한 요청", "010-1111-2222", "01033334444")
    files = (database, database.with_name(database.name + "-wal"))

    def found() -> set[str]:
        stored = b"".join(f.read_bytes() for f in files if f.exists())
        return {text for text in gone if text.encode() in stored}

    with services.engine.connect() as conn:  # before: the bytes are there, not only in a WAL
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert found() == set(gone)
    desk.reception.privacy.purge(method, actor=ADMIN)
    assert found() == set()
    assert count(desk, Visitor.id) >= 1  # what was kept is still readable


def test_the_erasing_after_a_purge_runs_on_both_backends(desk: Desk) -> None:
    """The checkpoint (SQLite) or VACUUM (PostgreSQL) succeeds, not merely logs a failure."""
    history(desk)
    desk.reception.privacy.purge(PurgeMethod.DELETE, actor=ADMIN)
    assert erase_freed_space(desk.services.engine, visitor_privacy.PURGED_TABLES)


@pytest.mark.parametrize("method", [PurgeMethod.DELETE, PurgeMethod.ANONYMISE])
def test_a_purge_rewrites_the_sqlite_backups_it_can_and_counts_the_others(
        services: Services, basedir: Path, method: PurgeMethod) -> None:
    desk = make_desk(services)
    history(desk)
    daily = services.daily_backups.take_daily()
    # Backups it cannot rewrite: one of an older schema, a PostgreSQL dump, and the copy a
    # restore kept beside the database.
    folder = backups_folder(basedir)
    older = back_up(basedir, None, backup_path(folder, BackupKind.MANUAL, datetime(2026, 1, 5),
                                               ".sqlite3"))
    conn = sqlite3.connect(older)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '0006'")
    conn.close()
    backup_path(folder, BackupKind.DAILY, datetime(2026, 1, 4), ".dump").write_bytes(b"PGDMP")
    shutil.copyfile(daily, basedir / f"{DATABASE_FILE}.before-restore-20260101-090000")
    gone = ("옛방문", "옛노쇼", "민감한 요청", "010-1111-2222", "01033334444")
    assert all(text.encode() in daily.read_bytes() for text in gone)

    result = desk.reception.privacy.purge(method, actor=ADMIN)

    assert (result.backups_rewritten, result.backups_left) == (1, 3)
    stored = daily.read_bytes()
    assert [text for text in gone if text.encode() in stored] == []
    assert not Path(f"{daily}-wal").exists() and not Path(f"{daily}-journal").exists()
    conn = sqlite3.connect(daily)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("SELECT count(*) FROM visitor WHERE name = '재방문'").fetchone()[0]
        ledger = conn.execute("SELECT method, count, actor FROM destruction_ledger").fetchall()
    finally:
        conn.close()
    assert ledger == [(result.method, result.count, "김관리")]
    assert "옛방문".encode() in older.read_bytes()  # counted as left, and it is
