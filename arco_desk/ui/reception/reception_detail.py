"""The detail view of a timeline row: the one place a visitor's full data is shown."""

from __future__ import annotations

import html
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from arco_desk.domain.directory import StaffRecord
from arco_desk.domain.reception import VisitDetail
from arco_desk.ui.common.status_style import status_colours, status_text
from arco_desk.ui.reception.visitor_fields import host_note


def _when(moment: datetime | None) -> str:
    return moment.strftime("%H:%M") if moment is not None else ""


def detail_html(d: VisitDetail, host: StaffRecord | None, today: date | None = None) -> str:
    e = d.entry
    esc = html.escape
    background, foreground = status_colours(e.status)
    title = esc(d.visitor_name)
    if e.companions:
        title += " " + esc(
            QCoreApplication.translate("VisitDetail", "+%1 companions").replace(
                "%1", str(e.companions)
            )
        )
    when = (
        f"{e.starts_at:%Y-%m-%d %H:%M}–{_when(e.ends_at)}"
        if not e.is_walk_in
        else QCoreApplication.translate("VisitDetail", "Walk-in at %1").replace(
            "%1", _when(e.starts_at)
        )
    )
    parts = [
        f"<h2 style='margin:0'>{title}</h2>",
        f"<p style='margin-top:2px'>{esc(e.organisation)}</p>",
        f"<p><span style='background:{background.name()}; color:{foreground.name()};'>"
        f"&nbsp;{esc(status_text(e.status))}&nbsp;</span> {esc(when)}</p>",
        "<table cellspacing='3'>",
    ]
    rows: list[tuple[str, str]] = [
        (QCoreApplication.translate("VisitDetail", "Phone"), esc(d.phone)),
        (QCoreApplication.translate("VisitDetail", "Purpose"), esc(e.purpose)),
        (QCoreApplication.translate("VisitDetail", "Place"), esc(e.place)),
        (QCoreApplication.translate("VisitDetail", "Notes"), esc(d.notes)),
        (
            QCoreApplication.translate("VisitDetail", "Host"),
            host_note(host, today) if host else esc(e.host_name),
        ),
    ]
    if e.prep_alerted_at is not None:
        rows.append(
            (
                QCoreApplication.translate("VisitDetail", "Preparation alert"),
                esc(_when(e.prep_alerted_at)),
            )
        )
    if e.host_ready_at is not None:
        rows.append(
            (QCoreApplication.translate("VisitDetail", "Host ready"), esc(_when(e.host_ready_at)))
        )
    if e.arrived_at is not None:
        rows.append(
            (QCoreApplication.translate("VisitDetail", "Arrived"), esc(_when(e.arrived_at)))
        )
        rows.append(
            (
                QCoreApplication.translate("VisitDetail", "ID checked"),
                esc(
                    QCoreApplication.translate("VisitDetail", "yes")
                    if d.id_checked
                    else QCoreApplication.translate("VisitDetail", "no")
                ),
            )
        )
    if e.routed_to_name:
        rows.append(
            (
                QCoreApplication.translate("VisitDetail", "Routed to"),
                "<b>"
                + esc(
                    QCoreApplication.translate("VisitDetail", "stand-in %1 (host away)").replace(
                        "%1", e.routed_to_name
                    )
                )
                + "</b>",
            )
        )
    if e.received_by_name:
        rows.append(
            (QCoreApplication.translate("VisitDetail", "Received by"), esc(e.received_by_name))
        )
    if e.pass_number:
        state = (
            QCoreApplication.translate("VisitDetail", "out")
            if e.pass_out
            else QCoreApplication.translate("VisitDetail", "returned %1").replace(
                "%1", _when(e.pass_returned_at)
            )
        )
        rows.append(
            (QCoreApplication.translate("VisitDetail", "Pass"), esc(f"{e.pass_number} ({state})"))
        )
    if e.left_at is not None:
        rows.append((QCoreApplication.translate("VisitDetail", "Left"), esc(_when(e.left_at))))
    if d.requests:
        rows.append(
            (
                QCoreApplication.translate("VisitDetail", "Requests"),
                esc(d.requests).replace("\n", "<br>"),
            )
        )
    if d.outcome:
        rows.append(
            (
                QCoreApplication.translate("VisitDetail", "Outcome"),
                esc(d.outcome).replace("\n", "<br>"),
            )
        )
    if d.follow_up_owner_name:
        rows.append(
            (QCoreApplication.translate("VisitDetail", "Follow-up by"), esc(d.follow_up_owner_name))
        )
    for label, value in rows:
        if value:
            parts.append(f"<tr><td valign='top'><b>{esc(label)}</b></td><td>{value}</td></tr>")
    parts.append("</table>")
    return "".join(parts)
