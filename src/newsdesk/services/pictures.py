"""Pictures added to an article's body: checked and copied into the media folder.

Each picture is checked by its content (Pillow, in `storage.media`) and by its size; the open
database is never read as a picture. What is refused comes back with the reason as a kind, for
the caller to say in its own language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from newsdesk.errors import InvalidInputError, StorageError
from newsdesk.livefiles import LiveDatabaseFileError, refuse_live_database
from newsdesk.storage.media import MAX_PICTURE_BYTES, MediaStore


class Refusal(StrEnum):
    """Why a picture was not added."""

    LIVE_DATABASE = "live_database"
    TOO_LARGE = "too_large"
    NOT_A_PICTURE = "not_a_picture"
    UNREADABLE = "unreadable"
    UNWRITABLE = "unwritable"


@dataclass(frozen=True)
class Refused:
    """One picture not added: its name, why, and the detail (the system's words, the limit in MB)."""

    name: str
    why: Refusal
    detail: str = ""


@dataclass
class AddedPictures:
    """The srcs of the pictures stored, in order, and the ones refused."""

    srcs: list[str] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)


def _too_large(name: str) -> Refused:
    return Refused(name, Refusal.TOO_LARGE, str(MAX_PICTURE_BYTES // (1024 * 1024)))


def add_picture_files(store: MediaStore, paths: list[Path]) -> AddedPictures:
    """Copy picture files into the media folder, each checked; refusals gathered."""
    added = AddedPictures()
    for path in paths:
        try:
            refuse_live_database(path, "use as a picture")
            if path.stat().st_size > MAX_PICTURE_BYTES:
                added.refused.append(_too_large(path.name))
                continue
            added.srcs.append(store.add(path))
        except LiveDatabaseFileError:
            added.refused.append(Refused(path.name, Refusal.LIVE_DATABASE))
        except OSError as exc:
            added.refused.append(Refused(path.name, Refusal.UNREADABLE, exc.strerror or str(exc)))
        except StorageError as exc:
            added.refused.append(Refused(path.name, Refusal.UNWRITABLE, str(exc)))
        except InvalidInputError:
            added.refused.append(Refused(path.name, Refusal.NOT_A_PICTURE))
    return added


def add_picture_data(store: MediaStore, data: bytes, name: str) -> AddedPictures:
    """Store a picture's bytes (a pasted one) in the media folder, checked."""
    added = AddedPictures()
    if len(data) > MAX_PICTURE_BYTES:
        added.refused.append(_too_large(name))
        return added
    try:
        added.srcs.append(store.add_data(data, name))
    except StorageError as exc:
        added.refused.append(Refused(name, Refusal.UNWRITABLE, str(exc)))
    except InvalidInputError:
        added.refused.append(Refused(name, Refusal.NOT_A_PICTURE))
    return added
