"""Pair a resident with a volunteer (koppeling), or change the call plan of a pairing."""

from __future__ import annotations

from datetime import date

from belteam_gui.app.session import Session
from belteam_gui.common.date_time_fields import DateField
from belteam_gui.common.filter_proxy import fold
from belteam_gui.common.plan_words import fill, rrule_words, sentence
from belteam_gui.common.search_combo import SearchCombo
from belteam_gui.common.unsaved import GuardedDialog
from belteam_gui.pairings.plan_editor import PlanEditor
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from belteam.core.actors import PermissionDenied
from belteam.core.clock import clock
from belteam.core.validation import ValidationError
from belteam.matching import suggest
from belteam.matching.score import Match
from belteam.pairings import service as pairing_service
from belteam.pairings.plans import PlanError, parse_plan
from belteam.pairings.service import Pairing
from belteam.people import service as people
from belteam.people.service import Resident, Volunteer

SEPARATOR = " — "


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class PairDialog(GuardedDialog):
    """Choose resident and volunteer, agree the call plan; OK stores it through the services."""

    def __init__(self, session: Session, resident_id: int | None = None,
                 pairing_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.pairing: Pairing | None = None  # the stored pairing after OK
        self._existing = (pairing_service.get_pairing(session.actor, pairing_id)
                          if pairing_id is not None else None)
        self._volunteers: dict[int, Volunteer] = {}
        self._counts: dict[int, int] = {}
        self._matches: dict[int, Match] = {}  # suggestions for the chosen resident
        self._why_none = ""
        self.setWindowTitle(self.tr("Change call plan") if self._existing else self.tr("New pairing"))
        self._make_widgets()
        self._lay_out()
        if self._existing:
            self._show_existing(self._existing)
        else:
            self._fill_choices(resident_id)
        self._connect()
        self._update_capacity()
        self.resize(max(720, self.sizeHint().width()), self.sizeHint().height())

    # -- building -------------------------------------------------------------------------
    def _make_widgets(self) -> None:
        self.resident_combo = SearchCombo()
        self.volunteer_combo = SearchCombo()
        for combo in (self.resident_combo, self.volunteer_combo):
            combo.setMinimumContentsLength(40)
        self.resident_label = QLabel()
        self.volunteer_label = QLabel()
        self.replaces_label = QLabel()
        self.replaces_label.setProperty("role", "hint")
        self.replaces_label.setWordWrap(True)
        self.reasons_label = QLabel()
        self.reasons_label.setProperty("role", "hint")
        self.reasons_label.setWordWrap(True)
        self.capacity_label = QLabel()
        self.capacity_label.setProperty("role", "error")
        self.capacity_label.setWordWrap(True)
        self.force_check = QCheckBox(self.tr("Pair &anyway"))
        self.current_label = QLabel()
        self.current_label.setWordWrap(True)
        self.editor = PlanEditor()
        self.end_check = QCheckBox(self.tr("&Ends on"))
        self.end_edit = DateField(clock.today())
        self.end_edit.setVisible(False)
        self.error_label = QLabel()
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save plan") if self._existing else self.tr("&Pair"))

    def _lay_out(self) -> None:
        self.form = form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        editing = self._existing is not None
        resident_field = self.resident_label if editing else self.resident_combo
        volunteer_field = self.volunteer_label if editing else self.volunteer_combo
        if editing:  # fixed people: plain captions, the names in bold
            resident_caption, volunteer_caption = QLabel(self.tr("Resident")), QLabel(
                self.tr("Volunteer"))
            for label in (self.resident_label, self.volunteer_label, self.current_label):
                label.setStyleSheet("font-weight: bold")
        else:
            resident_caption = QLabel(self.tr("&Resident"))
            resident_caption.setBuddy(resident_field)
            volunteer_caption = QLabel(self.tr("&Volunteer"))
            volunteer_caption.setBuddy(volunteer_field)
        form.addRow(resident_caption, resident_field)
        form.addRow("", self.replaces_label)
        form.addRow(volunteer_caption, volunteer_field)
        form.addRow("", self.reasons_label)
        form.setRowVisible(self.reasons_label, False)
        form.addRow("", self.capacity_label)
        form.addRow("", self.force_check)
        current_caption = QLabel(self.tr("Agreed now"))
        form.addRow(current_caption, self.current_label)
        form.setRowVisible(self.current_label, editing)
        # One label column for the dialog's rows and the plan editor's rows.
        captions = [resident_caption, volunteer_caption, current_caption, *self.editor.captions]
        width = max(label.sizeHint().width() for label in captions)
        for label in captions:
            label.setMinimumWidth(width)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.editor)
        end_row = QHBoxLayout()
        end_row.addWidget(self.end_check)
        end_row.addWidget(self.end_edit)
        end_row.addStretch(1)
        if not editing:  # a running pairing ends from the Pairings screen (End pairing…)
            layout.addLayout(end_row)
        layout.addStretch(1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _fill_choices(self, resident_id: int | None) -> None:
        actor = self.session.actor
        # Residents waiting for a volunteer first: they are the ones to pair. Within that,
        # by the text shown (first name first), so the list reads in the order it looks.
        residents = sorted(people.residents(actor),
                           key=lambda r: (r.status != "waiting", fold(self._resident_text(r))))
        for resident in residents:
            self.resident_combo.add(self._resident_text(resident), resident.id)
        self._counts = pairing_service.active_counts()
        self._volunteers = {v.id: v for v in people.volunteers(actor)}
        if resident_id is not None:
            self.resident_combo.select_data(resident_id)
        self._fill_volunteers()
        self._update_replaces()

    def _fill_volunteers(self) -> None:
        """Volunteers for the chosen resident: suggestions best first (full ones after them),
        then those who share no language; alphabetical while no resident is chosen."""
        self._matches, self._why_none = {}, ""
        pk = self.resident_combo.currentData()
        if pk is not None and self.session.actor.can("pairings.edit"):
            found = suggest.for_resident(self.session.actor, pk, allow_full=True)
            self._matches = {m.volunteer.id: m for m in found.matches}
            self._why_none = found.why_none or ""
        texts = {v.id: self._volunteer_text(v) for v in self._volunteers.values()}
        ranked = list(self._matches)
        rest = sorted((i for i in texts if i not in self._matches), key=lambda i: fold(texts[i]))
        previous = self.volunteer_combo.currentData()
        self.volunteer_combo.blockSignals(True)
        self.volunteer_combo.clear()
        for volunteer_id in ranked + rest:
            text = texts[volunteer_id]
            if self._matches and volunteer_id not in self._matches:
                text = SEPARATOR.join((text, self.tr("no shared language")))
            self.volunteer_combo.add(text, volunteer_id)
        if previous is None or not self.volunteer_combo.select_data(previous):
            self.volunteer_combo.setCurrentIndex(0 if self.volunteer_combo.count() else -1)
        self.volunteer_combo.blockSignals(False)
        self._update_capacity()

    def _show_existing(self, pairing: Pairing) -> None:
        self.resident_label.setText(self._resident_text(pairing.resident))
        self.volunteer_label.setText(pairing.volunteer.name)
        self.current_label.setText(sentence(rrule_words(pairing.rrule, pairing.preferred_time)))
        try:
            plan = parse_plan(pairing.rrule)
        except PlanError:
            plan = None  # an unreadable stored rule: start from the editor's default
        if plan is not None:
            self.editor.set_plan(plan, pairing.start_date, pairing.preferred_time)
        self.editor.set_start_editable(False)  # the plan keeps counting from the start
        self.editor.set_end_date(pairing.end_date)
        self.form.setRowVisible(self.replaces_label, False)

    def _connect(self) -> None:
        self.resident_combo.currentIndexChanged.connect(self._update_replaces)
        if not self._existing:
            self.resident_combo.currentIndexChanged.connect(self._fill_volunteers)
        self.volunteer_combo.currentIndexChanged.connect(self._update_capacity)
        self.end_check.toggled.connect(self._end_toggled)
        self.end_edit.dateChanged.connect(self._end_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # -- texts ----------------------------------------------------------------------------
    def _resident_text(self, resident: Resident) -> str:
        parts = [resident.name, resident.area]
        if resident.status == "waiting":
            parts.append(self.tr("waiting for a volunteer"))
        return SEPARATOR.join(part for part in parts if part)

    def _volunteer_text(self, volunteer: Volunteer) -> str:
        load = fill(self.tr("%1/%2 residents"), str(self._counts.get(volunteer.id, 0)),
                    str(volunteer.max_residents))
        languages = ", ".join(code.upper() for code in volunteer.languages)
        parts = [volunteer.name, volunteer.area, load, languages]
        return SEPARATOR.join(part for part in parts if part)

    # -- reacting -------------------------------------------------------------------------
    def selected_resident(self) -> Resident | None:
        if self._existing:
            return self._existing.resident
        pk = self.resident_combo.currentData()
        return people.get_resident(self.session.actor, pk) if pk is not None else None

    def selected_volunteer(self) -> Volunteer | None:
        if self._existing:
            return self._existing.volunteer
        return self._volunteers.get(self.volunteer_combo.currentData())

    def at_capacity(self) -> bool:
        """True when the chosen volunteer already calls their agreed maximum."""
        volunteer = self.selected_volunteer()
        if volunteer is None or self._existing:
            return False
        return pairing_service.at_capacity(volunteer, count=self._counts.get(volunteer.id, 0))

    def _update_reasons(self) -> None:
        """Why the chosen volunteer fits (and what to mind), or why nobody does."""
        volunteer = self.selected_volunteer()
        match = self._matches.get(volunteer.id) if volunteer and not self._existing else None
        lines = []
        if match is not None:
            lines.append(fill(self.tr("Why: %1"), " · ".join(match.reasons)))
            if match.warnings:
                lines.append(fill(self.tr("Mind: %1"), " · ".join(match.warnings)))
        elif self._why_none and not self._existing:
            lines.append(fill(self.tr("Nobody fits: %1"), self._why_none))
        self.reasons_label.setText("\n".join(lines))
        self.form.setRowVisible(self.reasons_label, bool(lines))

    def _update_capacity(self) -> None:
        if not self._existing:
            self._update_reasons()
        full = self.at_capacity()
        if full:
            volunteer = self.selected_volunteer()
            self.capacity_label.setText(fill(
                self.tr("%1 already calls %2 residents, the agreed maximum."),
                volunteer.name, str(volunteer.max_residents)))
        else:
            self.force_check.setChecked(False)
        # Hide whole rows (not just the widgets) so no empty gaps remain.
        self.form.setRowVisible(self.capacity_label, full)
        self.form.setRowVisible(self.force_check, full)

    def _update_replaces(self) -> None:
        resident = self.selected_resident()
        running = pairing_service.current_pairing(resident) if resident else None
        if running is not None:
            self.replaces_label.setText(fill(
                self.tr("Now called by %1; that pairing ends the day before this one starts."),
                running.volunteer.name))
        self.form.setRowVisible(self.replaces_label, running is not None)

    def _end_toggled(self, on: bool) -> None:
        self.end_edit.setVisible(on)
        if on:
            self.end_edit.setFocus()
        self._end_changed()

    def _end_changed(self) -> None:
        self.editor.set_end_date(self.end_date())

    def end_date(self) -> date | None:
        return self.end_edit.date().toPython() if self.end_check.isChecked() else None

    # -- saving ---------------------------------------------------------------------------
    def show_errors(self, messages: list[str]) -> None:
        self.error_label.setText("\n".join(messages))
        self.error_label.setVisible(bool(messages))

    def _field_name(self, field: str) -> str:
        names = {"resident": self.tr("Resident"), "volunteer": self.tr("Volunteer"),
                 "plan": self.tr("Call plan"), "end_date": self.tr("End date")}
        return names.get(field, field)

    def accept(self) -> None:
        """Store through the services; stay open and say what to fix when they refuse."""
        try:
            self.pairing = self._save()
        except ValidationError as exc:
            self.show_errors([fill(self.tr("%1: %2"), self._field_name(field), message)
                              for field, message in exc.errors.items()])
            return
        except pairing_service.ChangedSinceOpened as exc:
            # Their plan is now the one on file: a second Save overwrites it deliberately.
            self._existing = pairing_service.get_pairing(self.session.actor, self._existing.id)
            self.show_errors([str(exc), self.tr("Press Save plan again to replace their plan with "
                                                "yours, or Cancel to keep theirs.")])
            return
        except (PermissionDenied, LookupError) as exc:
            self.show_errors([str(exc)])
            return
        if self.pairing is None:
            return
        self.session.changed("pairings")
        super().accept()

    def _save(self) -> Pairing | None:
        plan, problem = self.editor.plan(), self.editor.error()
        resident, volunteer = self.selected_resident(), self.selected_volunteer()
        missing = [problem] if problem else []
        if resident is None:
            missing.append(self.tr("Choose a resident."))
        if volunteer is None:
            missing.append(self.tr("Choose a volunteer."))
        if missing:
            self.show_errors(missing)
            return None
        actor = self.session.actor
        if self._existing:
            return pairing_service.change_plan(actor, self._existing, plan,
                                               self.editor.preferred_time())
        return pairing_service.pair(actor, resident, volunteer, plan, self.editor.start(),
                                    self.editor.preferred_time(), self.end_date(),
                                    force=self.force_check.isChecked())

    @classmethod
    def run(cls, session: Session, resident_id: int | None = None, pairing_id: int | None = None,
            parent: QWidget | None = None) -> tuple[Pairing | None, bool]:
        """Show the dialog; returns (the stored pairing or None, whether OK was pressed)."""
        dialog = cls(session, resident_id, pairing_id, parent)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.pairing, ok
