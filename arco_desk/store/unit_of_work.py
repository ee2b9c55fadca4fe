"""Unit of work: one session, one transaction, known errors translated.

Services open ``with uow.write(actor) as session:`` to change things (committed on a
clean exit, rolled back otherwise) and ``with uow.read() as session:`` to look.
Everything the database does for the unit of work is inside the guard: the work,
the commit and closing the session (which rolls back on a connection that may
have died meanwhile); a known failure of any of them is a ``StoreUnavailable``.

A write names its actor: every versioned row it changes is stamped ``updated_by`` with
their name, so a refused stale edit can say who got there first. When the connection
fails during the commit itself, nobody knows whether the commit happened: that is an
:class:`OutcomeUnknown`, which the form answers by asking about its submission key
(docs/architecture.md §9).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress

from sqlalchemy import Engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from arco_desk.domain.actor import Actor
from arco_desk.domain.messages import msg
from arco_desk.store.engine import reader, writer
from arco_desk.store.errors import OutcomeUnknown, Reason, classify, unavailable
from arco_desk.store.models import Versioned

_STORE_ERRORS = (sa_exc.SQLAlchemyError, OSError)


class UnitOfWork:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._read = sessionmaker(reader(engine), expire_on_commit=False, autoflush=False)
        self._write = sessionmaker(writer(engine), expire_on_commit=False)

    def rebind(self, engine: Engine) -> Engine:
        """Work over ``engine`` from the next unit of work on (the PC connecting as the
        person signed in, docs/architecture.md §11); returns the engine used before. A
        unit of work already open finishes on the connection it has."""
        before = self.engine
        self.engine = engine
        self._read = sessionmaker(reader(engine), expire_on_commit=False, autoflush=False)
        self._write = sessionmaker(writer(engine), expire_on_commit=False)
        return before

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._guard(self._read) as session:
            session.info[_READ] = True
            yield session

    @contextmanager
    def write(self, actor: Actor | None = None) -> Iterator[Session]:
        with self._guard(self._write) as session:
            session.info[_ACTOR] = actor
            yield session
            try:
                session.commit()
            except _STORE_ERRORS as error:
                known = classify(error)
                if known is not None and known.reason in _COMMIT_UNKNOWN:
                    raise OutcomeUnknown(msg("store.outcome_unknown"), known.reason) from error
                raise

    @contextmanager
    def _guard(self, factory: sessionmaker[Session]) -> Iterator[Session]:
        session = factory()
        try:
            yield session
        except StaleDataError as error:
            # Another PC's UPDATE got to a versioned row between our read and our write:
            # a conflict like a deadlock, and the retry reads the row again.
            _discard(session)
            raise unavailable(Reason.SERIALIZATION) from error
        except _STORE_ERRORS as error:
            _discard(session)
            _raise_if_known(error)
            raise
        except BaseException:
            _discard(session)
            raise
        try:
            session.close()
        except _STORE_ERRORS as error:
            _raise_if_known(error)
            raise


_ACTOR = "arco_actor"
# A read session on PostgreSQL runs in autocommit: a write there would stay, not be rolled
# back at the end, so a read never flushes one.
_READ = "arco_read"
# A commit that failed for these may have happened on the server all the same.
_COMMIT_UNKNOWN = frozenset({Reason.UNREACHABLE, Reason.IO})


@event.listens_for(Session, "before_flush")
def _stamp_versioned(session: Session, _context: object, _instances: object) -> None:
    """Name the actor on every versioned row the flush adds or changes."""
    if session.info.get(_READ) and (session.new or session.deleted or any(
            session.is_modified(row) for row in session.dirty)):
        raise RuntimeError("a read unit of work may not write; use uow.write(actor)")
    actor = session.info.get(_ACTOR)
    name = actor.name if isinstance(actor, Actor) else ""
    for row in (*session.new, *session.dirty):
        if isinstance(row, Versioned) and (row in session.new or session.is_modified(row)):
            row.updated_by = name[:80]


def _raise_if_known(error: BaseException) -> None:
    known = classify(error)
    if known is not None:
        raise known from error


def _discard(session: Session) -> None:
    # On a lost connection the rollback and the close fail too; the first error is what
    # counts.
    with suppress(*_STORE_ERRORS):
        session.rollback()
    with suppress(*_STORE_ERRORS):
        session.close()
