"""SQLAlchemy 2 ORM models for the whole design (docs/architecture.md §2).

Statuses and kinds are stored as short strings whose meaning lives in ``domain``;
lookup lists the agency may extend (memo reasons) are rows, not columns.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    func,
    text,
)
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    declared_attr,
    mapped_column,
    relationship,
    validates,
)

from arco_desk.domain.clock import now as _now
from arco_desk.store.types import AwareDateTime as DateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


# INSERT_ONLY: on PostgreSQL most logins may add rows to ``audit_log``, ``access_record``,
# ``change_event`` and ``transfer_log`` but not read them back (docs/architecture.md §11).
# An INSERT ... RETURNING needs to read the new row, so these tables insert without it:
# the id is taken from the sequence first (``SELECT nextval(...)``), then inserted.


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(DateTime(), default=_now)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(), default=_now, onupdate=_now
    )


class Versioned(Timestamped):
    """A record two PCs may edit at once (docs/architecture.md §9): every UPDATE is
    ``... WHERE version = <the version loaded>`` and bumps it, and ``updated_by`` names
    the person whose change it was."""

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    updated_by: Mapped[str] = mapped_column(String(80), default="", server_default="")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, object]:
        return {"version_id_col": cls.version}


# --- directory -------------------------------------------------------------------------


class Department(Versioned, Timestamped, Base):
    __tablename__ = "department"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("department.id", ondelete="SET NULL"))
    floor: Mapped[str] = mapped_column(String(20), default="")
    main_phone: Mapped[str] = mapped_column(String(40), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    staff: Mapped[list[Staff]] = relationship(back_populates="department")


class Staff(Versioned, Timestamped, Base):
    __tablename__ = "staff"
    __table_args__ = (Index("ix_staff_department_name", "department_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), index=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id", ondelete="RESTRICT"))
    position: Mapped[str] = mapped_column(String(40), default="")
    duties: Mapped[str] = mapped_column(Text, default="")
    extension: Mapped[str] = mapped_column(String(10), default="", index=True)
    direct_line: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    floor: Mapped[str] = mapped_column(String(20), default="")
    room: Mapped[str] = mapped_column(String(40), default="")
    seat: Mapped[str] = mapped_column(String(40), default="")
    presence: Mapped[str] = mapped_column(String(16), default="in")
    presence_note: Mapped[str] = mapped_column(String(200), default="")
    back_at: Mapped[datetime | None] = mapped_column(DateTime())
    stand_in_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    department: Mapped[Department] = relationship(back_populates="staff")
    stand_in: Mapped[Staff | None] = relationship(remote_side=[id])


# --- accounts (issue 15) ---------------------------------------------------------------


class Account(Versioned, Timestamped, Base):
    """One per member of staff: the sign-in name, the password's hash, the lockout."""

    __tablename__ = "account"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(30), unique=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"),
                                          unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime | None] = mapped_column(DateTime())
    signed_in_at: Mapped[datetime | None] = mapped_column(DateTime())

    roles: Mapped[list[AccountRole]] = relationship(cascade="all, delete-orphan",
                                                    order_by="AccountRole.role")


class AccountRole(Base):
    __tablename__ = "account_role"

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"),
                                            primary_key=True)
    role: Mapped[str] = mapped_column(String(20), primary_key=True)


class AccessRecord(Base):
    """접속기록: who looked at or took out whose personal data, when, from which PC.

    Written, never changed or removed early: kept at least two years (the
    ``access_record_retention_days`` setting) and reviewed by the privacy officer.
    """

    __tablename__ = "access_record"
    __table_args__ = ({"implicit_returning": False},)  # see INSERT_ONLY

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(), default=_now, index=True)
    account: Mapped[str] = mapped_column(String(80), index=True)
    actor_name: Mapped[str] = mapped_column(String(80))
    pc: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    # Whose data it was (the caller's, visitor's or citizen's name), for the review.
    subject: Mapped[str] = mapped_column(String(120), default="", index=True)
    # Why personal data was taken out (an export asks for it).
    reason: Mapped[str] = mapped_column(String(200), default="")


# --- visitors and appointments (clause 1-1, 1-5) -------------------------------------


class Visitor(Timestamped, Base):
    __tablename__ = "visitor"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), index=True)
    organisation: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    phone_digits: Mapped[str] = mapped_column(String(20), default="", index=True)
    anonymised_at: Mapped[datetime | None] = mapped_column(DateTime())


