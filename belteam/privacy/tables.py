"""Rows on screen written to a spreadsheet (CSV or XLSX) or printed (PDF): coordinator only,
every cell through the formula-injection guard, and each export written to the audit log (who,
what, how many rows and the format; never a name, so not the file name either)."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from belteam.audit import log as audit
from belteam.core.actors import Actor, require
from belteam.core.messages import _
from belteam.privacy.safe_cells import safe_row

FORMATS = (".csv", ".xlsx", ".pdf")


def _plain(value: Any) -> Any:
    """Lists as 'a, b'; dates and moments as ISO text; None as empty."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(str(_plain(v)) for v in value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def write_table(actor: Actor, path: Path, headers: Sequence[str],
                rows: Sequence[Sequence[Any]], what: str, title: str = "") -> int:
    """Write ``rows`` under ``headers`` to ``path`` (.csv, .xlsx or .pdf); returns the row count.

    ``title`` heads the printed page (PDF only).
    """
    require(actor, "export.data")
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(_("'{name}' is not a .csv, .xlsx or .pdf file", name=path.name))
    cells = [safe_row([_plain(v) for v in row]) for row in rows]
    if suffix == ".pdf":
        from belteam.privacy.table_pdf import write_table_pdf  # reportlab: slow to import

        write_table_pdf(path, title or what, list(headers), cells)
    elif suffix == ".csv":
        with path.open("w", newline="", encoding="utf-8-sig") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(safe_row(list(headers)))
            writer.writerows(cells)
    else:
        from openpyxl import Workbook  # slow to import; only this export needs it

        book = Workbook()
        sheet = book.active
        sheet.append(safe_row(list(headers)))
        for row in cells:
            sheet.append(row)
        book.save(path)
    audit.record(actor.username, audit.DATA_EXPORTED, what, f"{len(cells)} rows, {suffix[1:]}")
    return len(cells)
