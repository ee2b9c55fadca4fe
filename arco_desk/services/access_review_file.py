"""The privacy officer's review as an XLSX file (a private file: readable by its owner),
written by the one list writer (services/list_export.py)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from arco_desk.services.korean_records import (
    ACCESS_REVIEW_COLUMNS,
    ACCESS_REVIEW_SHEET,
    access_action_name,
)
from arco_desk.services.list_export import Cell, write_list

if TYPE_CHECKING:
    from arco_desk.services.access_records import AccessReview


def write_review(review: AccessReview, path: Path) -> None:
    rows: list[list[Cell]] = [
        [row.at.strftime("%Y-%m-%d %H:%M:%S"), row.account, row.actor_name, row.pc,
         access_action_name(row.action), row.entity, row.entity_id, row.subject, row.reason]
        for row in review.rows]
    write_list(path, ACCESS_REVIEW_SHEET, ACCESS_REVIEW_COLUMNS, rows)
