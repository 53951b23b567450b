"""Text copied out of a PDF comes back in the letters it was typed in.

A reader turns each glyph back into text through its font's ToUnicode map. Qt writes that map
from the font's character map alone: a joined Arabic shape gets the presentation-form character
that reaches the same glyph (ﺗﻌﻤﻴﻢ, not تعميم), and a glyph no character reaches gets nothing
(Amiri's joined shapes; Noto Naskh's lam-alef). Each map is rewritten here: a glyph numbered by
`glyphs.prime` gets the letters the layout made it from, any other keeps Qt's character turned
into base letters (U+FEFB, lam-alef, becomes لا: the two letters in logical order).
"""

from __future__ import annotations

import re
import struct
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pikepdf

# Presentation forms: Latin ligatures (ﬁ) and Arabic contextual shapes and ligatures.
_PRESENTATION_FORMS = ((0xFB00, 0xFDFF), (0xFE70, 0xFEFE))
_SECTION = re.compile(rb"beginbf(char|range)(.*?)endbf\1", re.S)
_TOKEN = re.compile(rb"<([0-9A-Fa-f]*)>|\[|\]")
# A CMap section holds at most 100 entries.
_PER_SECTION = 100
_HEADER = (
    b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
    b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
    b"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
    b"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
)
_FOOTER = b"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"


def base_letters(text: str) -> str:
    """`text` with each presentation form replaced by the letters it shows, in logical order."""
    out = []
    for char in text:
        code = ord(char)
        if any(low <= code <= high for low, high in _PRESENTATION_FORMS):
            out.append(unicodedata.normalize("NFKC", char))
        else:
            out.append(char)
    return "".join(out)


def _utf16(hex_digits: bytes) -> str | None:
    try:
        return bytes.fromhex(hex_digits.decode("ascii")).decode("utf-16-be")
    except (ValueError, UnicodeDecodeError):
        return None


def _entries(kind: bytes, body: bytes) -> Iterator[tuple[int, str]]:
    tokens = [m.group(1) if m.group(1) is not None else m.group(0) for m in _TOKEN.finditer(body)]
    at = 0
    while at < len(tokens):
        if kind == b"char":
            code, text = tokens[at : at + 2]
            at += 2
            value = _utf16(text)
            if value is not None:
                yield int(code, 16), value
            continue
        low, high = int(tokens[at], 16), int(tokens[at + 1], 16)
        at += 2
        if tokens[at] == b"[":
            closing = tokens.index(b"]", at)
            values = tokens[at + 1 : closing]
            at = closing + 1
            for code, text in zip(range(low, high + 1), values, strict=False):
                value = _utf16(text)
                if value is not None:
                    yield code, value
            continue
        first = _utf16(tokens[at])
        at += 1
        if not first:
            continue
        for offset in range(high - low + 1):
            yield low + offset, first[:-1] + chr(ord(first[-1]) + offset)


def read_cmap(data: bytes) -> dict[int, str]:
    """A ToUnicode CMap's entries: the text of each glyph code."""
    mapping: dict[int, str] = {}
    for section in _SECTION.finditer(data):
        for code, text in _entries(section.group(1), section.group(2)):
            mapping[code] = text
    return mapping


def write_cmap(mapping: Mapping[int, str]) -> bytes:
    """A ToUnicode CMap for two-byte glyph codes giving each code its text."""
    lines = [
        b"<%04X> <%s>" % (code, text.encode("utf-16-be").hex().upper().encode("ascii"))
        for code, text in sorted(mapping.items())
        if text
    ]
    out = [_HEADER]
    for start in range(0, len(lines), _PER_SECTION):
        chunk = lines[start : start + _PER_SECTION]
        out.append(b"%d beginbfchar\n" % len(chunk) + b"\n".join(chunk) + b"\nendbfchar\n")
    out.append(_FOOTER)
    return b"".join(out)


def sfnt_table(font: bytes, tag: bytes) -> bytes | None:
    """The table `tag` of a TrueType font file, or None when it has none."""
    if len(font) < 12:
        return None
    (count,) = struct.unpack_from(">H", font, 4)
    for index in range(count):
        at = 12 + 16 * index
        if at + 16 > len(font):
            return None
        name, _checksum, offset, length = struct.unpack_from(">4sIII", font, at)
        if name == tag:
            return font[offset : offset + length]
    return None


def _embedded_name(font: pikepdf.Object) -> bytes | None:
    """The name table of the font program embedded for a composite (Type0) font."""
    descendants = font.get("/DescendantFonts")
    if descendants is None or len(descendants) != 1:
        return None
    descriptor = descendants[0].get("/FontDescriptor")
    program = descriptor.get("/FontFile2") if descriptor is not None else None
    return None if program is None else sfnt_table(program.read_bytes(), b"name")


def give_letters(
    document: pikepdf.Pdf, numbered: Mapping[bytes, Sequence[str]]
) -> dict[tuple[int, int], dict[int, str]]:
    """Rewrite every font's ToUnicode map to give letters as they were typed; return the maps.

    `numbered` holds, for each face (by its name table), the text of its glyphs 1, 2, ...
    (see `glyphs.prime`); any other glyph keeps the character Qt found for it, in base letters.
    The maps come back by the font dictionary's object number and generation.
    """
    import pikepdf

    maps: dict[tuple[int, int], dict[int, str]] = {}
    for page in document.pages:
        resources = page.obj.get("/Resources")
        fonts = resources.get("/Font") if resources is not None else None
        for _name, font in fonts.items() if fonts is not None else ():
            cmap = font.get("/ToUnicode")
            if not isinstance(cmap, pikepdf.Stream) or font.objgen in maps:
                continue
            old = read_cmap(cmap.read_bytes())
            new = {code: base_letters(text) for code, text in old.items()}
            known = numbered.get(_embedded_name(font) or b"", ())
            for code, text in enumerate(known, start=1):
                if text:
                    new[code] = text
                else:
                    new.pop(code, None)
            if new != old:
                cmap.write(write_cmap(new))
            maps[font.objgen] = new
    return maps
