"""The Settings screen: built from the options, saves what changed, refuses out-of-range values,
switches the screen language at once, restores defaults only after confirmation."""

from __future__ import annotations

import pytest
from belteam_gui.app import i18n
from belteam_gui.app.main_window import MainWindow
from belteam_gui.app.pages import PAGES
from belteam_gui.app.session import Session
from belteam_gui.common.date_time_fields import TimeField
from belteam_gui.settings import page as settings_page
from belteam_gui.settings.page import SettingsPage
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QGroupBox, QLineEdit, QSpinBox

from belteam.core.actors import Actor
from belteam.settings import store as settings
from belteam.settings.store import OPTIONS

COORD = Actor("coco", "coordinator", user_id=1)


@pytest.fixture
def session(sqlite_db, qapp):
    i18n.install("en")
    yield Session("test.sqlite3", COORD)
    i18n.install("en")  # whatever a test chose, the next one starts in English


@pytest.fixture
def page(qtbot, session):
    widget = SettingsPage(session)
    qtbot.addWidget(widget)
    widget.resize(1166, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_one_editor_per_option_of_the_right_kind(page):
    kinds = {key: type(editor.widget) for key, editor in page.editors.items()}
    assert list(kinds) == list(OPTIONS)
    assert kinds["language"] is QComboBox and kinds["reminder_time"] is TimeField
    assert kinds["move_holiday_calls"] is QCheckBox and kinds["organisation_name"] is QLineEdit
    assert all(kinds[k] is QSpinBox for k, o in OPTIONS.items() if o.type is int)
    spin = page.editors["grace_days"].widget
    assert (spin.minimum(), spin.maximum(), spin.value()) == (0, 14, 2)
    assert page.editors["grace_days"].label.text() == OPTIONS["grace_days"].label
    assert page.editors["grace_days"].help.text() == OPTIONS["grace_days"].help
    titles = [box.title() for box in page.findChildren(QGroupBox)]
    assert sorted(titles) == sorted(["Organisation && language", "Call list", "Follow-up rules",
                                     "Privacy && security", "Reminders"])
    assert not page.save_button.isEnabled()  # nothing changed yet


def test_change_a_spin_box_and_save(qtbot, page, session):
    spin = page.editors["flag_no_contact_days"].widget
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "21")
    assert page.save_button.isEnabled()
    with qtbot.waitSignal(session.data_changed) as signal:
        qtbot.keyClick(spin, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert signal.args == ["settings"]
    assert settings.get("flag_no_contact_days") == 21
    assert "saved" in page.status.text() and not page.save_button.isEnabled()


def test_every_type_is_saved(page):
    page.editors["move_holiday_calls"].widget.setChecked(True)
    page.editors["reminder_time"].widget.setTime(QTime(7, 45))
    page.editors["organisation_name"].widget.setText("Welzijn Westerveld")
    page.editors["organisation_name"].widget.textEdited.emit("")
    assert page.save()
    assert settings.get("move_holiday_calls") is True
    assert settings.get("reminder_time") == "07:45"
    assert settings.get("organisation_name") == "Welzijn Westerveld"
    assert page.session.organisation == "Welzijn Westerveld"


def test_a_refused_value_is_shown_by_its_field_and_nothing_is_stored(page):
    page.editors["grace_days"].widget.setValue(5)
    page.editors["organisation_name"].widget.setText("x" * 101)
    page.editors["organisation_name"].widget.textEdited.emit("")
    assert not page.save()
    error = page.editors["organisation_name"].error
    assert not error.isHidden() and "at most 100" in error.text()
    assert page.editors["grace_days"].error.isHidden()
    assert settings.get("grace_days") == 2 and settings.get("organisation_name") == ""
    page.editors["organisation_name"].widget.setText("Welzijn")
    page.editors["organisation_name"].widget.textEdited.emit("")
    assert error.isHidden()  # typing again clears it
    assert page.save() and settings.get("grace_days") == 5


def test_a_volunteer_cannot_save(page, session):
    session.actor = Actor("vera", "volunteer", user_id=3, volunteer_id=1)
    page.editors["grace_days"].widget.setValue(5)
    assert not page.save()
    assert "changing settings" in page.status.text()
    assert settings.get("grace_days") == 2


def test_language_combo_switches_the_screen_at_once(page):
    combo = page.editors["language"].widget
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "nl", "en"]
    assert combo.itemText(0) == "Follow the system"
    combo.setCurrentIndex(combo.findData("nl"))
    assert page.save()
    assert settings.get("language") == "nl"
    assert QLocale().language() == QLocale.Language.Dutch
    assert page.status.text()  # tells that some texts change when a screen is opened again
    assert page.title.text() == QCoreApplication.translate("SettingsPage", "Settings")


def test_restore_defaults_asks_first(page, monkeypatch):
    settings.set_value(COORD, "grace_days", 9)
    settings.set_value(COORD, "move_holiday_calls", True)
    page.reload()
    monkeypatch.setattr(settings_page, "confirm_restore", lambda parent: False)
    assert not page.restore_defaults()
    assert settings.get("grace_days") == 9 and page.editors["grace_days"].widget.value() == 9
    monkeypatch.setattr(settings_page, "confirm_restore", lambda parent: True)
    assert page.restore_defaults()
    assert settings.get("grace_days") == 2 and settings.get("move_holiday_calls") is False
    assert page.editors["grace_days"].widget.value() == 2


def test_settings_is_the_last_page_and_the_title_follows_the_organisation(qtbot, session):
    assert PAGES[-1].key == "settings" and PAGES[-1].permission == "settings.edit"
    window = MainWindow(session)
    qtbot.addWidget(window)
    page = window.show_page("settings")
    page.editors["organisation_name"].widget.setText("Welzijn Westerveld")
    page.editors["organisation_name"].widget.textEdited.emit("")
    assert page.save()
    assert window.windowTitle().startswith("Welzijn Westerveld")
    session.set_actor(Actor("stef", "staff", user_id=2))
    assert "settings" not in [p.key for p in window.visible_pages()]


def test_the_menu_follows_a_new_language(qtbot, session):
    window = MainWindow(session)
    qtbot.addWidget(window)
    assert window.file_menu.title() == "&File"
    page = window.show_page("settings")
    combo = page.editors["language"].widget
    combo.setCurrentIndex(combo.findData("nl"))
    assert page.save()
    assert window.file_menu.title() == QCoreApplication.translate("MainWindow", "&File") != "&File"
    assert window.menu_actions["quit"].text() == QCoreApplication.translate("MainWindow", "&Quit")
