"""The Windows version resource is generated from ``arco_desk.__version__``."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest
import version_info

import arco_desk


class _Recorded:
    """Stands in for PyInstaller's versioninfo classes (which need pefile, Windows only)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args = args
        self.kwargs = kwargs


VERSIONINFO_NAMES = (
    "VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
    "VarFileInfo", "VarStruct",
)  # fmt: skip


def evaluate(text: str) -> _Recorded:
    tree = ast.parse(text, mode="eval")
    called = {
        node.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    assert called <= set(VERSIONINFO_NAMES), called
    namespace = {name: type(name, (_Recorded,), {}) for name in VERSIONINFO_NAMES}
    result = eval(compile(tree, "<version info>", "eval"), {"__builtins__": {}}, namespace)
    assert isinstance(result, _Recorded)
    return result


def test_version_is_read_from_the_package() -> None:
    assert version_info.read_version() == arco_desk.__version__


def test_resource_carries_the_package_version(tmp_path: Path) -> None:
    target = version_info.write_version_info(tmp_path / "file_version_info.txt")
    info = evaluate(target.read_text(encoding="utf-8"))
    fixed = info.kwargs["ffi"].kwargs
    expected = version_info.version_tuple(arco_desk.__version__)
    assert fixed["filevers"] == fixed["prodvers"] == expected
    string_file_info = info.kwargs["kids"][0]
    (table,) = string_file_info.args[0]
    strings = {struct.args[0]: struct.args[1] for struct in table.args[1]}
    assert strings["FileVersion"] == strings["ProductVersion"] == arco_desk.__version__
    assert strings["OriginalFilename"] == "arco-desk.exe"
    assert strings["ProductName"] == "ARCO Desk"


def test_resource_follows_a_new_version() -> None:
    info = evaluate(version_info.version_info_text("2.10.3"))
    assert info.kwargs["ffi"].kwargs["filevers"] == (2, 10, 3, 0)


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2", (1, 2, 0, 0)),
        ("3", (3, 0, 0, 0)),
        ("0.2.0rc1", (0, 2, 0, 0)),
        ("1.0.0.dev4", (1, 0, 0, 0)),
        ("1.2.3.4", (1, 2, 3, 4)),
    ],
)
def test_version_tuple(version: str, numbers: tuple[int, int, int, int]) -> None:
    assert version_info.version_tuple(version) == numbers


@pytest.mark.parametrize("version", ["", "v1.0", "1.70000"])
def test_version_tuple_refuses_what_windows_cannot_hold(version: str) -> None:
    with pytest.raises(ValueError):
        version_info.version_tuple(version)


def test_read_version_needs_an_assignment(tmp_path: Path) -> None:
    init = tmp_path / "__init__.py"
    init.write_text('"""No version here."""\n', encoding="utf-8")
    with pytest.raises(LookupError):
        version_info.read_version(init)
