"""Cells that a spreadsheet program will not run as a formula (CSV/formula injection)."""

from __future__ import annotations

from typing import Any

# A cell starting with one of these may be read as a formula by Excel/LibreOffice.
DANGEROUS_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """Prefix ``'`` to text that would start a formula; other values pass unchanged."""
    if isinstance(value, str) and value.startswith(DANGEROUS_STARTS):
        return "'" + value
    return value


def safe_row(values: list[Any]) -> list[Any]:
    return [safe_cell(v) for v in values]