class Appointment(Versioned, Timestamped, Base):
    __tablename__ = "appointment"

    id: Mapped[int] = mapped_column(primary_key=True)
    visitor_id: Mapped[int] = mapped_column(
        ForeignKey("visitor.id", ondelete="CASCADE"), index=True
    )
    host_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"))
    starts_at: Mapped[datetime] = mapped_column(DateTime(), index=True)
    duration_min: Mapped[int] = mapped_column(Integer, default=60)
    companions: Mapped[int] = mapped_column(Integer, default=0)
    purpose: Mapped[str] = mapped_column(Text, default="")
    place: Mapped[str] = mapped_column(String(120), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="expected")
    prep_alerted_at: Mapped[datetime | None] = mapped_column(DateTime())
    host_ready_at: Mapped[datetime | None] = mapped_column(DateTime())


class Visit(Versioned, Timestamped, Base):
    __tablename__ = "visit"
    __table_args__ = (
        # One holder of each pass not yet returned: two desks handing out pass 7 at the
        # same moment can't both succeed.
        Index("uq_visit_unreturned_pass", "pass_number", unique=True,
              sqlite_where=text("pass_number <> '' AND pass_returned_at IS NULL"),
              postgresql_where=text("pass_number <> '' AND pass_returned_at IS NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    visitor_id: Mapped[int] = mapped_column(
        ForeignKey("visitor.id", ondelete="CASCADE"), index=True
    )
    appointment_id: Mapped[int | None] = mapped_column(
        ForeignKey("appointment.id", ondelete="SET NULL"), index=True
    )
    host_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    received_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    # The stand-in the desk routed the visitor to because the host was away at check-in.
    routed_to_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    purpose: Mapped[str] = mapped_column(Text, default="")
    requests: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    follow_up_owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL")
    )
    arrived_at: Mapped[datetime] = mapped_column(DateTime(), index=True)
    left_at: Mapped[datetime | None] = mapped_column(DateTime())
    pass_number: Mapped[str] = mapped_column(String(20), default="")
    pass_returned_at: Mapped[datetime | None] = mapped_column(DateTime())
    id_checked: Mapped[bool] = mapped_column(Boolean, default=False)


class OutboundVisit(Versioned, Timestamped, Base):
    __tablename__ = "outbound_visit"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_name: Mapped[str] = mapped_column(String(80))
    customer_org: Mapped[str] = mapped_column(String(120), default="")
    customer_phone: Mapped[str] = mapped_column(String(40), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"))
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("department.id", ondelete="SET NULL")
    )
    visit_date: Mapped[date] = mapped_column(Date, index=True)
    call_due_at: Mapped[datetime] = mapped_column(DateTime())
    called_at: Mapped[datetime | None] = mapped_column(DateTime())
    call_note: Mapped[str] = mapped_column(Text, default="")


# --- phone memos (clause 1-2) ----------------------------------------------------------


class MemoReason(Base):
    __tablename__ = "memo_reason"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    label_ko: Mapped[str] = mapped_column(String(40))
    label_en: Mapped[str] = mapped_column(String(40))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class PhoneMemoReason(Base):
    __tablename__ = "phone_memo_reason"

    memo_id: Mapped[int] = mapped_column(
        ForeignKey("phone_memo.id", ondelete="CASCADE"), primary_key=True
    )
    reason_id: Mapped[int] = mapped_column(
        ForeignKey("memo_reason.id", ondelete="RESTRICT"), primary_key=True
    )


class PhoneMemo(Versioned, Timestamped, Base):
    __tablename__ = "phone_memo"
    __table_args__ = (
        # On SQLite revision 0013 makes it ix_phone_memo_status_due_text, the same with
        # the caller's name, organisation and message after the deadline: a short word's
        # LIKE reads the index in the list's order, not the memos (§17).
        Index("ix_phone_memo_status_due", "status", "callback_due_at"),
        # Name and organisation together: a substring search reads this narrow index,
        # not the memos (and the caller history still finds a name by its prefix).
        Index("ix_phone_memo_caller_name_org", "caller_name", "caller_org"),
        # 내 메모: a person's open memos, and their department's unclaimed ones, found
        # without reading everyone's history.
        Index("ix_phone_memo_target_status", "target_staff_id", "status"),
        Index("ix_phone_memo_department_target", "target_department_id", "target_staff_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    caller_name: Mapped[str] = mapped_column(String(80), default="")
    caller_org: Mapped[str] = mapped_column(String(120), default="")
    caller_phone: Mapped[str] = mapped_column(String(40), default="")
    caller_phone_digits: Mapped[str] = mapped_column(String(20), default="", index=True)
    caller_email: Mapped[str] = mapped_column(String(120), default="")
    called_at: Mapped[datetime] = mapped_column(DateTime(), index=True)
    message: Mapped[str] = mapped_column(Text)
    target_staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL")
    )
    target_department_id: Mapped[int | None] = mapped_column(
        ForeignKey("department.id", ondelete="SET NULL")
    )
    taken_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(16), default="new")
    callback_due_at: Mapped[datetime | None] = mapped_column(DateTime())
    forwarded_at: Mapped[datetime | None] = mapped_column(DateTime())
    read_at: Mapped[datetime | None] = mapped_column(DateTime())
    escalated_at: Mapped[datetime | None] = mapped_column(DateTime())
    done_at: Mapped[datetime | None] = mapped_column(DateTime())
    outcome: Mapped[str] = mapped_column(Text, default="")
    # Whom the caller asked for; the target is who has it now (stand-in, colleague,
    # or nobody yet for a memo to the whole department until someone claims it).
    asked_for_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    escalated_to_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"), index=True
    )
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime())
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime())
    done_via: Mapped[str] = mapped_column(String(16), default="", server_default="")


