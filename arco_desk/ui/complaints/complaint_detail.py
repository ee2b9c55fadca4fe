"""One complaint in full: the deadline and its rule, the citizen, the text, the files and the
whole history (who did what, when)."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from arco_desk.domain.complaint_deadline import Badge
from arco_desk.domain.complaints import EventKind, FollowUpOutcome, NoticeMethod, ReplyChannel
from arco_desk.services.complaint_records import ComplaintDetail, EventRecord
from arco_desk.ui.common.labels import label as enum_label
from arco_desk.ui.common.language import ui_language
from arco_desk.ui.common.messages import render
from arco_desk.ui.common.status_style import badge_text, status_stylesheet
from arco_desk.ui.complaints.complaint_text import (
    moment_text,
    short_moment,
    working_time_text,
)

e = html.escape


class ComplaintDetailView(QWidget):
    """The right-hand panel of the complaint tab. ``attachment_opened`` gives the
    attachment id a click asked for."""

    attachment_opened = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.badge = QLabel()
        self.badge.setAccessibleName(self.tr("Deadline badge"))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Complaint details"))
        self.browser.anchorClicked.connect(self._anchor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.badge)
        layout.addWidget(self.browser, 1)
        self.show_nothing()

    def show_nothing(self) -> None:
        self.badge.hide()
        nothing = self.tr("No complaint selected.")
        self.browser.setHtml(f"<p style='color:#555'>{e(nothing)}</p>")

    def show_complaint(self, detail: ComplaintDetail, badge: Badge, now: datetime) -> None:
        self.badge.setText(badge_text(badge))
        self.badge.setStyleSheet(status_stylesheet(badge.state))
        self.badge.show()
        self.browser.setHtml(self.render_html(detail, now))

    def update_badge(self, badge: Badge) -> None:
        self.badge.setText(badge_text(badge))
        self.badge.setStyleSheet(status_stylesheet(badge.state))

    def text(self) -> str:
        return self.browser.toPlainText()

    # --- rendering ----------------------------------------------------------------------------

    def render_html(self, d: ComplaintDetail, now: datetime) -> str:
        lang = ui_language()
        r = d.row
        parts = [f"<h3 style='margin:0'>{e(r.title)}</h3>",
                 f"<p style='margin-top:2px;color:#444'>{e(enum_label(r.status))} · "
                 f"{e(r.kind_name(lang))} · {e(enum_label(r.channel))}</p><table cellspacing='3'>"]
        rule = render(d.rule)
        deadline = moment_text(r.deadline, now)
        if r.extended:
            deadline += " " + self.tr("(extended; by law %1)").replace(
                "%1", moment_text(r.due_at, now))
        contact = " · ".join(x for x in (d.citizen_phone, d.citizen_email, d.citizen_address) if x)
        assigned = " · ".join(x for x in (r.assignee_name, r.department_name) if x)
        rows = [
            (self.tr("Received"), moment_text(r.received_at, now)),
            (self.tr("Deadline"), deadline),
            (self.tr("Rule"), rule),
        ]
        if d.period_basis:
            rows.append((self.tr("Legal basis of the period"), d.period_basis))
        rows += [
            (self.tr("Citizen"), r.citizen_name),
            (self.tr("Contact"), contact),
            (self.tr("Assigned to"), assigned or self.tr("(not yet)")),
        ]
        if d.source_memo_id is not None:
            rows.append((self.tr("From"),
                         self.tr("phone memo #%1").replace("%1", str(d.source_memo_id))))
        if d.source_visit_id is not None:
            rows.append((self.tr("From"),
                         self.tr("visit #%1").replace("%1", str(d.source_visit_id))))
        for label, value in rows:
            parts.append(f"<tr><td><b>{e(label)}</b></td><td>{e(value)}</td></tr>")
        parts.append("</table>")
        parts.append("<p style='white-space:pre-wrap'>" + e(d.content) + "</p>")
        if d.attachments:
            links = ", ".join(f"<a href='attachment:{a.id}'>{e(a.original_name)}</a>"
                              for a in d.attachments)
            files = self.tr("Files")
            parts.append(f"<p><b>{e(files)}</b>: {links}</p>")
        history = self.tr("History")
        heads = (self.tr("When"), self.tr("Step"), self.tr("By"), self.tr("Details"))
        parts.append(f"<h4 style='margin-bottom:2px'>{e(history)}</h4>"
                     "<table cellspacing='0' cellpadding='3'><tr>"
                     + "".join(f"<th align='left' style='background:#eef0f3'>{e(h)}</th>"
                               for h in heads) + "</tr>")
        for event in d.events:
            who = event.actor_name or "—"
            parts.append(
                f"<tr><td style='white-space:nowrap;color:#444'>"
                f"{e(short_moment(event.at, now))}</td>"
                f"<td style='white-space:nowrap'><b>{e(enum_label(event.kind))}</b></td>"
                f"<td style='white-space:nowrap'>{e(who)}</td>"
                f"<td>{e(self.describe(event, now))}</td></tr>")
        parts.append("</table>")
        return "".join(parts)

    def describe(self, ev: EventRecord, now: datetime) -> str:
        """The details of a step in words."""
        lang = ui_language()
        moved = ""
        if ev.old_due_at is not None and ev.new_due_at is not None:
            moved = self.tr("deadline %1 → %2").replace(
                "%1", moment_text(ev.old_due_at, now)).replace(
                "%2", moment_text(ev.new_due_at, now))
        bits: list[str] = []
        if ev.kind is EventKind.RECEIVED:
            if ev.new_due_at is not None:
                bits.append(self.tr("due %1").replace("%1", moment_text(ev.new_due_at, now)))
            bits.append(ev.detail)
        elif ev.kind in (EventKind.ASSIGNED, EventKind.REASSIGNED):
            bits += [self.tr("to %1").replace("%1", ev.target_name), ev.detail]
        elif ev.kind is EventKind.PAUSED:
            bits.append(ev.detail)
            if ev.ends_at is not None and ev.paused_working_time is not None:
                bits.append(self.tr("until %1, %2 of working time").replace(
                    "%1", moment_text(ev.ends_at, now)).replace(
                    "%2", working_time_text(ev.paused_working_time)))
            elif ev.ends_at is None:
                bits.append(self.tr("still waiting"))
        elif ev.kind is EventKind.RESUMED:
            bits.append(ev.detail)
            if ev.paused_working_time is not None:
                bits.append(self.tr("paused %1 of working time").replace(
                    "%1", working_time_text(ev.paused_working_time)))
            bits.append(moved)
        elif ev.kind is EventKind.DELAY_NOTICE:
            method = _label(NoticeMethod, ev.code, lang)
            bits += [moved, ev.detail, self.tr("told by %1").replace("%1", method)]
            if ev.consent:
                bits.append(self.tr("citizen consented"))
        elif ev.kind is EventKind.ANSWERED:
            bits += [self.tr("in the name of %1, by %2").replace("%1", ev.target_name)
                     .replace("%2", _label(ReplyChannel, ev.code, lang)), ev.detail]
        elif ev.kind is EventKind.FOLLOW_UP:
            bits += [_label(FollowUpOutcome, ev.code, lang), ev.detail]
        else:
            bits.append(ev.detail)
        return " · ".join(b for b in bits if b)

    def _anchor(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("attachment:") and text[len("attachment:"):].isdigit():
            self.attachment_opened.emit(int(text[len("attachment:"):]))


def _label(kind: type[NoticeMethod] | type[ReplyChannel] | type[FollowUpOutcome], code: str,
           lang: str) -> str:
    try:
        return enum_label(kind(code))
    except ValueError:
        return code
