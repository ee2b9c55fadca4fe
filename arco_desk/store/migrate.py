"""Run Alembic at start: back up SQLite first, refuse a database newer than the app."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from arco_desk.domain.messages import msg
from arco_desk.resources import migrations_path
from arco_desk.store.errors import SchemaTooNew

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def is_known_revision(revision: str) -> bool:
    """False for a revision written by a newer ARCO Desk than this one."""
    script = ScriptDirectory.from_config(alembic_config())
    return revision in {rev.revision for rev in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, sqlite_file: Path | None = None) -> MigrationResult:
    """Bring the schema to head. ``sqlite_file`` is backed up before a real upgrade."""
    config = alembic_config()
    head = head_revision()
    current = current_revision(engine)
    if current == head:
        return MigrationResult(current, head, None)
    if current is not None and not is_known_revision(current):
        raise SchemaTooNew(msg("store.schema_too_new", revision=current))
    backup = None
    if current is not None and sqlite_file is not None and sqlite_file.exists():
        backup = backup_sqlite(sqlite_file)
        log.info("backed up %s to %s before migrating", sqlite_file, backup)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    log.info("database migrated from %s to %s", current, head)
    return MigrationResult(current, head, backup)


def backup_sqlite(path: Path) -> Path:
    """A consistent copy (SQLite's online backup, WAL included) beside the file."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = path.with_name(f"{path.stem}.backup-{stamp}{path.suffix}")
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target
