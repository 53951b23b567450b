"""What happens once the database is open: the welcome, recovered text, files to import."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from newsdesk.domain.people import Person
from newsdesk.gui.mainwindow import MainWindow
from newsdesk.gui.session_memory import restore_session
from newsdesk.storage.engine import Database


def after_attach(
    window: MainWindow,
    db: Database,
    person: Person,
    *,
    first_run: bool,
    then: Callable[[], None] | None = None,
) -> None:
    """Once the newsroom is open: the welcome (first run), any text to recover, then `then`."""

    def run() -> None:
        _after_show(window, db, person, first_run)
        if then is not None:
            then()

    QTimer.singleShot(0, run)


def hand_over_files(window: MainWindow, paths: list[Path]) -> None:
    """Give files named at start-up (a double-clicked bundle, say) to the window's import."""
    importer = getattr(window, "import_paths", None)
    if importer is None:
        message = QCoreApplication.translate(
            "Startup", "This version of Newsdesk cannot import files given at start-up"
        )
        window.statusBar().showMessage(message)
        sys.stderr.write("newsdesk: error: this version cannot import files given at start-up\n")
        return
    importer(list(paths))


def _after_show(window: MainWindow, db: Database, person: Person, first_run: bool) -> None:
    if first_run:  # the welcome and the samples load on the first run only
        from newsdesk.gui.dialogs.welcome import WelcomeDialog
        from newsdesk.services.samples import load_sample_articles, load_sample_ticker
        from newsdesk.services.users import set_display_name

        welcome = WelcomeDialog(person, window)
        if welcome.exec():
            if welcome.display_name.text().strip():
                window.show_person(set_display_name(db, person, welcome.display_name.text()))
            if welcome.samples.isChecked():
                load_sample_articles(db, person)
                load_sample_ticker(db, person)
            window.navigator.refresh()
    restore_session(window)
    offer_recovery(window)


def offer_recovery(window: MainWindow) -> int:
    """Offer back every unsaved article of this user; return how many were reopened."""
    copies = window.recovery.copies(window.person.name)
    if not copies:
        return 0
    from newsdesk.gui.labels import headline_text

    no_headline = QCoreApplication.translate("Startup", "(no headline)")
    headlines = [
        headline_text(c.content.headline, c.content.language) if c.content.headline else no_headline
        for c in copies
    ]
    # Each line starts with the UI's own direction mark: the isolated headline has no say in it.
    mark = "\u200f" if QApplication.isRightToLeft() else "\u200e"
    titles = "\n".join(f"{mark}• {headline}" for headline in headlines)
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("Startup", "Recover unsaved work"),
        QCoreApplication.translate(
            "Startup", "Newsdesk closed before these articles were saved:\n\n%1\n\nReopen them?"
        ).replace("%1", titles),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        _offer_discard(window, titles, [copy.key for copy in copies])
        return 0
    for copy in copies:
        window.open_recovered(copy)
    return len(copies)


def _offer_discard(window: MainWindow, titles: str, keys: list[str]) -> None:
    """After a No to reopening: drop the text for good, or keep it and ask at the next start."""
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("Startup", "Discard unsaved work"),
        QCoreApplication.translate(
            "Startup",
            "Discard the unsaved text of these articles for good?\n\n%1\n\n"
            "No keeps it, and Newsdesk offers it again at the next start.",
        ).replace("%1", titles),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer == QMessageBox.StandardButton.Yes:
        for key in keys:
            window.recovery.discard(key)


def offer_new_database(window: MainWindow, path: Path) -> bool:
    """Ask whether to create a new, empty database at `path`, named but missing; True for yes."""
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("Startup", "No database there"),
        QCoreApplication.translate(
            "Startup", "There is no database at\n%1\n\nCreate a new, empty one there? No quits."
        ).replace("%1", f"\u2066{path}\u2069"),  # isolated: a path reads left to right
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
