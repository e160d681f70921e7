"""The volunteer and resident dialogs: checked as you type, saved through the services."""

from __future__ import annotations

from datetime import date

import pytest
from belteam_gui.app.session import Session
from belteam_gui.people import person_dialogs
from belteam_gui.people.person_dialogs import ResidentDialog, VolunteerDialog
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog

from belteam.core.actors import SYSTEM, Actor
from belteam.people import service as people
from belteam.storage.models import Resident, Volunteer


@pytest.fixture(autouse=True)
def _discard_on_close(monkeypatch):
    """qtbot closes dialogs after each test; with changes that would ask (modally)."""
    monkeypatch.setattr(person_dialogs, "ask_discard", lambda parent: True)


@pytest.fixture
def session(sqlite_db) -> Session:
    return Session("sqlite-test")


def open_dialog(qtbot, cls, session, pk=None):
    dialog = cls(session, pk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_text(widget, text: str) -> None:
    """Type like a keyboard would, also letters QTest.keyClicks cannot send (ï, Arabic)."""
    for char in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown,
                                                 Qt.KeyboardModifier.NoModifier, char))


def field(dialog, name):
    return dialog.form.editors[name].widget


def error(dialog, name) -> str:
    label = dialog.form.editors[name].error_label
    return label.text() if label.isVisible() else ""


def test_bad_phone_shows_a_red_error_and_disables_save(qtbot, session):
    dialog = open_dialog(qtbot, ResidentDialog, session)
    qtbot.keyClicks(field(dialog, "code"), "R1")
    type_text(field(dialog, "first_name"), "Maaïke")
    assert dialog.ok_button.isEnabled()
    qtbot.keyClicks(field(dialog, "phone"), "12345")
    assert "phone number" in error(dialog, "phone")
    assert dialog.form.editors["phone"].error_label.property("role") == "error"
    assert not dialog.ok_button.isEnabled()
    field(dialog, "phone").clear()
    qtbot.keyClicks(field(dialog, "phone"), "0521 123456")
    assert error(dialog, "phone") == ""
    assert dialog.ok_button.isEnabled()


def test_new_dialog_says_what_is_still_missing(qtbot, session):
    dialog = open_dialog(qtbot, ResidentDialog, session)
    assert not dialog.ok_button.isEnabled()
    assert error(dialog, "code") == ""  # nothing red before the user typed
    assert "Code" in dialog.status_label.text() and "First name" in dialog.status_label.text()
    assert field(dialog, "status").currentData() == "waiting"  # the table's default
    qtbot.keyClicks(field(dialog, "code"), "R1")
    field(dialog, "code").clear()
    assert error(dialog, "code") == "is required"


def test_phone_takes_the_display_format_when_leaving_the_field(qtbot, session):
    dialog = open_dialog(qtbot, ResidentDialog, session)
    phone = field(dialog, "phone")
    qtbot.keyClicks(phone, "0612345678")
    phone.editingFinished.emit()
    assert phone.text() == "06 12345678"
    phone.setText("+32 470 12 34 56")
    phone.editingFinished.emit()
    assert phone.text() == "+32 470 12 34 56"


def test_good_save_creates_the_resident_through_the_service(qtbot, session):
    dialog = open_dialog(qtbot, ResidentDialog, session)
    values = {"code": "R7", "first_name": "فاطمة", "last_name": "Ročak", "phone": "0612345678",
              "birth_date": "03-04-1941", "languages": "Dutch, Arabisch",
              "emergency_contact_name": "Henk", "emergency_contact_phone": "06-34567890",
              "key_holder": "Buurvrouw, nr. 12", "consent_date": "02-11-2026",
              "consent_by": "herself", "consent_purpose": "phone calls"}
    for name, text in values.items():
        type_text(field(dialog, name), text)
    qtbot.keyClick(field(dialog, "lives_alone"), Qt.Key.Key_Space)
    with qtbot.waitSignal(session.data_changed) as changed:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert changed.args == ["people"]
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = Resident.get(Resident.code == "R7")
    assert dialog.record.id == saved.id
    assert (saved.name, saved.phone, saved.birth_date) == ("فاطمة Ročak", "+31612345678",
                                                          date(1941, 4, 3))
    assert saved.languages == ["nl", "ar"] and saved.lives_alone and saved.status == "waiting"
    assert saved.consent_date == date(2026, 11, 2) and saved.key_holder == "Buurvrouw, nr. 12"


