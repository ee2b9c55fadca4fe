"""Every String(n) column that stores typed text holds the longest text the domain accepts.

PostgreSQL's varchar(n) counts characters; domain/text.py counts characters after NFC,
so a kind's limit must not exceed the column of any field of that kind.
"""

from __future__ import annotations

import pytest
from sqlalchemy import String

from arco_desk.domain.text import RULES, TextKind
from arco_desk.store.models import Base

# (table, column) → the kind of text the domain cleans it as.
TYPED: dict[tuple[str, str], TextKind] = {
    ("access_record", "reason"): TextKind.SHORT_LINE,
    ("department", "name"): TextKind.LABEL,
    ("department", "floor"): TextKind.CODE,
    ("department", "main_phone"): TextKind.PHONE,
    ("staff", "name"): TextKind.PERSON_NAME,
    ("staff", "position"): TextKind.LABEL,
    ("staff", "extension"): TextKind.CODE,
    ("staff", "direct_line"): TextKind.PHONE,
    ("staff", "email"): TextKind.EMAIL,
    ("staff", "floor"): TextKind.CODE,
    ("staff", "room"): TextKind.LABEL,
    ("staff", "seat"): TextKind.LABEL,
    ("staff", "presence_note"): TextKind.SHORT_LINE,
    ("visitor", "name"): TextKind.PERSON_NAME,
    ("visitor", "organisation"): TextKind.ORGANISATION,
    ("visitor", "phone"): TextKind.PHONE,
    ("appointment", "place"): TextKind.LABEL,
    ("visit", "pass_number"): TextKind.CODE,
    ("outbound_visit", "customer_name"): TextKind.PERSON_NAME,
    ("outbound_visit", "customer_org"): TextKind.ORGANISATION,
    ("outbound_visit", "customer_phone"): TextKind.PHONE,
    ("memo_reason", "label_ko"): TextKind.LABEL,
    ("memo_reason", "label_en"): TextKind.LABEL,
    ("phone_memo", "caller_name"): TextKind.PERSON_NAME,
    ("phone_memo", "caller_org"): TextKind.ORGANISATION,
    ("phone_memo", "caller_phone"): TextKind.PHONE,
    ("phone_memo", "caller_email"): TextKind.EMAIL,
    ("transfer_log", "caller_name"): TextKind.PERSON_NAME,
    ("complaint", "citizen_name"): TextKind.PERSON_NAME,
    ("complaint", "citizen_phone"): TextKind.PHONE,
    ("complaint", "citizen_email"): TextKind.EMAIL,
    ("complaint", "title"): TextKind.SHORT_LINE,
    ("complaint_event", "actor_name"): TextKind.PERSON_NAME,
    ("audit_log", "actor_name"): TextKind.PERSON_NAME,
    ("complaint_event", "target_name"): TextKind.PERSON_NAME,
    ("calendar_override", "reason"): TextKind.SHORT_LINE,
    ("complaint", "period_basis"): TextKind.SHORT_LINE,
    ("service_standard_version", "saved_by_name"): TextKind.PERSON_NAME,
    ("destruction_ledger", "actor"): TextKind.PERSON_NAME,
}

# String columns nobody types into: codes, statuses, digits derived from a number,
# names of files chosen in a dialog, the program's own labels.
NOT_TYPED: frozenset[tuple[str, str]] = frozenset({
    # The acting person's name, copied from the directory (already cleaned there).
    *((table, "updated_by") for table in ("department", "staff", "appointment", "visit",
                                          "outbound_visit", "phone_memo", "complaint",
                                          "account")),
    # A sign-in name has a rule of its own (domain/accounts.py: ASCII letters, digits, . _ -)
    ("account", "login"),
    ("account", "password_hash"),  # made by domain/passwords.py
    ("account_role", "role"),  # domain/roles.Role values
    # An access record copies who acted and whose record it was (cleaned where typed)
    *(("access_record", column) for column in ("account", "actor_name", "pc", "action",
                                                "entity", "subject")),
    ("submission", "key"),  # 32 hex digits made by the app
    ("submission", "entity"),
    ("staff", "presence"),
    ("visitor", "phone_digits"),
    ("appointment", "status"),
    ("memo_reason", "code"),
    ("phone_memo", "caller_phone_digits"),
    ("complaint", "citizen_phone_digits"),
    ("phone_memo", "status"),
    ("phone_memo", "done_via"),
    ("phone_memo_event", "kind"),
    ("transfer_log", "number_given"),
    ("complaint", "channel"),
    ("complaint", "kind_code"),
    ("complaint", "period"),
    ("complaint", "status"),
    ("complaint_event", "kind"),
    ("complaint_event", "code"),
    ("complaint_attachment", "original_name"),
    ("complaint_attachment", "stored_path"),
    ("calendar_override", "kind"),
    ("setting", "key"),
    ("audit_log", "actor"),
    ("audit_log", "action"),
    ("audit_log", "entity"),
    ("destruction_ledger", "what"),
    ("destruction_ledger", "method"),
    ("change_event", "kind"),
})

STRING_COLUMNS = {
    (table.name, column.name): column.type.length
    for table in Base.metadata.sorted_tables
    for column in table.columns
    if isinstance(column.type, String) and column.type.length is not None
}


def test_every_string_column_is_declared_typed_or_not() -> None:
    undeclared = set(STRING_COLUMNS) - TYPED.keys() - NOT_TYPED
    assert not undeclared, f"say which kind of text these hold (or that nobody types it): " \
                           f"{sorted(undeclared)}"
    assert not (TYPED.keys() | NOT_TYPED) - set(STRING_COLUMNS), "declared columns that are gone"


@pytest.mark.parametrize(("table", "column"), sorted(TYPED))
def test_the_domain_limit_fits_the_column(table: str, column: str) -> None:
    kind = TYPED[(table, column)]
    length = STRING_COLUMNS[(table, column)]
    assert length is not None
    assert RULES[kind].limit <= length, (
        f"{table}.{column} is String({length}) but {kind.name} text may be "
        f"{RULES[kind].limit} characters")
