"""Every fuzzed call, and the public service methods deliberately left out (with why)."""

from __future__ import annotations

from typing import Final

from tests.services.fuzz import (
    calls_accounts,
    calls_admin,
    calls_complaints,
    calls_directory,
    calls_exports,
    calls_ids,
    calls_memos,
    calls_reception,
)
from tests.services.fuzz.harness import Call

# The calendar calls come early: each change weighs every open deadline, and the later
# calls leave many open.
CALLS: Final[tuple[Call, ...]] = (
    *calls_directory.CALLS,
    *calls_admin.CALLS,
    *calls_accounts.CALLS,
    *calls_reception.CALLS,
    *calls_memos.CALLS,
    *calls_complaints.CALLS,
    *calls_exports.CALLS,
    *calls_ids.CALLS,
)

# Public service methods with such parameters that are not fuzzed, and why.
LEFT_OUT: Final[dict[str, str]] = {
    "gate.sign_in": "takes the actor a sign-in made, never text",
    "gate.acting_as": "takes the agency's own actor (the demo, the command line)",
    "gate.first_look": "takes the gate's own key of a look and the clock's moment",
    "settings.get": "the key is the code's own constant; an unknown one is a KeyError (a bug)",
    "submissions.was_saved": "the key is one the app made; any other is a ValueError on purpose",
    "complaints.attachment_path": "takes an attachment record the service returned",
    "notices.notice_for": "takes a change record the change feed read",
    "memos.escalate_due": "'now' is the agency round's own clock",
    "reception.preparation_alerts_due": "'now' is the agency round's own clock",
    "backups.back_up_to": "the file is one chosen in a save dialog (tests/ui/admin)",
    "backups.request_restore": "the file is one chosen in an open dialog (tests/ui/admin)",
    "daily_backups.take_daily": "'taken_at' is the agency round's own clock",
    "daily_backups.wait": "the timeout is the program's own constant",
    "accounts.create_first_admin": "a database with accounts refuses it before reading its "
                                   "input, whose rules are accounts.create's (fuzzed)",
}