def test_duplicate_code_from_the_service_appears_on_the_field(qtbot, session):
    people.save_resident(SYSTEM, {"code": "R1", "first_name": "Jan"})
    dialog = open_dialog(qtbot, ResidentDialog, session)
    qtbot.keyClicks(field(dialog, "code"), "R1")
    qtbot.keyClicks(field(dialog, "first_name"), "Piet")
    assert not dialog.save()
    assert "already in use" in error(dialog, "code")
    assert not dialog.ok_button.isEnabled()
    assert dialog.isVisible()
    qtbot.keyClicks(field(dialog, "code"), "b")
    assert error(dialog, "code") == "" and dialog.ok_button.isEnabled()
    assert dialog.save()
    assert Resident.select().count() == 2


def test_editing_shows_stored_values_and_changes_only_what_was_typed(qtbot, session):
    resident = people.save_resident(SYSTEM, {
        "code": "R1", "first_name": "Maaïke", "last_name": "Jansen", "phone": "0521123456",
        "birth_date": "1940-05-06", "languages": "nl, tr", "status": "paused",
        "lives_alone": True})
    dialog = open_dialog(qtbot, ResidentDialog, session, resident.id)
    assert field(dialog, "phone").text() == "0521 123 456"
    assert field(dialog, "birth_date").text() == "06-05-1940"
    assert field(dialog, "languages").text() == "Dutch, Turkish"
    assert field(dialog, "status").currentData() == "paused"
    assert field(dialog, "lives_alone").isChecked()
    assert "Maaïke Jansen" in dialog.windowTitle()
    assert not dialog.form.dirty
    field(dialog, "last_name").clear()
    type_text(field(dialog, "last_name"), "Ročak")
    assert dialog.save()
    again = Resident.get_by_id(resident.id)
    assert again.last_name == "Ročak"
    assert (again.phone, again.birth_date, again.languages, again.status, again.lives_alone) == (
        "+31521123456", date(1940, 5, 6), ["nl", "tr"], "paused", True)