class PhoneMemoEvent(Base):
    """A line of a memo's history: recorded, read, forwarded (with the reason), done..."""

    __tablename__ = "phone_memo_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    memo_id: Mapped[int] = mapped_column(
        ForeignKey("phone_memo.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(24))
    at: Mapped[datetime] = mapped_column(DateTime(), default=_now)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    to_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    detail: Mapped[str] = mapped_column(Text, default="")


class TransferLog(Base):
    """The desk told a caller the target's name and number (clause 1-2)."""

    __tablename__ = "transfer_log"
    __table_args__ = ({"implicit_returning": False},)  # see INSERT_ONLY

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(), default=_now)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    number_given: Mapped[str] = mapped_column(String(40))
    caller_name: Mapped[str] = mapped_column(String(80), default="")


# --- complaints (clause 1-3, 2) --------------------------------------------------------


class Complaint(Versioned, Timestamped, Base):
    __tablename__ = "complaint"
    __table_args__ = (
        Index("ix_complaint_status_due", "status", "due_at"),
        # One complaint per memo and per visit request it came from.
        Index("uq_complaint_source_memo_id", "source_memo_id", unique=True),
        Index("uq_complaint_source_visit_id", "source_visit_id", unique=True),
        # Newest first ("closed", "all complaints"): the first rows without a sort (§17).
        Index("ix_complaint_received", "received_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    kind_code: Mapped[str] = mapped_column(String(30))
    citizen_name: Mapped[str] = mapped_column(String(80), index=True)
    citizen_phone: Mapped[str] = mapped_column(String(40), default="")
    # What a search for a number matches (set with ``citizen_phone``, see below).
    citizen_phone_digits: Mapped[str] = mapped_column(String(20), default="",
                                                      server_default="")
    citizen_email: Mapped[str] = mapped_column(String(120), default="")
    citizen_address: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(String(200))
    content: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[datetime] = mapped_column(DateTime())
    period: Mapped[str] = mapped_column(String(10))
    # A 기타 complaint given a period of its own at intake: the legal basis of it.
    period_basis: Mapped[str] = mapped_column(String(200), default="", server_default="")
    due_at: Mapped[datetime] = mapped_column(DateTime())
    promised_at: Mapped[datetime | None] = mapped_column(DateTime())
    status: Mapped[str] = mapped_column(String(16), default="received")
    assignee_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"), index=True
    )
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("department.id", ondelete="SET NULL")
    )
    source_memo_id: Mapped[int | None] = mapped_column(
        ForeignKey("phone_memo.id", ondelete="SET NULL")
    )
    source_visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id", ondelete="SET NULL"))
    answered_at: Mapped[datetime | None] = mapped_column(DateTime())
    closed_at: Mapped[datetime | None] = mapped_column(DateTime())
    # Set while the clock is stopped for a supplementation (보완 요구): when it began.
    paused_at: Mapped[datetime | None] = mapped_column(DateTime())

    @validates("citizen_phone")
    def _keep_digits(self, _key: str, value: str) -> str:
        """The number's digits follow the number on every ORM write (migration 0012
        filled them for the complaints before it)."""
        self.citizen_phone_digits = number_digits(value or "")
        return value


def number_digits(display: str) -> str:
    """``domain.memos.phone_digits`` (the digits before an extension), at most 20; written
    here so the models do not load the phone-number tables (a test holds the two equal)."""
    return "".join(ch for ch in display.split("(")[0] if ch.isdigit())[:20]


