"""Exporting the overview (PDF, XLSX, CSV, JSON); every export is written to the audit log."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from belteam.audit import log as audit
from belteam.core.actors import Actor, require
from belteam.core.clock import clock
from belteam.reports import labels as words
from belteam.reports.overview import Overview, reach_series
from belteam.reports.periods import week_of
from belteam.reports.tables import tables
from belteam.settings import store as settings

REPORT_EXPORTED = "report_exported"
FORMATS = ("pdf", "xlsx", "csv", "json")


def record_export(actor: Actor, view: Overview, fmt: str) -> None:
    audit.record(actor.username, REPORT_EXPORTED, f"report:{view.period.label}",
                 f"{fmt} {view.period.start.isoformat()}..{view.period.end.isoformat()}"
                 f"{' by area' if view.areas else ''}")


def export(actor: Actor, view: Overview, fmt: str, target: str | Path | None = None,
           lang: str = "nl") -> Path | str:
    """Write the overview as ``fmt`` to ``target`` (CSV: a folder); JSON returns the text."""
    require(actor, "reports.read")
    lang = lang if lang in words.LANGS else "nl"
    record_export(actor, view, fmt)
    if fmt == "json":
        text = json.dumps(view.as_json(), ensure_ascii=False, indent=2)
        if target is None:
            return text
        Path(target).write_text(text + "\n", encoding="utf-8")
        return Path(target)
    if target is None:
        raise ValueError(f"{fmt} needs a file or folder")
    all_tables = tables(view, lang)
    if fmt == "csv":
        folder = Path(target)
        folder.mkdir(parents=True, exist_ok=True)
        for table in all_tables:
            with open(folder / f"{table.name}.csv", "w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle, delimiter=";" if lang == "nl" else ",")
                writer.writerow(table.header)
                writer.writerows(table.rows)
        return folder
    series = reach_series(actor, week_of(view.period.end))
    # The writers need openpyxl or reportlab (slow to import): loaded only for that export.
    if fmt == "xlsx":
        from belteam.reports.xlsx import write_xlsx

        heading = f"{words.word('title', lang)} {view.period.start}–{view.period.end}"
        return write_xlsx(all_tables, series, heading, target, lang)
    if fmt == "pdf":
        from belteam.reports.pdf import write_pdf

        return write_pdf(view, all_tables, series, settings.get("organisation_name"),
                         clock.now().strftime("%Y-%m-%d %H:%M"), target, lang)
    raise ValueError(fmt)
