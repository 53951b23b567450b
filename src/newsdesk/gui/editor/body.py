"""The body editor: rich text whose every paragraph takes its direction from the text engine."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QHelpEvent,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from newsdesk.domain.article import MAX_TEXT_BYTES
from newsdesk.domain.document import BlockKind, Document
from newsdesk.gui.editor.bridge import (
    FORCED_DIRECTION_PROPERTY,
    KIND_PROPERTY,
    QUOTE_INDENT,
    body_text,
    forced_direction,
    format_document,
    qt_direction,
    read_document,
    write_document,
)
from newsdesk.gui.editor.highlighter import LintHighlighter, utf16_offset
from newsdesk.gui.editor.overshoot import hide_rounding_overshoot
from newsdesk.gui.editor.picture_clipboard import drop_image_objects
from newsdesk.gui.editor.picture_editing import PictureEditing
from newsdesk.gui.editor.picture_files import files_to_import
from newsdesk.gui.editor.picture_hints import forget_caption_lines
from newsdesk.gui.editor.pictures import touches_pictures
from newsdesk.gui.spelling.menu import add_spelling_actions
from newsdesk.text.direction import Direction, resolve_direction
from newsdesk.text.lint.finding import Finding
from newsdesk.text.lint.settings import LintSettings


def _blocks_in(cursor: QTextCursor) -> list[QTextBlock]:
    document = cursor.document()
    start, end = sorted((cursor.selectionStart(), cursor.selectionEnd()))
    blocks, block = [], document.findBlock(start)
    while block.isValid() and block.position() <= end:
        blocks.append(block)
        block = block.next()
    return blocks


def _oversized(source: QMimeData) -> bool:
    """Whether pasting this would put more text in the article than it may hold."""
    # HTML carries markup around the text, so only the text counts; without text, the HTML.
    text = source.text() if source.hasText() else source.html() if source.hasHtml() else ""
    return len(text.encode("utf-8", errors="replace")) > MAX_TEXT_BYTES


def _only_file_names(source: QMimeData) -> bool:
    """Whether the text of this drop or paste is only the names of local files."""
    urls = source.urls() if source.hasUrls() else []
    return bool(urls) and all(url.isLocalFile() for url in urls) and not source.hasHtml()


class BodyEdit(PictureEditing):
    """Rich-text body with per-paragraph direction, live house-style underlines and clean paste."""

    directionChanged = Signal(str)
    pasteRefused = Signal(str)  # the reason, in the UI language
    filesDropped = Signal(list)  # local files (not pictures) dropped or pasted, for the import

    def __init__(self, language: str, lint_settings: LintSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.language = language
        self._updating = False
        self.setAcceptRichText(True)
        self.setTabChangesFocus(False)
        self.highlighter = LintHighlighter(self.document(), language, lint_settings)
        hide_rounding_overshoot(self)
        # A key asks the edited paragraph's direction three times (its change, the direction
        # shown, the cursor's move): resolved once while the text stays the same.
        self._resolved: tuple[tuple[str, str, str], Direction] | None = None
        self.document().contentsChange.connect(self._on_contents_change)
        self.cursorPositionChanged.connect(self._report_direction)

    # -- model ------------------------------------------------------------------------------

    def load(self, document: Document, language: str | None = None) -> None:
        """Show a body; the undo history starts here, house-style underlines follow a pause later.

        With `language`, the body is read in that article language from now on (set before the
        text goes in, so the text already there is not resolved again).
        """
        self._updating = True
        self.highlighter.pause()
        # Qt lays text out against the page the view gave the document: an editor that has been
        # shown has one, and the formats below would make Qt lay out the whole article at once.
        # Without a page nothing is laid out; given back, Qt lays out lazily from the top.
        page = self.document().pageSize()
        self.document().setPageSize(QSizeF(0, 0))
        try:
            if language is not None and language != self.language:
                self.language = language
                self.highlighter.set_language(language)  # paused: no pass over the old text
            # The widget's own setPlainText, not the document's: it keeps the view's cursor at
            # the start, where the document's would carry it to the end and make Qt lay out the
            # whole article to show it. Insertion takes no format left over from the last load.
            self.setCurrentCharFormat(QTextCharFormat())
            self.setPlainText(body_text(document))
            format_document(document, self.document(), self.language)
            forget_caption_lines(self)
        finally:
            self.document().setPageSize(page)
            self.highlighter.check_all_later()
            self._updating = False
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def body(self) -> Document:
        """The body as the document model."""
        return read_document(self.document())

    def set_language(self, language: str) -> None:
        """Follow a change of the article language: re-resolve every automatic direction."""
        self.language = language
        self.highlighter.set_language(language)
        self._refresh_directions(0, self.document().characterCount())

    # -- direction --------------------------------------------------------------------------

    def set_paragraph_direction(self, choice: str) -> None:
        """Force the selected paragraphs rtl or ltr, or give them back to the automatic rule."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        start, end = sorted((cursor.selectionStart(), cursor.selectionEnd()))
        block = self.document().findBlock(start)
        while block.isValid() and block.position() <= end:
            fmt = block.blockFormat()
            if choice == "auto":
                fmt.clearProperty(FORCED_DIRECTION_PROPERTY)
            else:
                fmt.setProperty(FORCED_DIRECTION_PROPERTY, choice)
            fmt.setLayoutDirection(
                qt_direction(resolve_direction(block.text(), self.language, choice))
            )
            edit = QTextCursor(block)
            edit.setBlockFormat(fmt)
            block = block.next()
        cursor.endEditBlock()
        self._report_direction()

    def current_direction(self) -> str:
        """The direction of the paragraph holding the cursor."""
        block = self.textCursor().block()
        return self._direction_of(block)

    def _direction_of(self, block: QTextBlock) -> Direction:
        asked = (block.text(), self.language, forced_direction(block))
        if self._resolved is None or self._resolved[0] != asked:
            self._resolved = (asked, resolve_direction(*asked))
        return self._resolved[1]

    def _on_contents_change(self, position: int, _removed: int, added: int) -> None:
        if not self._updating:
            self._refresh_directions(position, position + added)

    def _refresh_directions(self, start: int, end: int) -> None:
        self._updating = True
        try:
            block = self.document().findBlock(start)
            while block.isValid() and block.position() <= end:
                wanted = qt_direction(self._direction_of(block))
                fmt = block.blockFormat()
                if fmt.layoutDirection() != wanted:
                    fmt.setLayoutDirection(wanted)
                    cursor = QTextCursor(block)
                    cursor.joinPreviousEditBlock()  # one undo step with the typing that caused it
                    cursor.setBlockFormat(fmt)
                    cursor.endEditBlock()
                block = block.next()
        finally:
            self._updating = False
        self._report_direction()

    def _report_direction(self) -> None:
        self.directionChanged.emit(self.current_direction())

    def set_block_kind(self, kind: BlockKind) -> None:
        """Make the selected paragraphs plain paragraphs, headings, quotes or list items."""
        cursor = self.textCursor()
        if touches_pictures(cursor):
            return  # a caption stays a caption
        cursor.beginEditBlock()
        current = cursor.currentList()
        if current is not None and kind != BlockKind.LIST_ITEM:
            for block in _blocks_in(cursor):
                if block.textList() is not None:
                    block.textList().remove(block)
        fmt = QTextBlockFormat()
        fmt.setProperty(KIND_PROPERTY, kind.value)
        fmt.setHeadingLevel(2 if kind == BlockKind.HEADING else 0)
        fmt.setIndent(QUOTE_INDENT if kind == BlockKind.QUOTE else 0)
        cursor.mergeBlockFormat(fmt)
        chars = QTextCharFormat()
        chars.setFontWeight(QFont.Weight.Bold if kind == BlockKind.HEADING else QFont.Weight.Normal)
        chars.setProperty(
            QTextFormat.Property.FontSizeAdjustment, 1 if kind == BlockKind.HEADING else 0
        )
        chars.setFontItalic(kind == BlockKind.QUOTE)
        for block in _blocks_in(cursor):
            whole = QTextCursor(block)
            whole.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            whole.mergeCharFormat(chars)
            whole.mergeBlockCharFormat(chars)
        if kind == BlockKind.LIST_ITEM and current is None:
            style = QTextListFormat()
            style.setStyle(QTextListFormat.Style.ListDisc)
            cursor.createList(style)
        cursor.endEditBlock()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            messages = self._findings_at(
                self.cursorForPosition(self.viewport().mapFromGlobal(event.globalPos()))
            )
            if messages:
                QToolTip.showText(event.globalPos(), "\n".join(f.message for f in messages), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def _findings_at(self, cursor: QTextCursor) -> list[Finding]:
        block, column = cursor.block(), cursor.positionInBlock()
        text = block.text()
        return [
            f
            for f in self.highlighter.findings_for(text)
            if utf16_offset(text, f.start) <= column <= utf16_offset(text, f.end)
        ]

    # -- paste ------------------------------------------------------------------------------

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return bool(files_to_import(source)) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste keeps paragraphs, bold, italic and links; fonts, colours and scripts are dropped."""
        files = files_to_import(source)
        if files:
            self.filesDropped.emit(files)
        # Files are never pasted as their file:// names.
        if self.insert_pictures_from(source) or files or _only_file_names(source):
            return
        if _oversized(source):
            self._refuse_paste()
        elif source.hasHtml():
            scratch = QTextDocument()
            scratch.setHtml(source.html())
            drop_image_objects(scratch)
            self._insert_document(read_document(scratch))
        elif source.hasText():
            self.insert_plain_text(source.text())

    def paste_plain(self) -> None:
        """Paste the clipboard as plain text."""
        text = QApplication.clipboard().text()
        if len(text.encode("utf-8", errors="replace")) > MAX_TEXT_BYTES:
            self._refuse_paste()
        else:
            self.insert_plain_text(text)

    def _refuse_paste(self) -> None:
        reason = self.tr(
            "Nothing was pasted: the text is larger than %1 MB, the most one article may hold."
        ).replace("%1", str(MAX_TEXT_BYTES // (1024 * 1024)))
        QToolTip.showText(self.viewport().mapToGlobal(self.cursorRect().center()), reason, self)
        self.pasteRefused.emit(reason)

    def insert_plain_text(self, text: str) -> None:
        """Insert text with no formatting; line breaks become paragraphs."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        plain = QTextCharFormat()
        for index, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
            if index:
                cursor.insertBlock()
            cursor.insertText(line, plain)
        cursor.endEditBlock()

    def _insert_document(self, pasted: Document) -> None:
        scratch = QTextDocument()
        write_document(pasted, scratch, self.language)
        cursor = self.textCursor()
        cursor.insertFragment(QTextDocumentFragment(scratch))

    # -- findings ---------------------------------------------------------------------------

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        cursor = self.cursorForPosition(event.pos())
        block = cursor.block()
        self.add_picture_actions(menu, cursor)
        fixes = [f for f in self._findings_at(cursor) if f.replacement is not None]
        if fixes:
            first = menu.actions()[0] if menu.actions() else None
            for finding in fixes:
                action = menu.addAction(self.tr("Fix: %1").replace("%1", finding.message))
                action.triggered.connect(
                    lambda _=False, b=block, f=finding: self.apply_fix(b.position(), f)
                )
                if first is not None:
                    menu.insertAction(first, action)
            if first is not None:
                menu.insertSeparator(first)
        add_spelling_actions(menu, self.highlighter.spelling, cursor, not self.isReadOnly())
        menu.exec(event.globalPos())

    def apply_fix(self, block_position: int, finding: Finding) -> None:
        """Replace one finding's text by its fix, as one undo step."""
        block = self.document().findBlock(block_position)
        text = block.text()
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + utf16_offset(text, finding.start))
        cursor.setPosition(
            block.position() + utf16_offset(text, finding.end), QTextCursor.MoveMode.KeepAnchor
        )
        cursor.insertText(finding.replacement or "")

    def focus_span(self, block_number: int, start: int, end: int) -> None:
        """Select code points start..end of a paragraph and bring them into view."""
        block = self.document().findBlockByNumber(block_number)
        if not block.isValid():
            return
        text = block.text()
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + utf16_offset(text, start))
        cursor.setPosition(
            block.position() + utf16_offset(text, end), QTextCursor.MoveMode.KeepAnchor
        )
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
