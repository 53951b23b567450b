"""The queue shows each role the actions the permission table gives it, and no others."""

from __future__ import annotations

from datetime import timedelta

import pytest

from newsdesk.domain.people import Person, Role
from newsdesk.domain.permissions import Permission, may
from newsdesk.domain.workflow import RULES, Step
from newsdesk.gui.queue.view import QueueView

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("role", list(Role))
def test_queue_actions_visible_as_the_table_says(qtbot, gui_db, role: Role) -> None:
    view = QueueView(gui_db, Person(f"probe_{role.value}", role), timedelta(minutes=60))
    qtbot.addWidget(view)
    view.show()
    # Every step but submitting (the author's, from the editor) has its button in the queue.
    assert set(view.buttons) == set(Step) - {Step.SUBMIT}
    for step, button in view.buttons.items():
        assert button.isVisible() == (role in RULES[step].roles), (role, step)
    assert view.break_button.isVisible() == may(role, Permission.BREAK_LEASE)
