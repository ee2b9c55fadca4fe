"""The services' door: every use case the UI reaches checks the signed-in person's
permission first, and the looks at personal data leave an access record
(docs/architecture.md §12).

:class:`Gate` holds the person signed in at this PC. :func:`guarded` puts a service
behind it: each public method named in :data:`~arco_desk.services.permissions.USE_CASES`
checks its permission against the gate's person at every call, and a method that is
not named there cannot be called through the gate at all. The container hands the UI
only guarded services; the services among themselves and the agency's background round
use the unguarded ones (their work is nobody's click).

:data:`RECORDED` names the use cases that show somebody's personal data; after each of
them returns, one access record (접속기록) is written with the gate's person.
:data:`NARROWED` names those a person's reach narrows to their own or their department's
records, :data:`MASKED` the lists that mask the names and numbers on the records the
person does not handle (docs/architecture.md §12). A list exported to a file is narrowed
and masked as the list on screen; the export writes its own access record, with the
reason it asks for (services/list_exports.py), not through :data:`RECORDED`.
"""

from __future__ import annotations

import functools
import inspect
import logging
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from types import MappingProxyType
from typing import Any, Final, TypeVar, cast

from sqlalchemy import Engine

from arco_desk.domain.access_records import AccessAction
from arco_desk.domain.actor import SYSTEM_ACCOUNT, Actor
from arco_desk.domain.clock import Clock
from arco_desk.domain.errors import PermissionDenied
from arco_desk.domain.messages import msg
from arco_desk.domain.roles import Permission, Reach, Role, Within, reach_of
from arco_desk.services.access_records import record_access
from arco_desk.services.permissions import USE_CASES, require, roles_of
from arco_desk.store.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)

T = TypeVar("T")

# The same look at the same person's data again within this time is recorded once.
SAME_LOOK: Final = timedelta(minutes=10)
_LOOKS_KEPT: Final = 10_000


def the_agency(name: str) -> Actor:
    """The agency's own work behind the gate (the demo built at start, the smoke test):
    every role, the system account, and no reach narrowing it (it owns no record of its
    own, and acts on all of them)."""
    return Actor(SYSTEM_ACCOUNT, None, name, frozenset(Role))


class Gate:
    """The person signed in at this PC, as the services check them. Nobody signed in
    (the sign-in dialog is still open, the window is locked out): every guarded use
    case that needs a permission is refused."""

    def __init__(self) -> None:
        self._actor: Actor | None = None
        self._lock = threading.Lock()
        self._looks: dict[tuple[object, ...], datetime] = {}

    def sign_in(self, actor: Actor) -> None:
        with self._lock:
            self._actor = actor

    def sign_out(self) -> None:
        with self._lock:
            self._actor = None

    @property
    def signed_in(self) -> Actor | None:
        return self._actor

    def person(self) -> Actor:
        """The person signed in; PermissionDenied when nobody is."""
        actor = self._actor
        if actor is None:
            raise PermissionDenied(msg("permission.signed_out"))
        return actor

    @contextmanager
    def acting_as(self, actor: Actor) -> Iterator[None]:
        """``actor`` behind the gate for a moment (the demo built at start, IT's command
        line), then whoever was signed in before."""
        with self._lock:
            before, self._actor = self._actor, actor
        try:
            yield
        finally:
            with self._lock:
                self._actor = before

    def first_look(self, look: tuple[object, ...], at: datetime) -> bool:
        """Whether ``look`` (who, what, which record, whose) is new: the same look again
        within :data:`SAME_LOOK` (a list refreshed, a detail opened twice) is one look,
        recorded once."""
        with self._lock:
            last = self._looks.get(look)
            if last is not None and timedelta(0) <= at - last < SAME_LOOK:
                return False
            if len(self._looks) >= _LOOKS_KEPT:
                self._looks.clear()
            self._looks[look] = at
            return True

    def within(self, permission: Permission) -> Within | None:
        """The records the signed-in person may reach with ``permission`` (their own,
        their department's); None for the whole agency's. PermissionDenied without it."""
        person = self.person()
        return _within(person, require(person, permission))

    def unmasked(self, permission: Permission) -> Within | None:
        """The records a list shows the signed-in person in full: those within their
        reach of ``permission`` (handling memos, handling complaints); None when that
        reach is the whole agency's. Without the permission at all, nobody's records
        (``Within(None, …)`` owns none): every row is masked."""
        person = self.person()
        reach = reach_of(roles_of(person), permission)
        if reach is None:
            return Within(None, Reach.OWN)
        return _within(person, reach)


