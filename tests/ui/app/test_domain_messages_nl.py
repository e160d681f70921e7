"""With the Dutch screen, the domain's error messages are Dutch too (and English again after)."""

import pytest
from belteam_gui.app import i18n

from belteam.core.actors import SYSTEM
from belteam.core.validation import ValidationError
from belteam.people import service as people


def _phone_error() -> str:
    with pytest.raises(ValidationError) as caught:
        people.save_resident(SYSTEM, {"code": "R1", "first_name": "Ans", "phone": "12"})
    return caught.value.errors["phone"]


def test_bad_phone_gives_a_dutch_message_on_a_dutch_screen(qapp, sqlite_db):
    i18n.install("nl")
    try:
        dutch = _phone_error()
    finally:
        i18n.install("en")
    assert dutch == "'12' is geen geldig telefoonnummer (kijk het aantal cijfers na)"
    assert _phone_error() == "'12' is not a valid phone number (check the number of digits)"


def test_every_domain_message_has_a_dutch_translation(qapp):
    from belteam_gui.app.domain_strings import STRINGS
    from PySide6.QtCore import QCoreApplication

    i18n.install("nl")
    try:
        same = [s for s in STRINGS if QCoreApplication.translate("Domain", s) == s]
    finally:
        i18n.install("en")
    assert not same, same
