"""Edit one volunteer or resident; every field is checked as you type by the domain's rules."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from belteam_gui.app.session import Session
from belteam_gui.common.validated_form import FieldSpec, ValidatedForm, fill
from belteam_gui.common.validated_form import tr as form_tr
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from belteam.core.actors import PermissionDenied
from belteam.core.validation import ValidationError
from belteam.people import service as people
from belteam.people.service import Resident, Volunteer

STATUS_LABELS: dict[str, str] = {
    "active": QT_TRANSLATE_NOOP("PersonForm", "active"),
    "paused": QT_TRANSLATE_NOOP("PersonForm", "paused"),
    "stopped": QT_TRANSLATE_NOOP("PersonForm", "stopped"),
    "waiting": QT_TRANSLATE_NOOP("PersonForm", "waiting for a volunteer"),
}
_DATE_HINT = QT_TRANSLATE_NOOP("PersonForm", "DD-MM-YYYY")
_PHONE_HINT = QT_TRANSLATE_NOOP("PersonForm", "e.g. 06 12345678")
_LANG_HINT = QT_TRANSLATE_NOOP("PersonForm", "e.g. Dutch, Arabic")

_COMMON = [
    FieldSpec("code", QT_TRANSLATE_NOOP("PersonForm", "Code")),
    FieldSpec("first_name", QT_TRANSLATE_NOOP("PersonForm", "First name")),
    FieldSpec("last_name", QT_TRANSLATE_NOOP("PersonForm", "Last name")),
    FieldSpec("phone", QT_TRANSLATE_NOOP("PersonForm", "Phone"), "phone", _PHONE_HINT),
    FieldSpec("area", QT_TRANSLATE_NOOP("PersonForm", "Area / village")),
    FieldSpec("languages", QT_TRANSLATE_NOOP("PersonForm", "Languages"), "languages", _LANG_HINT),
]

VOLUNTEER_SPECS = [*_COMMON,
    FieldSpec("email", QT_TRANSLATE_NOOP("PersonForm", "E-mail")),
    FieldSpec("available", QT_TRANSLATE_NOOP("PersonForm", "Available"), hint=QT_TRANSLATE_NOOP("PersonForm", "e.g. Mon Tue morning")),
    FieldSpec("max_residents", QT_TRANSLATE_NOOP("PersonForm", "At most residents"), "int"),
]

RESIDENT_SPECS = [*_COMMON,
    FieldSpec("phone2", QT_TRANSLATE_NOOP("PersonForm", "Second phone"), "phone", _PHONE_HINT),
    FieldSpec("address", QT_TRANSLATE_NOOP("PersonForm", "Address")),
    FieldSpec("postcode", QT_TRANSLATE_NOOP("PersonForm", "Postcode"), hint=QT_TRANSLATE_NOOP("PersonForm", "e.g. 7971 AB")),
    FieldSpec("birth_date", QT_TRANSLATE_NOOP("PersonForm", "Birth date"), "date", _DATE_HINT),
    FieldSpec("lives_alone", QT_TRANSLATE_NOOP("PersonForm", "Lives alone"), "bool"),
    FieldSpec("preferred_days", QT_TRANSLATE_NOOP("PersonForm", "Preferred days"),
              hint=QT_TRANSLATE_NOOP("PersonForm", "e.g. Tuesday morning")),
    FieldSpec("status", QT_TRANSLATE_NOOP("PersonForm", "Status"), "choice", choices=tuple(STATUS_LABELS.items())),
    FieldSpec("emergency_contact_name", QT_TRANSLATE_NOOP("PersonForm", "Emergency contact")),
    FieldSpec("emergency_contact_phone", QT_TRANSLATE_NOOP("PersonForm", "Their phone"), "phone", _PHONE_HINT),
    FieldSpec("key_holder", QT_TRANSLATE_NOOP("PersonForm", "Key holder (address)")),
    FieldSpec("consent_date", QT_TRANSLATE_NOOP("PersonForm", "Consent given on"), "date", _DATE_HINT),
    FieldSpec("consent_by", QT_TRANSLATE_NOOP("PersonForm", "Consent given by")),
    FieldSpec("consent_purpose", QT_TRANSLATE_NOOP("PersonForm", "Consent for")),
]


def ask_discard(parent: QWidget) -> bool:
    """Ask before closing with unsaved changes (tests replace this)."""
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Question,
                      translate("PersonDialog", "Unsaved changes"),
                      translate("PersonDialog", "You changed this person but did not save. "
                                                "Close without saving?"),
                      parent=parent)
    discard = box.addButton(translate("PersonDialog", "Close without saving"),
                            QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("PersonDialog", "Keep editing"),
                         QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is discard


RELOAD, OVERWRITE, CANCEL = "reload", "overwrite", "cancel"


def ask_conflict(parent: QWidget, message: str) -> str:
    """Someone else saved this person meanwhile: reload, overwrite or keep editing (tests
    replace this)."""
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Warning, translate("PersonDialog", "Changed meanwhile"),
                      message, parent=parent)
    box.setInformativeText(translate(
        "PersonDialog", "Reload shows their version and drops your changes; Overwrite saves "
                        "yours over theirs."))
    reload = box.addButton(translate("PersonDialog", "Reload"), QMessageBox.ButtonRole.AcceptRole)
    overwrite = box.addButton(translate("PersonDialog", "Overwrite"),
                              QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("PersonDialog", "Keep editing"),
                         QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(reload)
    box.exec()
    clicked = box.clickedButton()
    if clicked is keep or clicked not in (reload, overwrite):
        return CANCEL
    return RELOAD if clicked is reload else OVERWRITE


class PersonDialog(QDialog):
    """Shared form dialog; subclasses name their fields, groups and service calls."""

    KIND = ""  # volunteer or resident
    SPECS: Sequence[FieldSpec] = ()
    CLEANERS: dict[str, Any] = {}
    # Columns of (group title, field names) boxes, left to right.
    LAYOUT: Sequence[Sequence[tuple[str, Sequence[str]]]] = ()

    def __init__(self, session: Session, pk: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.pk = pk
        self.record: Any = None
        self.read_only = not session.actor.can("people.edit")
        values = self.fetch_values(pk) if pk is not None else None
        # What the user started from, with its version: a save checks nobody saved since.
        self.opened = self._opened(values)
        # Only the fields the service handed over get a row: what the actor may not read is
        # not merely hidden, it was never loaded.
        specs = [s for s in self.SPECS if values is None or s.name in values]
        self.form = ValidatedForm(specs, self.CLEANERS, self)
        self._build()
        if values is not None:
            self.form.set_values({n: v for n, v in values.items() if n in self.form.editors})
        else:
            self.form.set_values(self._defaults())
            self.form.validate_all()
        self.form.set_read_only(self.read_only)
        self.setWindowTitle(self.title_text())
        self._update_buttons()

    def _defaults(self) -> dict[str, Any]:
        """The table's own defaults (status 'waiting', at most 5 residents) for a new person."""
        defaults = people.new_person_defaults(self.KIND)
        return {name: value for name, value in defaults.items() if name in self.form.editors}

    def full_name(self) -> str:
        editors = self.form.editors
        return f"{editors['first_name'].value()} {editors['last_name'].value()}".strip()

    def _opened(self, values: dict[str, Any] | None) -> dict[str, Any] | None:
        if values is None or self.pk is None:
            return None
        return {**values, "version": people.version_of(self.session.actor, self.KIND, self.pk)}

    # -- subclass hooks ---------------------------------------------------------------------
    def fetch(self, pk: int) -> Any:
        raise NotImplementedError

    def fetch_values(self, pk: int) -> dict[str, Any]:
        """The stored values to show, by field name; fields left out get no row."""
        record = self.fetch(pk)
        return {spec.name: getattr(record, spec.name) for spec in self.SPECS}

    def store(self, data: dict[str, Any], overwrite: bool = False) -> Any:
        raise NotImplementedError

    def title_text(self) -> str:
        raise NotImplementedError

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.setMinimumWidth(760)
        body = QWidget()
        grid = QGridLayout(body)
        editors = self.form.editors
        for col, boxes in enumerate(self.LAYOUT):
            shown = [(title, [n for n in names if n in editors]) for title, names in boxes]
            shown = [(title, names) for title, names in shown if names]
            for row, (title, names) in enumerate(shown):
                grid.addWidget(self.form.group(title, names), row, col)
            grid.setRowStretch(len(shown), 1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.status_label = QLabel()
        self.status_label.setProperty("role", "hint")
        self.status_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Close") if self.read_only else self.tr("Cancel"))
        self.ok_button.setVisible(not self.read_only)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.form.validity_changed.connect(lambda _valid: self._update_buttons())
        for editor in self.form.editors.values():
            _on_change(editor.widget, self._update_buttons)
        # Fit a 1366×768 screen: at most 1200×700, scrolling inside when the form is taller;
        # room below the fields for a few red error lines.
        hint = body.sizeHint()
        self.resize(min(1200, max(960, hint.width() + 40)), min(700, hint.height() + 170))

    def _update_buttons(self) -> None:
        self.ok_button.setEnabled(self.form.is_valid() and not self.read_only)
        self.status_label.setText(self._status_text())

    def _status_text(self) -> str:
        if self.read_only:
            return self.tr("You may look at this person but not change them.")
        missing = self.form.missing_required()
        if missing:
            return fill(self.tr("Still to fill in: %1."), ", ".join(missing))
        if not self.form.is_valid():
            return self.tr("Please correct the fields marked in red.")
        return self.tr("Fields marked * are required. Press Save when you are done.")

    # -- saving -----------------------------------------------------------------------------
    def save(self) -> bool:
        """Save through the service; its ValidationError messages appear on the fields."""
        if self.read_only or not self.form.is_valid():
            return False
        try:
            self.record = self._store_checked(self.form.data())
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            self._update_buttons()
            return False
        except PermissionDenied as exc:
            QMessageBox.warning(self, self.tr("Not allowed"), str(exc))
            return False
        if self.record is None:  # reloaded or kept editing after someone else's save
            return False
        self.pk = self.record.id
        self.session.changed("people")
        self.accept()
        return True

    def _store_checked(self, data: dict[str, Any]) -> Any:
        """Store; when someone saved meanwhile, ask: reload (keep nothing) or overwrite."""
        try:
            return self.store(data)
        except people.ChangedSinceOpened as exc:
            labels = {spec.name: form_tr(spec.label) for spec in self.SPECS}
            when = exc.changed_at.strftime("%d-%m-%Y %H:%M") if exc.changed_at else "?"
            message = fill(self.tr("Changed by %1 at %2 since you opened it: %3."),
                           exc.changed_by, when,
                           ", ".join(labels.get(f, f) for f in exc.fields) or "—")
            answer = ask_conflict(self, message)
        if answer == OVERWRITE:
            return self.store(data, overwrite=True)
        if answer == RELOAD:
            values = self.fetch_values(self.pk)
            self.form.set_values({n: v for n, v in values.items() if n in self.form.editors})
            self.opened = self._opened(values)
            self._update_buttons()
        return None

    def reject(self) -> None:
        if self.form.dirty and not self.read_only and not ask_discard(self):
            return
        super().reject()

    @classmethod
    def edit(cls, session: Session, pk: int | None = None,
             parent: QWidget | None = None) -> tuple[Any, bool]:
        """Open the dialog for a new (pk None) or existing person; returns (record or None, ok)."""
        dialog = cls(session, pk, parent)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        record = dialog.record if ok else None
        dialog.deleteLater()
        return record, ok


def _on_change(widget: QWidget, slot) -> None:
    for name in ("textChanged", "toggled", "currentIndexChanged", "valueChanged"):
        signal = getattr(widget, name, None)
        if signal is not None:
            signal.connect(lambda *_: slot())
            return


class VolunteerDialog(PersonDialog):
    """A volunteer (beller): name, phone, languages, area, availability, capacity."""

    KIND = "volunteer"
    SPECS = VOLUNTEER_SPECS
    CLEANERS = people.VOLUNTEER_FIELDS
    LAYOUT = (
        ((QT_TRANSLATE_NOOP("PersonForm", "Volunteer"), ("code", "first_name", "last_name", "languages")),),
        ((QT_TRANSLATE_NOOP("PersonForm", "Contact and availability"),
          ("phone", "email", "area", "available", "max_residents")),),
    )

    def fetch(self, pk: int) -> Volunteer:
        return people.get_volunteer(self.session.actor, pk)

    def store(self, data: dict[str, Any], overwrite: bool = False) -> Volunteer:
        return people.save_volunteer(self.session.actor, data, self.pk, self.opened, overwrite)

    def title_text(self) -> str:
        if self.pk is None:
            return self.tr("New volunteer")
        return fill(self.tr("Volunteer %1"), self.full_name())


class ResidentDialog(PersonDialog):
    """A resident (deelnemer): contact, situation, emergency contact and consent."""

    KIND = "resident"
    SPECS = RESIDENT_SPECS
    CLEANERS = people.RESIDENT_FIELDS
    LAYOUT = (
        ((QT_TRANSLATE_NOOP("PersonForm", "Resident"), ("code", "first_name", "last_name", "birth_date",
                                        "status", "lives_alone", "languages")),
         (QT_TRANSLATE_NOOP("PersonForm", "Consent"), ("consent_date", "consent_by", "consent_purpose"))),
        ((QT_TRANSLATE_NOOP("PersonForm", "Contact"), ("phone", "phone2", "address", "postcode", "area",
                                       "preferred_days")),
         (QT_TRANSLATE_NOOP("PersonForm", "In an emergency"), ("emergency_contact_name",
                                               "emergency_contact_phone", "key_holder"))),
    )

    def fetch_values(self, pk: int) -> dict[str, Any]:
        # resident_view, not get_resident: a volunteer's card gets only a caller's fields.
        return people.resident_view(self.session.actor, pk)

    def store(self, data: dict[str, Any], overwrite: bool = False) -> Resident:
        return people.save_resident(self.session.actor, data, self.pk, self.opened, overwrite)

    def title_text(self) -> str:
        if self.pk is None:
            return self.tr("New resident")
        return fill(self.tr("Resident %1"), self.full_name())
