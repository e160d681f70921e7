"""Importing volunteers and residents from a spreadsheet: check every row, then store all or nothing.

``preview`` reads and checks a file without storing; ``import_file`` stores it in one
transaction, or nothing at all when any row is wrong or the user cancels.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from belteam.audit import log as audit
from belteam.core.actors import Actor, require
from belteam.core.clock import clock
from belteam.core.messages import _
from belteam.importing.columns import COLUMNS, KINDS, Problem, map_headers
from belteam.importing.rows import PreviewRow, RowChecker, row_list
from belteam.importing.spreadsheet import SpreadsheetError, open_table
from belteam.importing.store import store

__all__ = ["KINDS", "ImportCancelled", "ImportProblems", "ImportResult", "Preview", "PreviewRow",
           "Problem", "import_file", "preview"]

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
_REPORT_EVERY = 500  # rows between progress reports while checking
_NO_CELLS: dict = {}  # shared by rows whose cells are not kept (never written to)


class ImportProblems(ValueError):
    """The file cannot be imported; ``problems`` lists every one, nothing was stored."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class ImportCancelled(Exception):
    """The user cancelled; the transaction was rolled back and nothing was stored."""


@dataclass
class ImportResult:
    """What an import stored."""

    kind: str
    created: int = 0
    updated: int = 0
    pairings: int = 0
    warnings: list[str] = field(default_factory=list)
    unchanged: int = 0  # known codes whose row holds what is stored already

    def summary(self) -> str:
        text = f"{self.kind}: {self.created} created, {self.updated} updated"
        text += f", {self.unchanged} unchanged" if self.unchanged else ""
        return text + (f", {self.pairings} pairings made" if self.kind == "residents" else "")


@dataclass
class Preview:
    """A checked file: its rows (cells as written, cleaned values) and every problem."""

    kind: str
    path: str
    columns: list[tuple[str, str]] = field(default_factory=list)  # (field, header as written)
    rows: list[PreviewRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def to_create(self) -> int:
        return sum(1 for r in self.rows if r.existing_id is None)

    @property
    def to_update(self) -> int:
        return sum(1 for r in self.rows if r.existing_id is not None)

    @property
    def new_pairings(self) -> int:
        return sum(1 for r in self.rows if r.new_pairing)

    def summary(self) -> str:
        text = f"{len(self.rows)} {self.kind}: {self.to_create} new, {self.to_update} to update"
        return text + (f", {self.new_pairings} pairings" if self.kind == "residents" else "")


PROBLEMS_PER_KIND = 100


def problem_lines(problems: list[Problem], per_kind: int = PROBLEMS_PER_KIND) -> list[str]:
    """The problems to show: at most ``per_kind`` of each kind (the same column, or the row
    as a whole), in file order, then one line per kind with the count of the rest."""
    shown: dict[str, int] = {}
    lines: list[str] = []
    for problem in problems:
        count = shown.get(problem.column, 0)
        shown[problem.column] = count + 1
        if count < per_kind:
            lines.append(str(problem))
    for column, count in shown.items():
        if count > per_kind:
            rest = count - per_kind
            lines.append(_("… and {count} more problems in {column}", count=rest,
                           column=column) if column else
                         _("… and {count} more problems with whole rows", count=rest))
    return lines


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown import kind {kind!r}: use {' or '.join(KINDS)}")


def preview(kind: str, path: str | Path, update: bool = False,
            progress: Progress | None = None, cancel: Cancel | None = None,
            keep_cells: bool = True) -> Preview:
    """Read and check the whole file against the database; nothing is stored.

    The file is read row by row; only the checked rows are kept (with the cells as written
    when ``keep_cells``, for a screen that shows them), so memory does not grow with the
    file's own size."""
    _check_kind(kind)
    result = Preview(kind, str(path))
    try:
        table = open_table(path)
    except SpreadsheetError as exc:
        result.problems.append(Problem(0, "", str(exc)))
        return result
    columns = map_headers(kind, table.headers, table.header_row)
    result.columns = [(name, columns.headers[name]) for name in COLUMNS[kind]
                      if name in columns.headers]
    result.problems.extend(columns.problems)
    result.warnings.extend(_("column '{column}' is not known and is ignored", column=h)
                           for h in columns.unknown)
    if any(not p.column for p in columns.problems):
        return result  # required columns missing: the rows cannot be read
    checker = RowChecker(kind, columns, len(table.headers))
    try:
        for done, sheet_row in enumerate(table.rows):
            if done % _REPORT_EVERY == 0:
                _tick(progress, cancel, done, 2 * max(table.estimate, done + 1))
            row = checker.read(sheet_row)
            if not keep_cells:
                row.values = _NO_CELLS
            result.rows.append(row)
    except SpreadsheetError as exc:  # found while reading (an unclosed quote): only that counts
        result.rows.clear()
        result.problems[:] = [Problem(0, "", str(exc))]
        return result
    if not result.rows:
        result.problems.append(Problem(0, "", _("{path} has a header but no rows to import",
                                                 path=path)))
        return result
    checker.check_duplicates(result.rows)
    checker.check_existing(result.rows, update)
    if kind == "residents":
        result.warnings.extend(checker.check_volunteers(result.rows, clock.today()))
        result.warnings.extend(_unused_pair_columns(result, columns.headers))
    result.problems.extend(checker.problems)
    return result


def _unused_pair_columns(result: Preview, headers: dict[str, str]) -> list[str]:
    """A preferred time or start date without a volunteer has nowhere to go; say so once."""
    warnings = []
    for name in ("preferred_time", "start_date"):
        rows = [r.number for r in result.rows
                if r.cleaned.get(name) and not r.cleaned.get("volunteer")]
        if rows:
            warnings.append(_("column '{column}' is used only with a volunteer and plan; "
                              "ignored in rows {rows}", column=headers[name], rows=row_list(rows)))
    return warnings


def _tick(progress: Progress | None, cancel: Cancel | None, done: int, total: int) -> None:
    if cancel is not None and cancel():
        raise ImportCancelled(_("the import was cancelled; nothing was stored"))
    if progress is not None:
        progress(done, total)


def import_file(actor: Actor, kind: str, path: str | Path, update: bool = False,
                progress: Progress | None = None, cancel: Cancel | None = None) -> ImportResult:
    """Check the whole file, then store every row in one transaction; raise ImportProblems.

    ``progress(done, total)`` counts two steps per row (check, store); ``cancel()`` returning
    True stops the import and rolls back, raising ImportCancelled.
    """
    require(actor, "people.import")
    checked = preview(kind, path, update, progress, cancel, keep_cells=False)
    if checked.problems:
        raise ImportProblems(checked.problems)
    total = 2 * len(checked.rows)

    def step(done: int) -> None:
        _tick(progress, cancel, len(checked.rows) + min(done, len(checked.rows)), total)

    created, updated, unchanged, pairings = store(checked.kind, checked.rows, step)
    audit.record_change(actor, audit.PEOPLE_IMPORTED, "", (),
                        f"kind={kind} rows={len(checked.rows)} created={created} "
                        f"updated={updated} unchanged={unchanged} pairings={pairings}")
    if progress is not None:
        progress(total, total)
    return ImportResult(kind, created, updated, pairings, checked.warnings, unchanged)
