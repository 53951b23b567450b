"""Underlines while typing: carried with the text at the key, checked again soon after."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCharFormat, QTextCursor

from newsdesk.domain.document import Document
from newsdesk.gui.editor.body import BodyEdit
from newsdesk.gui.editor.highlighter import RECHECK_DELAY_MS
from newsdesk.gui.editor.underline_spans import Span, carried_spans, edited_range
from newsdesk.text.lint.settings import LintSettings
from support import type_text

pytestmark = pytest.mark.gui

GLUED = "ما مجموعه389 ألف"  # the glued digits are a house-style finding


def underlined(body: BodyEdit, number: int) -> list[str]:
    """The underlined words of paragraph `number`, as drawn now."""
    block = body.document().findBlockByNumber(number)
    text = block.text()
    return [text[r.start : r.start + r.length] for r in block.layout().formats()]


def checked_body(qtbot, text: str) -> BodyEdit:
    """A shown body holding `text`, its first check over."""
    body = BodyEdit("ar", LintSettings())
    qtbot.addWidget(body)
    body.show()
    body.load(Document.from_plain_text(text))
    qtbot.waitUntil(lambda: not body.highlighter.checking, timeout=3000)
    return body


def put_cursor(body: BodyEdit, number: int, column: int | None = None) -> None:
    block = body.document().findBlockByNumber(number)
    cursor = QTextCursor(block)
    if column is None:
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    else:
        cursor.setPosition(block.position() + column)
    body.setTextCursor(cursor)


def test_a_new_finding_is_underlined_after_the_key_is_drawn(qtbot, monkeypatch) -> None:
    from newsdesk.gui.editor import highlighter as module

    linted: list[str] = []
    real = module.lint_text
    monkeypatch.setattr(
        module, "lint_text", lambda text, *a, **k: linted.append(text) or real(text, *a, **k)
    )
    body = checked_body(qtbot, "فقرة سليمة\n\nفقرة ثانية")
    put_cursor(body, 1)
    linted.clear()
    type_text(body, " إلى200")
    assert linted == []  # the keys were not held up by house style
    assert body.highlighter.checking and underlined(body, 1) == []
    qtbot.waitUntil(lambda: not body.highlighter.checking, timeout=1000)
    assert underlined(body, 1) == ["إلى200"]
    assert linted == ["فقرة ثانية إلى200"]  # seven keys, one check


def test_more_keys_do_not_put_the_check_off(qtbot) -> None:
    body = checked_body(qtbot, "فقرة سليمة")
    put_cursor(body, 0)
    type_text(body, " إلى")
    timer = body.highlighter._recheck_timer
    assert timer.isActive() and timer.interval() == RECHECK_DELAY_MS
    qtbot.wait(RECHECK_DELAY_MS // 2)
    left = timer.remainingTime()
    type_text(body, "200")
    assert 0 <= timer.remainingTime() <= left  # the first key's time holds
    qtbot.waitUntil(lambda: not body.highlighter.checking, timeout=1000)
    assert underlined(body, 0) == ["إلى200"]


def test_underlines_move_with_the_text_at_the_key(qtbot) -> None:
    body = checked_body(qtbot, GLUED)
    put_cursor(body, 0, 0)
    type_text(body, "و")  # before the finding: it moves one letter on, drawn so at once
    assert underlined(body, 0) == ["مجموعه389"]
    assert body.document().firstBlock().layout().formats()[0].start == 4
    qtbot.waitUntil(lambda: not body.highlighter.checking, timeout=1000)
    assert underlined(body, 0) == ["مجموعه389"]


def test_a_fixed_finding_loses_its_underline_after_the_check(qtbot) -> None:
    body = checked_body(qtbot, GLUED)
    put_cursor(body, 0, GLUED.index("389"))
    type_text(body, " ")
    qtbot.waitUntil(lambda: not body.highlighter.checking, timeout=1000)
    assert underlined(body, 0) == []


def test_a_new_paragraph_is_checked_at_once(qtbot) -> None:
    body = checked_body(qtbot, "فقرة سليمة")
    put_cursor(body, 0)
    body.textCursor().insertText("\n" + GLUED)  # a paste: the new paragraph was never checked
    assert underlined(body, 1) == ["مجموعه389"]


FMT = QTextCharFormat()


def test_edited_range_is_in_utf16_units() -> None:
    assert edited_range("abc", "abXc") == (2, 2, 3)
    assert edited_range("a😀bc", "a😀bXc") == (4, 4, 5)  # the emoji is two UTF-16 units
    assert edited_range("abcd", "ad") == (1, 3, 1)
    assert edited_range("aaa", "aaaa") == (3, 3, 4)


@pytest.mark.parametrize(
    ("old", "new", "spans", "carried"),
    [
        ("ab cd", "Xab cd", [(3, 2)], [(4, 2)]),  # typed before: moves
        ("ab cd", "ab cd ", [(3, 2)], [(3, 2)]),  # a space after its end: stays
        ("ab cd", "ab cd.", [(3, 2)], [(3, 2)]),  # a full stop after its end: stays
        ("ab cd", "ab cdX", [(3, 2)], [(3, 3)]),  # a letter after its end: the word goes on
        ("ab cd", "ab cXd", [(3, 2)], [(3, 3)]),  # typed inside: grows
        ("ab cd", "ab Xcd", [(3, 2)], [(3, 3)]),  # a letter at its start: grows
        ("ab cd", "ab  cd", [(3, 2)], [(4, 2)]),  # a space at its start: moves
        ("بس كتب", "بس كتبت", [(3, 3)], [(3, 4)]),  # Arabic letters join the word too
        ("ab cde", "ab ce", [(3, 3)], [(3, 2)]),  # a letter deleted inside: shrinks
        ("ab cd", "ab c", [(3, 2)], []),  # its end deleted: dropped until checked
        ("ab cd ef", "ab ef", [(0, 2), (3, 2), (6, 2)], [(0, 2), (3, 2)]),
        ("same", "same", [(0, 4)], [(0, 4)]),
    ],
)
def test_spans_are_carried_as_a_selection_would_be(old, new, spans, carried) -> None:
    kept = tuple(Span(start, length, FMT) for start, length in spans)
    assert [(s.start, s.length) for s in carried_spans(old, new, kept)] == carried