def _within(person: Actor, reach: Reach) -> Within | None:
    """``reach`` as the records it covers; None for the agency's, and for the agency's own
    work (the system account owns no record, and acts on all of them)."""
    if reach >= Reach.AGENCY or person.account == SYSTEM_ACCOUNT:
        return None
    return Within(person.staff_id, reach)


@dataclass(frozen=True, slots=True)
class Recorded:
    """How one use case's look at personal data is written down: what was done, to which
    kind of record, and whose data it was. Either a record opened (its id the first
    argument, whose it is read from the answer) or a lookup (no record; whose is the
    words typed, and a lookup with nothing typed shows nobody in particular: not
    recorded)."""

    action: AccessAction
    entity: str
    whose: Callable[[Any], str] | None = None
    typed: Callable[[tuple[Any, ...], dict[str, Any]], str] | None = None

    def look(self, args: tuple[Any, ...], kwargs: dict[str, Any],
             answer: Any) -> tuple[int | None, str] | None:
        """(record id, whose data) of this call, or None when it showed nobody's."""
        if self.typed is not None:
            words = self.typed(args, kwargs)
            return (None, words) if words else None
        assert self.whose is not None
        record_id = args[0] if args and isinstance(args[0], int) else None
        return record_id, self.whose(answer)


def _opened(entity: str, whose: Callable[[Any], str]) -> Recorded:
    return Recorded(AccessAction.VIEW, entity, whose=whose)


def _typed(*names: str) -> Callable[[tuple[Any, ...], dict[str, Any]], str]:
    """The words a person was looked up by: the named arguments, positionally or not."""
    def typed(args: tuple[Any, ...], kwargs: dict[str, Any]) -> str:
        given = dict(zip(names, args, strict=False)) | {k: kwargs[k] for k in names
                                                         if k in kwargs}
        return " ".join(str(v).strip() for v in given.values() if str(v or "").strip())
    return typed


def _filter_text(args: tuple[Any, ...], kwargs: dict[str, Any]) -> str:
    """The words of a list's filter (its first argument)."""
    wanted = args[0] if args else next(iter(kwargs.values()), None)
    return str(getattr(wanted, "text", "") or "").strip()


_CALLER = _typed("phone", "name")

RECORDED: Final[Mapping[str, Mapping[str, Recorded]]] = MappingProxyType({
    "MemoService": MappingProxyType({
        "get": _opened("memo", lambda detail: detail.memo.caller_name),
        "caller_history": Recorded(AccessAction.CALLER_HISTORY, "memo", typed=_CALLER),
        "search_ids": Recorded(AccessAction.SEARCH, "memo", typed=_filter_text),
    }),
    "CallerHistoryService": MappingProxyType({
        "earlier": Recorded(AccessAction.CALLER_HISTORY, "caller", typed=_CALLER),
    }),
    "ComplaintService": MappingProxyType({
        "get": _opened("complaint", lambda detail: detail.row.citizen_name),
        "list_ids": Recorded(AccessAction.SEARCH, "complaint", typed=_filter_text),
    }),
    "ReceptionService": MappingProxyType({
        "detail": _opened("visit", lambda detail: detail.visitor_name),
        "visitor": _opened("visitor", lambda visitor: visitor.name),
        "find_visitors": Recorded(AccessAction.SEARCH, "visitor",
                                  typed=_typed("name", "phone")),
    }),
    "OutboundVisitService": MappingProxyType({
        "detail": _opened("outbound_visit", lambda detail: detail.customer_name),
    }),
})


# The use cases a person's reach narrows: with less than the whole agency's reach, they
# get ``within=`` (domain/roles.Within) and answer only for the person's own records or
# their department's.
NARROWED: Final[Mapping[str, frozenset[str]]] = MappingProxyType({
    "ListExportService": frozenset({"memos", "complaints"}),
    "MemoService": frozenset({"search_ids", "get", "open_memo", "rows", "get_row"}),
    "ComplaintService": frozenset({"list_ids", "get", "counts", "rows", "assign", "reassign",
                                   "start", "pause", "resume", "delay_notice", "answer",
                                   "follow_up", "close"}),
    # A team lead's board and hand-overs: their department's (VIEW_REPORTS, REASSIGN_WORK).
    "OverdueBoardService": frozenset({"board", "open_work", "reassign_work"}),
    # A lead's compliance report counts their department's records only.
    "ComplianceReportService": frozenset({"report"}),
})


