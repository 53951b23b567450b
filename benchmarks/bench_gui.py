"""The writing desk's speed, each figure against a bare PySide6 baseline in the same run.

- start: process start to the first painted main window with 100,000 articles in the database,
  against a script that shows an empty QMainWindow; the child checks that what it painted
  was the real frame (menus, toolbar, docks);
- open: opening a 20,000-word Arabic article as a user does, `open_article` on the attached main
  window (which has built its spare editor while idle; also without one, as right after
  start-up), against setPlainText on a QTextEdit of the same text-view size; both end when the
  text view has painted, which makes Qt lay out what is visible (the rest of a long text is
  laid out lazily by Qt, for both); every paragraph's direction is then checked, outside the
  timing;
- typing: key press to processed repaint while typing into that article (live direction and
  house-style checking on, the first check of the article finished), with spelling off and
  then on (the speller loaded, the first spelling pass over the article finished);
- paced typing, edit journal on against off: a key every 40 ms into the same article for 16 s
  with the event loop running between keys, so the recovery timers fire as they do for a
  person; each key counts from the moment it was due (work a timer did past that moment is
  the key's wait) to its processed repaint. Off is the recovery copy alone (after a 2 s pause
  or every 15 s); on adds the journal appended within a second. Beside the wall-clock times,
  the GUI thread's own CPU time per key (what a key costs on a quiet machine; on a shared one
  the wall clock also counts the waits for a core).
Prints JSON. Run: .venv/bin/python benchmarks/bench_gui.py [--articles N] [--runs N]
[--typing-only] (only the paced typing, journal on and off) [--profile STEM] (the paced keys
under cProfile: STEM-keys.prof from each key to its repaint, STEM-idle.prof between keys)
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from timing import summary

HERE = Path(__file__).resolve().parent
PACE_S = 0.040  # a key every 40 ms: a fast typist, never pausing
IDLE_SECONDS = 0.6  # longer than the window waits to build its spare (gui/editor/spare.py)
CHILD_BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(time.time(), flush=True); QApplication.instance().exit(0)
        return False
app = QApplication(sys.argv)
window = QMainWindow(); window.resize(1280, 800)
spy = FirstPaint(); window.installEventFilter(spy); window.show()
app.exec()
"""
CHILD_NEWSDESK = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from newsdesk.app import application, open_newsroom, show_frame
painted, frame = [], []
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not painted:
            painted.append(time.time())
            from PySide6.QtWidgets import QDockWidget, QToolBar
            frame.append((len(obj.menuBar().actions()), len(obj.findChildren(QToolBar)),
                          len(obj.findChildren(QDockWidget))))
        return False
app = application()
spy = FirstPaint()
from PySide6.QtWidgets import QMainWindow
original_show = QMainWindow.show
def show(self):
    self.installEventFilter(spy); original_show(self)
QMainWindow.show = show
window = show_frame()
def open_it():
    open_newsroom(window)
    app.processEvents()
    print("frame", *frame[0], flush=True)
    print(painted[0], time.time(), flush=True)
    app.exit(0)
QTimer.singleShot(0, open_it)
app.exec()
"""


def start_seconds(code: str, env: dict[str, str]) -> tuple[float, float]:
    """Wall time from launching a Python child to its first painted window, and to ready."""
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    lines = out.stdout.strip().splitlines()
    for line in lines:
        if line.startswith("frame "):
            menus, toolbars, docks = (int(v) for v in line.split()[1:])
            # The first paint must be the real window, not an empty one shown early.
            assert menus >= 5 and toolbars >= 1 and docks >= 5, line
    stamps = [float(v) for v in lines[-1].split()]
    return stamps[0] - started, stamps[-1] - started


def start_up_runs(db: str, folder: Path, runs: int) -> tuple[list[float], list[float], list[float]]:
    """Milliseconds to a bare window's first paint, and to Newsdesk's first paint and window
    ready on the database `db`, each `runs` times, alternated."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "NEWSDESK_DB": db,
        "NEWSDESK_USER": "admin",
        "NEWSDESK_DATA_DIR": str(folder / "data"),
        "NEWSDESK_CONFIG_DIR": str(folder / "config"),
        "XDG_CONFIG_HOME": str(folder / "xdg"),
        # As installed (pip and the packaged app ship compiled bytecode), not recompiling
        # every module at each start, as a development shell with PYTHONDONTWRITEBYTECODE does.
        "PYTHONPYCACHEPREFIX": str(folder / "pycache"),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start_seconds(CHILD_NEWSDESK, env)  # not timed: fills the bytecode cache
    bare, ours = [], []
    for _ in range(runs):  # alternated, so a busy moment of the machine hits both alike
        bare.append(start_seconds(CHILD_BARE, env)[0] * 1000)
        ours.append(start_seconds(CHILD_NEWSDESK, env))
    return bare, [first * 1000 for first, _ in ours], [last * 1000 for _, last in ours]


