"""Bootstrap: arguments, data folder, logging, database, services, then the window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from arco_desk import __version__
from arco_desk.paths import Basedir, setup_logging
from arco_desk.private_folder import make_private

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from arco_desk.services.container import Services
    from arco_desk.ui.shell.main_window import MainWindow
    from arco_desk.ui.shell.single_instance import InstanceServer
    from arco_desk.ui.shell.startup import StartNotice

log = logging.getLogger("arco_desk")
DB_URL_ENV = "ARCO_DESK_DB_URL"
# Files and folders created by ARCO Desk: readable by this user only.
PRIVATE_UMASK = 0o077
# The installer refuses to run while this mutex exists (build_scripts/installer.nsi).
WINDOWS_MUTEX_NAME = "ARCO-Desk-{56767DA8-56E3-4BCC-9EFA-5EB274D79211}"
COMMANDS = ("backup", "restore")
FIRST_PAINT_WAIT_S = 3.0


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="arco-desk", description="ARCO Desk: reception desk, phone memos and complaints."
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--basedir", type=Path, help="data folder (default: per-user folder)")
    where.add_argument("--temp-basedir", action="store_true",
                       help="use a throwaway data folder, removed on exit")
    parser.add_argument("--db", metavar="URL",
                        help=f"database URL, e.g. postgresql+psycopg://user@host/arco "
                             f"(default: ${DB_URL_ENV}, else the one in this PC's settings, "
                             f"else embedded SQLite)")
    parser.add_argument("--demo", action="store_true",
                        help="fill an empty database with a realistic demo agency")
    parser.add_argument("--lang", choices=("ko", "en"), default="ko",
                        help="user interface language (default: ko)")
    parser.add_argument("--staff", action="store_true",
                        help="staff PC: start minimised (the installer's start-at-login "
                             "entry uses it)")
    parser.add_argument("--smoke-test", action="store_true",
                        help="start, check the essentials, exit 0 (or non-zero with the reason)")
    parser.add_argument("--version", action="version", version=f"ARCO Desk {__version__}")
    parser.add_argument("--pg-bin", type=Path, metavar="DIR",
                        help="backup/restore on PostgreSQL: the folder holding pg_dump and "
                             "pg_restore (default: this PC's settings, else PATH)")
    parser.add_argument("command", nargs="?", choices=COMMANDS,
                        help="backup FILE: write a copy of the database to FILE; "
                             "restore FILE: replace the database with FILE (close ARCO Desk "
                             "first; on PostgreSQL, on every PC).")
    parser.add_argument("file", nargs="?", type=Path, metavar="FILE", help=argparse.SUPPRESS)
    args = parser.parse_intermixed_args(argv)
    if (args.command is None) != (args.file is None):
        parser.error("backup and restore take one FILE")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    given = list(sys.argv[1:] if argv is None else argv)
    if given[:1] == ["accounts"]:
        return _run_accounts(given[1:])
    if given[:1] == ["report"]:
        return _run_report(given[1:])
    args = parse_args(given)
    if args.command is None:
        _hold_windows_mutex()
    # Visitors' names and numbers live in the data folder: only this user may read it.
    previous_umask = os.umask(PRIVATE_UMASK) if os.name == "posix" else None
    basedir = Basedir(args.basedir, temporary=args.temp_basedir)
    make_private(basedir.path)
    handler = setup_logging(basedir.log_file)
    log.info("ARCO Desk %s starting (process %d), data folder %s", __version__, os.getpid(),
             basedir.path)
    again: list[str] | None = None
    try:
        if args.command is not None:
            return _run_command(args, basedir)
        code, restart = _run(args, basedir)
        if restart:
            again = restart_command(args, basedir.path)
            log.info("closing to restore a backup; ARCO Desk starts again")
        return code
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
        if again is None:
            basedir.cleanup()  # a throwaway folder with a restore waiting in it is kept
        if previous_umask is not None:
            os.umask(previous_umask)
        if again is not None:
            # Last of all: this process's single-instance server and database are closed.
            _start(again)


def restart_command(args: argparse.Namespace, basedir: Path) -> list[str]:
    """The command that starts ARCO Desk again as it was started, without what was for
    one run only (``--demo``, ``--smoke-test``; a throwaway folder is named, so that the
    restore waiting in it is found)."""
    if getattr(sys, "frozen", False):
        command = [sys.executable]
    else:
        command = [sys.executable, "-m", "arco_desk"]
    if args.db:
        command += ["--db", args.db]
    if args.staff:
        command.append("--staff")
    command += ["--lang", args.lang]
    if args.basedir or args.temp_basedir:
        command += ["--basedir", str(basedir)]
    return command


def _start(command: list[str]) -> None:
    """Start ``command`` on its own: not a child that dies with this process, and without
    this process's console or pipes."""
    import subprocess  # here: a normal start never needs it (docs/architecture.md §16)

    quiet = subprocess.DEVNULL
    try:
        if sys.platform == "win32":
            subprocess.Popen(command, stdin=quiet, stdout=quiet, stderr=quiet, close_fds=True,
                             creationflags=subprocess.DETACHED_PROCESS
                             | subprocess.CREATE_NEW_PROCESS_GROUP)
        else:
            subprocess.Popen(command, stdin=quiet, stdout=quiet, stderr=quiet, close_fds=True,
                             start_new_session=True)
    except OSError as error:
        print(f"ARCO Desk could not start again ({error.strerror}); start it by hand.",
              file=sys.stderr)


