"""A memo that becomes a complaint: once only, and a department memo stays the department's."""

from __future__ import annotations

from dataclasses import replace

import pytest

from arco_desk.domain.errors import DomainError
from arco_desk.domain.memos import MemoDraft, MemoStatus, Route
from arco_desk.services.container import Services
from tests.actors import DESK, acting
from tests.conftest import FIXED_NOW
from tests.words import korean


def _department_memo(services: Services) -> tuple[int, int]:
    department = services.directory.departments()[1].id
    target = services.directory.search("", department_id=department)[0]
    memo = services.memos.record(MemoDraft(
        caller_name="박민원", caller_phone="010-2222-3333", called_at=FIXED_NOW,
        message="대관료 환불을 요청합니다", target_staff_id=target.id, route=Route.DEPARTMENT),
                                 actor=DESK)
    operator = services.directory.search("", department_id=department)[-1].id
    return memo.id, operator


def test_a_memo_becomes_one_complaint_only(demo_services: Services) -> None:
    memo_id, operator = _department_memo(demo_services)
    draft = replace(demo_services.complaints.draft_from_memo(memo_id), kind_code="inquiry")
    first = demo_services.complaints.register(draft, actor=acting(demo_services, operator))
    with pytest.raises(DomainError) as refused:
        demo_services.complaints.register(draft, actor=acting(demo_services, operator))
    assert f"민원 #{first}" in korean(refused.value.msg)
    row = demo_services.memos.get_row(memo_id)
    assert row.status is MemoStatus.DONE
    assert row.target_staff_id is None  # still the department's memo, not the operator's
