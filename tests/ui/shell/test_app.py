"""The application as a whole: smoke test, single instance, crash reports, languages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from arco_desk.app import parse_args
from arco_desk.ui.shell.exception_hook import CrashDialog, ExceptionHook
from arco_desk.ui.shell.i18n import install_translators
from arco_desk.ui.shell.single_instance import InstanceServer, ask_running_instance, server_name
from tests.conftest import PostgresServer

ROOT = Path(__file__).resolve().parents[3]


def run_app(*args: str, timeout: int = 90,
            stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("ARCO_DESK_DB_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "arco_desk", *args], capture_output=True, text=True,
        timeout=timeout, env=env, cwd=ROOT, input=stdin,
    )


def test_smoke_test_passes_from_source() -> None:
    result = run_app("--temp-basedir", "--demo", "--smoke-test")
    assert result.returncode == 0, result.stdout + result.stderr
    for check in ("database", "window", "translation", "holidays", "deadline"):
        assert f"smoke {check}: ok" in result.stdout


@pytest.mark.postgres
def test_it_checks_a_new_server_in_one_line_demo_accounts_and_logins_included(
        pg_server: PostgresServer) -> None:
    url = pg_server.create_database()
    result = run_app("--temp-basedir", "--db", url, "--demo", "--smoke-test", timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "smoke database: ok" in result.stdout
    with psycopg.connect(url.replace("postgresql+psycopg", "postgresql")) as conn:
        accounts = conn.execute("SELECT count(*) FROM account").fetchone()
        logins = conn.execute(
            "SELECT count(*) FROM pg_roles WHERE rolname = ANY ("
            "SELECT arco_login_role(login) FROM account) AND rolcanlogin").fetchone()
    assert accounts is not None and logins is not None
    assert accounts[0] == 60 and logins[0] == 60  # every demo member of staff can sign in


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    import sqlite3

    first = run_app("--basedir", str(tmp_path), "--smoke-test")
    assert first.returncode == 0, first.stderr
    db = sqlite3.connect(tmp_path / "arco-desk.sqlite3")
    with db:
        db.execute("UPDATE alembic_version SET version_num = '9999_future'")
    db.close()
    second = run_app("--basedir", str(tmp_path), "--smoke-test")
    assert second.returncode == 2
    assert "더 새로운 버전" in second.stderr
    assert (tmp_path / "logs" / "arco-desk.log").read_text(encoding="utf-8").count("refused")


def test_arguments() -> None:
    args = parse_args(["--temp-basedir", "--db", "postgresql+psycopg://x@h/db", "--lang", "en"])
    assert args.temp_basedir and args.db.startswith("postgresql") and args.lang == "en"
    with pytest.raises(SystemExit):
        parse_args(["--basedir", "x", "--temp-basedir"])
    with pytest.raises(SystemExit):
        parse_args(["--lang", "fr"])


def test_second_launch_asks_the_first_to_come_forward(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    name = server_name(tmp_path)
    assert name != server_name(tmp_path / "other")
    assert not ask_running_instance(name, timeout_ms=100)
    server = InstanceServer(name)
    try:
        with qtbot.waitSignal(server.raise_requested, timeout=3000):
            assert ask_running_instance(name)
    finally:
        server.close()
        server.deleteLater()
        qtbot.wait(50)


def test_crash_report_is_logged_and_copyable(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    hook = ExceptionHook(tmp_path / "arco-desk.log", show_dialog=False)
    try:
        raise RuntimeError("boom at the desk")
    except RuntimeError as error:
        hook(type(error), error, error.__traceback__)
    assert "RuntimeError: boom at the desk" in hook.reports[0]
    dialog = CrashDialog(hook.reports[0], tmp_path / "arco-desk.log")
    qtbot.addWidget(dialog)
    assert "boom at the desk" in dialog.report.toPlainText()
    assert dialog.report.isReadOnly()


def test_korean_is_complete_and_loads(qapp: QApplication) -> None:
    sys.path.insert(0, str(ROOT / "build_scripts"))
    try:
        import translations
    finally:
        sys.path.remove(str(ROOT / "build_scripts"))
    assert translations.check("ko") == [], "untranslated strings: run build_scripts/translations.py"
    installed: list[QTranslator] = install_translators(qapp, "ko")
    try:
        assert QCoreApplication.translate("MainWindow", "Staff directory") == "직원 안내"
        assert QCoreApplication.translate("Presence", "Away") == "자리 비움"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert install_translators(qapp, "en") == []
    assert QCoreApplication.translate("MainWindow", "Staff directory") == "Staff directory"


def test_compiled_catalogue_is_up_to_date() -> None:
    ts = ROOT / "resources" / "translations" / "arco_desk_ko.ts"
    qm = ts.with_suffix(".qm")
    assert qm.exists() and qm.stat().st_size > 1000
    translator = QTranslator()
    assert translator.load(str(qm))
    import xml.etree.ElementTree as ET

    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            if message.get("numerus") == "yes":  # Korean has one plural form
                expected = message.findtext("translation/numerusform", "")
                assert translator.translate(name, source, None, 2) == expected, (name, source)
                continue
            expected = message.findtext("translation", "")
            comment = message.findtext("comment")  # tells apart one source said two ways
            assert translator.translate(name, source, comment) == expected, (name, source)
