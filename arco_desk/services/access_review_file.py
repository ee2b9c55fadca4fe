"""The privacy officer's review as an XLSX file (a private file: readable by its owner)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook

from arco_desk.services.korean_records import (
    ACCESS_REVIEW_COLUMNS,
    ACCESS_REVIEW_SHEET,
    access_action_name,
)

if TYPE_CHECKING:
    from arco_desk.services.access_records import AccessReview


def write_review(review: AccessReview, path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = ACCESS_REVIEW_SHEET
    sheet.append(list(ACCESS_REVIEW_COLUMNS))
    for row in review.rows:
        sheet.append([row.at.strftime("%Y-%m-%d %H:%M:%S"), row.account, row.actor_name,
                      row.pc, access_action_name(row.action), row.entity, row.entity_id,
                      row.subject, row.reason])
    book.save(path)
    if os.name == "posix":
        path.chmod(0o600)
