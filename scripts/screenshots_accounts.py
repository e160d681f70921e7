"""Offscreen 1366×768 screenshots: first run, sign-in (and its lock message), the lock screen,
and the main window as coordinator (with Accounts and Audit log), staff and volunteer.

Run: QT_QPA_PLATFORM=offscreen python scripts/screenshots_accounts.py [OUT_DIR] [--lang nl]
(Dutch files end in _nl: signin-dialog_nl.png.)
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from argon2 import PasswordHasher  # noqa: E402
from belteam_gui.app import i18n  # noqa: E402
from belteam_gui.app.main import make_app  # noqa: E402
from belteam_gui.app.session import Session  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from belteam.accounts import users as accounts
from belteam.core.actors import SYSTEM  # noqa: E402
from belteam.core.clock import clock  # noqa: E402
from belteam.demo import accounts as accounts_demo
from belteam.demo import team as demo  # noqa: E402
from belteam.storage.migrations import init_db  # noqa: E402
from scripts.shots import grab_png  # noqa: E402

SIZE = (1366, 768)
SUFFIX = {"en": "", "nl": "_nl"}
_suffix = ""  # set by main() from --lang


def save(widget: QWidget, out: Path, name: str) -> Path:
    return grab_png(widget, out / name.replace(".png", f"{_suffix}.png"))


def dialogs(out: Path) -> None:
    from belteam_gui.accounts.first_run_dialog import FirstRunDialog
    from belteam_gui.accounts.signin_dialog import SignInDialog

    first = FirstRunDialog()
    first.organisation.setText("Welzijn Westerveld")
    first.username.setText("mieke")
    first.passwords.password.setText("zomer aan zee 2026")
    first.passwords.repeat.setText("zomer aan zee 2026")
    first.show()
    save(first, out, "signin-first-run.png")
    first.close()
    accounts_demo.create_demo_accounts()
    signin = SignInDialog(None, "Demo belteam")
    signin.username.setText("visitor")
    signin.show()
    save(signin, out, "signin-dialog.png")
    for _ in range(5):
        signin.password.setText("not my password")
        signin.try_sign_in()
    save(signin, out, "signin-locked-out.png")
    signin.close()


def window_for(out: Path, username: str, password: str, name: str, pages: tuple[str, ...] = ()):
    from belteam_gui.app.main_window import MainWindow

    session = Session("screenshots", accounts.sign_in(username, password))
    session.organisation = "Demo belteam"
    window = MainWindow(session)
    window.resize(*SIZE)
    window.show()
    save(window, out, f"main-{name}.png")
    for key in pages:
        window.show_page(key)
        save(window, out, f"main-{name}-{key}.png")
    return window, session


def lock_screen(out: Path, window, session) -> None:
    from belteam_gui.app.idle_lock import IdleLock

    lock = IdleLock(window, session, minutes=0)
    lock.lock()
    QApplication.processEvents()
    save(window, out, "lock-window.png")
    save(lock.dialog, out, "lock-dialog.png")
    lock.remove()


def main() -> None:
    global _suffix
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(ROOT / "screenshots"))
    parser.add_argument("--lang", choices=sorted(SUFFIX), default="en")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = make_app()
    i18n.install(args.lang)
    _suffix = SUFFIX[args.lang]
    accounts.HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)  # speed only
    clock.pin(date(2026, 11, 30))
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BELTEAM_HOME"] = tmp
        init_db(str(Path(tmp) / "shots.sqlite3"))
        demo.generate(SYSTEM, residents=40, volunteers=10, years=0.3, seed=3)
        dialogs(out)
        passwords = {name: pw for name, _role, pw in accounts_demo.DEMO_ACCOUNTS}
        window_for(out, "coordinator", passwords["coordinator"], "coordinator", ("users", "audit"))
        window_for(out, "staff", passwords["staff"], "staff")
        window, session = window_for(out, "volunteer", passwords["volunteer"], "volunteer")
        lock_screen(out, window, session)
    app.quit()


if __name__ == "__main__":
    main()