# The lists that mask personal data (issue 15): a row shows the caller's or citizen's
# name, number and e-mail in full only when the person handles that record, that is
# when it lies within their reach of the permission named here (their own, their
# department's, the agency's); the others show 홍*동 / 010-****-5678. The use case gets
# ``unmasked=`` (domain/roles.Within, from Gate.unmasked), left out for the agency's
# reach. Opening the record (``get``, ``open_memo``) shows it in full.
MASKED: Final[Mapping[str, Mapping[str, Permission]]] = MappingProxyType({
    "ListExportService": MappingProxyType({  # a list exported is the list shown
        "memos": Permission.HANDLE_MEMOS,
        "complaints": Permission.HANDLE_COMPLAINTS,
    }),
    "MemoService": MappingProxyType({
        "rows": Permission.HANDLE_MEMOS,
        "get_row": Permission.HANDLE_MEMOS,
        "caller_history": Permission.HANDLE_MEMOS,
    }),
    "ComplaintService": MappingProxyType({
        "rows": Permission.HANDLE_COMPLAINTS,
    }),
})


class BehindGate:
    """A service seen through the gate (see the module's docstring)."""

    __slots__ = ("_clock", "_gate", "_masked", "_name", "_narrowed", "_recorded", "_service",
                 "_table", "_uow")

    def __init__(self, service: object, gate: Gate, uow: UnitOfWork, clock: Clock) -> None:
        self._service = service
        self._name = type(service).__name__
        self._table = USE_CASES[self._name]
        self._recorded = RECORDED.get(self._name, {})
        self._narrowed = NARROWED.get(self._name, frozenset())
        self._masked = MASKED.get(self._name, {})
        self._gate = gate
        self._uow = uow
        self._clock = clock

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._service, name)
        if type(attribute).__name__ in USE_CASES:  # a service inside a service
            return BehindGate(attribute, self._gate, self._uow, self._clock)
        if isinstance(attribute, UnitOfWork | Engine):
            raise AttributeError(f"{self._name}.{name}: the store is not reachable "
                                 "through the gate")
        if name.startswith("_") or not callable(attribute):
            return attribute  # a value: a period, a folder
        if name not in self._table:
            if not inspect.ismethod(attribute):
                return attribute  # the clock
            raise AttributeError(f"{self._name}.{name} is not a use case: name it in "
                                 "services/permissions.USE_CASES")
        permission = self._table[name]
        recorded = self._recorded.get(name)
        masked_by = self._masked.get(name)
        if permission is None and recorded is None and masked_by is None:
            return attribute
        narrowed = name in self._narrowed

        @functools.wraps(attribute)
        def checked(*args: Any, **kwargs: Any) -> Any:
            if permission is not None:
                within = self._gate.within(permission)
                if narrowed and within is not None:
                    kwargs["within"] = within
            if masked_by is not None:
                unmasked = self._gate.unmasked(masked_by)
                if unmasked is not None:
                    kwargs["unmasked"] = unmasked
            answer = attribute(*args, **kwargs)
            if recorded is not None:
                self._record(recorded, args, kwargs, answer)
            return answer
        return checked

    def __setattr__(self, name: str, value: Any) -> None:
        if name in BehindGate.__slots__:
            object.__setattr__(self, name, value)
        else:  # a test standing in for a use case; it stays behind the gate
            setattr(self._service, name, value)

    def __delattr__(self, name: str) -> None:
        delattr(self._service, name)

    def _record(self, recorded: Recorded, args: tuple[Any, ...], kwargs: dict[str, Any],
                answer: Any) -> None:
        look = recorded.look(args, kwargs, answer)
        if look is None:
            return
        record_id, subject = look
        actor = self._gate.person()
        at = self._clock()
        if not self._gate.first_look((actor.account, recorded.action, recorded.entity,
                                      record_id, subject), at):
            return
        with self._uow.write() as session:
            record_access(session, at, actor, recorded.action, recorded.entity, record_id,
                          subject)

    def __repr__(self) -> str:
        return f"<{self._name} behind the gate>"


def guarded(service: T, gate: Gate, uow: UnitOfWork, clock: Clock) -> T:
    """``service`` as the UI may use it: each use case checked, each look recorded."""
    return cast(T, BehindGate(service, gate, uow, clock))
