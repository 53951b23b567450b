"""The labels that mark breaking news, and whether a text already opens with one."""

from __future__ import annotations

from newsdesk.text.normalize import fold

# The labels Moroccan pages put before a breaking story or ticker line, in Arabic, French
# and English; compared folded, so case, accents and hamza do not matter.
BREAKING_LABELS = (
    "عاجل",
    "خبر عاجل",
    "أخبار عاجلة",
    "Urgent",
    "Dernière minute",
    "Flash",
    "Flash info",
    "Breaking",
    "Breaking news",
)
_FOLDED = tuple(sorted({fold(label) for label in BREAKING_LABELS}, key=len, reverse=True))
_REACH = max(len(label) for label in BREAKING_LABELS) + 8
# What may stand before the label: spaces, a bullet, an opening bracket or quotation mark.
_LEAD = ' \t\u00a0\u202f•●◦▪-–—([«"“\u200f\u200e\u061c'


def starts_with_breaking_label(text: str) -> bool:
    """Whether the text opens with a breaking label (`عاجل: …`, `Urgent - …`, `BREAKING …`)."""
    head = fold(text[:_REACH].lstrip(_LEAD))
    for label in _FOLDED:
        if head.startswith(label):
            rest = head[len(label) : len(label) + 1]
            if not rest or not rest.isalnum():
                return True
    return False


def labelled(text: str, breaking: bool, label: str = "عاجل") -> str:
    """The text after `label ·` when it is breaking news and does not open with a label yet."""
    if not breaking or starts_with_breaking_label(text):
        return text
    return f"{label} · {text}"
