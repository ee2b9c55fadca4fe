"""The catalogue and the code agree: every key the domain, the services, the store and the
UI's own refusals say has an English template and a Korean translation, every template
names the parameters passed, and a refusal never carries its parameters into ``str()``."""

from __future__ import annotations

import ast
import re
import string
import xml.etree.ElementTree as ET
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Final

import pytest

from arco_desk.domain.calendar_business import SEOUL
from arco_desk.domain.complaints import ComplaintStatus
from arco_desk.domain.compliance_footnotes import FOOTNOTES
from arco_desk.domain.errors import DomainError, ValidationError
from arco_desk.domain.messages import Message, msg, one_of
from arco_desk.ui.common.message_catalogue import CATALOGUE, DOMAIN_CATALOGUE
from arco_desk.ui.common.message_catalogue_services import SERVICE_CATALOGUE
from tests.domain_refusals import everything, nested
from tests.words import english, korean

ROOT: Final = Path(__file__).resolve().parents[3]
KEY: Final = re.compile(r"[a-z_]+(?:\.[a-z_]+)+")


def _names(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _korean_templates() -> dict[str, str]:
    ts = ROOT / "resources" / "translations" / "arco_desk_ko.ts"
    found: dict[str, str] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        if context.findtext("name") != "Message":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None:
                found[message.findtext("source", "")] = translation.text or ""
    return found


def _domain_keys() -> set[str]:
    """Every dotted key spelled in the domain's source."""
    keys: set[str] = set()
    for path in (ROOT / "arco_desk" / "domain").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and KEY.fullmatch(node.value) and not node.value.endswith(".toml")):
                keys.add(node.value)
    return keys


def test_every_key_the_domain_spells_is_in_the_catalogue_and_every_entry_is_used() -> None:
    # The compliance report's footnotes have keys of their own, worded by
    # ui/report/footnote_catalogue.py (tests/ui/report/test_footnotes.py).
    keys = _domain_keys() - set(FOOTNOTES)
    assert keys - set(DOMAIN_CATALOGUE) == set()
    assert set(DOMAIN_CATALOGUE) - keys == set()


def test_every_key_is_said_by_some_domain_rule_the_tests_drive() -> None:
    said = {message.key for message in nested(everything())}
    assert set(DOMAIN_CATALOGUE) - said == set()


def _said_outside_the_domain() -> dict[str, set[frozenset[str]]]:
    """Every ``msg("key", name=...)`` in services, store and UI: key → the parameter names
    of each call."""
    said: dict[str, set[frozenset[str]]] = {}
    for folder in ("services", "store", "ui"):
        for path in (ROOT / "arco_desk" / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                        and node.func.id == "msg" and node.args
                        and isinstance(node.args[0], ast.Constant)):
                    assert all(k.arg for k in node.keywords), (path, node.lineno)  # no **
                    names = frozenset(str(k.arg) for k in node.keywords)
                    said.setdefault(str(node.args[0].value), set()).add(names)
    return said


def test_every_key_services_store_and_ui_say_is_in_the_catalogue_and_every_entry_used() -> None:
    said = _said_outside_the_domain()
    assert set(said) - set(CATALOGUE) == set()
    assert set(SERVICE_CATALOGUE) - set(said) == set()
    assert not set(SERVICE_CATALOGUE) & set(DOMAIN_CATALOGUE)


def test_service_templates_name_exactly_the_parameters_passed() -> None:
    korean_templates = _korean_templates()
    for key, calls in _said_outside_the_domain().items():
        template = CATALOGUE[key]
        names = _names(template) | _names(korean_templates[template])
        assert calls == {frozenset(names)}, key


def test_the_service_scan_sees_a_call_and_its_parameters() -> None:
    said = _said_outside_the_domain()
    assert said["reception.pass_in_use"] == {frozenset({"number"})}
    assert said["store.locked"] == {frozenset()}


def test_every_template_has_a_korean_translation() -> None:
    korean_templates = _korean_templates()
    missing = [key for key, template in CATALOGUE.items()
               if not korean_templates.get(template, "").strip()]
    assert missing == []


def test_templates_name_exactly_the_parameters_the_domain_passes() -> None:
    korean_templates = _korean_templates()
    for message in nested(everything()):
        template = CATALOGUE[message.key]
        english_names, korean_names = _names(template), _names(korean_templates[template])
        # A parameter may be for one language only (a holiday's name in each language).
        assert english_names | korean_names == set(message.params), message.key
        assert english_names <= set(message.params) >= korean_names, message.key
        assert korean(message) and english(message)


def test_str_of_a_refusal_holds_the_key_never_the_parameters() -> None:
    for message in everything():
        values = [v for v in message.params.values()
                  if type(v) is str and len(v) > 2]  # names, numbers, typed text
        for error in (DomainError(message), ValidationError({"field": message})):
            assert message.key in str(error) and message.key in repr(error.msg)
            assert not any(value in str(error) or value in repr(error) for value in values)


@pytest.mark.parametrize(("message", "ko", "en"), [
    (msg("complaint.delay_notice.beyond_limit", limit=datetime(2026, 2, 25, 9, tzinfo=SEOUL)),
     "처리 예정일은 2월 25일 09:00까지만", "25 Feb 09:00 at the latest"),
    # a moment is worded in Asia/Seoul whatever its zone
    (msg("visit.left_before_arrival", arrived_at=datetime(2026, 2, 25, 0, 30, tzinfo=None)
         .replace(tzinfo=SEOUL).astimezone(tz=None)), "도착 시각(00:30)", "arrival (00:30)"),
    (msg("calendar.already_weekend", day=date(2026, 11, 28)),
     "2026-11-28(토)은 이미 쉬는 날입니다: 토요일.", "Sat 2026-11-28 is already a day off"),
    (msg("badge.paused_left", left=timedelta(hours=19)), "보완 대기 · 2일 남음",
     "awaiting supplement · 2d left"),
    (msg("countdown.left", left=timedelta(hours=12, minutes=5)), "12시간 5분", "12h 5m"),
    (msg("complaint.step_not_now", status=ComplaintStatus.RECEIVED,
         action=msg("words.or", first="a", rest="b"),
         needed=one_of([ComplaintStatus.ASSIGNED, ComplaintStatus.IN_PROGRESS])),
     "(배정 또는 처리 중 상태에서 가능)", "(possible when Assigned or In progress)"),
    (msg("text.too_long", limit=20_000, length=20_001), "20,000자 이내", "at most 20,000"),
])
def test_render_words_parameters_for_the_language(message: Message, ko: str, en: str) -> None:
    assert ko in korean(message)
    assert en in english(message)


def test_a_service_refusal_reads_as_the_desk_has_always_read_it() -> None:
    refusal = DomainError(msg("reception.pass_in_use", number="12"))
    assert str(refusal) == "reception.pass_in_use"
    assert korean(refusal) == "출입증 12번은 아직 반납되지 않았습니다. 다른 번호를 주세요."
    assert english(refusal) == "Pass 12 has not been returned yet. Give another number."
