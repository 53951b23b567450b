"""Pictures coming into the body from drops and the clipboard, and the message for refusals.

The files are checked and stored by `services.pictures`; here a drop's files and a pasted image
are picked out, and what was refused is said in one message, in the UI language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMimeData
from PySide6.QtGui import QImage

from newsdesk.services.pictures import (
    AddedPictures,
    Refusal,
    Refused,
    add_picture_data,
)
from newsdesk.storage.media import MediaStore

PICTURE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp")
FILE_FILTER = "(*.jpg *.jpeg *.png *.gif *.webp)"


def refusal_message(added: AddedPictures) -> str:
    """One message for every refusal, in the UI language (empty when nothing was refused)."""
    said = [_said(refused) for refused in added.refused]
    if len(said) > 1:
        said.insert(0, QCoreApplication.translate("Pictures", "Not added:"))
    return " ".join(said)


def picture_files(source: QMimeData) -> list[Path]:
    """The local files in a drop or paste whose names say they are pictures."""
    if not source.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in source.urls() if url.isLocalFile()]
    return [path for path in paths if path.suffix.lower() in PICTURE_SUFFIXES]


def files_to_import(source: QMimeData) -> list[Path]:
    """The local files in a drop or paste that are not pictures: the import takes them."""
    if not source.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in source.urls() if url.isLocalFile()]
    return [p for p in paths if p.is_file() and p.suffix.lower() not in PICTURE_SUFFIXES]


def carries_pictures(source: QMimeData) -> bool:
    """Whether a drop or paste brings pictures (image files, or an image on the clipboard)."""
    return bool(picture_files(source)) or (source.hasImage() and not source.hasText())


def add_clipboard_image(store: MediaStore, image: QImage) -> AddedPictures:
    """Store a pasted image (as PNG) in the media folder."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    name = QCoreApplication.translate("Pictures", "the pasted picture")
    saved = not image.isNull() and image.save(buffer, "PNG")  # type: ignore[call-overload]
    if not saved:
        return AddedPictures(refused=[Refused(name, Refusal.NOT_A_PICTURE)])
    return add_picture_data(store, bytes(data.data()), name)


def _said(refused: Refused) -> str:
    name, detail = refused.name, refused.detail
    if refused.why is Refusal.LIVE_DATABASE:
        return _say(
            QCoreApplication.translate(
                "Pictures", "%1 is the Newsdesk database in use, not a picture."
            ),
            name,
        )
    if refused.why is Refusal.TOO_LARGE:
        return _say(
            QCoreApplication.translate(
                "Pictures", "%1 is larger than %2 MB, the most one picture may take."
            ),
            name,
            detail,
        )
    if refused.why is Refusal.UNREADABLE:
        return _say(QCoreApplication.translate("Pictures", "%1 cannot be read: %2"), name, detail)
    if refused.why is Refusal.UNWRITABLE:
        return _say(
            QCoreApplication.translate("Pictures", "The media folder cannot take the picture: %1"),
            detail,
        )
    return _say(
        QCoreApplication.translate(
            "Pictures", "%1 is not a JPEG, PNG, GIF or WebP picture, or it is damaged."
        ),
        name,
    )


def _say(text: str, *values: str) -> str:
    """A translated message with its %1, %2… filled in."""
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", value)
    return text
