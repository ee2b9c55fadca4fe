"""Refusals a user can read. Services raise these; the UI words them (by message key) and
shows them next to their fields or in the message bar."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from arco_desk.domain.messages import Message, msg


class DomainError(Exception):
    """A refusal: ``msg`` says what, for the operator. ``str()`` holds the key only,
    never the parameters (they can hold names and numbers and reach the log)."""

    def __init__(self, message: Message) -> None:
        self.msg: Message = message
        super().__init__(message.key)


class ValidationError(DomainError):
    """One or more fields are wrong. ``field_errors`` maps a field name to its message."""

    def __init__(self, field_errors: Mapping[str, Message]) -> None:
        self.field_errors: dict[str, Message] = dict(field_errors)
        first = next(iter(self.field_errors.values()), None)
        super().__init__(first if first is not None else msg("form.invalid"))

    def __str__(self) -> str:
        return "; ".join(f"{name}: {m.key}" for name, m in self.field_errors.items())


class NotFound(DomainError):
    """The record asked for does not exist (any more)."""


class EditConflict(ValidationError):
    """Someone else changed the same fields since the form was opened.

    ``field_errors`` names each field both changed; ``current`` holds the record's values
    now (by field) and ``version`` its version, so the form can show the new values beside
    what was typed and save over them on purpose (docs/architecture.md §9).
    """

    def __init__(self, fields: Mapping[str, Message], *, changed_by: str,
                 changed_at: datetime, current: Mapping[str, object], version: int,
                 message: Message | None = None) -> None:
        super().__init__(fields)
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.current: dict[str, object] = dict(current)
        self.version = version
        # Who changed it and when, unless the use case words it itself.
        self.msg = message or msg("edit.conflict", who=changed_by or msg("edit.someone"),
                                  at=changed_at)

    def __str__(self) -> str:
        return "edit.conflict: " + ", ".join(self.field_errors)



class PermissionDenied(DomainError):
    """The acting person's roles do not allow this (domain/roles.py's table)."""
