"""Articles and paths the export tests share (text written for the tests)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from newsdesk.domain.article import Article, Status
from newsdesk.domain.document import Block, Document, Mark, MarkKind
from samples import arabic_content, french_content, stored

ENGLISH_PARAGRAPH = "The fund said registrations would stay open until the end of the year."
FRENCH_ID = "0b7e2d4c-1a3f-4e5d-8c9b-7a6f5e4d3c2b"
# The contract article's picture, as its image block names it in the media folder.
CONTRACT_PICTURE = "images/artisans.jpg"


def write_picture(path: Path, width: int = 640, height: int = 400, kind: str = "JPEG") -> Path:
    """A real picture (a colour gradient with a dark band) written to `path`."""
    from PIL import Image, ImageDraw

    image = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    tint = Image.new("RGB", (width, height), (200, 120, 40))
    image = Image.blend(image, tint, 0.45)
    ImageDraw.Draw(image).rectangle((0, height * 2 // 3, width, height), fill=(30, 40, 70))
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, kind)
    return path


def contract_article() -> Article:
    """The Arabic fixture: CNSS paragraph, an English paragraph, quote, list, link, image."""
    content = arabic_content()
    blocks = list(content.body.blocks)
    blocks.insert(2, Block(text=ENGLISH_PARAGRAPH))
    return stored(replace(content, body=Document(tuple(blocks))), status=Status.APPROVED)


def french_article() -> Article:
    """The French fixture, which quotes a minister in Arabic."""
    return replace(stored(french_content(), status=Status.APPROVED), id=FRENCH_ID)


def unsafe_text_article() -> Article:
    """The contract article with characters XML cannot hold and a javascript: link everywhere.

    Its headline, tag and only paragraph are "a\\x01b\\x0bc\\ud800d\\ufffe\\uffffe\\x00 سطر";
    what a document may hold of it is "abcde سطر".
    """
    article = contract_article()
    text = "a\x01b\x0bc\ud800d\ufffe\uffffe\x00 سطر"
    link = Mark(MarkKind.LINK, 0, 4, "javascript:alert(1)")
    body = Document((Block(text=text, marks=(Mark(MarkKind.BOLD, 0, 3), link)),))
    content = replace(article.content, headline=text, tags=(text,), body=body)
    return replace(article, content=content)
