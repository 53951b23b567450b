"""The desk fits a laptop screen: everything open within 1280×720, the body given the room."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from newsdesk.gui.mainwindow import MainWindow
from support import KARIM

pytestmark = pytest.mark.gui


def _everything_open(window: MainWindow) -> None:
    editor = window.new_article()
    editor.fields.headline.setText("عنوان")
    assert editor.save()
    window.articles.add_note(editor.article.id, "أضف اسم المصدر")
    editor.notes.show_article(editor.article.id)
    editor.banner.setText("Recovered text from 2026-12-05 09:00:00 that had not been saved.")
    editor.banner.show()
    editor.find_bar.open(replacing=True)
    editor.fields.set_folded(False)
    QApplication.processEvents()


def test_everything_open_fits_1280_by_720(window) -> None:
    _everything_open(window)
    for size in (window.minimumSizeHint(), window.minimumSize()):
        assert size.width() <= 1280 and size.height() <= 720, size
    for dock in (window.navigator_dock, window.queue_dock, window.findings_dock):
        hint = dock.minimumSizeHint()
        assert hint.width() <= 1280 and hint.height() <= 720
    # The queue's wide row of buttons scrolls inside its dock rather than widening the window.
    assert window.queue_dock.minimumSizeHint().width() <= 200
    window.resize(1280, 720)
    QApplication.processEvents()
    assert window.width() == 1280 and window.height() == 720
    # The editor's minimum width leaves the Articles dock room to be widened again.
    window.resizeDocks([window.navigator_dock], [320], Qt.Orientation.Horizontal)
    QApplication.processEvents()
    assert window.navigator_dock.width() >= 250


def test_the_body_shows_15_lines_at_1366_by_768(window) -> None:
    window.resize(1366, 768)
    editor = window.new_article()
    editor.fields.headline.setText("عنوان")
    assert editor.save()
    QApplication.processEvents()
    lines = editor.body.viewport().height() / QFontMetrics(editor.body.font()).lineSpacing()
    assert lines >= 15, lines


def test_the_fields_fold_to_one_line_and_it_is_remembered(window) -> None:
    editor = window.new_article()
    editor.fields.set_folded(False)
    QApplication.processEvents()
    assert editor.fields.kicker.isVisibleTo(editor)
    editor.fields.fold.click()
    QApplication.processEvents()
    assert editor.fields.is_folded() and not editor.fields.kicker.isVisibleTo(editor)
    assert editor.fields.headline.isVisibleTo(editor)
    assert window.new_article().fields.is_folded()  # the next article opens folded too


def test_a_note_free_article_has_no_notes_list(window) -> None:
    editor = window.new_article()
    editor.fields.headline.setText("عنوان")
    assert editor.save()
    assert not editor.notes.list.isVisibleTo(editor)


def test_the_queue_is_in_front_for_a_chief_at_start(qtbot, gui_db, recovery) -> None:
    chief = MainWindow(gui_db, KARIM, recovery=recovery)
    qtbot.addWidget(chief)
    chief.show()
    QApplication.processEvents()
    assert not chief.queue_dock.visibleRegion().isEmpty()
    assert chief.queue.table.isVisible()
    assert chief.dockWidgetArea(chief.queue_dock) != Qt.DockWidgetArea.BottomDockWidgetArea


def test_arabic_puts_the_articles_dock_on_the_right_even_from_a_saved_layout(
    qtbot, gui_db, recovery
) -> None:
    left_to_right = MainWindow(gui_db, KARIM, recovery=recovery)
    qtbot.addWidget(left_to_right)
    left_to_right.save_layout()  # saved while the UI read left to right
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        mirrored = MainWindow(gui_db, KARIM, recovery=recovery)
        qtbot.addWidget(mirrored)
        right = Qt.DockWidgetArea.RightDockWidgetArea
        assert mirrored.dockWidgetArea(mirrored.navigator_dock) == right
        assert (
            mirrored.dockWidgetArea(mirrored.preview_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
        )
        mirrored.save_layout()
        again = MainWindow(gui_db, KARIM, recovery=recovery)  # saved mirrored: stays mirrored
        qtbot.addWidget(again)
        assert again.dockWidgetArea(again.navigator_dock) == right
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
