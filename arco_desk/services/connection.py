""""Test connection" for the settings dialog: can this PC use that database?"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import exc as sa_exc
from sqlalchemy import text
from sqlalchemy.engine import make_url

from arco_desk.domain.messages import Message, msg
from arco_desk.store.engine import create_store_engine
from arco_desk.store.errors import classify
from arco_desk.store.migrate import current_revision, head_revision, is_known_revision


@dataclass(frozen=True, slots=True)
class ConnectionCheck:
    ok: bool
    message: Message


def check_connection(url: str) -> ConnectionCheck:
    """Connect to ``url`` once and say what was found (the UI words the message)."""
    url = url.strip()
    if not url:
        return ConnectionCheck(True, msg("connection.embedded"))
    try:
        parsed = make_url(url)
    except sa_exc.ArgumentError:
        return ConnectionCheck(False, msg("connection.malformed_url"))
    if parsed.get_backend_name() not in ("postgresql", "sqlite"):
        return ConnectionCheck(False, msg("connection.unsupported"))
    try:
        engine = create_store_engine(url)
    except (ValueError, ImportError) as error:
        return ConnectionCheck(False, msg("connection.unusable_url", reason=str(error)))
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        revision = current_revision(engine)
    except (sa_exc.SQLAlchemyError, OSError) as error:
        known = classify(error)
        return ConnectionCheck(False, known.msg if known else msg(
            "connection.failed", reason=error.__class__.__name__))
    finally:
        engine.dispose()
    if revision is None:
        return ConnectionCheck(True, msg("connection.empty_database"))
    if revision == head_revision():
        return ConnectionCheck(True, msg("connection.up_to_date"))
    if not is_known_revision(revision):
        return ConnectionCheck(False, msg("connection.too_new"))
    return ConnectionCheck(True, msg("connection.upgrade_at_start"))
