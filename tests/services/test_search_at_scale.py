"""Searching at scale (docs/architecture.md §17), on SQLite and PostgreSQL: memos found
by their message, complaints by their citizen's number, Korean words of one, two and
five syllables, lists cut at the first MOST_ROWS ids in their order, and revision 0012
keeping and indexing the rows there were before it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import Engine, insert, inspect, text

from arco_desk.domain.complaint_intake import ComplaintDraft
from arco_desk.domain.memos import MemoDraft, MemoFilter, MemoStatus, phone_digits
from arco_desk.services.complaint_records import ComplaintFilter, ListScope
from arco_desk.services.container import Services
from arco_desk.services.demo import fill_directory
from arco_desk.services.search import MOST_ROWS, Found, shown_count
from arco_desk.store.migrate import migrate_to
from arco_desk.store.models import Complaint, PhoneMemo, number_digits
from tests.actors import DESK
from tests.conftest import FIXED_NOW


@pytest.fixture
def desk(any_services: Services) -> Iterator[Services]:
    fill_directory(any_services.uow, FIXED_NOW)
    yield any_services


def _staff_id(services: Services) -> int:
    return services.directory.search("")[1].id


def _memo(services: Services, **changes: object) -> int:
    values: dict[str, object] = {
        "caller_name": "김영희", "caller_org": "한빛출판사", "caller_phone": "010-1234-5678",
        "caller_email": "", "called_at": FIXED_NOW - timedelta(minutes=5),
        "message": "문학창작 지원 서류 보완 문의", "target_staff_id": _staff_id(services),
    }
    values.update(changes)
    return services.memos.record(MemoDraft(**values), actor=DESK).id  # type: ignore[arg-type]


def _complaint(services: Services, **changes: str) -> int:
    values = {"channel": "email", "kind_code": "inquiry", "citizen_name": "홍길동",
              "citizen_email": "a@b.kr", "title": "공연장 소음 문의", "content": "내용"}
    values.update(changes)
    return services.complaints.register(ComplaintDraft(**values), actor=DESK)


def test_memo_search_reads_the_message_and_short_and_long_words(desk: Services) -> None:
    a = _memo(desk, caller_name="남궁민수", message="레지던시 입주 작가 모집 일정 문의")
    b = _memo(desk, caller_name="이서연", caller_org="국립현대무용단", message="대관 변경")
    c = _memo(desk, caller_name="박철수", caller_phone="02-760-4500", message="영수증 재발급")
    search = desk.memos.search_ids
    assert search(MemoFilter(text="레지던시 입주")) == [a]      # the message, two words
    assert search(MemoFilter(text="입주")) == [a]               # two syllables: LIKE
    assert search(MemoFilter(text="현대무용단")) == [b]          # five syllables
    assert set(search(MemoFilter(text="수"))) == {a, c}         # one syllable
    assert search(MemoFilter(text="재발급")) == [c]
    assert search(MemoFilter(text="760-45")) == [c]             # a number by its digits
    assert search(MemoFilter(text="없는말")) == []


def test_complaint_search_finds_the_citizens_number(desk: Services) -> None:
    a = _complaint(desk, citizen_phone="010-2345-6789", title="접근성 개선 요청")
    b = _complaint(desk, citizen_phone="02-123-4567", citizen_name="남궁민수",
                   title="레지던시 공모 결과 이의")
    find = desk.complaints.list_ids
    assert find(ComplaintFilter(text="010-2345")) == [a]
    assert find(ComplaintFilter(text="23456789")) == [a]
    assert find(ComplaintFilter(text="02-123")) == [b]
    assert find(ComplaintFilter(text="공모결과")) == []
    assert find(ComplaintFilter(text="공모 결과 이의")) == [b]   # every word
    assert find(ComplaintFilter(text="남궁민수")) == [b]          # four syllables
    assert find(ComplaintFilter(text="레지던시 공모")) == [b]
    assert find(ComplaintFilter(text="민수")) == [b]              # two: LIKE
    assert set(find(ComplaintFilter(text="요"))) == {a}
    with desk.uow.read() as session:
        digits = session.get(Complaint, a)
        assert digits is not None and digits.citizen_phone_digits == "01023456789"


@pytest.mark.parametrize("display", ["010-2345-6789", "02-760-4500 (내선 12)", "+82 2 1234 5678",
                                     "", "(02) 123"])
def test_the_models_digits_are_the_memos(display: str) -> None:
    assert number_digits(display) == phone_digits(display)[:20]


def _many_memos(services: Services, count: int) -> None:
    staff = _staff_id(services)
    rows = [{
        "caller_name": "최다은", "caller_org": "", "caller_phone": "010-5555-0000",
        "caller_phone_digits": "01055550000", "caller_email": "",
        "called_at": FIXED_NOW - timedelta(days=30, minutes=i),
        "message": "오래된 문의", "target_staff_id": staff, "status": MemoStatus.DONE.value,
        "callback_due_at": FIXED_NOW - timedelta(days=29, minutes=i),
        "done_at": FIXED_NOW - timedelta(days=29), "done_via": "call", "outcome": "안내함",
        "created_at": FIXED_NOW, "updated_at": FIXED_NOW,
    } for i in range(count)]
    with services.uow.write(DESK) as session:
        session.execute(insert(PhoneMemo), rows)


def test_the_history_is_cut_at_the_first_ids_and_exports_get_all(desk: Services) -> None:
    open_one = _memo(desk)
    _many_memos(desk, MOST_ROWS + 5)
    wanted = MemoFilter(include_closed=True)
    capped = desk.memos.search_ids(wanted)
    whole = desk.memos.search_ids(wanted, limit=None)
    assert isinstance(capped, Found) and capped.more and not whole.more
    assert len(capped) == MOST_ROWS and len(whole) == MOST_ROWS + 6
    assert capped == whole[:MOST_ROWS] and capped[0] == open_one   # the open one first
    assert shown_count(capped) == "1,000+" and shown_count(whole) == str(MOST_ROWS + 6)
    small = desk.memos.search_ids(wanted, limit=3)
    assert small == whole[:3] and small.more
    assert desk.memos.search_ids(MemoFilter(text="오래된", include_closed=True)).more
    assert desk.memos.search_ids(MemoFilter(text="다은", include_closed=True)).more
    assert desk.memos.search_ids(MemoFilter(text="5555-0", include_closed=True)).more
    assert desk.memos.search_ids(MemoFilter()) == [open_one]


def test_all_complaints_are_cut_at_the_newest(desk: Services) -> None:
    first = _complaint(desk, title="처음 접수")
    with desk.uow.read() as session:
        model = session.get(Complaint, first)
        assert model is not None
        columns = {c.key: getattr(model, c.key) for c in Complaint.__table__.columns
                   if c.key not in ("id", "last_writer")}
    rows = [dict(columns, received_at=FIXED_NOW - timedelta(days=1, minutes=i),
                 title="예전 민원", status="closed") for i in range(MOST_ROWS + 5)]
    with desk.uow.write(DESK) as session:
        session.execute(insert(Complaint), rows)
    everything = ComplaintFilter(scope=ListScope.ALL)
    capped = desk.complaints.list_ids(everything)
    whole = desk.complaints.list_ids(everything, limit=None)
    assert capped.more and len(capped) == MOST_ROWS and capped == whole[:MOST_ROWS]
    assert len(whole) == MOST_ROWS + 6 and whole[0] == first      # newest first
    assert shown_count(capped) == "1,000+"
    assert desk.complaints.list_ids(ComplaintFilter(scope=ListScope.ALL, text="예전")).more
    assert desk.complaints.list_ids(ComplaintFilter(text="처음")) == [first]


def _copy_rows(engine: Engine, table: str, changes: dict[str, str]) -> None:
    """Every row of ``table`` once more with ``changes``, by SQL, at the revision the
    database is at."""
    columns = [c["name"] for c in inspect(engine).get_columns(table)
               if c["name"] not in ("id", "source_memo_id", "source_visit_id")]
    chosen = ", ".join(f":{c}" if c in changes else c for c in columns)
    with engine.begin() as conn:
        conn.execute(text(f"INSERT INTO {table} ({', '.join(columns)}) "
                          f"SELECT {chosen} FROM {table}"), changes)


def test_revision_0012_keeps_the_rows_before_it_and_finds_them(desk: Services) -> None:
    memo = _memo(desk, message="업그레이드 전에 남긴 메모")
    complaint = _complaint(desk, citizen_phone="010-2345-6789", title="업그레이드 전 민원")
    migrate_to(desk.engine, "0011")
    assert "citizen_phone_digits" not in {
        c["name"] for c in inspect(desk.engine).get_columns("complaint")}
    # Rows written at 0011, as the program before this one wrote them.
    _copy_rows(desk.engine, "phone_memo", {"message": "이전 판에서 받은 전화"})
    _copy_rows(desk.engine, "complaint", {"citizen_phone": "031-777-8888",
                                          "title": "이전 판의 민원"})
    with desk.engine.connect() as conn:
        before = {t: conn.scalar(text(f"SELECT count(*) FROM {t}"))
                  for t in ("phone_memo", "complaint", "complaint_event", "staff")}
    migrate_to(desk.engine, "head")
    with desk.engine.connect() as conn:
        after = {t: conn.scalar(text(f"SELECT count(*) FROM {t}")) for t in before}
    assert after == before and before["phone_memo"] == 2 and before["complaint"] == 2
    desk.memos._fts = None
    desk.complaints._fts = None
    history = MemoFilter(include_closed=True)
    assert desk.memos.search_ids(MemoFilter(text="업그레이드 전에")) == [memo]
    assert len(desk.memos.search_ids(MemoFilter(text="이전 판에서"))) == 1
    assert len(desk.memos.search_ids(history)) == 2
    assert desk.complaints.list_ids(ComplaintFilter(text="010-2345")) == [complaint]
    copied = desk.complaints.list_ids(ComplaintFilter(text="777-88"))
    assert len(copied) == 1 and copied != [complaint]
    assert desk.complaints.list_ids(ComplaintFilter(text="이전 판의")) == copied


def test_frequent_and_rare_words_find_the_same(desk: Services,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A word the index finds often is read by LIKE in the list's order, a rare one is
    gathered from the index: the same ids either way (on PostgreSQL both are ILIKE)."""
    _many_memos(desk, 30)
    rare = _memo(desk, caller_name="오래된", message="서류 보완")
    first = _complaint(desk, citizen_phone="010-5555-1234", title="오래된 문의")
    second = _complaint(desk, citizen_phone="010-5555-9876", title="서류 보완 문의")
    memo_words = ["오래된", "5555-0", "최다은 오래된", "서류 보완"]
    complaint_words = ["오래된", "010-5555", "보완 문의", "서류 보완"]

    def found() -> list[list[int]]:
        memos = [desk.memos.search_ids(MemoFilter(text=w, include_closed=True))
                 for w in memo_words]
        complaints = [desk.complaints.list_ids(ComplaintFilter(text=w, scope=ListScope.ALL))
                      for w in complaint_words]
        return memos + complaints

    as_rare = found()
    monkeypatch.setattr("arco_desk.services.search.FTS_FREQUENT", 2)
    assert found() == as_rare
    assert rare in as_rare[0] and len(as_rare[0]) == 31 and len(as_rare[1]) == 30
    assert as_rare[4] == [first] and as_rare[5] == [second, first]
    assert as_rare[6] == [second] and as_rare[3] == [rare]


