"""A file name made from an article's headline that every operating system accepts."""

from __future__ import annotations

import re
import unicodedata

# Windows refuses these characters in a name; "/" and NUL are refused everywhere.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_SPACES = re.compile(r"[\s\-_]+")
# Windows reserves these names whatever the suffix ("con.pdf" cannot be created).
_RESERVED = {"con", "prn", "aux", "nul"} | {f"{d}{n}" for d in ("com", "lpt") for n in range(10)}
# Most file systems allow 255 bytes per name; Arabic letters take two bytes each in UTF-8.
MAX_CHARACTERS = 60
MAX_BYTES = 150


def _kept(character: str) -> bool:
    # Direction marks, joiners and other format characters are invisible in a file manager.
    return unicodedata.category(character) not in ("Cf", "Cc", "Co", "Cs", "Cn")


def file_name_from(headline: str, suffix: str, fallback: str = "proof") -> str:
    """`headline` as a file stem (letters of any script kept, spaces as hyphens) plus `suffix`."""
    text = unicodedata.normalize("NFC", headline)
    text = "".join(c for c in _FORBIDDEN.sub(" ", text) if _kept(c))
    stem = _SPACES.sub("-", text).strip("-. ")
    stem = stem[:MAX_CHARACTERS]
    while len(stem.encode("utf-8")) > MAX_BYTES:
        stem = stem[:-1]
    # A cut may leave a hyphen or a dot at the end, which Windows drops or refuses.
    stem = stem.rstrip("-. ")
    if not stem or stem.split(".")[0].lower() in _RESERVED:
        stem = f"{fallback}-{stem}" if stem else fallback
    return stem + suffix
