"""The Residents screen: who is called, by whom, when last and next, filtered as the
coordinator asks (status, area, volunteer, follow-up, not reached)."""

from __future__ import annotations

from typing import Any

from belteam_gui.app.session import Session
from belteam_gui.common.validated_form import fill
from belteam_gui.people import columns as cols
from belteam_gui.people.page import PeoplePage
from belteam_gui.people.person_dialogs import ResidentDialog
from belteam_gui.people.resident_filters import ResidentFilterBar
from PySide6.QtWidgets import QPushButton, QWidget

from belteam.calls import absences
from belteam.core.clock import clock
from belteam.core.validation import ValidationError
from belteam.matching import lists_rows
from belteam.matching.lists_rows import ResidentFilter
from belteam.people import service as people
from belteam.people.visibility import resident_fields


class ResidentsPage(PeoplePage):
    """Residents (deelnemers): who is called, by whom, and how they live."""

    DIALOG = ResidentDialog
    COLUMNS = cols.RESIDENT_COLUMNS
    SEARCH = staticmethod(cols.resident_search)

    VOLUNTEER_COLUMN = 5
    DESK_COLUMNS = (6, 7, 8)  # last contact, next call, wellbeing: the coordinator's questions
    FIELD_COLUMNS = {2: "area", 9: "lives_alone"}  # hidden when the actor may not read them

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.resume_button = QPushButton(self.tr("Res&ume calls"))
        self.resume_button.setToolTip(self.tr("End this resident's pause: their calls are due "
                                              "again from today"))
        self.resume_button.clicked.connect(self.resume_calls)
        self.button_row.insertWidget(3, self.resume_button)
        self.resume_button.setVisible(session.actor.can("absences.edit"))
        self._update_buttons()

    def filter_bar(self) -> QWidget:
        self.filters = ResidentFilterBar()
        self.filters.changed.connect(self._filters_changed)
        return self.filters

    def _filters_changed(self, chosen: ResidentFilter) -> None:
        today = clock.today()
        self.set_row_filter((lambda row: chosen.accepts(row, today)) if chosen.active() else None)

    def rows_loaded(self, rows: list[Any]) -> None:
        self.filters.set_choices([row.area for row in rows],
                                 [(row.volunteer_code, row.volunteer) for row in rows])
        self._filters_changed(self.filters.current())  # the choices may have dropped one

    def _update_buttons(self) -> None:
        super()._update_buttons()
        button = getattr(self, "resume_button", None)
        if button is not None:
            row = self.current_row()
            button.setEnabled(row is not None and not row.archived)

    def resume_calls(self) -> None:
        """End the selected resident's running pause (coordinators): calls due from today."""
        row = self.current_row()
        if row is None or not self.session.actor.can("absences.edit"):
            return
        try:
            absences.resume_resident(self.session.actor, row.id)
        except ValidationError as exc:
            self._say(" ".join(exc.errors.values()))
            return
        self.session.changed("people")
        self._say(fill(self.tr("The calls with %1 are due again from today."), row.name))

    def _apply_permissions(self) -> None:
        super()._apply_permissions()
        actor = self.session.actor
        desk = actor.can("people.read_all")
        # A volunteer sees only the residents they call: their own name in every row says nothing.
        self.view.setColumnHidden(self.VOLUNTEER_COLUMN, not desk)
        for column in self.DESK_COLUMNS:
            self.view.setColumnHidden(column, not desk)
        self.filters.set_desk(desk)
        for column, name in self.FIELD_COLUMNS.items():
            self.view.setColumnHidden(column, name not in resident_fields(actor))

    def load_rows(self, include_archived: bool) -> list[lists_rows.ResidentListRow]:
        return lists_rows.resident_list_rows(self.session.actor, include_archived)

    def fetch(self, pk: int) -> Any:
        return people.get_resident(self.session.actor, pk)

    def title_text(self) -> str:
        return self.tr("Residents")

    def list_name(self) -> str:
        return "residents"

    def count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return fill(self.tr("Residents: %1"), total)
        return fill(self.tr("Showing %1 of %2 residents"), shown, total)
