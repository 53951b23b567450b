"""An article's history: every revision, any two compared side by side, and restoring an old one."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.article import Article, Claim, Revision
from newsdesk.errors import NewsdeskError
from newsdesk.gui.dialogs.compare_html import inline_html, side_by_side_html
from newsdesk.gui.dialogs.legend import ComparisonLegend
from newsdesk.gui.labels import step_label
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
    """Pick a revision to see what it changed, or any two to compare; restore one as a new version."""

    def __init__(
        self,
        service: ArticleService,
        article_id: str,
        parent: QWidget | None = None,
        pair: tuple[int, int] | None = None,
        message: str = "",
    ):
        super().__init__(parent)
        self.service = service
        self.article_id = article_id
        self.restored: Article | None = None
        self.setWindowTitle(self.tr("History"))
        self.revisions: list[Revision] = service.history(article_id)
        self.list = QListWidget()
        self.older, self.newer = QComboBox(), QComboBox()
        for revision in self.revisions:
            when = revision.at.astimezone().strftime("%Y-%m-%d %H:%M")
            text = f"{revision.revision} · {when} · {revision.author} · {step_label(revision.step)}"
            if revision.claim is not None:
                text += f" · {self.claim_text(revision.claim)}"
            item = QListWidgetItem(text + (f" — {revision.note}" if revision.note else ""))
            item.setData(Qt.ItemDataRole.UserRole, revision.revision)
            self.list.addItem(item)
            for combo in (self.older, self.newer):
                combo.addItem(f"{revision.revision} · {when} · {revision.author}")
        self.side_by_side = QCheckBox(self.tr("Side &by side"))
        self.side_by_side.setChecked(True)
        self.compare = QTextBrowser()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton(
            self.tr("&Restore this revision"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        picker = QHBoxLayout()
        picker.addWidget(QLabel(self.tr("Compare")))
        picker.addWidget(self.older, 1)
        picker.addWidget(QLabel(self.tr("with")))
        picker.addWidget(self.newer, 1)
        picker.addWidget(self.side_by_side)
        right = QVBoxLayout()
        right.addLayout(picker)
        right.addWidget(ComparisonLegend(self.tr("Deleted"), self.tr("Inserted")))
        right.addWidget(self.compare, 1)
        panes = QHBoxLayout()
        panes.addWidget(self.list, 1)
        panes.addLayout(right, 3)
        layout = QVBoxLayout(self)
        if message:
            self.message = QLabel(message)
            self.message.setWordWrap(True)
            layout.addWidget(self.message)
        layout.addLayout(panes)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self.show_change)
        for widget in (self.older, self.newer):
            widget.currentIndexChanged.connect(self.show_pair)
        self.side_by_side.toggled.connect(self.show_pair)
        self.list.setCurrentRow(len(self.revisions) - 1)
        if pair is not None:
            self.choose_pair(*pair)
        self.resize(1100, 600)

    def claim_text(self, claim: Claim) -> str:
        """What a bundle claimed for a revision, said as a claim, in the UI language."""
        when = claim.at.astimezone().strftime("%Y-%m-%d %H:%M") if claim.at is not None else "?"
        if claim.step:
            template = self.tr("claimed in %1's bundle: %2 by %3 (%4)")
        else:
            template = self.tr("claimed in %1's bundle: %2 by %3")
        return _fill(template, claim.sender, when, claim.author, claim.step)

    def show_change(self, row: int) -> None:
        """Compare revision `row` with the one before it."""
        if row < 0:
            return
        self._set_pair(max(row - 1, 0), row)

    def choose_pair(self, older: int, newer: int) -> None:
        """Compare two revisions given by their numbers."""
        numbers = [revision.revision for revision in self.revisions]
        if older in numbers and newer in numbers:
            self._set_pair(numbers.index(older), numbers.index(newer))

    def _set_pair(self, older: int, newer: int) -> None:
        for combo, row in ((self.older, older), (self.newer, newer)):
            combo.blockSignals(True)
            combo.setCurrentIndex(row)
            combo.blockSignals(False)
        self.show_pair()

    def show_pair(self) -> None:
        """Show the two chosen revisions: side by side, aligned by paragraph, or in one column."""
        a, b = self.older.currentIndex(), self.newer.currentIndex()
        if a < 0 or b < 0:
            return
        old, new = self.revisions[a], self.revisions[b]
        if self.side_by_side.isChecked():
            titles = (self.revision_title(old), self.revision_title(new))
            mirrored = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
            self.compare.setHtml(side_by_side_html(old.content, new.content, titles, mirrored))
        else:
            self.compare.setHtml(inline_html(old.content, new.content))

    def revision_title(self, revision: Revision) -> str:
        """A column heading: the revision's number and author."""
        return _fill(self.tr("Revision %1 · %2"), str(revision.revision), revision.author)

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


def unseen_changes(
    service: ArticleService, article_id: str, seen_version: int, message: str, parent: QWidget
) -> HistoryDialog:
    """Open (without waiting) the comparison of the version that was shown with the newest one."""
    dialog = HistoryDialog(service, article_id, parent, message=message)
    kept = [r for r in dialog.revisions if r.step != "conflict"]
    seen = [r.revision for r in kept if r.version == seen_version]
    if kept and seen:
        dialog.choose_pair(seen[-1], kept[-1].revision)
    dialog.open()
    return dialog


def _fill(template: str, *values: str) -> str:
    """The template with %1, %2... replaced in one pass (a value's own "%2" stays as it is)."""

    def value(found: re.Match[str]) -> str:
        number = int(found[1])
        return values[number - 1] if 0 < number <= len(values) else found[0]

    return re.sub(r"%(\d)", value, template)
