"""Opening the database at start (issue 14): a restore asked for before this start is
carried out first, while nothing has the database open; a damaged SQLite file gets the
recovery screen (restore a backup, then open) instead of a crash report; any other
refusal is said once and the program ends. What the operator should read about it
comes back as notices for the first window's message bar.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QMessageBox, QWidget

from arco_desk.domain.errors import DomainError
from arco_desk.domain.messages import msg
from arco_desk.private_folder import shared_with_others
from arco_desk.services.backup_desk import BackupDesk
from arco_desk.services.container import Services, open_services
from arco_desk.services.restore_at_start import (
    RestoreResult,
    carry_out_pending_restore,
    damaged_database,
    restore_damaged,
    restored_message,
)
from arco_desk.ui.common.dialogs import open_dialog
from arco_desk.ui.common.message_bar import MessageBar
from arco_desk.ui.common.messages import render
from arco_desk.ui.shell.recovery_dialog import RecoveryDialog

log = logging.getLogger("arco_desk")


@dataclass(frozen=True, slots=True)
class StartNotice:
    text: str
    error: bool = False


@dataclass(slots=True)
class Opened:
    """The services, or None when the program must end; and what to tell the operator."""

    services: Services | None
    notices: list[StartNotice] = field(default_factory=list)


def open_database(basedir: Path, url: str | None, *, pg_bin: Path | None = None,
                  interactive: bool = True) -> Opened:
    """Carry out a pending restore, then open the database; a damaged file goes through
    the recovery screen when ``interactive`` (else it is refused like any other).
    ``pg_bin``: the folder of PostgreSQL's client tools (None: PATH)."""
    opened = Opened(None)
    pending = carry_out_pending_restore(basedir, url, pg_bin=pg_bin)
    if pending is not None:
        opened.notices.append(StartNotice(render(pending.message()),
                                          error=pending.refusal is not None))
    recovered = False
    while True:
        try:
            opened.services = open_services(basedir, url, pg_bin=pg_bin)
            return opened
        except DomainError as error:
            refusal = error
        log.error("database refused: %s", refusal.msg.key)
        damaged = damaged_database(basedir, url, refusal)
        if damaged is None or not interactive or recovered:
            _say(refusal, interactive)
            return opened
        restored = recover(basedir, url, damaged)
        if restored is None:
            log.info("the operator quit at the recovery screen")
            return opened
        opened.notices.append(StartNotice(render(restored_message(*restored))))
        recovered = True


def folder_notice(basedir: Path) -> StartNotice | None:
    """A warning when the data folder lets more people in than its user (Windows)."""
    broad = shared_with_others(basedir)
    if not broad:
        return None
    log.warning("the data folder %s is readable by %s", basedir, ", ".join(broad))
    return StartNotice(render(msg("folder.shared", folder=str(basedir),
                                  who=", ".join(broad))), error=True)


def recover(basedir: Path, url: str | None, damaged: Path) -> tuple[Path, RestoreResult] | None:
    """Show the recovery screen until the operator restores a backup (the backup and the
    store's result) or quits (None)."""
    log.error("recovery screen shown for a damaged database at %s", damaged)
    dialog = RecoveryDialog(BackupDesk(basedir, url), damaged,
                            lambda backup: restore_damaged(basedir, url, backup))
    answer: list[tuple[Path, RestoreResult] | None] = []
    loop = QEventLoop()

    def finished(_accepted: bool) -> None:
        answer.append(dialog.restored)
        loop.quit()

    # Nothing runs underneath yet: this loop is the program's only one until the window.
    open_dialog(dialog, finished=finished)
    loop.exec()
    return answer[0] if answer else None


def show_notices(window: QWidget, bar: MessageBar,
                 notices: list[StartNotice]) -> QMessageBox | None:
    """The start's notices over the first window, in a box the operator closes (the bar
    is shared with everything else the desk says), and in its bar."""
    if not notices:
        return None
    text = " ".join(notice.text for notice in notices)
    refused = any(notice.error for notice in notices)
    if refused:
        bar.show_error(text)
    else:
        bar.show_info(text, timeout_ms=60_000)
    icon = QMessageBox.Icon.Warning if refused else QMessageBox.Icon.Information
    return open_dialog(QMessageBox(icon, "ARCO Desk", text, QMessageBox.StandardButton.Ok,
                                   window))


def _say(error: DomainError, interactive: bool) -> None:
    if interactive:
        QMessageBox.critical(None, "ARCO Desk", render(error.msg))
    else:
        print(f"smoke test failed: {render(error.msg)}", file=sys.stderr)
