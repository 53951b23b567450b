"""What may reach the page: link and image address rules, clean text, and the final sanitiser."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import nh3

LINK_SCHEMES = frozenset({"http", "https", "mailto"})
IMAGE_SCHEMES = frozenset({"http", "https"})

# Browsers drop tabs and newlines inside URLs and read "\" as "/", so "java\tscript:" or
# "\\host" would slip past a naive scheme check; such addresses are refused outright.
_UNSAFE_URL_CHARS = re.compile(r"[\x00-\x20\x7f\\]")

# C0 controls (other than tab and newline) and lone surrogates are not allowed in an HTML
# document and cannot be encoded; they are dropped from user text, and CR becomes LF.
_NOT_IN_HTML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_CR = re.compile("\r\n?")

TAGS = frozenset(
    {
        "a",
        "article",
        "blockquote",
        "div",
        "br",
        "em",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "img",
        "li",
        "p",
        "span",
        "strong",
        "time",
        "ul",
    }
)
ATTRIBUTES = {
    "*": {"dir", "lang", "class", "id"},
    "a": {"href"},
    "img": {"src", "alt"},
    "time": {"datetime"},
}

LINK_REL = "noopener noreferrer"

_CLEANER = nh3.Cleaner(
    tags=set(TAGS),
    clean_content_tags={"script", "style"},
    attributes={name: set(values) for name, values in ATTRIBUTES.items()},
    url_schemes=set(LINK_SCHEMES),
    link_rel=LINK_REL,
)


def clean_text(text: str) -> str:
    """User text without the characters an HTML page may not carry; CR and CRLF become LF."""
    if "\r" in text:
        text = _CR.sub("\n", text)
    # Searching first keeps the common, clean case to one pass in C.
    if _NOT_IN_HTML.search(text):
        text = _NOT_IN_HTML.sub("", text)
    return text


def safe_link(href: str | None) -> str | None:
    """The link address when it is http, https or mailto; otherwise None."""
    if not href:
        return None
    href = href.strip()
    if _UNSAFE_URL_CHARS.search(href):
        return None
    try:
        parts = urlsplit(href)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in LINK_SCHEMES:
        return None
    if scheme == "mailto":
        return href if parts.path else None
    return href if parts.netloc else None


def safe_image_source(src: str | None) -> str | None:
    """The image address when it is a relative path or http(s); otherwise None."""
    if not src:
        return None
    src = src.strip()
    if _UNSAFE_URL_CHARS.search(src):
        return None
    try:
        parts = urlsplit(src)
    except ValueError:
        return None
    if parts.scheme:
        return src if parts.scheme.lower() in IMAGE_SCHEMES and parts.netloc else None
    # A leading "/" is site-absolute and "//" borrows another host: neither is relative.
    if src.startswith("/") or parts.netloc or not parts.path:
        return None
    return src


def sanitise(fragment: str) -> str:
    """Pass an HTML fragment through the allow-list sanitiser (the last line of defence)."""
    return _CLEANER.clean(fragment)
