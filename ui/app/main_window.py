"""The main window: a navigation column on the left, one screen at a time on the right."""

from __future__ import annotations

from belteam_gui.accounts.signin_dialog import switch_user
from belteam_gui.app.pages import PAGES, PageSpec
from belteam_gui.app.session import Session
from belteam_gui.common import accessible, zoom
from belteam_gui.importing.dialog import ImportDialog
from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from belteam.accounts import preferences
from belteam.core.actors import role_name
from belteam.core.clock import clock
from belteam.people import service as people


class MainWindow(QMainWindow):
    """Shows the screens the signed-in role may open; each screen is built when first shown."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.resize(1280, 720)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(24, 24))
        self.nav.setFixedWidth(zoom.px(200))
        self.stack = QStackedWidget()
        self._widgets: dict[str, QWidget] = {}
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        # In a scroll area: a screen wider than the window (large text, the cover banner)
        # scrolls instead of pushing the window past the edge of the screen.
        scroller = QScrollArea()
        scroller.setObjectName("pageScroller")
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(self.stack)
        layout.addWidget(scroller, 1)
        self.setCentralWidget(central)
        self.user_label = QLabel()
        self.statusBar().addPermanentWidget(self.user_label)
        self.nav.currentRowChanged.connect(self._show_row)
        self._build_menus()
        session.actor_changed.connect(self.rebuild)
        session.data_changed.connect(self._data_changed)
        zoom.install_keys(self._keep_text_size)
        zoom.state.changed.connect(self._zoomed)
        self.rebuild()

    def visible_pages(self) -> list[PageSpec]:
        return [p for p in PAGES if self.session.actor.can(p.permission)]

    def rebuild(self) -> None:
        """Show the screens for the current role (after sign-in or a change of user)."""
        for widget in self._widgets.values():
            self._release(widget)
        self._widgets.clear()
        zoom.apply(preferences.text_size(self.session.actor))  # each user their own size
        self.nav.blockSignals(True)
        self.nav.clear()
        for number, page in enumerate(self.visible_pages(), start=1):
            item = QListWidgetItem(QCoreApplication.translate("Pages", page.title))
            item.setData(Qt.ItemDataRole.UserRole, page.key)
            item.setToolTip(self.tr("Alt+%1").replace("%1", str(number)))
            self.nav.addItem(item)
        self.nav.blockSignals(False)
        self.retranslate()
        if self.nav.count():
            self.nav.setCurrentRow(0)
            self._show_row(0)

    def _release(self, widget: QWidget) -> None:
        """Free a screen of the previous user: cut it (and its parts) off the session's signals
        first, so no data change reaches a half-deleted screen or runs as the wrong user."""
        for receiver in (widget, *widget.findChildren(QObject)):
            self.session.disconnect(receiver)
        self.stack.removeWidget(widget)
        widget.hide()
        widget.deleteLater()

    def retranslate(self) -> None:
        self._label_menus()
        org = self.session.organisation or "Belteam"
        self.setWindowTitle(self.tr("%1 — Belteam").replace("%1", org) if org != "Belteam" else "Belteam")
        self.user_label.setText(self.tr("Signed in as %1 (%2)")  # PySide6 tr() gives a str
                                .replace("%1", self.session.actor.username)
                                .replace("%2", role_name(self.session.actor.role)))

    def _keep_text_size(self, size: int) -> None:
        preferences.set_text_size(self.session.actor, size)

    def _zoomed(self, size: int) -> None:
        self.nav.setFixedWidth(zoom.px(200))
        self.nav.setIconSize(QSize(zoom.px(24), zoom.px(24)))
        self._label_menus()

    def zoom_step(self, direction: int) -> None:
        """From the View menu: the same as Ctrl+Plus/Minus/0, kept for the user."""
        self._keep_text_size(zoom.step(direction))

    def _data_changed(self, what: str) -> None:
        """After a settings change: the organisation in the title, the language in the texts."""
        if what != "settings":
            return
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            title = next(p.title for p in PAGES if p.key == key)
            item.setText(QCoreApplication.translate("Pages", title))
        self.retranslate()

    def page(self, key: str) -> QWidget:
        """The screen for ``key``, built on first use."""
        if key not in self._widgets:
            spec = next(p for p in PAGES if p.key == key)
            widget = spec.factory(self.session)
            widget.setObjectName(f"page_{key}")
            accessible.name_unnamed(widget)  # built after the window was shown
            self._widgets[key] = widget
            self.stack.addWidget(widget)
        return self._widgets[key]

    def show_page(self, key: str) -> QWidget:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
        return self.page(key)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = self.nav.item(row).data(Qt.ItemDataRole.UserRole)
        widget = self.page(key)
        self.stack.setCurrentWidget(widget)
        focus = getattr(widget, "initial_focus", None)
        if callable(focus):
            focus()

    def _label_menus(self) -> None:
        """The menu texts in the current language (again after the language setting changes)."""
        self.file_menu.setTitle(self.tr("&File"))
        for key, text in (("import_volunteers", self.tr("Import &volunteers…")),
                          ("import_residents", self.tr("Import &residents…")),
                          ("restore", self.tr("Re&store a backup…")),
                          ("print_my_list", self.tr("&Print my list…")),
                          ("save_my_calendar", self.tr("Save my &calendar (.ics)…")),
                          ("report_absence", self.tr("Report my &absence…")),
                          ("change_password", self.tr("C&hange my password…")),
                          ("switch_user", self.tr("Sign &out / switch user…")),
                          ("quit", self.tr("&Quit"))):
            self.menu_actions[key].setText(text)
        self.view_menu.setTitle(self.tr("&View"))
        for key, text in (("zoom_in", self.tr("&Larger text")),
                          ("zoom_out", self.tr("&Smaller text")),
                          ("zoom_reset", self.tr("&Normal text size"))):
            self.menu_actions[key].setText(text)
        self.menu_actions["zoom_size"].setText(self.tr("Text size: %1 %").replace("%1", str(zoom.percent())))

    def _build_menus(self) -> None:
        self.file_menu = file_menu = self.menuBar().addMenu("")
        self.menu_actions: dict[str, QAction] = {}
        for kind in ("volunteers", "residents"):
            action = file_menu.addAction("")
            action.triggered.connect(lambda _=False, k=kind: self.open_import(k))
            self.menu_actions[f"import_{kind}"] = action
        self._import_separator = file_menu.addSeparator()
        for key, handler in (("print_my_list", self.print_my_list),
                             ("save_my_calendar", self.save_my_calendar),
                             ("report_absence", self.report_absence),
                             ("change_password", self.change_password)):
            action = file_menu.addAction("")
            action.triggered.connect(handler)
            self.menu_actions[key] = action
        self._own_separator = file_menu.addSeparator()
        self._show_import_actions()
        self.session.actor_changed.connect(self._show_import_actions)
        restore = file_menu.addAction("")
        restore.triggered.connect(self.restore_backup)
        self.menu_actions["restore"] = restore
        self._show_restore_action()
        self.session.actor_changed.connect(self._show_restore_action)
        switch = file_menu.addAction("")
        switch.triggered.connect(self.switch_user)
        self.menu_actions["switch_user"] = switch
        quit_action = file_menu.addAction("")
        self.menu_actions["quit"] = quit_action
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.view_menu = view_menu = self.menuBar().addMenu("")
        for key, direction, keys in (("zoom_in", 1, QKeySequence.StandardKey.ZoomIn),
                                     ("zoom_out", -1, QKeySequence.StandardKey.ZoomOut),
                                     ("zoom_reset", 0, QKeySequence("Ctrl+0"))):
            action = view_menu.addAction("")
            action.setShortcut(keys)
            action.triggered.connect(lambda _=False, d=direction: self.zoom_step(d))
            self.menu_actions[key] = action
        view_menu.addSeparator()
        size = view_menu.addAction("")
        size.setEnabled(False)  # shows the size; Ctrl+Plus/Minus change it
        self.menu_actions["zoom_size"] = size
        for number in range(1, 10):
            jump = QAction(self)
            jump.setShortcut(QKeySequence(f"Alt+{number}"))
            jump.triggered.connect(lambda _=False, n=number: self._jump(n - 1))
            self.addAction(jump)

    def switch_user(self) -> None:
        """Sign out and let someone sign in; Cancel keeps the current user."""
        switch_user(self, self.session)

    def _show_import_actions(self) -> None:
        """The import actions only for a role that may import."""
        allowed = self.session.actor.can("people.import")
        for kind in ("volunteers", "residents"):
            self.menu_actions[f"import_{kind}"].setVisible(allowed)
        self._import_separator.setVisible(allowed)
        # A volunteer's own things: their list, calendar and absence; any account its password.
        own = self.session.actor.volunteer_id is not None
        for key in ("print_my_list", "save_my_calendar", "report_absence"):
            self.menu_actions[key].setVisible(own)
        self.menu_actions["change_password"].setVisible(self.session.actor.user_id is not None)
        self._own_separator.setVisible(own or self.session.actor.user_id is not None)

    def _say(self, line: str) -> None:
        if line:
            self.statusBar().showMessage(line, 15_000)

    def print_my_list(self) -> None:
        """File → Print my list: a day or a week on paper, in the screen's language."""
        from belteam_gui.today.schedule_export import print_list

        self._say(print_list(self, self.session, self.session.actor.volunteer_id, clock.today()))

    def save_my_calendar(self) -> None:
        from belteam_gui.today.schedule_export import export_calendar

        self._say(export_calendar(self, self.session, self.session.actor.volunteer_id))

    def report_absence(self) -> None:
        """File → Report my absence: the coordinator then sees the calls that need cover."""
        from belteam_gui.people.absences_dialog import AbsencesDialog

        actor = self.session.actor
        name = people.get_volunteer(actor, actor.volunteer_id).name
        dialog = AbsencesDialog(self.session, actor.volunteer_id, name, self)
        dialog.exec()
        dialog.deleteLater()

    def change_password(self) -> None:
        from belteam_gui.accounts.account_dialogs import ChangeOwnPasswordDialog

        dialog = ChangeOwnPasswordDialog(self.session.actor, self)
        if dialog.exec():
            self._say(self.tr("Your password is changed."))
        dialog.deleteLater()

    def _show_restore_action(self) -> None:
        self.menu_actions["restore"].setVisible(self.session.actor.can("data.restore"))

    def restore_backup(self) -> bool:
        """File → Restore…: checked, confirmed, the current data saved first."""
        from belteam_gui.app.restore_dialog import restore_backup

        return restore_backup(self, self.session)

    def open_import(self, kind: str) -> None:
        """Open the import dialog for volunteers or residents."""
        dialog = ImportDialog(self.session, kind, self)
        dialog.exec()
        dialog.deleteLater()

    def _jump(self, row: int) -> None:
        if row < self.nav.count():
            self.nav.setCurrentRow(row)
