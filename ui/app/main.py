"""Starting the desktop program."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date

from belteam_gui.accounts.passphrase_dialog import (
    PassphraseCancelled,
    needs_passphrase,
    open_with_passphrase,
)
from belteam_gui.app import i18n, preflight
from belteam_gui.app.session import Session
from belteam_gui.common import accessible, screen_fit, zoom
from belteam_gui.resources import resource
from PySide6.QtWidgets import QApplication, QMessageBox

from belteam import bootstrap
from belteam.core import config
from belteam.core.actors import Actor
from belteam.core.clock import clock
from belteam.settings import store as settings
from belteam.storage import db as dbmod
from belteam.storage.migrations import init_db

STYLE = resource("belteam.qss")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="belteam")
    parser.add_argument("--db", default=None)
    parser.add_argument("--lang", choices=i18n.SUPPORTED, default=None)
    parser.add_argument("--as-of", type=date.fromisoformat, default=None)
    return parser.parse_known_args(list(argv))[0]


def make_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(config.APP_NAME)
    app.setOrganizationName(config.APP_AUTHOR)
    if STYLE.is_file():
        zoom.install_style(app, STYLE.read_text(encoding="utf-8"))
    if not getattr(app, "screen_fit", None):
        app.screen_fit = screen_fit.install(app)  # at a large text size, dialogs scroll
        app.namer = accessible.install(app)  # every control named for screen readers
    zoom.apply(zoom.percent())  # volunteers first: 12 pt at 100 %, the user's size once signed in
    return app


def open_session(db_url: str | None, passphrase: str | None = None) -> Session:
    """Open (and migrate) the database; a DatabaseError is shown by the caller. An encrypted
    one opens with ``passphrase`` (tests, scripts), else BELTEAM_DB_KEY, else the dialog."""
    url = db_url or config.default_db_url()
    if passphrase is not None:
        with dbmod.key_given(passphrase):
            init_db(url)
    elif needs_passphrase(url):
        open_with_passphrase(url, init_db)  # raises PassphraseCancelled on Cancel
    else:
        init_db(url)
    session = Session(url)
    session.organisation = settings.get("organisation_name")
    return session


def main(argv: Sequence[str] | None = None, actor: Actor | None = None,
         passphrase: str | None = None) -> int:
    """Open the database, sign in (or first run), show the window. ``actor`` skips the
    dialogs and ``passphrase`` the passphrase dialog: only for tests and scripts that call
    this function themselves."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if QApplication.instance() is None and (trouble := preflight.problem()):
        print(trouble, file=sys.stderr)  # before Qt aborts with a core dump
        return 1
    bootstrap.wire()
    app = make_app()
    if args.as_of:
        clock.pin(args.as_of)
    i18n.install(i18n.pick_language(args.lang or ""))  # the passphrase dialog comes first
    try:
        session = open_session(args.db, passphrase)
    except PassphraseCancelled:
        return 1
    except dbmod.DatabaseError as exc:
        i18n.install(i18n.pick_language(args.lang or ""))
        QMessageBox.critical(None, "Belteam", str(exc))
        return 1
    i18n.install(i18n.pick_language(args.lang or settings.get("language")))
    from belteam_gui.app.main_window import MainWindow

    if actor is None:
        from belteam_gui.accounts.signin_dialog import ask_actor

        actor = ask_actor(None, session.organisation)
        if actor is None:
            return 0
        session.organisation = settings.get("organisation_name")
    session.set_actor(actor)
    window = MainWindow(session)
    window.show()
    from belteam_gui.outreach.notify import install_notifier

    install_notifier(window, session)
    from belteam_gui.app.idle_lock import IdleLock

    window.idle_lock = IdleLock(window, session)
    from belteam_gui.today.reminders import Reminders

    window.reminders = Reminders(session, parent=window)
    window.reminders.start()
    return app.exec()
