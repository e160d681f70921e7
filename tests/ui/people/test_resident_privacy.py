"""A volunteer's read-only resident card and list show a caller's fields only (PRODUCT.md)."""

from __future__ import annotations

import pytest
from belteam_gui.app.session import Session
from belteam_gui.people import person_dialogs
from belteam_gui.people.person_dialogs import ResidentDialog
from belteam_gui.people.residents_page import ResidentsPage
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QWidget
from today_helpers import settle

from belteam.core.actors import SYSTEM, Actor
from belteam.pairings import service as pairings
from belteam.people import service as people
from belteam.people.visibility import VOLUNTEER_RESIDENT_FIELDS

SECRETS = ("Kees Zwartjes", "0687654321", "87 654 321", "Dorpsstraat", "7971", "1938",
           "Buurvrouw", "dochter", "Havelte")


@pytest.fixture(autouse=True)
def _discard_on_close(monkeypatch):
    monkeypatch.setattr(person_dialogs, "ask_discard", lambda parent: True)


@pytest.fixture
def team(sqlite_db) -> tuple[Session, int, int]:
    """A resident with every private field filled in, called by volunteer V1."""
    volunteer = people.save_volunteer(SYSTEM, {"code": "V1", "first_name": "Anna"})
    resident = people.save_resident(SYSTEM, {
        "code": "R1", "first_name": "Wilhelmina", "last_name": "Zwartjes",
        "phone": "0521111111", "phone2": "0612345678", "area": "Havelte",
        "address": "Dorpsstraat 12", "postcode": "7971 AB", "birth_date": "12-03-1938",
        "languages": "nl", "lives_alone": True, "emergency_contact_name": "Kees Zwartjes",
        "emergency_contact_phone": "0687654321", "key_holder": "Buurvrouw, nr. 14",
        "consent_date": "01-11-2026", "consent_by": "dochter", "consent_purpose": "bellen",
        "preferred_days": "dinsdagochtend", "status": "active"})
    pairings.pair(SYSTEM, resident, volunteer, "weekly:tue")
    return Session("sqlite-test"), volunteer.id, resident.id


def all_texts(widget: QWidget) -> str:
    """Every text a person could read in the widget: labels, fields, boxes, titles, tooltips."""
    parts = [widget.windowTitle()]
    for child in widget.findChildren(QWidget):
        parts.append(child.toolTip())
        if isinstance(child, QLabel | QLineEdit | QAbstractButton):
            parts.append(child.text())
        elif isinstance(child, QGroupBox):
            parts.append(child.title())
        elif isinstance(child, QComboBox):
            parts.append(child.currentText())
    return "\n".join(parts)


def open_card(qtbot, session: Session, pk: int) -> ResidentDialog:
    dialog = ResidentDialog(session, pk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_volunteers_card_shows_no_address_or_emergency_contact(qtbot, team):
    session, volunteer_id, resident_id = team
    session.set_actor(Actor("anna", "volunteer", volunteer_id=volunteer_id))
    dialog = open_card(qtbot, session, resident_id)
    assert dialog.read_only and not dialog.ok_button.isVisible()
    assert set(dialog.form.editors) == set(VOLUNTEER_RESIDENT_FIELDS)
    text = all_texts(dialog)
    for secret in SECRETS:
        assert secret not in text, secret
    # What a caller needs is there.
    for needed in ("Wilhelmina", "Zwartjes", "0521", "06 12345678", "dinsdagochtend"):
        assert needed in text, needed
    titles = [box.title() for box in dialog.findChildren(QGroupBox)]
    assert titles == ["Resident", "Contact"]  # no empty Consent / In an emergency boxes


def test_coordinators_card_still_shows_everything(qtbot, team):
    session, _volunteer_id, resident_id = team
    dialog = open_card(qtbot, session, resident_id)
    assert not dialog.read_only
    text = all_texts(dialog)
    for secret in ("Kees Zwartjes", "Dorpsstraat 12", "7971 AB", "12-03-1938", "Havelte"):
        assert secret in text, secret


def test_volunteers_list_hides_area_and_living_situation(qtbot, team, qtmodeltester):
    session, volunteer_id, _resident_id = team
    session.set_actor(Actor("anna", "volunteer", volunteer_id=volunteer_id))
    page = ResidentsPage(session)
    settle(qtbot, page)
    qtbot.addWidget(page)
    page.show()
    qtmodeltester.check(page.model)
    model = page.model
    cells = [str(model.index(r, c).data(Qt.ItemDataRole.DisplayRole) or "")
             for r in range(model.rowCount()) for c in range(model.columnCount())]
    assert "Wilhelmina Zwartjes" in cells
    assert "Havelte" not in cells and "yes" not in cells
    for column in ResidentsPage.FIELD_COLUMNS:
        assert page.view.isColumnHidden(column)
    session.set_actor(SYSTEM)
    for column in ResidentsPage.FIELD_COLUMNS:
        assert not page.view.isColumnHidden(column)


def test_volunteers_card_looks_read_only_no_edit_boxes_no_stars(qtbot, team):
    session, volunteer_id, resident_id = team
    session.set_actor(Actor("anna", "volunteer", volunteer_id=volunteer_id))
    dialog = open_card(qtbot, session, resident_id)
    fields = [e.widget for e in dialog.form.editors.values() if isinstance(e.widget, QLineEdit)]
    assert fields and all(f.isReadOnly() and not f.hasFrame() for f in fields)
    assert all(f.property("readOnlyCard") for f in fields)
    assert not [f.placeholderText() for f in fields if f.placeholderText()]  # no "e.g. …" as if a value
    assert not [label.text() for label in dialog.findChildren(QLabel) if label.text().endswith(" *")]


def test_coordinators_form_keeps_boxes_and_stars(qtbot, team):
    session, _, resident_id = team
    dialog = open_card(qtbot, session, resident_id)
    fields = [e.widget for e in dialog.form.editors.values() if isinstance(e.widget, QLineEdit)]
    assert all(not f.isReadOnly() and f.hasFrame() for f in fields)
    assert [label.text() for label in dialog.findChildren(QLabel) if label.text().endswith(" *")]
