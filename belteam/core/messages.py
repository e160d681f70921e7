"""Messages for people, in the screen's language: ``_("'{value}' is not a date", value=raw)``.

The domain never imports Qt: the window plugs a translator in with ``set_translator`` (the
Qt "Domain" context); the command line sets none and stays English. Templates use named
``str.format`` placeholders so a translation may put them in another order.
``scripts/extract_domain_strings.py`` collects every ``_("...")`` and ``N_("...")`` literal.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str], str]

_translator: Translator | None = None


def set_translator(fn: Translator | None) -> None:
    """Look templates up through ``fn`` from now on; None means English as written."""
    global _translator
    _translator = fn


def translate(template: str) -> str:
    """The template in the current language (itself when there is no translation)."""
    if _translator is None:
        return template
    return _translator(template) or template


def _(template: str, **values: object) -> str:
    """Translate ``template``, then fill its ``{name}`` placeholders from ``values``."""
    text = translate(template)
    if not values:
        return text
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        # A broken translation must never hide the message: fall back to English.
        return template.format(**values)


def N_(template: str) -> str:  # noqa: N802 - the conventional gettext marker name
    """Mark a template for translation where it is defined; translate it where it is used."""
    return template
