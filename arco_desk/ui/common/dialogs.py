"""The one way a dialog opens: window-modal with ``open()``, deleted when it closes, its
answer delivered to callbacks, and announced so that tests can find it.

Never ``exec()``: a nested event loop lets the change feed, the heartbeat and a second
dialog run underneath code that is waiting for an answer (docs/architecture.md §4).
Code that needs the answer continues in ``accepted``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog

D = TypeVar("D", bound=QDialog)


class DialogNotifier(QObject):
    """``opened(dialog)`` each time :func:`open_dialog` shows one."""

    opened = Signal(QDialog)


class _Answer:
    def __init__(self) -> None:
        self.accepted = False

    def accept(self) -> None:
        self.accepted = True


_notifier: DialogNotifier | None = None
# A dialog without a parent window belongs to Python: kept here until Qt deletes it, or
# it would vanish as soon as the caller's reference goes.
_parentless: set[QDialog] = set()


def dialog_notifier() -> DialogNotifier:
    """The process-wide notifier (made on first use)."""
    global _notifier
    if _notifier is None:
        _notifier = DialogNotifier()
    return _notifier


def open_dialog(
    dialog: D,
    accepted: Callable[[], object] | None = None,
    *,
    finished: Callable[[bool], object] | None = None,
) -> D:
    """Show ``dialog`` window-modal and return it at once.

    ``accepted()`` runs when it is accepted (Save, OK), ``finished(accepted)`` when it
    closes either way, in that order; the dialog is deleted afterwards.
    """
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if accepted is not None:
        dialog.accepted.connect(accepted)
    if finished is not None:
        # From the signals, not from the result code: a message box finishes with the
        # button it was closed by (Yes, No…), and emits ``accepted`` for Yes and OK.
        answer = _Answer()
        dialog.accepted.connect(answer.accept)
        dialog.finished.connect(lambda _result: finished(answer.accepted))
    if dialog.parent() is None:
        _parentless.add(dialog)
        dialog.destroyed.connect(lambda: _parentless.discard(dialog))
    dialog.open()
    dialog_notifier().opened.emit(dialog)
    return dialog
