"""The agency's customer-service standard (고객응대서비스 이행표준) as data.

The defaults ship in ``resources/service_standard.toml``; the agency may edit
that file. :func:`parse_standard` checks it strictly (no unknown, missing or
duplicate entries, valid periods) and every error names the line it is on.
"""

from __future__ import annotations

import enum
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Final, TypeVar

from arco_desk.domain.deadlines import BusinessCalendar, Period

__all__ = [
    "ComplaintKind",
    "ServiceStandard",
    "StandardError",
    "VisitCallRule",
    "load_standard",
    "parse_standard",
]

_CODE_RE: Final = re.compile(r"[a-z][a-z0-9_]*")


class StandardError(ValueError):
    """The service standard file is invalid; ``line`` is where (1-based), when known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


class VisitCallRule(enum.StrEnum):
    """When the call before an outbound visit is due."""

    PREVIOUS_WORKING_DAY = "previous working day"


@dataclass(frozen=True, slots=True)
class ComplaintKind:
    """A kind of complaint (민원사무) and its processing period."""

    code: str
    name_ko: str
    name_en: str
    period: Period

    def name(self, language: str = "ko") -> str:
        return self.name_en if language.startswith("en") else self.name_ko


@dataclass(frozen=True, slots=True)
class ServiceStandard:
    """The targets of the standard (docs/architecture.md §3)."""

    complaint_kinds: tuple[ComplaintKind, ...]
    default_kind_code: str
    phone_callback: Period
    written_petition: Period
    appointment_prep: timedelta
    outbound_visit_call: VisitCallRule

    def __post_init__(self) -> None:
        if not self.complaint_kinds:
            raise StandardError("the standard needs at least one complaint kind")
        seen: set[str] = set()
        for kind in self.complaint_kinds:
            if kind.code in seen:
                raise StandardError(f"duplicate complaint kind {kind.code!r}")
            seen.add(kind.code)
        if self.default_kind_code not in seen:
            raise StandardError(f"default kind {self.default_kind_code!r} is not a complaint kind")
        if self.appointment_prep < timedelta(0):
            raise StandardError("appointment preparation time cannot be negative")

    def kind(self, code: str) -> ComplaintKind:
        """The complaint kind with ``code``; KeyError naming it and the known codes if none."""
        for kind in self.complaint_kinds:
            if kind.code == code:
                return kind
        known = ", ".join(k.code for k in self.complaint_kinds)
        raise KeyError(f"unknown complaint kind {code!r} (known: {known})")

    @property
    def default_kind(self) -> ComplaintKind:
        """The kind for complaints that fit no other (기타)."""
        return self.kind(self.default_kind_code)

    def visit_call_due(self, cal: BusinessCalendar, visit_date: date) -> datetime:
        """When the call announcing an outbound visit on ``visit_date`` is due."""
        return cal.call_before_visit_due(visit_date)

    def to_toml(self) -> str:
        """The standard as TOML text that :func:`parse_standard` reads back."""
        minutes, rest = divmod(self.appointment_prep, timedelta(minutes=1))
        if rest:
            raise StandardError("appointment preparation must be whole minutes to be saved")
        lines = [
            f"default_kind = {_toml_str(self.default_kind_code)}",
            "",
            "[phone]",
            f"callback = {_toml_str(str(self.phone_callback))}",
            "",
            "[written_petition]",
            f"reply = {_toml_str(str(self.written_petition))}",
            "",
            "[appointment]",
            f"prep_minutes = {minutes}",
            "",
            "[outbound_visit]",
            f"call = {_toml_str(self.outbound_visit_call.value)}",
        ]
        for kind in self.complaint_kinds:
            lines += [
                "",
                "[[complaint_kind]]",
                f"code = {_toml_str(kind.code)}",
                f"name_ko = {_toml_str(kind.name_ko)}",
                f"name_en = {_toml_str(kind.name_en)}",
                f"period = {_toml_str(str(kind.period))}",
            ]
        return "\n".join(lines) + "\n"


def load_standard(path: Path | None = None) -> ServiceStandard:
    """Read the standard from ``path`` (default: the bundled ``service_standard.toml``)."""
    if path is None:
        from arco_desk.resources import resource_path

        path = resource_path("service_standard.toml")
    return parse_standard(path.read_text(encoding="utf-8"), source=path.name)


def parse_standard(text: str, *, source: str = "service standard") -> ServiceStandard:
    """Parse and check the standard's TOML text; StandardError names the faulty line."""
    lines = _Lines(text, source)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        raise lines.error(f"not valid TOML: {exc}", int(match.group(1)) if match else None) from exc
    return _Reader(data, lines).standard()


