""""Test connection" for the settings dialog: can this PC use that database?"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import exc as sa_exc
from sqlalchemy import text
from sqlalchemy.engine import make_url

from arco_desk.store.engine import create_store_engine
from arco_desk.store.errors import classify
from arco_desk.store.migrate import current_revision, head_revision, is_known_revision


@dataclass(frozen=True, slots=True)
class ConnectionCheck:
    ok: bool
    message: str


def check_connection(url: str) -> ConnectionCheck:
    """Connect to ``url`` once and say, in the operator's words, what was found."""
    url = url.strip()
    if not url:
        return ConnectionCheck(True, "비워 두면 이 PC의 내장 데이터베이스(SQLite)를 씁니다.")
    try:
        parsed = make_url(url)
    except sa_exc.ArgumentError:
        return ConnectionCheck(False, "데이터베이스 주소 형식이 올바르지 않습니다. "
                                      "예: postgresql+psycopg://사용자@서버/arco")
    if parsed.get_backend_name() not in ("postgresql", "sqlite"):
        return ConnectionCheck(False, "PostgreSQL 또는 SQLite 주소만 쓸 수 있습니다.")
    try:
        engine = create_store_engine(url)
    except (ValueError, ImportError) as error:
        return ConnectionCheck(False, f"데이터베이스 주소를 쓸 수 없습니다: {error}")
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        revision = current_revision(engine)
    except (sa_exc.SQLAlchemyError, OSError) as error:
        known = classify(error)
        message = known.message if known else f"연결하지 못했습니다: {error.__class__.__name__}"
        return ConnectionCheck(False, message)
    finally:
        engine.dispose()
    if revision is None:
        return ConnectionCheck(True, "연결되었습니다. 빈 데이터베이스이며, 다시 시작하면 "
                                     "테이블을 만듭니다.")
    if revision == head_revision():
        return ConnectionCheck(True, "연결되었습니다. 데이터베이스가 최신 상태입니다.")
    if not is_known_revision(revision):
        return ConnectionCheck(False, "연결되었지만, 더 새로운 ARCO Desk가 만든 데이터베이스"
                                      "입니다. 이 PC의 ARCO Desk를 먼저 업데이트하세요.")
    return ConnectionCheck(True, "연결되었습니다. 다시 시작하면 데이터베이스를 새 버전으로 "
                                 "올립니다.")
