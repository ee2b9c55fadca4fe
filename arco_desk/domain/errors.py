"""Refusals a user can read. Services raise these; the UI words them (by message key) and
shows them next to their fields or in the message bar."""

from __future__ import annotations

from collections.abc import Mapping

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
