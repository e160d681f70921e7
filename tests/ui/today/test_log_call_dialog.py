"""Logging a call: keyboard, the note limit, refusals shown, and drafts that survive closing."""

from __future__ import annotations

import pytest
from belteam_gui.app.session import Session
from belteam_gui.today.log_call_dialog import LogCallDialog
from PySide6.QtCore import Qt
from today_helpers import COORDINATOR, build_morning

from belteam.calls import drafts, schedule
from belteam.core.actors import SYSTEM
from belteam.settings import store as settings
from belteam.storage.models import CallAttempt


@pytest.fixture
def morning(sqlite_db, clock):
    return build_morning(clock.today())


@pytest.fixture
def anna(morning):
    return next(c for c in schedule.today_list(morning.actor) if c.resident_name == "Anna de Vries")


def _open(qtbot, morning, call, actor=None) -> LogCallDialog:
    dialog = LogCallDialog(Session("test", actor or morning.actor), call)
    qtbot.addWidget(dialog)
    return dialog


def _draft(morning, call) -> dict | None:
    """The draft as the domain keeps it (in the database), for the signed-in volunteer."""
    return drafts.load_draft(morning.actor, call.resident_id)


def _attempts(resident_id: int) -> list[CallAttempt]:
    return list(CallAttempt.select().where(CallAttempt.resident == resident_id)
                .order_by(CallAttempt.id))


def test_context_shows_last_note_and_phone(qtbot, morning, anna):
    dialog = _open(qtbot, morning, anna)
    text = dialog.context_label.text()
    assert "Last time (Mon 23 Nov): wellbeing 7/10" in text
    assert "Knee still hurts on the stairs" in text
    assert "Best time to call: 09:00" in text
    assert dialog.findChild(type(dialog.context_label), "phoneNumber").text() == "06 12345601"


def test_counter_counts_and_limit_disables_save_without_cutting(qtbot, morning, anna):
    dialog = _open(qtbot, morning, anna)
    qtbot.keyClicks(dialog.form.note_edit, "Hello")
    assert dialog.form.counter_label.text() == "5 / 1000"
    assert dialog.save_button.isEnabled()
    dialog.form.note_edit.setPlainText("x" * 1001)
    assert dialog.form.counter_label.text() == "1001 / 1000"
    assert "b00020" in dialog.form.counter_label.styleSheet()  # red
    assert not dialog.save_button.isEnabled()
    assert not dialog.form.limit_label.isHidden()
    assert "1001 characters long; at most 1000" in dialog.form.limit_label.text()
    assert len(dialog.form.note()) == 1001  # never cut
    dialog.form.outcome_buttons["reached"].setChecked(True)
    dialog.save()  # what Ctrl+Enter calls: refused in the dialog, nothing stored
    assert dialog.saved_attempt is None
    assert _attempts(anna.resident_id)[-1].note != "x" * 1001
    dialog.form.note_edit.moveCursor(dialog.form.note_edit.textCursor().MoveOperation.End)
    qtbot.keyClick(dialog.form.note_edit, Qt.Key.Key_Backspace)
    assert dialog.save_button.isEnabled() and dialog.form.limit_label.isHidden()


def test_domain_refusal_is_shown_and_the_text_kept(qtbot, morning, anna):
    dialog = _open(qtbot, morning, anna)
    settings.set_value(SYSTEM, "note_max_chars", 100)  # changed by a coordinator meanwhile
    dialog.form.outcome_buttons["reached"].setChecked(True)
    note = "Twelve chars" * 9  # 108
    dialog.form.note_edit.setPlainText(note)
    before = len(_attempts(anna.resident_id))
    dialog.save()
    assert dialog.isVisible() or dialog.result() == 0
    assert "at most 100 are allowed" in dialog.error_label.text()
    assert not dialog.error_label.isHidden()
    assert dialog.form.note() == note
    assert len(_attempts(anna.resident_id)) == before


def test_save_needs_an_outcome(qtbot, morning, anna):
    dialog = _open(qtbot, morning, anna)
    dialog.save()
    assert "choose how the call went" in dialog.error_label.text()
    assert dialog.saved_attempt is None


def test_saving_stores_every_field_and_signals(qtbot, morning, anna):
    dialog = _open(qtbot, morning, anna)
    form = dialog.form
    form.outcome_buttons["reached"].setChecked(True)
    form.note_edit.setPlainText("  Good talk.  ")
    form.wellbeing_spin.setValue(8)
    form.topic_boxes["family"].setChecked(True)
    form.flag_boxes["practical_help"].setChecked(True)
    form.flag_boxes["confidential"].setChecked(True)
    with qtbot.waitSignal(dialog.session.data_changed) as blocker:
        dialog.save()
    assert blocker.args == ["calls"]
    attempt = _attempts(anna.resident_id)[-1]
    assert (attempt.outcome, attempt.note, attempt.wellbeing) == ("reached", "Good talk.", 8)
    assert list(attempt.topics) == ["family"]
    assert attempt.practical_help and attempt.confidential and attempt.wants_again
    assert attempt.volunteer_id == morning.jan.id and attempt.due_date == anna.due_date


