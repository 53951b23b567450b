"""What a rule is: a stable id, a default severity and a check over a context."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from newsdesk.text.lint.context import LintContext
from newsdesk.text.lint.finding import Severity

# The most findings one rule reports for one text, so a pathological text stays cheap.
MAX_HITS = 1000


class Hit(NamedTuple):
    """A raw match of one rule; the checker turns it into a Finding."""

    start: int
    end: int
    replacement: str | None = None
    params: Mapping[str, object] | None = None
    severity: Severity | None = None


@dataclass(frozen=True)
class Rule:
    """A house-style rule; empty `languages`/`fields` mean it applies everywhere."""

    id: str
    severity: Severity
    check: Callable[[LintContext], Iterable[Hit]]
    languages: frozenset[str] = frozenset()
    fields: frozenset[str] = frozenset()
    # A hit needs a match of this in the text; where it finds none the rule need not run.
    needs: re.Pattern[str] | None = None

    def applies(self, language: str, field: str) -> bool:
        """Tell whether the rule runs for this document language and field."""
        if self.languages and language not in self.languages:
            return False
        return not self.fields or field in self.fields

    def may_apply(self, field: str) -> bool:
        """Tell whether the rule runs for this field in some language."""
        return not self.fields or field in self.fields
