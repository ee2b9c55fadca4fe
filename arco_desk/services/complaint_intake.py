"""Complaint intake (clauses 1-3, 1-4): the kinds and their deadlines, registering a
complaint (from a phone memo or a visit too) with its attachments.

Two PCs, one memo (docs/architecture.md §9): registering from a memo or a visit locks
that source row first (lock order: visit, then memo, then complaint), then looks for a
complaint already made from it, then inserts. Two PCs registering the same memo take
turns on its lock and the second is told which complaint the first made; the unique
indexes on ``source_memo_id`` and ``source_visit_id`` are the backstop. A registration
carries the form's submission key, so saving again after a lost connection returns the
complaint stored the first time instead of making a second.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from arco_desk.domain.actor import Actor
from arco_desk.domain.clock import SEOUL
from arco_desk.domain.complaint_deadline import deadline_rule
from arco_desk.domain.complaint_intake import (
    CleanComplaint,
    ComplaintDraft,
    attachment_name,
    case_period,
    title_from_text,
    validate_intake,
)
from arco_desk.domain.complaint_steps import validate_assignment
from arco_desk.domain.complaints import Channel, ComplaintStatus, EventKind
from arco_desk.domain.dates import check_moment, in_seoul
from arco_desk.domain.errors import DomainError, NotFound, ValidationError
from arco_desk.domain.messages import Message, msg
from arco_desk.domain.standard import ComplaintKind
from arco_desk.services.audit import record_audit
from arco_desk.services.complaint_base import ComplaintParts, add_event
from arco_desk.services.complaint_lifecycle import assign_in
from arco_desk.services.complaint_records import DeadlinePreview
from arco_desk.services.korean_records import (
    memo_draft_content,
    registered_late,
    visit_draft_content,
)
from arco_desk.services.memo_inbox import close_for_complaint
from arco_desk.services.submissions import OutcomeUnknown, earlier, remember
from arco_desk.store.models import Complaint, ComplaintAttachment, PhoneMemo, Visit, Visitor
from arco_desk.store.retry import retry_conflicts

log = logging.getLogger(__name__)

MAX_ATTACHMENT_BYTES: Final = 50 * 1024 * 1024
# The copy of an attachment: a name of at most COPY_STEM characters and its suffix (kept up
# to COPY_SUFFIX characters); "attachment" for a name left empty by the text rules.
COPY_STEM: Final = 60
COPY_SUFFIX: Final = 16
ATTACHMENT: Final = "attachment"
# What a submission key of a registration names (``submission.entity``).
SUBMITTED_AS: Final = "complaint"


class ComplaintIntake(ComplaintParts):
    """Taking a complaint in: kinds, the deadline preview, registration, drafts."""

    def kinds(self) -> list[ComplaintKind]:
        return list(self.standard().complaint_kinds)

    def preview_deadline(self, kind_code: str, received_at: datetime | None = None,
                         period: str = "", period_basis: str = "") -> DeadlinePreview:
        """The engine's deadline for ``kind_code`` received at ``received_at`` (default
        now), under the standard in force then; ``period`` is the default kind's own
        period for this case ("" for the kind's)."""
        now = self.clock()
        received = (check_moment("received_at", received_at, now.astimezone(SEOUL).date())
                    if received_at is not None else now)
        standard = self.standard(received)
        try:
            kind = standard.kind(kind_code)
        except KeyError:
            raise ValidationError(
                {"kind_code": msg("complaint.unknown_kind", code=kind_code)}) from None
        errors: dict[str, Message] = {}
        chosen, _ = case_period(errors, standard, kind, period, period_basis)
        if errors.get("period"):
            raise ValidationError({"period": errors["period"]})
        due = self.calendar.business_calendar().due(received, chosen)
        return DeadlinePreview(chosen, due, deadline_rule(chosen, due))

    @retry_conflicts
    def register(
        self,
        draft: ComplaintDraft,
        *,
        assignee_id: int | None = None,
        department_id: int | None = None,
        actor: Actor,
        key: str | None = None,
    ) -> int:
        """Register a complaint (and assign it at once when an assignee or department is
        given); copy its attachments into the data folder. Returns the new id.

        ``key`` is the form's submission key: a registration already stored with it is
        answered with that complaint's id, and nothing is stored twice. A memo or visit
        request already registered is refused, naming its complaint."""
        now = self.clock()
        # The standard in force when the complaint was received (one registered late
        # with a past receipt time gets the version then in force).
        received = in_seoul(draft.received_at) if draft.received_at is not None else now
        clean = validate_intake(draft, self.standard(received or now), now)
        sources = _check_attachments(clean.attachments)
        assigning = assignee_id is not None or department_id is not None
        if assigning:
            validate_assignment(assignee_id, department_id, None)
        cal = self.calendar.business_calendar()
        due = cal.due(clean.received_at, clean.deadline_period)
        copied: list[Path] = []
        try:
            with self.uow.write(actor) as session:
                stored = earlier(session, key, SUBMITTED_AS)
                if stored is not None:
                    return stored
                _lock_sources(session, clean)
                complaint = _new_complaint(clean, due)
                session.add(complaint)
                session.flush()
                registered = ("" if now - clean.received_at < timedelta(minutes=5)
                              else registered_late(now))
                add_event(session, complaint, EventKind.RECEIVED, clean.received_at, actor,
                          detail=registered, new_due_at=due, code=clean.channel.value)
                if clean.source_memo_id is not None:
                    close_for_complaint(session, clean.source_memo_id, actor, complaint.id, now)
                if assigning:
                    assign_in(session, complaint, assignee_id, department_id, None, actor, now)
                for source in sources:
                    copied.append(self._store_attachment(session, complaint.id, source, now))
                record_audit(session, actor, "complaint.register", "complaint",
                             complaint.id, clean.title)
                remember(session, key, SUBMITTED_AS, complaint.id)
                complaint_id = complaint.id
        except OutcomeUnknown:
            # The commit may have happened, and then its rows name these files: they stay.
            # Asked again with the same key, the stored complaint comes back with them.
            log.warning("registration of unknown outcome: %d attachment(s) kept", len(copied))
            raise
        except BaseException:
            # Nothing was stored (a refusal, or a conflict the retry runs again from the
            # start, copying afresh): no row names these copies.
            _remove_files(copied)
            raise
        return complaint_id

    def draft_from_memo(self, memo_id: int) -> ComplaintDraft:
        """A complaint draft from a phone memo: the caller, the message and the time of the
        call, which is when the complaint was received."""
        with self.uow.read() as session:
            memo = session.get(PhoneMemo, memo_id)
            if memo is None:
                raise NotFound(msg("complaint.memo_gone"))
            content = memo_draft_content(memo.message.strip(), memo.caller_org.strip())
            return ComplaintDraft(
                channel=Channel.PHONE.value, citizen_name=memo.caller_name,
                citizen_phone=memo.caller_phone, citizen_email=memo.caller_email,
                title=title_from_text(memo.message), content=content,
                received_at=memo.called_at, source_memo_id=memo.id,
                suggested_assignee_id=memo.target_staff_id,
                suggested_department_id=memo.target_department_id,
            )

    def draft_from_visit(self, visit_id: int) -> ComplaintDraft:
        """A complaint draft from a visit record: the visitor, the requests (and purpose)
        and the arrival time, which is when the complaint was received."""
        with self.uow.read() as session:
            found = session.execute(
                select(Visit, Visitor).join(Visitor, Visit.visitor_id == Visitor.id)
                .where(Visit.id == visit_id)).first()
            if found is None:
                raise NotFound(msg("reception.visit_gone"))
            visit, visitor = found
            requests, purpose = visit.requests.strip(), visit.purpose.strip()
            return ComplaintDraft(
                channel=Channel.VISIT.value, citizen_name=visitor.name,
                citizen_phone=visitor.phone, title=title_from_text(requests or purpose),
                content=visit_draft_content(requests, purpose, visitor.organisation.strip()),
                received_at=visit.arrived_at,
                source_visit_id=visit.id,
                suggested_assignee_id=visit.follow_up_owner_id or visit.host_id,
            )

    def _store_attachment(self, session: Session, complaint_id: int, source: Path,
                          now: datetime) -> Path:
        folder = self.attachments_dir / str(complaint_id)
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        shown = attachment_name(source.name)
        target = _free_name(folder, _copy_name(shown))
        # The content only: the copy takes this process's private mode, not the source's.
        shutil.copyfile(source, target)
        session.add(ComplaintAttachment(
            complaint_id=complaint_id, original_name=shown or target.name,
            stored_path=target.relative_to(self.attachments_dir).as_posix(),
            size_bytes=target.stat().st_size, added_at=now))
        return target


def _new_complaint(clean: CleanComplaint, due: datetime) -> Complaint:
    return Complaint(
        channel=clean.channel.value, kind_code=clean.kind.code, citizen_name=clean.citizen_name,
        citizen_phone=clean.citizen_phone, citizen_email=clean.citizen_email,
        citizen_address=clean.citizen_address, title=clean.title, content=clean.content,
        received_at=clean.received_at, period=str(clean.deadline_period),
        period_basis=clean.period_basis, due_at=due,
        status=ComplaintStatus.RECEIVED.value, source_memo_id=clean.source_memo_id,
        source_visit_id=clean.source_visit_id,
    )


def _lock_sources(session: Session, clean: CleanComplaint) -> None:
    """Lock the visit and the memo the complaint comes from (in the lock order of
    docs/architecture.md §9), then refuse when one already became a complaint. Locked
    first, so a second PC registering the same source waits here and then sees the
    first PC's complaint."""
    if clean.source_visit_id is not None:
        made = _lock_source(session, Visit, clean.source_visit_id, Complaint.source_visit_id,
                            gone=msg("complaint.source_visit_gone"))
        if made is not None:
            raise DomainError(msg("complaint.visit_already_registered", complaint_id=made))
    if clean.source_memo_id is not None:
        made = _lock_source(session, PhoneMemo, clean.source_memo_id,
                            Complaint.source_memo_id, gone=msg("complaint.source_memo_gone"))
        if made is not None:
            raise DomainError(msg("complaint.memo_already_registered", complaint_id=made))


def _lock_source(session: Session, model: type[Visit] | type[PhoneMemo], source_id: int,
                 link: InstrumentedAttribute[int | None], *, gone: Message) -> int | None:
    """Lock the source row (NotFound with ``gone`` when it is not there); the complaint
    already made from it, if any."""
    if session.get(model, source_id, with_for_update=True) is None:
        raise NotFound(gone)
    return session.scalar(select(Complaint.id).where(link == source_id).limit(1))


def _check_attachments(names: Iterable[str]) -> list[Path]:
    paths: list[Path] = []
    for name in names:
        path = Path(name)
        try:
            size = path.stat().st_size if path.is_file() else None
        except OSError:
            size = None
        if size is None:
            raise ValidationError(
                {"attachments": msg("complaint.attachment_unreadable", name=path.name)})
        if size > MAX_ATTACHMENT_BYTES:
            raise ValidationError({"attachments": msg(
                "complaint.attachment_too_large", name=path.name,
                limit_mb=MAX_ATTACHMENT_BYTES // (1024 * 1024))})
        paths.append(path)
    return paths


def _copy_name(shown: str) -> str:
    """The name of the copy in the data folder: the file's name with its stem cut to
    COPY_STEM characters, so that " (2)" still fits every file system's name limit
    (255 bytes on Linux: 60 Hangul syllables are 180)."""
    name = Path(shown)
    suffix = name.suffix if len(name.suffix) <= COPY_SUFFIX else ""
    stem = (name.stem if suffix else shown)[:COPY_STEM].strip()
    return (stem or ATTACHMENT) + suffix


def _free_name(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name (2)``, ``name (3)``… when a file of that name is there."""
    target = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    number = 2
    while target.exists():
        target = folder / f"{stem} ({number}){suffix}"
        number += 1
    return target


def _remove_files(paths: Iterable[Path]) -> None:
    for path in paths:
        try:
            path.unlink(missing_ok=True)
            if not any(path.parent.iterdir()):
                path.parent.rmdir()
        except OSError as error:  # the copy stays; nothing refers to it
            log.warning("could not remove %s: %s", path, error)
