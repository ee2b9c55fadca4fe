"""``arco-desk accounts …`` from the command line: passwords on stdin, refusals with a
reason and exit code 2, every change in the audit log under the command line's name."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.ui.shell.test_app import run_app


def _audit(database: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(database)
    try:
        return [(str(a), str(b)) for a, b in conn.execute(
            "SELECT action, actor FROM audit_log WHERE action LIKE 'account.%' ORDER BY id")]
    finally:
        conn.close()


def test_it_sets_up_accounts_from_a_script(tmp_path: Path) -> None:
    basedir = tmp_path / "data"
    made = run_app("--basedir", str(basedir), "--smoke-test")
    assert made.returncode == 0, made.stderr
    conn = sqlite3.connect(basedir / "arco-desk.sqlite3")
    with conn:
        conn.execute("INSERT INTO department (name, floor, main_phone, sort_order, version,"
                     " updated_by, created_at, updated_at) VALUES ('고객소통팀', '1층', '', 1,"
                     " 1, '', '2026-11-27 00:00:00', '2026-11-27 00:00:00')")
        conn.execute("INSERT INTO staff (name, department_id, position, duties, extension,"
                     " direct_line, email, floor, room, seat, presence, presence_note,"
                     " active, version, updated_by, created_at, updated_at) VALUES"
                     " ('이안내', 1, '', '', '2130', '', '', '', '', '', 'in', '', 1, 1, '',"
                     " '2026-11-27 00:00:00', '2026-11-27 00:00:00')")
    conn.close()
    base = ("accounts", "--basedir", str(basedir))
    added = run_app(*base, "add", "lee", "--staff", "이안내", "--roles", "desk,staff",
                    stdin="first-2026-pw\n")
    assert added.returncode == 0, added.stderr
    listed = run_app(*base, "list")
    assert listed.stdout.split("\t")[:3] == ["lee", "이안내", "desk,staff"]
    assert "temporary password" in listed.stdout
    weak = run_app(*base, "reset", "lee", stdin="short\n")
    assert weak.returncode == 2 and "자 이상" in weak.stderr  # the rule, in Korean
    english = run_app(*base[:1], "--lang", "en", *base[1:], "disable", "nobody")
    assert english.returncode == 2 and "no longer exists" in english.stderr
    assert run_app(*base, "grant", "lee", "--roles", "desk,lead").returncode == 0
    assert run_app(*base, "disable", "lee").returncode == 0
    audit = _audit(basedir / "arco-desk.sqlite3")
    assert [action for action, _ in audit] == [
        "account.created", "account.role_granted", "account.role_granted",
        "account.role_granted", "account.role_taken", "account.disabled"]
    assert all(actor.startswith("cli:") for _, actor in audit)
    assert "first-2026-pw" not in (basedir / "logs" / "arco-desk.log").read_text("utf-8")
