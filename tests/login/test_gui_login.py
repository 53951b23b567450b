"""The desktop app's login: the dialog against a real server asking for a password, the keyring.

Real widgets offscreen, real connection attempts to the private scram-sha-256 cluster, and a real
keyring backend (a file, through the `keyring` library's own extension point).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from sqlalchemy import text

from login.file_keyring import FileKeyring
from newsdesk.app import open_newsroom
from newsdesk.errors import StorageError
from newsdesk.gui.dialogs.login import LoginDialog, password_from_dialog
from newsdesk.gui.keychain import SERVICE, keyring_available
from newsdesk.services.users import ensure_first_admin
from newsdesk.storage.login_target import LoginTarget
from newsdesk.storage.opening import check_password, open_database
from support import type_text

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("qt_settings")]


@pytest.fixture
def file_keyring(tmp_path) -> Iterator[FileKeyring]:
    """A file keyring as the system's for one test."""
    before = keyring.get_keyring()
    backend = FileKeyring(tmp_path / "keyring.json")
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """No keyring at all: keyring's own stand-in that refuses everything."""
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(before)


def target_of(login) -> LoginTarget:
    return LoginTarget(login.role, "127.0.0.1", str(login.cluster.port), login.database)


def dialog_for(qtbot, login, **options) -> LoginDialog:
    dialog = LoginDialog(target_of(login), partial(check_password, login.url()), **options)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_wrong_password_keeps_the_dialog_open_then_the_right_one_logs_in(
    qtbot, login, file_keyring
) -> None:
    dialog = dialog_for(qtbot, login)
    assert f"127.0.0.1:{login.cluster.port}/{login.database}" in dialog.server.text()
    assert login.role in dialog.role.text()
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    type_text(dialog.password, "not the password")
    dialog.login_button.click()
    assert dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.password.text() == ""
    assert dialog.error.isVisible()
    assert dialog.error.text() == f"Wrong password for {login.role}. Try again."
    type_text(dialog.password, login.password)
    dialog.login_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert dialog.typed == login.password


def test_return_in_the_password_field_logs_in(qtbot, login, file_keyring) -> None:
    # What a person does: type the password and press Return (it once pressed Cancel).
    dialog = dialog_for(qtbot, login)
    type_text(dialog.password, "not the password")
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)
    assert (
        dialog.isVisible() and dialog.error.text() == f"Wrong password for {login.role}. Try again."
    )
    type_text(dialog.password, login.password)
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.typed == login.password


def test_an_empty_password_is_not_sent(qtbot, login, file_keyring) -> None:
    dialog = dialog_for(qtbot, login)
    dialog.login_button.click()
    assert dialog.isVisible() and dialog.error.text() == "Type your password."


def test_the_dialog_speaks_the_ui_language(qtbot, login, file_keyring) -> None:
    from newsdesk.gui.i18n import install_translations

    app = QApplication.instance()
    try:
        assert install_translations(app, "ar")
        dialog = dialog_for(qtbot, login)
        assert dialog.windowTitle() == "تسجيل الدخول إلى غرفة الأخبار"
        assert dialog.remember.text() == "تذكّرها في سلسلة مفاتيح النظام"
        dialog.login_button.click()
        assert dialog.error.text() == "اكتب كلمة مرورك."
        assert install_translations(app, "fr")
        assert dialog_for(qtbot, login).windowTitle() == "Connexion à la rédaction"
    finally:
        install_translations(app, "en")


def test_without_a_keyring_the_box_is_off_and_says_why(qtbot, login, no_keyring) -> None:
    assert not keyring_available()
    answered = answer_dialog(qtbot, lambda d: d.remember.isEnabled() or d.remember.toolTip())
    ask = password_from_dialog(None, login.url())
    assert ask(target_of(login)) is None  # the answer closes it with Cancel
    assert answered == ["No system keyring is available on this computer, so nothing is kept."]


def answer_dialog(
    qtbot,
    look: Callable[[LoginDialog], object],
    password: str | None = None,
    *,
    remember: bool | None = None,
) -> list[object]:
    """Once the login dialog is up: note `look(dialog)`, then log in with `password` (or cancel)."""
    seen: list[object] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LoginDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(look(dialog))
        if password is None:
            dialog.reject()
            return
        if remember is not None:
            dialog.remember.setChecked(remember)
        type_text(dialog.password, password)
        dialog.login_button.click()

    QTimer.singleShot(0, answer)
    return seen


def test_remembered_password_is_kept_used_and_replaced(qtbot, login, file_keyring) -> None:
    target = target_of(login)
    key = f"{login.role}@127.0.0.1:{login.cluster.port}/{login.database}"
    assert target.key == key
    ask = password_from_dialog(None, login.url())
    seen = answer_dialog(qtbot, lambda d: d.remember.isEnabled(), login.password, remember=True)
    assert ask(target) == login.password
    assert seen == [True]
    assert file_keyring.contents() == {SERVICE: {key: login.password}}
    # Next time the keyring answers and no dialog opens.
    assert ask(target) == login.password
    assert QApplication.activeModalWidget() is None
    # The password changed on the server: the kept one is refused, the dialog says so.
    login.cluster.sql(f"ALTER ROLE \"{login.role}\" PASSWORD 'a new one'")
    seen = answer_dialog(qtbot, lambda d: (d.error.text(), d.remember.isChecked()), "a new one")
    assert ask(target) == "a new one"
    assert seen == [("The password kept in the system keyring was refused.", True)]
    assert file_keyring.contents() == {SERVICE: {key: "a new one"}}
    # Unticked: the kept password is forgotten.
    login.cluster.sql(f"ALTER ROLE \"{login.role}\" PASSWORD 'third'")
    answer_dialog(qtbot, lambda d: None, "third", remember=False)
    assert ask(target) == "third"
    assert file_keyring.contents() == {SERVICE: {}}


def test_the_app_opens_a_newsroom_after_the_dialog(qtbot, login, file_keyring, frame) -> None:
    db = open_database(login.url(password=login.password))
    try:
        ensure_first_admin(db, login.role)
        with db.transaction() as session:
            session.execute(
                text("INSERT INTO newsroom VALUES (1, 'b', 'postgres', now(), 'postgres')")
            )
    finally:
        db.close()
    window = frame
    with pytest.raises(StorageError, match="none was given"):
        answer_dialog(qtbot, lambda d: None)  # cancelled
        open_newsroom(window, login.url())
    assert not window.attached
    answer_dialog(qtbot, lambda d: None, login.password, remember=True)
    open_newsroom(window, login.url())
    assert window.attached and window.person.name == login.role
