"""The people screens' shared page: a searchable, filterable, sortable list; open, add, archive,
restore; export and print the rows on screen. The screens are residents_page.py and
volunteers_page.py."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from belteam_gui.app.session import Session
from belteam_gui.common import zoom
from belteam_gui.common.background_load import BackgroundLoad
from belteam_gui.common.column_fit import SpareToColumn
from belteam_gui.common.table_model import Column, RowsTableModel
from belteam_gui.common.table_selection import current_source_row, set_current_row
from belteam_gui.common.validated_form import fill
from belteam_gui.people import list_tools
from belteam_gui.people.person_dialogs import PersonDialog
from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from belteam.core.actors import PermissionDenied
from belteam.people import service as people

_OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_TO_TABLE_KEYS = (Qt.Key.Key_Down, Qt.Key.Key_PageDown)


def confirm(parent: QWidget, title: str, text: str, action: str) -> bool:
    """Ask before a step with consequences; Cancel is the default (tests replace this)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is go


class PeoplePage(QWidget):
    """Shared screen; subclasses say which rows, columns, dialog and texts."""

    DIALOG: type[PersonDialog] = PersonDialog
    MODEL: type[RowsTableModel] = RowsTableModel
    # The changes that alter what the rows show (last contact, cases, absences, load).
    RELOAD_ON = frozenset({"people", "pairings", "calls", "cases", "absences", "all", ""})
    COLUMNS: list[Column] = []
    SEARCH: Callable[[Any], str] | None = None

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._stale = False
        self._wanted: int | None = None  # the person to select once the rows being read arrive
        self._message = ""  # what _say last said, kept when newer rows arrive
        self._loader = BackgroundLoad(self)
        self._loader.loaded.connect(self._rows_arrived)
        self._loader.failed.connect(self._say)
        self.model = self.MODEL(self.COLUMNS, [], search_key=type(self).SEARCH,
                                    dimmed=lambda row: row.archived, parent=self)
        self.proxy = list_tools.RowFilterProxy(parent=self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self._apply_permissions()
        session.data_changed.connect(self._on_data_changed)
        session.actor_changed.connect(self._apply_permissions)
        self.reload()

    # -- subclass hooks ---------------------------------------------------------------------
    def load_rows(self, include_archived: bool) -> list[Any]:
        raise NotImplementedError

    def fetch(self, pk: int) -> Any:
        raise NotImplementedError

    def title_text(self) -> str:
        raise NotImplementedError

    def count_text(self, shown: int, total: int) -> str:
        raise NotImplementedError

    def list_name(self) -> str:
        """The file name and the audit log's subject of an export ('residents')."""
        raise NotImplementedError

    def filter_bar(self) -> QWidget | None:
        """Filters shown under the search box (None: the search alone)."""
        return None

    def rows_loaded(self, rows: list[Any]) -> None:
        """After a reload: a subclass refreshes its filters' choices."""

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel(self.title_text())
        self.title.setProperty("role", "title")
        self.count_label = QLabel()
        self.count_label.setProperty("role", "hint")
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.count_label)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Type a name, code, village or phone number"))
        self.filter_edit.textChanged.connect(self._filter)
        self.filter_edit.installEventFilter(self)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.filter_edit)
        self.archived_box = QCheckBox(self.tr("Show &archived"))
        self.archived_box.toggled.connect(lambda _on: self.reload())
        search = QHBoxLayout()
        search.addWidget(search_label)
        search.addWidget(self.filter_edit, 1)
        search.addWidget(self.archived_box)

        self.view = self._make_view()
        self.info_label = QLabel()
        self.info_label.setProperty("role", "hint")
        self.info_label.setWordWrap(True)

        self.new_button = QPushButton(self.tr("&New…"))
        self.new_button.setToolTip(self.tr("Add a person (Ctrl+N)"))
        self.new_button.clicked.connect(self.new)
        self.edit_button = QPushButton(self.tr("&Open…"))
        self.edit_button.setToolTip(self.tr("Open the selected person (Enter)"))
        self.edit_button.clicked.connect(self.edit_current)
        self.archive_button = QPushButton(self.tr("Archi&ve…"))
        self.archive_button.clicked.connect(self.archive_or_restore)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.archive_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.button_row = buttons  # a subclass may add its own buttons

        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setToolTip(self.tr("Save the rows on screen as a spreadsheet "
                                              "(Excel or CSV)"))
        self.export_button.clicked.connect(lambda: self.write_list(printing=False))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("Save the rows on screen as a PDF to print"))
        self.print_button.clicked.connect(lambda: self.write_list(printing=True))
        header.addWidget(self.export_button)  # up here: the buttons below are full at 150 %
        header.addWidget(self.print_button)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(search)
        bar = self.filter_bar()
        if bar is not None:
            layout.addWidget(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.info_label)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.filter_edit, self.view)  # type, then Tab to the matches
        shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.new)

    def _make_view(self) -> QTableView:
        view = QTableView()
        view.setAccessibleName(self.title_text())
        view.setModel(self.proxy)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        zoom.set_style(view, "QTableView { font-size: 14pt; }")  # the same size as Today
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never measure 20,000 rows
        self._fit_view(view)
        zoom.state.changed.connect(self._zoomed)
        view.setSortingEnabled(True)
        view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by name
        view.doubleClicked.connect(lambda _index: self.edit_current())
        view.installEventFilter(self)
        view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        return view

    def _fit_view(self, view: QTableView) -> None:
        """Row heights and column widths from the text size (again after each zoom step)."""
        view.ensurePolished()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 16)
        # The name takes the spare width; fixed widths elsewhere (never measure 20,000 rows).
        fitter = view.findChild(SpareToColumn)
        if fitter is None:
            fitter = SpareToColumn(view, [column.width for column in self.COLUMNS], stretch=1)
        fitter.fit()

    def _zoomed(self, _size: int) -> None:
        self._fit_view(self.view)

    def _apply_permissions(self) -> None:
        editor = self.session.actor.can("people.edit")
        for widget in (self.new_button, self.archive_button, self.archived_box):
            widget.setVisible(editor)
        exporter = self.session.actor.can("export.data")  # belteam refuses the others too
        self.export_button.setVisible(exporter)
        self.print_button.setVisible(exporter)
        self.edit_button.setText(self.tr("&Edit…") if editor else self.tr("&Open…"))
        self._update_buttons()

    def initial_focus(self) -> None:
        """The search box has the keyboard when the screen opens."""
        self.filter_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.filter_edit.selectAll()

    # -- keyboard ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        key = key_event.key()
        if key in _OPEN_KEYS and watched in (self.view, self.filter_edit):
            self.edit_current()
            return True
        if watched is self.filter_edit:
            if key in _TO_TABLE_KEYS and self.proxy.rowCount():
                self.view.setFocus()  # the first match is already selected
                return True
            if key == Qt.Key.Key_Escape and self.filter_edit.text():
                self.filter_edit.clear()
                return True
        elif watched is self.view and _is_typing(key_event):
            # Letters typed in the list go to the search box, as people expect.
            self.filter_edit.setFocus()
            self.filter_edit.insert(key_event.text())
            return True
        return False

    # -- data -------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the rows again in a worker (20,000 residents take the better part of a second);
        they replace the list when they arrive, keeping the selection and the sort order."""
        self._stale = False
        if not self.model.rowCount():
            self.count_label.setText(self.tr("Loading…"))
        self._loader.load(self.load_rows, self.archived_box.isChecked())

    def loading(self) -> bool:
        """True while the newest rows are still being read."""
        return self._loader.busy()

    def _rows_arrived(self, rows: list[Any]) -> None:
        keep = self._wanted if self._wanted is not None else self.current_id()
        self._wanted = None
        message = self._message
        self.model.set_rows(rows)
        self.rows_loaded(rows)
        header = self.view.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.select_id(keep)
        self._after_change()
        if message:  # what was just said ("… is archived") outlasts the rows it changed
            self._say(message)

    def _on_data_changed(self, what: str) -> None:
        if what not in self.RELOAD_ON:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True  # reload when shown: no work for screens nobody looks at

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._stale:
            self.reload()
        super().showEvent(event)

    def _filter(self, text: str) -> None:
        keep = self.current_id()
        self.proxy.set_filter_text(text)
        self.select_id(keep)
        self._after_change()

    def set_row_filter(self, accepts: Callable[[Any], bool] | None) -> None:
        """Show only the rows ``accepts`` (and the search) lets through."""
        keep = self.current_id()
        self.proxy.set_row_filter(accepts)
        self.select_id(keep)
        self._after_change()

    def _after_change(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(self.count_text(shown, total))
        if total and not shown and not self.filter_edit.text():
            self.info_label.setText(self.tr("Nobody matches these filters."))
        elif total and not shown:
            self.info_label.setText(fill(self.tr("Nobody matches “%1”. Press Esc to clear the "
                                                 "search."), self.filter_edit.text()))
        elif not total:
            self.info_label.setText(self.tr("Nobody here yet."))
        else:
            self.info_label.clear()
        self.info_label.setVisible(bool(self.info_label.text()))
        self._message = ""
        self._update_buttons()

    # -- selection --------------------------------------------------------------------------
    def current_id(self) -> int | None:
        row = self.current_row()
        return None if row is None else row.id

    def current_row(self) -> Any | None:
        return current_source_row(self.view)

    def select_id(self, pk: int | None) -> None:
        """Select the person with ``pk``, else the first row (so Enter opens something); while
        rows are being read, again once they arrive."""
        if self.loading():
            self._wanted = pk
        source_row = self.model.find_id(pk) if pk is not None else -1
        index = QModelIndex()
        if source_row >= 0:
            index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid() and self.proxy.rowCount():
            index = self.proxy.index(0, 0)
        set_current_row(self.view, index)
        if index.isValid():
            self.view.scrollTo(index)

    def _update_buttons(self) -> None:
        row = self.current_row()
        for button in (self.export_button, self.print_button):
            button.setEnabled(self.proxy.rowCount() > 0)
        self.edit_button.setEnabled(row is not None)
        self.archive_button.setEnabled(row is not None)
        archived = bool(row is not None and row.archived)
        self.archive_button.setText(self.tr("&Restore") if archived else self.tr("Archi&ve…"))

    # -- actions ----------------------------------------------------------------------------
    def new(self) -> None:
        if not self.session.actor.can("people.edit"):
            return
        record, ok = self.DIALOG.edit(self.session, None, self)
        if ok and record is not None:
            self.select_id(record.id)

    def edit_current(self) -> None:
        pk = self.current_id()
        if pk is None:
            return
        record, ok = self.DIALOG.edit(self.session, pk, self)
        if ok and record is not None:
            self.select_id(record.id)

    def archive_or_restore(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if row.archived:
            self._set_archived(row, False)
            self._say(fill(self.tr("%1 is back on the list."), row.name))
            return
        text = fill(self.tr("Archive %1?\n\nTheir history (calls, notes and pairings) is kept. "
                            "A running pairing ends today. You can restore them later: tick "
                            "“Show archived”, select them and press Restore."), row.name)
        if confirm(self, self.tr("Archive"), text, self.tr("Archive")):
            self._set_archived(row, True)
            self._say(fill(self.tr("%1 is archived. Tick “Show archived” to see them."), row.name))

    def write_list(self, printing: bool) -> None:
        """Export or print the rows on screen (after filter and sort); coordinators only."""
        if not self.session.actor.can("export.data"):
            return
        line = list_tools.write_list(self, self.session.actor, self.view, self.list_name(),
                                     self.title_text(), printing)
        if line:
            self._say(line)

    def _say(self, text: str) -> None:
        self._message = text
        self.info_label.setText(text)
        self.info_label.setVisible(True)

    def _set_archived(self, row: Any, archived: bool) -> None:
        try:
            people.set_archived(self.session.actor, self.fetch(row.id), archived)
        except PermissionDenied as exc:
            QMessageBox.warning(self, self.tr("Not allowed"), str(exc))
            return
        self.session.changed("people")
        self.select_id(row.id)


def _is_typing(event: QKeyEvent) -> bool:
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
    text = event.text()
    return modifiers == Qt.KeyboardModifier.NoModifier and bool(text) and text.isprintable() \
        and not text.isspace()
