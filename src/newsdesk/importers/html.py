"""HTML files: sanitised first, then read into blocks with their marks, direction and language."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import nh3

from newsdesk.domain.document import Block, BlockKind, Mark, MarkKind
from newsdesk.errors import InvalidInputError
from newsdesk.importers.base import (
    ImportedArticle,
    SourceFile,
    build_article,
    check_block_count,
)
from newsdesk.importers.encoding import decode_text
from newsdesk.importers.pictures import FoundPicture, PictureTaker, one_line_text, picture_blocks
from newsdesk.render.safety import TAGS, clean_text, safe_link
from newsdesk.text.direction import language_direction

_IMPORT_TAGS = set(TAGS) | {
    "b",
    "i",
    "ol",
    "title",
    "section",
    "main",
    "pre",
    "td",
    "th",
    "dd",
    "img",
    "figure",
    "figcaption",
}
_DROPPED_WITH_CONTENT = {
    "script",
    "style",
    "nav",
    "aside",
    "form",
    "button",
    "noscript",
    "template",
    "iframe",
    "object",
    "svg",
    "math",
    "select",
    "textarea",
}
_CLEANER = nh3.Cleaner(
    tags=_IMPORT_TAGS,
    clean_content_tags=_DROPPED_WITH_CONTENT,
    attributes={"*": {"dir", "lang"}, "a": {"href"}, "img": {"src", "alt", "title"}},
    # data: only for pictures: links pass safe_link, which keeps http(s) and mailto alone.
    url_schemes={"http", "https", "mailto", "data"},
    link_rel=None,
)

_BLOCKS: dict[str, tuple[BlockKind, int]] = {
    "p": (BlockKind.PARAGRAPH, 0),
    "div": (BlockKind.PARAGRAPH, 0),
    "section": (BlockKind.PARAGRAPH, 0),
    "article": (BlockKind.PARAGRAPH, 0),
    "main": (BlockKind.PARAGRAPH, 0),
    "header": (BlockKind.PARAGRAPH, 0),
    "footer": (BlockKind.PARAGRAPH, 0),
    "figure": (BlockKind.PARAGRAPH, 0),
    "figcaption": (BlockKind.PARAGRAPH, 0),
    "pre": (BlockKind.PARAGRAPH, 0),
    "td": (BlockKind.PARAGRAPH, 0),
    "th": (BlockKind.PARAGRAPH, 0),
    "dd": (BlockKind.PARAGRAPH, 0),
    "title": (BlockKind.PARAGRAPH, 0),
    "blockquote": (BlockKind.QUOTE, 0),
    "li": (BlockKind.LIST_ITEM, 0),
    **{f"h{n}": (BlockKind.HEADING, n) for n in range(1, 7)},
}
_MARKS = {"b": MarkKind.BOLD, "strong": MarkKind.BOLD, "i": MarkKind.ITALIC, "em": MarkKind.ITALIC}
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_ROOT_LANG = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z\-_]+)""", re.IGNORECASE)
_CHARSETS = {
    "utf-8": "utf-8",
    "utf8": "utf-8",
    "windows-1256": "cp1256",
    "cp1256": "cp1256",
    "iso-8859-6": "iso-8859-6",
    "arabic": "iso-8859-6",
}
_SPACE = re.compile(r"\s+")
# The sanitiser slows down badly (quadratically) on bare "&", on very many character
# references and on very deep nesting: bare ampersands are escaped first, and documents with
# more references or deeper nesting than any real page are refused.
_BARE_AMPERSAND = re.compile(r"&(?!#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")
MAX_DEPTH = 1000
MAX_REFERENCES = 200_000
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# Elements whose end tag may be left out: real pages leave them open, so they do not count.
_OPTIONAL_END = frozenset(
    "p li dd dt option optgroup tr td th tbody thead tfoot colgroup rb rt rp html head body".split()
)


@dataclass
class _Open:
    """A block being read: its kind, level, direction and the text and marks so far."""

    kind: BlockKind
    level: int
    direction: str
    tag: str
    parts: list[str] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    length: int = 0

    def add(self, text: str) -> None:
        text = _SPACE.sub(" ", text)
        if not self.length or (self.parts and self.parts[-1].endswith(" ")):
            text = text.lstrip(" ")
        self.parts.append(text)
        self.length += len(text)


