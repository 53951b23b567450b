"""The body editor's picture handling: keys, drops, pastes, thumbnails, properties, menu entries."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, QUrl
from PySide6.QtGui import (
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPaintEvent,
    QPixmap,
    QTextBlock,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QTextEdit, QToolTip

from newsdesk.domain.document import Block, BlockKind
from newsdesk.gui.dialogs.picture_properties import PicturePropertiesDialog, PictureText
from newsdesk.gui.editor.picture_blocks import PICTURE_SCHEME, read_picture
from newsdesk.gui.editor.picture_clipboard import paste_blocks, pasted_blocks, with_blocks
from newsdesk.gui.editor.picture_files import (
    add_clipboard_image,
    carries_pictures,
    picture_files,
    refusal_message,
)
from newsdesk.gui.editor.picture_hints import paint_hints
from newsdesk.gui.editor.pictures import (
    handle_key,
    insert_picture,
    picture_block,
    reaches_into_pictures,
    remove_picture,
    set_properties,
    thumbnail_for,
)
from newsdesk.gui.picture_loader import picture_loader
from newsdesk.services.pictures import AddedPictures, add_picture_files
from newsdesk.storage.media import MediaStore


class PictureEditing(QTextEdit):
    """What the body editor does with pictures (its base: the methods below override QTextEdit's)."""

    language: str

    def _picture_refused(self, message: str) -> None:
        """Say why pictures were not added (the body's own signal carries it to the status line)."""
        QToolTip.showText(self.viewport().mapToGlobal(self.cursorRect().center()), message, self)
        self.pasteRefused.emit(message)  # type: ignore[attr-defined]

    def _insert_stored(self, added: AddedPictures) -> list[str]:
        for src in added.srcs:
            insert_picture(self, Block(BlockKind.IMAGE, src=src), self.language)
        if added.refused:
            self._picture_refused(refusal_message(added))
        return added.srcs

    def insert_picture_files(self, paths: list[Path]) -> list[str]:
        """Add picture files to the media folder and put them at the cursor; returns their srcs."""
        return self._insert_stored(add_picture_files(MediaStore.default(), paths))

    # -- QTextEdit's hooks -------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        cursor = self.textCursor()
        cutting = event.matches(QKeySequence.StandardKey.Cut) and not self.isReadOnly()
        if cutting and reaches_into_pictures(cursor):
            self.copy()  # then the selection goes as any erased over pictures does
            event = QKeyEvent(event.type(), Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier)
        if not handle_key(self, event):
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        paint_hints(self)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return carries_pictures(source) or super().canInsertFromMimeData(source)

    def createMimeDataFromSelection(self) -> QMimeData:
        return with_blocks(super().createMimeDataFromSelection(), self.textCursor())

    def insert_pictures_from(self, source: QMimeData) -> bool:
        """Insert the pictures a drop or paste carries; False when it carries none."""
        blocks = pasted_blocks(source)
        if blocks is not None:
            paste_blocks(self, blocks, self.language)
            return True
        files = picture_files(source)
        if files:
            self._insert_stored(add_picture_files(MediaStore.default(), files))
            return True
        if source.hasImage() and not source.hasText():
            self._insert_stored(add_clipboard_image(MediaStore.default(), source.imageData()))
            return True
        return False

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        if not getattr(self, "_hears_loader", False):
            picture_loader().loaded.connect(self._picture_loaded)
            self._hears_loader = True
        image = thumbnail_for(QUrl(name).toString())
        return image if image is not None else super().loadResource(kind, name)

    def _picture_loaded(self, name: str, image: QImage) -> None:
        """A picture scaled on the worker thread replaces its pale box."""
        if name.startswith(PICTURE_SCHEME):
            resource = QTextDocument.ResourceType.ImageResource
            self.document().addResource(resource, QUrl(name), QPixmap.fromImage(image))
            self.viewport().update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # Qt would start dragging a selection pressed inside and, on the drop, erase the
        # original blocks one by one, leaving half a picture: such a selection is moved by
        # cut and paste, so a press inside it only places the cursor.
        cursor = self.textCursor()
        if reaches_into_pictures(cursor):
            at = self.cursorForPosition(event.position().toPoint()).position()
            if cursor.selectionStart() <= at <= cursor.selectionEnd():
                cursor.setPosition(at)
                self.setTextCursor(cursor)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        block = self.cursorForPosition(event.position().toPoint()).block()
        picture = picture_block(block)
        if picture is not None and picture == block:
            self.edit_picture(block)
            return
        super().mouseDoubleClickEvent(event)

    # -- properties and the context menu -----------------------------------------------------

    def edit_picture(self, block: QTextBlock) -> bool:
        """Ask for the caption, credit and alt text of the picture `block` belongs to."""
        picture = picture_block(block)
        if picture is None:
            return False
        model, _after = read_picture(picture)
        dialog = PicturePropertiesDialog(
            PictureText(model.caption, model.credit, model.alt), self.language, self
        )
        if not dialog.exec():
            return False
        text = dialog.picture_text()
        set_properties(self, picture, text.caption, text.credit, text.alt)
        return True

    def add_picture_actions(self, menu: QMenu, cursor: QTextCursor) -> None:
        """Put Picture properties and Remove picture first in the menu when over a picture."""
        picture = picture_block(cursor.block())
        if picture is None:
            return
        first = menu.actions()[0] if menu.actions() else None
        properties = menu.addAction(QCoreApplication.translate("Pictures", "Picture properties…"))
        properties.triggered.connect(lambda _=False, b=picture: self.edit_picture(b))
        remove = menu.addAction(QCoreApplication.translate("Pictures", "Remove picture"))
        remove.triggered.connect(lambda _=False, b=picture: remove_picture(self, b))
        if first is not None:
            menu.insertActions(first, [properties, remove])
            menu.insertSeparator(first)
