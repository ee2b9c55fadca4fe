"""The label of every enum the domain hands to the UI, one table per enum.

Each table maps a member to its English label (the translation source, in a context
named after the enum); :func:`label` translates it. Statuses also have a colour and a
mark: those are in :mod:`arco_desk.ui.common.status_style`.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any, Final

from PySide6.QtCore import QCoreApplication

from arco_desk.domain.access_records import AccessAction
from arco_desk.domain.calendar_overrides import DeadlineItemType, OverrideKind
from arco_desk.domain.complaints import (
    Channel,
    ComplaintAction,
    ComplaintStatus,
    EventKind,
    FollowUpOutcome,
    NoticeMethod,
    ReplyChannel,
)
from arco_desk.domain.directory import Presence
from arco_desk.domain.memos import DoneVia, MemoEventKind, MemoStatus
from arco_desk.domain.reception import VisitStatus
from arco_desk.domain.roles import Permission, Role
from arco_desk.domain.visitor_privacy import PurgeMethod
from arco_desk.ui.common.translation_marks import QT_TRANSLATE_NOOP

__all__ = ["TABLES", "label"]

CHANNEL: Final = {
    Channel.VISIT: QT_TRANSLATE_NOOP("Channel", "Visit"),
    Channel.PHONE: QT_TRANSLATE_NOOP("Channel", "Phone"),
    Channel.LETTER: QT_TRANSLATE_NOOP("Channel", "Letter"),
    Channel.HOMEPAGE: QT_TRANSLATE_NOOP("Channel", "Homepage"),
    Channel.SNS: QT_TRANSLATE_NOOP("Channel", "SNS"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Channel", "E-mail"),
    Channel.CALL_CENTRE: QT_TRANSLATE_NOOP("Channel", "Call centre"),
}
REPLY_CHANNEL: Final = {
    ReplyChannel.LETTER: QT_TRANSLATE_NOOP("ReplyChannel", "Letter"),
    ReplyChannel.EMAIL: QT_TRANSLATE_NOOP("ReplyChannel", "E-mail"),
    ReplyChannel.PHONE: QT_TRANSLATE_NOOP("ReplyChannel", "Phone"),
    ReplyChannel.SMS: QT_TRANSLATE_NOOP("ReplyChannel", "Text message"),
    ReplyChannel.HOMEPAGE: QT_TRANSLATE_NOOP("ReplyChannel", "Homepage reply"),
    ReplyChannel.IN_PERSON: QT_TRANSLATE_NOOP("ReplyChannel", "In person"),
}
NOTICE_METHOD: Final = {
    NoticeMethod.PHONE: QT_TRANSLATE_NOOP("NoticeMethod", "Phone"),
    NoticeMethod.LETTER: QT_TRANSLATE_NOOP("NoticeMethod", "Letter"),
    NoticeMethod.EMAIL: QT_TRANSLATE_NOOP("NoticeMethod", "E-mail"),
}
FOLLOW_UP_OUTCOME: Final = {
    FollowUpOutcome.NO_FURTHER_QUESTIONS:
        QT_TRANSLATE_NOOP("FollowUpOutcome", "Reached · no further questions"),
    FollowUpOutcome.FURTHER_QUESTIONS:
        QT_TRANSLATE_NOOP("FollowUpOutcome", "Reached · further questions"),
    FollowUpOutcome.UNREACHABLE: QT_TRANSLATE_NOOP("FollowUpOutcome", "Not reached"),
}
COMPLAINT_STATUS: Final = {
    ComplaintStatus.RECEIVED: QT_TRANSLATE_NOOP("ComplaintStatus", "Received"),
    ComplaintStatus.ASSIGNED: QT_TRANSLATE_NOOP("ComplaintStatus", "Assigned"),
    ComplaintStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("ComplaintStatus", "In progress"),
    ComplaintStatus.ANSWERED: QT_TRANSLATE_NOOP("ComplaintStatus", "Answered"),
    ComplaintStatus.FOLLOWED_UP: QT_TRANSLATE_NOOP("ComplaintStatus", "Follow-up done"),
    ComplaintStatus.CLOSED: QT_TRANSLATE_NOOP("ComplaintStatus", "Closed"),
}
COMPLAINT_ACTION: Final = {
    ComplaintAction.ASSIGN: QT_TRANSLATE_NOOP("ComplaintAction", "assign"),
    ComplaintAction.REASSIGN: QT_TRANSLATE_NOOP("ComplaintAction", "reassign"),
    ComplaintAction.START: QT_TRANSLATE_NOOP("ComplaintAction", "start work"),
    ComplaintAction.PAUSE: QT_TRANSLATE_NOOP("ComplaintAction", "ask for supplementation"),
    ComplaintAction.RESUME:
        QT_TRANSLATE_NOOP("ComplaintAction", "end the supplementation pause"),
    ComplaintAction.DELAY_NOTICE: QT_TRANSLATE_NOOP("ComplaintAction", "record a delay notice"),
    ComplaintAction.ANSWER: QT_TRANSLATE_NOOP("ComplaintAction", "answer"),
    ComplaintAction.FOLLOW_UP: QT_TRANSLATE_NOOP("ComplaintAction", "record the follow-up call"),
    ComplaintAction.CLOSE: QT_TRANSLATE_NOOP("ComplaintAction", "close"),
}
EVENT_KIND: Final = {
    EventKind.RECEIVED: QT_TRANSLATE_NOOP("EventKind", "Received"),
    EventKind.ASSIGNED: QT_TRANSLATE_NOOP("EventKind", "Assigned"),
    EventKind.REASSIGNED: QT_TRANSLATE_NOOP("EventKind", "Reassigned"),
    EventKind.STARTED: QT_TRANSLATE_NOOP("EventKind", "Work started"),
    EventKind.PAUSED: QT_TRANSLATE_NOOP("EventKind", "Supplementation requested"),
    EventKind.RESUMED: QT_TRANSLATE_NOOP("EventKind", "Supplementation received"),
    EventKind.DELAY_NOTICE: QT_TRANSLATE_NOOP("EventKind", "Delay notice"),
    EventKind.ANSWERED: QT_TRANSLATE_NOOP("EventKind", "Answered"),
    EventKind.FOLLOW_UP: QT_TRANSLATE_NOOP("EventKind", "Follow-up call"),
    EventKind.CLOSED: QT_TRANSLATE_NOOP("EventKind", "Closed"),
}
MEMO_STATUS: Final = {
    MemoStatus.NEW: QT_TRANSLATE_NOOP("MemoStatus", "Sent"),
    MemoStatus.DELIVERED: QT_TRANSLATE_NOOP("MemoStatus", "Delivered"),
    MemoStatus.READ: QT_TRANSLATE_NOOP("MemoStatus", "Read"),
    MemoStatus.ESCALATED: QT_TRANSLATE_NOOP("MemoStatus", "Escalated"),
    MemoStatus.DONE: QT_TRANSLATE_NOOP("MemoStatus", "Done"),
}
DONE_VIA: Final = {
    DoneVia.CALL: QT_TRANSLATE_NOOP("MemoStatus", "called back"),
    DoneVia.EMAIL: QT_TRANSLATE_NOOP("MemoStatus", "answered by e-mail"),
    DoneVia.COMPLAINT: QT_TRANSLATE_NOOP("MemoStatus", "became a complaint"),
}
MEMO_EVENT_KIND: Final = {
    MemoEventKind.RECORDED: QT_TRANSLATE_NOOP("MemoEvent", "recorded and forwarded"),
    MemoEventKind.DELIVERED: QT_TRANSLATE_NOOP("MemoEvent", "shown on the recipient's PC"),
    MemoEventKind.READ: QT_TRANSLATE_NOOP("MemoEvent", "read"),
    MemoEventKind.CLAIMED: QT_TRANSLATE_NOOP("MemoEvent", "claimed for the department"),
    MemoEventKind.FORWARDED: QT_TRANSLATE_NOOP("MemoEvent", "passed on"),
    MemoEventKind.ESCALATED: QT_TRANSLATE_NOOP("MemoEvent", "unread: escalated"),
    MemoEventKind.CALLED_BACK: QT_TRANSLATE_NOOP("MemoEvent", "called back"),
    MemoEventKind.EMAILED: QT_TRANSLATE_NOOP("MemoEvent", "answered by e-mail"),
    MemoEventKind.COMPLAINT: QT_TRANSLATE_NOOP("MemoEvent", "turned into a complaint"),
}
VISIT_STATUS: Final = {
    VisitStatus.EXPECTED: QT_TRANSLATE_NOOP("VisitStatus", "Expected"),
    VisitStatus.HOST_READY: QT_TRANSLATE_NOOP("VisitStatus", "Host ready"),
    VisitStatus.ARRIVED: QT_TRANSLATE_NOOP("VisitStatus", "Arrived"),
    VisitStatus.IN_MEETING: QT_TRANSLATE_NOOP("VisitStatus", "In meeting"),
    VisitStatus.LEFT: QT_TRANSLATE_NOOP("VisitStatus", "Left"),
    VisitStatus.NO_SHOW: QT_TRANSLATE_NOOP("VisitStatus", "No-show"),
    VisitStatus.CANCELLED: QT_TRANSLATE_NOOP("VisitStatus", "Cancelled"),
}
PRESENCE: Final = {
    Presence.IN: QT_TRANSLATE_NOOP("Presence", "In"),
    Presence.AWAY: QT_TRANSLATE_NOOP("Presence", "Away"),
    Presence.LEAVE: QT_TRANSLATE_NOOP("Presence", "On leave"),
    Presence.TRIP: QT_TRANSLATE_NOOP("Presence", "Business trip"),
    Presence.TRAINING: QT_TRANSLATE_NOOP("Presence", "Training"),
}
OVERRIDE_KIND: Final = {
    OverrideKind.CLOSURE: QT_TRANSLATE_NOOP("OverrideKind", "Agency closure"),
    OverrideKind.TEMPORARY_HOLIDAY: QT_TRANSLATE_NOOP("OverrideKind", "Temporary holiday"),
    OverrideKind.EXTRA_WORKDAY: QT_TRANSLATE_NOOP("OverrideKind", "Extra working day"),
}
DEADLINE_ITEM_TYPE: Final = {
    DeadlineItemType.COMPLAINT: QT_TRANSLATE_NOOP("DeadlineItemType", "Complaint"),
    DeadlineItemType.PHONE_MEMO: QT_TRANSLATE_NOOP("DeadlineItemType", "Phone memo"),
    DeadlineItemType.OUTBOUND_VISIT: QT_TRANSLATE_NOOP("DeadlineItemType", "Call before a visit"),
}
PURGE_METHOD: Final = {
    PurgeMethod.DELETE: QT_TRANSLATE_NOOP("PurgeMethod", "Delete"),
    PurgeMethod.ANONYMISE: QT_TRANSLATE_NOOP("PurgeMethod", "Anonymise"),
}
ACCESS_ACTION: Final = {
    AccessAction.VIEW: QT_TRANSLATE_NOOP("AccessAction", "Viewed"),
    AccessAction.CALLER_HISTORY: QT_TRANSLATE_NOOP("AccessAction", "Caller history"),
    AccessAction.SEARCH: QT_TRANSLATE_NOOP("AccessAction", "Searched"),
    AccessAction.PRINT: QT_TRANSLATE_NOOP("AccessAction", "Printed"),
    AccessAction.EXPORT: QT_TRANSLATE_NOOP("AccessAction", "Exported"),
}
ROLE: Final = {
    Role.DESK: QT_TRANSLATE_NOOP("Role", "Reception desk"),
    Role.STAFF: QT_TRANSLATE_NOOP("Role", "Staff"),
    Role.LEAD: QT_TRANSLATE_NOOP("Role", "Team lead"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Role", "Administrator"),
    Role.PRIVACY_OFFICER: QT_TRANSLATE_NOOP("Role", "Privacy officer"),
}
PERMISSION: Final = {
    Permission.RECEIVE_VISITORS: QT_TRANSLATE_NOOP("Permission", "receive visitors"),
    Permission.PREPARE_VISITS: QT_TRANSLATE_NOOP("Permission", "prepare visits"),
    Permission.OUTBOUND_VISITS: QT_TRANSLATE_NOOP("Permission", "outbound visits"),
    Permission.TAKE_MEMOS: QT_TRANSLATE_NOOP("Permission", "take phone memos"),
    Permission.VIEW_MEMOS: QT_TRANSLATE_NOOP("Permission", "view phone memos"),
    Permission.HANDLE_MEMOS: QT_TRANSLATE_NOOP("Permission", "handle phone memos"),
    Permission.FORWARD_MEMOS: QT_TRANSLATE_NOOP("Permission", "forward phone memos"),
    Permission.REGISTER_COMPLAINTS: QT_TRANSLATE_NOOP("Permission", "register complaints"),
    Permission.VIEW_COMPLAINTS: QT_TRANSLATE_NOOP("Permission", "view complaints"),
    Permission.HANDLE_COMPLAINTS: QT_TRANSLATE_NOOP("Permission", "handle complaints"),
    Permission.ASSIGN_COMPLAINTS: QT_TRANSLATE_NOOP("Permission", "assign complaints"),
    Permission.VIEW_REPORTS: QT_TRANSLATE_NOOP("Permission", "view reports"),
    Permission.REASSIGN_WORK: QT_TRANSLATE_NOOP("Permission", "reassign open work"),
    Permission.VIEW_DIRECTORY: QT_TRANSLATE_NOOP("Permission", "view the directory"),
    Permission.SET_PRESENCE: QT_TRANSLATE_NOOP("Permission", "set presence"),
    Permission.EDIT_DIRECTORY: QT_TRANSLATE_NOOP("Permission", "edit the directory"),
    Permission.EDIT_CALENDAR: QT_TRANSLATE_NOOP("Permission", "edit the calendar"),
    Permission.EDIT_SERVICE_STANDARD: QT_TRANSLATE_NOOP("Permission", "edit the service standard"),
    Permission.EDIT_SETTINGS: QT_TRANSLATE_NOOP("Permission", "edit settings"),
    Permission.MANAGE_ACCOUNTS: QT_TRANSLATE_NOOP("Permission", "manage accounts"),
    Permission.PURGE_VISITOR_DATA: QT_TRANSLATE_NOOP("Permission", "destroy visitor data"),
    Permission.REVIEW_ACCESS_RECORDS: QT_TRANSLATE_NOOP("Permission", "review access records"),
}

# enum → (translation context, its table); the context is the table's first argument.
TABLES: Final[Mapping[type[enum.Enum], tuple[str, Mapping[Any, str]]]] = {
    Channel: ("Channel", CHANNEL),
    ReplyChannel: ("ReplyChannel", REPLY_CHANNEL),
    NoticeMethod: ("NoticeMethod", NOTICE_METHOD),
    FollowUpOutcome: ("FollowUpOutcome", FOLLOW_UP_OUTCOME),
    ComplaintStatus: ("ComplaintStatus", COMPLAINT_STATUS),
    ComplaintAction: ("ComplaintAction", COMPLAINT_ACTION),
    EventKind: ("EventKind", EVENT_KIND),
    MemoStatus: ("MemoStatus", MEMO_STATUS),
    DoneVia: ("MemoStatus", DONE_VIA),
    MemoEventKind: ("MemoEvent", MEMO_EVENT_KIND),
    VisitStatus: ("VisitStatus", VISIT_STATUS),
    Presence: ("Presence", PRESENCE),
    OverrideKind: ("OverrideKind", OVERRIDE_KIND),
    DeadlineItemType: ("DeadlineItemType", DEADLINE_ITEM_TYPE),
    PurgeMethod: ("PurgeMethod", PURGE_METHOD),
    Role: ("Role", ROLE),
    AccessAction: ("AccessAction", ACCESS_ACTION),
    Permission: ("Permission", PERMISSION),
}


def label(member: enum.Enum) -> str:
    """``member``'s label in the UI's language."""
    context, table = TABLES[type(member)]
    return QCoreApplication.translate(context, table[member])
