"""The start check walks the file only when a ``-wal`` was left beside it: a clean exit
leaves none, so a normal start pays nothing for it."""

from __future__ import annotations

from pathlib import Path

import pytest

from arco_desk.domain.errors import DomainError
from arco_desk.services.container import DATABASE_FILE
from arco_desk.store.damage import check_intact, wal_left
from arco_desk.store.engine import create_store_engine, sqlite_url
from tests.services.damaged_files import copy_back_beside_a_stale_wal
from tests.signed_in import open_signed_in


def test_a_clean_exit_leaves_no_wal_behind(
        basedir: Path) -> None:
    services = open_signed_in(basedir)
    services.directory.departments()
    services.close()
    assert not wal_left(basedir / DATABASE_FILE)


def test_a_file_copied_back_beside_a_stale_wal_is_refused_at_start(
        basedir: Path, tmp_path: Path) -> None:
    services = open_signed_in(basedir)
    services.close()
    backup = tmp_path / "copy.sqlite3"
    backup.write_bytes((basedir / DATABASE_FILE).read_bytes())
    copy_back_beside_a_stale_wal(basedir, backup)
    database = basedir / DATABASE_FILE
    assert wal_left(database)
    engine = create_store_engine(sqlite_url(database))
    try:
        with pytest.raises(DomainError) as refused:
            check_intact(engine, database)
    finally:
        engine.dispose()
    assert refused.value.msg.key == "store.malformed"
