"""The name given in the welcome shows at once, without a restart."""

from __future__ import annotations

import pytest

from dialogwait import when_shown
from newsdesk.gui.dialogs.welcome import WelcomeDialog
from newsdesk.gui.startup import _after_show
from support import SARA

pytestmark = pytest.mark.gui


def test_the_welcome_name_shows_in_the_status_bar_at_once(qtbot, window, gui_db) -> None:
    def answer(welcome: WelcomeDialog) -> None:
        welcome.display_name.setText("سارة العلوي")
        welcome.samples.setChecked(False)
        welcome.accept()

    seen = when_shown(WelcomeDialog, answer)
    _after_show(window, gui_db, SARA, True)
    assert seen
    assert window.user_label.text().startswith("سارة العلوي · ")
    assert window.person.display_name == "سارة العلوي"
