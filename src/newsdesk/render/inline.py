"""A block's text with its inline marks (bold, italic, link) as escaped HTML."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from markupsafe import Markup, escape

from newsdesk.domain.document import Mark, MarkKind
from newsdesk.render.safety import clean_text, safe_link


def _escaped(text: str) -> str:
    html = str(escape(clean_text(text)))
    return html.replace("\n", "<br>") if "\n" in html else html


def text_html(text: str) -> Markup:
    """Plain text as HTML: escaped, with line breaks kept as <br>."""
    return Markup(_escaped(text))


@lru_cache(maxsize=1024)
def _link(href: str | None) -> str | None:
    safe = safe_link(href)
    return str(escape(safe)) if safe else None


def marked_html(text: str, marks: Sequence[Mark]) -> Markup:
    """The text with its marks applied; overlapping marks nest, unsafe links lose their <a>."""
    spans = [m for m in marks if m.start < m.end]
    if not spans:
        return text_html(text)
    cuts = sorted({0, len(text), *(m.start for m in spans), *(m.end for m in spans)})
    out: list[str] = []
    # Consecutive pieces under the same link share one <a>, so a link half in bold stays one link.
    open_href: str | None = None
    for start, end in pairwise(cuts):
        bold = italic = False
        href: str | None = None
        for mark in spans:
            if mark.start <= start and end <= mark.end:
                if mark.kind == MarkKind.BOLD:
                    bold = True
                elif mark.kind == MarkKind.ITALIC:
                    italic = True
                else:
                    href = _link(mark.href)
        if href != open_href:
            if open_href:
                out.append("</a>")
            if href:
                out.append(f'<a href="{href}">')
            open_href = href
        piece = _escaped(text[start:end])
        if italic:
            piece = f"<em>{piece}</em>"
        if bold:
            piece = f"<strong>{piece}</strong>"
        out.append(piece)
    if open_href:
        out.append("</a>")
    return Markup("".join(out))
