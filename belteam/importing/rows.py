"""Checking imported rows: each row's cells, then what needs the whole file or the database."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

import peewee as pw

from belteam.core import validation as v
from belteam.core.messages import _
from belteam.importing.columns import ColumnMap, Problem, column_label
from belteam.importing.spreadsheet import Cell, Formula, SheetRow, is_blank
from belteam.pairings.plans import Plan, parse_plan
from belteam.pairings.running import running as active_on
from belteam.pairings.running import taking_a_place
from belteam.people import service as people
from belteam.storage.models import Pairing, Resident, Volunteer

MAX_CELL = 1000  # no field holds more; a longer cell is a pasted document, not a value
LOOKUP_CHUNK = 5000  # codes per IN (...) query; SQLite allows 32766 parameters


def _plan(value: Any) -> Plan | None:
    raw = str(value or "").strip()
    return parse_plan(raw) if raw else None


PAIRING_FIELDS: dict[str, people.Cleaner] = {
    "volunteer": v.parse_code_ref,
    "plan": _plan,
    "preferred_time": v.parse_time,
    "start_date": v.parse_start_date,
}
FIELDS: dict[str, dict[str, people.Cleaner]] = {
    "volunteers": people.VOLUNTEER_FIELDS,
    "residents": {**people.RESIDENT_FIELDS, **PAIRING_FIELDS},
}


@dataclass
class Current:
    """A resident's running pairing, to tell a re-import of the same pairing from a new one."""

    volunteer_id: int
    rrule: str
    start_date: date
    preferred_time: time | None


class _Values:
    """Only its ``__dict__`` is used: instance dictionaries share their keys (CPython), so
    200,000 rows' cleaned values take half the memory of plain dictionaries."""


def _cleaned_dict() -> dict[str, Any]:
    return _Values().__dict__


@dataclass(slots=True)
class PreviewRow:
    """One spreadsheet row: the cells as written, the cleaned values and where it went wrong."""

    number: int
    values: dict[str, Cell]
    cleaned: dict[str, Any] = field(default_factory=_cleaned_dict)
    # "" for the row as a whole; a shared empty value until the first problem (memory: most
    # rows of a 200,000-row file have none)
    problem_fields: frozenset[str] | set[str] = frozenset()
    existing_id: int | None = None
    volunteer_id: int | None = None
    new_pairing: bool = False
    start_given: bool = False  # the file gave a start date (kept when the cells are not)

    @property
    def has_problem(self) -> bool:
        return bool(self.problem_fields)

    @property
    def code(self) -> str:
        return str(self.cleaned.get("code", ""))


SEEN_LIMIT = 5000


