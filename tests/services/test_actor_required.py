"""Every write use case names who does it: a keyword-only ``actor: Actor`` with no default.

Read-only use cases take no actor; they are listed here by hand, so a new method
is a write until someone says otherwise.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import typing

import pytest

import arco_desk.services
from arco_desk.domain.actor import Actor
from arco_desk.store.retry import RETRIED

READ_ONLY: dict[str, frozenset[str]] = {
    # Reads whose person is checked and recorded take an actor (issue 15): see below.
    "AccessRecordService": frozenset({"review", "retention_days"}),
    "AccountService": frozenset({"any_account", "accounts", "idle_lock_minutes"}),
    # Writes files (the backups folder), never the database.
    "BackupService": frozenset({
        "keep_count", "last_daily", "daily_due", "start_daily_if_due", "running", "wait",
        "take_daily"}),
    "CalendarService": frozenset({
        "overrides", "business_calendar", "invalidate", "preview_change", "standard_at"}),
    "CallerHistoryService": frozenset({"earlier"}),
    "ChangeFeedService": frozenset({"latest_id", "since", "push_source", "poll_source"}),
    "ComplaintService": frozenset({
        "standard", "standard_or_none", "kinds", "preview_deadline", "draft_from_memo",
        "draft_from_visit", "resume_preview", "delay_notice_terms", "badge", "list_ids",
        "rows", "get", "counts", "attachment_path"}),
    "ComplianceReportService": frozenset({"report"}),
    "DirectoryService": frozenset({"departments", "search_ids", "search", "staff_rows",
                                   "get_staff"}),
    # Writes a file of the agency's own directory, never the database (no access record).
    "ListExportService": frozenset({"directory"}),
    "MemoService": frozenset({
        "greeting_template", "greeting", "escalation_minutes", "reasons", "preview",
        "callback_due", "transfer_number", "recent_transfers", "get", "get_row", "rows",
        "search_ids", "inbox_ids", "unread_count", "caller_history", "badge"}),
    "NoticeService": frozenset({"notice_for"}),
    "OverdueBoardService": frozenset({"board", "open_work"}),
    "OutboundVisitService": frozenset({"call_due", "task_ids", "open_count", "rows", "detail"}),
    "ReceptionService": frozenset({
        "find_visitors", "visitor", "timeline_ids", "timeline_rows", "timeline", "detail",
        "visit", "preparation_alerts", "pending_preparations", "waiting_for", "still_inside",
        "passes_out"}),
    "ServiceStandardService": frozenset({
        "current", "in_force", "latest_version", "history", "kinds_in_use", "invalidate"}),
    "SettingsService": frozenset({"get"}),
    "StaffImportService": frozenset({"preview"}),
    "VisitorPrivacyService": frozenset({"retention_days", "preview", "ledger"}),
}


def _service_classes() -> dict[str, type]:
    found: dict[str, type] = {}
    for info in pkgutil.iter_modules(arco_desk.services.__path__):
        module = importlib.import_module(f"arco_desk.services.{info.name}")
        for name, cls in vars(module).items():
            if (inspect.isclass(cls) and name.endswith("Service")
                    and cls.__module__ == module.__name__):
                found[name] = cls
    return found


SERVICES = _service_classes()


def _public_methods(cls: type) -> dict[str, typing.Callable[..., object]]:
    return {name: member for name, member in inspect.getmembers(cls, inspect.isfunction)
            if not name.startswith("_")}


# Reads that name who looks: only some people may, and the look is recorded (issue 15).
READS_NAMING_THE_ACTOR: frozenset[str] = frozenset({
    "AccessRecordService.review", "AccountService.accounts",
    # The board's names follow the looker's own handling reach (issue 16).
    "OverdueBoardService.board"})
# Writes done before anyone is signed in: the person is who signs in, or is being made.
BEFORE_SIGN_IN: frozenset[str] = frozenset({
    "AccountService.sign_in", "AccountService.create_first_admin"})


def test_every_service_class_is_accounted_for() -> None:
    assert set(SERVICES) == set(READ_ONLY)


@pytest.mark.parametrize("name", sorted(READ_ONLY))
def test_write_use_cases_take_a_keyword_only_actor(name: str) -> None:
    cls = SERVICES[name]
    methods = _public_methods(cls)
    assert READ_ONLY[name] <= set(methods), READ_ONLY[name] - set(methods)
    writes = {n: m for n, m in methods.items() if n not in READ_ONLY[name]}
    if name not in ("CallerHistoryService", "ChangeFeedService", "ComplianceReportService",
                    "NoticeService"):
        assert writes, f"{name} has no write use case: is the read-only list too wide?"
    for method_name, method in writes.items():
        parameter = inspect.signature(method).parameters.get("actor")
        where = f"{name}.{method_name}"
        if where in BEFORE_SIGN_IN:
            assert parameter is None, where
            continue
        assert parameter is not None, f"{where} takes no actor"
        assert parameter.kind is inspect.Parameter.KEYWORD_ONLY, where
        assert parameter.default is inspect.Parameter.empty, f"{where}: actor has a default"
        assert typing.get_type_hints(method)["actor"] is Actor, where


@pytest.mark.parametrize("name", sorted(READ_ONLY))
def test_read_only_use_cases_and_constructors_take_no_actor(name: str) -> None:
    cls = SERVICES[name]
    assert "actor" not in inspect.signature(cls).parameters
    for method_name in READ_ONLY[name]:
        method = _public_methods(cls)[method_name]
        takes = "actor" in inspect.signature(method).parameters
        assert takes == (f"{name}.{method_name}" in READS_NAMING_THE_ACTOR), \
            f"{name}.{method_name}"


def test_a_write_without_an_actor_is_refused_before_it_runs() -> None:
    record = SERVICES["MemoService"].record
    with pytest.raises(TypeError, match="actor"):
        record(None, None)  # the call itself fails: nothing is looked at


@pytest.mark.parametrize("name", sorted(READ_ONLY))
def test_write_use_cases_try_again_after_a_deadlock(name: str) -> None:
    """A deadlock or serialization failure undoes the whole transaction; every write
    runs again from the start (docs/architecture.md §9)."""
    for method_name, method in _public_methods(SERVICES[name]).items():
        if method_name not in READ_ONLY[name]:
            assert getattr(method, RETRIED, False), f"{name}.{method_name} is not retried"
