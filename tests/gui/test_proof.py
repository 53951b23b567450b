"""File → Print proof…: the proof module writes the saved article's PDF where the user chooses."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

pytestmark = pytest.mark.gui


def _answer_the_file_dialog(path: Path | None, tries: int = 100) -> None:
    """When the save dialog opens (within 5 s), choose `path`, or cancel when it is None."""

    def act() -> None:
        nonlocal tries
        tries -= 1
        dialog = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QFileDialog) and w.isVisible()
            ),
            None,
        )
        if dialog is None:
            if tries > 0:
                QTimer.singleShot(50, act)
            return
        if path is None:
            dialog.reject()
            return
        dialog.selectFile(str(path))
        dialog.accept()

    QTimer.singleShot(0, act)


def test_unsaved_changes_are_not_proofed(qtbot, window) -> None:
    editor = window.new_article()
    editor.fields.headline.setText("لم يحفظ بعد")
    for _ in range(2):  # never saved, then saved and changed again
        _answer_the_file_dialog(None, tries=1)  # no dialog may open; were one to, cancel it
        window.statusBar().clearMessage()
        window.named_actions.save_proof_pdf.trigger()
        assert window.statusBar().currentMessage() == "Save the article before printing a proof"
        assert window.save_current() and editor.article is not None
        editor.fields.headline.setText("تغيير بعد الحفظ")
        assert editor.dirty


def test_the_proof_is_written_where_the_user_chooses(qtbot, window, tmp_path) -> None:
    editor = window.new_article()
    editor.fields.headline.setText("خبر للتدقيق")
    editor.body.setPlainText("نص الخبر الكامل.")
    assert window.save_current()
    out = tmp_path / "proof.pdf"
    _answer_the_file_dialog(out)
    window.named_actions.save_proof_pdf.trigger()
    assert out.read_bytes().startswith(b"%PDF")
    assert window.statusBar().currentMessage().startswith("Proof written: ")
    assert str(out) in window.statusBar().currentMessage()


def _look_at_the_file_dialog(seen: list[tuple[str, str]], choose: Path | None = None) -> None:
    """When the save dialog opens: note its folder and suggested name, then choose or cancel."""

    def act() -> None:
        dialog = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QFileDialog) and w.isVisible()
            ),
            None,
        )
        if dialog is None:
            QTimer.singleShot(50, act)
            return
        name = dialog.findChild(QLineEdit, "fileNameEdit").text()
        seen.append((dialog.directory().absolutePath(), name))
        if choose is None:
            dialog.reject()
            return
        dialog.selectFile(str(choose))
        dialog.accept()

    QTimer.singleShot(0, act)


def test_the_suggested_name_is_the_headlines_in_the_last_folder(
    qtbot, window, tmp_path, monkeypatch
) -> None:
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(home / "Documents"))
    monkeypatch.chdir(tmp_path)  # the working directory is never where a proof is suggested
    # ("?" is refused on Windows; the Arabic question mark is an ordinary letter there.)
    editor = window.new_article()
    editor.fields.headline.setText("الحكومة تصادق: مشروع/القانون؟")
    editor.body.setPlainText("نص الخبر الكامل.")
    assert window.save_current()
    seen: list[tuple[str, str]] = []
    _look_at_the_file_dialog(seen)
    window.named_actions.save_proof_pdf.trigger()
    assert seen == [(str(home / "Documents"), "الحكومة-تصادق-مشروع-القانون؟.pdf")]

    chosen = tmp_path / "proofs"
    chosen.mkdir()
    _look_at_the_file_dialog(seen, choose=chosen / "other.pdf")
    window.named_actions.save_proof_pdf.trigger()
    assert (chosen / "other.pdf").read_bytes().startswith(b"%PDF")
    _look_at_the_file_dialog(seen)
    window.named_actions.save_proof_pdf.trigger()
    assert seen[-1] == (str(chosen), "الحكومة-تصادق-مشروع-القانون؟.pdf")
