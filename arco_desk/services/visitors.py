"""Visitors: a returning visitor found by name or phone, and the row a booking uses."""

from __future__ import annotations

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from arco_desk.domain.errors import NotFound, ValidationError
from arco_desk.domain.messages import msg
from arco_desk.domain.phone import digits_only
from arco_desk.domain.reception import CleanVisitor, VisitorFull, VisitorMatch
from arco_desk.domain.text import RULES, TextKind, tidy
from arco_desk.domain.visitor_privacy import masked_name, masked_phone
from arco_desk.services.directory import like_pattern
from arco_desk.store.models import Visit, Visitor

MATCH_LIMIT = 10
MIN_PHONE_DIGITS = 4


def find_visitors(session: Session, name: str = "", phone: str = "") -> list[VisitorMatch]:
    """Visitors (not anonymised) whose name contains ``name`` or whose number contains the
    digits of ``phone``; the most recent visitor first. Both are tidied as typed text and
    cut to what a name or a number can hold (a longer one can't match)."""
    name = tidy(name)[:RULES[TextKind.PERSON_NAME].limit]
    digits = digits_only(tidy(phone))[:RULES[TextKind.PHONE].limit]
    conditions = []
    if name:
        conditions.append(Visitor.name.ilike(like_pattern(name), escape="\\"))
    if len(digits) >= MIN_PHONE_DIGITS:
        conditions.append(Visitor.phone_digits.like(like_pattern(digits), escape="\\"))
    if not conditions:
        return []
    last_visit = (
        select(func.max(Visit.arrived_at)).where(Visit.visitor_id == Visitor.id)
        .correlate(Visitor).scalar_subquery()
    )
    stmt = (
        select(Visitor, last_visit)
        .where(Visitor.anonymised_at.is_(None), or_(*conditions))
        .order_by(Visitor.updated_at.desc(), Visitor.id.desc())
        .limit(MATCH_LIMIT)
    )
    return [
        VisitorMatch(v.id, masked_name(v.name), v.organisation, masked_phone(v.phone), seen)
        for v, seen in session.execute(stmt)
    ]


def load_visitor(session: Session, visitor_id: int) -> VisitorFull:
    visitor = session.get(Visitor, visitor_id)
    if visitor is None or visitor.anonymised_at is not None:
        raise NotFound(msg("visitor.gone"))
    return VisitorFull(visitor.id, visitor.name, visitor.organisation, visitor.phone)


def resolve_visitor(session: Session, clean: CleanVisitor) -> Visitor:
    """The visitor row for a booking or a walk-in.

    A chosen returning visitor is updated with what was typed (a new number,
    say); otherwise a visitor with the same name and number is reused, and a
    new row is made only when none exists.
    """
    if clean.visitor_id is not None:
        visitor = session.get(Visitor, clean.visitor_id)
        if visitor is None or visitor.anonymised_at is not None:
            raise ValidationError({"name": msg("visitor.chosen_gone")})
        visitor.name = clean.name
        visitor.organisation = clean.organisation
        if clean.phone:
            visitor.phone, visitor.phone_digits = clean.phone, clean.phone_digits
        return visitor
    stmt = select(Visitor).where(Visitor.name == clean.name, Visitor.anonymised_at.is_(None))
    if clean.phone_digits:
        stmt = stmt.where(Visitor.phone_digits == clean.phone_digits)
    else:
        stmt = stmt.where(Visitor.phone_digits == "", Visitor.organisation == clean.organisation)
    existing = session.scalars(stmt.order_by(Visitor.id).limit(1)).first()
    if existing is not None:
        if clean.organisation:
            existing.organisation = clean.organisation
        return existing
    visitor = Visitor(name=clean.name, organisation=clean.organisation, phone=clean.phone,
                      phone_digits=clean.phone_digits)
    session.add(visitor)
    session.flush()
    return visitor
