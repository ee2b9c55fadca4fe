"""The one path of a known error: a service's refusal (``DomainError``, including the
store's ``StoreUnavailable``) is shown — field messages under their fields, the rest in
the message bar — and the typed text stays. Anything else is a bug and goes on to the
exception hook untouched (docs/architecture.md §4).

    with refusals(self.message_bar, self.fields) as outcome:
        self.services.memos.record(draft, actor=self.actor())
    if outcome.refused:
        return
"""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from arco_desk.domain.errors import DomainError, EditConflict, ValidationError
from arco_desk.ui.common.message_bar import MessageBar
from arco_desk.ui.common.messages import render

if TYPE_CHECKING:  # form.py builds FormDialog.save on this module
    from arco_desk.ui.common.form import FieldErrors

# Where a refusal is shown: a message bar (error style), a function given the text
# (a label, the log), or nowhere (None: a convenience whose failure the next save reports).
ShownIn = MessageBar | Callable[[str], None] | None


class Outcome:
    """What became of the calls inside ``with refusals(...)``."""

    def __init__(self) -> None:
        self.error: DomainError | None = None

    @property
    def refused(self) -> bool:
        return self.error is not None


def _show(error: DomainError, shown_in: ShownIn,
          fields: FieldErrors | None) -> None:
    """A refusal under the fields it names (when ``fields`` has them); the rest where
    ``shown_in`` says."""
    if isinstance(error, ValidationError) and fields is not None:
        rest = fields.show(error)
        if isinstance(error, EditConflict):
            rest.insert(0, render(error.msg))  # who changed it, and when
        if not rest:
            return
        text = " ".join(rest)
    else:
        text = render(error.msg)
    if isinstance(shown_in, MessageBar):
        shown_in.show_error(text)
    elif shown_in is not None:
        shown_in(text)


class refusals:
    """Catches a ``DomainError`` raised inside the block, shows it and records it in the
    :class:`Outcome`; clears ``fields`` first, since this is a new attempt."""

    def __init__(self, shown_in: ShownIn, fields: FieldErrors | None = None) -> None:
        self.shown_in = shown_in
        self.fields = fields
        self.outcome = Outcome()

    def __enter__(self) -> Outcome:
        if self.fields is not None:
            self.fields.clear()
        return self.outcome

    # ``bool`` (not ``None``) tells the type checker that the block may end here, so the
    # code after the ``with`` stays reachable.
    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> bool:
        if not isinstance(error, DomainError):
            return False
        self.outcome.error = error
        _show(error, self.shown_in, self.fields)
        return True