def _hold_windows_mutex() -> None:
    """On Windows, a named mutex tells the installer that ARCO Desk is running.

    The handle is never closed: Windows releases it when the process ends.
    """
    if sys.platform != "win32":
        return
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]
    kernel32.CreateMutexW.restype = ctypes.c_void_p
    kernel32.CreateMutexW.argtypes = (ctypes.c_void_p, ctypes.c_bool, ctypes.c_wchar_p)
    kernel32.CreateMutexW(None, False, WINDOWS_MUTEX_NAME)


def _run(args: argparse.Namespace, basedir: Basedir) -> tuple[int, bool]:
    """The exit code, and whether to start again (a restore is waiting)."""
    # Qt first, and the main window's frame on screen before the database stack is
    # imported (docs/architecture.md §16). Nothing is imported at module level, so
    # `--help` and `--version` stay fast.
    _import_qt()
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from arco_desk.resources import resource_path
    from arco_desk.ui.common.local_settings import staff_mode
    from arco_desk.ui.shell.exception_hook import ExceptionHook
    from arco_desk.ui.shell.i18n import install_translators
    from arco_desk.ui.shell.main_window import MainWindow
    from arco_desk.ui.shell.qt_logging import install_qt_message_handler
    from arco_desk.ui.shell.single_instance import InstanceServer, ask_running_instance, server_name

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("ARCO")
    app.setApplicationName("ARCO Desk")
    app.setApplicationVersion(__version__)
    icon = resource_path("icons", "arco_desk.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    install_qt_message_handler()
    ExceptionHook(basedir.log_file, show_dialog=not args.smoke_test).install()

    name = server_name(basedir.path)
    if ask_running_instance(name):
        log.info("another instance is running for %s; asked it to come forward", basedir.path)
        return 0, False
    instance = InstanceServer(name)

    install_translators(app, args.lang)  # the translators are children of app
    if args.basedir or args.temp_basedir:
        settings = QSettings(str(basedir.path / "settings.ini"), QSettings.Format.IniFormat)
    else:
        settings = QSettings()
    if staff_mode(settings):
        args.staff = True
    window: MainWindow | None = None
    if not args.staff or args.smoke_test:
        # The desk's window at once, its sections named and empty; the sign-in asks over it
        # and the tabs fill once the database is open.
        window = MainWindow(None, settings)
        window.show()
        if args.smoke_test:
            from arco_desk.smoke import say_painted

            window.first_painted.connect(say_painted)  # the start-up benchmark's mark
        # Until its first paint (at most a few seconds: a window never exposed, e.g.
        # started minimised, must not hold the start).
        waited_until = time.monotonic() + FIRST_PAINT_WAIT_S
        while not window.painted and window.isVisible() and time.monotonic() < waited_until:
            app.processEvents()
            time.sleep(0.001)
    try:
        return _run_with_database(app, args, basedir, settings, instance, window)
    finally:
        if window is not None:
            window.close()
        instance.close()


def _import_qt() -> None:
    """Import PySide6, then give Python its own import function back. PySide6 puts one in
    front for its ``__feature__`` switches, which ARCO Desk does not use; kept, it makes
    every later import slower and keeps more memory (docs/architecture.md §16)."""
    import builtins

    own = builtins.__import__
    import PySide6.QtWidgets  # noqa: F401

    builtins.__import__ = own


def _run_with_database(app: QApplication, args: argparse.Namespace, basedir: Basedir,
                       settings: QSettings, instance: InstanceServer,
                       window: MainWindow | None) -> tuple[int, bool]:
    """Open the database (a restore or a recovery first), sign in, fill the window or
    start the staff PC's tray, and run until the end."""
    from PySide6.QtCore import QTimer

    from arco_desk.services.demo_build import build_demo
    from arco_desk.services.gate import the_agency
    from arco_desk.ui.common.local_settings import database_url, pg_bin
    from arco_desk.ui.common.signed_in import SignedInPerson
    from arco_desk.ui.shell.background import BackgroundWork
    from arco_desk.ui.shell.heap import freeze_what_start_built
    from arco_desk.ui.shell.sign_in import ask_sign_in
    from arco_desk.ui.shell.startup import folder_notice, open_database, show_notices

    url = args.db or os.environ.get(DB_URL_ENV) or database_url(settings) or None
    # A restore asked for before this start runs now; a damaged file gets the recovery
    # screen (docs/architecture.md §8).
    opened = open_database(basedir.path, url, pg_bin=pg_bin(settings),
                           interactive=not args.smoke_test)
    shared = folder_notice(basedir.path)
    if shared is not None:
        opened.notices.append(shared)
    if opened.services is None:
        return 2, False
    services = opened.services
    restart = [False]

    def quit_to_restore() -> None:
        restart[0] = True
        app.quit()

    background: BackgroundWork | None = None
    try:
        if args.demo:
            added = build_demo(services)
            log.info("demo data: %d staff and %d complaints added", added.staff,
                     added.complaints)
        # The agency's background work runs here whatever windows are open, when this
        # PC holds the agency lease (docs/architecture.md §7).
        background = BackgroundWork(services.scheduler)
        if not args.smoke_test:
            background.start()
        if window is None:
            code = _run_staff_mode(app, services, settings, instance, opened.notices,
                                   quit_to_restore)
            return code, restart[0]
        person = None
        if args.smoke_test:  # the check acts as the agency itself, every role
            services.gate.sign_in(the_agency("ARCO Desk smoke test"))
        else:  # who works here now: signed in before the window is filled
            signed = ask_sign_in(services, window)
            if signed is None:
                return 0, restart[0]
            person = SignedInPerson(signed.actor, services.gate)
        instance.raise_requested.connect(lambda: _bring_forward(window))
        window.restart_requested.connect(quit_to_restore)
        window.attach(services, person)
        show_notices(window, window.message_bar, opened.notices)
        freeze_what_start_built()  # no full collection walks them again (§18)
        if args.smoke_test:
            from arco_desk.smoke import run_smoke_checks

            # Queued after the fill: the checks see the tabs built.
            QTimer.singleShot(0, lambda: app.exit(run_smoke_checks(window, services)))
        code = app.exec()
        window.close()
        settings.sync()
        return code, restart[0]
    finally:
        if background is not None:
            background.stop()
        services.close()


def _run_command(args: argparse.Namespace, basedir: Basedir) -> int:
    """``backup FILE`` or ``restore FILE`` on the database, without a window."""
    from arco_desk.ui.shell.backup_command import run_backup_command

    url = args.db or os.environ.get(DB_URL_ENV)
    return run_backup_command(args.command, args.file, basedir.path, url, args.lang,
                              own_settings=bool(args.basedir or args.temp_basedir),
                              pg_bin=args.pg_bin)


def _run_accounts(argv: list[str]) -> int:
    """``accounts …``: IT's account commands, without a window (passwords on stdin)."""
    from arco_desk.ui.shell.accounts_command import parser, run_accounts_command

    args = parser().parse_args(argv)
    if os.name == "posix":
        os.umask(PRIVATE_UMASK)
    basedir = Basedir(args.basedir)
    handler = setup_logging(basedir.log_file)
    try:
        return run_accounts_command(args, basedir.path)
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()


def _run_report(argv: list[str]) -> int:
    """``report --from … --to … --format xlsx|pdf --out FILE``: the compliance report,
    without a window (a scheduled export)."""
    from arco_desk.ui.shell.report_command import parser, run_report_command

    args = parser().parse_args(argv)
    if os.name == "posix":
        os.umask(PRIVATE_UMASK)
    basedir = Basedir(args.basedir)
    handler = setup_logging(basedir.log_file)
    try:
        if args.db is None:
            args.db = os.environ.get(DB_URL_ENV)
        return run_report_command(args, basedir.path)
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()


def _run_staff_mode(app: QApplication, services: Services, settings: QSettings,
                    instance: InstanceServer, notices: list[StartNotice],
                    quit_to_restore: Callable[[], None]) -> int:
    """A staff PC: the tray icon and 내 메모; the full window only on demand."""
    from PySide6.QtWidgets import QSystemTrayIcon

    from arco_desk.ui.common.signed_in import SignedInPerson
    from arco_desk.ui.shell.sign_in import ask_sign_in
    from arco_desk.ui.shell.startup import show_notices
    from arco_desk.ui.staff_pc.staff_mode import StaffMode

    signed = ask_sign_in(services)  # before the tray, too
    if signed is None:
        return 0
    use_tray = QSystemTrayIcon.isSystemTrayAvailable()
    if not use_tray:
        log.info("no system tray here; the 내 메모 window stands in for it")
    staff = StaffMode(services, settings, app.windowIcon(), use_tray,
                      person=SignedInPerson(signed.actor, services.gate))
    app.setQuitOnLastWindowClosed(not use_tray)
    instance.raise_requested.connect(staff.window.bring_forward)
    staff.restart_requested.connect(quit_to_restore)
    staff.start()
    show_notices(staff.window, staff.window.message_bar, notices)
    code = int(app.exec())
    staff.watcher.stop()
    settings.sync()
    return code


def _bring_forward(window: object) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMainWindow

    assert isinstance(window, QMainWindow)
    window.setWindowState(
        (window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
    )
    window.show()
    window.raise_()
    window.activateWindow()
