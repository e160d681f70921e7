"""The Overview page (Overzicht): the period's figures, charts and areas; PDF and XLSX export.

The figures are computed off the GUI thread (a worker with its own database connection);
what comes back holds counts only, with small numbers already hidden by the domain.
"""

from __future__ import annotations

from belteam_gui.app.session import Session
from belteam_gui.common import zoom
from belteam_gui.common.column_fit import fit_to_text_and_titles
from belteam_gui.reports import words
from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from belteam.core.clock import clock
from belteam.jobs.runner import run_in_thread_db
from belteam.reports import exports, periods
from belteam.reports.overview import Overview, overview, reach_series


class _Compute(QRunnable):
    """Computes the overview and the 12-week series off the GUI thread."""

    class Signals(QObject):
        done = Signal(object)
        failed = Signal(str)

    def __init__(self, actor, period: periods.Period) -> None:
        super().__init__()
        self.actor, self.period = actor, period
        self.signals = _Compute.Signals()

    def run(self) -> None:
        try:
            result = run_in_thread_db(self._work)
        except Exception as exc:  # shown to the user, never lost in the thread
            self.signals.failed.emit(str(exc))
        else:
            self.signals.done.emit(result)

    def _work(self) -> tuple[Overview, list]:
        view = overview(self.actor, self.period, by_area=True)
        return view, reach_series(self.actor, periods.week_of(self.period.end))


def _number(value: object) -> float:
    return float(value) if isinstance(value, int | float) else 0.0


