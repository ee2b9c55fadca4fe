"""A restore from the running program: it closes, starts itself again on the same data
folder, restores before opening the database, and keeps running (issue 14)."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from arco_desk.app import parse_args, restart_command
from arco_desk.services.backup_desk import BackupDesk
from arco_desk.services.container import DATABASE_FILE
from arco_desk.services.demo import fill_directory
from arco_desk.services.restore_at_start import PENDING_FILE
from arco_desk.ui.shell.single_instance import ask_running_instance, server_name
from tests.conftest import FIXED_NOW
from tests.services.damaged_files import staff_count
from tests.signed_in import open_signed_in

ROOT = Path(__file__).resolve().parents[3]


def test_the_command_to_start_again_keeps_the_place_and_drops_one_run_options() -> None:
    args = parse_args(["--temp-basedir", "--demo", "--lang", "en", "--db",
                       "postgresql+psycopg://desk@server/arco", "--staff"])
    command = restart_command(args, Path("/tmp/arco-desk-x"))
    assert command[:3] == [sys.executable, "-m", "arco_desk"]
    assert command[3:] == ["--db", "postgresql+psycopg://desk@server/arco", "--staff",
                           "--lang", "en", "--basedir", "/tmp/arco-desk-x"]
    plain = restart_command(parse_args(["--smoke-test"]), Path("/home/x/data"))
    assert plain[3:] == ["--lang", "ko"]  # the per-user folder is found again by itself


def _starts(log: Path) -> list[int]:
    text = log.read_text(encoding="utf-8") if log.exists() else ""
    return [int(pid) for pid in re.findall(r"starting \(process (\d+)\)", text)]


def _restored_again(log: Path) -> bool:
    """The second start has carried out (or refused) the restore."""
    text = log.read_text(encoding="utf-8") if log.exists() else ""
    after = text.split("starting (process")[2:]
    return bool(after) and ("database restored from" in after[0] or "refused" in after[0])


def test_a_restore_from_the_window_restarts_the_program_on_the_backup(  # type: ignore[no-untyped-def]
        qapp, basedir: Path) -> None:
    services = open_signed_in(basedir)
    fill_directory(services.uow, FIXED_NOW)
    services.close()
    database = basedir / DATABASE_FILE
    staff = staff_count(database)
    backup = BackupDesk(basedir, None).back_up_now()
    import sqlite3

    conn = sqlite3.connect(database)
    with conn:
        conn.execute("DELETE FROM staff WHERE id > 3")
    conn.close()

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("ARCO_DESK_DB_URL", None)
    first = subprocess.run([sys.executable, "-m", "tests.ui.shell.restore_driver",
                            str(basedir)], capture_output=True, text=True, timeout=120,
                           env=env, cwd=ROOT)
    assert first.returncode == 0, first.stderr
    log = basedir / "logs" / "arco-desk.log"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not _restored_again(log):
        time.sleep(0.2)
    starts = _starts(log)
    assert len(starts) == 2, log.read_text(encoding="utf-8")
    again = starts[1]
    try:
        assert again != starts[0]
        assert not (basedir / PENDING_FILE).exists()
        assert staff_count(database) == staff
        text = log.read_text(encoding="utf-8")
        assert "closing to restore a backup" in text
        assert f"database restored from {backup}" in text
        kept = [p for p in basedir.iterdir() if ".before-restore-" in p.name
                and not p.name.endswith("-wal")]
        assert len(kept) == 1 and staff_count(kept[0]) == 3
        # ... and the program started again goes on running on the restored data.
        assert ask_running_instance(server_name(basedir), 2000)
        time.sleep(1)
        os.kill(again, 0)  # still there
    finally:
        os.kill(again, signal.SIGTERM)
        for _ in range(100):
            try:
                os.kill(again, 0)
            except ProcessLookupError:
                break
            time.sleep(0.1)
