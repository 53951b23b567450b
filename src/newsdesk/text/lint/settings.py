"""Newsroom-wide knobs of the house-style checker."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

DigitStyle = Literal["western", "eastern"]
# Separators that keep a digit group together and in order in a right-to-left paragraph:
# narrow no-break space, no-break space, comma, full stop, Arabic thousands separator, none.
DIGIT_GROUP_SEPARATORS = ("\u202f", "\u00a0", ",", ".", "\u066c", "")


@dataclass(frozen=True)
class LintSettings:
    """House-style settings: length limits, digit style and grouping, switched-off rules."""

    headline_max_chars: int = 110
    ticker_max_chars: int = 90
    digit_style: DigitStyle = "western"
    disabled_rules: frozenset[str] = frozenset()
    # The newsroom's own spelling of words written more than one way (مسؤول rather than مسئول).
    house_spellings: tuple[str, ...] = ()
    digit_group_separator: str = "\u202f"

    def __post_init__(self) -> None:
        if self.digit_group_separator not in DIGIT_GROUP_SEPARATORS:
            raise ValueError(
                f"digit_group_separator {self.digit_group_separator!r} is not one of "
                f"{DIGIT_GROUP_SEPARATORS!r}"
            )
        if self.digit_style not in ("western", "eastern"):
            raise ValueError(
                f"digit_style must be 'western' or 'eastern', not {self.digit_style!r}"
            )
        if self.headline_max_chars < 1 or self.ticker_max_chars < 1:
            raise ValueError("length limits must be positive")
        # Accept any iterable of ids (a list from a settings file) but keep the dataclass hashable.
        disabled: Iterable[str] = self.disabled_rules
        object.__setattr__(self, "disabled_rules", frozenset(disabled))
        spellings: Iterable[str] = self.house_spellings
        object.__setattr__(
            self, "house_spellings", tuple(w.strip() for w in spellings if w.strip())
        )

    def is_enabled(self, rule_id: str) -> bool:
        """Tell whether a rule runs; disabling a family (`spacing`) disables all its rules."""
        family = rule_id.split(".", 1)[0]
        return rule_id not in self.disabled_rules and family not in self.disabled_rules
