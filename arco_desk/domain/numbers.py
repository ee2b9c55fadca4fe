"""A whole number a person types into a setting: its text read, its range checked."""

from __future__ import annotations

from arco_desk.domain.errors import ValidationError
from arco_desk.domain.messages import Message


def whole_number_in(field: str, text: str | int, low: int, high: int, *,
                    not_a_number: Message, out_of_range: Message) -> int:
    """``text`` as a number from ``low`` to ``high``; ValidationError({field: ...}) with
    ``not_a_number`` or ``out_of_range`` otherwise."""
    try:
        number = int(str(text).strip())
    except ValueError:
        raise ValidationError({field: not_a_number}) from None
    if not low <= number <= high:
        raise ValidationError({field: out_of_range})
    return number