def measure_start(articles: int, runs: int, folder: Path) -> dict[str, object]:
    """Start-up of Newsdesk on a large database against a bare window."""
    sys.path.insert(0, str(HERE))
    from bench_article_store import bulk_load

    from newsdesk.services.users import ensure_first_admin
    from newsdesk.storage.opening import open_database

    db_path = folder / "start.db"
    db = open_database(str(db_path))
    ensure_first_admin(db, "admin")
    bulk_load(db_path, articles)
    db.close()
    bare, painted, ready = start_up_runs(str(db_path), folder, runs)
    return {
        "articles": articles,
        "bare_window": summary(bare),
        "newsdesk_first_paint": summary(painted),
        "newsdesk_ready": summary(ready),
        "ratio": round(statistics.median(painted) / statistics.median(bare), 2),
    }


def arabic_article(words: int) -> str:
    """A long Arabic article: paragraphs of about 120 words, some opening with Latin or digits."""
    sys.path.insert(0, str(HERE))
    import random

    from bench_search import ARABIC, FILLER_AR, make_text

    rng = random.Random(5)
    paragraphs, total = [], 0
    while total < words:
        text = make_text(rng, ARABIC, FILLER_AR, 120)
        if len(paragraphs) % 4 == 1:
            text = "CNSS " + text
        paragraphs.append(text)
        total += len(text.split())
    return "\n\n".join(paragraphs)


