"""The data folder holds visitors' and callers' names and numbers: only its user may read
it (issue 14, docs/architecture.md §8).

On POSIX the folder is made 0700 and ARCO Desk's files in it 0600 (with umask 077 for
what is written later). On Windows the per-user folder (``%LOCALAPPDATA%``) admits only
the user, SYSTEM and the administrators by default, but a ``--basedir`` elsewhere (a
shared drive, ``C:\\ARCO``) may let every user in: its access list is read with
``icacls /save`` (SDDL, the same in every Windows language) and an entry letting in
everyone, all users or all authenticated users is reported.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
from pathlib import Path
from typing import Final

log = logging.getLogger(__name__)

# SDDL trustees that stand for more than the user: Everyone, Users, Authenticated Users,
# Guests, Anonymous (abbreviations and SIDs).
BROAD_TRUSTEES: Final = frozenset({"WD", "BU", "AU", "BG", "AN", "S-1-1-0", "S-1-5-32-545",
                                   "S-1-5-11", "S-1-5-32-546", "S-1-5-7"})
_ACE = re.compile(r"\(([^;()]*);[^;()]*;[^;()]*;[^;()]*;[^;()]*;([^;()]*)\)")


def make_private(folder: Path) -> None:
    """An existing data folder made 0700 and ARCO Desk's files in it 0600, on POSIX.

    Only what ARCO Desk keeps there is touched (database and its -wal/-shm and
    backups, settings, logs, attachments), since ``--basedir`` may name any folder.
    """
    if os.name != "posix":
        return
    owned = [folder, *folder.glob("arco-desk*"), folder / "settings.ini"]
    for tree in ("logs", "attachments", "backups"):
        owned += [folder / tree, *(folder / tree).rglob("*")]
    for path in owned:
        if path.is_symlink() or not path.exists():
            continue
        try:
            path.chmod(0o700 if path.is_dir() else 0o600)
        except OSError as error:
            log.warning("could not make %s private: %s", path, error.strerror)


def broad_trustees(sddl: str) -> list[str]:
    """The trustees of ``sddl``'s allow entries that stand for more than one person."""
    dacl = sddl.split("D:", 1)[1] if "D:" in sddl else ""
    dacl = dacl.split("S:", 1)[0]  # the audit list (SACL) grants nothing
    return sorted({trustee for kind, trustee in _ACE.findall(dacl)
                   if kind == "A" and trustee in BROAD_TRUSTEES})


def shared_with_others(folder: Path) -> list[str]:
    """On Windows, the broad trustees ``folder``'s access list lets in ([] elsewhere, or
    when the list cannot be read: that is logged)."""
    if os.name != "nt":
        return []
    import subprocess  # Windows only (docs/architecture.md §16: not at start elsewhere)

    with tempfile.TemporaryDirectory() as scratch:
        saved = Path(scratch) / "acl.txt"
        try:
            subprocess.run(["icacls", str(folder), "/save", str(saved), "/q"], check=True,
                           capture_output=True, timeout=30)
            lines = saved.read_text(encoding="utf-16").splitlines()
        except (OSError, subprocess.SubprocessError, UnicodeError) as error:
            log.warning("could not read the data folder's access list: %s",
                        type(error).__name__)
            return []
    return broad_trustees(lines[1] if len(lines) > 1 else "")
