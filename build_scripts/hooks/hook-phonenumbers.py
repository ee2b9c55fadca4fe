"""Replaces pyinstaller-hooks-contrib's phonenumbers hook, which hidden-imports every
submodule, including the geocoder, carrier and time-zone tables that the spec excludes
(see spec_support.PHONENUMBERS_UNUSED); this one names only the modules that are kept.
"""

from PyInstaller.utils.hooks import collect_submodules
from spec_support import PHONENUMBERS_UNUSED  # build_scripts/ is on sys.path (the spec)


def _wanted(name: str) -> bool:
    return not any(name == gone or name.startswith(gone + ".") for gone in PHONENUMBERS_UNUSED)


hiddenimports = collect_submodules("phonenumbers", filter=_wanted)
