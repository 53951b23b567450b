"""The media folder: the pictures image blocks name by a path relative to it.

An image block's `src` is either an http(s) address (left as it is) or a path such as
`3f/3fa2c1d09e8b7a65.jpg` inside the newsroom's media folder. Nothing outside that folder is ever
read: absolute paths, `..` and links that lead out are refused, and only JPEG, PNG, GIF and WebP
pictures (checked by their content, not their name) are accepted.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from newsdesk.atomic import write_all_atomically, write_atomically
from newsdesk.errors import InvalidInputError, StorageError
from newsdesk.livefiles import refuse_live_database
from newsdesk.paths import media_dir

# Pillow's format name -> (media type, file extension).
IMAGE_TYPES = {
    "JPEG": ("image/jpeg", "jpg"),
    "PNG": ("image/png", "png"),
    "GIF": ("image/gif", "gif"),
    "WEBP": ("image/webp", "webp"),
}
# The largest picture the desk takes, added in the editor or brought by an import.
MAX_PICTURE_BYTES = 40 * 1024 * 1024
# Characters a stored name may not hold: a browser or a zip reader would read them differently.
_FORBIDDEN = frozenset('\\:*?"<>|#%\0')


@dataclass(frozen=True)
class ImageInfo:
    """What a picture is: its media type, usual extension and size in pixels."""

    media_type: str
    extension: str
    width: int
    height: int


def inspect_image(data: bytes, name: str = "picture") -> ImageInfo:
    """The picture's type and size from its content; InvalidInputError when it is not one."""
    from PIL import Image, UnidentifiedImageError

    refused = InvalidInputError(f"{name} is not a JPEG, PNG, GIF or WebP picture")
    try:
        with Image.open(io.BytesIO(data)) as image:
            kind = IMAGE_TYPES.get(image.format or "")
            width, height = image.size
            if kind is not None:
                image.verify()
    except UnidentifiedImageError as exc:
        raise refused from exc
    except Image.DecompressionBombError as exc:
        raise InvalidInputError(f"{name} has too many pixels to be a news picture") from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise InvalidInputError(f"{name} is a damaged picture: {exc}") from exc
    if kind is None:
        raise refused
    return ImageInfo(kind[0], kind[1], width, height)


class MediaStore:
    """A folder of pictures: safe look-ups by relative path, and adding files by checksum."""

    def __init__(self, root: Path | str):
        self.root = Path(root)

    @classmethod
    def default(cls) -> MediaStore:
        """The configured media folder (see `paths.media_dir`)."""
        return cls(media_dir())

    def resolve(self, src: str) -> Path:
        """The file `src` names inside the folder; InvalidInputError when it is outside or missing."""
        if not src or any(c in _FORBIDDEN or ord(c) < 32 for c in src):
            raise InvalidInputError(f"not a media folder path: {src!r}")
        relative = PurePosixPath(src)
        if relative.is_absolute() or ".." in relative.parts or src.startswith("~"):
            raise InvalidInputError(f"picture outside the media folder: {src}")
        root = self.root.resolve()
        # resolve() follows links, so a link pointing out of the folder is caught here too.
        path = root.joinpath(*relative.parts).resolve()
        if not path.is_relative_to(root) or path == root:
            raise InvalidInputError(f"picture outside the media folder: {src}")
        refuse_live_database(path, "use as a picture")
        if not path.is_file():
            raise InvalidInputError(f"picture not found in the media folder ({self.root}): {src}")
        return path

    def add(self, source: Path | str) -> str:
        """Copy a picture into the folder under its checksum; return the `src` to put in a block."""
        source = Path(source)
        refuse_live_database(source, "use as a picture")
        try:
            data = source.read_bytes()
        except OSError as exc:
            raise InvalidInputError(f"cannot read {source}: {exc.strerror or exc}") from exc
        return self.add_data(data, source.name)

    @staticmethod
    def src_for(data: bytes, name: str = "picture", sha256: str | None = None) -> str:
        """The `src` a picture's bytes are stored under (its checksum); refuses non-pictures.

        `sha256` saves hashing again bytes whose checksum was just verified.
        """
        info = inspect_image(data, name)
        digest = sha256 or hashlib.sha256(data).hexdigest()
        return f"{digest[:2]}/{digest[:16]}.{info.extension}"

    def add_data(self, data: bytes, name: str = "picture", sha256: str | None = None) -> str:
        """Store a picture's bytes under their checksum; return the `src` to put in a block."""
        src = self.src_for(data, name, sha256)
        target = self.root.joinpath(*src.split("/"))
        if target.is_file() and target.read_bytes() == data:
            return src
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(target, data)
        except OSError as exc:
            raise StorageError(f"cannot store the picture in {self.root}: {exc}") from exc
        return src

    def add_many(self, pictures: Iterable[tuple[bytes, str | None]]) -> list[str]:
        """Store many pictures (bytes, known SHA-256 or None) at once; return their `src`s.

        As `add_data` for each, but the new files reach the disk together: one wait for the
        disk instead of one per picture.
        """
        named = [(self.src_for(data, "picture", sha256), data) for data, sha256 in pictures]
        self.file_many(named)
        return [src for src, _ in named]

    def file_many(self, named: Iterable[tuple[str, bytes]]) -> None:
        """Store pictures under the `src` that `src_for` gave them, new files together."""
        new: dict[Path, bytes] = {}
        for src, data in named:
            target = self.root.joinpath(*src.split("/"))
            if target in new or (target.is_file() and target.read_bytes() == data):
                continue
            new[target] = data
        try:
            for folder in {target.parent for target in new}:
                folder.mkdir(parents=True, exist_ok=True)
            write_all_atomically(list(new.items()))
        except OSError as exc:
            raise StorageError(f"cannot store the pictures in {self.root}: {exc}") from exc
