"""What the domain says to a person, as a message key and its parameters.

The domain never words a refusal, a notice or a badge itself: it names the message
(``"complaint.delay_notice.after_deadline"``) and hands over the values it needs. The
UI holds the English templates and the Korean translations and words the message in
the language it runs in (``arco_desk.ui.common.messages.render``).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from types import MappingProxyType
from typing import Union

__all__ = ["Message", "Param", "msg", "one_of"]

# A datetime is worded as a moment in Asia/Seoul, a timedelta as working time, an enum
# member through the UI's label table, a nested Message recursively.
Param = Union[str, int, datetime, date, timedelta, "Message", enum.Enum]


@dataclass(frozen=True, slots=True)
class Message:
    """A stable dotted ``key`` and the values its template names.

    ``str()`` and ``repr()`` show the key only: parameters can hold names and phone
    numbers, and a message reaches the log when it is not caught.
    """

    key: str
    params: Mapping[str, Param] = field(default_factory=dict, compare=True)

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))

    def __str__(self) -> str:
        return self.key

    def __repr__(self) -> str:
        return f"Message({self.key!r})"

    def __hash__(self) -> int:
        return hash(self.key)


def msg(key: str, /, **params: Param) -> Message:
    """``Message(key, params)``: the one way the domain builds what it says."""
    return Message(key, params)


def one_of(choices: Sequence[Param]) -> Param:
    """"a", "a or b", "a or b or c": the choices joined by ``words.or``."""
    if not choices:
        raise ValueError("one_of needs at least one choice")
    if len(choices) == 1:
        return choices[0]
    return msg("words.or", first=choices[0], rest=one_of(choices[1:]))
