"""Pictures in a Word paragraph: inline ones, and LibreOffice's caption frames (text boxes)."""

from __future__ import annotations

from typing import Any

from lxml import etree

from newsdesk.importers.figures import boxed
from newsdesk.importers.pictures import FoundPicture, PictureTaker, one_line_text

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
V = "urn:schemas-microsoft-com:vml"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_FALLBACK = f"{{{MC}}}Fallback"
_TEXT_BOX = f"{{{W}}}txbxContent"
_DRAWINGS = (f"{{{W}}}drawing", f"{{{W}}}pict")


def drawings(paragraph: etree._Element) -> list[etree._Element]:
    """The paragraph's own drawings: none from a fallback copy or from inside a text box."""
    found = []
    for element in paragraph.iter(*_DRAWINGS):
        ancestors = list(_ancestors(element, paragraph))
        if any(a.tag in (_FALLBACK, _TEXT_BOX, *_DRAWINGS) for a in ancestors):
            continue
        found.append(element)
    return found


def _ancestors(element: etree._Element, stop: etree._Element) -> Any:
    parent = element.getparent()
    while parent is not None and parent is not stop:
        yield parent
        parent = parent.getparent()


def picture_count(body: etree._Element) -> int:
    """The pictures in the body, wherever they sit (a fallback copy is not another one)."""
    return sum(
        1
        for image in body.iter(f"{{{A}}}blip", f"{{{V}}}imagedata")
        if not any(a.tag == _FALLBACK for a in image.iterancestors())
    )


def holds_picture(drawing: etree._Element) -> bool:
    """Whether a drawing shows a picture, itself or in its text box."""
    return any(True for _ in drawing.iter(f"{{{A}}}blip", f"{{{V}}}imagedata"))


def paragraph_pictures(
    paragraph: etree._Element, part: Any, taker: PictureTaker, direction_of: Any
) -> list[FoundPicture]:
    """Every picture of the paragraph in order; a text box's pictures with its text as caption.

    `direction_of(p)` gives a w:p element's direction, for a caption written in a text box.
    """
    found: list[FoundPicture] = []
    for drawing in drawings(paragraph):
        boxes = [box for box in drawing.iter(_TEXT_BOX) if not _in_fallback(box, drawing)]
        if boxes:
            for box in boxes:
                for inner in box.iter(f"{{{W}}}p"):
                    sources = [(_source(d, part, taker), _alt(d)) for d in drawings(inner)]
                    found += boxed(sources, caption_text(inner), direction_of(inner))
        elif holds_picture(drawing):
            found.append(FoundPicture(_source(drawing, part, taker), _alt(drawing)))
    return found


def _in_fallback(element: etree._Element, stop: etree._Element) -> bool:
    return any(a.tag == _FALLBACK for a in _ancestors(element, stop))


def _source(drawing: etree._Element, part: Any, taker: PictureTaker) -> str | None:
    """The picture's bytes through the part's relationships, taken into the import."""
    blip = next(drawing.iter(f"{{{A}}}blip"), None)
    if blip is not None:
        rel_id = blip.get(f"{{{R}}}embed") or blip.get(f"{{{R}}}link")
    else:
        image = next(drawing.iter(f"{{{V}}}imagedata"), None)
        rel_id = image.get(f"{{{R}}}id") if image is not None else None
    rel = part.rels.get(rel_id) if rel_id else None
    if rel is None:
        return taker.take(None, "picture")
    if rel.is_external:
        return taker.take_address(str(rel.target_ref), None, "picture")
    try:
        data = rel.target_part.blob
    except Exception:  # a damaged package can name a part it lacks; the text still comes in
        data = None
    return taker.take(data, str(getattr(rel.target_part, "partname", "picture")))


def _alt(drawing: etree._Element) -> str:
    """A picture's description, else its title, as Word and LibreOffice write them."""
    properties = next(drawing.iter(f"{{{WP}}}docPr"), None)
    if properties is not None:
        return one_line_text(properties.get("descr") or properties.get("title") or "")
    shape = next(drawing.iter(f"{{{V}}}shape"), None)
    return one_line_text(shape.get("alt") or "") if shape is not None else ""


def caption_text(paragraph: etree._Element) -> str:
    """A caption paragraph's words, without a numbering label ("Figure 1: ") before them."""
    before: list[str] = []
    after: list[str] = []
    in_sequence = False
    labelled = False
    for element in paragraph.iter(
        f"{{{W}}}t", f"{{{W}}}instrText", f"{{{W}}}fldChar", f"{{{W}}}fldSimple"
    ):
        ancestors = list(_ancestors(element, paragraph))
        if any(a.tag in (_TEXT_BOX, *_DRAWINGS) or _is_sequence(a) for a in ancestors):
            continue
        if _is_sequence(element):
            labelled, after = True, []
        elif element.tag == f"{{{W}}}instrText" and (element.text or "").split()[:1] == ["SEQ"]:
            in_sequence = True
        elif element.tag == f"{{{W}}}fldChar":
            if in_sequence and element.get(f"{{{W}}}fldCharType") == "end":
                in_sequence, labelled = False, True
                after = []
        elif element.tag == f"{{{W}}}t" and not in_sequence:
            (after if labelled else before).append(element.text or "")
    text = "".join(after) if labelled else "".join(before)
    return one_line_text(text.lstrip(" :：.-–—"))


def _is_sequence(element: etree._Element) -> bool:
    """Whether an element is a simple numbering field ("SEQ Figure")."""
    return element.tag == f"{{{W}}}fldSimple" and (element.get(f"{{{W}}}instr") or "").split()[
        :1
    ] == ["SEQ"]
