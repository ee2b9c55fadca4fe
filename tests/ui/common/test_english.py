"""With ``--lang en`` nothing the domain, the services or the store say reads in Korean:
refusals, notices, badges, statuses and every other label are worded from the English
catalogue."""

from __future__ import annotations

import sqlite3
import string
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Final

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from arco_desk.domain.calendar_business import SEOUL
from arco_desk.domain.complaint_deadline import Badge, BadgeState, badge
from arco_desk.domain.complaints import ComplaintStatus
from arco_desk.domain.deadlines import CountdownState, Period, countdown
from arco_desk.domain.directory import Presence
from arco_desk.domain.memos import MemoDraft, Route
from arco_desk.domain.messages import Message, msg
from arco_desk.domain.notifications import arrival_notice, memo_notice
from arco_desk.services.container import Services
from arco_desk.store.errors import classify
from arco_desk.ui.admin.autostart import AutoStart
from arco_desk.ui.admin.pc_settings_dialog import PcSettingsDialog
from arco_desk.ui.common.known_errors import refusals
from arco_desk.ui.common.labels import TABLES, label
from arco_desk.ui.common.message_bar import MessageBar
from arco_desk.ui.common.message_catalogue import CATALOGUE
from arco_desk.ui.common.messages import notice_words, render
from arco_desk.ui.common.status_style import badge_text
from arco_desk.ui.shell.main_window import MainWindow
from tests.actors import DESK
from tests.domain_refusals import CAL, D7, NOW, everything, nested, sayings
from tests.words import HANGUL, language

SAMPLE_MOMENT: Final = datetime(2026, 11, 24, 14, 30, tzinfo=SEOUL)


@pytest.fixture
def in_english(qapp: QApplication) -> Iterator[None]:
    with language("en"):
        yield


def _sample(spec: str) -> object:
    """A parameter for a placeholder, by its format spec (ASCII only)."""
    if "%" in spec:
        return SAMPLE_MOMENT
    if spec in ("md", "weekday"):
        return date(2026, 11, 24)
    if spec in ("hm", "largest"):
        return timedelta(hours=3, minutes=20)
    if spec == ",":
        return 20_000
    return "Sample"


def test_the_hangul_check_can_fail() -> None:
    assert HANGUL.search("처리") and HANGUL.search("ㄱ") and not HANGUL.search("Nov 24 · ✓")


def test_every_catalogue_entry_in_english_with_sample_parameters(in_english: None) -> None:
    for key, template in CATALOGUE.items():
        params = {name: _sample(spec) for _, name, spec, _ in string.Formatter().parse(template)
                  if name}
        worded = render(Message(key, params))  # type: ignore[arg-type]
        assert worded and not HANGUL.search(worded), (key, worded)


def test_every_refusal_and_saying_of_the_domain_in_english(in_english: None) -> None:
    for message in nested(everything()):
        worded = render(message)
        assert worded and not HANGUL.search(worded), (message.key, worded)


def test_every_enum_label_in_english_and_in_korean(qapp: QApplication) -> None:
    with language("en"):
        english = {member: label(member) for enum_type in TABLES for member in enum_type}
    with language("ko"):
        korean = {member: label(member) for enum_type in TABLES for member in enum_type}
    for member, worded in english.items():
        assert worded and not HANGUL.search(worded), member
        # a Korean label for every member (SNS reads the same in both)
        assert korean[member] and (HANGUL.search(korean[member]) or korean[member] == worded)


def test_badges_in_every_state_in_english(in_english: None) -> None:
    words = [badge_text(Badge(state, msg("badge.paused"))) for state in BadgeState]
    states = set()
    for message in sayings():
        words.append(render(message))
    due = datetime(2026, 11, 24, 18, tzinfo=SEOUL)
    for hours, period in ((-200, D7), (-30, D7), (-2, D7), (-9, Period.parse("3d")), (0, D7),
                          (1, D7), (3, D7), (20, D7), (60, D7), (200, D7)):
        running = countdown(CAL, due, due + timedelta(hours=hours), period)
        states.add(running.state)
        words.append(badge_text(running))
    for status, kwargs in ((ComplaintStatus.ASSIGNED, {}),
                           (ComplaintStatus.ASSIGNED, {"paused_at": NOW}),
                           (ComplaintStatus.ANSWERED, {"answered_at": NOW}),
                           (ComplaintStatus.ANSWERED, {"answered_at": due + timedelta(days=3)})):
        words.append(badge_text(badge(CAL, status, due, D7, NOW, **kwargs)))
    assert states == set(CountdownState)
    for worded in words:
        assert worded and not HANGUL.search(worded), worded


