"""Unit of work: one session, one transaction, known errors translated.

Services open ``with uow.write() as session:`` to change things (committed on a
clean exit, rolled back otherwise) and ``with uow.read() as session:`` to look.
Everything the database does for the unit of work is inside the guard: the work,
the commit and closing the session (which rolls back on a connection that may
have died meanwhile); a known failure of any of them is a ``StoreUnavailable``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress

from sqlalchemy import Engine
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker

from arco_desk.store.engine import writer
from arco_desk.store.errors import classify

_STORE_ERRORS = (sa_exc.SQLAlchemyError, OSError)


class UnitOfWork:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(writer(engine), expire_on_commit=False)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._guard(self._read) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self._guard(self._write) as session:
            yield session
            session.commit()

    @contextmanager
    def _guard(self, factory: sessionmaker[Session]) -> Iterator[Session]:
        session = factory()
        try:
            yield session
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
