"""Two versions of an article as rich text: inline or side by side, each paragraph in its direction.

Deleted text is struck through and red, inserted text underlined and green: the marks do not
rely on colour alone. A paragraph deleted or added whole is marked whole, on its own line.
"""

from __future__ import annotations

import html
from collections.abc import Hashable
from dataclasses import dataclass, fields
from datetime import datetime

from newsdesk.domain.article import ArticleContent
from newsdesk.domain.document import Block
from newsdesk.services.merging import BODY, LEADING, shown_text
from newsdesk.text.direction import resolve_direction
from newsdesk.text.paragraphdiff import Row, aligned_rows

DELETED = "color:#a51d2d;background-color:#fbe3e4"
INSERTED = "color:#1c6b35;background-color:#e3f4e8"
_OPEN = {"equal": "", "delete": f'<s style="{DELETED}">', "insert": f'<u style="{INSERTED}">'}
_CLOSE = {"equal": "", "delete": "</s>", "insert": "</u>"}


@dataclass(frozen=True)
class Section:
    """One field of the comparison: its paragraphs on both sides, aligned in rows."""

    field: str
    old: tuple[Block, ...]
    new: tuple[Block, ...]
    old_text: list[str]
    new_text: list[str]
    rows: list[Row]
    first_change: int  # number of the section's first change among all changes


def sections(old: ArticleContent, new: ArticleContent) -> list[Section]:
    """The fields in the order of the changes (see services.merging), each with its rows."""
    names = [*LEADING, BODY]
    names += [f.name for f in fields(ArticleContent) if f.name not in names]
    found, numbered = [], 0
    for name in names:
        a, b = _blocks(old, name), _blocks(new, name)
        keys_a, keys_b = _keys(old, name), _keys(new, name)
        if name not in LEADING and name != BODY and keys_a == keys_b:
            continue  # the other fields are shown only where they differ
        texts_a, texts_b = [shown_text(x) for x in a], [shown_text(x) for x in b]
        rows = aligned_rows(keys_a, keys_b, texts_a, texts_b)
        found.append(Section(name, a, b, texts_a, texts_b, rows, numbered))
        numbered += len({row.hunk for row in rows if row.hunk is not None})
    return found


def inline_html(old: ArticleContent, new: ArticleContent, numbered: bool = False) -> str:
    """Both versions in one column; with `numbered`, each change opens with its number."""
    parts = []
    for section in sections(old, new):
        shown: set[int] = set()
        for row in section.rows:
            if not _has_text(section, row):
                continue
            block = section.new[row.new] if row.new is not None else section.old[row.old or 0]
            body = _row_html(section, row)
            if numbered and row.hunk is not None and row.hunk not in shown:
                shown.add(row.hunk)
                body = f"<b>[{section.first_change + row.hunk + 1}]</b> {body}"
            parts.append(_paragraph(block, new.language, body))
    return "".join(parts)


def side_by_side_html(
    old: ArticleContent, new: ArticleContent, titles: tuple[str, str], mirrored: bool = False
) -> str:
    """The two versions in two columns, paragraphs aligned row by row.

    `mirrored` puts the older version on the right, where a right-to-left reader starts.
    """
    order = slice(None, None, -1 if mirrored else 1)
    head = "".join(f'<th width="50%">{html.escape(title)}</th>' for title in titles[order])
    rows = [f"<tr>{head}</tr>"]
    for section in sections(old, new):
        for row in section.rows:
            if not _has_text(section, row):
                continue
            left = right = ""
            if row.old is not None:
                left = _paragraph(section.old[row.old], old.language, _side(section, row, "old"))
            if row.new is not None:
                right = _paragraph(section.new[row.new], new.language, _side(section, row, "new"))
            cells = "".join(f'<td valign="top">{cell}</td>' for cell in (left, right)[order])
            rows.append(f"<tr>{cells}</tr>")
    return (
        '<table width="100%" cellspacing="0" cellpadding="4" border="1" '
        'style="border-collapse:collapse;border-color:#c0bfbc">' + "".join(rows) + "</table>"
    )


def _has_text(section: Section, row: Row) -> bool:
    old = section.old_text[row.old] if row.old is not None else ""
    new = section.new_text[row.new] if row.new is not None else ""
    return bool(old or new)


def _row_html(section: Section, row: Row) -> str:
    if row.op == "delete":
        return _marked("delete", section.old_text[row.old or 0])
    if row.op == "insert":
        return _marked("insert", section.new_text[row.new or 0])
    if row.op == "equal":
        return html.escape(section.new_text[row.new or 0])
    return "".join(_marked(chunk.op, chunk.text) for chunk in row.chunks)


def _side(section: Section, row: Row, side: str) -> str:
    if row.op == "change":
        skip = "insert" if side == "old" else "delete"
        return "".join(_marked(c.op, c.text) for c in row.chunks if c.op != skip)
    if row.op == "equal":
        return html.escape(section.new_text[row.new or 0])
    return _row_html(section, row)


def _marked(op: str, text: str) -> str:
    return _OPEN[op] + html.escape(text) + _CLOSE[op] if text else ""


def _paragraph(block: Block, language: str, body: str) -> str:
    direction = resolve_direction(shown_text(block), language, block.direction)
    return f'<p dir="{direction}">{body}</p>'


def _blocks(content: ArticleContent, name: str) -> tuple[Block, ...]:
    if name == BODY:
        return content.body.blocks
    return (Block(text=_field_text(getattr(content, name))),)


def _keys(content: ArticleContent, name: str) -> list[Hashable]:
    # What decides sameness is what a merge keeps or drops: whole blocks, whole field values.
    return list(content.body.blocks) if name == BODY else [getattr(content, name)]


def _field_text(value: object) -> str:
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, bool):
        return "✓" if value else ""
    return str(value)
