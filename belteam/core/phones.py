"""Phone numbers: parsed and formatted with the phonenumbers library, Dutch region by default."""

from __future__ import annotations

from belteam.core.messages import _

# phonenumbers is imported inside the functions: its metadata costs ~0.1 s at start-up.

DEFAULT_REGION = "NL"


class PhoneError(ValueError):
    """Not a phone number; the message says what is wrong."""


def normalize(text: str, region: str = DEFAULT_REGION) -> str:
    """Return the number in E.164 (``+31612345678``); empty stays empty; raise PhoneError."""
    text = (text or "").strip()
    if not text:
        return ""
    import phonenumbers

    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise PhoneError(_("'{value}' is not a phone number", value=text)) from exc
    if not phonenumbers.is_valid_number(number):
        raise PhoneError(_("'{value}' is not a valid phone number (check the number of digits)",
                           value=text))
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display(e164: str, region: str = DEFAULT_REGION) -> str:
    """Format for reading: national style for Dutch numbers, international otherwise."""
    if not e164:
        return ""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, region)
    except phonenumbers.NumberParseException:
        return e164
    if phonenumbers.region_code_for_number(number) == region:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def tel_uri(e164: str) -> str:
    """An RFC 3966 ``tel:`` link that opens the system's dialler or softphone."""
    return f"tel:{e164}" if e164 else ""
