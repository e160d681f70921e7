"""Reading a spreadsheet (.xlsx or .csv as Excel writes it) into a header and numbered rows."""

from __future__ import annotations

import csv
import io
import unicodedata
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time
from itertools import zip_longest
from pathlib import Path

from belteam.core.messages import _

Cell = str | int | float | bool | date | datetime | time | None

XLSX_MAGIC = b"PK\x03\x04"
XLS_MAGIC = b"\xd0\xcf\x11\xe0"
DELIMITERS = (";", ",", "\t")
MAX_BYTES = 200 * 1024 * 1024  # far above 20,000 residents; refuses a wrong pick like a video


class Formula(str):
    """An .xlsx cell holding a formula whose result was never stored (the file was not saved
    by a spreadsheet program); the row checker refuses it by name."""


class SpreadsheetError(ValueError):
    """A file that cannot be read as a spreadsheet; the message names the file and the cause."""


def _cannot(path: Path | str, reason: str) -> SpreadsheetError:
    """'cannot read <path>: <reason>' (the reason is translated by the caller)."""
    return SpreadsheetError(_("cannot read {path}: {reason}", path=path, reason=reason))


@dataclass(frozen=True)
class SheetRow:
    """One non-blank row below the header; ``number`` as the spreadsheet shows it (header = 1)."""

    number: int
    cells: tuple[Cell, ...]


@dataclass
class Table:
    """The header row's texts and the non-blank rows below it."""

    headers: list[str]
    header_row: int
    rows: list[SheetRow]
    encoding: str = ""
    delimiter: str = ""


def is_blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def read_table(path: str | Path) -> Table:
    """Read the first sheet of an .xlsx file or a CSV file; raise SpreadsheetError."""
    path = Path(path)
    data = _read_bytes(path)
    if not data.strip():
        raise SpreadsheetError(_("{path} is empty: there is no header row", path=path))
    if data.startswith(XLS_MAGIC):
        raise _cannot(path, _("it is an old Excel 97-2003 (.xls) file; save it as .xlsx or CSV "
                              "in Excel and import that"))
    if data.startswith(XLSX_MAGIC) or path.suffix.lower() in (".xlsx", ".xlsm"):
        records = _xlsx_records(path, data)
        encoding, delimiter = "", ""
    else:
        text, encoding = decode(data, path)
        delimiter, text = sniff_delimiter(text)
        records = _csv_records(path, text, delimiter)
    return _table(path, records, encoding, delimiter)