class RowChecker:
    """Collects every problem of every row, each with the row number and the file's header."""

    def __init__(self, kind: str, columns: ColumnMap, header_count: int) -> None:
        self.kind = kind
        self.columns = columns
        self.header_count = header_count
        self.fields = FIELDS[kind]
        self._found: list[tuple[int, int, Problem]] = []
        self._position = {name: index for index, name in columns.fields.items()}
        self._position["last_name"] = min(self._position.get(k, 10**6) for k in ("infix", "last_name"))
        self._seen: dict[tuple, tuple[bool, Any]] = {}

    def fail(self, row: PreviewRow, name: str, message: str) -> None:
        label = column_label(self.columns, name) if name else ""
        self._found.append((row.number, self._position.get(name, -1), Problem(row.number, label, message)))
        row.problem_fields = set(row.problem_fields) | {name}

    @property
    def problems(self) -> list[Problem]:
        """Every problem, by row and then in the order of the file's columns."""
        return [p for *_, p in sorted(self._found, key=lambda item: item[:2])]

    def read(self, sheet_row: SheetRow) -> PreviewRow:
        """Clean one row field by field, so every wrong cell is reported, not only the first."""
        cells = sheet_row.cells
        values = {name: (cells[i] if i < len(cells) else None)
                  for i, name in self.columns.fields.items()}
        row = PreviewRow(sheet_row.number, values)
        row.start_given = not is_blank(values.get("start_date"))
        extra = sum(1 for c in cells[self.header_count:] if not is_blank(c))
        if extra:
            self.fail(row, "", _("has {count} more value(s) than the header has columns "
                                 "(a comma or ; inside a value without quotes?)", count=extra))
        for name, value in self._combined(row).items():
            ok, result = self._clean(name, value)
            if ok:
                row.cleaned[name] = list(result) if isinstance(result, list) else result
            else:
                self.fail(row, name, result)
        if self.kind == "residents":
            self._check_pair_fields(row)
        return row

    def _clean(self, name: str, value: Any) -> tuple[bool, Any]:
        """(True, cleaned) or (False, message); remembered, as villages, dates and plans repeat."""
        key = (name, type(value), value)
        if len(self._seen) > SEEN_LIMIT:  # codes and phones never repeat: keep it small
            self._seen.clear()
        if key not in self._seen:
            try:
                self._seen[key] = (True, people.clean(self.fields, {name: value})[name])
            except v.ValidationError as exc:
                self._seen[key] = (False, exc.errors[name])
        return self._seen[key]

    def _combined(self, row: PreviewRow) -> dict[str, Any]:
        """Cells ready for the cleaners: over-long cells refused, a Dutch infix joined to the name."""
        data: dict[str, Any] = {}
        for name, cell in row.values.items():
            if isinstance(cell, Formula):
                self.fail(row, name, _("is a formula without a stored result; open and save "
                                       "the file in Excel, or type the value"))
            elif isinstance(cell, str) and len(cell) > MAX_CELL:
                self.fail(row, name, _("is {length} characters long; at most {maximum} allowed",
                                         length=len(cell), maximum=MAX_CELL))
            else:
                data[name] = "" if cell is None else cell
        if "infix" in data:
            parts = (str(data.pop("infix")).strip(), str(data.get("last_name", "")).strip())
            data["last_name"] = " ".join(p for p in parts if p)
        return data

    def _check_pair_fields(self, row: PreviewRow) -> None:
        has_volunteer = bool(row.cleaned.get("volunteer")) or "volunteer" in row.problem_fields
        has_plan = row.cleaned.get("plan") is not None or "plan" in row.problem_fields
        if has_volunteer and not has_plan:
            self.fail(row, "plan", _("a volunteer is given but no call plan; write one, "
                                     "e.g. weekly:tue or biweekly:fri"))
        if has_plan and not has_volunteer:
            self.fail(row, "volunteer", _("a call plan is given but no volunteer; write the "
                                          "volunteer's code"))

    def check_duplicates(self, rows: list[PreviewRow]) -> None:
        """A code twice in the file: every row with it is named."""
        by_code: dict[str, list[PreviewRow]] = defaultdict(list)
        for row in rows:
            if row.code:
                by_code[row.code].append(row)
        for code, same in by_code.items():
            if len(same) > 1:
                numbers = ", ".join(str(r.number) for r in same)
                for row in same:
                    self.fail(row, "code", _("code '{code}' appears more than once in the file "
                                             "(rows {rows})", code=code, rows=numbers))

    def check_existing(self, rows: list[PreviewRow], update: bool) -> None:
        """Known codes are updated with ``update``, else refused; erased people stay erased."""
        model = Volunteer if self.kind == "volunteers" else Resident
        found = _by_code(model, [r.code for r in rows if r.code],
                         (model.id, model.archived, model.erased))
        for row in rows:
            if row.code not in found:
                continue
            pk, archived, erased = found[row.code]
            if erased:
                self.fail(row, "code", _("code '{code}' belonged to a person who was erased; "
                                         "use another code", code=row.code))
            elif not update:
                self.fail(row, "code", _("code {code} already exists; use --update to change it",
                                         code=row.code))
            else:
                row.existing_id = pk
                if archived and row.cleaned.get("volunteer"):
                    self.fail(row, "volunteer", _("resident {code} is archived; restore them "
                                                  "before pairing", code=row.code))

    def check_volunteers(self, rows: list[PreviewRow], today: date) -> list[str]:
        """Resolve volunteer codes (database only) and decide which pairings are new."""
        wanted = [r for r in rows if r.cleaned.get("volunteer") and r.cleaned.get("plan")]
        found = _by_code(Volunteer, [r.cleaned["volunteer"] for r in wanted],
                         (Volunteer.id, Volunteer.archived, Volunteer.first_name,
                          Volunteer.last_name, Volunteer.max_residents))
        current = _current_pairings([r.existing_id for r in wanted if r.existing_id], today)
        for row in wanted:
            code = row.cleaned["volunteer"]
            if code not in found:
                self.fail(row, "volunteer", _("there is no volunteer with code '{code}': "
                                              "import the volunteers first", code=code))
                continue
            if found[code][1]:
                self.fail(row, "volunteer", _("volunteer {code} is archived", code=code))
                continue
            row.volunteer_id = found[code][0]
            row.cleaned["start_date"] = row.cleaned.get("start_date") or today
            row.new_pairing = not _same_pairing(
                row, current.get(row.existing_id) if row.existing_id else None)
        return _capacity_warnings(wanted, found, today)


