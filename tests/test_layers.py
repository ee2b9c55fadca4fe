"""Arrows only point down: ui → services → store → domain (docs/architecture.md §1)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "arco_desk"
QT = ("PySide6", "shiboken6")


def _modules(layer: str) -> list[str]:
    folder = PACKAGE / layer
    names = []
    for path in sorted(folder.rglob("*.py")):
        if "migrations" in path.relative_to(folder).parts:
            continue  # Alembic scripts, loaded by Alembic only
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names.append(".".join(parts))
    return names


def _loaded_after_import(modules: list[str]) -> set[str]:
    """Top-level packages in sys.modules after importing ``modules`` in a fresh interpreter."""
    code = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=PACKAGE.parent, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def test_the_module_lists_are_not_empty() -> None:
    assert "arco_desk.domain.phone" in _modules("domain")
    assert "arco_desk.domain.directory" in _modules("domain")
    assert "arco_desk.services.directory" in _modules("services")
    assert "arco_desk.store.engine" in _modules("store")
    assert "arco_desk.ui.shell.main_window" in _modules("ui")


def test_importing_the_domain_loads_neither_qt_nor_sqlalchemy() -> None:
    loaded = _loaded_after_import(_modules("domain"))
    assert "arco_desk" in loaded  # the import really happened
    assert "phonenumbers" in loaded
    assert loaded.isdisjoint({*QT, "sqlalchemy", "alembic"}), loaded & {*QT, "sqlalchemy"}


def test_importing_the_services_loads_no_qt() -> None:
    loaded = _loaded_after_import(_modules("services"))
    assert "sqlalchemy" in loaded  # the import really happened
    assert loaded.isdisjoint(QT)


def test_importing_the_store_loads_no_qt() -> None:
    assert _loaded_after_import(_modules("store")).isdisjoint(QT)


def test_the_probe_would_notice_qt() -> None:
    assert "PySide6" in _loaded_after_import(["arco_desk.ui.common.message_bar"])


# --- static scan: every import statement, including ones inside functions ------------------


def _imports(path: Path) -> list[tuple[int, str]]:
    """(line, absolute module name) for every import in ``path``."""
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    package = ".".join(parts[:-1])
    return _imports_in(path.read_text(encoding="utf-8"), package)


def _imports_in(source: str, package: str) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                name = ".".join([*base, node.module] if node.module else base)
            else:
                name = node.module or ""
            found.append((node.lineno, name))
            found += [(node.lineno, f"{name}.{alias.name}") for alias in node.names]
    return found


def _violations(layer: str, forbidden: tuple[str, ...]) -> list[str]:
    bad = []
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files, layer
    for path in files:
        for line, name in _imports(path):
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                bad.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {name}")
    return bad


@pytest.mark.parametrize(
    ("layer", "forbidden"),
    [
        ("ui", ("sqlalchemy", "alembic", "arco_desk.store")),
        ("services", (*QT, "arco_desk.ui", "arco_desk.app")),
        ("store", (*QT, "arco_desk.ui", "arco_desk.app", "arco_desk.services")),
        ("domain", (*QT, "sqlalchemy", "alembic", "arco_desk.ui", "arco_desk.app",
                    "arco_desk.services", "arco_desk.store")),
    ],
)
def test_no_import_points_up(layer: str, forbidden: tuple[str, ...]) -> None:
    assert _violations(layer, forbidden) == []


def test_the_scan_sees_nested_and_relative_imports() -> None:
    source = (
        "import os\n"
        "def late():\n"
        "    import sqlalchemy.orm\n"
        "    from ..store import engine\n"
        "    from . import form\n"
    )
    names = {name for _, name in _imports_in(source, "arco_desk.ui")}
    assert {"os", "sqlalchemy.orm", "arco_desk.store", "arco_desk.store.engine",
            "arco_desk.ui", "arco_desk.ui.form"} <= names
    ui = {name for path in (PACKAGE / "ui").rglob("*.py") for _, name in _imports(path)}
    assert any(n.startswith("PySide6") for n in ui)
    assert any(n.startswith("arco_desk.services") for n in ui)


def test_the_ui_is_feature_folders_only() -> None:
    loose = sorted(p.name for p in (PACKAGE / "ui").glob("*.py") if p.name != "__init__.py")
    assert loose == [], f"move these into a feature folder under arco_desk/ui/: {loose}"
    assert {"common", "reception", "memos", "complaints", "directory", "admin",
            "staff_pc"} <= {p.name for p in (PACKAGE / "ui").iterdir() if p.is_dir()}



def test_no_module_is_over_600_lines() -> None:
    long = sorted(
        f"{path.relative_to(PACKAGE.parent)}: {count}"
        for path in PACKAGE.rglob("*.py")
        if "migrations" not in path.parts
        and (count := len(path.read_text(encoding="utf-8").splitlines())) > 600
    )
    assert long == [], "split these by use case: " + ", ".join(long)
