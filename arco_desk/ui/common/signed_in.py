"""Who works at this PC now: the person signed in (issue 15).

The one place the acting person lives. Tabs and dialogs call it for the
:class:`~arco_desk.domain.actor.Actor` of each write and read; ``changed`` tells them
when another operator takes the PC over (the idle lock's "switch operator").
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from arco_desk.domain.actor import Actor
from arco_desk.domain.roles import Permission, Reach, reach_of
from arco_desk.services.gate import Gate
from arco_desk.services.permissions import roles_of


class SignedInPerson(QObject):
    changed = Signal()

    def __init__(self, actor: Actor, gate: Gate, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actor = actor
        self._gate = gate
        gate.sign_in(actor)  # the services check this person from now on

    def __call__(self) -> Actor:
        return self._actor

    @property
    def staff_id(self) -> int | None:
        return self._actor.staff_id

    def may(self, permission: Permission) -> Reach | None:
        """How far the person may do ``permission`` (None: not at all); the UI hides or
        disables what the services would refuse."""
        return reach_of(roles_of(self._actor), permission)

    def switch_to(self, actor: Actor) -> None:
        if actor != self._actor:
            self._actor = actor
            self._gate.sign_in(actor)
            self.changed.emit()
