"""Blank out URLs and e-mail addresses so punctuation rules leave them alone."""

from __future__ import annotations

import re

# A private-use character: not a letter, digit, space or punctuation for any rule.
MASK = "\ue000"

# Literal anchors are found first; each is then grown into the address around it.
_ANCHOR = re.compile(r"://|www\.|WWW\.|mailto:|@")
_URL_BODY = re.compile(r"[^\s<>«»\"“”‘’]+")
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)+")
_SCHEMES = frozenset({"http", "https", "ftp"})
_TRAILING = ".,;:!?؟،؛)]}'’"
_LOCAL_PART_MAX = 64


def _trim(text: str, start: int, end: int) -> int:
    """Drop sentence punctuation that ends a URL, keeping a balanced closing bracket."""
    while end > start and text[end - 1] in _TRAILING:
        if text[end - 1] == ")":
            url = text[start:end]
            if url.count("(") >= url.count(")"):
                break
        end -= 1
    return end


def _url_start(text: str, anchor: re.Match[str]) -> int | None:
    pos = anchor.start()
    if anchor.group() != "://":
        before = text[pos - 1] if pos > 0 else " "
        return None if before.isalnum() or before in "/._-" else pos
    start = pos
    while start > 0 and pos - start < 6 and text[start - 1].isascii() and text[start - 1].isalpha():
        start -= 1
    return start if text[start:pos].lower() in _SCHEMES else None


def _email_span(text: str, at: int) -> tuple[int, int] | None:
    start = at
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "._+-"):
        start -= 1
        if at - start > _LOCAL_PART_MAX:
            return None
    domain = _DOMAIN.match(text, at + 1)
    if start == at or domain is None:
        return None
    return start, domain.end()


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Return the [start, end) spans of URLs and e-mail addresses in text, sorted."""
    if not ("://" in text or "www." in text or "WWW." in text or "mailto:" in text or "@" in text):
        return []
    spans: list[tuple[int, int]] = []
    covered = -1
    for anchor in _ANCHOR.finditer(text):
        if anchor.start() < covered:
            continue
        if anchor.group() == "@":
            span = _email_span(text, anchor.start())
        else:
            start = _url_start(text, anchor)
            body = _URL_BODY.match(text, start) if start is not None else None
            span = None
            if start is not None and body is not None:
                end = _trim(text, start, body.end())
                span = (start, end) if end > anchor.end() else None
        if span is not None:
            spans.append(span)
            covered = span[1]
    spans.sort()
    return spans


def mask(text: str) -> str:
    """Return text with URLs and e-mail addresses replaced by MASK, same length."""
    spans = protected_spans(text)
    if not spans:
        return text
    parts: list[str] = []
    pos = 0
    for start, end in spans:
        start = max(start, pos)
        if end <= start:
            continue
        parts.append(text[pos:start])
        parts.append(MASK * (end - start))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)
