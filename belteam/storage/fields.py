"""Column types shared by the models."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import peewee

from belteam.core.clock import TZ


class AwareDateTimeField(peewee.DateTimeField):
    """Stored as naive UTC on every engine; read back aware, in Europe/Amsterdam."""

    if TYPE_CHECKING:  # peewee has no type hints: a row's attribute holds the value, not the field
        def __get__(self, instance: Any, owner: Any) -> Any: ...
        def __set__(self, instance: Any, value: Any) -> None: ...

    def db_value(self, value: datetime | None) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=TZ)
        return super().db_value(value.astimezone(UTC).replace(tzinfo=None))

    def python_value(self, value: Any) -> Any:
        value = super().python_value(value)
        if isinstance(value, datetime):
            return value.replace(tzinfo=UTC).astimezone(TZ)
        return value


class CsvField(peewee.TextField):
    """A short list of plain tokens (language codes, topics) kept as 'a,b,c'."""

    if TYPE_CHECKING:  # peewee has no type hints: a row's attribute holds the value, not the field
        def __get__(self, instance: Any, owner: Any) -> Any: ...
        def __set__(self, instance: Any, value: Any) -> None: ...

    def db_value(self, value: Any) -> Any:
        if value is None:
            return ""
        if isinstance(value, str):
            return value
        return ",".join(v for v in value if v)

    def python_value(self, value: Any) -> Any:
        return [v for v in (value or "").split(",") if v]
