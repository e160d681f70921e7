"""The passphrase dialog, and the window asking again after a wrong passphrase."""

import pytest
from belteam_gui.accounts.passphrase_dialog import MAX_TRIES, PassphraseCancelled, PassphraseDialog
from belteam_gui.app import main as app_module
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from belteam.core.actors import SYSTEM
from belteam.people import service as people
from belteam.privacy import encryption
from belteam.storage import db as dbmod
from belteam.storage.migrations import init_db
from belteam.storage.models import Resident

pytest.importorskip("sqlcipher3", reason="install the [encryption] extra (sqlcipher3)")

KEY = "correct horse battery"


@pytest.fixture
def encrypted(tmp_path, clock, monkeypatch):
    """An encrypted database holding one resident; BELTEAM_DB_KEY is not set."""
    monkeypatch.delenv(dbmod.KEY_ENV, raising=False)
    url = f"sqlcipher:///{tmp_path / 'secret.db'}"
    with dbmod.key_given(KEY):
        init_db(url)
    people.save_resident(SYSTEM, {"code": "R1", "first_name": "Wilhelmina", "phone": "0521111111"})
    dbmod.close()
    yield url
    dbmod.close()


@pytest.fixture
def typed(monkeypatch):
    """Patch the modal exec: each dialog gets the next answer (None = Cancel); records dialogs."""
    answers: list = []
    shown: list[dict] = []

    def fake_exec(dialog: PassphraseDialog) -> int:
        shown.append({"new": dialog.new, "message": dialog.message.text()})
        answer = answers.pop(0)
        if answer is None:
            return QDialog.DialogCode.Rejected
        dialog.passphrase.setText(answer)
        if dialog.repeat is not None:
            dialog.repeat.setText(answer)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PassphraseDialog, "exec", fake_exec)
    return answers, shown


def test_the_dialog_returns_the_typed_passphrase(qtbot):
    dialog = PassphraseDialog("/data/secret.db")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.repeat is None and dialog.findChild(QLabel, "warning") is None
    assert dialog.passphrase.echoMode() == dialog.passphrase.EchoMode.Password
    assert not dialog.open_button.isEnabled()  # nothing typed yet
    qtbot.keyClicks(dialog.passphrase, KEY)
    assert dialog.open_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.value() == KEY


def test_a_new_file_needs_the_same_passphrase_twice(qtbot):
    dialog = PassphraseDialog("/data/new.db", new=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "nobody can recover the data" in dialog.findChild(QLabel, "warning").text()
    assert dialog.open_button.text() == "Create"
    qtbot.keyClicks(dialog.passphrase, KEY)
    qtbot.keyClicks(dialog.repeat, KEY + "x")
    assert not dialog.open_button.isEnabled()
    assert dialog.message.text() == "The two passphrases are not the same."
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)  # Enter must not get past it
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.value() == KEY
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Backspace)
    assert dialog.open_button.isEnabled() and dialog.message.text() == ""
    dialog.passphrase.setText("short")
    dialog.repeat.setText("short")
    assert not dialog.open_button.isEnabled() and "at least 10" in dialog.message.text()


def test_a_wrong_passphrase_is_said_and_asked_again(qapp, encrypted, typed):
    answers, shown = typed
    answers += ["not the passphrase", KEY]
    session = app_module.open_session(encrypted)
    assert session.db_url == encrypted
    assert Resident.get(Resident.code == "R1").first_name == "Wilhelmina"
    assert [s["new"] for s in shown] == [False, False]
    assert shown[0]["message"] == ""
    assert "the key is wrong" in shown[1]["message"] and "Nothing was changed" in shown[1]["message"]


def test_cancel_stops_the_program_with_status_1(qapp, encrypted, typed):
    answers, shown = typed
    answers.append(None)
    with pytest.raises(PassphraseCancelled):
        app_module.open_session(encrypted)
    answers.append(None)
    assert app_module.main(["--db", encrypted, "--lang", "en"]) == 1
    assert len(shown) == 2


def test_after_five_wrong_tries_the_program_stops_with_the_message(qapp, encrypted, typed,
                                                                   monkeypatch):
    answers, shown = typed
    answers += [f"wrong guess number {n}" for n in range(MAX_TRIES)]
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: said.append(text))
    assert app_module.main(["--db", encrypted, "--lang", "en"]) == 1
    assert len(shown) == MAX_TRIES and not answers
    assert len(said) == 1 and "the key is wrong" in said[0]


def test_a_new_encrypted_file_is_made_with_the_chosen_passphrase(qapp, tmp_path, clock, typed,
                                                                 monkeypatch):
    monkeypatch.delenv(dbmod.KEY_ENV, raising=False)
    answers, shown = typed
    answers.append(KEY)
    path = tmp_path / "fresh.db"
    try:
        app_module.open_session(f"sqlcipher:///{path}")
    finally:
        dbmod.close()
    assert shown == [{"new": True, "message": ""}]
    assert path.exists() and not encryption.is_plain_sqlite(path)
    with pytest.raises(dbmod.DatabaseError, match="the key is wrong"):
        dbmod.connect(f"sqlcipher:///{path}", passphrase="another passphrase")
    dbmod.connect(f"sqlcipher:///{path}", passphrase=KEY)
    dbmod.close()


def test_the_explicit_passphrase_skips_the_dialog(qapp, encrypted, typed, monkeypatch):
    monkeypatch.setenv(dbmod.KEY_ENV, "a wrong key in the environment")
    app_module.open_session(encrypted, passphrase=KEY)  # the parameter wins
    assert Resident.select().count() == 1
    dbmod.close()
    assert typed[1] == []
