"""The export's page restated in the part of CSS that Qt's text browser understands.

Qt's rich text knows no logical sides, no `:lang()`, no `@font-face` and no border on one side
of a block, and it sets h1–h6 at sizes of its own. The page written by the renderer stays the
one source; this module rewrites its stylesheet with physical sides for the page's direction
and plain selectors, turns each quote into a one-row table whose first cell is the bar, and
splits the headline off so the pane can keep it in view above the scrolling body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdesk.render.palettes import PALETTES

# 1rem in the page is the browser's default 16 px, which is 12 pt.
REM_PT = 12.0
REM_PX = 16
SERIF = (
    '"Newsdesk Naskh Arabic", "Newsdesk Sans Arabic", "Newsdesk Amiri", "Noto Serif", '
    '"Noto Naskh Arabic", "Amiri", Georgia, "DejaVu Sans", serif'
)
ARABIC = (
    '"Newsdesk Naskh Arabic", "Newsdesk Sans Arabic", "Newsdesk Amiri", "Noto Naskh Arabic", '
    '"Noto Sans Arabic", "Amiri", "DejaVu Sans", serif'
)
SANS = (
    '"Newsdesk Sans Arabic", "Newsdesk Naskh Arabic", "Newsdesk Amiri", "Noto Sans", '
    '"Noto Sans Arabic", "Noto Naskh Arabic", "DejaVu Sans", sans-serif'
)
# CSS line-height multiplies the font size; Qt's proportional heights multiply each face's own
# (for Arabic faces already about 1.7 em), so each class gets the browser's line in pixels.
PX_PER_PT = 4 / 3
# Point sizes the page gives headings, by level (h1 is the headline).
HEADING_PT = {1: 24.0, 2: 16.0, 3: 14.0}
PHONE_HEADLINE_PT = 18.0
QUOTE_BAR_PX = 4

_STYLE = re.compile(r"<style>.*?</style>", re.S)
_DIR = re.compile(r'<html lang="[^"]*" dir="(rtl|ltr)"')
_QUOTE = re.compile(
    r'<blockquote id="([^"]*)" class="nd-quote" dir="([^"]*)" lang="([^"]*)">(.*?)</blockquote>',
    re.S,
)
_OVERLINE = re.compile(r'<p class="nd-overline".*?</p>\n?', re.S)
_HEADLINE = re.compile(r'<p class="nd-headline".*?</p>\n?', re.S)
_HEADING = re.compile(r"<h([1-6])( [^>]*)?>(.*?)</h\1>", re.S)


@dataclass(frozen=True)
class QtPage:
    """The page for Qt: the part kept in view (kicker and headline) and the scrolling rest."""

    head: str
    body: str


def _families(listed: str, hidden: frozenset[str]) -> str:
    names = [name.strip() for name in listed.split(",")]
    return ", ".join(name for name in names if name.strip('"') not in hidden)


def stylesheet(theme: str, width: str, direction: str, hidden: frozenset[str] = frozenset()) -> str:
    """The page's stylesheet in Qt's dialect, for one theme, width and writing direction.

    Families in `hidden` are left out of every font list (a browser here would not find them).
    """
    p = PALETTES[theme]
    serif, arabic, sans = (_families(f, hidden) for f in (SERIF, ARABIC, SANS))
    start = "right" if direction == "rtl" else "left"
    body_pt = 11 if width == "phone" else 12
    headline_pt = PHONE_HEADLINE_PT if width == "phone" else HEADING_PT[1]

    def line(points: float, height: float) -> str:
        return f"line-height: {round(points * PX_PER_PT * height)}px;"

    return f"""
body {{ background-color: {p["page"]}; color: {p["ink"]}; font-family: {serif};
  font-size: {body_pt}pt; {line(body_pt, 1.75)} }}
[lang="ar"] {{ font-family: {arabic}; }}
p, li {{ margin-top: 0; margin-bottom: {REM_PX}px; }}
.nd-overline, .nd-headline, .nd-byline, .nd-dateline, .nd-tags, .nd-sub, .nd-caption-line {{
  font-family: {sans}; }}
