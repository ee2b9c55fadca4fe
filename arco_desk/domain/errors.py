"""Errors a user can read. Services raise these; the UI shows them next to fields."""

from __future__ import annotations

from collections.abc import Mapping


class DomainError(Exception):
    """A refusal with a message meant for the operator (already in plain words)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(DomainError):
    """One or more fields are wrong. ``field_errors`` maps a field name to its message."""

    def __init__(self, field_errors: Mapping[str, str]) -> None:
        self.field_errors: dict[str, str] = dict(field_errors)
        super().__init__("; ".join(self.field_errors.values()))


class NotFound(DomainError):
    """The record asked for does not exist (any more)."""