def _read_bytes(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise _cannot(path, _("the file is larger than {size} MB",
                                     size=MAX_BYTES // (1024 * 1024)))
        return path.read_bytes()
    except FileNotFoundError:
        raise _cannot(path, _("there is no such file")) from None
    except IsADirectoryError:
        raise _cannot(path, _("it is a folder, not a file")) from None
    except OSError as exc:
        raise _cannot(path, str(exc.strerror or exc)) from None


def decode(data: bytes, path: Path | str = "file") -> tuple[str, str]:
    """Text and encoding name: UTF-8 (BOM or not), UTF-16 with BOM, else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode_as(data, "utf-16", path), "utf-16"
    if b"\x00" in data:
        raise _cannot(path, _("it is not a spreadsheet (CSV or .xlsx); it holds binary data"))
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        # Excel on Dutch Windows saves "CSV (gescheiden door lijstscheidingsteken)" in cp1252.
        try:
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            text, encoding = data.decode("latin-1"), "latin-1"
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\r\n\f")
    if controls > max(2, len(text) // 50):
        raise _cannot(path, _("it is not a spreadsheet (CSV or .xlsx)"))
    return unicodedata.normalize("NFC", text), encoding


def _decode_as(data: bytes, encoding: str, path: Path | str) -> str:
    try:
        return unicodedata.normalize("NFC", data.decode(encoding))
    except UnicodeDecodeError as exc:
        raise _cannot(path, _("it is not valid {encoding} ({reason})", encoding=encoding,
                                reason=exc.reason)) from None


def sniff_delimiter(text: str) -> tuple[str, str]:
    """The delimiter of the header line (``;`` as Dutch Excel writes, ``,`` or tab) and the text.

    A first line ``sep=;`` (Excel's own hint) names it and is removed.
    """
    lines = text.lstrip("\ufeff").splitlines()
    first = next((line for line in lines if line.strip()), "")
    if first.strip().lower().startswith("sep=") and len(first.strip()) == 5:
        rest = text.split("\n", 1)[1] if "\n" in text else ""
        return first.strip()[4], rest
    counts = {d: _count_outside_quotes(first, d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return (best if counts[best] else ","), text


def _count_outside_quotes(line: str, delimiter: str) -> int:
    count, quoted = 0, False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == delimiter and not quoted:
            count += 1
    return count


def unclosed_quote_row(text: str, delimiter: str) -> int | None:
    """The row (as csv counts records, from 1) where a quote opens and never closes, or None.

    Only run when the file holds an odd number of quotes: a balanced file needs no scan."""
    row, quoted, at_field_start, opened = 1, False, True, 0
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if quoted:
            if ch == '"':
                if i + 1 < n and text[i + 1] == '"':
                    i += 1  # "" inside quotes is one quote
                else:
                    quoted = False
            # a line break inside quotes belongs to the same row
        elif ch == '"' and at_field_start:
            quoted, opened = True, row
        elif ch == "\n":
            row += 1
        at_field_start = not quoted and ch in (delimiter, "\n", "\r")
        i += 1
    return opened if quoted else None


def _csv_records(path: Path, text: str, delimiter: str) -> list[tuple[Cell, ...]]:
    if text.count('"') % 2:
        row = unclosed_quote_row(text, delimiter)
        if row is not None:
            raise SpreadsheetError(_("row {row}: a quote is not closed", row=row))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[tuple[Cell, ...]] = []
    try:
        for record in reader:
            records.append(tuple(record))
    except csv.Error as exc:
        raise _cannot(path, _("row {row}: {problem}", row=len(records) + 1, problem=exc)) from None
    return records


def _xlsx_records(path: Path, data: bytes) -> list[tuple[Cell, ...]]:
    """All rows of the first sheet, values (not formulas), dates as dates."""
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        # The same sheet with its formulas: a formula without a stored result shows up there.
        formulas = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except zipfile.BadZipFile:
        raise _cannot(path, _("it is not an .xlsx file or it is damaged")) from None
    except Exception as exc:  # openpyxl raises many kinds on a damaged file
        raise _cannot(path, str(exc)) from None
    try:
        if not book.worksheets:
            raise _cannot(path, _("the workbook has no sheets"))
        values = book.worksheets[0].iter_rows(values_only=True)
        written = formulas.worksheets[0].iter_rows(values_only=True)
        return [tuple(_xlsx_cell(c, f) for c, f in zip_longest(row, raw))
                for row, raw in zip(values, written, strict=False)]
    except SpreadsheetError:
        raise
    except Exception as exc:
        raise _cannot(path, str(exc)) from None
    finally:
        book.close()
        formulas.close()


def _xlsx_cell(value: object, written: object = None) -> Cell:
    """Whole numbers as int and midnight datetimes as dates, as the sheet shows them; a
    formula's stored result, or Formula when there is none."""
    if value is None and isinstance(written, str) and written.startswith("="):
        return Formula(written)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, datetime) and value.time() == time():
        return value.date()
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if value is None or isinstance(value, int | float | bool | date | time):
        return value
    return str(value)


def _table(path: Path, records: list[tuple[Cell, ...]], encoding: str, delimiter: str) -> Table:
    numbered = [(n, r) for n, r in enumerate(records, start=1) if not all(map(is_blank, r))]
    if not numbered:
        raise SpreadsheetError(_("{path} is empty: there is no header row", path=path))
    header_row, header = numbered[0]
    headers = [("" if is_blank(c) else str(c).strip()) for c in header]
    while headers and not headers[-1]:
        headers.pop()
    rows = [SheetRow(n, tuple(r)) for n, r in numbered[1:]]
    return Table(headers, header_row, rows, encoding, delimiter)
