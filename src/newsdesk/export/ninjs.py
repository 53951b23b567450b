"""IPTC ninjs 3.1 (or 2.2 on request): the article as a News in JSON object."""

from __future__ import annotations

from typing import Any

from newsdesk.domain.article import Article, ArticleContent, Status
from newsdesk.domain.document import Block, BlockKind
from newsdesk.errors import InvalidInputError
from newsdesk.export.base import Exporter, ExportSettings
from newsdesk.export.json_bytes import indented_json
from newsdesk.export.media import MediaTable
from newsdesk.export.prepared import prepare
from newsdesk.export.xhtml import body_div
from newsdesk.render.safety import safe_image_source
from newsdesk.timeutil import iso_utc

NINJS_VERSION = "3.1"
NINJS_SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"
SCHEMAS = {
    NINJS_VERSION: NINJS_SCHEMA,
    "2.2": "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json#",
}
# ninjs 2.x spells in lower case what 3.x spells in camel case; otherwise the parts written here
# have the same shape (checked against both schemas in the tests).
_LOWER_CASE = {
    "firstCreated": "firstcreated",
    "versionCreated": "versioncreated",
    "contentCreated": "contentcreated",
    "pubStatus": "pubstatus",
    "embargoedUntil": "embargoed",
    "contentType": "contenttype",
    "charCount": "charcount",
    "wordCount": "wordcount",
    "sizeInBytes": "sizeinbytes",
}


def pub_status(status: Status) -> str:
    """The IPTC publication status of an article in this workflow state."""
    if status in (Status.APPROVED, Status.PUBLISHED):
        return "usable"
    if status == Status.SPIKED:
        return "canceled"
    return "withheld"


def _words(text: str) -> int:
    return len(text.split())


def _renditions(src: str | None, media: MediaTable) -> list[dict[str, Any]]:
    copy = media.get(src) if src else None
    if copy is not None:
        # A rendition's href must be an absolute URI, so the copy beside this file is named by
        # its checksum (RFC 6920), which the manifest lists with the copy's path.
        return [
            {
                "name": "original",
                "href": copy.ni_uri(),
                "contentType": copy.media_type,
                "width": copy.width,
                "height": copy.height,
                "sizeInBytes": copy.size,
            }
        ]
    # Only absolute addresses are URIs; any other picture is named by the rich-text body's <img>.
    if src and "://" in src:
        return [{"name": "original", "href": src}]
    return []


def _picture(uri: str, index: int, block: Block, media: MediaTable) -> dict[str, Any]:
    caption = block.caption or block.text
    picture: dict[str, Any] = {
        "name": f"image{index}",
        "uri": f"{uri}:image:{index}",
        "type": "picture",
        "rel": "embedded",
    }
    descriptions = [
        {"role": role, "value": text}
        for role, text in (("caption", caption), ("alt", block.alt))
        if text
    ]
    if descriptions:
        picture["descriptions"] = descriptions
    if block.credit:
        picture["by"] = block.credit
    renditions = _renditions(safe_image_source(block.src), media)
    if renditions:
        picture["renditions"] = renditions
    return picture


def as_ninjs_2(data: dict[str, Any], associated: bool = False) -> dict[str, Any]:
    """A ninjs 3.x object as ninjs 2.x spells it (lower-case names; no `rel` on associations)."""
    out: dict[str, Any] = {}
    for key, value in data.items():
        if associated and key == "rel":
            continue
        if isinstance(value, list):
            value = [
                as_ninjs_2(v, associated=key == "associations") if isinstance(v, dict) else v
                for v in value
            ]
        elif isinstance(value, dict):
            value = as_ninjs_2(value)
        out[_LOWER_CASE.get(key, key)] = value
    return out


class NinjsExporter(Exporter):
    """A ninjs object (3.1, or 2.2 by the settings): headlines, bodies, dates and pictures."""

    name = "ninjs"
    filename = "article.ninjs.json"
    media_type = "application/ninjs+json"
    description = "IPTC ninjs 3.1 (News in JSON; 2.2 on request)"

    def __init__(self, settings: ExportSettings | None = None):
        super().__init__(settings)
        self.version = self.settings.ninjs_version
        if self.version not in SCHEMAS:
            known = ", ".join(SCHEMAS)
            raise InvalidInputError(f"ninjs version must be one of {known}, not '{self.version}'")

    def to_dict(self, article: Article, media: MediaTable | None = None) -> dict[str, Any]:
        """The ninjs object as plain JSON values (pictures in `media` are copies beside it)."""
        content = article.content
        view = prepare(article, self.settings.tz).view
        plain = content.body.plain_text()
        headlines = [{"role": "main", "value": content.headline}]
        if content.kicker:
            headlines.append({"role": "kicker", "value": content.kicker})
        data: dict[str, Any] = {
            "standard": {"name": "ninjs", "version": self.version, "schema": SCHEMAS[self.version]},
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
            _picture(self.item_uri(article), n, block, media or {})
            for n, block in enumerate(_pictures(content), start=1)
        ]
        if pictures:
            data["associations"] = pictures
        return data if self.version == NINJS_VERSION else as_ninjs_2(data)

    def render(self, article: Article) -> bytes:
        """The ninjs object as indented UTF-8 JSON, letters kept as letters."""
        return self.render_bundled(article, {})

    def render_bundled(self, article: Article, media: MediaTable) -> bytes:
        """The ninjs object, its pictures' renditions naming the copies in the bundle."""
        return indented_json(self.to_dict(article, media))


def _pictures(content: ArticleContent) -> list[Block]:
    return [b for b in content.body.blocks if b.kind == BlockKind.IMAGE]
