"""The acting person: who does a use case, as the audit log and the histories record it.

Every write use case takes an :class:`Actor`. Until accounts exist the account is
derived from the staff member chosen on the PC (``staff:<id>``), the reception desk
without one (``desk``), or background work (``system``); ``roles`` stay empty until
the accounts feature fills them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

DESK_ACCOUNT: Final = "desk"
SYSTEM_ACCOUNT: Final = "system"
STAFF_ACCOUNT_PREFIX: Final = "staff:"
# The columns the account and the name are stored in (audit_log, complaint_event).
MAX_ACCOUNT_LENGTH: Final = 80
MAX_NAME_LENGTH: Final = 40


@dataclass(frozen=True, slots=True)
class Actor:
    account: str
    staff_id: int | None
    name: str
    roles: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if not self.account.strip() or len(self.account) > MAX_ACCOUNT_LENGTH:
            raise ValueError(f"an actor needs an account of 1 to {MAX_ACCOUNT_LENGTH} "
                             f"characters, not {self.account!r}")
        if not self.name.strip() or len(self.name) > MAX_NAME_LENGTH:
            raise ValueError(f"an actor needs a name of 1 to {MAX_NAME_LENGTH} characters, "
                             f"not {self.name!r}")

    @classmethod
    def for_staff(cls, staff_id: int, name: str) -> Actor:
        """A staff member acting from their own profile (this PC's staff member)."""
        return cls(f"{STAFF_ACCOUNT_PREFIX}{staff_id}", staff_id, name)

    @classmethod
    def desk(cls, name: str) -> Actor:
        """The reception desk when no staff member is set on the PC."""
        return cls(DESK_ACCOUNT, None, name)

    @classmethod
    def system(cls, name: str) -> Actor:
        """Background work nobody clicked: escalation, alerts, demo data, migrations."""
        return cls(SYSTEM_ACCOUNT, None, name)