def test_edit_classmethod_returns_the_record_or_nothing(qtbot, session, monkeypatch):
    def fill_and_save(dialog):
        qtbot.addWidget(dialog)
        qtbot.keyClicks(field(dialog, "code"), "V9")
        qtbot.keyClicks(field(dialog, "first_name"), "Anna")
        return QDialog.DialogCode.Accepted if dialog.save() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(VolunteerDialog, "exec", fill_and_save)
    record, ok = VolunteerDialog.edit(session)
    assert ok and record.code == "V9" and record.max_residents == 5
    assert Volunteer.get(Volunteer.code == "V9").id == record.id

    monkeypatch.setattr(VolunteerDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert VolunteerDialog.edit(session, record.id) == (None, False)


def test_volunteer_dialog_checks_email_and_capacity_default(qtbot, session):
    dialog = open_dialog(qtbot, VolunteerDialog, session)
    assert field(dialog, "max_residents").value() == 5
    qtbot.keyClicks(field(dialog, "code"), "V1")
    qtbot.keyClicks(field(dialog, "first_name"), "Anna")
    qtbot.keyClicks(field(dialog, "email"), "anna@")
    assert "e-mail" in error(dialog, "email") and not dialog.ok_button.isEnabled()
    qtbot.keyClicks(field(dialog, "email"), "example.nl")
    qtbot.keyClicks(field(dialog, "languages"), "Klingon")
    assert "unknown language" in error(dialog, "languages")
    field(dialog, "languages").clear()
    qtbot.keyClicks(field(dialog, "languages"), "Pools")
    assert dialog.save()
    assert Volunteer.get(Volunteer.code == "V1").languages == ["pl"]


def test_closing_with_changes_asks_first(qtbot, session, monkeypatch):
    answers = []
    monkeypatch.setattr(person_dialogs, "ask_discard", lambda parent: answers.append(1) or False)
    dialog = open_dialog(qtbot, ResidentDialog, session)
    dialog.reject()  # nothing typed yet: closes at once
    assert not dialog.isVisible() and answers == []
    dialog = open_dialog(qtbot, ResidentDialog, session)
    qtbot.keyClicks(field(dialog, "first_name"), "Jan")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and answers == [1]


def test_volunteer_actor_sees_a_read_only_resident(qtbot, session):
    resident = people.save_resident(SYSTEM, {"code": "R1", "first_name": "Jan"})
    session.actor = Actor("coordinator-less", "staff")
    dialog = open_dialog(qtbot, ResidentDialog, session, resident.id)
    assert not dialog.ok_button.isVisible()
    # Read-only, not greyed out: an older reader must be able to read it.
    assert field(dialog, "first_name").isReadOnly() and field(dialog, "first_name").isEnabled()
    assert not field(dialog, "status").isEnabled()  # a list box has no read-only mode
    assert not dialog.save()


def test_a_long_value_shows_its_beginning(qtbot, session):
    consent = "mondeling, aan de opbouwwerker, bij het huisbezoek in het dorpshuis"
    resident = people.save_resident(SYSTEM, {"code": "R1", "first_name": "Jan",
                                             "consent_by": consent})
    dialog = open_dialog(qtbot, ResidentDialog, session, resident.id)
    assert field(dialog, "consent_by").text() == consent
    assert field(dialog, "consent_by").cursorPosition() == 0


def test_resident_dialog_fits_a_small_laptop_screen(qtbot, session):
    dialog = open_dialog(qtbot, ResidentDialog, session)
    font = dialog.font()
    font.setPointSize(12)
    dialog.setFont(font)
    assert dialog.width() <= 1366 and dialog.height() <= 768 - 60


def _saved_meanwhile(pk: int) -> None:
    """Another coordinator saves the resident while our dialog is open."""
    other = Actor("ben", "coordinator")
    people.save_resident(other, {"area": "Diever"}, pk)


@pytest.mark.parametrize("answer", ["reload", "overwrite", "cancel"])
def test_someone_elses_save_meanwhile_offers_reload_or_overwrite(qtbot, session, monkeypatch,
                                                                 answer):
    r = people.save_resident(SYSTEM, {"code": "R1", "first_name": "Ans"})
    dialog = open_dialog(qtbot, ResidentDialog, session, r.id)
    _saved_meanwhile(r.id)
    asked = []
    monkeypatch.setattr(person_dialogs, "ask_conflict",
                        lambda parent, message: asked.append(message) or answer)
    field(dialog, "first_name").setText("Anna")
    assert dialog.save() is (answer == "overwrite")
    assert asked and asked[0].startswith("Changed by ben at ") and "Area / village" in asked[0]
    stored = Resident.get_by_id(r.id)
    if answer == "overwrite":
        assert (stored.first_name, stored.area) == ("Anna", "")
    else:
        assert (stored.first_name, stored.area) == ("Ans", "Diever")
    if answer == "reload":
        assert field(dialog, "first_name").text() == "Ans"
        assert field(dialog, "area").text() == "Diever"
        field(dialog, "first_name").setText("Anna")
        assert dialog.save() is True  # after reloading, the save goes through
        assert (Resident.get_by_id(r.id).first_name, Resident.get_by_id(r.id).area) == (
            "Anna", "Diever")
