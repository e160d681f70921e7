"""Import volunteers or residents from a spreadsheet: choose, preview, then import all or nothing."""

from __future__ import annotations

import threading
from pathlib import Path

from belteam_gui.app.session import Session
from belteam_gui.importing.model import MessagesModel, PreviewModel, Worker
from belteam_gui.resources import example_file
from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from belteam.core.actors import PermissionDenied
from belteam.importing import importer


class ImportDialog(QDialog):
    """Shows what a file holds and what is wrong with it; imports only a file without problems."""

    previewed = Signal()
    imported = Signal(object)  # the ImportResult
    import_failed = Signal(str)

    def __init__(self, session: Session, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if kind not in importer.KINDS:
            raise ValueError(f"unknown import kind {kind!r}")
        self.session = session
        self.kind = kind
        self.path: Path | None = None
        self.preview: importer.Preview | None = None
        self.result: importer.ImportResult | None = None
        self.worker: Worker | None = None
        self._done_worker: Worker | None = None
        self.progress: QProgressDialog | None = None
        self._cancel = threading.Event()
        self._handlers: tuple = (None, None)
        self.model = PreviewModel(self)
        self.messages = MessagesModel(self)
        self._build()
        self._set_busy(False)

    # -- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.setWindowTitle(self.tr("Import volunteers") if self.kind == "volunteers"
                            else self.tr("Import residents"))
        self.resize(1000, 640)
        intro = QLabel(self.tr(
            "Choose a spreadsheet (.xlsx or .csv). Every row is checked first; the import "
            "stores all rows or, when anything is wrong, none. \"Save example file…\" gives a "
            "spreadsheet with the right columns to fill in."))
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("No file chosen"))
        self.file_edit.setAccessibleName(self.tr("Chosen file"))
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.example_button = QPushButton(self.tr("Save e&xample file…"))
        self.example_button.clicked.connect(lambda _checked=False: self.save_example())
        self.update_box = QCheckBox(self.tr("&Update people whose code already exists"))
        self.update_box.setToolTip(self.tr("Without this, a known code is reported as a problem "
                                           "(the command line calls it --update)."))
        self.update_box.toggled.connect(lambda _checked: self._recheck())
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.example_button)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("importSummary")
        bold = self.summary.font()
        bold.setBold(True)
        self.summary.setFont(bold)
        self.table = self._make_table()
        self.problem_list = QListView()
        self.problem_list.setModel(self.messages)
        self.problem_list.setWordWrap(True)
        self.problem_list.setAccessibleName(self.tr("Problems and warnings"))
        self.problem_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        problems_label = QLabel(self.tr("&Problems and warnings:"))
        problems_label.setBuddy(self.problem_list)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(problems_label)
        lower_layout.addWidget(self.problem_list)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)  # the rows matter most; problems need a few lines
        splitter.setStretchFactor(1, 1)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        for item in (intro, file_row, self.update_box, self.summary, splitter, buttons):
            (layout.addLayout if isinstance(item, QHBoxLayout) else layout.addWidget)(item)
        layout.setStretchFactor(splitter, 1)
        self.choose_button.setFocus()

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setAccessibleName(self.tr("Rows of the file"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(False)  # the highlight of problem rows must stand out
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.setAccessibleName(self.tr("Rows in the file"))
        return table

    # -- choosing and checking ----------------------------------------------------------------
    def choose_file(self) -> None:
        start = str(self.path.parent if self.path else Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a spreadsheet"), start,
            self.tr("Spreadsheets (*.xlsx *.csv *.txt);;All files (*)"))
        if name:
            self.load(name)

    def save_example(self, target: str | Path | None = None) -> Path | None:
        """Write the example spreadsheet where the coordinator chooses; returns where."""
        if target is None:
            start = str(Path.home() / f"{self.kind}.csv")
            target, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save example file"), start, self.tr("CSV files (*.csv)"))
            if not target:
                return None
        path = Path(target)
        try:
            path.write_bytes(example_file(self.kind).read_bytes())
        except OSError as exc:
            self.summary.setText(self.tr("Could not save the example file: %1")
                                 .replace("%1", exc.strerror or str(exc)))
            return None
        self.summary.setText(self.tr("Example file saved as %1").replace("%1", str(path)))
        return path

    def load(self, path: str | Path) -> None:
        """Read and check ``path`` in the background; ``previewed`` is emitted when done."""
        self.path = Path(path)
        self.file_edit.setText(str(self.path))
        self.result = None
        self._recheck()

    def _recheck(self) -> None:
        if self.path is None or self.worker is not None:
            return
        kind, path, update = self.kind, self.path, self.update_box.isChecked()
        self.summary.setText(self.tr("Reading %1…").replace("%1", path.name))
        self._run(lambda _progress: importer.preview(kind, path, update=update),
                  self._show_preview, self._preview_failed)

    def _show_preview(self, preview: importer.Preview) -> None:
        self.preview = preview
        self.model.set_preview(preview)
        self.table.resizeColumnsToContents()
        self.messages.set_lines(importer.problem_lines(preview.problems), preview.warnings)
        self.summary.setText(self._describe(preview))
        self._set_busy(False)
        if self.import_button.isEnabled():
            self.import_button.setDefault(True)
            self.import_button.setFocus()
        self.previewed.emit()

    def _describe(self, preview: importer.Preview) -> str:
        if preview.problems:
            return self.tr("%1 problem(s): nothing can be imported until they are fixed in the "
                           "file. Rows with a problem are marked.").replace("%1", str(len(preview.problems)))
        text = self.tr("Ready to import %1 row(s): %2 new, %3 to update.")
        text = text.replace("%1", str(len(preview.rows))).replace("%2", str(preview.to_create))
        text = text.replace("%3", str(preview.to_update))
        if self.kind == "residents":
            text += " " + self.tr("%1 new pairing(s).").replace("%1", str(preview.new_pairings))
        return text

    def _preview_failed(self, exc: Exception) -> None:
        self.preview = None
        self.model.set_preview(None)
        self.messages.set_lines([str(exc)], [])
        self.summary.setText(self.tr("The file could not be checked."))
        self._set_busy(False)
        self.previewed.emit()

    # -- importing ------------------------------------------------------------------------------
    def start_import(self) -> None:
        """Import the chosen file off the GUI thread, with a cancellable progress dialog."""
        if not self._can_import() or self.path is None:
            return
        kind, path, update = self.kind, self.path, self.update_box.isChecked()
        actor, cancel = self.session.actor, self._cancel
        cancel.clear()
        self.progress = QProgressDialog(self.tr("Importing %1…").replace("%1", path.name),
                                        self.tr("Cancel"), 0, 100, self)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(cancel.set)
        self.progress.setValue(0)
        self._run(lambda report: importer.import_file(actor, kind, path, update=update,
                                                      progress=report, cancel=cancel.is_set),
                  self._import_done, self._import_failed, progress=True)

    def _show_progress(self, done: int, total: int) -> None:
        if self.progress is not None and total:
            self.progress.setValue(min(99, done * 100 // total))

    def _import_done(self, result: importer.ImportResult) -> None:
        self._close_progress()
        self.result = result
        text = self.tr("Imported: %1 created, %2 updated.").replace("%1", str(result.created))
        text = text.replace("%2", str(result.updated))
        if result.unchanged:
            text += " " + self.tr("%1 already as in the file.").replace("%1", str(result.unchanged))
        if self.kind == "residents":
            text += " " + self.tr("%1 pairing(s) made.").replace("%1", str(result.pairings))
        self.summary.setText(text)
        self.messages.set_lines([], result.warnings)
        self._set_busy(False)
        self.import_button.setEnabled(False)  # imported once; a second time would be refused
        self.close_button.setFocus()
        self.session.changed("people")
        if result.pairings:
            self.session.changed("pairings")
        self.imported.emit(result)

    def _import_failed(self, exc: Exception) -> None:
        self._close_progress()
        if isinstance(exc, importer.ImportCancelled):
            text = self.tr("Import cancelled; nothing was stored.")
        elif isinstance(exc, importer.ImportProblems):
            text = self.tr("The file changed and now has problems; nothing was stored.")
            self.messages.set_lines(importer.problem_lines(exc.problems), [])
        elif isinstance(exc, PermissionDenied):
            text = str(exc)
        else:
            text = self.tr("The import failed; nothing was stored: %1").replace("%1", str(exc))
        self.summary.setText(text)
        self._set_busy(False)
        self.import_failed.emit(text)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    # -- plumbing ---------------------------------------------------------------------------------
    def _run(self, job, done, failed, progress: bool = False) -> None:
        """Start ``job`` on the pool; bound slots of this dialog receive its signals (queued)."""
        self._set_busy(True)
        self._handlers = (done, failed)
        worker = Worker(job)
        worker.signals.finished.connect(self._worker_finished)
        worker.signals.failed.connect(self._worker_failed)
        if progress:
            worker.signals.progress.connect(self._show_progress)
        self.worker = worker
        QThreadPool.globalInstance().start(worker)

    def _worker_finished(self, result) -> None:
        self._done_worker, self.worker = self.worker, None  # kept: its signal is still running
        self._handlers[0](result)

    def _worker_failed(self, exc) -> None:
        self._done_worker, self.worker = self.worker, None
        self._handlers[1](exc)

    def _can_import(self) -> bool:
        return (self.preview is not None and self.preview.ok and bool(self.preview.rows)
                and self.result is None and self.session.actor.can("people.import"))

    def _set_busy(self, busy: bool) -> None:
        self.choose_button.setEnabled(not busy)
        self.update_box.setEnabled(not busy)
        self.import_button.setEnabled(not busy and self._can_import())

    def reject(self) -> None:
        """Closing while an import runs cancels it (rolled back) instead of leaving it behind."""
        if self.worker is not None:
            self._cancel.set()
            QThreadPool.globalInstance().waitForDone(10_000)
        super().reject()
