"""The PyInstaller spec and what it puts into (and keeps out of) the bundle."""

from __future__ import annotations

import ast
import importlib.util
import struct
from pathlib import Path, PurePosixPath

import pytest
import spec_support

from arco_desk import resources

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build_scripts" / "arco_desk.spec"
ENTRY = ROOT / "build_scripts" / "entry.py"


@pytest.fixture(scope="module")
def spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def calls(tree: ast.AST, name: str) -> list[ast.Call]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if called == name:
                found.append(node)
    return found


def literal_args(call: ast.Call) -> list[object]:
    return [arg.value for arg in call.args if isinstance(arg, ast.Constant)]


def keyword(call: ast.Call, name: str) -> ast.expr:
    (value,) = [kw.value for kw in call.keywords if kw.arg == name]
    return value


def test_spec_collects_the_holidays_data(spec_tree: ast.Module) -> None:
    collected = [literal_args(call) for call in calls(spec_tree, "collect_data_files")]
    assert ["holidays"] in collected


def test_spec_builds_a_onedir_windowed_app_from_the_entry_script(spec_tree: ast.Module) -> None:
    (analysis,) = calls(spec_tree, "Analysis")
    assert "entry.py" in ast.unparse(analysis.args[0])
    (exe,) = calls(spec_tree, "EXE")
    assert ast.literal_eval(keyword(exe, "exclude_binaries")) is True  # onedir
    assert ast.literal_eval(keyword(exe, "name")) == "arco-desk"
    assert ast.literal_eval(keyword(exe, "console")) is False
    assert "arco_desk.ico" in ast.unparse(keyword(exe, "icon"))
    assert "version_info.write_version_info" in ast.unparse(keyword(exe, "version"))
    assert len(calls(spec_tree, "COLLECT")) == 1
    assert calls(spec_tree, "EXCLUDED_MODULES") == [] and "EXCLUDED_MODULES" in ast.unparse(
        keyword(analysis, "excludes")
    )


def test_entry_script_exits_with_mains_return_code() -> None:
    source = ENTRY.read_text(encoding="utf-8")
    assert "from arco_desk.app import main" in source
    assert "sys.exit(main())" in source


def test_resources_go_to_resources_in_the_bundle() -> None:
    datas = spec_support.resource_datas(ROOT)
    bundled = {PurePosixPath(dest, Path(source).name).as_posix() for source, dest in datas}
    assert "resources/service_standard.toml" in bundled
    assert "resources/icons/arco_desk.ico" in bundled
    assert "resources/icons/arco_desk.png" in bundled
    assert "resources/translations/arco_desk_ko.qm" in bundled
    assert not any(name.endswith(".ts") for name in bundled), "Linguist sources stay out"


def test_migrations_go_where_the_app_looks_for_them() -> None:
    datas = spec_support.migration_datas(ROOT)
    bundled = {PurePosixPath(dest, Path(source).name).as_posix() for source, dest in datas}
    # Frozen, resources.py sits at <bundle>/arco_desk/resources.pyc; the app looks next to it.
    package_root = Path(resources.__file__).resolve().parent.parent
    expected_dir = resources.migrations_path().relative_to(package_root).as_posix()
    assert expected_dir == "arco_desk/store/migrations"
    assert f"{expected_dir}/env.py" in bundled
    assert f"{expected_dir}/script.py.mako" in bundled
    revisions = sorted((ROOT / expected_dir / "versions").glob("*.py"))
    assert revisions
    for revision in revisions:
        assert f"{expected_dir}/versions/{revision.name}" in bundled
    assert not any("__pycache__" in name for name in bundled)


def test_modules_the_migrations_import_are_bundled() -> None:
    imports = spec_support.migration_imports(ROOT)
    assert "alembic" in imports or any(name.startswith("alembic.") for name in imports)
    assert "__future__" not in imports


def _imported_modules(folder: Path) -> set[str]:
    names: set[str] = set()
    for path in folder.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_the_app_imports_no_excluded_module() -> None:
    excluded = spec_support.EXCLUDED_MODULES
    offending = sorted(
        name
        for name in _imported_modules(ROOT / "arco_desk")
        for gone in excluded
        if name == gone or name.startswith(gone + ".")
    )
    assert not offending, f"the app imports modules the spec leaves out: {offending}"


@pytest.mark.parametrize(
    ("dest", "unused"),
    [
        ("PySide6/Qt/translations/qtbase_ko.qm", False),
        ("PySide6/Qt/translations/qt_en.qm", False),
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/translations/qtbase_pt_BR.qm", True),  # Windows layout
        ("PySide6/translations/qtbase_ko.qm", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
        ("PySide6/plugins/platforms/qwindows.dll", False),
        ("PySide6/plugins/platforms/qdirect2d.dll", True),
        ("PySide6/plugins/imageformats/qico.dll", False),
        ("PySide6/plugins/imageformats/qtiff.dll", True),
        ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", True),
        ("PySide6/plugins/printsupport/windowsprintersupport.dll", False),
        ("PySide6/Qt6Core.dll", False),
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", False),
        ("holidays/locale/ko/LC_MESSAGES/KR.mo", False),
    ],
)
def test_unused_qt_files(dest: str, unused: bool) -> None:
    assert spec_support.is_unused_qt_file(dest) is unused


def test_drop_unused_qt_files_keeps_toc_entries_intact() -> None:
    toc = [
        ("PySide6/translations/qtbase_fr.qm", "/src/qtbase_fr.qm", "DATA"),
        ("PySide6/translations/qtbase_ko.qm", "/src/qtbase_ko.qm", "DATA"),
    ]
    assert spec_support.drop_unused_qt_files(toc) == [toc[1]]


def test_icon_is_a_multi_size_windows_icon() -> None:
    data = (ROOT / "resources" / "icons" / "arco_desk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for index in range(count):
        width, _height, _colors, _reserved, _planes, bits, size, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert bits == 32 and offset + size <= len(data)
        sizes.add(width or 256)
    assert {16, 32, 48, 256} <= sizes


def test_the_credential_store_of_the_database_password_is_bundled(spec_tree: ast.Module
                                                                  ) -> None:
    """keyring finds its backends through its metadata's entry points; Windows Credential
    Manager's backend and the win32ctypes modules it imports lazily are named."""
    assert ["keyring"] in [literal_args(call) for call in calls(spec_tree, "copy_metadata")]
    assert len(calls(spec_tree, "credential_store_imports")) == 1
    on_windows = spec_support.credential_store_imports(windows=True)
    assert {"keyring.backends.Windows", "win32ctypes.pywin32.win32cred"} <= set(on_windows)
    elsewhere = spec_support.credential_store_imports(windows=False)
    assert not [name for name in elsewhere if name.startswith("win32ctypes")]
    assert all(importlib.util.find_spec(name) for name in elsewhere)
