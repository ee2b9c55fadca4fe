"""The English template of every message the domain says, by key (``Message.key``); with
the services' and the store's (:mod:`arco_desk.ui.common.message_catalogue_services`) in
:data:`CATALOGUE`.

Placeholders name the message's parameters; ``render`` in
:mod:`arco_desk.ui.common.messages` translates a template (context ``Message``) and
fills them in. The Korean wording is in resources/translations/arco_desk_ko.ts.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from arco_desk.ui.common.message_catalogue_services import SERVICE_CATALOGUE
from arco_desk.ui.common.translation_marks import QT_TRANSLATE_NOOP

DOMAIN_CATALOGUE: Final[Mapping[str, str]] = {
    # --- form
    "form.invalid": QT_TRANSLATE_NOOP("Message", "Check the fields marked in red."),
    # --- edits (two PCs, one record)
    "edit.conflict": QT_TRANSLATE_NOOP(
        "Message",
        "{who} changed this record at {at}, after you opened it. Their value is under each "
        "field marked in red; save again to keep what you typed, or take theirs."),
    "edit.someone": QT_TRANSLATE_NOOP("Message", "Someone at another PC"),
    # --- text
    "text.too_long": QT_TRANSLATE_NOOP(
        "Message",
        "Enter at most {limit:,} characters (now {length:,})."),
    "text.too_many_words": QT_TRANSLATE_NOOP(
        "Message",
        "A search holds at most {limit} words."),
    # --- dates
    "date.out_of_range": QT_TRANSLATE_NOOP(
        "Message",
        "Enter a date from {earliest} to {latest}."),
    "text.phone": QT_TRANSLATE_NOOP(
        "Message",
        "{reason} E.g. 010-1234-5678, 02-760-4500 ext. 123 (at most {limit} characters)"),
    "text.email": QT_TRANSLATE_NOOP(
        "Message",
        "Not an e-mail address (at most {limit} characters). E.g. name@example.com"),
    # --- compliance report
    "report.range_reversed": QT_TRANSLATE_NOOP(
        "Message",
        "The period ends ({last}) before it starts ({first})."),
    # --- phone
    "phone.empty": QT_TRANSLATE_NOOP("Message", "The phone number is empty."),
    "phone.letters": QT_TRANSLATE_NOOP(
        "Message",
        "The phone number has letters in it: '{text}'"),
    "phone.unreadable": QT_TRANSLATE_NOOP(
        "Message",
        "Not readable as a phone number: '{text}'"),
    "phone.invalid": QT_TRANSLATE_NOOP("Message", "Not a valid phone number: '{text}'"),
    # --- staff
    "staff.name_required": QT_TRANSLATE_NOOP("Message", "Enter the name."),
    "staff.department_required": QT_TRANSLATE_NOOP("Message", "Choose the department."),
    "staff.extension_digits": QT_TRANSLATE_NOOP("Message", "An extension is 2 to 6 digits."),
    # --- department
    "department.name_required": QT_TRANSLATE_NOOP("Message", "Enter the department's name."),
    # --- presence
    "presence.back_at_past": QT_TRANSLATE_NOOP(
        "Message",
        "The expected return time has already passed."),
    "presence.own_stand_in": QT_TRANSLATE_NOOP(
        "Message",
        "A person cannot stand in for themself."),
    # --- memo
    "memo.caller_name_required": QT_TRANSLATE_NOOP(
        "Message",
        "Enter the caller's name. If unknown, write 'anonymous'."),
    "memo.contact_required": QT_TRANSLATE_NOOP(
        "Message",
        "Enter a way to call back (a phone number or an e-mail address)."),
    "memo.called_at_required": QT_TRANSLATE_NOOP("Message", "Enter when the call came in."),
    "memo.called_at_naive": QT_TRANSLATE_NOOP(
        "Message",
        "The time of the call has no time zone."),
    "memo.called_at_future": QT_TRANSLATE_NOOP(
        "Message",
        "The time of the call lies in the future ({called_at:%m/%d %H:%M}). Correct it to"
        " before now ({now:%H:%M})."),
    "memo.target_required": QT_TRANSLATE_NOOP(
        "Message",
        "Choose the staff member the caller asked for."),
    "memo.message_required": QT_TRANSLATE_NOOP("Message", "Enter what the call is about."),
    "memo.route_required": QT_TRANSLATE_NOOP(
        "Message",
        "Choose where it goes: the person, the stand-in or the whole department."),
    "memo.outcome_required": QT_TRANSLATE_NOOP(
        "Message",
        "Write what came of the call. E.g. schedule explained, documents to follow by "
        "e-mail"),
    "memo.forward_reason_required": QT_TRANSLATE_NOOP(
        "Message",
        "Write why you pass it on. E.g. not their duty"),
    "memo.reason_label_required": QT_TRANSLATE_NOOP("Message", "Enter the reason's name."),
    # --- visit
    "visit.already_arrived": QT_TRANSLATE_NOOP(
        "Message",
        "This visitor has already been checked in."),
    "visit.already_left": QT_TRANSLATE_NOOP(
        "Message",
        "This visit has already been checked out."),
    "visit.cancelled": QT_TRANSLATE_NOOP("Message", "This appointment was cancelled."),
    "visit.not_arrived": QT_TRANSLATE_NOOP(
        "Message",
        "This visitor has not been checked in yet. Check them in first."),
    "visit.already_host_ready": QT_TRANSLATE_NOOP("Message", "Already marked as host ready."),
    "visit.transition": QT_TRANSLATE_NOOP(
        "Message",
        "A visit that is '{current}' cannot become '{target}'."),
    # --- visitor
    "visitor.name_required": QT_TRANSLATE_NOOP("Message", "Enter the visitor's name."),
    # --- appointment
    "appointment.host_required": QT_TRANSLATE_NOOP(
        "Message",
        "Choose the host. You can search by name or by duty."),
    "appointment.starts_at_required": QT_TRANSLATE_NOOP(
        "Message",
        "Enter the date and time of the visit."),
    "appointment.starts_at_past": QT_TRANSLATE_NOOP(
        "Message",
        "That time has already passed (now {now:%m-%d %H:%M})."),
    "appointment.too_far_ahead": QT_TRANSLATE_NOOP(
        "Message",
        "Appointments more than a year ahead cannot be booked."),
    "appointment.ends_at_required": QT_TRANSLATE_NOOP("Message", "Enter the end time."),
    "appointment.ends_before_start": QT_TRANSLATE_NOOP(
        "Message",
        "The end time is not after the start time."),
    "appointment.too_long": QT_TRANSLATE_NOOP(
        "Message",
        "A visit may last at most {hours} hours."),
    "appointment.companions_negative": QT_TRANSLATE_NOOP(
        "Message",
        "Companions cannot be fewer than 0."),
    "appointment.companions_too_many": QT_TRANSLATE_NOOP(
        "Message",
        "Enter at most {limit} companions."),
    # --- walk_in
    "walk_in.host_required": QT_TRANSLATE_NOOP(
        "Message",
        "Choose whom the visitor wants to see. If the name is unknown, search by duty."),
    # --- visit
    "visit.purpose_required": QT_TRANSLATE_NOOP("Message", "Enter the purpose of the visit."),
    "visit.pass_number_required": QT_TRANSLATE_NOOP("Message", "Enter the pass number."),
    "visit.left_before_arrival": QT_TRANSLATE_NOOP(
        "Message",
        "The check-out time is before the arrival ({arrived_at:%H:%M})."),
    "visit.left_in_future": QT_TRANSLATE_NOOP(
        "Message",
        "The check-out time has not come yet."),
    # --- words
    "words.or": QT_TRANSLATE_NOOP("Message", "{first} or {rest}"),
    # --- complaint
    "complaint.not_paused": QT_TRANSLATE_NOOP(
        "Message",
        "This complaint is not paused for supplementation."),
    "complaint.step_not_now": QT_TRANSLATE_NOOP(
        "Message",
        "A complaint that is '{status}' cannot take the step '{action}' (possible when "
        "{needed})."),
    "complaint.paused_blocks_step": QT_TRANSLATE_NOOP(
        "Message",
        "The processing period is paused for supplementation. When the documents arrive, "
        "record 'Supplementation received' first."),
    # --- period
    "complaint.deadline_rule": QT_TRANSLATE_NOOP("Message", "{period} → {due}"),
    "period.one_working_hour": QT_TRANSLATE_NOOP("Message", "1 working hour"),
    "period.working_hours": QT_TRANSLATE_NOOP("Message", "{hours} working hours"),
    "period.one_working_day_in_hours": QT_TRANSLATE_NOOP(
        "Message",
        "1 working day ({hours} working hours)"),
    "period.working_days_in_hours": QT_TRANSLATE_NOOP(
        "Message",
        "{days} working days ({hours} working hours)"),
    "period.working_days": QT_TRANSLATE_NOOP(
        "Message",
        "{days} working days, first day counted"),
    "period.immediately": QT_TRANSLATE_NOOP("Message", "Immediately ({hours} working hours)"),
    # --- the service standard's editor
    "standard.period_invalid": QT_TRANSLATE_NOOP(
        "Message",
        "‘{period}’ is not a period. Choose working hours, working days or immediately."),
    "standard.kind.code_required": QT_TRANSLATE_NOOP(
        "Message", "Enter a code for the kind (lowercase letters, digits and _)."),
    "standard.kind.code_invalid": QT_TRANSLATE_NOOP(
        "Message",
        "A code is a lowercase letter followed by lowercase letters, digits or _, at most "
        "{limit} characters."),
    "standard.kind.code_taken": QT_TRANSLATE_NOOP(
        "Message", "Another kind already has the code ‘{code}’."),
    "standard.kind.name_required": QT_TRANSLATE_NOOP("Message", "Enter the kind's name."),
    "standard.kind.name_taken": QT_TRANSLATE_NOOP(
        "Message", "Another kind is already called ‘{name}’. Give this one its own name."),
    "standard.no_kinds": QT_TRANSLATE_NOOP(
        "Message", "The standard needs at least one complaint kind."),
    "standard.default_kind_unknown": QT_TRANSLATE_NOOP(
        "Message", "Choose the default kind among the kinds."),
    "complaint.intake.period_default_kind_only": QT_TRANSLATE_NOOP(
        "Message",
        "Only the default kind takes a period of its own; the other kinds have the "
        "standard's."),
    "complaint.intake.period_basis_required": QT_TRANSLATE_NOOP(
        "Message",
        "Enter the legal basis of this period (for example the decree's annex and item)."),
    # --- countdown
    "countdown.overdue_day": QT_TRANSLATE_NOOP("Message", "{days} day overdue"),
    "countdown.overdue_days": QT_TRANSLATE_NOOP("Message", "{days} days overdue"),
    "countdown.overdue": QT_TRANSLATE_NOOP("Message", "overdue"),
    "countdown.overdue_time": QT_TRANSLATE_NOOP("Message", "{late:hm} overdue"),
    "countdown.today": QT_TRANSLATE_NOOP("Message", "today {due:%H:%M}"),
    "countdown.d_day": QT_TRANSLATE_NOOP("Message", "D-{days}"),
    "countdown.under_a_minute": QT_TRANSLATE_NOOP("Message", "under 1m"),
    "countdown.left": QT_TRANSLATE_NOOP("Message", "{left:hm}"),
    # --- badge
    "badge.answered_in_time": QT_TRANSLATE_NOOP("Message", "answered in time"),
    "badge.answered_late": QT_TRANSLATE_NOOP("Message", "answered {late}"),
    "badge.paused": QT_TRANSLATE_NOOP("Message", "awaiting supplement"),
    "badge.paused_left": QT_TRANSLATE_NOOP(
        "Message",
        "awaiting supplement · {left:largest} left"),
    # --- complaint
    "complaint.delay_notice.paused": QT_TRANSLATE_NOOP(
        "Message",
        "The processing period is paused for supplementation. Record the delay notice "
        "once the supplementation has ended."),
    "complaint.delay_notice.no_more": QT_TRANSLATE_NOOP(
        "Message",
        "The processing period can be extended twice only (once, and once more with the "
        "citizen's consent). It cannot be extended further."),
    "complaint.delay_notice.after_deadline": QT_TRANSLATE_NOOP(
        "Message",
        "The deadline {deadline} has already passed. A delay notice can only be given "
        "before the deadline; this complaint stays on record as overdue."),
    "complaint.assignee_required": QT_TRANSLATE_NOOP(
        "Message",
        "Choose a person or a department in charge."),
    "complaint.reassign_reason_required": QT_TRANSLATE_NOOP(
        "Message",
        "Enter why it is reassigned. It stays in the history."),
    "complaint.same_assignee": QT_TRANSLATE_NOOP(
        "Message",
        "That is who has it now. Choose another person or department."),
    "complaint.pause_request_required": QT_TRANSLATE_NOOP(
        "Message",
        "Enter what was asked of the citizen."),
    "complaint.pause_end_future": QT_TRANSLATE_NOOP(
        "Message",
        "The supplement's arrival time lies in the future."),
    "complaint.pause_end_before_start": QT_TRANSLATE_NOOP(
        "Message",
        "The supplement must arrive after it was asked for ({paused_at})."),
    "complaint.delay_notice.reason_required": QT_TRANSLATE_NOOP(
        "Message",
        "Enter the reason for the delay, as the citizen was told."),
    "complaint.delay_notice.new_due_required": QT_TRANSLATE_NOOP(
        "Message",
        "Enter the new date."),
    "complaint.delay_notice.not_later": QT_TRANSLATE_NOOP(
        "Message",
        "The new date must be after the current deadline {deadline}."),
    "complaint.delay_notice.beyond_limit": QT_TRANSLATE_NOOP(
        "Message",
        "The new date can be {limit} at the latest (the deadline plus the processing "
        "period once more)."),
    "complaint.delay_notice.method_required": QT_TRANSLATE_NOOP(
        "Message",
        "Choose how the citizen was told: {methods}."),
    "complaint.delay_notice.consent_required": QT_TRANSLATE_NOOP(
        "Message",
        "A second extension needs the citizen's consent. Tick it once you have it."),
    "complaint.answer.text_required": QT_TRANSLATE_NOOP("Message", "Enter the answer."),
    "complaint.answer.channel_required": QT_TRANSLATE_NOOP(
        "Message",
        "Choose how the answer went out."),
    "complaint.answer.no_email": QT_TRANSLATE_NOOP(
        "Message",
        "The citizen has no e-mail address, so the answer cannot go by {channel}. Choose "
        "another way."),
    "complaint.answer.no_address": QT_TRANSLATE_NOOP(
        "Message",
        "The citizen has no address, so the answer cannot go by {channel}. Choose another"
        " way."),
    "complaint.answer.no_phone": QT_TRANSLATE_NOOP(
        "Message",
        "The citizen has no phone number, so the answer cannot go by {channel}. Choose "
        "another way."),
    "complaint.answer.in_future": QT_TRANSLATE_NOOP(
        "Message",
        "The time of the answer lies in the future."),
    "complaint.answer.before_receipt": QT_TRANSLATE_NOOP(
        "Message",
        "The answer must come after the receipt ({received_at})."),
    "complaint.answer.responder_required": QT_TRANSLATE_NOOP(
        "Message",
        "Choose who answers. Answers go out under a real name."),
    "complaint.follow_up.outcome_required": QT_TRANSLATE_NOOP(
        "Message",
        "Choose what the follow-up call found."),
    "complaint.follow_up.note_required": QT_TRANSLATE_NOOP(
        "Message",
        "Write down the citizen's further questions."),
    "complaint.intake.channel_required": QT_TRANSLATE_NOOP(
        "Message",
        "Choose how the complaint came in."),
    "complaint.intake.kind_required": QT_TRANSLATE_NOOP(
        "Message",
        "Choose the kind of complaint."),
    "complaint.intake.unknown_kind": QT_TRANSLATE_NOOP(
        "Message",
        "Unknown kind of complaint: '{code}'. Only the kinds in service_standard.toml can"
        " be used ({known})."),
    "complaint.intake.citizen_name_required": QT_TRANSLATE_NOOP(
        "Message",
        "Enter the citizen's name."),
    "complaint.intake.no_reply_contact": QT_TRANSLATE_NOOP(
        "Message",
        "There is no way to reply. Enter a phone number, an e-mail address or an address."),
    "complaint.intake.title_required": QT_TRANSLATE_NOOP("Message", "Enter a title."),
    "complaint.intake.content_required": QT_TRANSLATE_NOOP(
        "Message",
        "Enter what the complaint says."),
    "complaint.intake.received_in_future": QT_TRANSLATE_NOOP(
        "Message",
        "The receipt time {received_at} has not come yet. A time in the future cannot be "
        "entered."),
    # --- calendar
    "calendar.day_required": QT_TRANSLATE_NOOP("Message", "Choose a date."),
    "calendar.kind_required": QT_TRANSLATE_NOOP("Message", "Choose the kind: {kinds}."),
    "calendar.reason_required": QT_TRANSLATE_NOOP(
        "Message",
        "Enter the reason for the closure. The calendar shows it."),
    "calendar.named_override": QT_TRANSLATE_NOOP("Message", "'{reason}' ({kind})"),
    "calendar.override": QT_TRANSLATE_NOOP("Message", "{kind}"),
    "calendar.day_taken": QT_TRANSLATE_NOOP(
        "Message",
        "{day} already has an entry: {taken}. Remove that entry first."),
    "calendar.already_holiday": QT_TRANSLATE_NOOP(
        "Message",
        "{day} is already a day off: {holiday_en}."),
    "calendar.already_weekend": QT_TRANSLATE_NOOP(
        "Message",
        "{day} is already a day off: it is a weekend."),
    "calendar.already_working_day": QT_TRANSLATE_NOOP(
        "Message",
        "{day} is a working day anyway. An extra working day can only fall on a weekend, "
        "a holiday or a closure."),
    # --- outbound
    "outbound.customer_name_required": QT_TRANSLATE_NOOP(
        "Message",
        "Enter the customer's name."),
    "outbound.customer_phone_required": QT_TRANSLATE_NOOP(
        "Message",
        "Enter the number to call the day before the visit."),
    "outbound.purpose_required": QT_TRANSLATE_NOOP(
        "Message",
        "Enter the purpose of the visit. It must be told on the call the day before."),
    "outbound.staff_required": QT_TRANSLATE_NOOP(
        "Message",
        "Choose the staff member who visits."),
    "outbound.visit_date_required": QT_TRANSLATE_NOOP(
        "Message",
        "Enter the date of the visit."),
    "outbound.visit_date_past": QT_TRANSLATE_NOOP(
        "Message",
        "The date of the visit has already passed."),
    "outbound.call_script": QT_TRANSLATE_NOOP(
        "Message",
        "Hello, {customer}. This is {staff} of {department} at the Arts Council Korea. We"
        " are calling ahead about our visit on {visit_date:md} regarding '{purpose}'."),
    # --- privacy
    "privacy.retention_not_a_number": QT_TRANSLATE_NOOP(
        "Message",
        "Enter the retention period as a number of days."),
    "privacy.retention_range": QT_TRANSLATE_NOOP(
        "Message",
        "Enter a retention period of {low} to {high} days."),
    # --- notice
    "notice.unknown_name": QT_TRANSLATE_NOOP("Message", "Name unknown"),
    "notice.unknown_name_of": QT_TRANSLATE_NOOP("Message", "Name unknown ({organisation})"),
    "notice.name": QT_TRANSLATE_NOOP("Message", "{name}"),
    "notice.name_of": QT_TRANSLATE_NOOP("Message", "{name} ({organisation})"),
    "notice.text": QT_TRANSLATE_NOOP("Message", "{text}"),
    # the agency's reason names in the UI's language (English falls back to Korean)
    "notice.reasons": QT_TRANSLATE_NOOP("Message", "{en}"),
    "notice.memo": QT_TRANSLATE_NOOP("Message", "Phone memo: {who}"),
    "notice.memo_unread": QT_TRANSLATE_NOOP("Message", "[Unread memo] Phone memo: {who}"),
    "notice.callback_due": QT_TRANSLATE_NOOP("Message", "Call back by {due:%m/%d %H:%M}"),
    "notice.arrival": QT_TRANSLATE_NOOP("Message", "Visitor arrived: {who}"),
    "notice.arrival_party": QT_TRANSLATE_NOOP(
        "Message",
        "Visitor arrived: {who} and {companions} more"),
    "notice.arrived_at": QT_TRANSLATE_NOOP("Message", "{at:%H:%M} at the front desk"),
    "notice.coming_soon": QT_TRANSLATE_NOOP("Message", "Visitor due soon: {who}"),
    "notice.preparation": QT_TRANSLATE_NOOP(
        "Message",
        "Appointment at {starts_at:%H:%M}. Press 'Ready' when you are ready to receive "
        "them."),
    "notice.preparation_at": QT_TRANSLATE_NOOP(
        "Message",
        "Appointment at {starts_at:%H:%M}, {place}. Press 'Ready' when you are ready to "
        "receive them."),
    "notice.complaint": QT_TRANSLATE_NOOP("Message", "Complaint assigned: {title}"),
    "notice.complaint_due": QT_TRANSLATE_NOOP("Message", "Deadline {due:%m/%d %H:%M}"),
    # --- passwords (accounts)
    "access.retention_not_a_number": QT_TRANSLATE_NOOP(
        "Message", "Type the days as a whole number."),
    "access.retention_range": QT_TRANSLATE_NOOP(
        "Message", "Keep access records from {low} (two years) to {high} days."),
    "password.rule": QT_TRANSLATE_NOOP(
        "Message",
        "Use at least {two_kinds} characters mixing two of letters, digits and symbols, or "
        "at least {three_kinds} mixing all three."),
    "password.too_long": QT_TRANSLATE_NOOP("Message", "Use at most {limit} characters."),
    "password.control_character": QT_TRANSLATE_NOOP(
        "Message", "The password contains a character that cannot be typed."),
    "password.contains_account": QT_TRANSLATE_NOOP(
        "Message", "The password must not contain the sign-in name."),
    # --- accounts and signing in
    "account.login_rule": QT_TRANSLATE_NOOP(
        "Message",
        "Use {least} to {most} characters: small letters a-z, digits and . _ -, starting "
        "with a letter."),
    "signin.wrong": QT_TRANSLATE_NOOP(
        "Message", "The sign-in name or the password is wrong."),
    "signin.locked": QT_TRANSLATE_NOOP(
        "Message",
        "Too many wrong passwords: the account is locked until {until:%H:%M}. An "
        "administrator can unlock it sooner."),
    "signin.disabled": QT_TRANSLATE_NOOP(
        "Message", "This account is disabled. Ask an administrator."),
}

# Every key: the domain's and those of the services, the store and the UI's own refusals.
CATALOGUE: Final[Mapping[str, str]] = {**DOMAIN_CATALOGUE, **SERVICE_CATALOGUE}
