"""The find bar on a real text edit."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTextEdit

from newsdesk.gui.editor.find_bar import FindBar

pytestmark = pytest.mark.gui


def test_no_match_clears_the_previous_highlight(qtbot) -> None:
    edit = QTextEdit()
    qtbot.addWidget(edit)
    edit.setPlainText("قال الوزير إن الوزير سيحضر")
    bar = FindBar(edit)
    bar.query.setText("الوزير")
    assert bar.find_next()
    assert edit.textCursor().selectedText() == "الوزير"
    bar.query.setText("البرلمان")
    assert not bar.find_next()
    assert not edit.textCursor().hasSelection()
