"""The preview's text browser: a page's pictures are read from the media folder, scaled once.

Pictures are scaled on the worker thread of `picture_loader` (a page may hold ten photographs
of twelve megapixels); until one arrives, a pale box of its size stands in its place.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QPixmap, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from newsdesk.gui.picture_loader import picture_loader
from newsdesk.gui.thumbnails import (
    PREVIEW_WIDTH,
    display_size,
    kept_picture,
    loading,
    picture_path,
    placeholder,
)
from newsdesk.render.safety import safe_image_source
from newsdesk.storage.media import MediaStore

MIN_WIDTH = 120
MARGINS = 48
_NAME = "preview:{width}:{src}"  # what the preview asks the loader for


class PictureBrowser(QTextBrowser):
    """A QTextBrowser that shows a page's media folder pictures (`src` as image blocks hold it)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.picture_width = PREVIEW_WIDTH
        picture_loader().loaded.connect(self._picture_loaded)

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        if kind != QTextDocument.ResourceType.ImageResource.value:
            return super().loadResource(kind, name)
        url = QUrl(name)
        src = url.toString()
        if safe_image_source(src) != src or url.scheme():
            # Links (http) are never fetched for the preview; anything else is not a picture.
            return placeholder()
        path = picture_path(MediaStore.default(), src)
        if path is None:
            return placeholder()
        width = self._width()
        image = kept_picture(path, width)
        if image is None:
            picture_loader().request(_NAME.format(width=width, src=src), path, width)
            image = loading(display_size(path, width))
        return QPixmap.fromImage(image)

    def _width(self) -> int:
        # Never wider than the page shown, less its margins: a narrow pane scrolls no picture.
        return min(self.picture_width, max(MIN_WIDTH, self.viewport().width() - MARGINS))

    def _picture_loaded(self, name: str, image: QImage) -> None:
        """A picture scaled on the worker thread replaces its pale box on the page shown."""
        prefix, _, rest = name.partition(":")
        if prefix != "preview":
            return
        # Taken whatever width it was asked at: the page draws it in the place laid out for it
        # (the pane may have narrowed by a scroll bar since), and the next render asks again.
        _width, _, src = rest.partition(":")
        resource = QTextDocument.ResourceType.ImageResource
        self.document().addResource(resource, QUrl(src), QPixmap.fromImage(image))
        self.viewport().update()
