"""Typing on when the process is killed: the journal gives back all but the last two seconds."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from newsdesk.gui.mainwindow import MainWindow
from newsdesk.gui.startup import offer_recovery
from support import SARA, type_text

pytestmark = pytest.mark.gui

HEADLINE = "مراسلنا يكتب بلا توقف"
# Diacritics, a digit group held by a narrow no-break space, a French paragraph, a no-break
# space and a zero-width non-joiner: all must come back exactly as typed.
TYPED = (
    "قالَ المُراسِلُ إنّ 641\u202f000 ناخبٍ صوّتوا اليوم في الدار البيضاء.\n"
    "Le scrutin\u00a0: une participation record.\n"
    "وأضاف أن النتائج\u200c النهائية ستُعلن غداً، وأن الفرز ما زال جارياً في المدن الكبرى."
) * 4
LOSS_ALLOWED_S = 2.0

CHILD = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    sys.path.insert(0, {tests!r})
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from support import SARA, type_text
    from newsdesk.gui.mainwindow import MainWindow
    from newsdesk.services.recovery import RecoveryStore
    from newsdesk.storage.opening import open_database
    app = QApplication([])
    window = MainWindow(open_database({db!r}), SARA, recovery=RecoveryStore(Path({folder!r})))
    window.show()
    editor = window.new_article()
    editor.fields.headline.setText({headline!r})
    text = {typed!r}
    log = os.open({log!r}, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    typed = 0

    def key():
        global typed
        type_text(editor.body, text[typed])
        typed += 1
        os.write(log, b"%f %d\\n" % (time.time(), typed))  # after the key was handled
        if typed < len(text):
            QTimer.singleShot(25, key)  # a fast typist, never pausing

    QTimer.singleShot(0, key)
    app.exec()
    """
)


def _typed_by(log: Path, moment: float) -> int:
    """How many characters the child had typed at `moment` (from its log)."""
    count = 0
    for line in log.read_text().splitlines():
        stamp, typed = line.split()
        if float(stamp) <= moment:
            count = int(typed)
    return count


def test_sigkill_while_typing_on_loses_at_most_two_seconds(
    qtbot, gui_db, recovery, tmp_path, monkeypatch
) -> None:
    log = tmp_path / "typed.log"
    code = CHILD.format(
        tests=os.path.dirname(os.path.dirname(__file__)),
        db=gui_db.url.split("///", 1)[1],
        folder=str(recovery.folder),
        headline=HEADLINE,
        typed=TYPED,
        log=str(log),
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen([sys.executable, "-c", code], env=env, stderr=subprocess.PIPE)
    try:
        deadline = time.time() + 60
        # Well past the first copy and the 2 s pause that wrote copies before: typing on.
        while not log.exists() or _typed_by(log, time.time()) < 160:
            assert child.poll() is None, child.stderr.read() if child.stderr else ""
            assert time.time() < deadline, "the child never typed"
            time.sleep(0.05)
        assert _typed_by(log, time.time()) < len(TYPED), "still typing when killed"
        os.kill(child.pid, signal.SIGKILL)
        killed_at = time.time()
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    typed_at_kill = _typed_by(log, killed_at + 1)
    at_least = _typed_by(log, killed_at - LOSS_ALLOWED_S)

    window = MainWindow(gui_db, SARA, recovery=recovery)
    qtbot.addWidget(window, before_close_func=lambda w: [e.discard_changes() for e in w.editors()])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert offer_recovery(window) == 1
    editor = window.current_editor()
    assert editor.fields.headline.text() == HEADLINE
    # The raw text, not toPlainText(): that one turns no-break spaces into plain ones.
    recovered = editor.body.document().toRawText().replace("\u2029", "\n")
    assert at_least <= len(recovered) <= typed_at_kill, (at_least, len(recovered), typed_at_kill)
    # Exactly the typed characters, the Arabic marks and special spaces included.
    assert recovered == TYPED[: len(recovered)]


def test_a_torn_last_record_costs_only_that_record(
    qtbot, window, gui_db, recovery, monkeypatch
) -> None:
    editor = window.new_article()
    editor.fields.headline.setText(HEADLINE)
    type_text(editor.body, "السطر الأول")
    editor.journal.flush()  # no copy yet: a whole one is written, off the GUI thread
    qtbot.waitUntil(lambda: editor.generation == 1, timeout=5000)
    type_text(editor.body, "\nLe deuxième\u00a0:")
    editor.journal.flush()
    path = editor.journal.journal.path
    whole = path.stat().st_size
    type_text(editor.body, " ثالثٌ")
    editor.journal.flush()
    raw = path.read_bytes()
    editor.journal.stop()
    path.write_bytes(raw[: whole + (len(raw) - whole) // 2])  # the last write cut in half

    again = MainWindow(gui_db, SARA, recovery=recovery)
    qtbot.addWidget(again, before_close_func=lambda w: [e.discard_changes() for e in w.editors()])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert offer_recovery(again) == 1
    body = again.current_editor().body.document()
    assert body.toRawText() == "السطر الأول\u2029Le deuxième\u00a0:"


@pytest.mark.parametrize("discard", [True, False])
def test_no_to_reopening_offers_to_discard_the_copy(
    qtbot, window, gui_db, recovery, monkeypatch, discard
) -> None:
    editor = window.new_article()
    editor.fields.headline.setText(HEADLINE)
    type_text(editor.body, "نص لا يريده صاحبه")
    editor.autosave()
    editor.journal.stop()
    editor.dirty = False  # the process "dies" here
    asked: list[str] = []
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    answers = [no, yes if discard else no]

    def answer(_parent, title, _text, *_args):
        asked.append(title)
        return answers[len(asked) - 1]

    monkeypatch.setattr(QMessageBox, "question", answer)
    later = MainWindow(gui_db, SARA, recovery=recovery)
    qtbot.addWidget(later)
    assert offer_recovery(later) == 0
    assert asked == ["Recover unsaved work", "Discard unsaved work"]
    assert later.editors() == []
    assert len(recovery.copies("sara")) == (0 if discard else 1)
    assert sorted(p.suffix for p in recovery.folder.iterdir()) == (
        [] if discard else [".journal", ".json"]
    )


def test_a_change_of_format_is_kept_by_a_whole_copy_within_a_second(qtbot, window) -> None:
    from newsdesk.domain.document import MarkKind
    from newsdesk.gui.editor.commands import toggle_bold

    editor = window.new_article()
    type_text(editor.body, "خبر مهم جداً")
    editor.journal.flush()
    qtbot.waitUntil(lambda: editor.generation == 1, timeout=5000)
    type_text(editor.body, " اليوم")
    editor.journal.flush()  # text only: appended to the journal, no new copy
    assert editor.generation == 1
    cursor = editor.body.textCursor()
    cursor.setPosition(4)
    cursor.setPosition(7, cursor.MoveMode.KeepAnchor)
    editor.body.setTextCursor(cursor)
    toggle_bold(editor.body)
    # Sooner than the copy after a 2 s pause: the journal holds no formats, a copy must.
    qtbot.waitUntil(lambda: editor.generation == 2, timeout=1500)
    [copy] = editor.recovery.copies("sara")
    [block] = copy.content.body.blocks
    assert [(m.kind, m.start, m.end) for m in block.marks] == [(MarkKind.BOLD, 4, 7)]
