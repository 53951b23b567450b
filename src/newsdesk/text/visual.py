"""Visual-order text for outputs with no bidi engine: terminals and legacy ticker generators."""

from __future__ import annotations

import re

import arabic_reshaper
from bidi import get_display

from newsdesk.text.direction import resolve_direction

# Every line break str.splitlines() knows; each line is its own bidi paragraph.
_LINE_END = re.compile(r"(?:\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029])\Z")
_SURROGATE = re.compile("[\ud800-\udfff]")
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_ZWJ = "\u200d"
_BASE_DIRS = {"rtl": "R", "r": "R", "ltr": "L", "l": "L"}


def _bidi_base(base_dir: str | None) -> str | None:
    if base_dir is None:
        return None
    key = base_dir.strip().lower()
    if key in ("", "auto"):
        return None
    if key not in _BASE_DIRS:
        raise ValueError(f"base_dir must be 'rtl', 'ltr' or 'auto', not {base_dir!r}")
    return _BASE_DIRS[key]


def _shape(line: str) -> str:
    # arabic-reshaper 3.x drops ZWJ from its output but not from the text it searches for
    # ligatures, so a ZWJ before "لا" misplaces the ligature or raises IndexError.
    line = line.replace(_ZWJ, "")
    try:
        return str(arabic_reshaper.reshape(line))
    except (IndexError, KeyError, ValueError):
        return line  # unjoined letters still read; a crash would lose the whole line


def _line_to_visual(line: str, *, shape: bool, base: str | None, language: str) -> str:
    if not line:
        return line
    if base is None:
        base = "R" if resolve_direction(line, language) == "rtl" else "L"
    if shape and _ARABIC_SCRIPT.search(line):
        line = _shape(line)
    display = get_display(line, base_dir=base)
    return display if isinstance(display, str) else display.decode("utf-8")


def to_visual(
    text: str, *, shape: bool = True, base_dir: str | None = None, language: str = "ar"
) -> str:
    """Return text in left-to-right display order, line by line, Arabic joined when shape.

    Each line's base direction is base_dir ("rtl"/"ltr") or, when None, the one
    `resolve_direction` gives the line in `language`. Lone surrogates become U+FFFD.
    """
    base = _bidi_base(base_dir)
    if not text:
        return ""
    # python-bidi encodes to UTF-8 internally and rejects lone surrogates.
    text = _SURROGATE.sub("\ufffd", text)
    out: list[str] = []
    # python-bidi given an explicit base direction treats the whole string as one paragraph
    # and moves line breaks, so lines are reordered one at a time.
    for line in text.splitlines(keepends=True):
        ending = _LINE_END.search(line)
        body = line[: ending.start()] if ending else line
        out.append(_line_to_visual(body, shape=shape, base=base, language=language))
        if ending:
            out.append(ending.group())
    return "".join(out)
