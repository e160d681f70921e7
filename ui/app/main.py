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
from belteam_gui.accounts.signin_dialog import ask_actor
from belteam_gui.app import damaged, i18n, preflight
from belteam_gui.app.idle_lock import IdleLock
from belteam_gui.app.main_window import MainWindow
from belteam_gui.app.session import Session
from belteam_gui.common import accessible, screen_fit, zoom
from belteam_gui.outreach.notify import install_notifier
from belteam_gui.resources import resource
from belteam_gui.today.reminders import Reminders
from PySide6.QtWidgets import QApplication, QMessageBox

from belteam import bootstrap
from belteam.accounts import users as accounts
from belteam.core import config, private
from belteam.core.actors import Actor
from belteam.core.clock import clock
from belteam.core.errors import DatabaseError
from belteam.core.messages import _
from belteam.core.validation import check_day
from belteam.privacy import encryption
from belteam.privacy import restore as restoring
from belteam.settings import store as settings

STYLE = resource("belteam.qss")


def _day(text: str) -> date:
    return check_day(date.fromisoformat(text))


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="belteam")
    parser.add_argument("--db", default=None)
    parser.add_argument("--lang", choices=i18n.SUPPORTED, default=None)
    parser.add_argument("--as-of", type=_day, default=None)
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
        with encryption.key_given(passphrase):
            bootstrap.open_database(url)
    elif needs_passphrase(url):
        open_with_passphrase(url, bootstrap.open_database)  # raises PassphraseCancelled on Cancel
    else:
        bootstrap.open_database(url)
    session = Session(url)
    session.organisation = settings.get("organisation_name")
    return session


def prepare(argv: Sequence[str]) -> tuple[argparse.Namespace, QApplication]:
    """What the window does before it opens anything: wire hooks and jobs, make the app."""
    args = parse_args(argv)
    bootstrap.wire()
    private.restrict_new_files()  # files this program writes are its user's alone
    return args, make_app()


def main(argv: Sequence[str] | None = None, actor: Actor | None = None,
         passphrase: str | None = None) -> int:
    """Open the database, sign in (or first run), show the window. ``actor`` skips the
    dialogs and ``passphrase`` the passphrase dialog: only for tests and scripts that call
    this function themselves."""
    argv = sys.argv[1:] if argv is None else argv
    if QApplication.instance() is None and (trouble := preflight.problem()):
        print(trouble, file=sys.stderr)  # before Qt aborts with a core dump
        return 1
    args, app = prepare(argv)
    i18n.install(i18n.pick_language(args.lang or ""))  # the passphrase dialog comes first
    try:
        session = open_session(args.db, passphrase)
    except PassphraseCancelled:
        return 1
    except restoring.DamagedDatabase as exc:  # offers the newest good backup, then opens
        i18n.install(i18n.pick_language(args.lang or ""))
        session = damaged.repair(exc, args.db, passphrase, open_session)
        if session is None:
            return 1
    except DatabaseError as exc:
        i18n.install(i18n.pick_language(args.lang or ""))
        QMessageBox.critical(None, "Belteam", str(exc))
        return 1
    i18n.install(i18n.pick_language(args.lang or settings.get("language")))
    if actor is None:
        actor = ask_actor(None, session.organisation)
        if actor is None:
            return 0
        session.organisation = settings.get("organisation_name")
    if args.as_of:  # after signing in: sign-in and lock-out always use the real clock
        if not accounts.may_pretend(actor):
            QMessageBox.critical(None, "Belteam", _(accounts.AS_OF_REFUSED))
            return 1
        clock.pretend(args.as_of)
    session.set_actor(actor)
    window = MainWindow(session)
    window.show()
    install_notifier(window, session)
    window.idle_lock = IdleLock(window, session)
    window.reminders = Reminders(session, parent=window)
    window.reminders.start()
    return app.exec()
