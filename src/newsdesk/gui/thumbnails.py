"""Pictures of the media folder scaled down once for the screen, and kept for the next look.

A 12-megapixel photograph takes a third of a second to decode at full size; the editor and the
preview show it a few hundred pixels wide. So each picture is read scaled (JPEG decodes at a
fraction of its size directly) the first time it is shown and the small copy is kept, keyed by
the file and its modification time, so a picture replaced on disk is read again.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QImageIOHandler, QImageReader, QPainter

from newsdesk.errors import InvalidInputError
from newsdesk.storage.media import MediaStore

EDITOR_WIDTH = 360
PREVIEW_WIDTH = 680
PLACEHOLDER_SIZE = QSize(240, 135)
_KEPT = 64
_Key = tuple[str, int, int, int]
_images: OrderedDict[_Key, QImage] = OrderedDict()
_sizes: dict[tuple[str, int, int], QSize] = {}
_lock = threading.Lock()  # the editor's pictures are decoded on a worker thread


def _stat_key(path: Path) -> tuple[str, int, int]:
    info = path.stat()
    return str(path), info.st_mtime_ns, info.st_size


def picture_path(store: MediaStore, src: str) -> Path | None:
    """The media folder file a block's src names, or None (a link, outside the folder, missing)."""
    try:
        return store.resolve(src)
    except (InvalidInputError, OSError):
        return None


def natural_size(path: Path) -> QSize:
    """The picture's size in pixels as shown (rotation from its EXIF data applied), from its header."""
    key = _stat_key(path)
    with _lock:
        size = _sizes.get(key)
    if size is None:
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)
        size = reader.size()
        if size.isValid() and _turned(reader):
            size = size.transposed()
        with _lock:
            _sizes[key] = size
    return QSize(size)


def _turned(reader: QImageReader) -> bool:
    return bool(reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90)


def display_size(path: Path | None, width: int) -> QSize:
    """The size a picture is shown at when at most `width` pixels wide."""
    size = natural_size(path) if path is not None else QSize()
    if not size.isValid() or size.isEmpty():
        return QSize(PLACEHOLDER_SIZE)
    if size.width() <= width:
        return size
    return QSize(width, max(1, round(size.height() * width / size.width())))


def scaled_picture(path: Path | None, width: int) -> QImage:
    """The picture at most `width` pixels wide, decoded once; a grey placeholder when unreadable."""
    if path is None:
        return placeholder()
    try:
        stat = _stat_key(path)
    except OSError:
        return placeholder()
    key = (*stat, width)
    with _lock:
        image = _images.get(key)
        if image is not None:
            _images.move_to_end(key)
            return image
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    target = display_size(path, width)
    natural = natural_size(path)
    if natural.isValid() and natural != target:
        # The reader scales before rotating: ask for the size in the file's own orientation.
        reader.setScaledSize(target.transposed() if _turned(reader) else target)
    image = reader.read()
    if image.isNull():
        return placeholder()
    with _lock:
        _images[key] = image
        if len(_images) > _KEPT:
            _images.popitem(last=False)
    return image


def kept_picture(path: Path, width: int) -> QImage | None:
    """The picture scaled to at most `width` pixels if it already was, else None (no decoding)."""
    try:
        key = (*_stat_key(path), width)
    except OSError:
        return None
    with _lock:
        return _images.get(key)


def loading(size: QSize) -> QImage:
    """A pale box standing for a picture still being read."""
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("#ececec"))
    return image


def placeholder(size: QSize = PLACEHOLDER_SIZE) -> QImage:
    """A grey box standing for a picture that cannot be shown."""
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("#d0d0d0"))
    painter = QPainter(image)
    painter.setPen(QColor("#808080"))
    painter.drawRect(0, 0, size.width() - 1, size.height() - 1)
    painter.drawLine(0, 0, size.width() - 1, size.height() - 1)
    painter.drawLine(0, size.height() - 1, size.width() - 1, 0)
    painter.end()
    return image


def kept() -> int:
    """How many scaled pictures are kept."""
    with _lock:
        return len(_images)


def forget_all() -> None:
    """Drop every kept picture (for tests and benchmarks that time the first look)."""
    with _lock:
        _images.clear()
        _sizes.clear()