def test_unsuccessful_call_drops_wellbeing_and_topics(qtbot, morning, anna):
    dialog = _open(qtbot, morning, anna)
    form = dialog.form
    form.wellbeing_spin.setValue(6)
    form.topic_boxes["health"].setChecked(True)
    form.outcome_buttons["no_answer"].setChecked(True)
    assert not form.wellbeing_spin.isEnabled() and not form.topic_boxes["health"].isEnabled()
    dialog.save()
    attempt = _attempts(anna.resident_id)[-1]
    assert (attempt.outcome, attempt.wellbeing, list(attempt.topics)) == ("no_answer", None, [])


def test_coordinator_logs_for_the_caller(qtbot, morning, anna):
    dialog = _open(qtbot, morning, anna, actor=COORDINATOR)
    dialog.form.outcome_buttons["busy"].setChecked(True)
    dialog.save()
    assert _attempts(anna.resident_id)[-1].volunteer_id == morning.jan.id


def test_draft_survives_closing_and_is_cleared_by_saving(qtbot, morning, anna):
    dialog = _open(qtbot, morning, anna)
    assert dialog.hint_label.text() == "Your note is kept until you save."
    dialog.form.outcome_buttons["reached"].setChecked(True)
    qtbot.keyClicks(dialog.form.note_edit, "She told me about her grandson")
    dialog.form.wellbeing_spin.setValue(6)
    dialog.form.topic_boxes["family"].setChecked(True)
    dialog.show()
    dialog.close()  # the window's close button, by accident
    assert _draft(morning, anna)["note"] == "She told me about her grandson"

    again = _open(qtbot, morning, anna)
    assert again.form.note() == "She told me about her grandson"
    assert again.form.outcome() == "reached"
    assert again.form.wellbeing() == 6 and again.form.topics() == ["family"]
    assert "unsaved note is back" in again.hint_label.text()
    again.save()
    assert _draft(morning, anna) is None
    assert _attempts(anna.resident_id)[-1].note == "She told me about her grandson"


def test_escape_keeps_the_draft_and_an_empty_form_leaves_none(qtbot, morning, anna):
    dialog = _open(qtbot, morning, anna)
    dialog.show()
    qtbot.keyClicks(dialog.form.note_edit, "half")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert _draft(morning, anna)["note"] == "half"
    empty = _open(qtbot, morning, anna)
    empty.form.note_edit.clear()
    empty.reject()
    assert _draft(morning, anna) is None


def test_drafts_are_per_user(qtbot, morning, anna):
    dialog = _open(qtbot, morning, anna)
    dialog.form.note_edit.setPlainText("mine")
    dialog.reject()
    other = _open(qtbot, morning, anna, actor=COORDINATOR)
    assert other.form.note() == ""


def test_old_draft_file_is_moved_into_the_database_once(qtbot, morning, anna):
    import json

    from belteam_gui.today.drafts import LEGACY_FILE_NAME

    from belteam.core import config

    hanna = morning.residents["R8"]  # Piet's resident: Jan may not see her
    path = config.data_dir() / LEGACY_FILE_NAME
    path.write_text(json.dumps({
        f"jan:{anna.resident_id}": {"note": "from the old file", "outcome": "busy"},
        f"jan:{hanna.id}": {"note": "not Jan's to keep"},
        f"coco:{anna.resident_id}": {"note": "someone else's"},
    }), encoding="utf-8")
    dialog = _open(qtbot, morning, anna)
    assert dialog.form.note() == "from the old file" and dialog.form.outcome() == "busy"
    assert not path.exists()
    assert drafts.load_draft(COORDINATOR, anna.resident_id) is None
    assert drafts.load_draft(SYSTEM, hanna.id) is None


def test_a_draft_too_long_to_keep_is_explained_and_stays_on_the_form(qtbot, morning, anna):
    dialog = _open(qtbot, morning, anna)
    dialog.form.note_edit.setPlainText("kept")
    assert _draft(morning, anna)["note"] == "kept"
    huge = "x" * (drafts.MAX_NOTE_CHARS + 1)
    dialog.form.note_edit.setPlainText(huge)
    assert not dialog.error_label.isHidden()
    assert "an unsaved note keeps at most 50000" in dialog.error_label.text()
    assert dialog.form.note() == huge
    assert _draft(morning, anna)["note"] == "kept"  # the last draft that could be kept
