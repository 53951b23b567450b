"""An article's history: every revision, a word-by-word comparison, and restoring an old one."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.article import Article, Claim, Revision
from newsdesk.errors import NewsdeskError
from newsdesk.gui.dialogs.conflict import diff_html
from newsdesk.services.articles import ArticleService

if TYPE_CHECKING:
    from newsdesk.gui.editor.article_editor import ArticleEditor


def show_history(service: ArticleService, editor: ArticleEditor, parent: QWidget) -> bool:
    """Show the editor's article's history; True when a revision was restored into the editor."""
    if editor.article is None:
        return False
    dialog = HistoryDialog(service, editor.article.id, parent)
    if not dialog.exec() or dialog.restored is None:
        return False
    editor.reload(dialog.restored)
    return True


class HistoryDialog(QDialog):
    """Pick a revision to see what it changed from the one before; restore it as a new version."""

    def __init__(self, service: ArticleService, article_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.article_id = article_id
        self.restored: Article | None = None
        self.setWindowTitle(self.tr("History"))
        self.revisions: list[Revision] = service.history(article_id)
        self.list = QListWidget()
        for revision in self.revisions:
            when = revision.at.astimezone().strftime("%Y-%m-%d %H:%M")
            text = f"{revision.revision} · {when} · {revision.author} · {revision.step}"
            if revision.claim is not None:
                text += f" · {self.claim_text(revision.claim)}"
            item = QListWidgetItem(text + (f" — {revision.note}" if revision.note else ""))
            item.setData(Qt.ItemDataRole.UserRole, revision.revision)
            self.list.addItem(item)
        self.compare = QTextBrowser()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton(
            self.tr("Restore this revision"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        panes = QHBoxLayout()
        panes.addWidget(self.list, 1)
        panes.addWidget(self.compare, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(panes)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self.show_change)
        self.list.setCurrentRow(len(self.revisions) - 1)
        self.resize(900, 520)

    def claim_text(self, claim: Claim) -> str:
        """What a bundle claimed for a revision, said as a claim, in the UI language."""
        when = claim.at.astimezone().strftime("%Y-%m-%d %H:%M") if claim.at is not None else "?"
        if claim.step:
            template = self.tr("claimed in %1's bundle: %2 by %3 (%4)")
        else:
            template = self.tr("claimed in %1's bundle: %2 by %3")
        return _fill(template, claim.sender, when, claim.author, claim.step)

    def show_change(self, row: int) -> None:
        """Show what revision `row` changed from the one before it."""
        if row < 0:
            return
        current = self.revisions[row].content
        previous = self.revisions[row - 1].content if row > 0 else current
        self.compare.setHtml(diff_html(previous, current))

    def restore_selected(self) -> None:
        """Make the selected revision's text the newest version."""
        row = self.list.currentRow()
        if row < 0:
            return
        try:
            self.restored = self.service.restore_revision(
                self.article_id, self.revisions[row].revision
            )
        except NewsdeskError as exc:
            QMessageBox.warning(self, self.tr("Not restored"), str(exc))
            return
        self.accept()


def _fill(template: str, *values: str) -> str:
    """The template with %1, %2... replaced in one pass (a value's own "%2" stays as it is)."""

    def value(found: re.Match[str]) -> str:
        number = int(found[1])
        return values[number - 1] if 0 < number <= len(values) else found[0]

    return re.sub(r"%(\d)", value, template)
