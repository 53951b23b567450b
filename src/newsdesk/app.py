"""Start-up of the desktop application: settings, translations, fonts, database, main window."""

from __future__ import annotations

import sys

from newsdesk.errors import NewsdeskError
from newsdesk.services.users import ensure_first_admin, find_person
from newsdesk.settings import Settings, default_database_url, default_user, login_name
from newsdesk.storage.opening import open_database


def main(db_url: str | None = None, user: str | None = None) -> int:
    """Open the main window; report a start-up failure in a dialog and on stderr."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from newsdesk.gui.fonts import register_fonts
    from newsdesk.gui.i18n import chosen_ui_language, install_translations

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Newsdesk")
    app.setOrganizationName("Newsdesk")
    app.setOrganizationDomain("newsdesk.app")
    install_translations(app, chosen_ui_language())
    register_fonts()
    settings = Settings.load()
    try:
        db = open_database(db_url or default_database_url(settings))
        created = ensure_first_admin(db, login_name())
        person = find_person(db, user or default_user(settings))
    except NewsdeskError as exc:
        sys.stderr.write(f"newsdesk: error: {exc}\n")
        QMessageBox.critical(None, "Newsdesk", str(exc))
        return 1
    from newsdesk.gui.startup import start_window

    window = start_window(db, person, settings, first_run=created)
    try:
        return app.exec()
    finally:
        window.deleteLater()
        db.close()


if __name__ == "__main__":
    sys.exit(main())
