"""Password rule, one-way storage and the lockout after five failures."""

from __future__ import annotations

import unicodedata
from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from arco_desk.domain.clock import SEOUL
from arco_desk.domain.passwords import (
    LOCK_FOR,
    SignInLock,
    hash_password,
    password_refusal,
    verify_password,
)

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=SEOUL)


def _key(password: str, account: str = "kim") -> str | None:
    refusal = password_refusal(password, account)
    return refusal.key if refusal else None


def test_the_rule_wants_two_kinds_over_ten_or_three_over_eight() -> None:
    assert _key("abcdefghij") == "password.rule"  # one kind
    assert _key("abcde1234") == "password.rule"  # two kinds, nine characters
    assert _key("abcde12345") is None
    assert _key("abc12!de") is None  # three kinds, eight characters
    assert _key("ab1!") == "password.rule"
    assert _key("무궁화꽃이2026년") is None  # Hangul letters count as letters


def test_the_rule_refuses_the_account_name_control_characters_and_length() -> None:
    assert _key("xKim2026!!", "kim") == "password.contains_account"
    assert _key("abcde\x0012345") == "password.control_character"
    assert _key("a1" * 65) == "password.too_long"


def test_a_hash_verifies_its_password_only_and_never_repeats() -> None:
    stored = hash_password("abcde12345")
    assert stored.startswith("scrypt$") and "abcde12345" not in stored
    assert verify_password("abcde12345", stored)
    assert not verify_password("abcde12346", stored)
    assert hash_password("abcde12345") != stored  # a salt of its own


def test_composed_and_decomposed_hangul_are_the_same_password() -> None:
    stored = hash_password("한글비밀번호2026")
    assert verify_password(unicodedata.normalize("NFD", "한글비밀번호2026"), stored)


@settings(max_examples=30, deadline=None)
@given(st.text(max_size=40))
def test_any_stored_text_that_is_not_a_hash_never_verifies(stored: str) -> None:
    assert not verify_password("abcde12345", stored)


def test_five_failures_lock_for_thirty_minutes_then_the_count_starts_again() -> None:
    lock = SignInLock(0, None)
    for minute in range(5):
        assert not lock.is_locked(NOW + timedelta(minutes=minute))
        lock = lock.after_failure(NOW + timedelta(minutes=minute))
    last = NOW + timedelta(minutes=4)
    assert lock.locked_until() == last + LOCK_FOR
    assert lock.is_locked(last + LOCK_FOR - timedelta(seconds=1))
    assert not lock.is_locked(last + LOCK_FOR)
    again = lock.after_failure(last + LOCK_FOR)
    assert again.failures == 1 and not again.is_locked(last + LOCK_FOR)
