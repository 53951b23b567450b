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
        for shown, text in _paragraph_diffs(old, new):
            direction = resolve_direction(text, mine.language)
            rows.append(f'<p dir="{direction}">{shown}</p>')
    return "".join(rows)


_STYLED = {
    "equal": "{}",
    "delete": '<s style="color:#c01c28">{}</s>',
    "insert": '<span style="color:#26a269;text-decoration:underline">{}</span>',
}


def _paragraph_diffs(old: str, new: str) -> list[tuple[str, str]]:
    """Each paragraph of the comparison as HTML, with the text that decides its direction.

    That text is the paragraph as it reads in mine (theirs when mine deleted all of it), so a
    French paragraph of an Arabic article runs left to right like it does in the editor.
    """
    paragraphs: list[tuple[list[str], list[str], list[str]]] = [([], [], [])]
    for change in word_diff(old, new):
        for index, piece in enumerate(change.text.split("\n\n")):
            if index:
                paragraphs.append(([], [], []))
            shown, kept, removed = paragraphs[-1]
            if piece:
                shown.append(_STYLED[change.op].format(html.escape(piece)))
                (removed if change.op == "delete" else kept).append(piece)
    return [("".join(shown), "".join(kept or removed)) for shown, kept, removed in paragraphs]


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
