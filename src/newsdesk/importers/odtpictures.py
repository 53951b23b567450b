"""Pictures in an OpenDocument paragraph: draw:frame/draw:image, and LibreOffice's caption frames."""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from newsdesk.importers.figures import boxed
from newsdesk.importers.pictures import FoundPicture, PictureTaker, decode_base64, one_line_text

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
XLINK = "http://www.w3.org/1999/xlink"
_FRAME = f"{{{DRAW}}}frame"
_IMAGE = f"{{{DRAW}}}image"
_TEXT_BOX = f"{{{DRAW}}}text-box"
# Reads a part of the package ("Pictures/…"); None when there is none (always, for .fodt).
PartReader = Callable[[str], bytes | None]


def frames(paragraph: etree._Element) -> list[etree._Element]:
    """The paragraph's own frames, not those inside another frame."""
    return [
        frame
        for frame in paragraph.iter(_FRAME)
        if not any(a.tag == _FRAME for a in _ancestors(frame, paragraph))
    ]


def _ancestors(element: etree._Element, stop: etree._Element) -> list[etree._Element]:
    found = []
    parent = element.getparent()
    while parent is not None and parent is not stop:
        found.append(parent)
        parent = parent.getparent()
    return found


def picture_count(body: etree._Element) -> int:
    """The pictures in the body, wherever they sit: frames that show an image."""
    return sum(1 for frame in body.iter(_FRAME) if frame.find(_IMAGE) is not None)


def is_object(frame: etree._Element) -> bool:
    """Whether a frame holds something other than a picture (an embedded object, a text box)."""
    return next(frame.iter(_IMAGE), None) is None


def paragraph_pictures(
    paragraph: etree._Element,
    read: PartReader,
    taker: PictureTaker,
    direction_of: Callable[[etree._Element], str],
) -> list[FoundPicture]:
    """Every picture of the paragraph in order; a caption frame's with its text as caption."""
    found: list[FoundPicture] = []
    for frame in frames(paragraph):
        box = frame.find(_TEXT_BOX)
        if box is not None:
            for inner in box.iter(f"{{{TEXT}}}p", f"{{{TEXT}}}h"):
                pictures = [f for f in frames(inner) if not is_object(f)]
                sources = [(_source(f, read, taker), _alt(f)) for f in pictures]
                found += boxed(sources, caption_text(inner), direction_of(inner))
        elif not is_object(frame):
            found.append(FoundPicture(_source(frame, read, taker), _alt(frame)))
    return found


def _source(frame: etree._Element, read: PartReader, taker: PictureTaker) -> str | None:
    """The first of the frame's images that can come in (LibreOffice may add a replacement)."""
    images = frame.findall(_IMAGE)
    trials = PictureTaker(taker.source_name)
    for image in images:
        data = image.find(f"{{{OFFICE}}}binary-data")
        href = image.get(f"{{{XLINK}}}href") or ""
        if data is not None:
            src = trials.take_encoded(decode_base64(data.text or ""), "picture")
        elif href and "/" in href and not href.startswith(("/", "./", "../")) and ":" not in href:
            src = trials.take(read(href), href)
        else:
            src = trials.take_address(href, None, "picture")
        if src is not None:
            return taker.take(trials.taken[src], href or "picture")
    # None came in: the summary lists the last one's reason, once for the frame.
    for why in list(trials.left_out)[-1:]:
        taker.leave_out(why)
    return None


def _alt(frame: etree._Element) -> str:
    """The frame's description, else its title."""
    for tag in ("desc", "title"):
        text = one_line_text("".join(frame.findtext(f"{{{SVG}}}{tag}") or ""))
        if text:
            return text
    return ""


def caption_text(paragraph: etree._Element) -> str:
    """A caption paragraph's words, without its numbering label ("Figure 1: ") or frames."""
    parts: list[str] = []
    labelled = False

    def walk(element: etree._Element) -> None:
        nonlocal labelled, parts
        for child in element:
            if child.tag == f"{{{TEXT}}}sequence":
                parts, labelled = [], True  # the label and its number are not the caption
            elif child.tag == f"{{{TEXT}}}s" or child.tag in (
                f"{{{TEXT}}}tab",
                f"{{{TEXT}}}line-break",
            ):
                parts.append(" ")
            elif isinstance(child.tag, str) and child.tag not in (
                _FRAME,
                f"{{{TEXT}}}note",
                f"{{{OFFICE}}}annotation",
            ):
                parts.append(child.text or "")
                walk(child)
            if child.tail:
                parts.append(child.tail)

    if paragraph.text:
        parts.append(paragraph.text)
    walk(paragraph)
    text = "".join(parts)
    return one_line_text(text.lstrip(" :：.-–—") if labelled else text)
