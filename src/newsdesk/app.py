"""Start-up of the desktop application: settings, database, acting user, main window."""

from __future__ import annotations

import sys

from newsdesk.errors import NewsdeskError
from newsdesk.services.users import ensure_first_admin, find_person
from newsdesk.settings import Settings, default_database_url, default_user, login_name
from newsdesk.storage.opening import open_database


def main(db_url: str | None = None, user: str | None = None) -> int:
    """Open the main window; report a start-up failure in a dialog and on stderr."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from newsdesk.gui.mainwindow import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Newsdesk")
    app.setOrganizationName("Newsdesk")
    settings = Settings.load()
    try:
        db = open_database(db_url or default_database_url(settings))
        ensure_first_admin(db, login_name())
        person = find_person(db, user or default_user(settings))
    except NewsdeskError as exc:
        sys.stderr.write(f"newsdesk: error: {exc}\n")
        QMessageBox.critical(None, "Newsdesk", str(exc))
        return 1
    window = MainWindow(db, person)
    window.show()
    try:
        return app.exec()
    finally:
        db.close()


if __name__ == "__main__":
    sys.exit(main())
