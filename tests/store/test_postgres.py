"""The same store against a real PostgreSQL server (started by the test session)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete, func, inspect, select, text
from sqlalchemy import exc as sa_exc

from arco_desk.domain.directory import Presence, StaffDraft
from arco_desk.domain.errors import ValidationError
from arco_desk.services.container import Services
from arco_desk.services.demo import fill_directory
from arco_desk.store.errors import SchemaTooNew
from arco_desk.store.migrate import current_revision, head_revision
from arco_desk.store.models import AuditEntry, Department, MemoReason, Staff
from tests.actors import DESK
from tests.conftest import FIXED_NOW, fixed_clock
from tests.signed_in import open_signed_in
from tests.words import refused_with

pytestmark = pytest.mark.postgres

QUERIES = ["민원", "민준", "소통", "2131", "소통 민원", "지원 해외", "KIM", "061-900-214", "없는말"]


@pytest.fixture
def pg_services(basedir: Path, pg_url: str) -> Iterator[Services]:
    svc = open_signed_in(basedir, pg_url, clock=fixed_clock)
    yield svc
    svc.close()


def _names(services: Services, ids: list[int]) -> list[str]:
    return [r.name for r in services.directory.staff_rows(ids)]


def test_migrate_from_empty_on_postgresql(pg_services: Services, basedir: Path) -> None:
    assert pg_services.engine.dialect.name == "postgresql"
    assert pg_services.migration.from_revision is None
    assert current_revision(pg_services.engine) == head_revision()
    with pg_services.uow.read() as session:
        labels = session.scalars(select(MemoReason.label_ko).order_by(MemoReason.sort_order))
        assert list(labels) == ["전화 왔었음", "다시 전화 예정", "회신 요망", "방문 희망",
                                "회신 전화였음", "긴급"]
    assert list(basedir.iterdir()) == []  # no SQLite file, no backup beside anything


def test_moments_are_timestamptz(pg_services: Services) -> None:
    columns = {c["name"]: c["type"] for c in inspect(pg_services.engine).get_columns("staff")}
    assert getattr(columns["back_at"], "timezone", False) is True
    with pg_services.engine.connect() as conn:
        assert conn.exec_driver_sql("SHOW server_encoding").scalar() == "UTF8"


def test_newer_schema_refused_on_postgresql(pg_services: Services, pg_url: str,
                                            basedir: Path) -> None:
    with pg_services.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    pg_services.close()
    with refused_with(SchemaTooNew, "더 새로운 버전"):
        open_signed_in(basedir, pg_url)


def test_search_agrees_with_sqlite(pg_services: Services, demo_services: Services) -> None:
    assert fill_directory(pg_services.uow, FIXED_NOW) == 60
    for query in QUERIES:
        on_pg = _names(pg_services, pg_services.directory.search_ids(query))
        on_sqlite = _names(demo_services, demo_services.directory.search_ids(query))
        assert on_pg == on_sqlite, query
    assert _names(pg_services, pg_services.directory.search_ids("민원"))  # not vacuous
    away_pg = pg_services.directory.search_ids(presence=Presence.AWAY)
    away_sqlite = demo_services.directory.search_ids(presence=Presence.AWAY)
    assert _names(pg_services, away_pg) == _names(demo_services, away_sqlite)


def test_wildcards_are_literal_on_postgresql(pg_services: Services) -> None:
    directory = pg_services.directory
    department = directory.add_department("고객소통팀", actor=DESK)
    plain = directory.create_staff(StaffDraft(name="김보통", department_id=department,
                                              duties="민원"), actor=DESK)
    odd = directory.create_staff(StaffDraft(name="이특수", department_id=department,
                                            duties="환불 100%, 안내_문구"), actor=DESK)
    assert directory.search_ids("%") == [odd.id]
    assert directory.search_ids("_") == [odd.id]
    assert directory.search_ids("100%") == [odd.id]
    assert directory.search_ids("\\") == []
    assert set(directory.search_ids("")) == {plain.id, odd.id}


def test_validation_and_references_on_postgresql(pg_services: Services) -> None:
    directory = pg_services.directory
    department = directory.add_department("공연예술부", actor=DESK)
    with pytest.raises(ValidationError) as caught:
        directory.create_staff(StaffDraft(name="홍길동", department_id=department + 999),
                               actor=DESK)
    assert set(caught.value.field_errors) == {"department_id"}
    with pg_services.uow.read() as session:
        assert session.scalar(select(func.count(Staff.id))) == 0


def test_import_is_all_or_nothing_on_postgresql(pg_services: Services, tmp_path: Path) -> None:
    fill_directory(pg_services.uow, FIXED_NOW)
    temporary = pg_services.directory.add_department("임시팀", actor=DESK)
    source = tmp_path / "staff.csv"
    source.write_text(
        "이름,부서,직통번호\n"
        "가나다,고객소통팀,02-760-4500\n"
        "라마바,임시팀,\n"
        "사아자,공연예술부,010-1234-5678\n",
        encoding="utf-8-sig",
    )
    preview = pg_services.staff_import.preview(source)
    assert [r.line for r in preview.good] == [2, 3, 4]
    with pg_services.uow.write() as session:
        session.execute(delete(Department).where(Department.id == temporary))
    with pytest.raises(sa_exc.IntegrityError):
        pg_services.staff_import.commit(preview, actor=DESK)
    with pg_services.uow.read() as session:
        assert session.scalar(select(func.count(Staff.id))) == 60
        assert session.scalar(select(func.count(AuditEntry.id))
                              .where(AuditEntry.action == "staff.import")) == 0


def test_settings_on_postgresql(pg_services: Services) -> None:
    assert pg_services.settings.get("memo_escalation_minutes") == "30"
    pg_services.settings.set("memo_escalation_minutes", "20", actor=DESK)
    pg_services.settings.set("memo_escalation_minutes", "25", actor=DESK)
    assert pg_services.settings.get("memo_escalation_minutes") == "25"