_TOP_KEYS: Final = ("default_kind", "phone", "written_petition", "appointment", "outbound_visit")
_KIND_KEYS: Final = ("code", "name_ko", "name_en", "period")

_T = TypeVar("_T")


class _Reader:
    def __init__(self, data: Mapping[str, object], lines: _Lines) -> None:
        self._data = data
        self._lines = lines

    def standard(self) -> ServiceStandard:
        self._no_unknown_keys(self._data, (*_TOP_KEYS, "complaint_kind"), _Table(""))
        kinds = self._kinds()
        default = self._string(self._data, "default_kind", _Table(""))
        if default not in {k.code for k in kinds}:
            raise self._lines.error(
                f"default_kind {default!r} is not one of the complaint kinds",
                self._lines.key_line(_Table(""), "default_kind"),
            )
        phone = self._table("phone", ("callback",))
        petition = self._table("written_petition", ("reply",))
        appointment = self._table("appointment", ("prep_minutes",))
        outbound = self._table("outbound_visit", ("call",))
        minutes = self._value(appointment, "prep_minutes", _Table("appointment"), _minutes)
        return ServiceStandard(
            complaint_kinds=kinds,
            default_kind_code=default,
            phone_callback=self._period(phone, "callback", _Table("phone")),
            written_petition=self._period(petition, "reply", _Table("written_petition")),
            appointment_prep=timedelta(minutes=minutes),
            outbound_visit_call=self._value(
                outbound, "call", _Table("outbound_visit"), _visit_rule
            ),
        )

    def _kinds(self) -> tuple[ComplaintKind, ...]:
        items = self._data.get("complaint_kind")
        if not isinstance(items, list) or not items:
            raise self._lines.error(
                "the standard needs at least one [[complaint_kind]] table",
                self._lines.key_line(_Table(""), "complaint_kind"),
            )
        kinds: list[ComplaintKind] = []
        codes: set[str] = set()
        for index, item in enumerate(items):
            table = _Table("complaint_kind", index)
            if not isinstance(item, dict):
                raise self._lines.error("complaint_kind must be a table", self._lines.header(table))
            self._no_unknown_keys(item, _KIND_KEYS, table)
            code = self._string(item, "code", table)
            if not _CODE_RE.fullmatch(code):
                raise self._lines.error(
                    f"complaint kind code {code!r} must be lowercase letters, digits and _",
                    self._lines.key_line(table, "code"),
                )
            if code in codes:
                raise self._lines.error(
                    f"duplicate complaint kind {code!r}", self._lines.key_line(table, "code")
                )
            codes.add(code)
            kinds.append(
                ComplaintKind(
                    code=code,
                    name_ko=self._string(item, "name_ko", table),
                    name_en=self._string(item, "name_en", table),
                    period=self._period(item, "period", table),
                )
            )
        return tuple(kinds)

    def _table(self, name: str, keys: tuple[str, ...]) -> Mapping[str, object]:
        value = self._value(self._data, name, _Table(""), _as_table)
        self._no_unknown_keys(value, keys, _Table(name))
        return value

    def _no_unknown_keys(
        self, table: Mapping[str, object], allowed: tuple[str, ...], where: _Table
    ) -> None:
        for key in table:
            if key not in allowed:
                raise self._lines.error(
                    f"unknown key {key!r} in {where} (expected: {', '.join(allowed)})",
                    self._lines.key_line(where, key),
                )

    def _string(self, table: Mapping[str, object], key: str, where: _Table) -> str:
        return self._value(table, key, where, _non_empty_string)

    def _period(self, table: Mapping[str, object], key: str, where: _Table) -> Period:
        return self._value(table, key, where, _period)

    def _value(
        self,
        table: Mapping[str, object],
        key: str,
        where: _Table,
        convert: Callable[[object], _T],
    ) -> _T:
        if key not in table:
            line = self._lines.header(where) if where.name else self._lines.end
            raise self._lines.error(f"missing key {key!r} in {where}", line)
        try:
            return convert(table[key])
        except (TypeError, ValueError) as exc:
            raise self._lines.error(
                f"bad value for {key!r} in {where}: {exc}", self._lines.key_line(where, key)
            ) from None


