"""The article body as XHTML elements with explicit dir and lang, for NewsML-G2 and ninjs."""

from __future__ import annotations

from markupsafe import escape

from newsdesk.render.model import ArticleView, BlockView, Field

XHTML_NS = "http://www.w3.org/1999/xhtml"


def _attrs(direction: str, lang: str) -> str:
    # XHTML served as XML reads xml:lang; HTML readers of the same markup read lang.
    return f' dir="{direction}" lang="{lang}" xml:lang="{lang}"'


def _xml(html: str) -> str:
    # The inline renderer writes HTML's void <br>; XML needs it closed.
    return html.replace("<br>", "<br/>")


def field_xhtml(tag: str, value: Field, css: str = "") -> str:
    """One text field as an element carrying its own direction and language."""
    klass = f' class="{css}"' if css else ""
    return f"<{tag}{klass}{_attrs(value.dir, value.lang)}>{_xml(value.html)}</{tag}>"


def _figure(block: BlockView) -> str:
    parts = [f'<figure id="{block.id}"{_attrs(block.dir, block.lang)}>']
    if block.src:
        parts.append(f'<img src="{escape(block.src)}" alt="{escape(block.alt)}"/>')
    if block.caption or block.credit:
        spans = []
        if block.caption:
            spans.append(field_xhtml("span", block.caption, "caption"))
        if block.credit:
            spans.append(field_xhtml("span", block.credit, "credit"))
        parts.append(f"<figcaption{_attrs(block.dir, block.lang)}>{' '.join(spans)}</figcaption>")
    parts.append("</figure>")
    return "".join(parts)


def block_xhtml(block: BlockView) -> str:
    """One body element (a list groups its items) as XHTML."""
    attrs = _attrs(block.dir, block.lang)
    if block.kind == "paragraph":
        return f'<p id="{block.id}"{attrs}>{_xml(block.html)}</p>'
    if block.kind == "heading":
        return f'<h{block.level} id="{block.id}"{attrs}>{_xml(block.html)}</h{block.level}>'
    if block.kind == "quote":
        return f'<blockquote id="{block.id}"{attrs}><p{attrs}>{_xml(block.html)}</p></blockquote>'
    if block.kind == "list":
        items = "".join(
            f'<li id="{i.id}"{_attrs(i.dir, i.lang)}>{_xml(i.html)}</li>' for i in block.items
        )
        return f"<ul{attrs}>{items}</ul>"
    if block.kind == "image":
        return _figure(block)
    raise ValueError(f"unknown body element {block.kind!r}")


def body_xhtml(view: ArticleView) -> str:
    """The body's elements, one a line, without a wrapper."""
    return "\n".join(block_xhtml(block) for block in view.blocks)


def body_div(view: ArticleView) -> str:
    """The body inside one <div> in the XHTML namespace, as ninjs rich text carries it."""
    inner = body_xhtml(view)
    return f'<div xmlns="{XHTML_NS}"{_attrs(view.dir, view.lang)}>\n{inner}\n</div>'


def xhtml_document(view: ArticleView) -> str:
    """A whole XHTML document (no XML declaration) with the headline as title and the body."""
    head = f"<head><title>{_xml(view.headline.html)}</title></head>"
    body = f"<body{_attrs(view.dir, view.lang)}>\n{body_xhtml(view)}\n</body>"
    return f'<html xmlns="{XHTML_NS}"{_attrs(view.dir, view.lang)}>{head}{body}</html>'
