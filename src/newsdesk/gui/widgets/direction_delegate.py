"""Item views that draw each text in its own direction (Qt would follow the first letter)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from newsdesk.text.direction import resolve_direction

LANGUAGE_ROLE = Qt.ItemDataRole.UserRole + 2
# What Qt's item views hand to model and delegate methods.
Index = QModelIndex | QPersistentModelIndex


class DirectionalDelegate(QStyledItemDelegate):
    """Lays out and aligns each cell's text by the majority rule, with the row's language for ties."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        language = str(index.data(LANGUAGE_ROLE) or "ar")
        rtl = resolve_direction(text, language) == "rtl"
        option.direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        option.displayAlignment = (
            side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
        )
