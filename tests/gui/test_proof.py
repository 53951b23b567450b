"""File → Print proof…: the proof module writes the saved article's PDF where the user chooses."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

pytestmark = pytest.mark.gui


def _answer_the_file_dialog(path: Path) -> None:
    """When the save dialog opens, choose `path`."""

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
        dialog.selectFile(str(path))
        dialog.accept()

    QTimer.singleShot(0, act)


def test_an_unsaved_article_is_not_proofed(qtbot, window) -> None:
    editor = window.new_article()
    editor.fields.headline.setText("لم يحفظ بعد")
    window.actions.print_proof.trigger()
    assert window.statusBar().currentMessage() == "Save the article before printing a proof"


def test_the_proof_is_written_where_the_user_chooses(qtbot, window, tmp_path) -> None:
    editor = window.new_article()
    editor.fields.headline.setText("خبر للتدقيق")
    editor.body.setPlainText("نص الخبر الكامل.")
    assert window.save_current()
    out = tmp_path / "proof.pdf"
    _answer_the_file_dialog(out)
    window.actions.print_proof.trigger()
    assert out.read_bytes().startswith(b"%PDF")
    assert window.statusBar().currentMessage().startswith("Proof written: ")
    assert str(out) in window.statusBar().currentMessage()
