"""Known errors: the environment failed (locked, unreachable, disk full, read-only).

They are shown as a message bar and the form keeps its text. Anything else is a bug.
"""

from __future__ import annotations

from sqlalchemy import exc as sa_exc

from arco_desk.domain.errors import DomainError


class StoreUnavailable(DomainError):
    """The database can't be used right now. ``reason`` is a short machine-readable tag."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class SchemaTooNew(DomainError):
    """The database was written by a newer ARCO Desk."""


# (substring of the driver's message, reason tag, message for the operator)
_KNOWN_SQLITE = (
    ("database is locked", "locked",
     "데이터베이스가 다른 작업에 사용 중입니다. 잠시 후 다시 저장하세요."),
    ("database table is locked", "locked",
     "데이터베이스가 다른 작업에 사용 중입니다. 잠시 후 다시 저장하세요."),
    ("unable to open database file", "unreachable",
     "데이터베이스 파일을 열 수 없습니다. 폴더가 있는지, 권한이 있는지 확인하세요."),
    ("disk i/o error", "io", "디스크 입출력 오류로 저장하지 못했습니다."),
    ("database or disk is full", "disk_full",
     "디스크가 가득 차서 저장하지 못했습니다. 공간을 확보한 뒤 다시 저장하세요."),
    ("attempt to write a readonly database", "read_only",
     "데이터베이스가 읽기 전용입니다. 파일 권한을 확인하세요."),
)


def classify(error: BaseException) -> StoreUnavailable | None:
    """The known error behind a SQLAlchemy/driver exception, or None for a bug."""
    if isinstance(error, sa_exc.OperationalError | sa_exc.InterfaceError):
        text = str(error.orig if isinstance(error, sa_exc.DBAPIError) else error).lower()
        for needle, reason, message in _KNOWN_SQLITE:
            if needle in text:
                return StoreUnavailable(message, reason)
        if error.connection_invalidated or _looks_like_connection_loss(text):
            return StoreUnavailable(
                "데이터베이스 서버에 연결할 수 없습니다. 연결이 돌아오면 다시 저장하세요.",
                "unreachable",
            )
    if isinstance(error, sa_exc.DBAPIError) and error.connection_invalidated:
        return StoreUnavailable(
            "데이터베이스 서버와의 연결이 끊어졌습니다. 다시 저장하세요.", "unreachable"
        )
    if isinstance(error, OSError) and error.errno == 28:
        return StoreUnavailable(
            "디스크가 가득 차서 저장하지 못했습니다. 공간을 확보한 뒤 다시 저장하세요.",
            "disk_full",
        )
    return None


def _looks_like_connection_loss(text: str) -> bool:
    return any(
        needle in text
        for needle in (
            "connection refused",
            "could not connect",
            "server closed the connection",
            "connection is closed",
            "terminating connection",
            "the connection is lost",
            "connection failed",
            "no such host",
            "timeout expired",
        )
    )
