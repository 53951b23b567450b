"""Start-up of the desktop application: settings, translations, fonts, database, main window."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from newsdesk.errors import NewsdeskError
from newsdesk.services.users import ensure_first_admin, find_person
from newsdesk.settings import Settings, default_database_url, default_user, login_name
from newsdesk.storage.opening import open_database

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from newsdesk.gui.mainwindow import MainWindow


def application() -> QApplication:
    """The QApplication with Newsdesk's names, UI language and fonts."""
    from PySide6.QtWidgets import QApplication

    from newsdesk.gui.fonts import register_fonts
    from newsdesk.gui.i18n import chosen_ui_language, install_translations

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Newsdesk")
    app.setOrganizationName("Newsdesk")
    app.setOrganizationDomain("newsdesk.app")
    install_translations(app, chosen_ui_language())
    register_fonts()
    return app  # type: ignore[return-value]


def open_main_window(db_url: str | None = None, user: str | None = None) -> MainWindow:
    """Open the database and show the main window (raises NewsdeskError when it cannot)."""
    from newsdesk.gui.startup import start_window

    settings = Settings.load()
    db = open_database(db_url or default_database_url(settings))
    try:
        created = ensure_first_admin(db, login_name())
        person = find_person(db, user or default_user(settings))
    except NewsdeskError:
        db.close()
        raise
    return start_window(db, person, settings, first_run=created)


def main(db_url: str | None = None, user: str | None = None) -> int:
    """Run the desktop application; report a start-up failure in a dialog and on stderr."""
    from PySide6.QtWidgets import QMessageBox

    app = application()
    try:
        window = open_main_window(db_url, user)
    except NewsdeskError as exc:
        sys.stderr.write(f"newsdesk: error: {exc}\n")
        QMessageBox.critical(None, "Newsdesk", str(exc))
        return 1
    try:
        return app.exec()
    finally:
        window.articles.db.close()


if __name__ == "__main__":
    sys.exit(main())
