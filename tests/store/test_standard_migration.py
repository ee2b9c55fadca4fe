"""0011 on a database at 0010 with complaints in it: every row stays, the new column is
empty, no version of the standard is written (the shipped file stays the standard), and
on PostgreSQL the role groups may read the versions and administrators add them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy import Engine

from arco_desk.store.engine import create_store_engine, sqlite_url
from arco_desk.store.migrate import migrate_to
from arco_desk.store.pg_names import role_prefix
from tests.store.test_migration_keeps_rows import _fill, _snapshot


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    url = (request.getfixturevalue("pg_url") if request.param == "postgresql"
           else sqlite_url(tmp_path / "arco-desk.sqlite3"))
    created = create_store_engine(url)
    yield created
    created.dispose()


def test_upgrade_from_0010_keeps_every_complaint(engine: Engine) -> None:
    migrate_to(engine, "0010")
    _fill(engine, 1)
    with engine.connect() as conn:
        before = conn.execute(sa.text(
            "SELECT id, kind_code, period, due_at FROM complaint ORDER BY id")).all()
    snapshot = _snapshot(engine)
    assert before

    migrate_to(engine, "0011")
    with engine.connect() as conn:
        after = conn.execute(sa.text(
            "SELECT id, kind_code, period, due_at FROM complaint ORDER BY id")).all()
        bases = conn.execute(sa.text("SELECT DISTINCT period_basis FROM complaint")).scalars()
        assert list(bases) == [""]
        versions = conn.execute(sa.text("SELECT count(*) FROM service_standard_version"))
        assert versions.scalar() == 0
        if engine.dialect.name == "postgresql":
            prefix = role_prefix(conn.execute(sa.text("SELECT current_database()")).scalar_one())
            may = conn.execute(sa.text(
                "SELECT has_table_privilege(:user, 'service_standard_version', 'SELECT'), "
                "has_table_privilege(:user, 'service_standard_version', 'INSERT'), "
                "has_table_privilege(:admin, 'service_standard_version', 'INSERT')"),
                {"user": f"{prefix}_user", "admin": f"{prefix}_admin"}).one()
            assert tuple(may) == (True, False, True)
    assert after == before
    assert {t: v for t, v in _snapshot(engine).items() if t in snapshot} == snapshot

    migrate_to(engine, "0010")  # and down again: the rows stay, the column goes
    with engine.connect() as conn:
        assert conn.execute(sa.text(
            "SELECT id, kind_code, period, due_at FROM complaint ORDER BY id")).all() == before
        columns = {c["name"] for c in sa.inspect(conn).get_columns("complaint")}
        assert "period_basis" not in columns
        assert "service_standard_version" not in sa.inspect(conn).get_table_names()
