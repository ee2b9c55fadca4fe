"""The compliance report's footnotes as the user reads them: the English definitions of
:data:`arco_desk.domain.compliance_footnotes.FOOTNOTES`, spelled here once more for Qt
Linguist (context ``Footnote``), and translated where they are shown. A test holds the two
spellings equal, so the README's definitions (printed from the domain) and the report's
are the same words."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from PySide6.QtCore import QCoreApplication

from arco_desk.ui.common.translation_marks import QT_TRANSLATE_NOOP

__all__ = ["FOOTNOTE_WORDS", "footnote"]

FOOTNOTE_WORDS: Final[Mapping[str, str]] = {
    "report.period": QT_TRANSLATE_NOOP(
        "Footnote",
        "An item belongs to the period in which it came in: a complaint when it was "
        "received, a phone memo when the call was taken, an appointment when it starts, "
        "an outbound visit when its call was due. Periods are counted in Asia/Seoul "
        "time; a month runs from the 1st 00:00 to the next 1st 00:00."),
    "report.as_of": QT_TRANSLATE_NOOP(
        "Footnote",
        "Everything is judged as it stood at the moment the report was made, printed as "
        "its 'as of' beside the period, also for a past period: an item answered since "
        "the period ended counts as answered. An item open past its deadline counts as "
        "late, and stays late when it is answered later."),
    "report.on_time": QT_TRANSLATE_NOOP(
        "Footnote",
        "On time: done at or before the deadline. Late: done after it, or not done and "
        "past it. Not done and the deadline still ahead: in progress, outside the rate. "
        "A rate has no figure when nothing is on time or late."),
    "report.working_time": QT_TRANSLATE_NOOP(
        "Footnote",
        "Working time is counted as the deadlines are: Monday to Friday, 09:00-12:00 "
        "and 13:00-18:00 Asia/Seoul, without public holidays and the agency's closures; "
        "time before the next working moment does not count."),
    "report.percentiles": QT_TRANSLATE_NOOP(
        "Footnote",
        "Median: the middle value, or the mean of the two middle values for an even "
        "count. 90th percentile: nearest rank, the value at rank 0.9 × n rounded up, in "
        "ascending order."),
    "complaints.groups": QT_TRANSLATE_NOOP(
        "Footnote",
        "Each complaint counts once in the total and once in each grouping: by kind, by "
        "channel and by department (complaints no department handles are grouped "
        "apart)."),
    "complaints.received": QT_TRANSLATE_NOOP(
        "Footnote",
        "Complaints received in the period."),
    "complaints.answered": QT_TRANSLATE_NOOP(
        "Footnote",
        "Complaints of the period answered."),
    "complaints.answered_on_time": QT_TRANSLATE_NOOP(
        "Footnote",
        "Answered at or before the deadline in force: the date of a delay notice made "
        "before the deadline, else the legal deadline for the kind's period at receipt, "
        "moved by the working time of any pause for supplementation."),
    "complaints.answered_late": QT_TRANSLATE_NOOP(
        "Footnote",
        "Answered after the deadline in force."),
    "complaints.open_past_due": QT_TRANSLATE_NOOP(
        "Footnote",
        "Not answered, past the deadline in force: late."),
    "complaints.open_within_due": QT_TRANSLATE_NOOP(
        "Footnote",
        "Not answered, the deadline in force still ahead: in progress."),
    "complaints.on_time_rate": QT_TRANSLATE_NOOP(
        "Footnote",
        "Answered on time ÷ (answered + not answered past the deadline)."),
    "complaints.answer_time": QT_TRANSLATE_NOOP(
        "Footnote",
        "Working time from receipt to answer of the complaints answered, pauses for "
        "supplementation included."),
    "complaints.first_delay_notices": QT_TRANSLATE_NOOP(
        "Footnote",
        "Complaints extended by a delay notice."),
    "complaints.second_delay_notices": QT_TRANSLATE_NOOP(
        "Footnote",
        "Complaints extended a second time, with the citizen's consent."),
    "complaints.paused": QT_TRANSLATE_NOOP(
        "Footnote",
        "Complaints whose clock was stopped at least once to wait for a supplement."),
    "complaints.supplementation_pauses": QT_TRANSLATE_NOOP(
        "Footnote",
        "Pauses for supplementation, every one counted."),
    "complaints.follow_up_calls": QT_TRANSLATE_NOOP(
        "Footnote",
        "Complaints answered whose follow-up call was made."),
    "complaints.by_kind_month": QT_TRANSLATE_NOOP(
        "Footnote",
        "The chart: the on-time rate of each kind for the complaints received in each "
        "month of the period; a month without a decided complaint of the kind has no "
        "bar."),
    "memos.received": QT_TRANSLATE_NOOP(
        "Footnote",
        "Phone memos of calls taken in the period."),
    "memos.called_back": QT_TRANSLATE_NOOP(
        "Footnote",
        "Memos done: the caller was called back or answered by e-mail, or the call was "
        "registered as a complaint."),
    "memos.called_back_in_time": QT_TRANSLATE_NOOP(
        "Footnote",
        "Called back at or before the callback due: the standard's 24 working hours "
        "after the call."),
    "memos.called_back_late": QT_TRANSLATE_NOOP(
        "Footnote",
        "Called back after the callback due."),
    "memos.open_past_due": QT_TRANSLATE_NOOP(
        "Footnote",
        "Not called back, past the callback due: late."),
    "memos.open_within_due": QT_TRANSLATE_NOOP(
        "Footnote",
        "Not called back, the callback due still ahead: in progress."),
    "memos.callback_rate": QT_TRANSLATE_NOOP(
        "Footnote",
        "Called back in time ÷ (called back + not called back past the due)."),
    "memos.callback_time": QT_TRANSLATE_NOOP(
        "Footnote",
        "Working time from the call to the callback, of the memos called back."),
    "memos.escalations": QT_TRANSLATE_NOOP(
        "Footnote",
        "Memos escalated to a stand-in for being left unread."),
    "appointments.appointments": QT_TRANSLATE_NOOP(
        "Footnote",
        "Pre-arranged visits starting in the period, cancelled ones left out."),
    "appointments.ready_in_time": QT_TRANSLATE_NOOP(
        "Footnote",
        "The host was ready at least the standard's 5 minutes (clock time) before the "
        "start; exactly 5 minutes counts."),
    "appointments.ready_late": QT_TRANSLATE_NOOP(
        "Footnote",
        "The host was ready, but later than that."),
    "appointments.not_ready_past_mark": QT_TRANSLATE_NOOP(
        "Footnote",
        "The host has not said they are ready, and the 5-minute mark has passed: late."),
    "appointments.not_due_yet": QT_TRANSLATE_NOOP(
        "Footnote",
        "Not ready yet, the 5-minute mark still ahead: in progress."),
    "appointments.ready_rate": QT_TRANSLATE_NOOP(
        "Footnote",
        "Ready in time ÷ (ready + not ready past the 5-minute mark)."),
    "outbound_visits.visits": QT_TRANSLATE_NOOP(
        "Footnote",
        "Outbound visits whose call the day before was due in the period."),
    "outbound_visits.called_on_time": QT_TRANSLATE_NOOP(
        "Footnote",
        "The call was made at or before its due: 18:00 on the last working day before "
        "the visit."),
    "outbound_visits.called_late": QT_TRANSLATE_NOOP(
        "Footnote",
        "The call was made after its due."),
    "outbound_visits.not_called_past_due": QT_TRANSLATE_NOOP(
        "Footnote",
        "No call, past its due: late."),
    "outbound_visits.not_due_yet": QT_TRANSLATE_NOOP(
        "Footnote",
        "No call yet, its due still ahead: in progress."),
    "outbound_visits.call_rate": QT_TRANSLATE_NOOP(
        "Footnote",
        "Called on time ÷ (called + not called past the due)."),
}


def footnote(key: str) -> str:
    """The footnote ``key`` in the UI's language."""
    return QCoreApplication.translate("Footnote", FOOTNOTE_WORDS[key])
