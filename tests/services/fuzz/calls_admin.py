"""The agency's own records: calendar overrides and their deadline moves, shared settings,
the staff file import (CSV with hostile cells), and a caller's earlier contacts."""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import Any

from hypothesis import strategies as st
from sqlalchemy import select

from arco_desk.domain.calendar_overrides import OverrideDraft, OverrideKind
from arco_desk.domain.directory import StaffDraft, validate_staff
from arco_desk.domain.errors import ValidationError
from arco_desk.domain.standard import load_standard
from arco_desk.domain.standard_versions import KindDraft, StandardDraft, validate_kind
from arco_desk.domain.text import TextKind, clean, tidy
from arco_desk.services.daily_backup import KEEP_KEY
from arco_desk.services.demo import DEPARTMENTS
from arco_desk.services.korean_records import COLUMNS
from arco_desk.services.settings import DEFAULTS
from arco_desk.store.models import CalendarOverride, Setting, Staff
from tests.actors import DESK
from tests.services.fuzz.calls_directory import STAFF_ORDINARY, STAFF_TEXT
from tests.services.fuzz.harness import Call, Desk, pairs, row, within_range
from tests.services.fuzz.inputs import (
    absent_ids,
    choice,
    dates,
    form,
    hostile_text,
    moments,
    numbers,
    typed,
)

override_kinds = st.one_of(choice([k.value for k in OverrideKind]), hostile_text)
WORKING_DAY = date(2026, 12, 2)  # a Wednesday
overrides = form({"day": (WORKING_DAY, dates), "kind": ("closure", override_kinds),
                  "reason": ("창립기념일", typed(TextKind.SHORT_LINE))})


def _override(a: dict[str, Any]) -> OverrideDraft:
    return OverrideDraft(a["day"], a["kind"], a["reason"])


def _add_override(desk: Desk, a: dict[str, Any]) -> tuple[object, ...]:
    calendar = desk.services.calendar
    record = calendar.add_override(a["day"], a["kind"], a["reason"], actor=DESK)
    with desk.read() as session:
        stored = row(session, CalendarOverride, record.id, "day", "reason")
    calendar.remove_override(record.id, actor=DESK)  # the day may be taken again
    return stored


def _override_stored(desk: Desk, a: dict[str, Any], stored: Any) -> list[Any]:
    return [*pairs(("day", "reason"),
                   (a["day"], clean(TextKind.SHORT_LINE, "reason", a["reason"])), stored),
            within_range("day", stored[0])]


ADD_OVERRIDE = Call(
    "calendar.add_override", ("calendar.add_override", "calendar.remove_override"),
    overrides, _add_override, examples=200, stored=_override_stored)


def _change(desk: Desk, a: dict[str, Any]) -> object:
    calendar = desk.services.calendar
    drafts = [_override(draft) for draft in a["add"]]
    if a["preview"]:
        return calendar.preview_change(drafts, a["remove"])
    applied = calendar.apply_change(drafts, a["remove"], a["accept"], actor=DESK)
    if applied.added:  # back as it was, for the next change
        calendar.apply_change(None, [record.id for record in applied.added], actor=DESK)
    return applied


CHANGE = Call(
    "calendar.change", ("calendar.preview_change", "calendar.apply_change"),
    st.fixed_dictionaries({
        "add": st.lists(overrides, max_size=2), "remove": st.lists(absent_ids, max_size=1),
        "accept": st.lists(st.tuples(st.one_of(choice(["complaint", "phone_memo",
                                                       "outbound_visit"]), hostile_text),
                                     numbers), max_size=2),
        "preview": st.booleans()}),
    _change, examples=150)

SETTING_KEYS = sorted(DEFAULTS)


def _settings(desk: Desk, a: dict[str, Any]) -> object:
    settings = desk.services.settings
    if len(a["values"]) == 1:
        [(key, value)] = a["values"].items()
        settings.set(key, value, actor=DESK)
    else:
        settings.set_many(a["values"], actor=DESK)
    return a["values"]


def _settings_stored(desk: Desk, a: dict[str, Any], values: Any) -> list[Any]:
    with desk.read() as session:
        return [(key, tidy(value, multiline=True), row(session, Setting, key, "value")[0])
                for key, value in a["values"].items()]


SETTINGS = Call(
    "settings.set", ("settings.set", "settings.set_many"),
    st.fixed_dictionaries({"values": st.dictionaries(choice(SETTING_KEYS),
                                                     st.one_of(hostile_text,
                                                               numbers.map(str)),
                                                     min_size=1, max_size=3)}),
    _settings, examples=200, stored=_settings_stored)

# --- the staff file -----------------------------------------------------------------------------

HEADERS = {key: names[0] for key, names in COLUMNS.items()}
FILE_COLUMNS = ("department", *STAFF_TEXT)
cells = form({"department": (DEPARTMENTS[0][0], typed(TextKind.LABEL))}
             | {name: (STAFF_ORDINARY[name], typed(kind)) for name, kind in STAFF_TEXT.items()})
TAILS = (b"", b"", b"", b"\x00\xff\xfe", b'"not closed', b"\r\r\n,,,\n",
         b'\n"' + b"x" * 140_000 + b'"\n')


def _file(a: dict[str, Any]) -> bytes:
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow([HEADERS[name] for name in FILE_COLUMNS])
    for person in a["rows"]:
        writer.writerow([person[name] for name in FILE_COLUMNS])
    encoding = a["encoding"]
    errors = "surrogatepass" if encoding.startswith("utf") else "replace"
    return text.getvalue().encode(encoding, errors=errors) + a["tail"]


