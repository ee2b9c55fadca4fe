"""One place that finds bundled files, from source and from a PyInstaller bundle.

Import-light on purpose: no Qt, no SQLAlchemy.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resource_root() -> Path:
    """The folder holding ``resources/`` (the repository root, or the bundle root)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/``, e.g. ``resource_path("service_standard.toml")``."""
    return resource_root().joinpath("resources", *parts)


def migrations_path() -> Path:
    """The Alembic script folder (inside the package, so it is importable data)."""
    return Path(__file__).resolve().parent / "store" / "migrations"
