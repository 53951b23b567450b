"""Checks on article content before it is stored."""

from __future__ import annotations

import re

from newsdesk.domain.article import MAX_TEXT_BYTES, URGENCY_FLASH, URGENCY_LOWEST, ArticleContent
from newsdesk.errors import InvalidInputError

_LANGUAGE_TAG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
MAX_HEADLINE_CHARS = 1000


def validate_content(content: ArticleContent) -> None:
    """Raise InvalidInputError for content that cannot be stored."""
    if not content.headline.strip():
        raise InvalidInputError("the headline is empty")
    if len(content.headline) > MAX_HEADLINE_CHARS:
        raise InvalidInputError(f"the headline is longer than {MAX_HEADLINE_CHARS} characters")
    if "\n" in content.headline or "\r" in content.headline:
        raise InvalidInputError("the headline must be a single line")
    if not _LANGUAGE_TAG.match(content.language):
        raise InvalidInputError(f"'{content.language}' is not a language code such as ar, fr or en")
    if not URGENCY_FLASH <= content.urgency <= URGENCY_LOWEST:
        raise InvalidInputError(f"urgency must be from {URGENCY_FLASH} (flash) to {URGENCY_LOWEST}")
    size = sum(
        _encoded_size(value)
        for value in (
            content.headline,
            content.kicker,
            content.standfirst,
            content.byline,
            content.dateline,
            content.desk,
            *content.tags,
        )
    )
    for block in content.body.blocks:
        size += _encoded_size(block.text)
        if size > MAX_TEXT_BYTES:
            raise InvalidInputError(too_large("the article's text"))


def too_large(what: str) -> str:
    """The one message for text over the limit, wherever it comes from."""
    return (
        f"{what} is larger than {MAX_TEXT_BYTES // (1024 * 1024)} MB, the most one article may hold"
    )


def _encoded_size(value: str) -> int:
    if "\x00" in value:
        # PostgreSQL cannot store it, and no text a reporter writes holds one.
        raise InvalidInputError(
            "the text holds a NUL character (U+0000), which no article may hold"
        )
    try:
        return len(value.encode("utf-8"))
    except UnicodeEncodeError as exc:
        raise InvalidInputError("the text holds characters that are not valid Unicode") from exc
