"""The overdue board (issue 16) at scale: 100,000 complaints and 200,000 phone memos on
SQLite (the generators of bench_complaints and bench_memos), read as an administrator
(every department) and as a team lead (one department). The memos were made for an
earlier day, so every memo left open is overdue here: a board far fuller than a real one.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from sqlalchemy import select

from arco_desk.domain.actor import Actor
from arco_desk.domain.roles import Role
from arco_desk.store.models import Staff
from tests.benchmarks import bench_complaints, bench_memos
from tests.signed_in import open_signed_in

ADMIN = Actor("bench:admin", None, "관리자", frozenset({Role.ADMIN.value}))


def run() -> list[tuple[str, float, str]]:
    with tempfile.TemporaryDirectory() as folder:
        services = open_signed_in(Path(folder), clock=lambda: bench_complaints.NOW)
        try:
            bench_complaints.fill(services)
            bench_memos.fill(services)
            with services.uow.read() as session:
                staff = session.scalars(select(Staff).order_by(Staff.id)).first()
                assert staff is not None
                lead = Actor("bench:lead", staff.id, staff.name,
                             frozenset({Role.STAFF.value, Role.LEAD.value}))
            board = services.overdue
            services.gate.sign_in(ADMIN)
            items = board.board(actor=ADMIN).count
            admin_ms = bench_memos.median_ms(lambda _run: board.board(actor=ADMIN))
            services.gate.sign_in(lead)
            lead_items = board.board(actor=lead).count
            lead_ms = bench_memos.median_ms(lambda _run: board.board(actor=lead))
        finally:
            services.close()
    return [("overdue_board_admin_ms", admin_ms, f"ms ({items} items)"),
            ("overdue_board_lead_ms", lead_ms, f"ms ({lead_items} items)")]
