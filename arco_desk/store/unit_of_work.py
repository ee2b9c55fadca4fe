"""Unit of work: one session, one transaction, known errors translated.

Services open ``with uow.write() as session:`` to change things (committed on a
clean exit, rolled back otherwise) and ``with uow.read() as session:`` to look.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress

from sqlalchemy import Engine
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker

from arco_desk.store.engine import writer
from arco_desk.store.errors import classify


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
        except (sa_exc.SQLAlchemyError, OSError) as error:
            _rollback_quietly(session)
            known = classify(error)
            if known is not None:
                raise known from error
            raise
        except BaseException:
            _rollback_quietly(session)
            raise
        finally:
            session.close()


def _rollback_quietly(session: Session) -> None:
    # On a lost connection the rollback fails too; the original error is what counts.
    with suppress(sa_exc.SQLAlchemyError):
        session.rollback()
