"""Recovery copies written off the GUI thread: whole, in order, and nothing typed meanwhile lost.

The writer thread is held busy (as a slow disk would) while typing goes on; what is on disk at
each moment, read back as a recovery reads it, must hold everything flushed so far.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtGui import QTextDocument

from newsdesk.domain.document import MarkKind
from newsdesk.gui.editor.commands import toggle_bold
from newsdesk.gui.editor.journaling import apply_splices
from newsdesk.services import recovery as recovery_module
from support import type_text

pytestmark = pytest.mark.gui


def on_disk(store) -> tuple[int, str]:
    """The generation of the copy on disk, and its text with its journal replayed on it."""
    [copy] = store.copies("sara")
    document = QTextDocument()
    document.setPlainText("\n".join(block.text for block in copy.content.body.blocks))
    apply_splices(document, copy.replay.splices)
    return copy.generation, document.toRawText().replace("\u2029", "\n")


def hold_the_writer() -> threading.Event:
    """Keep the recovery copies' writer thread busy until the returned event is set."""
    gate = threading.Event()
    recovery_module._writer.submit(gate.wait, 30)
    return gate


def _first_copy_then_hold(qtbot, editor) -> threading.Event:
    type_text(editor.body, "الفقرة الأولى")
    editor.journal.flush()  # no copy yet: the first is written
    qtbot.waitUntil(lambda: editor.generation == 1, timeout=5000)
    gate = hold_the_writer()
    type_text(editor.body, " والثانية")
    qtbot.waitUntil(lambda: editor.copies.busy, timeout=5000)  # the 2 s pause: a copy
    type_text(editor.body, " ثم الثالثة")
    editor.journal.flush()
    return gate


def test_keys_typed_while_a_copy_is_written_are_kept_before_and_after_it_lands(
    qtbot, window, recovery
):
    editor = window.new_article()
    gate = _first_copy_then_hold(qtbot, editor)
    try:
        # Killed now: the old copy and its journal, which took the keys typed since.
        assert on_disk(recovery) == (1, "الفقرة الأولى والثانية ثم الثالثة")
    finally:
        gate.set()
    qtbot.waitUntil(lambda: editor.generation == 2 and not editor.copies.busy, timeout=5000)
    [copy] = recovery.copies("sara")
    assert copy.content.body.blocks[0].text == "الفقرة الأولى والثانية"  # as it was taken
    type_text(editor.body, " والرابعة")
    editor.journal.flush()
    # The new copy's journal holds the keys typed while it was written, then the later ones.
    assert on_disk(recovery) == (2, "الفقرة الأولى والثانية ثم الثالثة والرابعة")


def test_a_copy_asked_for_while_one_is_written_follows_it_and_wins(qtbot, window, recovery):
    editor = window.new_article()
    gate = _first_copy_then_hold(qtbot, editor)
    try:
        cursor = editor.body.textCursor()
        cursor.setPosition(0)
        cursor.setPosition(7, cursor.MoveMode.KeepAnchor)
        editor.body.setTextCursor(cursor)
        toggle_bold(editor.body)  # a format: another whole copy is wanted, after this one
        qtbot.waitUntil(lambda: editor.copies.again, timeout=5000)
        assert editor.generation == 1
    finally:
        gate.set()
    qtbot.waitUntil(lambda: editor.generation == 3 and not editor.copies.busy, timeout=5000)
    assert on_disk(recovery) == (3, "الفقرة الأولى والثانية ثم الثالثة")
    [copy] = recovery.copies("sara")
    [block] = copy.content.body.blocks
    assert [(m.kind, m.start, m.end) for m in block.marks] == [(MarkKind.BOLD, 0, 7)]


def test_saving_while_a_copy_is_written_leaves_no_copy_behind(qtbot, window, recovery):
    editor = window.new_article()
    editor.fields.headline.setText("عنوان الخبر")
    type_text(editor.body, "نص الخبر")
    editor.journal.flush()
    qtbot.waitUntil(lambda: editor.generation == 1, timeout=5000)
    gate = hold_the_writer()
    type_text(editor.body, " كاملا")
    qtbot.waitUntil(lambda: editor.copies.busy, timeout=5000)
    threading.Timer(0.3, gate.set).start()  # the disk catches up while the save waits
    assert editor.save()
    assert not editor.copies.busy
    assert list(recovery.folder.iterdir()) == []
    assert editor.service.get(editor.article.id).content.body.blocks[0].text == "نص الخبر كاملا"


def test_the_sync_copy_waits_for_the_one_being_written(qtbot, window, recovery):
    editor = window.new_article()
    type_text(editor.body, "أول")
    editor.journal.flush()
    qtbot.waitUntil(lambda: editor.generation == 1, timeout=5000)
    gate = hold_the_writer()
    type_text(editor.body, " ثان")
    qtbot.waitUntil(lambda: editor.copies.busy, timeout=5000)
    type_text(editor.body, " ثالث")
    threading.Timer(0.3, gate.set).start()
    editor.autosave()  # as on quitting or a crash: now, after the copy in flight
    assert editor.generation == 3 and not editor.copies.busy
    assert on_disk(recovery) == (3, "أول ثان ثالث")
