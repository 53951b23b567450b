"""Offering to restart after a language change, and restarting: a clean close, then a new process."""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from newsdesk.gui.settings_keys import write_settings_now


def restart_command() -> tuple[str, list[str]]:
    """The program and arguments that started this process, to start it again the same way."""
    # orig_argv keeps "-m newsdesk" or the script's path, which sys.argv has already rewritten.
    return sys.executable, list(sys.orig_argv[1:])


def ask_restart(parent: QWidget) -> QMessageBox:
    """The question shown after a language change: Restart now or Later."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QApplication.translate("Restart", "Language changed"))
    box.setText(
        QApplication.translate(
            "Restart", "The new interface language applies when Newsdesk starts again."
        )
    )
    box.setInformativeText(QApplication.translate("Restart", "Restart Newsdesk now?"))
    box.restart_button = box.addButton(  # type: ignore[attr-defined]
        QApplication.translate("Restart", "Restart now"), QMessageBox.ButtonRole.AcceptRole
    )
    later = box.addButton(
        QApplication.translate("Restart", "Later"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(later)
    return box


def restart(window: QWidget, command: tuple[str, list[str]] | None = None) -> bool:
    """Close `window` as a quit would (it may ask about unsaved work); if it closed, start anew."""
    if not window.close():
        return False  # the person kept the window open (unsaved work); no restart
    write_settings_now()  # the new process reads what this one chose (the language, say)
    program, arguments = command or restart_command()
    QProcess.startDetached(program, arguments)
    app = QApplication.instance()
    if app is not None:
        app.quit()
    return True


def offer_restart(window: QWidget) -> bool:
    """Ask whether to restart now; restart when the answer is yes (True when it restarted)."""
    box = ask_restart(window)
    box.exec()
    if box.clickedButton() is not box.restart_button:  # type: ignore[attr-defined]
        return False
    return restart(window)
