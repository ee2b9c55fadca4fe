"""Fixtures of the packaging tests: build_scripts/ on sys.path, makensis, a tiny bundle.

These tests never run PyInstaller (``make dist`` does); they check the build's inputs
and compile the installer script around a fake bundle in a second or two.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD_SCRIPTS = ROOT / "build_scripts"
if str(BUILD_SCRIPTS) not in sys.path:
    sys.path.insert(0, str(BUILD_SCRIPTS))

import release  # noqa: E402


@pytest.fixture
def makensis() -> str:
    """The makensis executable. Missing NSIS skips locally and fails in CI (``CI`` set)."""
    try:
        return release.find_makensis(install=False)
    except release.ReleaseError as error:
        if os.environ.get("CI"):
            pytest.fail(f"{error}; CI must be able to compile the installer")
        pytest.skip(f"{error}; the installer script was not compiled")


@pytest.fixture
def fake_bundle(tmp_path: Path) -> Path:
    """A few files shaped like a PyInstaller onedir bundle, with awkward names."""
    bundle = tmp_path / "arco-desk"
    internal = bundle / "_internal"
    (internal / "PySide6" / "plugins" / "platforms").mkdir(parents=True)
    (internal / "resources" / "translations").mkdir(parents=True)
    (internal / "empty").mkdir()
    (bundle / release.EXE_NAME).write_bytes(b"MZ fake executable")
    (internal / "base_library.zip").write_bytes(b"PK")
    (internal / "PySide6" / "plugins" / "platforms" / "qwindows.dll").write_bytes(b"MZ")
    (internal / "resources" / "translations" / "arco_desk_ko.qm").write_bytes(b"qm")
    (internal / "resources" / "price $5 list.txt").write_text("dollar", encoding="utf-8")
    (internal / "resources" / "안내문.txt").write_text("한국어", encoding="utf-8")
    return bundle