# The deadline in force is the delay notice's date when there is one, else the engine's;
# lists sort and filter on it.
complaint_deadline = func.coalesce(Complaint.promised_at, Complaint.due_at)
Index("ix_complaint_status_deadline", Complaint.status, complaint_deadline)


class ComplaintEvent(Base):
    __tablename__ = "complaint_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(
        ForeignKey("complaint.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(24))
    at: Mapped[datetime] = mapped_column(DateTime(), default=_now)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    actor_name: Mapped[str] = mapped_column(String(40), default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    ends_at: Mapped[datetime | None] = mapped_column(DateTime())
    new_due_at: Mapped[datetime | None] = mapped_column(DateTime())
    old_due_at: Mapped[datetime | None] = mapped_column(DateTime())
    # A coded choice of the step: the reply channel, how a delay was told, the
    # follow-up outcome.
    code: Mapped[str] = mapped_column(String(24), default="")
    consent: Mapped[bool | None] = mapped_column(Boolean)
    # Whom the step names: the assignee, or the responder whose real name the answer bears.
    target_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    target_name: Mapped[str] = mapped_column(String(120), default="")


class ComplaintAttachment(Base):
    __tablename__ = "complaint_attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(
        ForeignKey("complaint.id", ondelete="CASCADE"), index=True
    )
    original_name: Mapped[str] = mapped_column(String(255))
    stored_path: Mapped[str] = mapped_column(String(500))
    size_bytes: Mapped[int] = mapped_column(Integer, default=0)
    added_at: Mapped[datetime] = mapped_column(DateTime(), default=_now)


# --- calendar, settings, audit -----------------------------------------------------------


class CalendarOverride(Base):
    """An agency closure, a temporary holiday declared late, or an extra working day."""

    __tablename__ = "calendar_override"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(), default=_now)


class ServiceStandardVersion(Base):
    """A saved version of the service standard (its TOML text): it applies to complaints
    received at or after ``effective_from`` (docs/architecture.md §13)."""

    __tablename__ = "service_standard_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    # previous + 1: two administrators saving at once cannot both make the same one.
    version: Mapped[int] = mapped_column(Integer, unique=True)
    effective_from: Mapped[datetime] = mapped_column(DateTime(), index=True)
    standard: Mapped[str] = mapped_column(Text)
    saved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    saved_by_name: Mapped[str] = mapped_column(String(80))
    saved_at: Mapped[datetime] = mapped_column(DateTime())


class Setting(Base):
    """Shared business settings (greeting script, escalation minutes, retention...)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __table_args__ = ({"implicit_returning": False},)  # see INSERT_ONLY

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(), default=_now, index=True)
    # The acting account (``staff:<id>``, ``desk``, ``system``) and the person's name then.
    actor: Mapped[str] = mapped_column(String(80), default="")
    actor_name: Mapped[str] = mapped_column(String(80), default="")
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str] = mapped_column(Text, default="")


class DestructionLedger(Base):
    """파기 대장: what personal data was destroyed, how many, when, by whom."""

    __tablename__ = "destruction_ledger"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(), default=_now)
    what: Mapped[str] = mapped_column(String(120))
    method: Mapped[str] = mapped_column(String(40))
    count: Mapped[int] = mapped_column(Integer)
    actor: Mapped[str] = mapped_column(String(80))



class Submission(Base):
    """A form's submission key, written in the transaction of what it saved.

    A save whose outcome is unknown (the connection died around the commit) is asked
    about by its key: here, it was saved; absent, it was not. Saving again with the same
    key finds it instead of storing a second record (docs/architecture.md §9).
    """

    __tablename__ = "submission"

    key: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(DateTime(), default=_now, index=True)


class ChangeEvent(Base):
    """The change feed: one row per published change, written in the change's transaction.

    Ids only, never personal data: a listener loads the row it is told about.
    ``id`` increases monotonically; a PC catches up with ``id > last_seen``.
    """

    __tablename__ = "change_event"
    # AUTOINCREMENT on SQLite: an id is never reused, even after old rows are pruned.
    # see INSERT_ONLY
    __table_args__ = ({"sqlite_autoincrement": True, "implicit_returning": False},)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime(), default=_now)
    kind: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int] = mapped_column(Integer)
    staff_id: Mapped[int | None] = mapped_column(Integer, index=True)
    department_id: Mapped[int | None] = mapped_column(Integer)
