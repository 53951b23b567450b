"""The dialog shown when someone else saved a newer version of the article being saved."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.article import ArticleContent
from newsdesk.gui.dialogs.change_labels import change_label
from newsdesk.gui.dialogs.compare_html import inline_html
from newsdesk.gui.dialogs.legend import ComparisonLegend
from newsdesk.services.merging import Change, changed_since, changes, merge


class ConflictChoice(Enum):
    """What the user decided."""

    KEEP_MINE = "keep_mine"
    TAKE_THEIRS = "take_theirs"
    CANCEL = "cancel"


@dataclass(frozen=True)
class Merge:
    """The text to save over theirs, and which of their changes it replaces (for the notice)."""

    content: ArticleContent
    overwritten: list[str] = field(default_factory=list)


def keep_all_mine(theirs: ArticleContent, mine: ArticleContent) -> Merge:
    """Mine as it is: every one of their differing changes is overwritten."""
    found = changes(theirs, mine)
    return Merge(mine, [change_label(c, theirs, mine) for c in found])


class ConflictDialog(QDialog):
    """Accept or reject each of my changes against theirs, take theirs, or cancel."""

    def __init__(
        self,
        saved_by: str,
        theirs: ArticleContent,
        mine: ArticleContent,
        parent: QWidget | None = None,
        base: ArticleContent | None = None,
    ):
        super().__init__(parent)
        self.choice = ConflictChoice.CANCEL
        self.theirs, self.mine, self.base = theirs, mine, base
        self.changes = changes(theirs, mine)
        self.setWindowTitle(self.tr("Someone else saved this article"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "%1 saved a newer version while you were editing. Below, struck-through text is "
                "theirs only and underlined text is yours only. Tick the changes of yours to keep; "
                "unticked ones keep their text. Your text is kept as a revision whatever you choose."
            ).replace("%1", saved_by)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(ComparisonLegend(self.tr("Theirs only"), self.tr("Yours only")))
        compare = QTextBrowser()
        compare.setHtml(inline_html(theirs, mine, numbered=True))
        layout.addWidget(compare, 3)
        self.boxes = [
            QCheckBox(f"[{number}] {change_label(change, theirs, mine)}")
            for number, change in enumerate(self.changes, 1)
        ]
        layout.addWidget(self._change_list(), 1)
        buttons = QDialogButtonBox()
        keep = buttons.addButton(
            self.tr("&Save with the ticked changes"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        take = buttons.addButton(
            self.tr("&Take theirs"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        keep.clicked.connect(lambda: self._choose(ConflictChoice.KEEP_MINE))
        take.clicked.connect(lambda: self._choose(ConflictChoice.TAKE_THEIRS))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 560)

    def _change_list(self) -> QWidget:
        group = QGroupBox(self.tr("My changes to keep"))
        column = QVBoxLayout(group)
        for change, box in zip(self.changes, self.boxes, strict=True):
            # Knowing where both started, only what I changed is ticked: their edits stand.
            box.setChecked(self.base is None or self._changed(change, by_me=True))
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(group)
        return scroll

    def merge(self) -> Merge:
        """Theirs with the ticked changes of mine, and the labels of theirs that those replace."""
        kept = {index for index, box in enumerate(self.boxes) if box.isChecked()}
        return Merge(
            merge(self.theirs, self.mine, kept),
            [
                change_label(change, self.theirs, self.mine)
                for index, change in enumerate(self.changes)
                if index in kept and (self.base is None or self._changed(change, by_me=False))
            ],
        )

    def _changed(self, change: Change, *, by_me: bool) -> bool:
        assert self.base is not None
        return changed_since(change, self.base, self.theirs, self.mine, by_me=by_me)

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        self.accept()
