"""Logging one call: what happened, a short note, how the resident is doing.

Nothing typed is lost: every change is kept as a draft for this resident until it is saved,
whether the window is closed, cancelled with Esc or the program stops.
"""

from __future__ import annotations

from typing import Any

from belteam_gui.app.session import Session
from belteam_gui.common import zoom
from belteam_gui.common.call_words import attempts_text, clock_text, day_month, wellbeing_text
from belteam_gui.common.errors import error_text
from belteam_gui.common.plan_words import fill
from belteam_gui.today.call_form import CallForm
from belteam_gui.today.drafts import DraftStore
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from belteam.calls import log as calls
from belteam.core import phones
from belteam.core.actors import PermissionDenied
from belteam.core.clock import clock
from belteam.core.validation import ValidationError
from belteam.settings import store as settings


class LogCallDialog(QDialog):
    """Log an attempt for one due call; Ctrl+Enter saves, Esc closes and keeps the draft."""

    def __init__(self, session: Session, due_call: Any, parent: QWidget | None = None,
                 drafts: DraftStore | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.due_call = due_call
        self.drafts = drafts or DraftStore(session.actor)
        self.draft_key = DraftStore.key(session.actor.username, due_call.resident_id)
        self.saved_attempt = None
        self.setWindowTitle(fill(self.tr("Log call — %1"), due_call.resident_name))
        self.form = CallForm(int(settings.get("note_max_chars")))
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading())
        layout.addWidget(self._context())
        layout.addWidget(self.form, 1)
        self.error_label = QLabel()
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.hint_label = QLabel()
        self.hint_label.setProperty("role", "hint")
        layout.addWidget(self.hint_label)
        layout.addWidget(self._buttons())
        self._restore_draft()
        self.form.changed.connect(self._form_changed)
        self._update_save()
        self.resize(960, 690)
        self.form.focus_outcome()

    # -- building ---------------------------------------------------------------------------
    def _heading(self) -> QWidget:
        call = self.due_call
        title = QLabel(fill(self.tr("Call with %1"), call.resident_name))
        title.setProperty("role", "title")
        number = phones.display(call.phone) if call.phone else self.tr("no phone number known")
        phone = QLabel(number)
        phone.setObjectName("phoneNumber")
        zoom.set_points(phone, 18, bold=True)
        phone.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(title)
        box.addWidget(phone)
        return holder

    def _context(self) -> QWidget:
        """What was said last time and what was tried for this call, read before dialling."""
        self.context_label = QLabel(self._context_text())
        self.context_label.setObjectName("callContext")
        self.context_label.setWordWrap(True)
        self.context_label.setTextFormat(Qt.TextFormat.PlainText)
        frame = QFrame()
        frame.setObjectName("contextFrame")
        zoom.set_style(frame, "#contextFrame { background: #f3f5f7; border-radius: 6px; }")
        box = QVBoxLayout(frame)
        box.addWidget(self.context_label)
        return frame

    def _context_text(self) -> str:
        call = self.due_call
        lines = []
        if call.last_note or call.last_wellbeing is not None:
            when = day_month(call.last_contact) if call.last_contact else self.tr("earlier")
            mark = wellbeing_text(call.last_wellbeing)
            head = fill(self.tr("Last time (%1):"), when)
            if mark:
                head = fill(self.tr("%1 wellbeing %2"), head, mark)
            lines.append(head)
            if call.last_note:
                lines.append(f"“{call.last_note}”")
        else:
            lines.append(self.tr("No earlier note."))
        if call.attempts:
            lines.append(fill(self.tr("Tried for this call: %1"),
                              attempts_text(call.attempts, clock.today())))
        if call.preferred_time:
            lines.append(fill(self.tr("Best time to call: %1"), clock_text(call.preferred_time)))
        return "\n".join(lines)

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("&Save  (Ctrl+Enter)"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close (note is kept)"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        return buttons

    # -- drafts -----------------------------------------------------------------------------
    def _restore_draft(self) -> None:
        try:
            draft = self.drafts.get(self.draft_key)
        except PermissionDenied as exc:
            draft = None
            self._show_error(error_text(exc))
        if draft:  # whatever call it was typed for: the words are the resident's
            self.form.set_values(draft)
            self.hint_label.setText(self.tr(
                "Your unsaved note is back. It is kept until you save."))
        else:
            self.hint_label.setText(self.tr("Your note is kept until you save."))

    def keep_draft(self) -> None:
        """Store what is on the form (or forget the draft when the form is empty)."""
        if self.saved_attempt is not None:
            return
        try:
            if self.form.is_blank():
                self.drafts.clear(self.draft_key)
                return
            draft = self.form.values()
            draft["due_date"] = self.due_call.due_date.isoformat()
            self.drafts.put(self.draft_key, draft)
        except (ValidationError, PermissionDenied) as exc:
            self._show_error(error_text(exc))  # the words stay on the form

    def _form_changed(self) -> None:
        self.error_label.hide()
        self.keep_draft()
        self._update_save()

    def _update_save(self) -> None:
        self.save_button.setEnabled(not self.form.note_too_long())

    # -- saving and closing -----------------------------------------------------------------
    def save(self) -> None:
        """Log the attempt through the domain; on a refusal show why and keep every word."""
        outcome = self.form.outcome()
        if outcome is None:
            self._show_error(self.tr("First choose how the call went (for example Alt+R for "
                                     "reached)."))
            self.form.focus_outcome()
            return
        if self.form.note_too_long():
            return  # the counter already says why; the button is disabled
        try:
            self.saved_attempt = calls.log_call(self.session.actor, self.due_call.resident_id,
                                                outcome, **self._arguments(outcome))
        except (ValidationError, PermissionDenied) as exc:
            self._show_error(error_text(exc))
            return
        self.drafts.clear(self.draft_key)
        self.session.changed("calls")
        self.accept()

    def _arguments(self, outcome: str) -> dict[str, Any]:
        values = self.form.values()
        reached = outcome == "reached"
        arguments: dict[str, Any] = {
            "note": values["note"].strip(),
            "wellbeing": values["wellbeing"] if reached else None,
            "topics": values["topics"] if reached else [],
            "wants_again": values["wants_again"],
            "practical_help": values["practical_help"],
            "concern": values["concern"],
            "confidential": values["confidential"],
            "due_date": self.due_call.due_date,
        }
        if self.session.actor.volunteer_id is None and self.due_call.volunteer_id is not None:
            # A coordinator writing up a call from a paper list logs it for the caller.
            arguments["volunteer_id"] = self.due_call.volunteer_id
        return arguments

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def reject(self) -> None:
        self.keep_draft()
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.keep_draft()
        super().closeEvent(event)
