"""The data folder is the user's alone: 0700/0600 on POSIX; on Windows, an access list
letting in everyone, all users or all authenticated users is reported at start."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from arco_desk.private_folder import broad_trustees, make_private

# What ``icacls <folder> /save`` writes on its second line (SDDL), as on Windows 11.
PER_USER_FOLDER = ("D:AI(A;OICIID;FA;;;SY)(A;OICIID;FA;;;BA)"
                   "(A;OICIID;FA;;;S-1-5-21-3623811015-3361044348-30300820-1013)")
SHARED_FOLDER = ("D:AI(A;OICIID;FA;;;SY)(A;OICIID;FA;;;BA)(A;OICIID;0x1200a9;;;BU)"
                 "(A;OICIIOID;SDGXGWGR;;;AU)(A;ID;0x1301bf;;;AU)")
EVERYONE_DENIED = "D:P(D;OICI;FA;;;WD)(A;OICI;FA;;;S-1-5-21-1-2-3-1001)S:(AU;SA;FA;;;WD)"
EVERYONE_BY_SID = "D:(A;OICI;FR;;;S-1-1-0)"


def test_the_per_user_folder_admits_nobody_else() -> None:
    assert broad_trustees(PER_USER_FOLDER) == []


def test_users_and_authenticated_users_are_reported() -> None:
    assert broad_trustees(SHARED_FOLDER) == ["AU", "BU"]
    assert broad_trustees(EVERYONE_BY_SID) == ["S-1-1-0"]


def test_deny_entries_and_the_audit_list_grant_nothing() -> None:
    assert broad_trustees(EVERYONE_DENIED) == []


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_folder_and_what_arco_desk_keeps_in_it_become_private(tmp_path: Path) -> None:
    (tmp_path / "backups").mkdir(mode=0o755)
    copy = tmp_path / "backups" / "arco-desk-20261127-030000-daily.sqlite3"
    copy.write_bytes(b"x")
    copy.chmod(0o644)
    mine = tmp_path / "notes.txt"  # not ARCO Desk's: left alone
    mine.write_text("x")
    mine.chmod(0o644)
    make_private(tmp_path)
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o700
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(mine.stat().st_mode) == 0o644
