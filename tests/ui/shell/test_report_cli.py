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

from tests.ui.shell.test_app import ROOT, run_app


def _report(basedir: Path, *args: str) -> tuple[int, str, str]:
    done = run_app("report", "--basedir", str(basedir), "--lang", "en", *args)
    return done.returncode, done.stdout, done.stderr


def test_a_month_as_xlsx_and_as_pdf_with_no_display(tmp_path: Path) -> None:
    out = tmp_path / "november.xlsx"
    code, stdout, stderr = _report(tmp_path / "data", "--from", "2026-11-01", "--to",
                                   "2026-11-30", "--format", "xlsx", "--out", str(out))
    assert code == 0, stderr
    assert stdout.strip() == f"Compliance report written to {out}."
    assert load_workbook(out).sheetnames[0] == "Summary"
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
    (("--from", "2026-11-01", "--to", "2026-11-30", "--format", "csv"),
     "Unknown format 'csv': choose xlsx or pdf."),
], ids=["reversed", "bad from", "bad to", "unknown format"])
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


def test_a_missing_option_is_argparse_usage(tmp_path: Path) -> None:
    code, _, stderr = _report(tmp_path / "data", "--from", "2026-11-01")
    assert code == 2 and "--to" in stderr