class _BlockReader(HTMLParser):
    """Turns sanitised HTML into blocks; the first h1 and the title are kept aside.

    A block's direction is the nearest explicit `dir` (or `lang`) on it or inside the page;
    the page's own `<html dir>` is not applied to every block, so each paragraph without
    one is resolved by its own letters.
    """

    def __init__(self, source_name: str, taker: PictureTaker, folder: Path | None) -> None:
        super().__init__(convert_charrefs=True)
        self.source_name = source_name
        self.taker = taker
        self.folder = folder
        self.waiting: list[FoundPicture] = []  # pictures met in the open block, placed after it
        self.figure: list[FoundPicture] | None = None  # the pictures of an open <figure>
        self.blocks: list[Block] = []
        self.title = ""
        self.h1 = ""
        self.context: list[tuple[str, str]] = []  # (tag, direction) of every open element
        self.current: _Open | None = None
        self.open_marks: list[tuple[str, MarkKind, int, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        direction = _direction(values) or (self.context[-1][1] if self.context else "")
        if tag == "br":
            if self.current is not None:
                self.current.add(" ")
            return
        if tag == "hr":
            return
        if tag == "img":
            self._picture(values, direction)
            return
        self.context.append((tag, direction))
        if tag == "figure":
            self._end_figure()  # a figure in a figure: the outer one's pictures come first
            self.figure = []
        elif tag in _BLOCKS:
            self._flush()
            kind, level = _BLOCKS[tag]
            self.current = _Open(kind, level, direction, tag)
        elif tag in _MARKS or (tag == "a" and values.get("href")):
            block = self._block()
            mark = _MARKS.get(tag, MarkKind.LINK)
            self.open_marks.append((tag, mark, block.length, safe_link(values.get("href"))))

    def handle_endtag(self, tag: str) -> None:
        if not any(open_tag == tag for open_tag, _ in self.context):
            return
        while self.context:
            open_tag, _ = self.context.pop()
            self._close(open_tag)
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if data.strip() or (self.current is not None and self.current.length):
            self._block().add(data)

    def close(self) -> None:
        """Finish reading and keep the last block."""
        super().close()
        self._end_figure()  # the sanitiser closes what a page leaves open; this is the last guard

    def _picture(self, values: dict[str, str | None], direction: str) -> None:
        src = self.taker.take_address(values.get("src") or "", self.folder, "picture")
        alt = values.get("alt") or values.get("title") or ""
        found = FoundPicture(src, one_line_text(alt), "", direction or "auto")
        if self.figure is not None:
            self.figure.append(found)
            return
        self.waiting.append(found)
        if self.current is None:
            self._flush()

    def _end_figure(self) -> None:
        self._flush()
        figure, self.figure = self.figure or [], None
        self.blocks.extend(picture_blocks(figure))

    def _close(self, tag: str) -> None:
        if tag == "figure":
            self._end_figure()
            return
        if tag in _BLOCKS:
            self._flush()
            # Text after a nested block belongs to its parent's direction again.
            return
        for index in range(len(self.open_marks) - 1, -1, -1):
            if self.open_marks[index][0] == tag:
                _, kind, start, href = self.open_marks.pop(index)
                current = self.current
                if (
                    current is not None
                    and current.length > start
                    and (kind != MarkKind.LINK or href)
                ):
                    current.marks.append(Mark(kind, start, current.length, href))
                break

    def _block(self) -> _Open:
        if self.current is None:
            direction = self.context[-1][1] if self.context else ""
            self.current = _Open(BlockKind.PARAGRAPH, 0, direction, "")
        return self.current

    def _flush(self) -> None:
        self._flush_text()
        waiting, self.waiting = self.waiting, []
        self.blocks.extend(picture_blocks(waiting))
        check_block_count(len(self.blocks), self.source_name)

    def _flush_text(self) -> None:
        current, self.current = self.current, None
        self.open_marks.clear()
        if current is None:
            return
        text = "".join(current.parts).rstrip()
        if not text:
            return
        marks = tuple(
            Mark(m.kind, m.start, min(m.end, len(text)), m.href)
            for m in current.marks
            if m.start < len(text)
        )
        if current.tag == "title":
            self.title = self.title or text
            return
        if current.tag == "h1" and not self.h1:
            self.h1 = text
            return
        level = min(max(current.level - 1, 1), 6) if current.kind == BlockKind.HEADING else 0
        direction = current.direction if current.direction in ("rtl", "ltr") else "auto"
        block = Block(current.kind, text, marks, direction, level)
        if current.tag == "figcaption" and self.figure:
            self.figure[-1].caption_from(block, one_line_text(text))
            return
        self.blocks.append(block)


class _DepthGauge(HTMLParser):
    """Refuses markup nested deeper than MAX_DEPTH, before the sanitiser sees it."""

    def __init__(self, source_name: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source_name = source_name
        self.depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID or tag in _OPTIONAL_END:
            return
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise InvalidInputError(
                f"{self.source_name} is nested more than {MAX_DEPTH} elements deep; refused"
            )

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        return

    def handle_endtag(self, tag: str) -> None:
        if tag not in _VOID and tag not in _OPTIONAL_END:
            self.depth = max(self.depth - 1, 0)


def _direction(attrs: dict[str, str | None]) -> str:
    """An element's explicit direction: its dir, else the direction of its lang."""
    value = (attrs.get("dir") or "").strip().lower()
    if value in ("rtl", "ltr"):
        return value
    lang = (attrs.get("lang") or "").strip()
    return language_direction(lang) if lang else ""


def decode_html(data: bytes, name: str) -> str:
    """The HTML text: a declared Arabic or UTF-8 charset strictly, else text detection."""
    found = _CHARSET.search(data[:4096])
    codec = _CHARSETS.get(found.group(1).decode("ascii").lower()) if found else None
    if codec is not None and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            pass
    text, _ = decode_text(data, name)
    return text


def import_html(source: SourceFile) -> ImportedArticle:
    """An .html file: h1 (else title) is the headline; paragraphs, headings, lists and quotes."""
    markup = clean_text(decode_html(source.data, source.name))
    if markup.count("&") > MAX_REFERENCES:
        raise InvalidInputError(
            f"{source.name} holds more than {MAX_REFERENCES} character references; refused"
        )
    gauge = _DepthGauge(source.name)
    gauge.feed(markup)
    gauge.close()
    lang = _ROOT_LANG.search(markup[:8192])
    taker = PictureTaker(source.name)
    reader = _BlockReader(source.name, taker, source.path.parent)
    reader.feed(_CLEANER.clean(_BARE_AMPERSAND.sub("&amp;", markup)))
    reader.close()
    return build_article(
        kind="html",
        headline=reader.h1 or reader.title,
        blocks=reader.blocks,
        source_name=source.name,
        language_hint=lang.group(1) if lang else None,
        dropped=taker.left_out,
        pictures=taker.pictures,
    )
