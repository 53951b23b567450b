"""Start-up paints the window first and opens the newsroom in it; bad databases fail cleanly."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from newsdesk.app import open_newsroom, show_frame
from newsdesk.errors import StorageError
from newsdesk.gui.i18n import install_translations

pytestmark = pytest.mark.gui


def test_frame_first_then_newsroom(qtbot, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr("newsdesk.gui.startup._after_show", lambda *a, **k: None)
    window = show_frame()
    qtbot.addWidget(window)
    assert window.isVisible() and not window.attached
    open_newsroom(window, str(tmp_path / "start.db"), create=True)
    assert window.attached and window.navigator.table.rowCount() == 0
    assert window.person.role.value == "admin"


def test_a_broken_database_is_reported_and_the_frame_stays_empty(qtbot, tmp_path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all")
    window = show_frame()
    qtbot.addWidget(window)
    with pytest.raises(StorageError, match="not a database"):
        open_newsroom(window, str(bad))
    assert not window.attached
    assert bad.read_bytes() == b"not a database at all"


Answerer = Callable[[Callable[[QMessageBox], None]], list[tuple[str, str]]]


@pytest.fixture
def answer_boxes() -> Iterator[Answerer]:
    """Answer every message box shown during the test; gives the title and text of each."""
    timers: list[QTimer] = []

    def start(answer: Callable[[QMessageBox], None]) -> list[tuple[str, str]]:
        seen: list[tuple[str, str]] = []

        def look() -> None:
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox) and box.isVisible():
                seen.append((box.windowTitle(), box.text()))
                answer(box)

        timer = QTimer()
        timer.timeout.connect(look)
        timer.start(20)
        timers.append(timer)
        return seen

    yield start
    for timer in timers:
        timer.stop()


def close(box: QMessageBox) -> None:
    box.close()


def say_yes(box: QMessageBox) -> None:
    box.button(QMessageBox.StandardButton.Yes).click()


def test_a_missing_database_named_at_start_up_is_offered_and_no_creates_nothing(
    qtbot, tmp_path: Path, answer_boxes: Answerer
) -> None:
    typo = tmp_path / "newsdsek" / "desk.db"
    window = show_frame()
    qtbot.addWidget(window)
    seen = answer_boxes(close)
    with pytest.raises(StorageError, match="no database at"):
        open_newsroom(window, str(typo))
    assert seen == [
        (
            "No database there",
            f"There is no database at\n\u2066{typo}\u2069\n\n"
            "Create a new, empty one there? No quits.",
        )
    ]
    assert not typo.parent.exists() and not window.attached


@pytest.mark.parametrize(("create", "answer", "boxes"), [(False, say_yes, 1), (True, close, 0)])
def test_yes_or_create_makes_the_database_and_opens_it(
    qtbot, tmp_path: Path, monkeypatch, answer_boxes: Answerer, create, answer, boxes
) -> None:
    monkeypatch.setattr("newsdesk.gui.startup._after_show", lambda *a, **k: None)
    path = tmp_path / "new" / "desk.db"
    window = show_frame()
    qtbot.addWidget(window)
    seen = answer_boxes(answer)
    open_newsroom(window, f"sqlite:///{path}", create=create)
    assert len(seen) == boxes and window.attached and path.is_file()


def test_the_offer_speaks_french_in_a_french_window(
    qtbot, tmp_path: Path, answer_boxes: Answerer
) -> None:
    app = QApplication.instance()
    window = show_frame()
    qtbot.addWidget(window)
    seen = answer_boxes(close)
    try:
        install_translations(app, "fr")
        with pytest.raises(StorageError):
            open_newsroom(window, str(tmp_path / "desk.db"))
    finally:
        install_translations(app, "en")
    [(title, text)] = seen
    assert title == "Pas de base de données ici"
    assert text.startswith("Il n’y a pas de base de données à\n")
