"""A resident's history: newest first, confidential notes marked or hidden, full note below."""

from __future__ import annotations

from datetime import datetime, time

import pytest
from belteam_gui.app.session import Session
from belteam_gui.today.history_dialog import (
    NOTE,
    OUTCOME,
    WELLBEING,
    WHEN,
    WHO,
    HistoryDialog,
    HistoryModel,
)
from PySide6.QtCore import Qt
from today_helpers import COORDINATOR, build_morning

from belteam.calls import log as calls
from belteam.core.actors import SYSTEM
from belteam.core.clock import TZ


@pytest.fixture
def morning(sqlite_db, clock):
    built = build_morning(clock.today())
    anna = built.residents["R1"]
    calls.log_call(SYSTEM, anna.id, "reached", at=datetime.combine(built.day, time(9, 5), TZ),
                   volunteer_id=built.jan.id, note="Private: worried about money.",
                   confidential=True, concern=True, wellbeing=5)
    return built


def _dialog(qtbot, actor, resident_id) -> HistoryDialog:
    dialog = HistoryDialog(Session("test", actor), resident_id)
    qtbot.addWidget(dialog)
    return dialog


def test_model_passes_the_model_tester(qtbot, qtmodeltester, morning):
    dialog = _dialog(qtbot, COORDINATOR, morning.residents["R1"].id)
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(HistoryModel())


def test_newest_first_with_who_outcome_and_wellbeing(qtbot, morning):
    dialog = _dialog(qtbot, COORDINATOR, morning.residents["R1"].id)
    model = dialog.model
    assert model.rowCount() == 3
    assert [model.index(r, WHEN).data() for r in range(3)] == [
        "Mon 30 Nov 2026  09:05", "Mon 23 Nov 2026  09:05", "Mon 16 Nov 2026  09:02"]
    assert model.index(0, WHO).data() == "Jan Visser"
    assert model.index(2, OUTCOME).data() == "No answer"
    assert model.index(1, WELLBEING).data() == "7/10"
    assert dialog.title.text() == "Anna de Vries: calls and notes, newest first"


def test_coordinator_reads_confidential_note_marked(qtbot, morning):
    dialog = _dialog(qtbot, COORDINATOR, morning.residents["R1"].id)
    assert dialog.model.index(0, NOTE).data() == "confidential: Private: worried about money."
    assert dialog.model.index(0, NOTE).data(Qt.ItemDataRole.ForegroundRole) is not None
    lock = dialog.model.index(0, NOTE).data(Qt.ItemDataRole.DecorationRole)
    assert lock is not None and not lock.pixmap(24, 24).isNull()  # a shipped icon, not a glyph
    assert dialog.table.currentIndex().row() == 0
    full = dialog.note_box.toPlainText()
    assert "worried about money" in full and "concern: needs follow-up" in full


def test_selecting_a_row_shows_its_whole_note(qtbot, morning):
    dialog = _dialog(qtbot, COORDINATOR, morning.residents["R1"].id)
    dialog.table.selectRow(1)
    assert dialog.note_box.toPlainText().startswith(
        "Had a good week; her daughter visited on Sunday. Knee still hurts on the stairs.")
    assert "wants to be called again" in dialog.note_box.toPlainText()
    assert dialog.note_box.isReadOnly()


def test_other_volunteer_does_not_read_the_confidential_note(qtbot, morning):
    kees = morning.actor.__class__("kees", "volunteer", volunteer_id=morning.kees.id)
    hanna = _dialog(qtbot, kees, morning.residents["R1"].id)  # not Kees's resident
    assert not hanna.error_label.isHidden() and hanna.model.rowCount() == 0


def test_writer_who_is_a_volunteer_reads_own_confidential_note(qtbot, morning):
    dialog = _dialog(qtbot, morning.actor, morning.residents["R1"].id)
    assert "worried about money" in dialog.model.index(0, NOTE).data()


def test_volunteer_sees_only_the_mark_of_someone_elses_confidential_note(qtbot, morning):
    anna = morning.residents["R1"]
    calls.log_call(COORDINATOR, anna.id, "reached", note="Social worker visit planned.",
                   confidential=True, at=datetime.combine(morning.day, time(11, 0), TZ))
    dialog = _dialog(qtbot, morning.actor, anna.id)
    assert dialog.model.index(0, NOTE).data() == "confidential"
    assert dialog.model.index(0, WHO).data() == ""  # logged by a coordinator without a user
    assert "only coordinators and staff" in dialog.note_box.toPlainText()


def test_coordinators_see_wellbeing_over_time_volunteers_do_not(qtbot, morning):
    anna = morning.residents["R1"]
    calls.log_call(SYSTEM, anna.id, "reached", at=datetime.combine(morning.day, time(15, 0), TZ),
                   volunteer_id=morning.jan.id, wellbeing=7)
    dialog = _dialog(qtbot, COORDINATOR, anna.id)
    line = dialog.wellbeing_chart.chart().series()[0]
    # Oldest first: 7 last week, 5 this morning, 7 this afternoon.
    assert [line.at(i).y() for i in range(line.count())] == [7.0, 5.0, 7.0]
    assert not dialog.wellbeing_chart.isHidden()
    assert _dialog(qtbot, morning.actor, anna.id).wellbeing_chart is None  # Jan, a volunteer
