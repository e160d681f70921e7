"""Domain messages: named placeholders, a pluggable translator, and the generated ui/ lists."""

import importlib.util
from pathlib import Path

import pytest

from belteam.accounts.users import check_new_password
from belteam.core import messages, phones
from belteam.core.actors import SYSTEM, VOLUNTEER, Actor, PermissionDenied, require
from belteam.core.validation import ValidationError
from belteam.pairings.plans import PlanError, parse_plan
from belteam.people import service as people

ROOT = Path(__file__).resolve().parents[2]


def _extractor():
    spec = importlib.util.spec_from_file_location("extract_domain_strings",
                                                  ROOT / "scripts" / "extract_domain_strings.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def translator():
    """Install a dictionary translator for the test; English again afterwards."""
    table: dict[str, str] = {}
    messages.set_translator(lambda s: table.get(s, s))
    yield table
    messages.set_translator(None)


def test_generated_string_lists_are_up_to_date():
    stale = [path.name for path, text in _extractor().outputs().items()
             if not path.exists() or path.read_text(encoding="utf-8") != text]
    assert not stale, f"run scripts/update-translations.sh: {stale} out of date"


def test_no_ui_string_is_hidden_from_lupdate():
    """Every ui/ translate call names its context literally, so lupdate puts it in the .ts."""
    assert _extractor().indirect_strings() == []
    assert not (ROOT / "ui" / "indirect_strings.py").exists()


def test_extractor_finds_marked_domain_messages(tmp_path):
    (tmp_path / "mod.py").write_text(
        'from belteam.core.messages import N_, _\n'
        'LABEL = N_("a label")\n'
        'def f(x):\n'
        '    raise ValueError(_("\'{value}\' is wrong", value=x) + _("a " "joined one"))\n'
        'unmarked = "not this one"\n', encoding="utf-8")
    assert _extractor().domain_strings(tmp_path) == ["'{value}' is wrong", "a joined one",
                                                      "a label"]


def test_extractor_finds_ui_strings_lupdate_cannot_see(tmp_path):
    (tmp_path / "page.py").write_text(
        'from PySide6.QtCore import QT_TRANSLATE_NOOP as N, QCoreApplication\n'
        'CTX = "SomePage"\n'
        'A = N("SomePage", "Aliased")\n'
        'B = QT_TRANSLATE_NOOP(CTX, "Variable context")\n'
        'def tr(text):\n'
        '    return QCoreApplication.translate(CTX, text)\n'
        'C = tr("Through a wrapper")\n'
        'def tr_n(text, n=-1):\n'
        '    return QCoreApplication.translate(CTX, text, "", n)\n'
        'E = tr_n("%n counted", 3)\n'
        'D = QCoreApplication.translate("SomePage", "Plain, lupdate sees it")\n',
        encoding="utf-8")
    assert _extractor().indirect_strings(tmp_path) == [
        ("SomePage", "%n counted", "", True), ("SomePage", "Aliased", "", False),
        ("SomePage", "Through a wrapper", "", False), ("SomePage", "Variable context", "", False)]


def test_messages_fill_named_placeholders_in_the_translated_order(translator):
    translator["{a} before {b}"] = "{b} na {a}"
    assert messages._("{a} before {b}", a=1, b=2) == "2 na 1"
    assert messages._("untranslated {x!r}", x="y") == "untranslated 'y'"


def test_a_broken_translation_falls_back_to_english(translator):
    translator["'{value}' is not a phone number"] = "'{waarde}' is geen telefoonnummer"
    with pytest.raises(phones.PhoneError, match="'abc' is not a phone number"):
        phones.normalize("abc")


def test_without_translator_messages_stay_english():
    messages.set_translator(None)
    with pytest.raises(PlanError, match="unknown day 'xyz'"):
        parse_plan("weekly:xyz")


def test_domain_errors_go_through_the_translator(db, translator):
    translator.update({
        "'{value}' is not a phone number": "'{value}' is geen telefoonnummer",
        "is required": "is verplicht",
        "The two passwords are not the same.": "De twee wachtwoorden zijn niet gelijk.",
        "Not allowed for the role {role}: {action}.": "Niet toegestaan voor de rol {role}: {action}.",
        "volunteer": "vrijwilliger", "managing accounts": "accounts beheren",
    })
    with pytest.raises(ValidationError) as caught:
        people.save_resident(SYSTEM, {"code": "", "first_name": "Ans", "phone": "abc"})
    assert caught.value.errors == {"code": "is verplicht", "phone": "'abc' is geen telefoonnummer"}
    with pytest.raises(ValidationError) as caught:
        check_new_password("correct horse battery", "correct horse batteyr")
    assert caught.value.errors["repeat"] == "De twee wachtwoorden zijn niet gelijk."
    with pytest.raises(PermissionDenied, match="rol vrijwilliger: accounts beheren"):
        require(Actor("ans", VOLUNTEER), "users.admin")
