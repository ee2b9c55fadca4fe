"""Row locks the use cases share (docs/architecture.md §9).

``STAYS_ACTIVE`` reads a staff member a record is being given to (a memo, a visitor, a
complaint) with ``FOR SHARE``: a deactivation on another PC, which locks the row for
update, waits until this transaction is done, or this one waits for it and then sees
the staff member gone. Many PCs may hold it at once. SQLite ignores it; its writers
take turns anyway.
"""

from __future__ import annotations

from typing import Any, Final

STAYS_ACTIVE: Final[dict[str, Any]] = {"read": True}