def _same_pairing(row: PreviewRow, current: Current | None) -> bool:
    """True when a re-import describes the resident's running pairing; nothing to change then."""
    if current is None or current.volunteer_id != row.volunteer_id:
        return False
    same_start = not row.start_given or \
        current.start_date == row.cleaned["start_date"]
    return (current.rrule == row.cleaned["plan"].to_rrule() and same_start
            and current.preferred_time == row.cleaned.get("preferred_time"))


def _capacity_warnings(rows: list[PreviewRow], found: dict[str, tuple], today: date) -> list[str]:
    """Pairing beyond a volunteer's maximum is allowed (as pair(force=True)) but said out loud."""
    new: dict[int, list[int]] = defaultdict(list)
    for row in rows:
        if row.new_pairing and row.volunteer_id is not None:
            new[row.volunteer_id].append(row.number)
    if not new:
        return []
    running = dict(Pairing.select(Pairing.volunteer, pw.fn.COUNT(Pairing.id))
                   .where(Pairing.volunteer.in_(list(new)), active_on(today))
                   .group_by(Pairing.volunteer).tuples())
    warnings = []
    for code, (pk, _archived, first, last, maximum) in found.items():
        total = running.get(pk, 0) + len(new.get(pk, ()))
        if pk in new and total > maximum:
            name = f"{first} {last}".strip()
            warnings.append(_("volunteer {code} ({name}) will call {total} residents, more than "
                              "the agreed maximum of {maximum} (rows {rows})", code=code,
                              name=name, total=total, maximum=maximum, rows=row_list(new[pk])))
    return warnings


def row_list(numbers: Iterable[int], limit: int = 10) -> str:
    numbers = list(numbers)
    text = ", ".join(str(n) for n in numbers[:limit])
    more = _(" and {count} more", count=len(numbers) - limit)
    return text + (more if len(numbers) > limit else "")


def _by_code(model: type[pw.Model], codes: list[str], columns: tuple) -> dict[str, tuple]:
    """code -> selected columns, in few queries however long the file."""
    unique = sorted(set(codes))
    result: dict[str, tuple] = {}
    for start in range(0, len(unique), LOOKUP_CHUNK):
        chunk = unique[start:start + LOOKUP_CHUNK]
        for code, *rest in model.select(model.code, *columns).where(model.code.in_(chunk)).tuples():
            result[code] = tuple(rest)
    return result


def _current_pairings(resident_ids: list[int], today: date) -> dict[int, Current]:
    result: dict[int, Current] = {}
    for start in range(0, len(resident_ids), LOOKUP_CHUNK):
        chunk = resident_ids[start:start + LOOKUP_CHUNK]
        query = (Pairing.select(Pairing.resident, Pairing.volunteer, Pairing.rrule,
                                Pairing.start_date, Pairing.preferred_time)
                 .where(Pairing.resident.in_(chunk),
                        taking_a_place(today))
                 .order_by(Pairing.start_date))
        for rid, vid, rrule, start_date, at in query.tuples():
            result[rid] = Current(vid, rrule, start_date, at)  # the latest start wins
    return result
