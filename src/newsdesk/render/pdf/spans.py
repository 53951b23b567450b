"""A glyph that is part of the letter before it is copied with that letter, as one span.

Amiri draws some letters in two glyphs: the lam before a kaf, say, is a lam and a connecting
stroke, both made from the one letter. The stroke gives back no text, and a PDF reader that
finds no text where it stands sees a gap there and breaks the word in two (المل كية). So the
stroke is put, with the glyph drawn before it, in a span whose ActualText is that glyph's text:
readers copy the span's glyphs as one box that reads as that text.

Readers measure the box from where a span's first glyph starts to where its last one ends, so
the glyphs of a span are drawn from left to right (Qt draws right-to-left text from the right).
Every glyph stays where it was: only the order of drawing changes. Qt writes each glyph on a
line of its own, `dx dy Td <code> Tj`, a move from the previous glyph's origin; those lines are
what is rewritten here. Any other way of writing text is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pikepdf

_GLYPH = re.compile(rb"(-?[0-9.]+) (-?[0-9.]+) Td <([0-9A-Fa-f]{4})> Tj")
_FONT = re.compile(rb"/(\S+) [0-9.]+ Tf\b")


@dataclass(frozen=True)
class _Glyph:
    """One glyph line: its index and its text."""

    line: int
    text: str


def _page_maps(
    page: pikepdf.Page, maps: Mapping[tuple[int, int], dict[int, str]]
) -> dict[bytes, dict[int, str]]:
    """The text maps of the page's fonts, by the names the page's content calls them."""
    resources = page.obj.get("/Resources")
    fonts = resources.get("/Font") if resources is not None else None
    named: dict[bytes, dict[int, str]] = {}
    for name, font in fonts.items() if fonts is not None else ():
        if font.get("/Subtype") == "/Type0" and font.objgen in maps:
            named[str(name).lstrip("/").encode()] = maps[font.objgen]
    return named


def _groups(lines: list[bytes], maps: dict[bytes, dict[int, str]]) -> list[list[_Glyph]]:
    """Each glyph with text followed, line after line, by glyphs without."""
    groups: list[list[_Glyph]] = []
    group: list[_Glyph] = []
    letters: dict[int, str] | None = None
    for index, line in enumerate(lines):
        glyph = _GLYPH.fullmatch(line)
        if glyph is None or letters is None:
            if len(group) > 1:
                groups.append(group)
            group = []
            font = _FONT.search(line)
            if font is not None:
                letters = maps.get(font.group(1))
            elif line.strip() == b"ET":
                letters = None
            continue
        text = letters.get(int(glyph.group(3), 16), "")
        if not text and group:
            group.append(_Glyph(index, text))
            continue
        if len(group) > 1:
            groups.append(group)
        group = [_Glyph(index, text)] if text else []
    if len(group) > 1:
        groups.append(group)
    return groups


def _move(glyph: re.Match[bytes]) -> tuple[Decimal, Decimal]:
    return Decimal(glyph.group(1).decode()), Decimal(glyph.group(2).decode())


def _number(value: Decimal) -> bytes:
    return format(value.normalize(), "f").encode()


def _redraw(lines: list[bytes], group: list[_Glyph]) -> None:
    """Draw the group from left to right in one span, each glyph where it was."""
    x = y = Decimal(0)
    placed = []
    for glyph in group:  # where each glyph stands, from where the one before the group stood
        line = _GLYPH.fullmatch(lines[glyph.line])
        assert line is not None
        dx, dy = _move(line)
        x, y = x + dx, y + dy
        placed.append((x, y, line.group(3)))
    text = group[0].text.encode("utf-16-be").hex().upper().encode()
    at = (Decimal(0), Decimal(0))
    redrawn = [b"/Span <</ActualText <FEFF" + text + b">>> BDC"]
    for gx, gy, code in sorted(placed, key=lambda p: p[0]):
        redrawn.append(_glyph_line(gx - at[0], gy - at[1], code))
        at = (gx, gy)
    redrawn.append(b"EMC")
    for glyph in group:
        lines[glyph.line] = b""
    lines[group[0].line] = b"\n".join(redrawn)
    # The glyph after the group moves from where the group's last glyph stood, not from `at`.
    after = group[-1].line + 1
    following = _GLYPH.fullmatch(lines[after]) if after < len(lines) else None
    if following is not None:
        dx, dy = _move(following)
        lines[after] = _glyph_line(dx + x - at[0], dy + y - at[1], following.group(3))


def _glyph_line(dx: Decimal, dy: Decimal, code: bytes) -> bytes:
    return _number(dx) + b" " + _number(dy) + b" Td <" + code + b"> Tj"


def join_parts_of_letters(
    document: pikepdf.Pdf, maps: Mapping[tuple[int, int], dict[int, str]]
) -> int:
    """Draw each glyph without text in one span with the glyph before it; count the spans.

    `maps` holds each font's text map by its dictionary's object number and generation.
    """
    made = 0
    for page in document.pages:
        named = _page_maps(page, maps)
        if not named:
            continue
        page.contents_coalesce()
        lines = page.obj.Contents.read_bytes().split(b"\n")
        groups = _groups(lines, named)
        for group in groups:
            _redraw(lines, group)
        if groups:
            page.obj.Contents.write(b"\n".join(line for line in lines if line))
            made += len(groups)
    return made
