"""Errors every layer may raise and every entry point shows as one clear line."""

from __future__ import annotations


class DatabaseError(Exception):
    """A database that cannot be opened or used; the message says what to do."""
