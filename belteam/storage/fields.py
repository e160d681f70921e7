"""Column types shared by the models."""

from __future__ import annotations

from datetime import UTC, datetime

import peewee

from belteam.core.clock import TZ


class AwareDateTimeField(peewee.DateTimeField):
    """Stored as naive UTC on every engine; read back aware, in Europe/Amsterdam."""

    def db_value(self, value: datetime | None):  # type: ignore[override]
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=TZ)
        return super().db_value(value.astimezone(UTC).replace(tzinfo=None))

    def python_value(self, value):  # type: ignore[override]
        value = super().python_value(value)
        if isinstance(value, datetime):
            return value.replace(tzinfo=UTC).astimezone(TZ)
        return value


class CsvField(peewee.TextField):
    """A short list of plain tokens (language codes, topics) kept as 'a,b,c'."""

    def db_value(self, value):  # type: ignore[override]
        if value is None:
            return ""
        if isinstance(value, str):
            return value
        return ",".join(v for v in value if v)

    def python_value(self, value):  # type: ignore[override]
        return [v for v in (value or "").split(",") if v]
