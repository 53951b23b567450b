"""File → Save proof as PDF…: the saved article's PDF proof, written where the user chooses."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLineEdit

from dialogwait import when_shown

pytestmark = pytest.mark.gui


def _file_dialog(
    choose: Path | None, seen: list[tuple[str, str]] | None = None, tries: int = 100
) -> None:
    """When the save dialog opens: note its folder and suggested name, then choose or cancel."""

    def act(dialog: QFileDialog) -> None:
        if seen is not None:
            name = dialog.findChild(QLineEdit, "fileNameEdit").text()
            seen.append((dialog.directory().absolutePath(), name))
        if choose is None:
            dialog.reject()
            return
        dialog.selectFile(str(choose))
        dialog.accept()

    when_shown(QFileDialog, act, tries)


def test_unsaved_changes_are_not_proofed(qtbot, window) -> None:
    editor = window.new_article()
    editor.fields.headline.setText("لم يحفظ بعد")
    for _ in range(2):  # never saved, then saved and changed again
        _file_dialog(None, tries=1)  # no dialog may open; were one to, cancel it
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
    _file_dialog(out)
    window.named_actions.save_proof_pdf.trigger()
    assert out.read_bytes().startswith(b"%PDF")
    assert window.statusBar().currentMessage().startswith("Proof written: ")
    assert str(out) in window.statusBar().currentMessage()


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
    _file_dialog(None, seen)
    window.named_actions.save_proof_pdf.trigger()
    assert seen == [(str(home / "Documents"), "الحكومة-تصادق-مشروع-القانون؟.pdf")]

    chosen = tmp_path / "proofs"
    chosen.mkdir()
    _file_dialog(chosen / "other.pdf", seen)
    window.named_actions.save_proof_pdf.trigger()
    assert (chosen / "other.pdf").read_bytes().startswith(b"%PDF")
    _file_dialog(None, seen)
    window.named_actions.save_proof_pdf.trigger()
    assert seen[-1] == (str(chosen), "الحكومة-تصادق-مشروع-القانون؟.pdf")
