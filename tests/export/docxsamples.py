"""What a Word export of a fixture article must hold: each paragraph's text and direction."""

from __future__ import annotations

import io
from typing import Any

from newsdesk.domain.article import Article
from newsdesk.domain.document import BlockKind
from newsdesk.render.model import article_view
from newsdesk.text.direction import Direction, resolve_direction


def expected_paragraphs(article: Article, picture: bool = False) -> list[tuple[str, Direction]]:
    """Every paragraph's text and the direction the editor gives it, in document order.

    A picture is a paragraph of no text when its file is in the document, then its caption.
    """
    content = article.content
    lang = content.language
    view = article_view(article)
    assert view.when is not None
    dateline = f"{content.dateline} — {view.when.html.unescape()}"
    head = [content.kicker, content.headline, content.standfirst, content.byline]
    out = [(text, resolve_direction(text, lang)) for text in head if text]
    out.append((dateline, resolve_direction(content.dateline, lang)))
    for block in content.body.blocks:
        if block.kind == BlockKind.IMAGE:
            words = " ".join(p for p in (block.caption, block.credit) if p)
            direction = resolve_direction(words, lang, block.direction)
            if picture:
                out.append(("", direction))
            out.append((f"{block.caption} — {block.credit}", direction))
        else:
            out.append((block.text, resolve_direction(block.text, lang, block.direction)))
    return out


def squeezed_paragraphs(article: Article, picture: bool = False) -> list[tuple[str, Direction]]:
    """`expected_paragraphs` with white space runs made one space, as LibreOffice's files show."""
    from export.libreoffice import squeeze

    return [(squeeze(text), d) for text, d in expected_paragraphs(article, picture)]


def read_docx(data: bytes) -> Any:
    """The document as python-docx reads it."""
    import docx

    return docx.Document(io.BytesIO(data))


def paragraph_direction(paragraph: Any) -> str:
    """rtl or ltr from the paragraph's own w:bidi; "none" when it has none."""
    from docx.oxml.ns import qn

    p_pr = paragraph._p.pPr
    bidi = p_pr.find(qn("w:bidi")) if p_pr is not None else None
    if bidi is None:
        return "none"
    return "ltr" if bidi.get(qn("w:val")) in ("0", "false", "off") else "rtl"
