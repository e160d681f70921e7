"""``belteam`` alone opens the window; any other word goes to the command line."""

from __future__ import annotations

import pytest
from belteam_gui.app.launch import main, wants_window


@pytest.mark.parametrize("argv, window", [
    ([], True),
    (["--lang", "nl", "--db", "x.db"], True),
    (["--lang", "en", "--help"], False),
    (["resme", "R01"], False),
    (["today"], False),
])
def test_only_no_command_opens_the_window(argv, window):
    assert wants_window(argv) is window


def test_a_typo_exits_2_without_opening_the_window(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["resme", "R01"])
    assert stop.value.code == 2
    assert "unknown command 'resme'" in capsys.readouterr().err
