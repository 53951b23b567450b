"""The key to a comparison's marks: struck through for deleted, underlined for inserted."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QLabel, QWidget

from newsdesk.gui.dialogs.compare_html import DELETED, INSERTED


class ComparisonLegend(QLabel):
    """One line naming each mark, drawn as the mark itself (not colour alone)."""

    def __init__(self, deleted: str, inserted: str, parent: QWidget | None = None):
        super().__init__(parent)
        key = self.tr("Key:")
        self.setText(
            f'{html.escape(key)} <s style="{DELETED}">{html.escape(deleted)}</s>'
            f'&nbsp;&nbsp; <u style="{INSERTED}">{html.escape(inserted)}</u>'
        )
