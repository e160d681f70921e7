"""Before Qt starts on Linux: a display and the xcb libraries, else one line with apt-get."""

from __future__ import annotations

import pytest
from belteam_gui.app import preflight


def loader_without(*missing: str):
    def load(name: str) -> object:
        if name in missing:
            raise OSError(f"{name}: cannot open shared object file")
        return object()
    return load


@pytest.fixture
def x_socket(tmp_path):
    (tmp_path / "X0").touch()
    return str(tmp_path)


def test_missing_xcb_libraries_name_the_apt_get_line(x_socket):
    line = preflight.problem({"DISPLAY": ":0"}, "linux",
                             loader_without("libxcb-icccm.so.4", "libxkbcommon-x11.so.0"), x_socket)
    assert line == ("belteam: the window needs libxcb-icccm.so.4, libxkbcommon-x11.so.0, which Qt "
                    "cannot find; install with: sudo apt-get install libxcb-icccm4 libxkbcommon-x11-0")


def test_every_library_qt_loads_has_its_package():
    for package in ("libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0",
                    "libxkbcommon-x11-0", "libxcb-cursor0", "libegl1", "libfontconfig1"):
        assert package in preflight.XCB_LIBRARIES.values()


def test_no_display_is_one_line_with_the_way_out(x_socket):
    line = preflight.problem({}, "linux", loader_without(), x_socket)
    assert line.startswith("belteam: no display: DISPLAY is not set")
    assert "sudo apt-get install xvfb" in line and "\n" not in line


def test_a_local_display_without_x_server_is_named(tmp_path):
    line = preflight.problem({"DISPLAY": ":3"}, "linux", loader_without(), str(tmp_path))
    assert line.startswith("belteam: no display: nothing answers on DISPLAY=:3")


@pytest.mark.parametrize("env, platform", [
    ({"DISPLAY": ":0"}, "linux"),
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux"),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "linux"),
    ({"DISPLAY": "remote:10"}, "linux"),
    ({}, "win32"),
    ({}, "darwin"),
])
def test_nothing_to_say_when_the_window_can_start(env, platform, x_socket):
    assert preflight.problem(env, platform, loader_without(), x_socket) is None


def test_main_stops_before_qt_with_the_line(monkeypatch, capsys):
    from belteam_gui.app import main as app_main

    monkeypatch.setattr(app_main.QApplication, "instance", staticmethod(lambda: None))
    monkeypatch.setattr(preflight, "problem", lambda: "belteam: no display: DISPLAY is not set")
    assert app_main.main([]) == 1
    assert capsys.readouterr().err == "belteam: no display: DISPLAY is not set\n"


def test_readme_lists_every_system_package():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[3] / "README.md").read_text(encoding="utf-8")
    assert [p for p in preflight.XCB_LIBRARIES.values() if p not in readme] == []
