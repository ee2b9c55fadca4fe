"""The fuzzed list can't rot: every public method of every service the container wires that
takes text, a number, a date, a moment or a file (directly or in a draft or filter) is
fuzzed, or left out on purpose with the reason."""

from __future__ import annotations

import dataclasses
import enum
import inspect
import types
import typing
from datetime import date
from pathlib import Path

from arco_desk.services.container import Services
from arco_desk.services.gate import BehindGate
from tests.conftest import fixed_clock
from tests.services.fuzz.catalogue import CALLS, LEFT_OUT
from tests.signed_in import open_signed_in

# Keyword-only parameters the app fills in itself, never a person: who acts, what a form
# opened, the version it saw, its submission key; and the person's reach, which the
# services' gate passes (services/gate.py).
APP_MADE = frozenset({"actor", "opened", "seen", "key"})
GATE_MADE = "within"
INPUT_TYPES = (str, int, float, date, Path)  # date covers datetime


def _services(folder: Path) -> dict[str, object]:
    """Every service object the container reaches, by its shortest path ("reception.outbound")."""
    services = open_signed_in(folder, clock=fixed_clock)
    try:
        found: dict[str, object] = {}
        queue: list[tuple[str, object]] = [
            (field.name, getattr(services, field.name)) for field in dataclasses.fields(Services)]
        seen: set[int] = set()
        while queue:
            path, value = queue.pop(0)
            if isinstance(value, BehindGate):  # the scan reads the services themselves
                value = value._service
            if id(value) in seen or not type(value).__module__.startswith("arco_desk.services"):
                continue
            seen.add(id(value))
            found[path] = value
            attributes = getattr(value, "__dict__", {})
            queue += [(f"{path}.{name}", attribute) for name, attribute in attributes.items()
                      if not name.startswith("_")]
        return found
    finally:
        services.close()


def _carries_input(annotation: object, depth: int = 0) -> bool:
    if depth > 4 or annotation is type(None) or annotation is bool:
        return False
    if isinstance(annotation, type):
        if issubclass(annotation, enum.Enum):
            return False  # a choice among the members, not typed
        if issubclass(annotation, INPUT_TYPES) and not issubclass(annotation, bool):
            return True
        if dataclasses.is_dataclass(annotation):
            hints = typing.get_type_hints(annotation)
            return any(_carries_input(hint, depth + 1) for hint in hints.values())
        return False
    return any(_carries_input(arg, depth + 1) for arg in typing.get_args(annotation)
               if not isinstance(arg, types.EllipsisType))


def _methods_taking_input(folder: Path) -> dict[str, tuple[type, str]]:
    """"path.method" → (service class, method) for each method taking input; a class wired
    twice (the settings inside memos and inside reception) is listed under each path."""
    found: dict[str, tuple[type, str]] = {}
    for path, service in _services(folder).items():
        for name, function in inspect.getmembers(type(service), inspect.isfunction):
            if name.startswith("_"):
                continue
            hints = typing.get_type_hints(function)
            parameters = inspect.signature(function).parameters.values()
            if any(_carries_input(hints.get(parameter.name)) for parameter in parameters
                   if parameter.name != GATE_MADE
                   and not (parameter.kind is parameter.KEYWORD_ONLY
                            and parameter.name in APP_MADE)):
                found[f"{path}.{name}"] = (type(service), name)
    return found


def test_every_service_method_taking_input_is_fuzzed_or_left_out_with_a_reason(
        tmp_path: Path) -> None:
    taking = _methods_taking_input(tmp_path)
    fuzzed = {method for call in CALLS for method in call.covers}
    listed = fuzzed | set(LEFT_OUT)
    assert not fuzzed & set(LEFT_OUT), "both fuzzed and left out"
    assert listed - set(taking) == set(), "no such service method (any more)"
    done = {taking[path] for path in listed}
    missing = sorted(path for path, method in taking.items() if method not in done)
    assert missing == [], "add these to a fuzzed call or to LEFT_OUT with the reason"
    assert all(reason.strip() for reason in LEFT_OUT.values())


def test_the_scan_sees_a_method_in_a_draft_and_in_a_nested_service(tmp_path: Path) -> None:
    taking = _methods_taking_input(tmp_path)
    assert {"memos.record", "reception.outbound.book", "directory.search_ids",
            "staff_import.preview"} <= set(taking)
    assert "memos.reasons" not in taking  # a bool is a switch, not input
    assert "memos.settings.set" in taking and "settings.set" in taking
