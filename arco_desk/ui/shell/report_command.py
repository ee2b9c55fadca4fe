"""``arco-desk report --from YYYY-MM-DD --to YYYY-MM-DD --format xlsx|pdf --out FILE``:
the compliance report without a window, for a scheduled export on the server (issue 16).

It acts as the agency itself (``gate.the_agency``): the whole agency's figures. ``--to``
is included. Bad input (a date that is not one, a reversed range, an unknown format, a
file that cannot be written) and a database that cannot be reached are one line on
stderr and exit status 2; the report written is one line on stdout and 0.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import re
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Final, TextIO, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from arco_desk.domain.errors import DomainError
from arco_desk.domain.messages import msg
from arco_desk.services.compliance_report import ComplianceResult
from arco_desk.services.container import Services, open_services
from arco_desk.services.gate import the_agency
from arco_desk.services.locations import sqlite_database
from arco_desk.ui.common.messages import render
from arco_desk.ui.report.pdf_report import write_pdf
from arco_desk.ui.report.xlsx_report import write_xlsx
from arco_desk.ui.shell.i18n import install_translators

log = logging.getLogger("arco_desk")

FORMATS: Final = ("xlsx", "pdf")
_DAY: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(
        prog="arco-desk report",
        description="Write the compliance report (이행실적) of a period as XLSX or PDF.")
    main.add_argument("--from", dest="first", required=True, metavar="YYYY-MM-DD",
                      help="the first day of the period")
    main.add_argument("--to", dest="last", required=True, metavar="YYYY-MM-DD",
                      help="the last day of the period (included)")
    main.add_argument("--format", required=True, metavar="xlsx|pdf", help="xlsx or pdf")
    main.add_argument("--out", required=True, type=Path, metavar="FILE",
                      help="the file to write (replaced when it exists)")
    main.add_argument("--db", metavar="URL", help="database URL (default: embedded SQLite)")
    main.add_argument("--basedir", type=Path, help="data folder (embedded SQLite)")
    main.add_argument("--lang", choices=("ko", "en"), default="ko")
    return main


def run_report_command(args: argparse.Namespace, basedir: Path, *,
                       out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """``args`` from :func:`parser`; 0 when written, 2 (the reason on ``err``) when not."""
    _application(args.format)
    install_translators(cast(QApplication, QCoreApplication.instance()), args.lang)
    try:
        first, last = _day("--from", args.first), _day("--to", args.last)
        if args.format not in FORMATS:
            raise DomainError(msg("report.unknown_format", text=args.format))
        services = _open(basedir, args.db)
    except DomainError as error:
        log.error("report refused: %s", error.msg.key)
        print(render(error.msg), file=err)
        return 2
    try:
        by = QCoreApplication.translate("ComplianceReport", "command line")
        agency = the_agency(f"{by} {getpass.getuser()}"[:40])
        with services.gate.acting_as(agency):
            result = services.compliance.report(first, last)
        _write(args.format, result, args.out, agency.name, services.clock())
    except DomainError as error:
        log.error("report refused: %s", error.msg.key)
        print(render(error.msg), file=err)
        return 2
    finally:
        services.close()
    log.info("compliance report %s – %s written as %s", first, last, args.format)
    print(render(msg("report.written", path=str(args.out))), file=out)
    return 0


def _open(basedir: Path, url: str | None) -> Services:
    """The services of an existing database: a scheduled export with a mistyped folder
    must fail, not report on a new empty database."""
    try:
        existing = sqlite_database(basedir, url)
    except ValueError:  # not a URL at all; never echoed, it may hold a password
        raise DomainError(msg("report.bad_database_address")) from None
    if existing is not None and not existing.is_file():
        raise DomainError(msg("report.no_database", path=str(existing)))
    try:
        return open_services(basedir, url)
    except ValueError:  # a URL of a database ARCO Desk does not speak
        raise DomainError(msg("report.bad_database_address")) from None


def _day(option: str, text: str) -> date:
    """``text`` as YYYY-MM-DD exactly (not the other forms ISO 8601 allows, 20261101)."""
    try:
        if not _DAY.fullmatch(text):
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise DomainError(msg("report.bad_date", option=option, text=text)) from None


def _write(kind: str, result: ComplianceResult, path: Path, by: str, at: datetime) -> None:
    try:
        (write_pdf if kind == "pdf" else write_xlsx)(result, path, by, at)
    except OSError as error:
        raise DomainError(msg("report.cannot_write", path=str(path),
                              reason=error.strerror or type(error).__name__)) from error


def _application(kind: str) -> None:
    """A PDF is drawn with fonts: it needs a QGuiApplication, offscreen when there is no
    display (a scheduled job on a server); a workbook needs no more than QCoreApplication."""
    if QCoreApplication.instance() is not None:
        return
    if kind != "pdf":
        QCoreApplication(sys.argv[:1])
        return
    from PySide6.QtGui import QGuiApplication

    no_display = (sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
                  and not os.environ.get("WAYLAND_DISPLAY"))
    if no_display and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    QGuiApplication(sys.argv[:1])
