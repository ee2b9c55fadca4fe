"""The window's start path hands this PC's PostgreSQL tools folder (관리 › 이 PC 설정,
``backup/pg_bin``) to the migration backup, as the command line does."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from arco_desk.ui.shell.startup import open_database
from tests.signed_in import open_signed_in
from tests.store.test_migration_backups import _migrations, _new_version


@pytest.mark.postgres
def test_the_start_uses_the_configured_tools_folder(
        pg_url: str, basedir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    open_signed_in(basedir, pg_url).close()
    _new_version(tmp_path, monkeypatch)
    empty = tmp_path / "no-tools"
    empty.mkdir()

    with caplog.at_level(logging.WARNING):
        opened = open_database(basedir, pg_url, pg_bin=empty, interactive=False)
    assert opened.services is not None
    opened.services.close()

    # The tools are on PATH here: only the folder given made the backup impossible.
    assert "no backup taken before migrating" in caplog.text
    assert _migrations(basedir) == []
