"""The preview's text browser: a page's pictures are read from the media folder, scaled once."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from newsdesk.gui.thumbnails import PREVIEW_WIDTH, picture_path, placeholder, scaled_picture
from newsdesk.render.safety import safe_image_source
from newsdesk.storage.media import MediaStore

MIN_WIDTH = 120
MARGINS = 48


class PictureBrowser(QTextBrowser):
    """A QTextBrowser that shows a page's media folder pictures (`src` as image blocks hold it)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.picture_width = PREVIEW_WIDTH

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        if kind != QTextDocument.ResourceType.ImageResource.value:
            return super().loadResource(kind, name)
        url = QUrl(name)
        src = url.toString()
        if safe_image_source(src) != src or url.scheme():
            # Links (http) are never fetched for the preview; anything else is not a picture.
            return placeholder()
        path = picture_path(MediaStore.default(), src)
        # Never wider than the page shown, less its margins: a narrow pane scrolls no picture.
        width = min(self.picture_width, max(MIN_WIDTH, self.viewport().width() - MARGINS))
        return scaled_picture(path, width) if path is not None else placeholder()
