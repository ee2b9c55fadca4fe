"""A reception form's new record, stored once whatever happens to the connection
(docs/architecture.md §9)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from arco_desk.services.submissions import OutcomeUnknown
from arco_desk.ui.common.submission_keys import SubmissionKey

T = TypeVar("T")


def create_once(keys: SubmissionKey, create: Callable[[str], T],
                save_again: Callable[[], None]) -> T:
    """``create`` the record with the form's submission key. A save whose outcome is
    unknown is raised on (the form shows it) and followed: once the database answers
    that it was stored, ``save_again`` runs, and the service returns the stored record
    for the same key. After a save the next record gets a new key."""
    try:
        created = create(keys.current)
    except OutcomeUnknown as unknown:
        keys.follow(unknown, finish=save_again)
        raise
    keys.renew()
    return created
