"""Spelling on a newsroom: a word one desk adds to the newsroom dictionary stops being flagged on
another desk of the same PostgreSQL newsroom, and a word added from the editor's menu is stored
there in the adder's name."""

from __future__ import annotations

import pytest

from newsdesk.gui.mainwindow import MainWindow
from newsroom_support import Newsroom, desk_window
from spelling_support import all_underlines
from support import type_text

pytestmark = [pytest.mark.postgres, pytest.mark.gui]


def _window(qtbot, room: Newsroom, who: str, tmp_path) -> MainWindow:
    window = desk_window(qtbot, room, who, tmp_path)
    qtbot.waitUntil(lambda: window.speller.speller is not None, timeout=60_000)
    return window


# `newsroom` comes before `qtbot`, so the window closes (and stops polling) before the newsroom's
# roles are dropped at its teardown.
def test_a_word_added_on_one_desk_is_not_flagged_on_another(newsroom, qtbot, tmp_path) -> None:
    chief = _window(qtbot, newsroom, "karim", tmp_path)
    editor = chief.new_article()
    type_text(editor.body, "Le projet Qwertzuiop de Azertyuiop")
    body = editor.body.document()
    qtbot.waitUntil(lambda: all_underlines(body) == [["Qwertzuiop", "Azertyuiop"]])
    # Sara's desk is another process: the word reaches this one through the database only.
    code, _out, err = newsroom.cli("sara", "dictionary", "add", "Qwertzuiop")
    assert code == 0, err
    qtbot.waitUntil(lambda: all_underlines(body) == [["Azertyuiop"]], timeout=10_000)
    # And the other way: what this desk adds, Sara's desk reads from the newsroom.
    chief.speller.add_to_newsroom("Azertyuiop")
    qtbot.waitUntil(lambda: all_underlines(body) == [[]])
    code, out, err = newsroom.cli("sara", "dictionary", "list", "--json")
    assert code == 0, err
    assert "Azertyuiop" in out and newsroom.name("karim") in out
