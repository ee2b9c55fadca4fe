"""Revision 0005 (complaint lifecycle, search indexes) goes down and up again cleanly."""

from __future__ import annotations

from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from arco_desk.domain.complaint_intake import ComplaintDraft
from arco_desk.services.complaint_records import ComplaintFilter
from arco_desk.services.container import Services
from arco_desk.store.migrate import alembic_config, migrate_to
from tests.actors import DESK

REVISION = "0005"


def _migrate(services: Services, target: str) -> None:
    migrate_to(services.engine, target)


def _search_objects(services: Services) -> set[str]:
    with services.engine.connect() as conn:
        if services.engine.dialect.name == "sqlite":
            return set(conn.execute(text(
                "SELECT name FROM sqlite_master WHERE name LIKE 'complaint_fts%'")).scalars())
        return set(conn.execute(text(
            "SELECT indexname FROM pg_indexes WHERE indexname LIKE '%trgm'")).scalars())


def test_down_and_up_again_keeps_search_working(any_services: Services) -> None:
    services = any_services
    before = _search_objects(services)
    assert before
    down = ScriptDirectory.from_config(alembic_config()).get_revision(REVISION).down_revision
    assert isinstance(down, str)
    _migrate(services, down)
    assert _search_objects(services) == set()
    columns = {c["name"] for c in inspect(services.engine).get_columns("complaint")}
    assert "paused_at" not in columns
    _migrate(services, "head")
    assert _search_objects(services) == before
    complaints = services.complaints
    complaints._fts = None
    complaint_id = complaints.register(ComplaintDraft(
        channel="email", kind_code="inquiry", citizen_name="검색시험", citizen_email="a@b.kr",
        title="레지던시 공모 문의", content="내용"), actor=DESK)
    assert complaints.list_ids(ComplaintFilter(text="레지던시")) == [complaint_id]
