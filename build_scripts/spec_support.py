"""Helpers of build_scripts/arco_desk.spec: what goes into the bundle and what stays out.

Kept out of the spec so that they are linted, typed and unit-tested like other code.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path, PurePosixPath
from typing import TypeVar

TocEntry = TypeVar("TocEntry", bound=tuple[str, str, str])

# Qt modules the app never imports: it uses QtCore, QtGui, QtWidgets, QtNetwork (the
# single-instance QLocalServer) and QtPrintSupport. Excluding the rest keeps an accidental
# import in a dependency from pulling in Qt Quick, WebEngine and friends.
UNUSED_QT_MODULES = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDBus",
    "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer",
    "QtLabsStyleKit", "QtLocation", "QtMultimedia", "QtMultimediaWidgets",
    "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets",
    "QtPositioning", "QtQml", "QtQmlFeatures", "QtQuick", "QtQuick3D",
    "QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects", "QtScxml",
    "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql",
    "QtStateMachine", "QtSvg", "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools",
    "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets",
    "QtWebSockets", "QtWebView", "QtXml",
)
# phonenumbers' geocoder, carrier and time-zone tables (5 MB compressed): the app only
# parses and formats numbers. Empty this tuple if it ever describes a number's region.
PHONENUMBERS_UNUSED = tuple(
    f"phonenumbers.{name}"
    for name in ("geocoder", "geodata", "carrier", "carrierdata", "timezone", "tzdata")
)
EXCLUDED_MODULES: list[str] = [
    *(f"PySide6.{name}" for name in UNUSED_QT_MODULES),
    *PHONENUMBERS_UNUSED,
    # Optional syntax highlighting of Mako (Alembic's template engine) error pages.
    "pygments",
    # Other GUI toolkits and development tools.
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib",
    "pytest", "_pytest", "pytestqt", "hypothesis", "mypy", "ruff", "IPython",
    "setuptools", "pkg_resources", "pip", "wheel", "lib2to3", "pydoc", "pydoc_data",
    # The project's own tests and build scripts.
    "tests", "build_scripts",
]

# keyring finds its backends through entry points (PyInstaller's own keyring hook bundles
# keyring's metadata and its backends package). The desk PCs' store, Windows Credential
# Manager, is named here as well, with the win32ctypes modules it imports inside a
# try block, so that the frozen app never falls back to keeping no password.
CREDENTIAL_STORE_IMPORTS = ("keyring.backends.Windows",)
WINDOWS_CREDENTIAL_STORE_IMPORTS = ("win32ctypes.pywin32.win32cred",
                                    "win32ctypes.pywin32.pywintypes")

RESOURCE_SOURCE_SUFFIXES = {".ts", ".pro", ".md", ".xcf", ".psd"}
# Files under resources/ that are inputs of the build, not of the app.
RESOURCE_BUILD_ONLY_DIRS = {"installer"}
MIGRATION_SUFFIXES = {".py", ".ini", ".mako"}

# Qt translation catalogues kept: the app's two languages.
QT_LANGUAGES = ("ko", "en")
# Qt plugin folders the app needs at all, and files inside them it does not need.
QT_PLUGIN_DIRS = {
    "platforms",
    "platformthemes",
    "platforminputcontexts",
    "imageformats",
    "iconengines",
    "styles",
    "printsupport",
    "tls",
    "xcbglintegrations",
    "wayland-decoration-client",
    "wayland-graphics-integration-client",
    "wayland-shell-integration",
}
QT_UNUSED_PLUGIN_STEMS = {
    # imageformats: PNG is built into QtGui; ICO, JPEG, GIF and SVG plugins stay.
    "qicns", "qtga", "qtiff", "qwbmp", "qwebp", "qpdf",
    # platforms for embedded devices and remote displays ("offscreen" stays: smoke test).
    "qvnc", "qlinuxfb", "qeglfs", "qminimalegl", "qvkkhrdisplay", "qdirect2d", "qminimal",
}


def _data_files(folder: Path, suffixes: set[str] | None = None) -> Iterable[Path]:
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts:
            continue
        if suffixes is None or path.suffix in suffixes:
            yield path


def resource_datas(root: Path) -> list[tuple[str, str]]:
    """``(source file, bundle folder)`` pairs for everything the app reads from resources/."""
    resources = root / "resources"
    pairs = []
    for path in _data_files(resources):
        relative = path.relative_to(resources)
        if path.suffix in RESOURCE_SOURCE_SUFFIXES or relative.parts[0] in RESOURCE_BUILD_ONLY_DIRS:
            continue
        pairs.append((str(path), str(PurePosixPath("resources", *relative.parent.parts))))
    return pairs


def migrations_dir(root: Path) -> Path:
    return root / "arco_desk" / "store" / "migrations"


def migration_datas(root: Path) -> list[tuple[str, str]]:
    """The Alembic script folder as plain files at arco_desk/store/migrations in the bundle."""
    folder = migrations_dir(root)
    target = PurePosixPath("arco_desk", "store", "migrations")
    return [
        (str(path), str(target.joinpath(*path.relative_to(folder).parent.parts)))
        for path in _data_files(folder, MIGRATION_SUFFIXES)
    ]


def migration_imports(root: Path) -> list[str]:
    """Every module imported by the Alembic scripts, which Alembic loads by file path."""
    names: set[str] = set()
    for path in _data_files(migrations_dir(root), {".py"}):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
    names.discard("__future__")
    return sorted(names)


def credential_store_imports(windows: bool) -> list[str]:
    """Modules of the OS credential store that keeps the database password."""
    return [*CREDENTIAL_STORE_IMPORTS, *(WINDOWS_CREDENTIAL_STORE_IMPORTS if windows else ())]


def _qt_relative(dest: str) -> PurePosixPath | None:
    """The part of a bundle path after PySide6/Qt/ (Linux, macOS) or PySide6/ (Windows)."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if len(parts) < 2 or parts[0] != "PySide6":
        return None
    rest = parts[2:] if parts[1] == "Qt" else parts[1:]
    return PurePosixPath(*rest) if rest else None


def is_unused_qt_file(dest: str) -> bool:
    """True for a Qt translation of another language or a plugin the app never loads."""
    relative = _qt_relative(dest)
    if relative is None or len(relative.parts) < 2:
        return False
    top = relative.parts[0]
    if top == "translations" and relative.suffix == ".qm":
        language = relative.stem.split("_", 1)[-1]
        return language not in QT_LANGUAGES
    if top == "plugins" and len(relative.parts) >= 3:
        if relative.parts[1] not in QT_PLUGIN_DIRS:
            return True
        stem = relative.name.split(".", 1)[0].removeprefix("lib")
        return stem in QT_UNUSED_PLUGIN_STEMS
    return False


def drop_unused_qt_files(toc: list[TocEntry]) -> list[TocEntry]:
    """A PyInstaller TOC (dest, source, kind) without the files of :func:`is_unused_qt_file`."""
    return [entry for entry in toc if not is_unused_qt_file(entry[0])]
