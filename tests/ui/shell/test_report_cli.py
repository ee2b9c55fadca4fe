"""``arco-desk report`` (issue 16): the compliance report from the command line, for a
scheduled export; bad input and an unreachable database are one line on stderr and a
non-zero exit status."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from arco_desk.services.container import open_services
from tests.ui.shell.test_app import ROOT, run_app


def _report(basedir: Path, *args: str) -> tuple[int, str, str]:
    done = run_app("report", "--basedir", str(basedir), "--lang", "en", *args)
    return done.returncode, done.stdout, done.stderr


@pytest.fixture(autouse=True)
def data(tmp_path: Path) -> Path:
    """The data folder of an agency's database (made as the app makes it)."""
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    open_services(folder).close()
    return folder


def test_a_month_as_xlsx_and_as_pdf_with_no_display(tmp_path: Path) -> None:
    out = tmp_path / "november.xlsx"
    code, stdout, stderr = _report(tmp_path / "data", "--from", "2026-11-01", "--to",
                                   "2026-11-30", "--format", "xlsx", "--out", str(out))
    assert code == 0, stderr
    assert stdout.strip() == f"Compliance report written to {out}."
    book = load_workbook(out)
    assert book.sheetnames[0] == "Summary"
    words = {str(c.value) for row in book["Summary"].iter_rows() for c in row if c.value}
    assert any(w.startswith("command line ") for w in words), words  # no Korean in en
    if os.name == "posix":
        assert out.stat().st_mode & 0o777 == 0o600
    pdf = tmp_path / "november.pdf"
    # A server's scheduled job: no display and no Qt platform named; the command picks
    # the offscreen one itself.
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "ARCO_DESK_DB_URL")}
    done = subprocess.run(
        [sys.executable, "-m", "arco_desk", "report", "--basedir", str(tmp_path / "data"),
         "--from", "2026-11-01", "--to", "2026-11-30", "--format", "pdf", "--out", str(pdf)],
        capture_output=True, text=True, timeout=90, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(("args", "said"), [
    (("--from", "2026-11-30", "--to", "2026-11-01", "--format", "xlsx"),
     "The period ends (Sun 2026-11-01) before it starts (Mon 2026-11-30)."),
    (("--from", "2026-11-31", "--to", "2026-12-01", "--format", "xlsx"),
     "--from is not a date: '2026-11-31'. Write it as YYYY-MM-DD, e.g. 2026-11-01."),
    (("--from", "2026-11-01", "--to", "next week", "--format", "pdf"),
     "--to is not a date: 'next week'. Write it as YYYY-MM-DD, e.g. 2026-11-01."),
    (("--from", "20261101", "--to", "2026-11-30", "--format", "pdf"),
     "--from is not a date: '20261101'. Write it as YYYY-MM-DD, e.g. 2026-11-01."),
    (("--from", "2026-11-01", "--to", "2026-11-30", "--format", "csv"),
     "Unknown format 'csv': choose xlsx or pdf."),
], ids=["reversed", "bad from", "bad to", "not YYYY-MM-DD", "unknown format"])
def test_bad_input_is_one_line_and_status_2(tmp_path: Path, args: tuple[str, ...],
                                            said: str) -> None:
    out = tmp_path / "report.file"
    code, stdout, stderr = _report(tmp_path / "data", *args, "--out", str(out))
    assert (code, stdout, stderr.strip()) == (2, "", said)
    assert not out.exists()


def test_a_path_that_cannot_be_written(tmp_path: Path) -> None:
    out = tmp_path / "no such folder" / "report.xlsx"
    code, _, stderr = _report(tmp_path / "data", "--from", "2026-11-01", "--to", "2026-11-30",
                              "--format", "xlsx", "--out", str(out))
    assert code == 2
    assert stderr.strip() == (f"Cannot write the report to {out}: "
                              "No such file or directory.")


def test_a_database_that_cannot_be_reached(tmp_path: Path) -> None:
    code, _, stderr = _report(tmp_path / "data", "--from", "2026-11-01", "--to", "2026-11-30",
                              "--format", "xlsx", "--out", str(tmp_path / "r.xlsx"),
                              "--db", "postgresql+psycopg://nobody@127.0.0.1:9/arco")
    assert code == 2
    assert len(stderr.strip().splitlines()) == 1
    assert stderr.startswith("Cannot reach the database.")


def test_a_data_folder_without_a_database_is_refused_not_reported_empty(
        tmp_path: Path) -> None:
    mistyped = tmp_path / "dta"
    code, _, stderr = _report(mistyped, "--from", "2026-11-01", "--to", "2026-11-30",
                              "--format", "xlsx", "--out", str(tmp_path / "r.xlsx"))
    assert code == 2
    assert stderr.strip() == (f"There is no database at {mistyped / 'arco-desk.sqlite3'}. "
                              "Give the data folder that holds it (--basedir) or the "
                              "server's address (--db).")
    assert not (mistyped / "arco-desk.sqlite3").exists()
    assert not (tmp_path / "r.xlsx").exists()


@pytest.mark.parametrize("address", ["garbage://", "mysql://me:secret@db/arco"])
def test_an_address_that_is_no_database_is_one_line_without_it(
        tmp_path: Path, address: str) -> None:
    code, _, stderr = _report(tmp_path / "data", "--from", "2026-11-01", "--to", "2026-11-30",
                              "--format", "xlsx", "--out", str(tmp_path / "r.xlsx"),
                              "--db", address)
    assert code == 2
    assert stderr.strip() == ("The database address (--db or ARCO_DESK_DB_URL) is not one "
                              "ARCO Desk can use: it starts with postgresql+psycopg:// or "
                              "sqlite:///.")
    assert "secret" not in stderr


def test_a_missing_option_is_argparse_usage(tmp_path: Path) -> None:
    code, _, stderr = _report(tmp_path / "data", "--from", "2026-11-01")
    assert code == 2 and "--to" in stderr
