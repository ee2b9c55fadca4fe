"""The agency's records are kept in Korean: the words services write into stored data.

A destruction ledger line, a complaint's or memo's history detail, a memo's outcome, an
audit detail, the staff file's column names and the spoken greeting are records and
scripts of the agency, written the same whatever language a window runs in. They live
here, and nowhere else in the services; what an operator is *told* is a message key the
UI words (``arco_desk.domain.messages``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from arco_desk.domain.access_records import AccessAction
from arco_desk.domain.calendar_business import to_seoul
from arco_desk.domain.calendar_overrides import OverrideKind
from arco_desk.domain.directory import Presence
from arco_desk.domain.visitor_privacy import PurgeMethod, PurgePreview

__all__ = [
    "ACCESS_REVIEW_COLUMNS",
    "ACCESS_REVIEW_SHEET",
    "AGENCY_NAME",
    "COLUMNS",
    "COMMAND_LINE",
    "DEPARTMENT_PLACEHOLDER",
    "GREETING_SCRIPT",
    "KIND_NOT_IN_STANDARD",
    "NAME_PLACEHOLDER",
    "access_action_name",
    "complaint_outcome",
    "email_outcome",
    "exported_list",
    "handover_detail",
    "memo_draft_content",
    "moment",
    "override_text",
    "presence_name",
    "purge_description",
    "purge_method_name",
    "registered_late",
    "route_detail",
    "unread_detail",
    "visit_draft_content",
]

# --- settings: the agency's name and the greeting the desk says on the phone
AGENCY_NAME: Final = "한국문화예술위원회"
GREETING_SCRIPT: Final = ("감사합니다. 한국문화예술위원회 {department} {name}입니다. "
                          "무엇을 도와드릴까요?")
DEPARTMENT_PLACEHOLDER: Final = "[부서]"
NAME_PLACEHOLDER: Final = "[이름]"

# --- the staff file: column key → accepted header spellings (Korean first, then English)
COLUMNS: Final[dict[str, tuple[str, ...]]] = {
    "name": ("이름", "성명", "name"),
    "department": ("부서", "부서명", "department"),
    "position": ("직위", "직급", "position"),
    "duties": ("담당업무", "업무", "업무분장", "duties"),
    "extension": ("내선", "내선번호", "extension"),
    "direct_line": ("직통번호", "직통", "전화번호", "direct line", "direct_line", "phone"),
    "email": ("이메일", "전자우편", "email", "e-mail"),
    "floor": ("층", "floor"),
    "room": ("호실", "사무실", "room"),
    "seat": ("좌석", "자리", "seat"),
}
_PRESENCE: Final = {
    Presence.IN: "재실", Presence.AWAY: "자리 비움", Presence.LEAVE: "휴가",
    Presence.TRIP: "출장", Presence.TRAINING: "교육",
}

# --- the complaint kinds: the Korean name column of a kind gone from the standard
KIND_NOT_IN_STANDARD: Final = "{code} (기준표에 없음)"

_OVERRIDE: Final = {
    OverrideKind.CLOSURE: "기관 휴무", OverrideKind.TEMPORARY_HOLIDAY: "임시공휴일",
    OverrideKind.EXTRA_WORKDAY: "추가 근무일",
}
_PURGE: Final = {PurgeMethod.DELETE: "삭제", PurgeMethod.ANONYMISE: "익명화"}


def moment(at: datetime) -> str:
    """"2월 25일 18:00" (Asia/Seoul)."""
    t = to_seoul(at)
    return f"{t.month}월 {t.day}일 {t:%H:%M}"


def presence_name(presence: Presence) -> str:
    """The presence column of the exported staff file."""
    return _PRESENCE[presence]


def override_text(day: str, kind: OverrideKind, reason: str) -> str:
    """An audit detail: "2026-05-01 기관 휴무 창립기념일"."""
    text = f"{day} {_OVERRIDE[kind]}"
    return f"{text} {reason}" if reason else text


def purge_method_name(method: PurgeMethod) -> str:
    """The destruction ledger's "how"."""
    return _PURGE[method]


def purge_description(preview: PurgePreview) -> str:
    """The destruction ledger's "what"."""
    return (f"방문객 개인정보 ({preview.cutoff:%Y-%m-%d} 이전): 방문 {preview.visits}건, "
            f"예약 {preview.appointments}건, 외부 방문 {preview.outbound_visits}건")


def registered_late(at: datetime) -> str:
    """A complaint's receipt event when it was entered later than it was received."""
    return f"{moment(at)} 등록"


def route_detail(asked_for: str, stand_in: str | None, department: str | None) -> str:
    """A memo's forwarding event: to the person, their stand-in or the department."""
    if stand_in is not None:
        return f"{asked_for}님 부재, 대리자 {stand_in}님에게 전달"
    if department is not None:
        return f"{asked_for}님 부재, {department} 전체에 전달"
    return f"{asked_for}님에게 전달"


def handover_detail(from_name: str, to_name: str | None, department: str) -> str:
    """A memo's or complaint's history line when a person's open work was handed over
    at once (업무 일괄 이관): to a colleague, or to the department's shared queue."""
    to = f"{to_name}님" if to_name else f"{department} 전체"
    return f"업무 일괄 이관: {from_name}님 담당분 → {to}"


def unread_detail(minutes: int) -> str:
    """A memo's escalation event."""
    return f"{minutes}분 동안 읽지 않음"


def email_outcome(address: str, note: str) -> str:
    """A memo's outcome when the caller was answered by e-mail."""
    return f"이메일 회신: {address}" + (f" — {note}" if note else "")


def complaint_outcome(complaint_id: int) -> str:
    """A memo's outcome when it became a complaint."""
    return f"민원 #{complaint_id}(으)로 접수함"


def memo_draft_content(message: str, organisation: str) -> str:
    """A complaint's content drafted from a phone memo."""
    return f"{message}\n\n소속: {organisation}" if organisation else message


def visit_draft_content(requests: str, purpose: str, organisation: str) -> str:
    """A complaint's content drafted from a visit: the requests, purpose, organisation."""
    parts = [requests] if requests else []
    if purpose:
        parts.append(f"방문 목적: {purpose}")
    if organisation:
        parts.append(f"소속: {organisation}")
    return "\n\n".join(parts)


# --- accounts: the name the audit log gives the command line (followed by the OS user)

COMMAND_LINE: Final = "명령줄"


# --- 접속기록: the privacy officer's export

ACCESS_REVIEW_SHEET: Final = "접속기록"
ACCESS_REVIEW_COLUMNS: Final = ("일시", "계정", "이름", "PC", "수행 업무", "대상", "번호",
                                "정보주체", "사유")
_ACCESS_ACTION: Final = {AccessAction.VIEW: "열람", AccessAction.CALLER_HISTORY: "이력 조회",
                         AccessAction.SEARCH: "검색", AccessAction.PRINT: "출력",
                         AccessAction.EXPORT: "내려받기"}


def access_action_name(action: AccessAction) -> str:
    return _ACCESS_ACTION[action]


def exported_list(rows: int) -> str:
    """Whose data a list's export held, as its access record says: "목록 512건"."""
    return f"목록 {rows}건"
