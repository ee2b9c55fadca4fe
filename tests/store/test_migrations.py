"""Migrations at start: from empty, no-op when current, backup first, newer schema refused."""

from __future__ import annotations

import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import inspect, select

from arco_desk.resources import migrations_path
from arco_desk.services.container import DATABASE_FILE, Services
from arco_desk.store import migrate
from arco_desk.store.backup_folder import BACKUPS_FOLDER, BackupKind, list_backups, read_name
from arco_desk.store.errors import SchemaTooNew
from arco_desk.store.migrate import current_revision, head_revision
from arco_desk.store.models import Base, MemoReason
from tests.actors import DESK
from tests.signed_in import open_signed_in
from tests.words import korean

CLASSIC_REASONS = [
    "전화 왔었음", "다시 전화 예정", "회신 요망", "방문 희망", "회신 전화였음", "긴급",
]
TEST_REVISION = "0099"


def _reopen(services: Services, basedir: Path) -> Services:
    """Open the same database again, as the next start of the program would."""
    url = None if services.engine.dialect.name == "sqlite" else services.engine.url
    return open_signed_in(
        basedir, url.render_as_string(hide_password=False) if url is not None else None
    )


def _backups(basedir: Path) -> list[Path]:
    """Every backup ARCO Desk wrote: the backups folder, and any file beside the database."""
    stray = sorted(p for p in basedir.iterdir() if ".backup" in p.name)
    return stray + [b.path for b in list_backups(basedir / BACKUPS_FOLDER)]