def _as_table(value: object) -> Mapping[str, object]:
    if not isinstance(value, dict):
        raise TypeError("expected a table")
    return value


def _non_empty_string(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise TypeError(f"expected a non-empty string, not {value!r}")
    return value.strip()


def _period(value: object) -> Period:
    if not isinstance(value, str):
        raise TypeError(f"expected a period string like '3h' or '7d', not {value!r}")
    return Period.parse(value)


def _visit_rule(value: object) -> VisitCallRule:
    for rule in VisitCallRule:
        if value == rule.value:
            return rule
    allowed = ", ".join(repr(rule.value) for rule in VisitCallRule)
    raise ValueError(f"expected one of {allowed}, not {value!r}")


def _minutes(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise TypeError(f"expected a whole number of minutes, not {value!r}")
    return value


def _toml_str(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


@dataclass(frozen=True, slots=True)
class _Table:
    """A table of the file: ``name`` ("" for the top level), ``index`` for [[arrays]]."""

    name: str
    index: int | None = None

    def __str__(self) -> str:
        if not self.name:
            return "the top level"
        if self.index is None:
            return f"[{self.name}]"
        return f"[[{self.name}]] #{self.index + 1}"


_HEADER_RE: Final = re.compile(r"\s*(\[\[?)\s*([^\]\s]+)\s*\]\]?")
_KEY_RE: Final = re.compile(r"""\s*("[^"]*"|'[^']*'|[A-Za-z0-9_\-]+)(\.[^=]*)?\s*=""")


class _Lines:
    """Line numbers of table headers and keys, found by scanning the text.

    tomllib reports no positions for valid TOML, so this scans line by line.
    Keys inside multi-line strings or inline tables may be missed; errors then
    name the table's header line.
    """

    def __init__(self, text: str, source: str) -> None:
        self._source = source
        self._count = max(1, len(text.splitlines()))
        self._headers: dict[_Table, int] = {_Table(""): 1}
        self._keys: dict[tuple[_Table, str], int] = {}
        arrays: dict[str, int] = {}
        current = _Table("")
        for number, line in enumerate(text.splitlines(), start=1):
            header = _HEADER_RE.match(line)
            if header:
                name = header.group(2)
                if header.group(1) == "[[":
                    index = arrays.get(name, -1) + 1
                    arrays[name] = index
                    current = _Table(name, index)
                else:
                    current = _Table(name)
                self._headers.setdefault(current, number)
                continue
            key = _KEY_RE.match(line)
            if key:
                self._keys.setdefault((current, key.group(1).strip("\"'")), number)

    @property
    def end(self) -> int:
        """The last line, where a missing table would go."""
        return self._count

    def header(self, table: _Table) -> int:
        """The header's line; the end of the file when the table is missing."""
        return self._headers.get(table, self._count)

    def key_line(self, table: _Table, key: str) -> int:
        """The line of ``key`` in ``table`` (a top-level table's header if it is one)."""
        line = self._keys.get((table, key))
        if line is None:
            line = self._headers.get(_Table(key)) if not table.name else None
        if line is None:
            line = self._headers.get(_Table(key, 0)) if not table.name else None
        return line if line is not None else self.header(table)

    def error(self, problem: str, line: int | None) -> StandardError:
        where = f"{self._source}, line {line}" if line is not None else self._source
        return StandardError(f"{where}: {problem}", line)
