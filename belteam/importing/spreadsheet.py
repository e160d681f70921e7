"""Reading a spreadsheet (.xlsx or .csv as Excel writes it) into a header and numbered rows."""

from __future__ import annotations

import codecs
import csv
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from itertools import chain, zip_longest
from pathlib import Path
from typing import Any

from belteam.core.messages import _

Cell = str | int | float | bool | date | datetime | time | None

XLSX_MAGIC = b"PK\x03\x04"
XLS_MAGIC = b"\xd0\xcf\x11\xe0"
DELIMITERS = (";", ",", "\t")
MAX_BYTES = 200 * 1024 * 1024  # far above 20,000 residents; refuses a wrong pick like a video
READ_CHUNK = 1024 * 1024
CP1252_HOLES = (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d")  # bytes cp1252 cannot decode


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
    """The header row's texts and the non-blank rows below it.

    ``rows`` is a list from read_table, and an iterator from open_table (which reads the
    file as the rows are used, so memory does not grow with the file); ``estimate`` is about
    how many rows there are (for progress)."""

    headers: list[str]
    header_row: int
    rows: list[SheetRow] | Iterator[SheetRow]
    encoding: str = ""
    delimiter: str = ""
    estimate: int = 0


def is_blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def read_table(path: str | Path) -> Table:
    """Read the first sheet of an .xlsx file or a CSV file, every row; raise SpreadsheetError."""
    table = open_table(path)
    table.rows = list(table.rows)
    return table


def open_table(path: str | Path) -> Table:
    """Open the first sheet of an .xlsx or a CSV file: the header now, the rows as they are
    read; raise SpreadsheetError (also while the rows are read)."""
    path = Path(path)
    head = _head(path)
    if not head.strip() and path.stat().st_size <= len(head):
        raise SpreadsheetError(_("{path} is empty: there is no header row", path=path))
    if head.startswith(XLS_MAGIC):
        raise _cannot(path, _("it is an old Excel 97-2003 (.xls) file; save it as .xlsx or CSV "
                              "in Excel and import that"))
    if head.startswith(XLSX_MAGIC) or path.suffix.lower() in (".xlsx", ".xlsm"):
        records, estimate = _xlsx_records(path)
        encoding, delimiter = "", ""
    else:
        encoding, estimate = _scan(path, head)
        delimiter, records = _csv_records(path, encoding)
    return _table(path, records, encoding, delimiter, estimate)


def _head(path: Path) -> bytes:
    """The first bytes, with the file's problems (missing, a folder, too large) said plainly."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise _cannot(path, _("the file is larger than {size} MB",
                                     size=MAX_BYTES // (1024 * 1024)))
        with path.open("rb") as f:
            return f.read(READ_CHUNK)
    except FileNotFoundError:
        raise _cannot(path, _("there is no such file")) from None
    except IsADirectoryError:
        raise _cannot(path, _("it is a folder, not a file")) from None
    except OSError as exc:
        raise _cannot(path, str(exc.strerror or exc)) from None


def _chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as f:
        while chunk := f.read(READ_CHUNK):
            yield chunk


def _scan(path: Path, head: bytes) -> tuple[str, int]:
    """The encoding (UTF-8, UTF-16 with BOM, else Windows-1252) and the number of lines,
    read in chunks: the file is never held whole."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        _decode_as(head[:len(head) // 2 * 2], "utf-16", path)
        return "utf-16", head.count(b"\n\x00") * max(1, path.stat().st_size // len(head))
    if b"\x00" in head:
        raise _cannot(path, _("it is not a spreadsheet (CSV or .xlsx); it holds binary data"))
    lines, utf8 = 0, codecs.getincrementaldecoder("utf-8")()
    encoding = "utf-8"
    for chunk in _chunks(path):
        lines += chunk.count(b"\n")
        if encoding == "utf-8":
            try:
                utf8.decode(chunk)
            except UnicodeDecodeError:
                encoding = "cp1252"
    if encoding == "utf-8":
        try:
            utf8.decode(b"", final=True)
        except UnicodeDecodeError:
            encoding = "cp1252"
    if encoding == "cp1252" and any(b in chunk for chunk in _chunks(path) for b in CP1252_HOLES):
        encoding = "latin-1"
    _check_text(head.decode(encoding if encoding != "utf-8" else "utf-8", errors="ignore"), path)
    return encoding, lines


def _check_text(text: str, path: Path | str) -> None:
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\r\n\f")
    if controls > max(2, len(text) // 50):
        raise _cannot(path, _("it is not a spreadsheet (CSV or .xlsx)"))


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
    _check_text(text, path)
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


class QuoteScan:
    """Follows CSV quoting line by line, to name the row where a quote opens and never closes
    (rows counted as csv counts records, from 1)."""

    def __init__(self, delimiter: str) -> None:
        self.delimiter = delimiter
        self.row, self.quoted, self.opened, self.at_start = 1, False, 0, True

    def feed(self, text: str) -> None:
        i, n = 0, len(text)
        while i < n:
            ch = text[i]
            if self.quoted:
                if ch == '"':
                    if i + 1 < n and text[i + 1] == '"':
                        i += 1  # "" inside quotes is one quote
                    else:
                        self.quoted = False
                # a line break inside quotes belongs to the same row
            elif ch == '"' and self.at_start:
                self.quoted, self.opened = True, self.row
            elif ch == "\n":
                self.row += 1
            self.at_start = not self.quoted and ch in (self.delimiter, "\n", "\r")
            i += 1

    @property
    def unclosed(self) -> int | None:
        return self.opened if self.quoted else None


def unclosed_quote_row(text: str, delimiter: str) -> int | None:
    """The row where a quote opens and never closes in ``text``, or None."""
    scan = QuoteScan(delimiter)
    scan.feed(text)
    return scan.unclosed


def _text_lines(path: Path, encoding: str) -> Iterator[str]:
    codec = "utf-8-sig" if encoding == "utf-8" else encoding
    with path.open(encoding=codec, newline="") as f:
        yield from f


def _csv_records(path: Path, encoding: str) -> tuple[str, Iterator[tuple[Cell, ...]]]:
    """The delimiter (from the first non-blank line; a ``sep=;`` line names it and is dropped)
    and the records, read line by line."""
    lines = _text_lines(path, encoding)
    before: list[str] = []
    for line in lines:
        before.append(line)
        if line.strip():
            break
    first = before[-1] if before else ""
    if first.strip().lower().startswith("sep=") and len(first.strip()) == 5:
        delimiter = first.strip()[4]
        before.pop()
    else:
        delimiter, _text = sniff_delimiter(first)
    return delimiter, _csv_rows(path, encoding, delimiter, chain(before, lines))


def _csv_rows(path: Path, encoding: str, delimiter: str,
              lines: Iterator[str]) -> Iterator[tuple[Cell, ...]]:
    quotes = 0

    def counted() -> Iterator[str]:
        nonlocal quotes
        for line in lines:
            quotes += line.count('"')
            yield line

    reader = csv.reader(counted(), delimiter=delimiter)
    done = 0
    try:
        for record in reader:
            done += 1
            yield tuple(unicodedata.normalize("NFC", cell) for cell in record)
    except csv.Error as exc:
        raise _cannot(path, _("row {row}: {problem}", row=done + 1, problem=exc)) from None
    if quotes % 2:  # rare: only then is the file read once more, to name the row
        scan = QuoteScan(delimiter)
        for line in _text_lines(path, encoding):
            scan.feed(line)
        if scan.unclosed is not None:
            raise SpreadsheetError(_("row {row}: a quote is not closed", row=scan.unclosed))


def _xlsx_records(path: Path) -> tuple[Iterator[tuple[Cell, ...]], int]:
    """The first sheet's rows as they are read (values, not formulas; dates as dates)."""
    import openpyxl  # slow to import; only an .xlsx needs it

    # Open files, not the path: openpyxl judges a path by its extension, we by the content.
    files = [path.open("rb"), path.open("rb")]
    try:
        book = openpyxl.load_workbook(files[0], read_only=True, data_only=True)
        # The same sheet with its formulas: a formula without a stored result shows up there.
        formulas = openpyxl.load_workbook(files[1], read_only=True, data_only=False)
        if not book.worksheets:
            raise _cannot(path, _("the workbook has no sheets"))
    except SpreadsheetError:
        _close(files)
        raise
    except zipfile.BadZipFile:
        _close(files)
        raise _cannot(path, _("it is not an .xlsx file or it is damaged")) from None
    except Exception as exc:  # openpyxl raises many kinds on a damaged file
        _close(files)
        raise _cannot(path, str(exc)) from None
    return _xlsx_rows(path, book, formulas, files), book.worksheets[0].max_row or 0


def _close(files: list[Any]) -> None:
    for file in files:
        file.close()


def _xlsx_rows(path: Path, book: Any, formulas: Any,
               files: list[Any]) -> Iterator[tuple[Cell, ...]]:
    try:
        values = book.worksheets[0].iter_rows(values_only=True)
        written = formulas.worksheets[0].iter_rows(values_only=True)
        for row, raw in zip(values, written, strict=False):
            yield tuple(_xlsx_cell(c, f) for c, f in zip_longest(row, raw))
    except SpreadsheetError:
        raise
    except Exception as exc:
        raise _cannot(path, str(exc)) from None
    finally:
        book.close()
        formulas.close()
        _close(files)


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


def _table(path: Path, records: Iterator[tuple[Cell, ...]], encoding: str, delimiter: str,
           estimate: int) -> Table:
    numbered = ((n, r) for n, r in enumerate(records, start=1) if not all(map(is_blank, r)))
    first = next(numbered, None)
    if first is None:
        raise SpreadsheetError(_("{path} is empty: there is no header row", path=path))
    header_row, header = first
    headers = [("" if is_blank(c) else str(c).strip()) for c in header]
    while headers and not headers[-1]:
        headers.pop()
    rows = (SheetRow(n, tuple(r)) for n, r in numbered)
    return Table(headers, header_row, rows, encoding, delimiter, max(estimate - header_row, 0))
