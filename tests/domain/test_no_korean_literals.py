"""The domain, the services and the store speak in message keys: no string they hold is
Korean, except data."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Final

PACKAGE: Final = Path(__file__).resolve().parents[2] / "arco_desk"
DOMAIN: Final = PACKAGE / "domain"
HANGUL: Final = re.compile(r"[\uAC00-\uD7A3\u1100-\u11FF\u3130-\u318F\uA960-\uA97F\uD7B0-\uD7FF]")

# Korean that is data, not words for the operator, by module.
DATA: Final = {
    # holiday names (the ``holidays`` release lacks these two), and a closure's default
    "korean_holidays.py": {"노동절", "제헌절"},
    "calendar_business.py": {"기관 휴무"},
    # periods as the service standard file writes them ("즉시", "7근무일")
    "deadlines.py": {"즉시", "([0-9]+)\\s*(h|d|시간|근무시간|일|근무일)", "시간", "근무시간", "일",
                     "근무일", ": expected working hours or days like '3h', '7d' or '즉시'"},
    # extensions as typed and as stored and read out ("02-760-4500 (내선 123)")
    "phone.py": {"내선", "(내)", " (내선 "},
    "memos.py": {" (내선 ", "내선 "},
    # the name an anonymised visitor is stored under
    "visitor_privacy.py": {"(익명)"},
}
# Services and store modules that are data, not words for the operator.
SERVICE_DATA: Final = {
    # the records the agency keeps in Korean: ledger, histories, outcomes, audit details,
    # the staff file's columns and the greeting said on the phone
    "services/korean_records.py",
}


def _services_and_store() -> list[Path]:
    """Every module of services and store but the demo data and the migrations (their
    seed rows are data, and a migration is never edited once released)."""
    return sorted(
        path for folder in ("services", "store") for path in (PACKAGE / folder).rglob("*.py")
        if not path.name.startswith("demo") and "migrations" not in path.parts
        and path.relative_to(PACKAGE).as_posix() not in SERVICE_DATA)


def _strings(tree: ast.Module) -> list[str]:
    """Every string constant but docstrings (f-string parts included)."""
    docstrings = {
        id(node.body[0].value) for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in docstrings]


def test_no_domain_string_is_korean_except_data() -> None:
    found = {
        (path.name, text)
        for path in sorted(DOMAIN.glob("*.py"))
        for text in _strings(ast.parse(path.read_text(encoding="utf-8")))
        if HANGUL.search(text) and text not in DATA.get(path.name, set())
    }
    assert found == set()


def test_no_service_or_store_string_is_korean_except_data() -> None:
    found = {
        (path.relative_to(PACKAGE).as_posix(), text)
        for path in _services_and_store()
        for text in _strings(ast.parse(path.read_text(encoding="utf-8")))
        if HANGUL.search(text)
    }
    assert found == set()


def test_the_service_check_reads_the_services_and_the_store() -> None:
    names = {path.relative_to(PACKAGE).as_posix() for path in _services_and_store()}
    assert {"services/memo_inbox.py", "store/errors.py", "store/migrate.py"} <= names
    assert not any(name.startswith(("services/demo", "store/migrations")) for name in names)
    for name in SERVICE_DATA:
        assert any(HANGUL.search(text) for text in _strings(
            ast.parse((PACKAGE / name).read_text(encoding="utf-8")))), name


def test_the_allowlist_holds_only_what_is_there() -> None:
    for name, allowed in DATA.items():
        strings = set(_strings(ast.parse((DOMAIN / name).read_text(encoding="utf-8"))))
        assert allowed <= strings, (name, allowed - strings)


def test_the_check_sees_korean_in_f_strings() -> None:
    strings = _strings(ast.parse('"""문서."""\nx = f"{a}님 안녕"\n'))
    assert strings == ["님 안녕"]
