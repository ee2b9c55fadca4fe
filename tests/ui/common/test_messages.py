"""The catalogue and the domain agree: every key the domain says has an English template
and a Korean translation, every template names the parameters the domain passes, and a
refusal never carries its parameters into ``str()``."""

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
from arco_desk.domain.errors import PLAIN_TEXT, DomainError, ValidationError
from arco_desk.domain.messages import Message, msg, one_of
from arco_desk.ui.common.message_catalogue import CATALOGUE
from arco_desk.ui.common.messages import render
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
    keys = _domain_keys()
    assert keys - set(CATALOGUE) == set()
    assert set(CATALOGUE) - keys == {PLAIN_TEXT}


def test_every_key_is_said_by_some_domain_rule_the_tests_drive() -> None:
    said = {message.key for message in nested(everything())}
    assert set(CATALOGUE) - said == {PLAIN_TEXT}


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


def test_a_transitional_plain_text_is_shown_as_it_is() -> None:
    refusal = DomainError("데이터베이스가 잠겨 있습니다.")
    assert render(refusal.msg) == str(refusal) == "데이터베이스가 잠겨 있습니다."
