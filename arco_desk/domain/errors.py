"""Refusals a user can read. Services raise these; the UI words them (by message key) and
shows them next to their fields or in the message bar."""

from __future__ import annotations

from collections.abc import Mapping

from arco_desk.domain.messages import Message, msg

# Transitional: services and the store still raise refusals worded in Korean. Such a text
# travels as this message (its template is the text itself) until they say a key too.
PLAIN_TEXT = "plain_text"


def as_message(message: Message | str) -> Message:
    """``message``, or a plain text wrapped as the transitional :data:`PLAIN_TEXT`."""
    return message if isinstance(message, Message) else msg(PLAIN_TEXT, text=message)


class DomainError(Exception):
    """A refusal: ``msg`` says what, for the operator. ``str()`` holds the key only,
    never the parameters (they can hold names and numbers and reach the log)."""

    def __init__(self, message: Message | str) -> None:
        self.msg: Message = as_message(message)
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """Transitional: the plain text of a refusal raised with one, else the key."""
        return _logged(self.msg)


class ValidationError(DomainError):
    """One or more fields are wrong. ``field_errors`` maps a field name to its message."""

    def __init__(self, field_errors: Mapping[str, Message | str]) -> None:
        self.field_errors: dict[str, Message] = {
            name: as_message(message) for name, message in field_errors.items()}
        first = next(iter(self.field_errors.values()), None)
        super().__init__(first if first is not None else msg("form.invalid"))

    def __str__(self) -> str:
        return "; ".join(f"{name}: {_logged(m)}" for name, m in self.field_errors.items())


def _logged(message: Message) -> str:
    """The key; a transitional plain text as it is (as before keys existed)."""
    text = message.params.get("text") if message.key == PLAIN_TEXT else None
    return text if isinstance(text, str) else message.key


class NotFound(DomainError):
    """The record asked for does not exist (any more)."""
