"""What each compliance figure means (issue 16), in words for the report and the README
to print under the figures.

Keys are ``section.field`` after the fields of the figures in
:mod:`arco_desk.domain.compliance` (``complaints.on_time_rate``), plus ``report.*`` for
what holds for every figure.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

__all__ = ["FOOTNOTES", "SECTIONS", "markdown"]

FOOTNOTES: Final[Mapping[str, str]] = MappingProxyType({
    "report.period": (
        "An item belongs to the period in which it came in: a complaint when it was "
        "received, a phone memo when the call was taken, an appointment when it starts, an "
        "outbound visit when its call was due. Periods are counted in Asia/Seoul time; a "
        "month runs from the 1st 00:00 to the next 1st 00:00."),
    "report.as_of": (
        "Everything is judged as it stood at the moment the report was made, printed as "
        "its 'as of' beside the period, also for a past period: an item answered since the "
        "period ended counts as answered. An item open past its deadline counts as late, "
        "and stays late when it is answered later."),
    "report.on_time": (
        "On time: done at or before the deadline. Late: done after it, or not done and past "
        "it. Not done and the deadline still ahead: in progress, outside the rate. A rate "
        "has no figure when nothing is on time or late."),
    "report.working_time": (
        "Working time is counted as the deadlines are: Monday to Friday, 09:00-12:00 and "
        "13:00-18:00 Asia/Seoul, without public holidays and the agency's closures; time "
        "before the next working moment does not count."),
    "report.percentiles": (
        "Median: the middle value, or the mean of the two middle values for an even count. "
        "90th percentile: nearest rank, the value at rank 0.9 × n rounded up, in ascending "
        "order."),
    "complaints.groups": (
        "Each complaint counts once in the total and once in each grouping: by kind, by "
        "channel and by department (complaints no department handles are grouped apart)."),
    "complaints.received": "Complaints received in the period.",
    "complaints.answered": "Complaints of the period answered.",
    "complaints.answered_on_time": (
        "Answered at or before the deadline in force: the date of a delay notice made "
        "before the deadline, else the legal deadline for the kind's period at receipt, "
        "moved by the working time of any pause for supplementation."),
    "complaints.answered_late": "Answered after the deadline in force.",
    "complaints.open_past_due": "Not answered, past the deadline in force: late.",
    "complaints.open_within_due": (
        "Not answered, the deadline in force still ahead: in progress."),
    "complaints.on_time_rate": (
        "Answered on time ÷ (answered + not answered past the deadline)."),
    "complaints.answer_time": (
        "Working time from receipt to answer of the complaints answered, pauses for "
        "supplementation included."),
    "complaints.first_delay_notices": "Complaints extended by a delay notice.",
    "complaints.second_delay_notices": (
        "Complaints extended a second time, with the citizen's consent."),
    "complaints.paused": (
        "Complaints whose clock was stopped at least once to wait for a supplement."),
    "complaints.supplementation_pauses": "Pauses for supplementation, every one counted.",
    "complaints.follow_up_calls": "Complaints answered whose follow-up call was made.",
    "complaints.by_kind_month": (
        "The chart: the on-time rate of each kind for the complaints received in each "
        "month of the period; a month without a decided complaint of the kind has no bar."),
    "memos.received": "Phone memos of calls taken in the period.",
    "memos.called_back": (
        "Memos done: the caller was called back or answered by e-mail, or the call was "
        "registered as a complaint."),
    "memos.called_back_in_time": (
        "Called back at or before the callback due: the standard's 24 working hours "
        "after the call."),
    "memos.called_back_late": "Called back after the callback due.",
    "memos.open_past_due": "Not called back, past the callback due: late.",
    "memos.open_within_due": "Not called back, the callback due still ahead: in progress.",
    "memos.callback_rate": (
        "Called back in time ÷ (called back + not called back past the due)."),
    "memos.callback_time": (
        "Working time from the call to the callback, of the memos called back."),
    "memos.escalations": "Memos escalated to a stand-in for being left unread.",
    "appointments.appointments": (
        "Pre-arranged visits starting in the period, cancelled ones left out."),
    "appointments.ready_in_time": (
        "The host was ready at least the standard's 5 minutes (clock time) before the "
        "start; exactly 5 minutes counts."),
    "appointments.ready_late": "The host was ready, but later than that.",
    "appointments.not_ready_past_mark": (
        "The host has not said they are ready, and the 5-minute mark has passed: late."),
    "appointments.not_due_yet": "Not ready yet, the 5-minute mark still ahead: in progress.",
    "appointments.ready_rate": (
        "Ready in time ÷ (ready + not ready past the 5-minute mark)."),
    "outbound_visits.visits": (
        "Outbound visits whose call the day before was due in the period."),
    "outbound_visits.called_on_time": (
        "The call was made at or before its due: 18:00 on the last working day before the "
        "visit."),
    "outbound_visits.called_late": "The call was made after its due.",
    "outbound_visits.not_called_past_due": "No call, past its due: late.",
    "outbound_visits.not_due_yet": "No call yet, its due still ahead: in progress.",
    "outbound_visits.call_rate": "Called on time ÷ (called + not called past the due).",
})

# The README's headings of the footnotes, by the first part of their keys.
SECTIONS: Final[Mapping[str, str]] = MappingProxyType({
    "report": "Every figure",
    "complaints": "Complaints (by kind, channel and department)",
    "memos": "Phone memos",
    "appointments": "Appointments",
    "outbound_visits": "Outbound visits",
})


def markdown() -> str:
    """The definitions as the README prints them: a list per section, each item
    ``key``: text (tests/domain/test_compliance.py holds the README to it)."""
    lines: list[str] = []
    for section, heading in SECTIONS.items():
        lines += ["", f"*{heading}*", ""]
        lines += [f"- `{key}`: {text}" for key, text in FOOTNOTES.items()
                  if key.split(".")[0] == section]
    return "\n".join(lines[1:]) + "\n"
