"""At start, a database that fails its integrity check: say so, offer the newest good backup."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from belteam_gui.accounts.passphrase_dialog import needs_passphrase, open_with_passphrase
from belteam_gui.common.validated_form import fill
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from belteam.core import config
from belteam.core.errors import DatabaseError
from belteam.privacy import encryption
from belteam.privacy import restore as restoring

Opened = TypeVar("Opened")

translate = QCoreApplication.translate


def offer_restore(error: restoring.DamagedDatabase, restore: Callable[[str], object]) -> bool:
    """Show what happened; with a good backup, a button restores it (``restore(path)``).

    True when the backup was restored (the caller opens the database again).
    """
    box = QMessageBox(QMessageBox.Icon.Critical, "Belteam", str(error))
    button = None
    if error.backup is not None and error.backup_made is not None:
        button = box.addButton(
            fill(translate("DamagedDatabase", "Restore the backup of %1"),
                 error.backup_made.strftime("%d-%m-%Y %H:%M")),
            QMessageBox.ButtonRole.AcceptRole)
    close = box.addButton(translate("DamagedDatabase", "Close Belteam"),
                          QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(button or close)
    box.exec()
    if button is None or box.clickedButton() is not button:
        return False
    try:
        done = restore(str(error.backup))
    except (restoring.BackupError, DatabaseError) as exc:
        QMessageBox.critical(None, "Belteam", str(exc))
        return False
    safety = getattr(done, "safety_copy", None)
    QMessageBox.information(None, "Belteam", fill(translate(
        "DamagedDatabase", "Restored. The damaged database is kept in %1."), str(safety or "")))
    return True


def restore_with_key(url: str, path: str, passphrase: str | None = None) -> object:
    """The real restore over the damaged file; an encrypted one asks its passphrase again."""
    if passphrase is not None:
        with encryption.key_given(passphrase):
            return restoring.restore_at_start(url, path)
    if needs_passphrase(url):
        done: list = []
        open_with_passphrase(url, lambda u: done.append(restoring.restore_at_start(u, path)))
        return done[0]
    return restoring.restore_at_start(url, path)


def repair(error: restoring.DamagedDatabase, db_url: str | None, passphrase: str | None,
           open_again: Callable[[str | None, str | None], Opened]) -> Opened | None:
    """The start-up box for a damaged database; once restored, ``open_again``. None: closed."""
    url = db_url or config.default_db_url()
    if not offer_restore(error, lambda path: restore_with_key(url, path, passphrase)):
        return None
    try:
        return open_again(db_url, passphrase)
    except DatabaseError as exc:
        QMessageBox.critical(None, "Belteam", str(exc))
        return None
