"""File → Import and drag-and-drop with real widgets offscreen: drafts, summary, cancel."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication, QProgressBar, QPushButton

from datafiles import LO_PICTURES_ODT
from dbcontents import contents
from gui.dragging import drag_events, drop_files
from newsdesk.domain.article import Status
from newsdesk.gui.dialogs.import_summary import ImportSummaryDialog
from newsdesk.services.articles import ArticleService
from support import SARA

pytestmark = pytest.mark.gui

TXT_HEADLINE = "الحكومة تصادق على مشروع قانون المالية"
DOCX_HEADLINE = "Le conseil municipal adopte le budget"


def text_file(folder: Path, name: str = "a.txt", headline: str = TXT_HEADLINE) -> Path:
    path = folder / name
    path.write_text(
        f"{headline}\n\nصادق مجلس الحكومة اليوم على مشروع القانون بعد نقاش طويل.\n",
        encoding="utf-8",
    )
    return path


def word_file(folder: Path) -> Path:
    document = docx.Document()
    document.add_heading(DOCX_HEADLINE, level=1)
    document.add_paragraph("Le conseil a voté le budget de la ville pour l'année prochaine.")
    path = folder / "b.docx"
    document.save(str(path))
    return path


def articles(db) -> dict[str, tuple[str, Status, str]]:
    return {
        s.id: (s.headline, s.status, s.author)
        for s in ArticleService(db, SARA).summaries(limit=500)
    }


def finished(qtbot, window) -> ImportSummaryDialog:
    run = window.import_run
    qtbot.waitUntil(lambda: run.dialog is not None, timeout=10000)
    assert run.dialog.isVisible()
    return run.dialog


def test_import_paths_creates_drafts_and_shows_the_summary(qtbot, window, gui_db, tmp_path):
    window.import_paths([text_file(tmp_path), word_file(tmp_path)])
    dialog = finished(qtbot, window)
    assert dialog.counts.text() == "2 created, 0 updated, 0 skipped, 0 conflicts, 0 refused"
    rows = [dialog.row_texts(r) for r in range(dialog.table.rowCount())]
    assert rows == [("a.txt", "Created", TXT_HEADLINE), ("b.docx", "Created", DOCX_HEADLINE)]
    stored = articles(gui_db)
    assert sorted(v[0] for v in stored.values()) == sorted([TXT_HEADLINE, DOCX_HEADLINE])
    assert {(v[1], v[2]) for v in stored.values()} == {(Status.DRAFT, "sara")}
    listed = {
        window.navigator.table.item(r, 0).text() for r in range(window.navigator.table.rowCount())
    }
    assert listed == {TXT_HEADLINE, DOCX_HEADLINE}
    assert window.editors() == []  # two were created: none is opened on its own
    dialog.table.cellDoubleClicked.emit(1, 0)
    assert window.current_editor().fields.headline.text() == DOCX_HEADLINE


def test_one_created_article_is_opened(qtbot, window, gui_db, tmp_path):
    window.import_paths([text_file(tmp_path)])
    finished(qtbot, window)
    assert window.import_run.progress is None  # closed once done
    editor = window.current_editor()
    assert editor is not None and editor.fields.headline.text() == TXT_HEADLINE
    assert editor.article.status == Status.DRAFT


def test_refused_and_skipped_files_say_why_and_change_nothing(qtbot, window, gui_db, tmp_path):
    window.import_paths([text_file(tmp_path)])
    finished(qtbot, window).close()
    before = contents(gui_db)
    old_word = tmp_path / "old.doc"
    old_word.write_bytes(b"\xd0\xcf\x11\xe0 not a modern Word file")
    window.import_paths([tmp_path / "a.txt", old_word])
    dialog = finished(qtbot, window)
    assert dialog.counts.text() == "0 created, 0 updated, 1 skipped, 0 conflicts, 1 refused"
    skipped, refused = (dialog.row_texts(r) for r in range(2))
    assert skipped[1] == "Skipped" and "already imported" in skipped[2]
    assert refused[:2] == ("old.doc", "Refused") and ".docx" in refused[2]
    assert contents(gui_db) == before


def test_cancel_stops_before_the_next_file(qtbot, window, gui_db, tmp_path):
    paths = [text_file(tmp_path, f"{n}.txt", f"{TXT_HEADLINE} {n}") for n in range(4)]
    window.import_paths(paths)
    run = window.import_run
    assert run.progress is not None
    cancel_button = run.progress.findChild(QPushButton)

    def value_changed(value: int) -> None:
        if value == 1:  # the first file is in; the second is next
            cancel_button.click()

    run.progress.findChild(QProgressBar).valueChanged.connect(value_changed)
    dialog = finished(qtbot, window)
    assert [o.path for o in run.outcomes] == [str(paths[0])]
    assert [v[0] for v in articles(gui_db).values()] == [f"{TXT_HEADLINE} 0"]
    assert run.not_imported == 3
    texts = [label.text() for label in dialog.findChildren(type(dialog.counts))]
    assert any("were not imported" in t for t in texts)


def test_dropping_files_on_the_window_imports_them(qtbot, window, gui_db, tmp_path):
    assert window.acceptDrops()
    taken = drop_files(window, [text_file(tmp_path), word_file(tmp_path)])
    assert taken == (True, True)
    dialog = finished(qtbot, window)
    assert dialog.counts.text().startswith("2 created")
    assert len(articles(gui_db)) == 2


def test_only_local_files_are_accepted(qtbot, window, gui_db, tmp_path):
    local = text_file(tmp_path)
    for urls in (
        [QUrl("https://news.example/article.txt")],
        [QUrl.fromLocalFile(str(local)), QUrl("https://news.example/article.txt")],
        [QUrl.fromLocalFile(str(tmp_path))],  # a folder
    ):
        enter, drop = drag_events(urls)
        QApplication.sendEvent(window, enter)
        assert not enter.isAccepted()
        window.dropEvent(drop)  # even a drop that arrived anyway is refused
        assert not drop.isAccepted()
    assert getattr(window, "import_run", None) is None
    assert articles(gui_db) == {}


def test_what_an_import_left_out_is_listed_in_the_ui_language(qtbot, window, gui_db):
    # Saved by LibreOffice from tests/data/libreoffice/pictures-notes.fodt: a footnote and a
    # comment, which an article does not hold (its picture comes in).
    window.import_paths([LO_PICTURES_ODT])
    dialog = finished(qtbot, window)
    rows = [dialog.row_texts(r) for r in range(dialog.table.rowCount())]
    assert rows == [
        ("pictures-notes.odt", "Created", "صور من الورش"),
        ("", "", "Notes left out: 1"),
        ("", "", "Comments left out: 1"),
    ]
    from newsdesk.gui.i18n import install_translations

    app = QApplication.instance()
    try:
        install_translations(app, "ar")
        arabic = ImportSummaryDialog(dialog.summary)
        assert [arabic.row_texts(r)[2] for r in range(1, 3)] == [
            "حواشٍ لم تُستورد: 1",
            "تعليقات لم تُستورد: 1",
        ]
        install_translations(app, "fr")
        french = ImportSummaryDialog(dialog.summary)
        assert french.row_texts(1) == ("", "", "Notes non importées : 1")
    finally:
        install_translations(app, "en")


def test_pictures_that_could_not_come_in_are_listed_by_why(qtbot, window, gui_db, tmp_path):
    # An HTML page whose pictures are on the web, missing, not a picture: the article is
    # created with the text, and the summary says what it left out and why, in the UI language.
    (tmp_path / "fake.png").write_bytes(b"GIF89a but not really")
    page = tmp_path / "page.html"
    page.write_text(
        f"<h1>{TXT_HEADLINE}</h1><p>صادق مجلس الحكومة اليوم على المشروع.</p>"
        "<img src='https://example.ma/a.jpg'><img src='https://example.ma/b.jpg'>"
        "<img src='gone.jpg'><img src='fake.png'>",
        encoding="utf-8",
    )
    window.import_paths([page])
    dialog = finished(qtbot, window)
    rows = [dialog.row_texts(r) for r in range(dialog.table.rowCount())]
    assert rows == [
        ("page.html", "Created", TXT_HEADLINE),
        ("", "", "Pictures on the web, not fetched (left out): 2"),
        ("", "", "Pictures not found beside the file (left out): 1"),
        ("", "", "Pictures that are not JPEG, PNG, GIF or WebP (left out): 1"),
    ]
    from newsdesk.gui.i18n import install_translations

    app = QApplication.instance()
    try:
        for language, first in (
            ("ar", "صور على الويب لم تُجلب (لم تُستورد): 2"),
            ("fr", "Images sur le web, non téléchargées (non importées) : 2"),
        ):
            install_translations(app, language)
            translated = ImportSummaryDialog(dialog.summary)
            assert translated.row_texts(1)[2] == first
            assert translated.row_texts(3)[2] != rows[3][2]
    finally:
        install_translations(app, "en")


def test_files_dropped_on_the_editor_are_imported_not_pasted(qtbot, window, gui_db, tmp_path):
    editor = window.new_article()
    taken = drop_files(editor.body.viewport(), [text_file(tmp_path)])
    assert taken == (True, True)
    dialog = finished(qtbot, window)
    assert dialog.counts.text().startswith("1 created")
    assert [headline for headline, _, _ in articles(gui_db).values()] == [TXT_HEADLINE]
    assert "file:" not in editor.body.toPlainText()
    assert editor.body.toPlainText() == ""
