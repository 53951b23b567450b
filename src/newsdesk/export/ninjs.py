"""IPTC ninjs 3.1: the article as a News in JSON object."""

from __future__ import annotations

import json
from typing import Any

from newsdesk.domain.article import Article, ArticleContent, Status
from newsdesk.domain.document import Block, BlockKind
from newsdesk.export.base import Exporter, iso_utc
from newsdesk.export.prepared import prepare
from newsdesk.export.xhtml import body_div

NINJS_VERSION = "3.1"
NINJS_SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"


def pub_status(status: Status) -> str:
    """The IPTC publication status of an article in this workflow state."""
    if status in (Status.APPROVED, Status.PUBLISHED):
        return "usable"
    if status == Status.SPIKED:
        return "canceled"
    return "withheld"


def _words(text: str) -> int:
    return len(text.split())


def _picture(uri: str, index: int, src: str | None, caption: str, credit: str) -> dict[str, Any]:
    picture: dict[str, Any] = {
        "name": f"image{index}",
        "uri": f"{uri}:image:{index}",
        "type": "picture",
        "rel": "embedded",
    }
    if caption:
        picture["descriptions"] = [{"role": "caption", "value": caption}]
    if credit:
        picture["by"] = credit
    # Only absolute addresses are URIs; a picture shipped beside the article is named by the
    # rich-text body's <img>, relative to this file.
    if src and "://" in src:
        picture["renditions"] = [{"name": "original", "href": src}]
    return picture


class NinjsExporter(Exporter):
    """A ninjs 3.1 object: headlines, plain and XHTML bodies, dates, urgency and pictures."""

    name = "ninjs"
    filename = "article.ninjs.json"
    media_type = "application/ninjs+json"
    description = "IPTC ninjs 3.1 (News in JSON)"

    def to_dict(self, article: Article) -> dict[str, Any]:
        """The ninjs object as plain JSON values."""
        content = article.content
        view = prepare(article, self.settings.tz).view
        plain = content.body.plain_text()
        headlines = [{"role": "main", "value": content.headline}]
        if content.kicker:
            headlines.append({"role": "kicker", "value": content.kicker})
        data: dict[str, Any] = {
            "standard": {"name": "ninjs", "version": NINJS_VERSION, "schema": NINJS_SCHEMA},
            "uri": self.item_uri(article),
            "type": "text",
            "profile": "text-photo" if _pictures(content) else "text-only",
            "version": str(article.version),
            "firstCreated": iso_utc(article.created_at),
            "versionCreated": iso_utc(article.updated_at),
            "contentCreated": iso_utc(article.created_at),
            "pubStatus": pub_status(article.status),
            "urgency": content.urgency,
            "language": content.language,
            "headlines": headlines,
            "bodies": [
                {
                    "role": "main",
                    "contentType": "text/plain",
                    "charCount": len(plain),
                    "wordCount": _words(plain),
                    "value": plain,
                },
                {
                    "role": "richtext",
                    "contentType": "application/xhtml+xml",
                    "value": body_div(view),
                },
            ],
        }
        if content.embargo_at is not None:
            data["embargoedUntil"] = iso_utc(content.embargo_at)
        if content.standfirst:
            data["descriptions"] = [{"role": "summary", "value": content.standfirst}]
        if content.byline:
            data["by"] = content.byline
        if content.dateline:
            data["located"] = content.dateline
        if content.tags:
            data["subjects"] = [{"name": tag, "rel": "about"} for tag in content.tags]
        pictures = [
            _picture(self.item_uri(article), n, b.src, b.caption or b.text, b.credit)
            for n, b in enumerate(_pictures(content), start=1)
        ]
        if pictures:
            data["associations"] = pictures
        return data

    def render(self, article: Article) -> bytes:
        """The ninjs object as indented UTF-8 JSON, letters kept as letters."""
        text = json.dumps(self.to_dict(article), ensure_ascii=False, indent=2)
        return (text + "\n").encode("utf-8")


def _pictures(content: ArticleContent) -> list[Block]:
    return [b for b in content.body.blocks if b.kind == BlockKind.IMAGE]