def test_a_word_in_some_complaints_walks_the_newest_first_index(
        desk: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    """A frequent word is read by LIKE, one found in a few percent of the complaints by
    walking the list's order index against the trigram index's ids (SQLite), a rare one
    gathered from the index: the same ids, in the same order, cut at the same place, in
    every scope (received moments out of the ids' order on purpose)."""
    first = _complaint(desk, title="접근성 개선 요청")
    with desk.uow.read() as session:
        model = session.get(Complaint, first)
        assert model is not None
        columns = {c.key: getattr(model, c.key) for c in Complaint.__table__.columns
                   if c.key not in ("id", "last_writer")}
    titles = ("접근성개선 요청", "주차 안내", "접근성 개선", "대관 정산 접근성개선")
    rows = [dict(columns, received_at=FIXED_NOW - timedelta(hours=(i * 7) % 23, minutes=i),
                 title=titles[i % 4], status=("closed", "answered", "received")[i % 3])
            for i in range(60)]
    with desk.uow.write(DESK) as session:
        session.execute(insert(Complaint), rows)
    wanted = [ComplaintFilter(text=text, scope=scope)
              for text in ("접근성개선", "접근성", "정산 접근성개선", "개선 요청")
              for scope in (ListScope.ALL, ListScope.CLOSED, ListScope.OPEN,
                            ListScope.NOT_CLOSED)]

    def found(limit: int) -> list[list[int]]:
        return [desk.complaints.list_ids(w, limit=limit) for w in wanted]

    rare = found(1000), found(5)
    assert len(rare[0][0]) == 30 and rare[1][0] == rare[0][0][:5] and rare[1][0].more
    monkeypatch.setattr("arco_desk.services.search.FTS_FREQUENT", 2)
    for cost in (10**9, 0):  # walked, then read by LIKE
        monkeypatch.setattr("arco_desk.services.search.LIKE_ROW_COST", cost)
        assert (found(1000), found(5)) == rare


def test_revision_0013_gives_sqlite_memos_a_text_index(desk: Services) -> None:
    """On SQLite the status and deadline index carries the memo's text (0013); PostgreSQL
    keeps the narrow one; down to 0012 and up again, the memos stay and are found."""
    memo = _memo(desk, caller_name="이영희")
    indexes = {i["name"] for i in inspect(desk.engine).get_indexes("phone_memo")}
    sqlite = desk.engine.dialect.name == "sqlite"
    assert ("ix_phone_memo_status_due_text" in indexes) is sqlite
    assert ("ix_phone_memo_status_due" in indexes) is not sqlite
    migrate_to(desk.engine, "0012")
    assert "ix_phone_memo_status_due" in {
        i["name"] for i in inspect(desk.engine).get_indexes("phone_memo")}
    migrate_to(desk.engine, "head")
    assert desk.memos.search_ids(MemoFilter(text="영희", include_closed=True)) == [memo]


def test_latin_letters_match_any_case_and_korean_words_as_typed(desk: Services) -> None:
    """On PostgreSQL a word without cased letters is matched by LIKE, one with them by
    ILIKE (store/pg_search.contains); SQLite's LIKE ignores ASCII case: the same on both."""
    memo = _memo(desk, caller_org="ARKO 예술자료원", message="Residency 공모 문의")
    complaint = _complaint(desk, title="ARKO 대관 문의", content="Residency 공모 결과")
    memos = desk.memos.search_ids
    complaints = desk.complaints.list_ids
    for word in ("arko", "Arko", "RESIDENCY", "예술자료원", "공모"):
        assert memos(MemoFilter(text=word)) == [memo], word
    for word in ("arko", "ARKO", "residency", "대관", "공모 결과"):
        assert complaints(ComplaintFilter(text=word, scope=ListScope.ALL)) == [complaint], word
    assert memos(MemoFilter(text="arkoo")) == []
