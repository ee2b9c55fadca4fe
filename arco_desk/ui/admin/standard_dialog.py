"""Admin › Service standard: the complaint kinds and their periods, the default kind (기타),
the phone callback period, and the versions saved so far (docs/architecture.md §13).

Saving makes the next version, which applies to complaints received from that moment;
earlier complaints keep their periods. A kind complaints use can be renamed or given
another period, not removed. When another administrator saved meanwhile, the refusal
names them and what was typed stays: saving again then writes it over their version on
purpose.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arco_desk.domain.actor import Actor
from arco_desk.domain.calendar_business import to_seoul
from arco_desk.domain.deadlines import Period
from arco_desk.domain.errors import ValidationError
from arco_desk.domain.messages import msg
from arco_desk.domain.standard import ComplaintKind, ServiceStandard
from arco_desk.domain.standard_versions import KindDraft, StandardDraft, validate_kind
from arco_desk.services.service_standard import ServiceStandardService
from arco_desk.ui.common.form import FieldErrors
from arco_desk.ui.common.known_errors import refusals
from arco_desk.ui.common.language import ui_language
from arco_desk.ui.common.message_bar import MessageBar
from arco_desk.ui.common.messages import render
from arco_desk.ui.common.period_field import PeriodField

CODE_ROLE = Qt.ItemDataRole.UserRole


class StandardDialog(QDialog):
    """The kinds' table with a form for one kind, the standard's own fields, the history."""

    def __init__(self, standards: ServiceStandardService, actor: Callable[[], Actor],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = standards
        self.actor = actor
        self.setWindowTitle(self.tr("Service standard"))
        self.setObjectName("standardDialog")
        self.kinds: list[ComplaintKind] = []
        self.in_use: dict[str, int] = {}
        self.based_on = 0
        self.editing: str | None = None  # the code of the kind in the form; None: a new one

        self.message_bar = MessageBar(self)
        self.kind_list = QTreeWidget()
        self.kind_list.setObjectName("kindList")
        self.kind_list.setAccessibleName(self.tr("Complaint kinds"))
        self.kind_list.setHeaderLabels([self.tr("Code"), self.tr("Korean name"),
                                        self.tr("English name"), self.tr("Period")])
        self.kind_list.setRootIsDecorated(False)
        self.kind_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.kind_list.itemSelectionChanged.connect(self._kind_selected)

        kind_box = QGroupBox(self.tr("Kind"))
        kind_form = QFormLayout(kind_box)
        self.kind_fields = FieldErrors(kind_form)
        self.code = QLineEdit()
        self.name_ko = QLineEdit()
        self.name_en = QLineEdit()
        self.period = PeriodField()
        self.kind_fields.add_row("code", self.tr("C&ode"), self.code)
        self.kind_fields.add_row("name_ko", self.tr("&Korean name"), self.name_ko)
        self.kind_fields.add_row("name_en", self.tr("E&nglish name"), self.name_en)
        self.kind_fields.add_row("period", self.tr("&Period"), self.period)
        self.new_button = QPushButton(self.tr("&New kind"))
        self.apply_button = QPushButton(self.tr("&Apply to the list"))
        self.remove_button = QPushButton(self.tr("&Remove kind"))
        self.new_button.clicked.connect(self.start_new_kind)
        self.apply_button.clicked.connect(self.apply_kind)
        self.remove_button.clicked.connect(self.remove_kind)
        kind_buttons = QHBoxLayout()
        for button in (self.new_button, self.apply_button, self.remove_button):
            kind_buttons.addWidget(button)
        kind_form.addRow(kind_buttons)

        standard_box = QGroupBox(self.tr("Standard"))
        standard_form = QFormLayout(standard_box)
        self.fields = FieldErrors(standard_form)
        self.default_kind = QComboBox()
        self.phone_callback = PeriodField()
        self.fields.add_row("kinds", self.tr("Complaint kinds"), self.kind_list)
        self.fields.add_row("default_kind", self.tr("&Default kind (other)"), self.default_kind)
        self.fields.add_row("phone_callback", self.tr("Phone &callback within"),
                            self.phone_callback)

        self.history = QTreeWidget()
        self.history.setObjectName("versionHistory")
        self.history.setAccessibleName(self.tr("Versions"))
        self.history.setHeaderLabels([self.tr("Version"), self.tr("In force from"),
                                      self.tr("Saved by")])
        self.history.setRootIsDecorated(False)
        history_box = QGroupBox(self.tr("Versions"))
        QVBoxLayout(history_box).addWidget(self.history)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(standard_box, 3)
        side = QVBoxLayout()
        side.addWidget(kind_box)
        side.addWidget(history_box, 1)
        top.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(top, 1)
        layout.addWidget(self.buttons)
        self.resize(1100, 560)
        self.reload()

    # --- loading ------------------------------------------------------------------------

    def reload(self) -> None:
        """The standard in force now, the kinds in use and the history, from the database."""
        with refusals(self.message_bar) as outcome:
            self.service.invalidate()
            standard = self.service.current()
            self.based_on = self.service.latest_version()
            self.in_use = self.service.kinds_in_use()
            history = self.service.history()
        if outcome.refused:
            return
        self._show_standard(standard)
        self.history.clear()
        for line in history:
            version = str(line.version) if line.version else self.tr("shipped")
            since = (f"{to_seoul(line.effective_from):%Y-%m-%d %H:%M}"
                     if line.effective_from is not None else self.tr("until the first save"))
            self.history.addTopLevelItem(QTreeWidgetItem([version, since, line.saved_by_name]))

    def _show_standard(self, standard: ServiceStandard) -> None:
        self.kinds = list(standard.complaint_kinds)
        self._fill_kinds(standard.default_kind_code)
        self.phone_callback.set_period(standard.phone_callback)
        self.new_kind()

    def _fill_kinds(self, default_code: str) -> None:
        lang = ui_language()
        self.kind_list.clear()
        self.default_kind.clear()
        for kind in self.kinds:
            item = QTreeWidgetItem([kind.code, kind.name_ko, kind.name_en,
                                    render(kind.period.words)])
            item.setData(0, CODE_ROLE, kind.code)
            self.kind_list.addTopLevelItem(item)
            self.default_kind.addItem(kind.name(lang), kind.code)
        self.default_kind.setCurrentIndex(max(0, self.default_kind.findData(default_code)))

    # --- one kind -----------------------------------------------------------------------

    def _kind_selected(self) -> None:
        item = self.kind_list.currentItem()
        if item is None or not item.isSelected():
            return
        code = item.data(0, CODE_ROLE)
        if code != self.editing and self.form_pending():
            # What was typed is not thrown away by a click: it goes into the list first,
            # or, refused, stays in the form with its errors.
            if self.apply_kind():
                self._select(code)
            else:
                self._select_quietly(self.editing)
            return
        kind = next((k for k in self.kinds if k.code == code), None)
        if kind is None:
            return
        self.kind_fields.clear()
        self.editing = kind.code
        self.code.setText(kind.code)
        self.code.setReadOnly(True)  # complaints name their kind by its code
        self.name_ko.setText(kind.name_ko)
        self.name_en.setText(kind.name_en)
        self.period.set_period(kind.period)

    def start_new_kind(self) -> None:
        """New kind: what the form holds goes into the list first (or stays, refused)."""
        if not self.form_pending() or self.apply_kind():
            self.new_kind()

    def new_kind(self) -> None:
        """Empty the kind's form for a new kind."""
        self.kind_fields.clear()
        self.kind_list.clearSelection()
        self.editing = None
        self.code.setReadOnly(False)
        for edit in (self.code, self.name_ko, self.name_en):
            edit.clear()

    def form_pending(self) -> bool:
        """Whether the kind's form holds something not yet in the list."""
        if self.editing is None:
            return any(edit.text().strip() for edit in (self.code, self.name_ko, self.name_en))
        kind = next((k for k in self.kinds if k.code == self.editing), None)
        if kind is None:
            return False
        try:
            period = Period.parse(self.period.text())
        except ValueError:
            return True
        return (self.name_ko.text(), self.name_en.text(), period) != (
            kind.name_ko, kind.name_en, kind.period)

    def apply_kind(self) -> bool:
        """The kind in the form into the list (a new one added, the one edited changed);
        False when refused (the errors under the fields, the text kept)."""
        others = [k for k in self.kinds if k.code != self.editing]
        taken = [k.code for k in others]
        names_taken = [name for k in others for name in (k.name_ko, k.name_en)]
        draft = KindDraft(self.code.text(), self.name_ko.text(), self.name_en.text(),
                          self.period.text())
        with refusals(self.message_bar, self.kind_fields) as outcome:
            kind = validate_kind(draft, taken=taken, names_taken=names_taken)
        if outcome.refused:
            return False
        default = self.default_kind.currentData() or ""
        if self.editing is None:
            self.kinds.append(kind)
        else:
            self.kinds = [kind if k.code == self.editing else k for k in self.kinds]
        self.editing = kind.code
        self._fill_kinds(default)
        self._select(kind.code)
        return True

    def remove_kind(self) -> None:
        """Remove the selected kind from the list, unless complaints have it."""
        item = self.kind_list.currentItem()
        if item is None:
            return
        code = item.data(0, CODE_ROLE)
        kind = next(k for k in self.kinds if k.code == code)
        with refusals(self.message_bar, self.fields):
            if self.in_use.get(code):
                raise ValidationError({"kinds": msg(
                    "standard.kind_in_use", kind=f"{kind.name_ko} ({kind.code})",
                    count=self.in_use[code])})
            default = self.default_kind.currentData() or ""
            self.kinds = [k for k in self.kinds if k.code != code]
            self._fill_kinds(default)
            self.new_kind()

    def _select_quietly(self, code: str | None) -> None:
        """Select ``code``'s row (None: none) without loading it into the form."""
        self.kind_list.blockSignals(True)
        self.kind_list.clearSelection()
        if code is not None:
            self._select(code)
        self.kind_list.blockSignals(False)

    def _select(self, code: str) -> None:
        for row in range(self.kind_list.topLevelItemCount()):
            item = self.kind_list.topLevelItem(row)
            if item is not None and item.data(0, CODE_ROLE) == code:
                self.kind_list.setCurrentItem(item)

    # --- saving -------------------------------------------------------------------------

    def save(self) -> None:
        """Save the next version; it applies to complaints received from now. A kind typed
        into the form but not put in the list goes in first (or, refused, stops the save
        with its errors under the fields)."""
        if self.form_pending() and not self.apply_kind():
            return
        draft = StandardDraft(tuple(self.kinds), self.default_kind.currentData() or "",
                              self.phone_callback.text())
        with refusals(self.message_bar, self.fields) as outcome:
            saved = self.service.save(draft, based_on=self.based_on, actor=self.actor())
        if outcome.refused:
            if not isinstance(outcome.error, ValidationError):
                # Another administrator saved meanwhile: what is typed stays, and saving
                # again writes it over their version on purpose.
                with refusals(None):
                    self.based_on = self.service.latest_version()
            return
        self.reload()
        self.message_bar.show_info(
            self.tr("Saved as version %1. It applies to complaints received from now on.")
            .replace("%1", str(saved.version)))
