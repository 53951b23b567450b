"""Logging in to a newsroom that asks for a password: the keyring first, else this dialog."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from newsdesk.errors import NewsdeskError
from newsdesk.gui.keychain import forget_password, keyring_available, store_password
from newsdesk.gui.keychain import stored_password as kept_password
from newsdesk.gui.widgets.error_label import error_label
from newsdesk.storage.login import LoginFailedError, PasswordSource
from newsdesk.storage.login_target import LoginTarget
from newsdesk.storage.opening import check_password

# Server names and role names read left to right inside a mirrored Arabic window.
LEFT_TO_RIGHT = "\u2066{}\u2069"


class LoginDialog(QDialog):
    """Asks for the password of a role on a server; stays open until a password works."""

    def __init__(
        self,
        target: LoginTarget,
        attempt: Callable[[str], None],
        parent: QWidget | None = None,
        *,
        keyring: bool = True,
        remembered: bool = False,
        notice: str = "",
    ):
        super().__init__(parent)
        self.attempt = attempt
        self.target = target
        self.typed = ""
        self.setWindowTitle(self.tr("Log in to the newsroom"))
        intro = QLabel(self.tr("The newsroom's server asks for your password."))
        intro.setWordWrap(True)
        self.server = QLabel(LEFT_TO_RIGHT.format(target.server))
        self.role = QLabel(LEFT_TO_RIGHT.format(target.role))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember in the system keyring"))
        self.remember.setChecked(keyring and remembered)
        if not keyring:
            self.remember.setEnabled(False)
            self.remember.setToolTip(
                self.tr("No system keyring is available on this computer, so nothing is kept.")
            )
        self.error = error_label()
        if notice:
            self._show_error(notice)
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.server)
        form.addRow(self.tr("Log in as"), self.role)
        form.addRow(self.tr("Password"), self.password)
        # The box's own OK button, renamed: a button added by hand lost the default to Cancel,
        # so Return in the password field cancelled the login.
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.login_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.login_button.setText(self.tr("Log in"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)
        self.password.setFocus()

    def accept(self) -> None:
        """Log in with the typed password; on a refusal say so, clear it and stay open."""
        password = self.password.text()
        if not password:
            self._show_error(self.tr("Type your password."))
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.attempt(password)
        except LoginFailedError:
            self._show_error(
                self.tr("Wrong password for %1. Try again.").replace("%1", self.target.role)
            )
            self.password.clear()
            return
        except NewsdeskError as exc:
            self._show_error(str(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.typed = password
        super().accept()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)
        self.password.setFocus()


def password_from_dialog(parent: QWidget | None, url: str) -> PasswordSource:
    """How the desktop app answers a server that asks for a password: the keyring, else ask."""

    def ask(target: LoginTarget) -> str | None:
        attempt = partial(check_password, url)
        kept = kept_password(target.key)
        notice = ""
        if kept:
            try:
                attempt(kept)
                return kept
            except LoginFailedError:
                notice = QCoreApplication.translate(
                    "LoginDialog", "The password kept in the system keyring was refused."
                )
        available = keyring_available()
        dialog = LoginDialog(
            target, attempt, parent, keyring=available, remembered=bool(kept), notice=notice
        )
        if not dialog.exec():
            return None
        if dialog.remember.isChecked():
            store_password(target.key, dialog.typed)
        elif kept:
            forget_password(target.key)
        return dialog.typed

    return ask
