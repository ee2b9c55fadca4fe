"""Saving a form over a record another PC may have changed (docs/architecture.md §9).

The service loads the row in its write transaction, :func:`apply_edit` writes only the
fields the person changed and refuses with :class:`EditConflict` when someone else
changed one of those fields since the form was opened. The row's version column makes
the UPDATE itself conditional (``WHERE version = <loaded>``), so a change that slips in
between the read and the write is a conflict the retry reads again, never lost.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime

from arco_desk.domain.edits import Opened, plan_edit
from arco_desk.domain.errors import EditConflict
from arco_desk.domain.messages import Param, msg
from arco_desk.store.models import Versioned


def apply_edit(row: Versioned, opened: Opened, typed: Mapping[str, object]) -> dict[str, object]:
    """Write the fields of ``typed`` the person changed onto ``row``; the changes made."""
    current = {name: getattr(row, name) for name in typed}
    plan = plan_edit(opened, typed, current, row.version)
    if plan.conflicts:
        raise conflict(row, current, plan.conflicts)
    for name, value in plan.changes.items():
        setattr(row, name, value)
    return plan.changes


def conflict(row: Versioned, current: Mapping[str, object],
             names: Sequence[str]) -> EditConflict:
    """The refusal of a stale save of ``row`` for the fields ``names``."""
    return stale(current, names, changed_by=row.updated_by, changed_at=row.updated_at,
                 version=row.version)


def stale(current: Mapping[str, object], names: Sequence[str], *, changed_by: str,
          changed_at: datetime, version: int) -> EditConflict:
    """The refusal of a stale save for the fields ``names``, with their values now and no
    others: the form takes those as seen and keeps the rest as it opened them, so saving
    again does not set back a field another PC changed and this form left alone."""
    return EditConflict(
        {name: msg("edit.changed_since", value=_shown(current[name])) for name in names},
        changed_by=changed_by, changed_at=changed_at,
        current={name: current[name] for name in names}, version=version)


def _shown(value: object) -> Param:
    """A value as a message parameter; a form shows ids through its own choices."""
    if value is None:
        return ""
    if isinstance(value, (str, int, datetime, date)):
        return value
    return str(value)