class OverviewPage(QWidget):
    """Figures of a period beside the previous one, three charts and the per-area table."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.view: Overview | None = None
        self._job: _Compute | None = None
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.period_box = QComboBox()
        for key, text in words.PRESETS.items():
            self.period_box.addItem(words.word(text), key)
        self.period_box.currentIndexChanged.connect(self.refresh)
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.xlsx_button = QPushButton(self.tr("Save as &Excel…"))
        self.xlsx_button.clicked.connect(lambda: self.save("xlsx"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        label = QLabel(self.tr("P&eriod:"))
        label.setBuddy(self.period_box)
        for widget in (label, self.period_box, self.pdf_button, self.xlsx_button):
            top.addWidget(widget)
        top.addStretch(1)
        self.figures = QTableWidget(0, 3)
        self.figures.setHorizontalHeaderLabels([self.tr("Figure"), self.tr("This period"),
                                                self.tr("Previous period")])
        self.areas = QTableWidget(0, 1 + len(words.AREA_COLUMNS))
        self.areas.setHorizontalHeaderLabels(
            [self.tr("Area")] + [words.word(words.FIGURES[k]) for k in words.AREA_COLUMNS])
        self.figures.setAccessibleName(self.tr("Figures of the period and the one before"))
        self.areas.setAccessibleName(self.tr("Figures per area"))
        zoom.state.changed.connect(self._fit_tables)
        for table in (self.figures, self.areas):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.verticalHeader().setVisible(False)
        self.reach_view, self.wellbeing_view, self.topics_view = (
            self._chart_view() for _i in range(3))
        grid = QGridLayout()
        grid.addWidget(self.figures, 0, 0)
        grid.addWidget(self.reach_view, 0, 1)
        grid.addWidget(self.wellbeing_view, 1, 0)
        grid.addWidget(self.topics_view, 1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addLayout(grid, 3)
        layout.addWidget(self.areas, 1)

    @staticmethod
    def _chart_view() -> QChartView:
        view = QChartView(QChart())
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(220)
        return view

    def period(self) -> periods.Period:
        return periods.preset(self.period_box.currentData(), clock.today())

    def refresh(self) -> None:
        """Recompute in a worker; the page keeps showing the old figures until it reports."""
        self.status.setText(self.tr("Counting…"))
        job = _Compute(self.session.actor, self.period())
        job.signals.done.connect(self._show)
        job.signals.failed.connect(self.status.setText)
        self._job = job  # keep the signals alive until the worker reports
        QThreadPool.globalInstance().start(job)

    def _show(self, result: tuple[Overview, list]) -> None:
        self.view, series = result
        view = self.view
        self.status.setText(self.tr("%1 to %2, beside %3 to %4. Counts only; a figure about "
                                    "fewer than %5 residents shows as \"<%5\".")
                            .replace("%1", view.period.start.isoformat())
                            .replace("%2", view.period.end.isoformat())
                            .replace("%3", view.previous.start.isoformat())
                            .replace("%4", view.previous.end.isoformat())
                            .replace("%5", str(view.min_residents)))
        self._fill_figures(view)
        self._fill_areas(view)
        self._reach_chart(series)
        marks = [str(m) for m in range(1, 11)]
        self._bars(self.wellbeing_view, self.tr("Wellbeing: latest mark per resident"), marks,
                   [view.totals["wellbeing_counts"][m] for m in range(1, 11)],
                   [view.previous_totals["wellbeing_counts"][m] for m in range(1, 11)])
        self._bars(self.topics_view, self.tr("Topics"),
                   [words.word(t) for t in words.TOPICS.values()],
                   [view.totals["topics"][k] for k in words.TOPICS],
                   [view.previous_totals["topics"][k] for k in words.TOPICS])

    def _fit_tables(self, *_args) -> None:
        for table in (self.figures, self.areas):
            fit_to_text_and_titles(table)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._fit_tables()  # the style sheet's bold titles are known only once shown

    def _fill_figures(self, view: Overview) -> None:
        self.figures.setRowCount(len(words.FIGURES))
        for row, (key, text) in enumerate(words.FIGURES.items()):
            percent = key == "reach_rate"
            for col, value in enumerate((words.word(text),
                                         words.value_text(view.totals[key], percent),
                                         words.value_text(view.previous_totals[key], percent))):
                item = QTableWidgetItem(value)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.figures.setItem(row, col, item)
        fit_to_text_and_titles(self.figures)

    def _fill_areas(self, view: Overview) -> None:
        self.areas.setRowCount(len(view.areas))
        for row, area in enumerate(view.areas):
            self.areas.setItem(row, 0, QTableWidgetItem(area["area"] or self.tr("(no area)")))
            for col, key in enumerate(words.AREA_COLUMNS, start=1):
                self.areas.setItem(row, col, QTableWidgetItem(
                    words.value_text(area.get(key), key == "reach_rate")))
        fit_to_text_and_titles(self.areas)

    def _reach_chart(self, series: list[tuple[str, float | None]]) -> None:
        chart = QChart()
        chart.setTitle(self.tr("Reach rate per week (%)"))
        line = QLineSeries()
        for index, (_week, rate) in enumerate(series):
            line.append(index, (rate or 0.0) * 100)
        chart.addSeries(line)
        weeks = QBarCategoryAxis()
        weeks.append([week[-3:] for week, _r in series])
        percent = QValueAxis()
        percent.setRange(0, 100)
        chart.addAxis(weeks, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(percent, Qt.AlignmentFlag.AlignLeft)
        line.attachAxis(weeks)
        line.attachAxis(percent)
        chart.legend().hide()
        self.reach_view.setChart(chart)

    def _bars(self, target: QChartView, title: str, categories: list[str], this: list,
              previous: list) -> None:
        chart = QChart()
        chart.setTitle(title)
        bars = QBarSeries()
        for name, values in ((self.tr("This period"), this), (self.tr("Previous period"), previous)):
            bar_set = QBarSet(name)
            bar_set.append([_number(v) for v in values])
            bars.append(bar_set)
        chart.addSeries(bars)
        axis = QBarCategoryAxis()
        axis.append(categories)
        counts = QValueAxis()
        counts.setLabelFormat("%d")
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(axis)
        bars.attachAxis(counts)
        target.setChart(chart)

    def save(self, fmt: str) -> None:
        """Export the figures on screen; the domain writes the audit entry."""
        if self.view is None:
            return
        pattern = self.tr("PDF (*.pdf)") if fmt == "pdf" else self.tr("Excel workbook (*.xlsx)")
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save the overview"), f"overzicht-{self.view.period.label}.{fmt}",
            pattern)
        if not path:
            return
        lang = "nl" if QLocale().language() == QLocale.Language.Dutch else "en"
        try:
            exports.export(self.session.actor, self.view, fmt, path, lang)
        except OSError as exc:
            self.status.setText(self.tr("Could not save: %1").replace("%1", exc.strerror or str(exc)))
            return
        self.status.setText(self.tr("Saved %1.").replace("%1", path))