def test_migrate_from_empty_to_head(any_services: Services) -> None:
    result = any_services.migration
    assert result.from_revision is None
    assert result.to_revision == head_revision()
    assert result.backup is None
    assert current_revision(any_services.engine) == head_revision()

    tables = set(inspect(any_services.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables

    with any_services.uow.read() as session:
        reasons = session.execute(
            select(MemoReason.label_ko, MemoReason.active).order_by(MemoReason.sort_order)
        ).all()
    assert [label for label, _ in reasons] == CLASSIC_REASONS
    assert all(active for _, active in reasons)


# On PostgreSQL, 0010 adds a column the models do not map: the login that wrote the row
# last, set by a trigger and read by the row-level security policies (architecture §11).
POSTGRES_ONLY = {table: {"last_writer"} for table in (
    "phone_memo", "complaint", "appointment", "visit", "outbound_visit")}


def test_migrated_columns_match_the_models(any_services: Services) -> None:
    inspector = inspect(any_services.engine)
    on_postgres = any_services.engine.dialect.name == "postgresql"
    for name, table in Base.metadata.tables.items():
        columns = {c["name"] for c in inspector.get_columns(name)}
        extra = POSTGRES_ONLY.get(name, set()) if on_postgres else set()
        assert columns == set(table.columns.keys()) | extra, name


def test_second_start_is_a_no_op_without_backup(any_services: Services, basedir: Path) -> None:
    any_services.settings.set("agency_name", "아르코", actor=DESK)
    again = _reopen(any_services, basedir)
    try:
        assert again.migration.from_revision == head_revision()
        assert again.migration.to_revision == head_revision()
        assert again.migration.backup is None
        assert again.settings.get("agency_name") == "아르코"
        with again.uow.read() as session:
            assert len(session.scalars(select(MemoReason.id)).all()) == len(CLASSIC_REASONS)
    finally:
        again.close()
    assert _backups(basedir) == []


def _migrations_with_test_revision(tmp_path: Path) -> Path:
    """The real migrations plus 0099, which adds a column to ``setting``."""
    copy = tmp_path / "migrations"
    shutil.copytree(migrations_path(), copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "versions" / f"{TEST_REVISION}_test_note_column.py").write_text(
        f'''"""test only: a note column on setting"""
import sqlalchemy as sa
from alembic import op

revision = "{TEST_REVISION}"
down_revision = "{head_revision()}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("setting", sa.Column("note", sa.String(40), nullable=True))


def downgrade() -> None:
    op.drop_column("setting", "note")
''',
        encoding="utf-8",
    )
    return copy


def test_backup_is_written_before_a_real_upgrade(
    services: Services, basedir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_head = head_revision()
    services.settings.set("agency_name", "백업 전 값", actor=DESK)
    services.close()
    copy = _migrations_with_test_revision(tmp_path)
    monkeypatch.setattr(migrate, "migrations_path", lambda: copy)
    monkeypatch.setattr(migrate, "HEAD_REVISION", TEST_REVISION)
    assert head_revision() == TEST_REVISION

    upgraded = open_signed_in(basedir)
    try:
        result = upgraded.migration
        assert result.from_revision == old_head
        assert result.to_revision == TEST_REVISION
        assert current_revision(upgraded.engine) == TEST_REVISION
        setting_columns = {c["name"] for c in inspect(upgraded.engine).get_columns("setting")}
        assert "note" in setting_columns
        assert upgraded.settings.get("agency_name") == "백업 전 값"
    finally:
        upgraded.close()

    assert result.backup is not None
    assert _backups(basedir) == [result.backup]
    found = read_name(result.backup)
    assert found is not None and found.kind is BackupKind.MIGRATION and not found.postgres
    assert result.backup.parent == basedir / BACKUPS_FOLDER
    assert stat.S_IMODE(result.backup.stat().st_mode) == 0o600
    raw = sqlite3.connect(result.backup)
    try:
        (version,) = raw.execute("SELECT version_num FROM alembic_version").fetchone()
        columns = {row[1] for row in raw.execute("PRAGMA table_info(setting)")}
        (value,) = raw.execute("SELECT value FROM setting WHERE key = 'agency_name'").fetchone()
        (reasons,) = raw.execute("SELECT count(*) FROM memo_reason").fetchone()
    finally:
        raw.close()
    assert version == old_head
    assert "note" not in columns  # the schema from before the upgrade
    assert value == "백업 전 값"  # and the data
    assert reasons == len(CLASSIC_REASONS)


def test_a_fresh_database_is_not_backed_up(
    basedir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = _migrations_with_test_revision(tmp_path)
    monkeypatch.setattr(migrate, "migrations_path", lambda: copy)
    monkeypatch.setattr(migrate, "HEAD_REVISION", TEST_REVISION)
    fresh = open_signed_in(basedir)
    try:
        assert fresh.migration.from_revision is None
        assert fresh.migration.to_revision == TEST_REVISION
        assert fresh.migration.backup is None
    finally:
        fresh.close()
    assert _backups(basedir) == []


def _stamp(basedir: Path, revision: str) -> None:
    raw = sqlite3.connect(basedir / DATABASE_FILE)
    try:
        with raw:
            raw.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    finally:
        raw.close()


def test_a_newer_schema_is_refused(services: Services, basedir: Path) -> None:
    services.settings.set("agency_name", "미래의 값", actor=DESK)
    services.close()
    _stamp(basedir, "9999_future")
    before = (basedir / DATABASE_FILE).read_bytes()

    with pytest.raises(SchemaTooNew) as caught:
        open_signed_in(basedir)

    message = korean(caught.value)
    assert "더 새로운 버전" in message
    assert "9999_future" in message
    assert "업데이트" in message
    assert _backups(basedir) == []
    assert (basedir / DATABASE_FILE).read_bytes() == before  # untouched


def test_refusal_does_not_depend_on_revision_order(services: Services, basedir: Path) -> None:
    # A revision id that sorts *before* ours is still unknown, so still refused.
    services.close()
    _stamp(basedir, "0000_other_branch")
    with pytest.raises(SchemaTooNew):
        open_signed_in(basedir)


def test_head_constant_is_alembics_head() -> None:
    """A normal start compares the schema with HEAD_REVISION instead of loading Alembic:
    a new revision file must move the constant too."""
    assert migrate.script_head() == migrate.HEAD_REVISION
    assert head_revision() == migrate.script_head()


def test_current_revision_of_a_database_without_schema(tmp_path: Path) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    try:
        assert current_revision(engine) is None
    finally:
        engine.dispose()