.nd-overline {{ margin-bottom: 8px; font-size: 10pt; font-weight: bold; color: {p["accent"]}; }}
.nd-badge {{ background-color: {p["badge"]}; color: {p["badge_ink"]}; }}
.nd-headline {{ font-size: {headline_pt}pt; font-weight: bold; margin-top: 0; margin-bottom: 11px;
  {line(headline_pt, 1.35)} }}
.nd-standfirst {{ font-size: 14pt; {line(14, 1.6)} color: {p["muted"]}; margin-bottom: 14px; }}
.nd-byline, .nd-dateline {{ font-size: 10pt; {line(10, 1.75)} color: {p["muted"]}; margin-bottom: 3px; }}
.nd-byline {{ font-weight: bold; }}
.nd-sub {{ font-weight: bold; margin-top: 26px; margin-bottom: 10px; }}
.nd-h2 {{ font-size: {HEADING_PT[2]}pt; {line(HEADING_PT[2], 1.4)} }}
.nd-h3 {{ font-size: {HEADING_PT[3]}pt; {line(HEADING_PT[3], 1.4)} }}
.nd-h4, .nd-h5, .nd-h6 {{ font-size: {body_pt}pt; {line(body_pt, 1.4)} }}
.nd-quote-box {{ margin-top: 19px; margin-bottom: 19px; }}
.nd-quote-bar {{ background-color: {p["accent"]}; }}
.nd-quote {{ color: {p["quote"]}; font-size: 13pt; margin: 0;
  padding-{start}: {REM_PX}px; {line(13, 1.75)} }}
.nd-quote p {{ margin: 0; }}
.nd-figure {{ margin-top: 22px; margin-bottom: 22px; }}
figcaption {{ font-size: 9.5pt; {line(9.5, 1.75)} color: {p["muted"]}; margin-top: 6px; }}
.nd-credit {{ color: {p["faint"]}; }}
.nd-tags {{ font-size: 9.5pt; {line(9.5, 1.75)} color: {p["muted"]}; margin: 0; }}
.nd-tag {{ color: {p["ink"]}; }}
a {{ color: {p["link"]}; }}
"""


def _quote_table(match: re.Match[str]) -> str:
    anchor, direction, lang, inner = match.groups()
    bar = f'<td class="nd-quote-bar" width="{QUOTE_BAR_PX}"></td>'
    text = f'<td class="nd-quote" id="{anchor}" dir="{direction}" lang="{lang}">{inner}</td>'
    # Qt lays a table's cells out left to right whatever its direction: the bar, at the start
    # of the quote, comes last in a right-to-left row.
    cells = text + bar if direction == "rtl" else bar + text
    return (
        '<table class="nd-quote-box" width="100%" cellspacing="0" cellpadding="0">'
        f"<tr>{cells}</tr></table>"
    )


def _heading_paragraph(match: re.Match[str]) -> str:
    # Qt sets h1-h6 at sizes of its own whatever the stylesheet says; a paragraph takes its size.
    level, attributes, inner = match.groups()
    attributes = attributes or ""
    if 'class="' not in attributes:
        attributes = f' class="nd-sub nd-h{level}"{attributes}'
    return f"<p{attributes}>{inner}</p>"


def qt_page(page: str, theme: str, width: str, hidden: frozenset[str] = frozenset()) -> QtPage:
    """The renderer's standalone page rewritten for Qt, split into its head and its body."""
    found = _DIR.search(page)
    direction = found.group(1) if found else "rtl"
    css = stylesheet(theme, width, direction, hidden)
    page = _STYLE.sub(lambda _m: f"<style>{css}</style>", page, count=1)
    page = _QUOTE.sub(_quote_table, page)
    page = _HEADING.sub(_heading_paragraph, page)
    page = page.replace("<figcaption ", '<figcaption class="nd-caption-line" ')
    kept = [m.group(0) for m in (_OVERLINE.search(page), _HEADLINE.search(page)) if m]
    body = _HEADLINE.sub("", _OVERLINE.sub("", page, count=1), count=1)
    opening, _, _rest = page.partition('<article class="nd-article"')
    head = f"{opening}{''.join(kept)}</body></html>" if kept else ""
    return QtPage(head=head, body=body)
