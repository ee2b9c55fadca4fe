"""A crash report never carries personal data: not in the log file, not in the dialog."""

from __future__ import annotations

import logging
import stat
import traceback
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from arco_desk.domain.reception import VisitorDraft, WalkInDraft
from arco_desk.paths import setup_logging
from arco_desk.services.container import Services
from arco_desk.store.engine import is_sqlite
from arco_desk.ui.shell.exception_hook import CrashDialog, ExceptionHook
from tests.actors import DESK
from tests.reception_desk import make_desk
from tests.ui.shell.test_app import run_app

NAME, PHONE = "홍길순", "010-9876-5432"
SECRETS = (NAME, "9876", "5432")


def _break_visitor_inserts(services: Services) -> None:
    """A real failure the store does not know (a bug, not a busy database)."""
    with services.engine.begin() as conn:
        if is_sqlite(services.engine.url):
            conn.execute(text("CREATE TRIGGER closed BEFORE INSERT ON visitor "
                              "BEGIN SELECT RAISE(ABORT, 'closed'); END"))
        else:  # its DETAIL line shows the whole failing row
            conn.execute(text("ALTER TABLE visitor ADD CONSTRAINT closed "
                              "CHECK (name <> '" + NAME + "') NOT VALID"))


def test_a_failed_query_with_a_name_leaves_no_personal_data_in_the_report(
    qtbot, any_services: Services, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    desk = make_desk(any_services)
    host = desk.staff()
    _break_visitor_inserts(any_services)
    with pytest.raises(IntegrityError) as failed:
        desk.reception.register_walk_in(
            WalkInDraft(VisitorDraft(NAME, "한빛출판사", PHONE), host.id, "상담"), actor=DESK)
    error = failed.value
    raw = "".join(traceback.format_exception(error))
    if is_sqlite(any_services.engine.url):
        assert "hide_parameters=True" in raw  # the engine never put them in the message
    else:
        assert NAME in raw and "98765432" in raw  # the server said them; the hook must not

    log_file = tmp_path / "logs" / "arco-desk.log"
    log_file.parent.mkdir()
    handler = setup_logging(log_file)
    try:
        hook = ExceptionHook(log_file, show_dialog=False)
        hook(type(error), error, error.__traceback__)
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    report, logged = hook.reports[0], log_file.read_text(encoding="utf-8")
    dialog = CrashDialog(report, log_file)
    qtbot.addWidget(dialog)
    shown = dialog.report.toPlainText()
    assert "IntegrityError" in report and "register_walk_in" in report  # still useful
    assert "uncaught exception" in logged and "register_walk_in" in logged
    for secret in SECRETS:
        assert secret not in report and secret not in logged and secret not in shown


def test_messages_are_scrubbed_of_values() -> None:
    """Values in messages go; the source lines shown are code, so they stay."""
    name, phone = "홍" + "길동", "010-" + "1234-" + "5678"
    try:
        try:
            {}[name]
        except KeyError as lookup:
            message = f"no visitor '{name}' at {phone}\nDETAIL: Key (x)=({name})"
            raise ValueError(message) from lookup
    except ValueError as error:
        hook = ExceptionHook(Path("unused.log"), show_dialog=False)
        hook(type(error), error, error.__traceback__)
    report = hook.reports[0]
    assert "KeyError" in report and "ValueError: no visitor" in report
    assert "direct cause" in report
    for secret in ("홍길동", "1234", "5678", "DETAIL"):
        assert secret not in report


def test_the_data_folder_and_its_files_are_private(tmp_path: Path) -> None:
    """New files get 0600 (umask 077); an existing, loose folder is tightened at start."""
    folder = tmp_path / "data"
    loose = [folder / "settings.ini", folder / "logs" / "arco-desk.log",
             folder / "attachments" / "1" / "민원.pdf"]
    for path in loose:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
        path.chmod(0o644)
    for path in (folder, folder / "logs", folder / "attachments", folder / "attachments" / "1"):
        path.chmod(0o755)
    unrelated = folder / "notes.txt"
    unrelated.write_text("x", encoding="utf-8")
    unrelated.chmod(0o644)

    result = run_app("--basedir", str(folder), "--smoke-test")
    assert result.returncode == 0, result.stdout + result.stderr

    def mode(path: Path) -> int:
        return stat.S_IMODE(path.stat().st_mode)

    database = folder / "arco-desk.sqlite3"
    created = [database, *(p for p in folder.glob("arco-desk.sqlite3-*"))]
    assert database.exists()
    for path in (*loose, *created):
        assert mode(path) == 0o600, path
    for path in (folder, folder / "logs", folder / "attachments", folder / "attachments" / "1"):
        assert mode(path) == 0o700, path
    assert mode(unrelated) == 0o644  # not ARCO Desk's: left alone