def test_tray_notices_in_english(in_english: None) -> None:
    for notice in (memo_notice(1, "Kim", "Org", ["Call back"], "About", SAMPLE_MOMENT),
                   memo_notice(2, "", "", [], "", None, escalated=True),
                   arrival_notice(3, "Lee", "", 2, "", SAMPLE_MOMENT)):
        title, text = notice_words(notice)
        assert title and not HANGUL.search(title + text), (title, text)


@pytest.fixture
def english_window(qtbot, demo_services: Services,  # type: ignore[no-untyped-def]
                   qsettings: QSettings, qapp: QApplication) -> Iterator[MainWindow]:
    with language("en"):
        win = MainWindow(demo_services, qsettings)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        yield win


def test_an_empty_memo_form_is_refused_in_english(english_window: MainWindow) -> None:
    tab = english_window.memo_tab
    assert tab.save() is None
    shown = {name: tab.form.fields.message(name) for name in tab.form.fields.labels}
    refused = {name: text for name, text in shown.items() if text}
    assert {"caller_name", "caller_phone", "target_staff_id", "message"} <= set(refused)
    assert "Enter the caller's name" in refused["caller_name"]
    for text in refused.values():
        assert not HANGUL.search(text), text


def _shown_in_english(qtbot, call: Callable[[], object]) -> str:  # type: ignore[no-untyped-def]
    """What the message bar says, in English, when ``call`` is refused."""
    bar = MessageBar()
    qtbot.addWidget(bar)
    with language("en"), refusals(bar) as outcome:
        call()
    assert outcome.refused
    return bar.text()


def _not_a_database(path: Path) -> None:
    path.write_bytes(b"this is not a database file" * 100)
    connection = sqlite3.connect(path)
    try:
        connection.execute("SELECT * FROM sqlite_master")
    except sqlite3.DatabaseError as error:
        known = classify(error)
        assert known is not None
        raise known from error
    finally:
        connection.close()


def test_service_and_store_refusals_in_english(
    qtbot, demo_services: Services, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    person = demo_services.directory.search("")[0]
    demo_services.directory.set_presence(person.id, Presence.AWAY, None, "", None, actor=DESK)
    memo = MemoDraft(caller_name="Kim", caller_org="", caller_phone="010-1234-5678",
                     caller_email="", called_at=NOW, message="About the grant",
                     target_staff_id=person.id, route=Route.STAND_IN)
    shown = {
        "store": _shown_in_english(qtbot, lambda: _not_a_database(tmp_path / "broken.db")),
        "memo": _shown_in_english(qtbot, lambda: demo_services.memos.record(memo, actor=DESK)),
        "memo claim": _shown_in_english(
            qtbot, lambda: demo_services.memos.claim(1, actor=DESK)),
        "calendar": _shown_in_english(
            qtbot, lambda: demo_services.calendar.remove_override(999_999, actor=DESK)),
    }
    assert "The database file is damaged" in shown["store"]
    assert f"{person.name} has no stand-in" in shown["memo"]
    shown["memo"] = shown["memo"].replace(person.name, "")  # the directory's data
    assert "The day off to remove was not found" in shown["calendar"]
    for what, text in shown.items():
        assert text and not HANGUL.search(text), (what, text)


def test_a_connection_check_in_english(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = PcSettingsDialog(QSettings(str(tmp_path / "settings.ini"),
                                        QSettings.Format.IniFormat),
                              AutoStart(config_home=tmp_path / "config", windows=False))
    qtbot.addWidget(dialog)
    with language("en"):
        for url in ("", "nonsense://", "mysql://db/arco"):
            dialog.url.setText(url)
            dialog.test_connection()
            text = dialog.test_result.text()
            assert text and not HANGUL.search(text), (url, text)
