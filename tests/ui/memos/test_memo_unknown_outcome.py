"""The memo form when the connection dies while a memo is committed (docs/architecture.md §9).

A real PostgreSQL server behind a relay that cuts the connection around the COMMIT: after
the server committed (the memo is stored, the app never hears so) or before it saw the
COMMIT (nothing is stored). The desk is told which once the database answers, never asked
to save again for a stored memo, and never gets a memo twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QVBoxLayout, QWidget
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from arco_desk.domain.directory import StaffRecord
from arco_desk.domain.messages import msg
from arco_desk.services.container import Services
from arco_desk.services.demo import fill_directory
from arco_desk.store.models import PhoneMemo
from arco_desk.ui.common.message_bar import MessageBar
from arco_desk.ui.common.messages import render
from arco_desk.ui.memos.memo_tab import MemoTab
from arco_desk.ui.memos.read_back_dialog import ReadBackDialog
from tests.actors import DESK
from tests.conftest import FIXED_NOW, PostgresServer, fixed_clock
from tests.integration.commit_cut import CommitCut, Cut
from tests.signed_in import open_signed_in
from tests.ui.conftest import Dialogs
from tests.words import language

ANSWER_MS = 10_000  # the form asks every 2 s


@pytest.fixture
def over_relay(pg_server: PostgresServer, relay: CommitCut,
               basedir: Path) -> Iterator[Services]:
    """The desk's services on a fresh PostgreSQL database, reached through the relay."""
    url = make_url(pg_server.create_database()).set(port=relay.port)
    services = open_signed_in(basedir, url.render_as_string(hide_password=False),
                             clock=fixed_clock)
    fill_directory(services.uow, FIXED_NOW)
    yield services
    services.close()


@pytest.fixture
def desk(qtbot, over_relay: Services, basedir: Path) -> Iterator[MemoTab]:  # type: ignore[no-untyped-def]
    """The phone tab with its message bar. The messages read in English here: the test
    tells them apart by their words."""
    with language("en"):
        yield from _desk(qtbot, over_relay, basedir)


def _desk(qtbot, services: Services, basedir: Path) -> Iterator[MemoTab]:  # type: ignore[no-untyped-def]
    window = QWidget()
    bar = MessageBar()
    settings = QSettings(str(basedir / "settings.ini"), QSettings.Format.IniFormat)
    tab = MemoTab(services, bar, settings, lambda: DESK, lambda: None)
    layout = QVBoxLayout(window)
    layout.addWidget(bar)
    layout.addWidget(tab)
    qtbot.addWidget(window)
    window.show()
    yield tab  # the window lives as long as the test


def colleague(services: Services) -> StaffRecord:
    department = services.directory.departments()[0]
    return services.directory.search("", department.id)[1]


def fill(tab: MemoTab, target: StaffRecord) -> None:
    form = tab.form
    form.caller_name.setText("김영희")
    form.caller_phone.setText("010-2345-6789")
    form.message.setPlainText("문학창작기금 예산 항목 문의")
    form.target.set_staff(target.id)


def memos_stored(services: Services) -> int:
    with services.uow.read() as session:
        return int(session.scalar(select(func.count()).select_from(PhoneMemo)) or 0)


def save_and_confirm(tab: MemoTab, dialogs: Dialogs) -> None:
    assert tab.save() is not None, tab.form.fields.labels
    dialogs.accept(ReadBackDialog)


def said(tab: MemoTab, key: str) -> bool:
    words = render(msg(key))
    assert words.startswith(("The connection", "Checked after")), words
    return words in tab.message_bar.text()


def test_a_memo_committed_as_the_connection_died_is_reported_saved_once(  # type: ignore[no-untyped-def]
    qtbot, desk: MemoTab, relay: CommitCut, dialogs: Dialogs
) -> None:
    services = desk.services
    fill(desk, colleague(services))
    key = desk.form.keys.current
    relay.arm(Cut.AFTER_COMMIT)
    save_and_confirm(desk, dialogs)
    assert relay.done.is_set()
    # Not known yet: the text stays, the desk is told it is being checked.
    assert desk.message_bar.level == "error" and said(desk, "store.outcome_unknown")
    assert desk.form.message.toPlainText() == "문학창작기금 예산 항목 문의"
    assert desk.form.keys.waiting and desk.form.keys.current == key
    assert memos_stored(services) == 1  # the server did commit it

    qtbot.waitUntil(lambda: said(desk, "submission.saved"), timeout=ANSWER_MS)
    assert desk.message_bar.level == "info"
    assert desk.form.caller_name.text() == "" and desk.form.message.toPlainText() == ""
    assert desk.form.keys.current != key and not desk.form.keys.waiting
    assert memos_stored(services) == 1
    assert services.submissions.was_saved(key)


def test_a_memo_lost_with_the_connection_is_reported_not_saved(  # type: ignore[no-untyped-def]
    qtbot, desk: MemoTab, relay: CommitCut, dialogs: Dialogs
) -> None:
    services = desk.services
    fill(desk, colleague(services))
    key = desk.form.keys.current
    relay.arm(Cut.BEFORE_COMMIT)
    save_and_confirm(desk, dialogs)
    assert relay.done.is_set() and said(desk, "store.outcome_unknown")

    qtbot.waitUntil(lambda: said(desk, "submission.not_saved"), timeout=ANSWER_MS)
    assert desk.message_bar.level == "error"
    assert desk.form.message.toPlainText() == "문학창작기금 예산 항목 문의"
    assert desk.form.keys.current == key and not desk.form.keys.waiting
    assert memos_stored(services) == 0 and not services.submissions.was_saved(key)

    save_and_confirm(desk, dialogs)  # the connection is back: the same memo saves, once
    assert desk.message_bar.level == "info" and desk.form.message.toPlainText() == ""
    assert memos_stored(services) == 1 and services.submissions.was_saved(key)
    assert desk.form.keys.current != key


def test_a_new_memo_gets_a_new_key(desk: MemoTab) -> None:
    key = desk.form.keys.current
    fill(desk, colleague(desk.services))
    desk.form.clear_button.click()
    assert desk.form.keys.current != key
