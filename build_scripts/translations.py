"""Refresh the Qt Linguist catalogue from the source and compile it.

    python build_scripts/translations.py          # lupdate (keeps translations) + lrelease
    python build_scripts/translations.py --check  # fail when a string is missing/unfinished

The Korean text lives in resources/translations/arco_desk_ko.ts; edit it with
Qt Linguist (pyside6-linguist) or by hand, then run this script to build the .qm.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("ko",)


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    found = found or shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found; install PySide6-Essentials")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "arco_desk").rglob("*.py"))


def lupdate(ts_file: Path, *, keep_obsolete: bool = False) -> None:
    args = [tool("lupdate"), "-locations", "none", "-silent"]
    if not keep_obsolete:
        args.append("-no-obsolete")
    subprocess.run([*args, *sources(), "-ts", str(ts_file)], cwd=ROOT, check=True)


def lrelease(ts_file: Path) -> Path:
    qm = ts_file.with_suffix(".qm")
    subprocess.run([tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm)], check=True)
    return qm


def problems(ts_file: Path) -> list[str]:
    """Messages with no finished translation, as ``context: source`` lines."""
    found: list[str] = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source", "")
            if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                  "obsolete"):
                if translation is not None and translation.get("type") in ("vanished",
                                                                           "obsolete"):
                    continue
                found.append(f"{name}: {source}")
            elif not (translation.text or "").strip() and message.get("numerus") != "yes":
                found.append(f"{name}: {source}")
    return found


def check(language: str) -> list[str]:
    """Run lupdate on a copy: what the source asks for that the catalogue lacks."""
    committed = TS_DIR / f"arco_desk_{language}.ts"
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / committed.name
        shutil.copy(committed, copy)
        lupdate(copy)
        return problems(copy)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    status = 0
    for language in LANGUAGES:
        if args.check:
            missing = check(language)
            for line in missing:
                print(f"[{language}] untranslated: {line}")
            status |= bool(missing)
            continue
        ts_file = TS_DIR / f"arco_desk_{language}.ts"
        lupdate(ts_file)
        print(f"{lrelease(ts_file)} compiled; {len(problems(ts_file))} unfinished")
    return status


if __name__ == "__main__":
    sys.exit(main())
