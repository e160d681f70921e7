"""Rows on screen written to a spreadsheet (CSV or XLSX): coordinator only, every cell through
the formula-injection guard, and each export written to the audit log."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from belteam.audit import log as audit
from belteam.core.actors import Actor, require
from belteam.core.messages import _
from belteam.privacy.safe_cells import safe_row

FORMATS = (".csv", ".xlsx")


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
                rows: Sequence[Sequence[Any]], what: str) -> int:
    """Write ``rows`` under ``headers`` to ``path`` (.csv or .xlsx); returns the row count."""
    require(actor, "export.data")
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(_("'{name}' is not a .csv or .xlsx file", name=path.name))
    cells = [safe_row([_plain(v) for v in row]) for row in rows]
    if suffix == ".csv":
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
    audit.record(actor.username, audit.DATA_EXPORTED, what, f"{len(cells)} rows → {path.name}")
    return len(cells)
