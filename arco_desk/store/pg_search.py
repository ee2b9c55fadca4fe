"""Substring search under row-level security (docs/architecture.md §11).

PostgreSQL applies a policy before any condition it cannot prove harmless, and no
substring operator is, so a person's ``ILIKE`` search could not use the trigram
indexes. ``arco_complaints_matching(pattern)`` (migration 0010) runs the search as the
owner, with the indexes, and returns only the ids of the complaints the connected
person may see (the complaint policies, written once more inside it; a test holds the
two equal). The policies still apply to the query that uses the ids.
"""

from __future__ import annotations

from sqlalchemy import Engine, Select, func, select, text


def has_complaint_search(engine: Engine) -> bool:
    """True on a PostgreSQL database that has the function (revision 0010)."""
    if engine.dialect.name != "postgresql":
        return False
    with engine.connect() as conn:
        found = conn.scalar(text("SELECT to_regprocedure('arco_complaints_matching(text)')"))
    return found is not None


def complaints_matching(pattern: str) -> Select[tuple[int]]:
    """The ids of the complaints whose title, citizen name or content is ILIKE
    ``pattern`` (a LIKE pattern, ``\\`` escaping) and which the person may see."""
    return select(func.arco_complaints_matching(pattern).column_valued())
