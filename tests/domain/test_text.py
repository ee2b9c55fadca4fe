"""The one rule set for typed text (domain/text.py): examples and Hypothesis properties."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from arco_desk.domain.errors import ValidationError
from arco_desk.domain.messages import Message, msg
from arco_desk.domain.text import (
    MAX_SEARCH_WORDS,
    RULES,
    TextKind,
    clean,
    clean_into,
    tidy,
)
from tests.words import korean

SETTINGS = settings(max_examples=300, deadline=None)
PLAIN_KINDS = [k for k in TextKind if k not in (TextKind.PHONE, TextKind.EMAIL)]

# Hangul syllables typed as separate conjoining jamo (what NFD input gives).
HAN_NFD = unicodedata.normalize("NFD", "한")

# Any text, with control characters, surrogates, jamo and line breaks well represented.
nasty = st.lists(
    st.one_of(
        st.characters(codec=None),
        st.characters(categories=["Cc", "Cs", "Zs", "Zl", "Zp"]),
        st.sampled_from(["\r\n", "\r", "\n", "\t", "\x00", "\x85", HAN_NFD, "\u1100", "\u1161"]),
    ),
    max_size=60,
).map("".join)


def _no_controls(text: str, *, newline_allowed: bool) -> bool:
    return all(
        unicodedata.category(ch) not in ("Cc", "Cs") or (newline_allowed and ch == "\n")
        for ch in text
    )


# --- properties -------------------------------------------------------------------------------


@SETTINGS
@given(kind=st.sampled_from(list(TextKind)), value=nasty)
@example(kind=TextKind.FREE_TEXT, value="a\r\nb\rc\x00d\u0085e")
@example(kind=TextKind.PERSON_NAME, value=HAN_NFD * 40)
def test_cleaning_is_idempotent_nfc_without_controls_and_within_the_limit(
    kind: TextKind, value: str
) -> None:
    rule = RULES[kind]
    try:
        cleaned = clean(kind, "field", value)
    except ValidationError as refusal:
        assert list(refusal.field_errors) == ["field"]
        return
    assert clean(kind, "field", cleaned) == cleaned
    assert unicodedata.is_normalized("NFC", cleaned)
    assert _no_controls(cleaned, newline_allowed=rule.multiline)
    assert "\r" not in cleaned
    assert cleaned == cleaned.strip()
    assert len(cleaned) <= rule.limit
    cleaned.encode("utf-8")  # no lone surrogate left


@SETTINGS
@given(kind=st.sampled_from(PLAIN_KINDS), value=nasty, extra=st.integers(1, 30))
def test_over_the_limit_is_refused_naming_the_field_and_the_limit(
    kind: TextKind, value: str, extra: int
) -> None:
    limit = RULES[kind].limit
    long = value + "가" * (limit + extra)
    with pytest.raises(ValidationError) as caught:
        clean(kind, "title", long)
    assert list(caught.value.field_errors) == ["title"]
    assert f"{limit:,}자" in korean(caught.value.field_errors["title"])


@SETTINGS
@given(value=nasty)
def test_tidy_keeps_line_breaks_only_in_multi_line_text(value: str) -> None:
    assert "\n" not in tidy(value)
    assert "\n" not in clean(TextKind.SHORT_LINE, "f", value[:50])
    assert tidy(tidy(value, multiline=True), multiline=True) == tidy(value, multiline=True)


# --- examples ---------------------------------------------------------------------------------


def test_eighty_syllables_typed_as_jamo_count_as_eighty_characters() -> None:
    typed = HAN_NFD * 80
    assert len(typed) == 240
    cleaned = clean(TextKind.SHORT_LINE, "title", typed)
    assert cleaned == "한" * 80 and len(cleaned) == 80
    assert clean(TextKind.PERSON_NAME, "name", HAN_NFD * 40) == "한" * 40
    with pytest.raises(ValidationError):
        clean(TextKind.PERSON_NAME, "name", HAN_NFD * 41)


def test_control_characters_go_line_breaks_stay_only_in_free_text() -> None:
    typed = " 첫 줄\r\n둘째\x00 줄\r셋째\t줄\x07\x9f\ud800 "
    assert clean(TextKind.FREE_TEXT, "message", typed) == "첫 줄\n둘째 줄\n셋째 줄"
    assert clean(TextKind.SHORT_LINE, "title", typed) == "첫 줄 둘째 줄 셋째 줄"
    assert clean(TextKind.PERSON_NAME, "name", "홍\x00길동\x1f") == "홍길동"


def test_emoji_and_mixed_scripts_are_kept() -> None:
    text = "Kim 영희 😀 👨‍👩‍👧 謝謝 ñ"
    assert clean(TextKind.PERSON_NAME, "name", text) == text


def test_required_empty_and_control_only_values() -> None:
    assert clean(TextKind.ORGANISATION, "org", " \x00\t ") == ""
    with pytest.raises(ValidationError) as caught:
        clean(TextKind.PERSON_NAME, "name", "\x00 ", required=msg("staff.name_required"))
    assert caught.value.field_errors == {"name": msg("staff.name_required")}


def test_phone_numbers_are_formatted_and_refused_with_an_example() -> None:
    assert clean(TextKind.PHONE, "phone", " 010\x00-1234-5678 ") == "010-1234-5678"
    with pytest.raises(ValidationError) as caught:
        clean(TextKind.PHONE, "phone", "02-760")
    assert "010-1234-5678" in korean(caught.value.field_errors["phone"])
    with pytest.raises(ValidationError) as caught:
        clean(TextKind.PHONE, "phone", "0" * 41)
    assert "40자" in korean(caught.value.field_errors["phone"])


def test_email_addresses_must_have_their_shape_and_fit() -> None:
    assert clean(TextKind.EMAIL, "email", " kim@example.com\x00") == "kim@example.com"
    for bad in ("kim@", "kim example.com", "a" * 110 + "@example.com"):
        with pytest.raises(ValidationError) as caught:
            clean(TextKind.EMAIL, "email", bad)
        assert "120자" in korean(caught.value.field_errors["email"])


def test_search_text_caps_its_words() -> None:
    words = " ".join(["문학"] * MAX_SEARCH_WORDS)
    assert clean(TextKind.SEARCH, "text", words) == words
    with pytest.raises(ValidationError) as caught:
        clean(TextKind.SEARCH, "text", words + " 공연")
    assert str(MAX_SEARCH_WORDS) in korean(caught.value.field_errors["text"])


def test_clean_into_collects_refusals_for_one_form() -> None:
    errors: dict[str, Message] = {}
    assert clean_into(errors, TextKind.PERSON_NAME, "name", "가" * 41) == ""
    assert clean_into(errors, TextKind.EMAIL, "email", "kim@") == ""
    assert clean_into(errors, TextKind.ORGANISATION, "org", " 서울문화재단 ") == "서울문화재단"
    assert set(errors) == {"name", "email"}


def test_every_text_refusal_states_its_limit() -> None:
    keys = set()
    for kind, text in ((TextKind.PERSON_NAME, "가" * 41), (TextKind.EMAIL, "kim@"),
                       (TextKind.PHONE, "12"), (TextKind.SEARCH, "a " * 9)):
        with pytest.raises(ValidationError) as caught:
            clean(kind, "f", text)
        refusal = caught.value.field_errors["f"]
        assert "limit" in refusal.params
        keys.add(refusal.key)
    assert keys == {"text.too_long", "text.email", "text.phone", "text.too_many_words"}


def test_search_words_are_tidied_and_narrowed_to_the_limits() -> None:
    from arco_desk.domain.text import MAX_SEARCH_WORDS, search_words
    assert search_words("  소음\x00민원  \u1112\u1169\u11bc ") == ["소음민원", "홍"]
    assert search_words(None) == []
    many = search_words(" ".join(f"w{i}" for i in range(1_000)))
    assert many == [f"w{i}" for i in range(MAX_SEARCH_WORDS)]
    assert search_words("가" * 20_000) == ["가" * RULES[TextKind.SEARCH].limit]


def _tidy_by_character(value: str, multiline: bool) -> str:
    """The text rule spelled out one character at a time (what ``tidy`` does at once)."""
    import re
    text = re.sub(r"\r\n?", "\n", value) if multiline else value
    kept = []
    for ch in text:
        category = unicodedata.category(ch)
        if ch == "\n" and multiline:
            kept.append(ch)
        elif category == "Cc":
            kept.append(" " if ch.isspace() else "")
        elif category != "Cs":
            kept.append(ch)
    text = unicodedata.normalize("NFC", "".join(kept))
    return text.strip() if multiline else " ".join(text.split())


@SETTINGS
@given(value=nasty, multiline=st.booleans())
def test_tidy_drops_and_spaces_exactly_the_control_characters(value: str,
                                                               multiline: bool) -> None:
    assert tidy(value, multiline=multiline) == _tidy_by_character(value, multiline)


def test_every_control_character_and_surrogate_is_handled_like_the_rule_says() -> None:
    every = "".join(chr(c) for c in (*range(0x00, 0xA0), *range(0xD7F0, 0xE010)))
    for multiline in (False, True):
        assert tidy("a" + every + "b", multiline=multiline) == _tidy_by_character(
            "a" + every + "b", multiline)



def test_narrow_search_says_when_it_shortened_the_text() -> None:
    from arco_desk.domain.text import narrow_search
    assert narrow_search("소음 민원") == narrow_search(" 소음\x00 민원 ")
    assert not narrow_search(" ".join(["문학"] * MAX_SEARCH_WORDS)).narrowed
    many = narrow_search(" ".join(["문학"] * (MAX_SEARCH_WORDS + 1)))
    assert many.narrowed and len(many.words) == MAX_SEARCH_WORDS
    limit = RULES[TextKind.SEARCH].limit
    assert not narrow_search("가" * limit).narrowed
    assert narrow_search("가" * (limit + 1)).narrowed
    assert not narrow_search(unicodedata.normalize("NFD", "한" * limit)).narrowed
    assert not narrow_search(None).narrowed and narrow_search(None).words == ()
