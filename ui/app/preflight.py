"""Before Qt starts on Linux: is there a display, and are the X libraries Qt loads there?

Without them Qt aborts with a core dump and a message naming one wrong library; this says
in one line what is missing and the ``apt-get`` line that installs it. No Qt import here.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

# The libraries Qt's xcb platform plugin links (ldd of libqxcb.so and libQt6XcbQpa.so),
# with the Debian/Ubuntu package that ships each.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1", "libX11.so.6": "libx11-6", "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0", "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0", "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0", "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1", "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1", "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0", "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1", "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}
# Platforms that draw without a screen (tests, remote): nothing to check.
HEADLESS = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb", "vkkhrdisplay")
Loader = Callable[[str], object]


def missing_libraries(load: Loader = ctypes.CDLL) -> list[str]:
    """The xcb libraries the system loader cannot find."""
    missing = []
    for name in XCB_LIBRARIES:
        try:
            load(name)
        except OSError:
            missing.append(name)
    return missing


def x_server_listens(display: str, socket_dir: str = "/tmp/.X11-unix") -> bool:
    """False only when a local display (":0", "unix:0") has no X socket; remote ones pass."""
    host, _, number = display.rpartition(":")
    if host not in ("", "unix"):
        return True  # ssh -X and the like: only Qt can tell
    return os.path.exists(os.path.join(socket_dir, "X" + number.split(".")[0]))


def problem(env: Mapping[str, str] | None = None, platform: str | None = None,
            load: Loader = ctypes.CDLL, socket_dir: str = "/tmp/.X11-unix") -> str | None:
    """One line saying why the window cannot start here, or None when it can."""
    env = os.environ if env is None else env
    if not (platform or sys.platform).startswith("linux"):
        return None
    qpa = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    if qpa.startswith(HEADLESS):
        return None
    if qpa.startswith("wayland") or (not qpa and env.get("WAYLAND_DISPLAY") and not env.get("DISPLAY")):
        if env.get("WAYLAND_DISPLAY"):
            return None
        return ("belteam: no display: WAYLAND_DISPLAY is not set; start belteam from the desktop "
                "session (the command line works without one: belteam --help)")
    if not env.get("DISPLAY"):
        return ("belteam: no display: DISPLAY is not set; start belteam from a desktop session, or "
                "on a server without one: sudo apt-get install xvfb && xvfb-run belteam "
                "(the command line works without a display: belteam --help)")
    if not x_server_listens(env["DISPLAY"], socket_dir):
        return (f"belteam: no display: nothing answers on DISPLAY={env['DISPLAY']}; start belteam from "
                "the desktop session (the command line works without a display: belteam --help)")
    missing = missing_libraries(load)
    if not missing:
        return None
    packages = " ".join(dict.fromkeys(XCB_LIBRARIES[name] for name in missing))
    return (f"belteam: the window needs {', '.join(missing)}, which Qt cannot find; "
            f"install with: sudo apt-get install {packages}")
