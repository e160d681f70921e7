"""Reading spreadsheets: encodings, delimiters, xlsx cells, row numbers and unreadable files."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

import openpyxl
import pytest

from belteam.importing.spreadsheet import SpreadsheetError, decode, read_table, sniff_delimiter


def write(tmp_path, name: str, data: bytes | str, encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
    return path


def test_plain_utf8_comma(tmp_path):
    table = read_table(write(tmp_path, "a.csv", "code,first_name\nV01,Anneke\nV02,Jan\n"))
    assert table.headers == ["code", "first_name"]
    assert table.header_row == 1
    assert [(r.number, r.cells) for r in table.rows] == [(2, ("V01", "Anneke")), (3, ("V02", "Jan"))]
    assert (table.encoding, table.delimiter) == ("utf-8", ",")


def test_utf8_bom_is_not_part_of_the_first_header(tmp_path):
    table = read_table(write(tmp_path, "a.csv", "\ufeffcode;voornaam\r\nV01;Ročak\r\n"))
    assert table.headers == ["code", "voornaam"]
    assert table.rows[0].cells == ("V01", "Ročak")
    assert table.delimiter == ";"


def test_windows_1252_semicolon_as_dutch_excel_writes(tmp_path):
    text = "Nummer;Voornaam;Adres\r\n1;Maaïke;Brink 2, Dwingeloo\r\n2;Hélène;Vaart 5\r\n"
    table = read_table(write(tmp_path, "a.csv", text, "cp1252"))
    assert table.encoding == "cp1252"
    assert table.rows[0].cells == ("1", "Maaïke", "Brink 2, Dwingeloo")
    assert table.rows[1].cells[1] == "Hélène"


def test_utf16_with_bom_and_tabs(tmp_path):
    table = read_table(write(tmp_path, "a.txt", "code\tvoornaam\nV01\tفاطمة\n", "utf-16"))
    assert table.delimiter == "\t"
    assert table.rows[0].cells == ("V01", "فاطمة")


def test_excel_sep_hint_line_is_used_and_not_counted(tmp_path):
    table = read_table(write(tmp_path, "a.csv", "sep=;\ncode;name,with comma\nV01;x,y\n"))
    assert table.headers == ["code", "name,with comma"]
    assert table.header_row == 1
    assert table.rows[0].number == 2


def test_quoted_delimiters_and_newlines_stay_in_their_cell(tmp_path):
    text = 'code,address\nV01,"Dorpsstraat 1, Havelte"\nV02,"line one\nline two"\nV03,x\n'
    table = read_table(write(tmp_path, "a.csv", text))
    assert table.rows[0].cells[1] == "Dorpsstraat 1, Havelte"
    assert table.rows[1].cells[1] == "line one\nline two"
    # Numbered as records, the way Excel shows them.
    assert [r.number for r in table.rows] == [2, 3, 4]


def test_blank_rows_are_skipped_but_numbers_stay_as_the_sheet_shows(tmp_path):
    text = "\n;;\ncode;voornaam\n1;A\n;;\n  ;  \n2;B\n"
    table = read_table(write(tmp_path, "a.csv", text))
    assert table.header_row == 3
    assert [(r.number, r.cells[0]) for r in table.rows] == [(4, "1"), (7, "2")]


def test_text_is_normalised_to_nfc(tmp_path):
    decomposed = unicodedata.normalize("NFD", "Maaïke Ročak")
    table = read_table(write(tmp_path, "a.csv", f"code,name\n1,{decomposed}\n"))
    assert table.rows[0].cells[1] == "Maaïke Ročak"


@pytest.mark.parametrize("content", ["", "\n\n", "   \r\n", ";;;\n;;\n"])
def test_empty_file(tmp_path, content):
    path = write(tmp_path, "empty.csv", content)
    with pytest.raises(SpreadsheetError, match="is empty"):
        read_table(path)


def test_binary_file_is_not_a_spreadsheet(tmp_path):
    path = write(tmp_path, "photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(SpreadsheetError, match=r"cannot read .*photo.csv: it is not a spreadsheet"):
        read_table(path)


def test_broken_xlsx(tmp_path):
    good = tmp_path / "good.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["code"])
    book.save(good)
    broken = write(tmp_path, "broken.xlsx", good.read_bytes()[:200])
    with pytest.raises(SpreadsheetError, match=r"cannot read .*broken.xlsx"):
        read_table(broken)
    text_named_xlsx = write(tmp_path, "notes.xlsx", "code,name\n1,a\n")
    with pytest.raises(SpreadsheetError, match=r"cannot read .*notes.xlsx"):
        read_table(text_named_xlsx)


def test_old_xls_is_refused_with_advice(tmp_path):
    path = write(tmp_path, "old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(SpreadsheetError, match=r"\.xls.*save it as \.xlsx or CSV"):
        read_table(path)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(SpreadsheetError, match="no such file"):
        read_table(tmp_path / "nope.csv")
    with pytest.raises(SpreadsheetError, match="folder"):
        read_table(tmp_path)


def test_enormous_csv_cell_is_a_clear_error(tmp_path):
    path = write(tmp_path, "big.csv", "code,name\n1,\"" + "x" * 200_000 + "\"\n")
    with pytest.raises(SpreadsheetError, match=r"cannot read .*big.csv: row 2"):
        read_table(path)


def test_xlsx_cells_keep_their_types(tmp_path):
    path = tmp_path / "people.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Code", "Voornaam", "Telefoon", "Geboortedatum", "Max"])
    sheet.append([])
    sheet.append([1001, "فاطمة", 612345678, datetime(1940, 4, 3), 2.5])
    sheet.append([None, None, None, None, None])
    sheet.append(["V02", "Ročak", "0521 123456", date(1941, 1, 2), 3.0])
    book.save(path)
    table = read_table(path)
    assert table.headers == ["Code", "Voornaam", "Telefoon", "Geboortedatum", "Max"]
    assert [r.number for r in table.rows] == [3, 5]
    assert table.rows[0].cells == (1001, "فاطمة", 612345678, date(1940, 4, 3), 2.5)
    assert table.rows[1].cells == ("V02", "Ročak", "0521 123456", date(1941, 1, 2), 3)


def test_xlsx_by_content_whatever_the_name(tmp_path):
    path = tmp_path / "export.csv"
    book = openpyxl.Workbook()
    book.active.append(["code"])
    book.active.append(["V01"])
    book.save(path)
    assert read_table(path).rows[0].cells == ("V01",)


@pytest.mark.parametrize(("text", "delimiter"), [
    ("a;b;c\n1;2;3", ";"), ("a,b,c\n", ","), ("a\tb\n", "\t"), ("single\n", ","),
    ('"x;y",b,c\n', ","), ("Naam;Adres, plaats;Tel\n", ";"),
])
def test_sniff_delimiter(text, delimiter):
    assert sniff_delimiter(text)[0] == delimiter


def test_decode_falls_back_to_cp1252():
    assert decode("Brüggemann".encode("cp1252")) == ("Brüggemann", "cp1252")
    assert decode("Brüggemann".encode()) == ("Brüggemann", "utf-8")
