"""How a domain error reads on screen."""

from __future__ import annotations


def error_text(exc: Exception) -> str:
    """The domain's message for people: the field messages of a ValidationError, one a line."""
    errors = getattr(exc, "errors", None)
    if isinstance(errors, dict) and errors:
        return "\n".join(str(message) for message in errors.values())
    return str(exc)
