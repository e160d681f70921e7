"""File → Restore…: choose a backup, see what it holds, confirm, restore."""

from __future__ import annotations

from belteam_gui.common.validated_form import fill
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from belteam.core.actors import PermissionDenied
from belteam.privacy import restore as restoring

translate = QCoreApplication.translate

# Everything may differ after a restore: every screen reloads.
CHANGED = ("people", "pairings", "calls", "cases", "absences", "accounts", "settings")


def choose_file(parent: QWidget) -> str:
    """The backup file the user picks ('' when cancelled; tests replace this)."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, translate("RestoreDialog", "Restore a backup"), str(restoring.backups_folder()),
        translate("RestoreDialog", "Belteam backups (*.sqlite3 *.sqlcipher *.pgdump);;All files (*)"))
    return path


def confirm(parent: QWidget, text: str) -> bool:
    """Ask before replacing the data (tests replace this)."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("RestoreDialog", "Restore a backup"), text, parent=parent)
    restore = box.addButton(translate("RestoreDialog", "Restore"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("RestoreDialog", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is restore


def tell(parent: QWidget, title: str, text: str, problem: bool = False) -> None:
    """Show the outcome (tests replace this)."""
    (QMessageBox.warning if problem else QMessageBox.information)(parent, title, text)


def restore_backup(parent: QWidget, session) -> bool:
    """The whole File → Restore… flow; True when a backup was restored."""
    path = choose_file(parent)
    if not path:
        return False
    try:
        info = restoring.check(session.actor, path)
    except (restoring.BackupError, PermissionDenied) as exc:
        tell(parent, translate("RestoreDialog", "Cannot restore"), str(exc), problem=True)
        return False
    question = fill(translate("RestoreDialog", "Restore %1, made %2?\n\nEvery change made since then is replaced. "
                        "The current data are saved as a backup first, and people erased "
                        "since then stay erased."),
                    info.path.name, info.when.strftime("%d-%m-%Y %H:%M"))
    if not confirm(parent, question):
        return False
    try:
        done = restoring.restore(session.actor, path)
    except (restoring.BackupError, PermissionDenied) as exc:
        tell(parent, translate("RestoreDialog", "Cannot restore"), str(exc), problem=True)
        return False
    text = fill(translate("RestoreDialog", "Restored. The data as they were are saved in %1."),
                str(done.safety_copy or ""))
    if done.reerased:
        text += "\n" + fill(translate("RestoreDialog", "%1 person(s) erased after this backup were erased again."),
                            str(done.reerased))
    tell(parent, translate("RestoreDialog", "Backup restored"), text)
    for what in CHANGED:
        session.changed(what)
    return True
