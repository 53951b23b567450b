"""The dialog shown when someone else saved a newer version of the article being saved."""

from __future__ import annotations

import html
from enum import Enum

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from newsdesk.domain.article import ArticleContent
from newsdesk.text.direction import resolve_direction
from newsdesk.text.worddiff import word_diff


class ConflictChoice(Enum):
    """What the user decided."""

    KEEP_MINE = "keep_mine"
    TAKE_THEIRS = "take_theirs"
    CANCEL = "cancel"


def diff_html(theirs: ArticleContent, mine: ArticleContent) -> str:
    """Their version against mine, word by word, each paragraph in its own direction."""
    rows = []
    pairs = [
        ("headline", theirs.headline, mine.headline),
        ("body", theirs.body.plain_text(), mine.body.plain_text()),
    ]
    for _name, old, new in pairs:
        for chunk_line in _paragraph_diffs(old, new):
            direction = resolve_direction(chunk_line[1], mine.language)
            rows.append(f'<p dir="{direction}">{chunk_line[0]}</p>')
    return "".join(rows)


def _paragraph_diffs(old: str, new: str) -> list[tuple[str, str]]:
    styled = {
        "equal": "{}",
        "delete": '<s style="color:#c01c28">{}</s>',
        "insert": '<span style="color:#26a269;text-decoration:underline">{}</span>',
    }
    out = "".join(styled[c.op].format(html.escape(c.text)) for c in word_diff(old, new))
    return [(part, new) for part in out.split("\n\n")]


class ConflictDialog(QDialog):
    """Keep mine as the newest version, take theirs, or cancel; with a word-level comparison."""

    def __init__(
        self,
        saved_by: str,
        theirs: ArticleContent,
        mine: ArticleContent,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.choice = ConflictChoice.CANCEL
        self.setWindowTitle(self.tr("Someone else saved this article"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "%1 saved a newer version while you were editing. Your text is safe: it is kept "
                    "as a revision whatever you choose."
                ).replace("%1", saved_by)
            )
        )
        compare = QTextBrowser()
        compare.setHtml(diff_html(theirs, mine))
        layout.addWidget(compare)
        buttons = QDialogButtonBox()
        keep = buttons.addButton(self.tr("Keep mine"), QDialogButtonBox.ButtonRole.AcceptRole)
        take = buttons.addButton(
            self.tr("Take theirs"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        keep.clicked.connect(lambda: self._choose(ConflictChoice.KEEP_MINE))
        take.clicked.connect(lambda: self._choose(ConflictChoice.TAKE_THEIRS))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        self.accept()
