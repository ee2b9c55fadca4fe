from __future__ import annotations

from arco_desk.domain.caller_history import ContactKind
from arco_desk.domain.complaint_intake import ComplaintDraft
from arco_desk.domain.reception import VisitorDraft, WalkInDraft
from arco_desk.services.container import Services
from tests.actors import DESK
from tests.conftest import FIXED_NOW


def _seed(services: Services) -> tuple[int, int]:
    host = services.directory.search("")[0]
    visit = services.reception.register_walk_in(
        WalkInDraft(VisitorDraft("홍길동", "서울문화재단", "010-1234-5678"), host.id, "공모 상담"),
                                                actor=DESK)
    complaint = services.complaints.register(ComplaintDraft(
        channel="phone", kind_code="inquiry", citizen_name="홍길동",
        citizen_phone="01012345678", title="공모 결과 문의", content="결과 발표일 문의",
        received_at=FIXED_NOW), actor=DESK)
    return visit.visit_id, complaint


def test_the_same_number_finds_visits_and_complaints(any_services: Services) -> None:
    from arco_desk.services.demo import fill_directory

    fill_directory(any_services.uow, FIXED_NOW)
    visit_id, complaint_id = _seed(any_services)
    found = any_services.caller_history.earlier(phone="010 1234 5678")
    assert [(c.kind, c.id) for c in found] == [
        (ContactKind.VISIT, visit_id), (ContactKind.COMPLAINT, complaint_id)]
    assert found[0].summary == "공모 상담" and found[1].status == "received"


def test_the_exact_name_finds_them_too_and_short_input_finds_nothing(
    demo_services: Services,
) -> None:
    _seed(demo_services)
    assert len(demo_services.caller_history.earlier(name="홍길동")) == 2
    assert demo_services.caller_history.earlier(name="홍") == []
    assert demo_services.caller_history.earlier(phone="010-12") == []
    assert demo_services.caller_history.earlier(phone="010-9999-0000", name="김없음") == []
