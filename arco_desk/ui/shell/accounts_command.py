"""``arco-desk accounts list|add|grant|reset|unlock|disable|enable`` (issue 15): IT sets
up and keeps accounts from a script, without a window. Passwords are read from standard
input (one line), never from the command line, where other users could see them.

Whoever can run this against a database holds its credentials (the SQLite file, or a
PostgreSQL address with a password), so the command acts as an administrator; the audit
log names it and the operating-system user who ran it.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from pathlib import Path
from typing import TextIO, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from arco_desk.domain.actor import Actor
from arco_desk.domain.errors import DomainError
from arco_desk.domain.roles import Role
from arco_desk.services.accounts import AccountRow
from arco_desk.services.container import Services, open_services
from arco_desk.services.korean_records import COMMAND_LINE
from arco_desk.ui.common.messages import render
from arco_desk.ui.shell.i18n import install_translators

log = logging.getLogger("arco_desk")


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="arco-desk accounts",
                                   description="ARCO Desk accounts, for IT.")
    main.add_argument("--basedir", type=Path, help="data folder (embedded SQLite)")
    main.add_argument("--db", metavar="URL", help="database URL (default: embedded SQLite)")
    main.add_argument("--lang", choices=("ko", "en"), default="ko")
    roles = ",".join(role.value for role in Role)
    verbs = main.add_subparsers(dest="verb", required=True)
    verbs.add_parser("list", help="every account, its roles and state")
    add = verbs.add_parser("add", help="a new account; its temporary password on stdin")
    add.add_argument("login")
    add.add_argument("--staff", required=True,
                     help="the staff member: their id in the directory, or their exact name")
    add.add_argument("--roles", default="staff", help=f"comma-separated: {roles}")
    grant = verbs.add_parser("grant", help="give an account exactly these roles")
    grant.add_argument("login")
    grant.add_argument("--roles", required=True, help=f"comma-separated: {roles}")
    for verb, text in (("reset", "a temporary password (on stdin), changed at next sign-in"),
                       ("unlock", "unlock after too many wrong passwords"),
                       ("disable", "stop the account signing in"),
                       ("enable", "let a disabled account sign in again")):
        verbs.add_parser(verb, help=text).add_argument("login")
    return main


def command_line_actor() -> Actor:
    user = getpass.getuser()
    return Actor(f"cli:{user}"[:80], None, f"{COMMAND_LINE} {user}"[:40],
                 frozenset({Role.ADMIN}))


def run_accounts_command(args: argparse.Namespace, basedir: Path, *,
                         stdin: TextIO = sys.stdin, out: TextIO = sys.stdout,
                         err: TextIO = sys.stderr) -> int:
    """``args`` from :func:`parser`; 0 when done, 2 (the reason on ``err``) when refused."""
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    install_translators(cast(QApplication, app), args.lang)
    try:
        services = open_services(basedir, args.db)
    except DomainError as error:
        print(render(error.msg), file=err)
        return 2
    try:
        with services.gate.acting_as(command_line_actor()):
            _do(args, services, stdin, out)
    except DomainError as error:
        log.error("accounts %s refused: %s", args.verb, error.msg.key)
        print(render(error.msg), file=err)
        return 2
    finally:
        services.close()
    log.info("accounts %s done", args.verb)
    return 0


def _do(args: argparse.Namespace, services: Services, stdin: TextIO, out: TextIO) -> None:
    accounts, actor = services.accounts, command_line_actor()
    if args.verb == "list":
        for row in accounts.accounts(actor=actor):
            print(_line(row), file=out)
    elif args.verb == "add":
        accounts.create(_staff_id(services, args.staff), args.login, _password(stdin),
                        _roles(args.roles), actor=actor)
    elif args.verb == "grant":
        accounts.set_roles(args.login, _roles(args.roles), actor=actor)
    elif args.verb == "reset":
        accounts.reset_password(args.login, _password(stdin), actor=actor)
    elif args.verb == "unlock":
        accounts.unlock(args.login, actor=actor)
    else:
        accounts.set_active(args.login, args.verb == "enable", actor=actor)


def _line(row: AccountRow) -> str:
    state = "active" if row.active else "disabled"
    if row.locked_until is not None:
        state += f", locked until {row.locked_until:%Y-%m-%d %H:%M}"
    if row.must_change_password:
        state += ", temporary password"
    roles = ",".join(sorted(role.value for role in row.roles))
    return f"{row.login}\t{row.name}\t{roles}\t{state}"


def _password(stdin: TextIO) -> str:
    return stdin.readline().rstrip("\r\n")


def _roles(text: str) -> list[Role]:
    words = [word.strip() for word in text.split(",") if word.strip()]
    unknown = [word for word in words if word not in set(Role)]
    if unknown:
        raise SystemExit(f"unknown role: {unknown[0]} (choose from "
                         f"{', '.join(role.value for role in Role)})")
    return [Role(word) for word in words]


def _staff_id(services: Services, staff: str) -> int:
    if staff.isdigit():
        return int(staff)
    found = [record for record in services.directory.staff_rows(
        services.directory.search_ids(staff)) if record.name == staff]
    if len(found) != 1:
        raise SystemExit(f"--staff {staff!r} names {len(found)} people; give their id")
    return found[0].id

