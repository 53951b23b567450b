"""Pictures coming into the body from files, drops and the clipboard, stored in the media folder.

Every picture is checked by its content (Pillow, in `storage.media`) and by its size before it is
copied into the media folder; the open database is never read as a picture. What is refused is
said in one message, in the UI language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMimeData
from PySide6.QtGui import QImage

from newsdesk.errors import InvalidInputError, StorageError
from newsdesk.livefiles import LiveDatabaseFileError, refuse_live_database
from newsdesk.storage.media import MediaStore

MAX_PICTURE_BYTES = 40 * 1024 * 1024
PICTURE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp")
FILE_FILTER = "(*.jpg *.jpeg *.png *.gif *.webp)"


@dataclass
class Stored:
    """What came of adding pictures: the srcs stored, and the refusals, in the UI language."""

    srcs: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)

    def message(self) -> str:
        """One message for every refusal (empty when nothing was refused)."""
        if not self.refused:
            return ""
        head = QCoreApplication.translate("Pictures", "Not added:") if len(self.refused) > 1 else ""
        return " ".join([head, *self.refused]).strip()


def picture_files(source: QMimeData) -> list[Path]:
    """The local files in a drop or paste whose names say they are pictures."""
    if not source.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in source.urls() if url.isLocalFile()]
    return [path for path in paths if path.suffix.lower() in PICTURE_SUFFIXES]


def carries_pictures(source: QMimeData) -> bool:
    """Whether a drop or paste brings pictures (image files, or an image on the clipboard)."""
    return bool(picture_files(source)) or (source.hasImage() and not source.hasText())


def add_files(store: MediaStore, paths: list[Path]) -> Stored:
    """Copy picture files into the media folder, each checked; refusals gathered."""
    stored = Stored()
    for path in paths:
        try:
            refuse_live_database(path, "use as a picture")
            if path.stat().st_size > MAX_PICTURE_BYTES:
                stored.refused.append(_too_large(path.name))
                continue
            stored.srcs.append(store.add(path))
        except LiveDatabaseFileError:
            stored.refused.append(
                QCoreApplication.translate(
                    "Pictures", "%1 is the Newsdesk database in use, not a picture."
                ).replace("%1", path.name)
            )
        except OSError as exc:
            stored.refused.append(_unreadable(path.name, exc.strerror or str(exc)))
        except StorageError as exc:
            stored.refused.append(_unwritable(str(exc)))
        except InvalidInputError:
            stored.refused.append(_not_a_picture(path.name))
    return stored


def add_clipboard_image(store: MediaStore, image: QImage) -> Stored:
    """Store a pasted image (as PNG) in the media folder."""
    stored = Stored()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    name = QCoreApplication.translate("Pictures", "the pasted picture")
    saved = not image.isNull() and image.save(buffer, "PNG")  # type: ignore[call-overload]
    if not saved:
        stored.refused.append(_not_a_picture(name))
        return stored
    if data.size() > MAX_PICTURE_BYTES:
        stored.refused.append(_too_large(name))
        return stored
    try:
        stored.srcs.append(store.add_data(bytes(data.data()), "pasted.png"))
    except StorageError as exc:
        stored.refused.append(_unwritable(str(exc)))
    except InvalidInputError:
        stored.refused.append(_not_a_picture(name))
    return stored


def _say(text: str, *values: str) -> str:
    """A translated message with its %1, %2… filled in."""
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", value)
    return text


def _too_large(name: str) -> str:
    limit = str(MAX_PICTURE_BYTES // (1024 * 1024))
    return _say(
        QCoreApplication.translate(
            "Pictures", "%1 is larger than %2 MB, the most one picture may take."
        ),
        name,
        limit,
    )


def _not_a_picture(name: str) -> str:
    return _say(
        QCoreApplication.translate(
            "Pictures", "%1 is not a JPEG, PNG, GIF or WebP picture, or it is damaged."
        ),
        name,
    )


def _unreadable(name: str, reason: str) -> str:
    return _say(QCoreApplication.translate("Pictures", "%1 cannot be read: %2"), name, reason)


def _unwritable(reason: str) -> str:
    return _say(
        QCoreApplication.translate("Pictures", "The media folder cannot take the picture: %1"),
        reason,
    )