def _import(desk: Desk, a: dict[str, Any]) -> object:
    staff_import = desk.services.staff_import
    path = desk.folder / f"staff{a['suffix']}"
    path.write_bytes(_file(a))
    preview = staff_import.preview(path)
    return preview, staff_import.commit(preview, actor=DESK)


def _import_stored(desk: Desk, a: dict[str, Any], answer: Any) -> list[Any]:
    preview, result = answer
    found: list[Any] = [("rows inserted", len(preview.good), result.inserted)]
    for good in preview.good:
        values = good.values
        clean = validate_staff(StaffDraft(**{name: values.get(name, "") for name in STAFF_TEXT},
                                          department_id=good.draft.department_id))
        with desk.read() as session:
            stored = session.execute(
                select(*(getattr(Staff, name) for name in STAFF_TEXT))
                .where(Staff.name == clean.name, Staff.department_id == clean.department_id,
                       Staff.active.is_(True))).one()
        found += pairs(STAFF_TEXT, (getattr(clean, name) for name in STAFF_TEXT), stored)
    return found


STAFF_IMPORT = Call(
    "staff_import", ("staff_import.preview", "staff_import.commit"),
    st.fixed_dictionaries({
        "rows": st.lists(cells, min_size=1, max_size=3),
        "encoding": choice(["utf-8-sig", "utf-8-sig", "cp949", "utf-16"]),
        "tail": choice(TAILS), "suffix": choice([".csv", ".csv", ".txt", ".CSV", ".xlsx", ""])}),
    _import, examples=200, stored=_import_stored)

EARLIER = Call(
    "caller_history.earlier", ("caller_history.earlier",),
    st.fixed_dictionaries({"phone": typed(TextKind.PHONE), "name": typed(TextKind.PERSON_NAME),
                           "limit": numbers}),
    lambda desk, a: desk.services.caller_history.earlier(a["phone"], a["name"], a["limit"]),
    examples=300)

def _keep_count(desk: Desk, a: dict[str, Any]) -> int:
    return desk.services.daily_backups.set_keep_count(a["count"], actor=DESK)


def _keep_count_stored(desk: Desk, a: dict[str, Any], kept: Any) -> list[Any]:
    with desk.read() as session:
        stored = row(session, Setting, KEEP_KEY, "value")[0]
    return [("keep_count", str(kept), stored)]


KEEP_COUNT = Call(
    "daily_backups.set_keep_count", ("daily_backups.set_keep_count",),
    st.fixed_dictionaries({"count": st.one_of(numbers, numbers.map(str), hostile_text)}),
    _keep_count, examples=150, stored=_keep_count_stored)

# --- the service standard -----------------------------------------------------------------

periods = st.one_of(choice(["3h", "즉시", "7d", "24h"]), hostile_text)
kinds = form({"code": ("other", st.one_of(choice(["other", "petition", "new_kind"]),
                                          hostile_text)),
              "name_ko": ("기타", typed(TextKind.SHORT_LINE)),
              "name_en": ("Other", typed(TextKind.SHORT_LINE)),
              "period": ("7d", periods)})


def _save_standard(desk: Desk, a: dict[str, Any]) -> object:
    standards = desk.services.standards
    made = [validate_kind(KindDraft(**kind)) for kind in a["kinds"]]
    draft = StandardDraft(tuple(made), a["default_kind"], a["phone_callback"])
    saved = standards.save(draft, based_on=standards.latest_version(), actor=DESK)
    shipped = load_standard()  # back as shipped, for the complaint calls after these
    standards.save(StandardDraft(shipped.complaint_kinds, shipped.default_kind_code,
                                 str(shipped.phone_callback)),
                   based_on=standards.latest_version(), actor=DESK)
    return saved


def _save_standard_refusing_bad_kinds(desk: Desk, a: dict[str, Any]) -> object:
    try:
        return _save_standard(desk, a)
    except ValidationError as refusal:  # the editor's own check of one kind
        if set(refusal.field_errors) <= {"code", "name_ko", "name_en", "period"}:
            return refusal
        raise


STANDARD = Call(
    "standards.save", ("standards.save", "standards.in_force", "calendar.standard_at",
                       "complaints.standard"),
    st.fixed_dictionaries({
        "kinds": st.lists(kinds, min_size=1, max_size=3),
        "default_kind": st.one_of(choice(["other", "petition"]), hostile_text),
        "phone_callback": periods,
        "at": moments}),
    lambda desk, a: (_save_standard_refusing_bad_kinds(desk, a),
                     desk.services.standards.in_force(a["at"]),
                     desk.services.calendar.standard_at(a["at"]),
                     desk.services.complaints.standard(a["at"])),
    examples=100)



def _report(desk: Desk, a: dict[str, Any]) -> tuple[int, int]:
    """The compliance report of any two dates: refused (a date out of range, the range
    reversed) alike on both backends, or counted alike."""
    report = desk.services.compliance.report(a["first"], a["last"]).report
    return report.complaints.total.received, report.memos.received


REPORT = Call("compliance.report", ("compliance.report",),
              st.fixed_dictionaries({"first": dates, "last": dates}), _report, examples=60)

CALLS = (ADD_OVERRIDE, CHANGE, SETTINGS, STAFF_IMPORT, EARLIER, KEEP_COUNT, STANDARD,
         REPORT)
