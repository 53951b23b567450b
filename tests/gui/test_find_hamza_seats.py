"""The editor's find bar is blind to the hamza's seat: مسؤول finds مسئول, as search does."""

from __future__ import annotations


def test_find_bar_finds_either_seat_and_replaces_with_the_house_spelling(qtbot, window) -> None:
    editor = window.new_article()
    editor.body.setPlainText("قال المسئول إن الشئون والمسؤول ومبادىء")
    editor.find_bar.open()
    editor.find_bar.query.setText("مسؤول")
    assert editor.find_bar.find_next()
    assert editor.body.textCursor().selectedText() == "مسئول"
    assert len(editor.find_bar.matches()) == 2
    editor.find_bar.replacement.setText("مسؤول")
    assert editor.find_bar.replace_all() == 2
    editor.find_bar.query.setText("شؤون")
    editor.find_bar.replacement.setText("شؤون")
    assert editor.find_bar.replace_all() == 1
    editor.find_bar.query.setText("مبادئ")
    editor.find_bar.replacement.setText("مبادئ")
    assert editor.find_bar.replace_all() == 1
    assert editor.body.toPlainText() == "قال المسؤول إن الشؤون والمسؤول ومبادئ"
