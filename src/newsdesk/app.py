"""Start-up of the desktop application: paint the window first, then open the newsroom in it."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from newsdesk.errors import StorageError

if TYPE_CHECKING:
    from logging import Logger

    from PySide6.QtWidgets import QApplication

    from newsdesk.gui.mainwindow import MainWindow


class DeclinedError(StorageError):
    """The person said no to creating the missing database a start-up named."""


def _log() -> Logger:
    # Imported when first needed: the logging package costs a visible part of the first paint.
    import logging

    return logging.getLogger(__name__)


def application() -> QApplication:
    """The QApplication with Newsdesk's names and UI language (fonts come with the data)."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from newsdesk.appinfo import APP_ID, ORGANIZATION_DOMAIN, icon_files
    from newsdesk.gui.accelerators import install_accelerators
    from newsdesk.gui.i18n import chosen_ui_language, install_translations
    from newsdesk.gui.settings_keys import SettingsKey, setting
    from newsdesk.gui.theme import apply_theme, chosen_theme
    from newsdesk.render.pdf.hashing import deterministic_qt_hashing

    deterministic_qt_hashing()  # before the application: its PDFs are the same bytes anywhere
    existing = QApplication.instance()
    if existing is not None and not isinstance(existing, QApplication):
        raise RuntimeError("the desktop app needs a QApplication, not a core or GUI one")
    app = existing or QApplication(sys.argv)
    app.setApplicationName("Newsdesk")
    app.setOrganizationName("Newsdesk")
    app.setOrganizationDomain(ORGANIZATION_DOMAIN)
    # Wayland compositors and docks match the window to the installed .desktop file by this name.
    app.setDesktopFileName(APP_ID)
    icon = QIcon()
    # The PNG sizes only: Qt reads one when that size is drawn, while the SVG would load the
    # SVG icon engine before the first paint.
    for path in icon_files():
        if path.suffix == ".png":
            icon.addFile(str(path))
    app.setWindowIcon(icon)
    install_translations(app, chosen_ui_language())
    if setting(SettingsKey.UI_THEME, ""):  # Qt's own look stays until someone picks a theme
        apply_theme(chosen_theme(), app)
    install_accelerators(app)
    return app


def show_frame() -> MainWindow:
    """Show the empty main window at once; it is filled by `open_newsroom`."""
    from PySide6.QtWidgets import QApplication

    from newsdesk.gui.mainwindow import MainWindow

    window = MainWindow()
    window.show()
    QApplication.processEvents()  # paint now, before the database and the heavy modules load
    return window


def open_newsroom(
    window: MainWindow,
    db_url: str | None = None,
    user: str | None = None,
    files: Sequence[Path] = (),
    create: bool = False,
) -> None:
    """Open the database in the shown window, then import `files` (raises NewsdeskError).

    A SQLite file named on purpose that does not exist is created only when `create` is set or
    the person says yes when asked; the default database is created on first use.
    """
    from newsdesk.errors import NewsdeskError
    from newsdesk.gui.dialogs.login import password_from_dialog
    from newsdesk.gui.startup import after_attach, hand_over_files, offer_new_database
    from newsdesk.services.identity import acting_person, open_desk
    from newsdesk.settings import default_database_url, fallback_user, login_name, named_user
    from newsdesk.storage.opening import MissingDatabaseError, open_database

    url = db_url or default_database_url(window.settings)
    password = password_from_dialog(window, url)
    try:
        db = open_database(url, password=password, create=create or not url)
    except MissingDatabaseError as missing:
        if not offer_new_database(window, missing.path):
            raise DeclinedError(str(missing)) from None
        db = open_database(url, password=password)
    named = named_user(user)
    try:
        created = open_desk(db, named, login_name())
        person = acting_person(db, named, fallback_user(window.settings))
    except NewsdeskError:
        db.close()
        raise
    window.attach(db, person)
    paths = list(files)
    after_attach(
        window,
        db,
        person,
        first_run=created,
        then=(lambda: hand_over_files(window, paths)) if paths else None,
    )


def main(
    db_url: str | None = None,
    user: str | None = None,
    *,
    files: Sequence[Path] = (),
    create: bool = False,
    self_check: bool = False,
    after_paint: Callable[[], None] | None = None,
) -> int:
    """Run the desktop application; report a start-up failure in a dialog and on stderr.

    `files` are handed to the import once the newsroom is open; `create` makes a missing SQLite
    file named by `db_url` without asking; `self_check` opens the window,
    checks the installation, prints one line per check and returns instead of running;
    `after_paint` runs once the empty window has painted, before the newsroom opens.
    """
    from newsdesk.display import missing_display

    no_display = missing_display()
    if no_display is not None:  # Qt would abort with a core dump and several lines of advice
        sys.stderr.write(f"newsdesk: error: {no_display}\n")
        return 1
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    app = application()
    window = show_frame()
    if after_paint is not None:
        after_paint()
    if self_check:
        from newsdesk.gui.selfcheck import run_self_check

        return run_self_check(window, db_url, user, create=create)
    from newsdesk.gui.crash import install_crash_handler

    crashes = install_crash_handler(window)
    failure: list[int] = []

    def open_it() -> None:
        from newsdesk.errors import NewsdeskError

        try:
            open_newsroom(window, db_url, user, files, create=create)
        except NewsdeskError as exc:
            _log().error("the newsroom could not be opened: %s", exc)
            sys.stderr.write(f"newsdesk: error: {exc}\n")
            if not isinstance(exc, DeclinedError):  # the person has just answered a question
                QMessageBox.critical(window, "Newsdesk", str(exc))
            failure.append(1)
            window.close()
            app.exit(1)

    QTimer.singleShot(0, open_it)
    try:
        code = app.exec()
    finally:
        crashes.uninstall()
    if window.attached:
        window.articles.db.close()
    _log().info("desktop application closed (exit %d)", failure[0] if failure else code)
    return failure[0] if failure else code


if __name__ == "__main__":
    sys.exit(main())
