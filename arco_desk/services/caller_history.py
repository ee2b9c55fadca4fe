"""The same caller elsewhere: visits and complaints by phone number or exact name."""

from __future__ import annotations

from sqlalchemy import ColumnElement, or_, select

from arco_desk.domain.caller_history import ContactKind, EarlierContact
from arco_desk.domain.phone import PhoneNumberInvalid, digits_only, parse_phone
from arco_desk.domain.text import tidy
from arco_desk.services.search import at_most
from arco_desk.store.models import Complaint, Visit, Visitor
from arco_desk.store.unit_of_work import UnitOfWork

LIMIT = 5
MIN_DIGITS = 9
MIN_NAME = 2


class CallerHistoryService:
    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    def earlier(self, phone: str = "", name: str = "", limit: int = LIMIT
                ) -> list[EarlierContact]:
        """Visits, then complaints, newest first; each list at most ``limit`` long."""
        limit = at_most(limit)
        digits, display = _phone_keys(phone)
        who = tidy(name)
        visitor_match: list[ColumnElement[bool]] = []
        complaint_match: list[ColumnElement[bool]] = []
        if digits:
            visitor_match.append(Visitor.phone_digits == digits)
            complaint_match.append(Complaint.citizen_phone == display)
        if len(who) >= MIN_NAME:
            visitor_match.append(Visitor.name == who)
            complaint_match.append(Complaint.citizen_name == who)
        if not visitor_match:
            return []
        with self.uow.read() as session:
            visits = session.execute(
                select(Visit.id, Visit.arrived_at, Visitor.name, Visit.purpose)
                .join(Visitor, Visit.visitor_id == Visitor.id)
                .where(or_(*visitor_match), Visitor.anonymised_at.is_(None))
                .order_by(Visit.arrived_at.desc()).limit(limit)
            ).all()
            complaints = session.execute(
                select(Complaint.id, Complaint.received_at, Complaint.citizen_name,
                       Complaint.title, Complaint.status)
                .where(or_(*complaint_match))
                .order_by(Complaint.received_at.desc()).limit(limit)
            ).all()
        return [EarlierContact(ContactKind.VISIT, v.id, v.arrived_at, v.name, v.purpose, "")
                for v in visits] + [
            EarlierContact(ContactKind.COMPLAINT, c.id, c.received_at, c.citizen_name, c.title,
                           c.status) for c in complaints]


def _phone_keys(phone: str) -> tuple[str, str]:
    """(digits, formatted display) of a number long enough to mean one caller."""
    text = tidy(phone)
    if not text:
        return "", ""
    try:
        display = parse_phone(text).display
    except PhoneNumberInvalid:
        return "", ""
    digits = digits_only(display)
    return (digits, display) if len(digits) >= MIN_DIGITS else ("", "")
