"""The top-level command line: --lang in the help, unknown commands named with the nearest."""

from __future__ import annotations

import pytest

from belteam.cli.main import command_word, run


def test_help_mentions_lang_and_lang_before_help_works(capsys):
    with pytest.raises(SystemExit) as stop:
        run(["--lang", "en", "--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert "--lang {en,nl}" in out
    assert "Without a COMMAND, belteam opens the window." in out


def test_unknown_command_names_the_nearest_and_exits_2(capsys):
    assert run(["--db", "/nonexistent/x.db", "prnt-list", "V01"]) == 2
    err = capsys.readouterr().err
    assert err.strip().splitlines() == [
        "belteam: unknown command 'prnt-list'; did you mean 'print-list'? (belteam --help lists all)"]


def test_a_typo_always_gets_a_real_command_suggested(capsys):
    assert run(["resme", "R01"]) == 2
    line = capsys.readouterr().err.strip()
    assert line.startswith("belteam: unknown command 'resme'; did you mean '")
    assert "Traceback" not in line


@pytest.mark.parametrize("argv, word", [
    ([], None),
    (["--lang", "nl"], None),
    (["--db", "today", "--as-of", "2026-11-30"], None),  # option values are not commands
    (["--db=x.db", "today"], "today"),
    (["--lang", "en", "resme", "R01"], "resme"),
])
def test_command_word_skips_options_and_their_values(argv, word):
    assert command_word(argv) == word
