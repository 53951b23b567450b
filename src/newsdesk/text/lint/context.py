"""The text under check and the facts several rules share, computed once."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cached_property

from newsdesk.text.lint.protect import mask
from newsdesk.text.lint.scripts import ARABIC_RE, LATIN_RE
from newsdesk.text.lint.settings import LintSettings

# Characters that only a few rules care about; one scan tells which are present at all.
_RARE = re.compile(
    "[\u0640\u0660-\u0669\u06f0-\u06f9\u06a9\u06aa\u06be\u06c1\u06c3\u06cc\u06d0\u06d2\u06d5"
    "\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]"
)
_PUNCTUATION = re.compile("[.,،؛؟:!?;]")
_DELIMITERS = re.compile('[()\\[\\]«»“”"]')


@dataclass(frozen=True)
class LintContext:
    """One field's text, its language and field name, and lazily shared scans."""

    text: str
    language: str
    field: str
    settings: LintSettings
    memo: dict[str, object] = dataclasses.field(default_factory=dict, compare=False)

    @cached_property
    def masked(self) -> str:
        """The text with URLs and e-mail addresses blanked out."""
        return mask(self.text)

    @cached_property
    def present(self) -> frozenset[str]:
        """Which of the rarely used characters (tatweel, bidi controls…) occur."""
        return frozenset(_RARE.findall(self.text))

    @cached_property
    def punctuation(self) -> list[int]:
        """Offsets of sentence punctuation outside URLs and e-mail addresses."""
        return [m.start() for m in _PUNCTUATION.finditer(self.masked)]

    @cached_property
    def delimiters(self) -> list[int]:
        """Offsets of brackets and quotation marks outside URLs and e-mail addresses."""
        return [m.start() for m in _DELIMITERS.finditer(self.masked)]

    @cached_property
    def has_arabic(self) -> bool:
        """Whether any Arabic letter occurs."""
        return ARABIC_RE.search(self.masked) is not None

    @cached_property
    def has_latin(self) -> bool:
        """Whether any Latin letter occurs."""
        return LATIN_RE.search(self.masked) is not None
