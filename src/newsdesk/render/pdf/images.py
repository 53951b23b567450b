"""JPEG pictures go into the PDF as they are: no decoding, no second lossy compression.

Qt's PDF writer only draws decoded images and compresses them again as JPEG, which for a news
photograph costs more than laying out the whole article, and loses quality. So the page is laid
out with a tiny stand-in for each JPEG (its width in pixels tells which picture it stands for),
and the stand-in's image object is then replaced with the original JPEG stream, which PDF reads
natively (DCTDecode). A picture's position and size come from the layout, not from the object,
so the page is the same as if Qt had drawn the picture itself.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pikepdf

# Colour spaces PDF gives a JPEG's components without further conversion.
_COLOUR_SPACES = {"RGB": "/DeviceRGB", "L": "/DeviceGray"}


@dataclass(frozen=True)
class Passthrough:
    """A JPEG to embed as it is: its bytes, size in pixels and PDF colour space."""

    data: bytes
    width: int
    height: int
    colour_space: str


def passthrough(data: bytes) -> Passthrough | None:
    """The JPEG as an embeddable picture, or None when Qt must draw it (not a plain JPEG)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format != "JPEG" or image.mode not in _COLOUR_SPACES:
                return None
            # A rotated camera picture is shown turned by browsers; let Qt handle that case.
            if image.getexif().get(0x0112, 1) != 1:
                return None
            return Passthrough(data, image.width, image.height, _COLOUR_SPACES[image.mode])
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        return None


def put_originals(document: pikepdf.Pdf, stand_ins: Mapping[int, Passthrough]) -> int:
    """Replace each stand-in image (found by its pixel width) by its original JPEG; count them."""
    import pikepdf

    replaced = 0
    for page in document.pages:
        resources = page.obj.get("/Resources")
        xobjects = resources.get("/XObject") if resources is not None else None
        if xobjects is None:
            continue
        for _name, xobject in xobjects.items():
            if xobject.get("/Subtype") != pikepdf.Name.Image or xobject.get("/Height") != 1:
                continue
            original = stand_ins.get(int(xobject.get("/Width", 0)))
            if original is None:
                continue
            for key in ("/SMask", "/Mask", "/Decode", "/DecodeParms"):
                if key in xobject:
                    del xobject[key]
            xobject.write(original.data, filter=pikepdf.Name.DCTDecode)
            xobject.Width = original.width
            xobject.Height = original.height
            xobject.BitsPerComponent = 8
            xobject.ColorSpace = pikepdf.Name(original.colour_space)
            replaced += 1
    return replaced
