"""Split a field into runs of paragraphs of one language, so each is checked by its own rules.

A French quotation inside an Arabic article keeps its no-break space before ":"; an Arabic
paragraph inside a French article is held to Arabic punctuation. The language of a
paragraph is decided as its direction is (`newsdesk.text.language.paragraph_language`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from newsdesk.text.language import paragraph_language

_PARAGRAPH = re.compile("[^\n\r\u2028\u2029]+")


class LanguageRun(NamedTuple):
    """Code-point offsets [start, end) of consecutive paragraphs written in one language."""

    start: int
    end: int
    language: str


def language_runs(text: str, language: str) -> list[LanguageRun]:
    """The field cut into runs of one language; a single run when every paragraph agrees."""
    runs: list[LanguageRun] = []
    start, current = 0, language
    for m in _PARAGRAPH.finditer(text):
        paragraph = m.group()
        if not paragraph.strip():
            continue
        lang = paragraph_language(paragraph, language)[1]
        if lang != current:
            if m.start() > start:
                runs.append(LanguageRun(start, m.start(), current))
            start, current = m.start(), lang
    runs.append(LanguageRun(start, len(text), current))
    return runs
