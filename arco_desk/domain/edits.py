"""Editing a record another PC may be editing too (docs/architecture.md §9).

A form remembers what it opened (:class:`Opened`: the record's version and values). On
save, only the fields the person changed are written. If the record moved on meanwhile,
the fields both changed are a conflict; the rest merge.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Opened:
    """A record as a form first showed it: its version and its values by field."""

    version: int
    values: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class EditPlan:
    changes: dict[str, object]
    conflicts: tuple[str, ...]


_UNKNOWN = object()


def plan_edit(opened: Opened, typed: Mapping[str, object], current: Mapping[str, object],
              current_version: int) -> EditPlan:
    """What to write for ``typed`` on a record ``opened`` at one version and ``current``
    at ``current_version``.

    A field the person left as opened is not written (another PC's change to it stays).
    A field they changed is a conflict when the record moved on and that field's value
    moved too, to something else. A change that is already the current value needs no
    write. A field the form did not remember counts as changed.
    """
    moved = current_version != opened.version
    changed = {name: value for name, value in typed.items()
               if opened.values.get(name, _UNKNOWN) != value}
    conflicts = tuple(
        name for name, value in changed.items()
        if moved and current[name] != value
        and current[name] != opened.values.get(name, _UNKNOWN)
    )
    writes = {name: value for name, value in changed.items() if current[name] != value}
    return EditPlan(writes, conflicts)
