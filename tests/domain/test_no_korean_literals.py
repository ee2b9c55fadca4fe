"""The domain speaks in message keys: no string it holds is Korean, except data."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Final

DOMAIN: Final = Path(__file__).resolve().parents[2] / "arco_desk" / "domain"
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
# Transitional: the Korean words services still read (removed when they pass keys).
TRANSITIONAL: Final = "transitional_korean.py"


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
        for path in sorted(DOMAIN.glob("*.py")) if path.name != TRANSITIONAL
        for text in _strings(ast.parse(path.read_text(encoding="utf-8")))
        if HANGUL.search(text) and text not in DATA.get(path.name, set())
    }
    assert found == set()


def test_the_allowlist_holds_only_what_is_there() -> None:
    for name, allowed in DATA.items():
        strings = set(_strings(ast.parse((DOMAIN / name).read_text(encoding="utf-8"))))
        assert allowed <= strings, (name, allowed - strings)


def test_the_check_sees_korean_in_f_strings() -> None:
    strings = _strings(ast.parse('"""문서."""\nx = f"{a}님 안녕"\n'))
    assert strings == ["님 안녕"]