def type_keys(body, keys: int) -> list[float]:
    """Type `keys` Arabic letters and spaces at the cursor: ms from key press to repainted view."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    latencies = []
    for index in range(keys):
        char = "بسم الله "[index % 9]
        start = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                body, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )
        body.viewport().repaint()
        latencies.append((time.perf_counter() - start) * 1000)
    return latencies


def measure_open_and_typing(words: int, runs: int, keys: int, folder: Path) -> dict[str, object]:
    """Opening a long article in the main window and typing into it, against a bare QTextEdit."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt
    from PySide6.QtWidgets import QApplication, QTextEdit, QWidget

    from newsdesk.domain.article import ArticleContent
    from newsdesk.domain.document import Document
    from newsdesk.domain.people import Person, Role
    from newsdesk.gui.mainwindow import MainWindow
    from newsdesk.services.articles import ArticleService
    from newsdesk.services.recovery import RecoveryStore
    from newsdesk.services.users import ensure_first_admin
    from newsdesk.settings import Settings
    from newsdesk.storage.opening import open_database
    from newsdesk.text.direction import resolve_direction

    app = QApplication.instance() or QApplication([])
    # The window remembers its layout with QSettings: keep that in the run's folder.
    QCoreApplication.setOrganizationName("NewsdeskBenchmark")
    QCoreApplication.setApplicationName("NewsdeskBenchmark")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "qt"))
    text = arabic_article(words)
    db = open_database(str(folder / "open.db"))
    ensure_first_admin(db, "admin")
    person = Person("admin", Role.ADMIN)
    article = ArticleService(db, person).create(
        ArticleContent(headline="مقال طويل", body=Document.from_plain_text(text))
    )
    window = MainWindow(db, person, Settings(), RecoveryStore(folder / "recovery"))
    window.show()
    app.processEvents()

    class PaintSpy(QObject):
        """Notes that a text view painted (and so laid out what it shows)."""

        painted = False

        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    spy = PaintSpy()

    def gone(widget: QWidget) -> None:
        """Close and delete a measured widget outside the timing, so it cannot work on later."""
        if widget in window.editors():
            widget.discard_changes()
            window.close_tab(window.tabs.indexOf(widget))
        else:
            widget.close()
            widget.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()

    def idle_for(seconds: float) -> None:
        """Leave the application idle (its event loop waiting) for a while."""
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.005)

    def idle_until(done, limit: float = 10.0) -> None:
        """Run the event loop as an idle application does, until `done()`."""
        deadline = time.perf_counter() + limit
        while not done():
            assert time.perf_counter() < deadline, "the window never got there"
            app.processEvents()
            time.sleep(0.005)

    def bare_open() -> float:
        spy.painted = False
        start = time.perf_counter()
        edit = QTextEdit()
        edit.viewport().installEventFilter(spy)
        edit.setPlainText(text)
        edit.resize(900, 700)
        edit.show()
        app.processEvents()
        elapsed = time.perf_counter() - start
        assert spy.painted and edit.document().firstBlock().layout().lineCount() > 0
        gone(edit)
        return elapsed * 1000

    def our_open():
        """The user's double-click: `open_article`, up to the painted text view."""
        spy.painted = False
        start = time.perf_counter()
        editor = window.open_article(article.id)
        editor.body.viewport().installEventFilter(spy)
        app.processEvents()
        elapsed = (time.perf_counter() - start) * 1000
        document = editor.body.document()
        assert spy.painted and document.firstBlock().layout().lineCount() > 0
        assert not editor.body.isReadOnly()
        block = document.firstBlock()
        while block.isValid():  # each paragraph in its own direction, not Qt's first letter's
            wanted = resolve_direction(block.text(), "ar")
            rtl = block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
            assert rtl == (wanted == "rtl"), block.text()[:40]
            block = block.next()
        return elapsed, editor

    # The very first open, before the window was ever idle: no spare editor, and the editor's
    # modules are imported on the way (one sample: it happens once a process).
    assert not window.has_spare
    first, editor = our_open()
    # Give the text view the bare QTextEdit's size, so both lay out as much text: in a
    # 1280×800 window the fields, notes and docks leave the body a strip of a few lines.
    view = editor.body.viewport().size()
    window.resize(window.width() + 900 - view.width(), window.height() + 700 - view.height())
    app.processEvents()
    view = editor.body.viewport().size()
    gone(editor)
    # The speller loads on a pool thread once the window has painted; Hunspell parses through
    # its C API with the interpreter lock released, and the event loop's longest wait meanwhile
    # is the stall (with chunspell's Cython class, which holds the lock, about the whole parse).
    # Waited for here (after the first open, which must find no spare editor), so that it
    # falls on none of the timings below.
    started = last = time.perf_counter()
    stall = 0.0
    while window.speller.speller is None:
        app.processEvents()
        time.sleep(0.002)
        now = time.perf_counter()
        stall, last = max(stall, now - last), now
    loaded_after = last - started
    bare, warm, cold, bare_idle, warm_idle = [], [], [], [], []
    for _ in range(runs):  # alternated, so a busy moment of the machine hits all alike
        # Back to back, the machine busy with this process: the bare baseline; an open with
        # the spare (built just before); an open without one (opened again at once).
        bare.append(bare_open())
        idle_until(lambda: window.has_spare)
        elapsed, editor = our_open()
        warm.append(elapsed)
        gone(editor)
        assert not window.has_spare  # no idle time since the last open: no spare
        elapsed, editor = our_open()
        cold.append(elapsed)
        gone(editor)
        # As a user's double-click comes: after the window has been idle a while (the spare
        # built meanwhile). The first milliseconds after idle run slower, for both.
        idle_for(IDLE_SECONDS)
        bare_idle.append(bare_open())
        idle_for(IDLE_SECONDS)
        assert window.has_spare
        elapsed, editor = our_open()
        warm_idle.append(elapsed)
        gone(editor)
    idle_until(lambda: window.has_spare)
    _, editor = our_open()
    body = editor.body
    # Off and on in turns, a quarter of the keys at a time, so neither gets the warmer caches.
    latencies: dict[bool, list[float]] = {False: [], True: []}
    for _ in range(4):
        for spelling in (False, True):
            editor.spelling.set_enabled(spelling)
            idle_until(lambda: not body.highlighter.checking)  # every paragraph checked
            latencies[spelling] += type_into(app, body, keys // 4)
    flagged = sum(len(editor.spelling.misspellings(b.text)) for b in editor.content().body.blocks)
    typing, typing_spelling = (
        {"keys": len(times), **summary(times), "max_ms": round(max(times), 3)}
        for times in (latencies[False], latencies[True])
    )
    gone(editor)
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    db.close()
    return {
        "words": len(text.split()),
        "open": {
            "text_view": [view.width(), view.height()],
            "bare_qtextedit": summary(bare),
            "newsdesk": summary(warm),
            "ratio": round(statistics.median(warm) / statistics.median(bare), 2),
            "newsdesk_without_spare": summary(cold),
            "ratio_without_spare": round(statistics.median(cold) / statistics.median(bare), 2),
            "first_open_in_process_ms": round(first, 3),
            "after_idle": {
                "idle_s": IDLE_SECONDS,
                "bare_qtextedit": summary(bare_idle),
                "newsdesk": summary(warm_idle),
                "ratio": round(statistics.median(warm_idle) / statistics.median(bare_idle), 2),
            },
        },
        "typing": typing,
        "typing_spelling_on": {**typing_spelling, "flagged_words": flagged},
        "typing_spelling_ratio_p95": round(typing_spelling["p95_ms"] / typing["p95_ms"], 2),
        "speller": {
            "loaded_after_shown_ms": round(loaded_after * 1000, 1),
            "longest_event_loop_stall_ms": round(stall * 1000, 1),
        },
    }


def type_into(app, body, keys: int) -> list[float]:
    """Type Arabic into the middle of the body: each key press to its processed repaint, in ms."""
    body.setFocus()
    cursor = body.textCursor()
    middle = body.document().findBlockByNumber(body.document().blockCount() // 2)
    cursor.setPosition(middle.position() + 10)
    body.setTextCursor(cursor)
    latencies = type_keys(body, keys)
    app.processEvents()
    return latencies


def tail(samples: list[float]) -> dict[str, float]:
    """Median, 95th and 99th percentiles and the largest of millisecond samples."""
    ordered = sorted(samples)
    p99 = ordered[max(0, round(len(ordered) * 0.99) - 1)]
    return {**summary(samples), "p99_ms": round(p99, 3), "max_ms": round(ordered[-1], 3)}


def measure_paced_typing(
    words: int,
    keys: int,
    rounds: int,
    folder: Path,
    spelling: bool = True,
    profile: str | None = None,
) -> dict[str, object]:
    """Typing on at a typist's pace into the long article, the edit journal on against off.

    House style is checked as typed, and spelling too unless `spelling` is False. With
    `profile`, the keys (press to repaint) and the time between them are profiled apart.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from newsdesk.domain.article import ArticleContent
    from newsdesk.domain.document import Document
    from newsdesk.domain.people import Person, Role
    from newsdesk.gui.editor.article_editor import ArticleEditor
    from newsdesk.gui.mainwindow import MainWindow
    from newsdesk.services.articles import ArticleService
    from newsdesk.services.journal import EditJournal
    from newsdesk.services.recovery import RecoveryStore
    from newsdesk.services.users import ensure_first_admin
    from newsdesk.settings import Settings
    from newsdesk.storage.opening import open_database

    work: dict[str, list[float]] = {}
    key_profile, idle_profile = cProfile.Profile(), cProfile.Profile()

    def clocked(name: str, method):
        """`method`, its calls timed into `work[name]` (the timers call it through the class)."""

        def run(self, *args):
            start = time.perf_counter()
            method(self, *args)
            work.setdefault(name, []).append((time.perf_counter() - start) * 1000)

        return run

    EditJournal.flush = clocked("journal_append", EditJournal.flush)
    # What a recovery copy costs the GUI thread: the whole write, or (where the copy is written
    # off the GUI thread) taking the text and handing it over.
    timed_copy = "_autosave_soon" if hasattr(ArticleEditor, "_autosave_soon") else "autosave"
    setattr(ArticleEditor, timed_copy, clocked("recovery_copy", getattr(ArticleEditor, timed_copy)))
    app = QApplication.instance() or QApplication([])
    db = open_database(str(folder / "paced.db"))
    ensure_first_admin(db, "admin")
    person = Person("admin", Role.ADMIN)
    text = arabic_article(words)
    article = ArticleService(db, person).create(
        ArticleContent(headline="مقال طويل", body=Document.from_plain_text(text))
    )

    def paced(journaling: bool) -> tuple[list[float], dict[str, object]]:
        store = RecoveryStore(folder / f"recovery-{journaling}", journaling=journaling)
        window = MainWindow(db, person, Settings(), store)
        window.resize(1400, 900)
        window.show()
        editor = window.open_article(article.id)
        body = editor.body
        deadline = time.perf_counter() + 60
        while spelling and window.speller.speller is None and time.perf_counter() < deadline:
            app.processEvents()  # the speller loads after the window is shown
            time.sleep(0.005)
        editor.spelling.set_enabled(spelling)
        while body.highlighter.checking and time.perf_counter() < deadline:
            app.processEvents()  # house style (and spelling) checked over the whole article
            time.sleep(0.005)
        body.setFocus()
        cursor = body.textCursor()
        middle = body.document().findBlockByNumber(body.document().blockCount() // 2)
        cursor.setPosition(middle.position())
        body.setTextCursor(cursor)
        latencies, cpu = [], []
        due = time.perf_counter()
        for index in range(keys):
            due += PACE_S
            cpu_from = None
            while time.perf_counter() < due:  # the application idle until the next key
                started = time.thread_time()
                if profile:
                    idle_profile.enable()
                app.processEvents()
                if profile:
                    idle_profile.disable()
                if time.perf_counter() > due:
                    cpu_from = started  # work that ran into the key's time counts for it
                else:
                    time.sleep(0.001)
            cpu_from = time.thread_time() if cpu_from is None else cpu_from
            char = "بسم الله "[index % 9]
            if profile:
                key_profile.enable()
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    body, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                )
            body.viewport().repaint()
            if profile:
                key_profile.disable()
            latencies.append((time.perf_counter() - due) * 1000)
            cpu.append((time.thread_time() - cpu_from) * 1000)
        work.setdefault("gui_thread_cpu_per_key", []).extend(cpu)
        editor.discard_changes()
        written: dict[str, object] = {
            name: {"count": len(times), **tail(times)} for name, times in work.items()
        }
        written["worst_cpu_keys_ms"] = [round(ms, 1) for ms in sorted(cpu)[-5:]]
        work.clear()
        window.close_tab(window.tabs.indexOf(editor))
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return latencies, written

    on: list[float] = []
    off: list[float] = []
    written: dict[str, object] = {}
    for _ in range(rounds):  # alternated, so a busy moment of the machine hits both alike
        latencies, written["off"] = paced(False)
        off.extend(latencies)
        latencies, written["on"] = paced(True)
        on.extend(latencies)
    db.close()
    if profile:
        key_profile.dump_stats(f"{profile}-keys.prof")
        idle_profile.dump_stats(f"{profile}-idle.prof")
    return {
        "words": len(text.split()),
        "keys": keys * rounds,
        "pace_ms": PACE_S * 1000,
        "house_style": True,
        "spelling": spelling,
        "worst_keys_ms": {
            "journal_off": [round(ms, 1) for ms in sorted(off)[-5:]],
            "journal_on": [round(ms, 1) for ms in sorted(on)[-5:]],
        },
        "journal_off": {**tail(off), **written["off"]},
        "journal_on": {**tail(on), **written["on"]},
        "p95_ratio": round(summary(on)["p95_ms"] / summary(off)["p95_ms"], 2),
    }


def main() -> None:
    """Run the benchmarks and print JSON."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--words", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keys", type=int, default=200)
    parser.add_argument("--no-start", action="store_true", help="skip the start-up figures")
    parser.add_argument("--paced-keys", type=int, default=400)
    parser.add_argument("--typing-only", action="store_true")
    parser.add_argument(
        "--no-spelling", action="store_true", help="paced typing with house style only"
    )
    parser.add_argument(
        "--profile", metavar="STEM", help="profile the paced keys into STEM-keys.prof and -idle.prof"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        results: dict[str, object] = {}
        if not args.typing_only:
            if not args.no_start:
                results["start"] = measure_start(args.articles, args.runs, folder)
            results.update(measure_open_and_typing(args.words, args.runs, args.keys, folder))
        results["paced_typing"] = measure_paced_typing(
            args.words, args.paced_keys, 2, folder, spelling=not args.no_spelling,
            profile=args.profile,
        )
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
