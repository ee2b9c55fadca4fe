"""``arco-desk backup FILE`` and ``arco-desk restore FILE``: no window, a line on the
console and one in the log (issue 14). Embedded SQLite, or PostgreSQL with its client
tools (``--pg-bin DIR``, else this PC's setting ``backup/pg_bin``, else PATH)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from arco_desk.domain.errors import DomainError
from arco_desk.domain.messages import msg
from arco_desk.services.backup import back_up, restore
from arco_desk.ui.common.local_settings import database_url
from arco_desk.ui.common.local_settings import pg_bin as configured_pg_bin
from arco_desk.ui.common.messages import render
from arco_desk.ui.shell.i18n import install_translators
from arco_desk.ui.shell.single_instance import ask_running_instance, server_name

log = logging.getLogger("arco_desk")


def run_backup_command(command: str, file: Path, basedir: Path, url: str | None,
                       language: str, *, own_settings: bool,
                       pg_bin: Path | None = None) -> int:
    """0 when done, 2 (with the reason on stderr) when refused."""
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    # No window, so no QApplication: the translators use QCoreApplication's methods only.
    install_translators(cast(QApplication, app), language)
    if own_settings:
        settings = QSettings(str(basedir / "settings.ini"), QSettings.Format.IniFormat)
    else:
        settings = QSettings("ARCO", "ARCO Desk")
    url = url or database_url(settings) or None
    tools = pg_bin or configured_pg_bin(settings)
    try:
        if command == "backup":
            written = back_up(basedir, url, file, pg_bin=tools)
            log.info("database backed up to %s", written)
            print(render(msg("backup.written", path=str(written))))
            return 0
        if ask_running_instance(server_name(basedir)):
            raise DomainError(msg("backup.app_running"))
        result = restore(basedir, url, file, pg_bin=tools)
        log.info("database restored from %s (schema %s), replaced one kept as %s",
                 file, result.revision, result.kept_aside)
        kept = str(result.kept_aside) if result.kept_aside is not None else "-"
        print(render(msg("backup.restored", path=str(file), kept=kept)))
        return 0
    except DomainError as error:
        log.error("%s refused: %s", command, error.msg.key)
        print(render(error.msg), file=sys.stderr)
        return 2

