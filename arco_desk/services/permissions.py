"""The services' one gate: may this actor do that? (domain/roles.py's table)."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from arco_desk.domain.actor import Actor
from arco_desk.domain.complaints import ComplaintAction
from arco_desk.domain.errors import PermissionDenied
from arco_desk.domain.messages import msg
from arco_desk.domain.roles import Permission, Reach, Role, reach_of


def roles_of(actor: Actor) -> frozenset[Role]:
    return frozenset(Role(role) for role in actor.roles if role in Role.__members__.values())


def require(actor: Actor, permission: Permission) -> Reach:
    """How far ``actor`` may do ``permission``; PermissionDenied when not at all."""
    reach = reach_of(roles_of(actor), permission)
    if reach is None:
        raise PermissionDenied(msg("permission.denied", permission=permission))
    return reach


def may_answer_for(actor: Actor, responder_id: int) -> bool:
    """A reply goes out in the real name of the person who answers (clause 1-3): a member
    of staff answers in their own; a team lead (a department's reach) may record an answer
    a colleague gave, and the history names both. An actor without an account (the
    agency's own work, the command line) is not held to it."""
    return not actor.roles or actor.staff_id == responder_id or answers_for_colleagues(actor)


def answers_for_colleagues(actor: Actor) -> bool:
    """Whether ``actor`` handles complaints beyond their own (a team lead)."""
    reach = reach_of(roles_of(actor), Permission.HANDLE_COMPLAINTS)
    return reach is not None and reach >= Reach.DEPARTMENT


def permitted_steps(actor: Actor, steps: frozenset[ComplaintAction],
                    assignee_id: int | None) -> frozenset[ComplaintAction]:
    """Of a complaint's next ``steps``, those ``actor``'s roles allow: (re)assigning
    needs the right to assign, every other step the right to handle, and a person who
    handles only their own complaints may not step another's (a complaint of their
    department with nobody named is left to the service to decide). An actor without
    an account is not held to it."""
    if not actor.roles:
        return steps
    roles = roles_of(actor)
    assigning = {ComplaintAction.ASSIGN, ComplaintAction.REASSIGN}
    handle = reach_of(roles, Permission.HANDLE_COMPLAINTS)
    own = assignee_id is None or assignee_id == actor.staff_id
    may_handle = handle is not None and (handle > Reach.OWN or own)
    may_assign = reach_of(roles, Permission.ASSIGN_COMPLAINTS) is not None
    return frozenset(step for step in steps
                     if (may_assign if step in assigning else may_handle))


# Every use case and the permission it needs (issue 15): the services' side of the one
# permission table in domain/roles.py. None: open to whoever is signed in (lookups of
# the agency's own rules and words, the change feed, signing in itself) or the agency
# round's own work. Reach (own, department, agency) is checked on the records a use case
# touches. tests/services/test_permissions.py keeps this complete.
USE_CASES: Final[Mapping[str, Mapping[str, Permission | None]]] = MappingProxyType({
    "AccessRecordService": MappingProxyType({
        "export_xlsx": Permission.REVIEW_ACCESS_RECORDS,
        "record_output": None,
        "remove_expired": Permission.REVIEW_ACCESS_RECORDS,
        "retention_days": None,
        "set_retention_days": Permission.REVIEW_ACCESS_RECORDS,
        "review": Permission.REVIEW_ACCESS_RECORDS,
    }),
    "AccountService": MappingProxyType({
        "accounts": Permission.MANAGE_ACCOUNTS,
        "any_account": None,
        "change_password": None,
        "create": Permission.MANAGE_ACCOUNTS,
        "create_first_admin": None,
        "idle_lock_minutes": None,
        "reset_password": Permission.MANAGE_ACCOUNTS,
        "set_active": Permission.MANAGE_ACCOUNTS,
        "set_idle_lock_minutes": Permission.MANAGE_ACCOUNTS,
        "set_roles": Permission.MANAGE_ACCOUNTS,
        "sign_in": None,
        "unlock": Permission.MANAGE_ACCOUNTS,
    }),
    "BackupDesk": MappingProxyType({
        "back_up_now": Permission.EDIT_SETTINGS,
        "back_up_to": Permission.EDIT_SETTINGS,
        "backups": Permission.EDIT_SETTINGS,
        "folder": Permission.EDIT_SETTINGS,
        "last_automatic": Permission.EDIT_SETTINGS,
        "request_restore": Permission.EDIT_SETTINGS,
        "suggested_name": Permission.EDIT_SETTINGS,
    }),
    "BackupService": MappingProxyType({
        "daily_due": None,
        "keep_count": Permission.EDIT_SETTINGS,
        "last_daily": Permission.EDIT_SETTINGS,
        "running": None,
        "set_keep_count": Permission.EDIT_SETTINGS,
        "start_daily_if_due": None,
        "take_daily": None,
        "wait": None,
    }),
    "CalendarService": MappingProxyType({
        "add_override": Permission.EDIT_CALENDAR,
        "apply_change": Permission.EDIT_CALENDAR,
        "business_calendar": None,
        "invalidate": None,
        "overrides": None,
        "preview_change": Permission.EDIT_CALENDAR,
        "remove_override": Permission.EDIT_CALENDAR,
        "standard_at": None,
    }),
    "CallerHistoryService": MappingProxyType({
        "earlier": Permission.TAKE_MEMOS,
    }),
    "ChangeFeedService": MappingProxyType({
        "latest_id": None,
        "poll_source": None,
        "push_source": None,
        "since": None,
    }),
    "ComplaintService": MappingProxyType({
        "answer": Permission.HANDLE_COMPLAINTS,
        "assign": Permission.ASSIGN_COMPLAINTS,
        "attachment_path": Permission.VIEW_COMPLAINTS,
        "badge": None,
        "close": Permission.HANDLE_COMPLAINTS,
        "counts": Permission.VIEW_COMPLAINTS,
        "delay_notice": Permission.HANDLE_COMPLAINTS,
        "delay_notice_terms": Permission.HANDLE_COMPLAINTS,
        "draft_from_memo": Permission.REGISTER_COMPLAINTS,
        "draft_from_visit": Permission.REGISTER_COMPLAINTS,
        "follow_up": Permission.HANDLE_COMPLAINTS,
        "get": Permission.VIEW_COMPLAINTS,
        "kinds": None,
        "list_ids": Permission.VIEW_COMPLAINTS,
        "pause": Permission.HANDLE_COMPLAINTS,
        "preview_deadline": Permission.REGISTER_COMPLAINTS,
        "reassign": Permission.ASSIGN_COMPLAINTS,
        "register": Permission.REGISTER_COMPLAINTS,
        "resume": Permission.HANDLE_COMPLAINTS,
        "resume_preview": Permission.HANDLE_COMPLAINTS,
        "rows": Permission.VIEW_COMPLAINTS,
        "standard": None,
        "standard_or_none": None,
        "start": Permission.HANDLE_COMPLAINTS,
    }),
    "ComplianceReportService": MappingProxyType({
        "report": Permission.VIEW_REPORTS,
    }),
    "DirectoryService": MappingProxyType({
        "add_department": Permission.EDIT_DIRECTORY,
        "create_staff": Permission.EDIT_DIRECTORY,
        "deactivate_staff": Permission.EDIT_DIRECTORY,
        "departments": Permission.VIEW_DIRECTORY,
        "get_staff": Permission.VIEW_DIRECTORY,
        "search": Permission.VIEW_DIRECTORY,
        "search_ids": Permission.VIEW_DIRECTORY,
        "set_presence": Permission.SET_PRESENCE,
        "staff_rows": Permission.VIEW_DIRECTORY,
        "update_staff": Permission.EDIT_DIRECTORY,
    }),
    "ListExportService": MappingProxyType({
        "complaints": Permission.VIEW_COMPLAINTS,
        "directory": Permission.VIEW_DIRECTORY,
        "memos": Permission.VIEW_MEMOS,
        "outbound_visits": Permission.OUTBOUND_VISITS,
        "visits": Permission.RECEIVE_VISITORS,
    }),
    "MemoService": MappingProxyType({
        "add_reason": Permission.EDIT_SETTINGS,
        "badge": None,
        "callback_due": Permission.TAKE_MEMOS,
        "called_back": Permission.HANDLE_MEMOS,
        "caller_history": Permission.TAKE_MEMOS,
        "claim": Permission.HANDLE_MEMOS,
        "escalate_due": None,
        "escalation_minutes": Permission.EDIT_SETTINGS,
        "forward": Permission.FORWARD_MEMOS,
        "get": Permission.VIEW_MEMOS,
        "get_row": Permission.VIEW_MEMOS,
        "greeting": Permission.TAKE_MEMOS,
        "greeting_template": Permission.TAKE_MEMOS,
        "inbox_ids": Permission.HANDLE_MEMOS,
        "log_transfer": Permission.TAKE_MEMOS,
        "mark_delivered": Permission.HANDLE_MEMOS,
        "open_memo": Permission.VIEW_MEMOS,
        "preview": Permission.TAKE_MEMOS,
        "reasons": Permission.TAKE_MEMOS,
        "recent_transfers": Permission.TAKE_MEMOS,
        "record": Permission.TAKE_MEMOS,
        "replied_by_email": Permission.HANDLE_MEMOS,
        "rows": Permission.VIEW_MEMOS,
        "save_desk_settings": Permission.EDIT_SETTINGS,
        "search_ids": Permission.VIEW_MEMOS,
        "set_reason_active": Permission.EDIT_SETTINGS,
        "transfer_number": Permission.TAKE_MEMOS,
        "unread_count": Permission.HANDLE_MEMOS,
    }),
    "NoticeService": MappingProxyType({
        "notice_for": None,
    }),
    "OverdueBoardService": MappingProxyType({
        "board": Permission.VIEW_REPORTS,
        "open_work": Permission.REASSIGN_WORK,
        "reassign_work": Permission.REASSIGN_WORK,
    }),
    "OutboundVisitService": MappingProxyType({
        "book": Permission.OUTBOUND_VISITS,
        "call_due": Permission.OUTBOUND_VISITS,
        "cancel": Permission.OUTBOUND_VISITS,
        "detail": Permission.OUTBOUND_VISITS,
        "open_count": Permission.OUTBOUND_VISITS,
        "record_call": Permission.OUTBOUND_VISITS,
        "rows": Permission.OUTBOUND_VISITS,
        "task_ids": Permission.OUTBOUND_VISITS,
    }),
    "ReceptionService": MappingProxyType({
        "book": Permission.RECEIVE_VISITORS,
        "cancel": Permission.RECEIVE_VISITORS,
        "check_in": Permission.RECEIVE_VISITORS,
        "check_out": Permission.RECEIVE_VISITORS,
        "check_out_appointment": Permission.RECEIVE_VISITORS,
        "confirm_host_ready": Permission.PREPARE_VISITS,
        "detail": Permission.RECEIVE_VISITORS,
        "find_visitors": Permission.RECEIVE_VISITORS,
        "hand_out_pass": Permission.RECEIVE_VISITORS,
        "mark_no_show": Permission.RECEIVE_VISITORS,
        "passes_out": Permission.RECEIVE_VISITORS,
        "pending_preparations": Permission.PREPARE_VISITS,
        "preparation_alerts": Permission.PREPARE_VISITS,
        "preparation_alerts_due": None,
        "record_received": Permission.PREPARE_VISITS,
        "register_walk_in": Permission.RECEIVE_VISITORS,
        "return_pass": Permission.RECEIVE_VISITORS,
        "save_record": Permission.PREPARE_VISITS,
        "still_inside": Permission.RECEIVE_VISITORS,
        "timeline": Permission.RECEIVE_VISITORS,
        "timeline_ids": Permission.RECEIVE_VISITORS,
        "timeline_rows": Permission.RECEIVE_VISITORS,
        "update_appointment": Permission.RECEIVE_VISITORS,
        "visit": Permission.RECEIVE_VISITORS,
        "visitor": Permission.RECEIVE_VISITORS,
        "waiting_for": Permission.PREPARE_VISITS,
    }),
    "ServiceStandardService": MappingProxyType({
        "current": None,
        "history": Permission.EDIT_SERVICE_STANDARD,
        "in_force": None,
        "invalidate": None,
        "kinds_in_use": Permission.EDIT_SERVICE_STANDARD,
        "latest_version": None,
        "save": Permission.EDIT_SERVICE_STANDARD,
    }),
    "SettingsService": MappingProxyType({
        "get": None,
        "set": Permission.EDIT_SETTINGS,
        "set_many": Permission.EDIT_SETTINGS,
    }),
    "StaffImportService": MappingProxyType({
        "commit": Permission.EDIT_DIRECTORY,
        "preview": Permission.EDIT_DIRECTORY,
    }),
    "VisitorPrivacyService": MappingProxyType({
        "ledger": Permission.PURGE_VISITOR_DATA,
        "preview": Permission.PURGE_VISITOR_DATA,
        "purge": Permission.PURGE_VISITOR_DATA,
        "retention_days": Permission.PURGE_VISITOR_DATA,
        "set_retention_days": Permission.PURGE_VISITOR_DATA,
    }),
})
