"""A block's text with its inline marks (bold, italic, link) as escaped HTML."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from markupsafe import Markup, escape

from newsdesk.domain.document import Mark, marked_pieces
from newsdesk.render.safety import clean_text, safe_link
from newsdesk.text.digit_groups import bind_digit_groups


def _escaped(text: str, bind_groups: bool = False) -> str:
    cleaned = clean_text(text)
    # `641 000` would read `000 641` in a right-to-left paragraph: bind the groups into one number.
    html = str(escape(bind_digit_groups(cleaned) if bind_groups else cleaned))
    return html.replace("\n", "<br>") if "\n" in html else html


def text_html(text: str, bind_groups: bool = False) -> Markup:
    """Plain text as HTML: escaped, with line breaks kept as <br>; digit groups bound if asked."""
    return Markup(_escaped(text, bind_groups))


@lru_cache(maxsize=1024)
def _link(href: str | None) -> str | None:
    safe = safe_link(href)
    return str(escape(safe)) if safe else None


def marked_html(text: str, marks: Sequence[Mark], bind_groups: bool = False) -> Markup:
    """The text with its marks applied; overlapping marks nest, unsafe links lose their <a>.

    `bind_groups` (for a right-to-left paragraph) binds digit groups split by a space.
    """
    if not any(m.start < m.end for m in marks):
        return text_html(text, bind_groups)
    out: list[str] = []
    # Consecutive pieces under the same link share one <a>, so a link half in bold stays one link.
    open_href: str | None = None
    for piece in marked_pieces(text, marks):
        href = _link(piece.href) if piece.href is not None else None
        if href != open_href:
            if open_href:
                out.append("</a>")
            if href:
                out.append(f'<a href="{href}">')
            open_href = href
        html = _escaped(piece.text, bind_groups)
        if piece.italic:
            html = f"<em>{html}</em>"
        if piece.bold:
            html = f"<strong>{html}</strong>"
        out.append(html)
    if open_href:
        out.append("</a>")
    return Markup("".join(out))
