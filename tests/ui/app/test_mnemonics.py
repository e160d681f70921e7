"""Every dialog, in English and Dutch: no two controls share an Alt+letter, and no Alt+letter
leads nowhere (a label without a partner, or one whose partner is disabled or hidden)."""

from __future__ import annotations

import re

import pytest
from belteam_gui.app import i18n
from PySide6.QtWidgets import QAbstractButton, QDialog, QGroupBox, QLabel, QWidget
from today_helpers import build_morning

from tests.ui.dialog_catalogue import catalogue

_MNEMONIC = re.compile(r"(?<!&)&(?!&)(\w)")


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _shown(widget: QWidget, dialog: QDialog) -> bool:
    return widget.isVisibleTo(dialog)


def mnemonic_problems(dialog: QDialog) -> list[str]:
    """'duplicate Alt+X: A, B' and 'dead Alt+X: label' lines for ``dialog`` as shown."""
    owners: dict[str, list[str]] = {}
    problems = []
    for widget in dialog.findChildren(QWidget):
        if not _shown(widget, dialog):
            continue
        if isinstance(widget, QAbstractButton):
            text = widget.text()
            target = widget
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            text, target = widget.title(), widget
        elif isinstance(widget, QLabel):
            text, target = widget.text(), widget.buddy()
        else:
            continue
        letter = mnemonic(text)
        if letter is None:
            continue
        dead = target is None or not _shown(target, dialog) or (
            not target.isEnabled() and not isinstance(widget, QAbstractButton))  # a button wakes up
        if dead:
            problems.append(f"dead Alt+{letter.upper()}: {text!r}")
            continue
        owners.setdefault(letter, []).append(text)
    problems += [f"duplicate Alt+{letter.upper()}: {', '.join(map(repr, texts))}"
                 for letter, texts in sorted(owners.items()) if len(texts) > 1]
    return problems


def test_the_walker_sees_a_duplicate_and_a_dead_one(qtbot):
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    label, edit, dead = QLabel("&Action"), QLineEdit(), QLabel("&Start")
    label.setBuddy(edit)
    for widget in (label, edit, QPushButton("&Add"), dead):
        layout.addWidget(widget)
    assert mnemonic_problems(dialog) == ["dead Alt+S: '&Start'", "duplicate Alt+A: '&Action', '&Add'"]


@pytest.fixture
def dialogs(sqlite_db, clock):
    return catalogue(build_morning(clock.today()))


@pytest.mark.parametrize("language", ["en", "nl"])
def test_no_dialog_has_a_duplicate_or_dead_mnemonic(qtbot, dialogs, language):
    i18n.install(language)
    try:
        found = {}
        for name, make in dialogs.items():
            dialog = make()
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            problems = mnemonic_problems(dialog)
            if problems:
                found[name] = problems
            if hasattr(dialog, "saved_attempt"):  # the log-call dialog: keep no draft behind
                dialog.drafts.clear(dialog.draft_key)
                dialog.saved_attempt = object()
            dialog.done(0)
    finally:
        i18n.install("en")
    assert found == {}
