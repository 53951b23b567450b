"""IPTC NewsML-G2 2.35: the article as a newsItem with its body as inline XHTML."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from newsdesk.domain.article import Article
from newsdesk.domain.document import BlockKind
from newsdesk.export.base import Exporter
from newsdesk.export.feeds.common import xml_text
from newsdesk.export.media import MediaTable
from newsdesk.export.ninjs import pub_status
from newsdesk.export.prepared import prepare
from newsdesk.export.xhtml import xhtml_document
from newsdesk.render.safety import safe_image_source
from newsdesk.text.direction import language_direction, resolve_direction
from newsdesk.text.language import guess_language
from newsdesk.timeutil import iso_utc

NAR_NS = "http://iptc.org/std/nar/2006-10-01/"
STANDARD_VERSION = "2.35"
CATALOG = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"


def _text(text: str) -> str:
    return escape(xml_text(text))


class NewsmlExporter(Exporter):
    """A NewsML-G2 2.35 newsItem: item and content metadata, the body as inline XHTML."""

    name = "newsml"
    filename = "article.newsml.xml"
    media_type = "application/vnd.iptc.g2.newsitem+xml"
    description = "IPTC NewsML-G2 2.35 newsItem"

    def _i18n(self, text: str, language: str) -> str:
        # Each text field says its own direction, resolved as everywhere else, never "auto".
        direction = resolve_direction(text, language)
        lang = language if direction == language_direction(language) else _other(text, direction)
        return f' xml:lang="{lang}" dir="{direction}"'

    def _picture_links(self, article: Article, media: MediaTable) -> list[str]:
        # The pictures the body shows, as links from the item: the copy beside this file (with
        # its type and size), or an http(s) address. No QCode of item relations fits an embedded
        # picture better than "see also".
        lines = []
        for block in article.content.body.blocks:
            src = safe_image_source(block.src) if block.kind == BlockKind.IMAGE else None
            if src is None:
                continue
            copy = media.get(src)
            if copy is None and "://" not in src:
                continue
            attrs = f"href={quoteattr(src)}"
            if copy is not None:
                attrs += f' contenttype="{copy.media_type}" size="{copy.size}"'
            caption = block.caption or block.text
            if caption:
                attrs += f" title={quoteattr(xml_text(caption))}"
                attrs += self._i18n(caption, article.content.language)
            lines.append(f'    <link rel="irel:seeAlso" {attrs}/>')
        return lines

    def render(self, article: Article) -> bytes:
        """The newsItem as UTF-8 XML."""
        return self.render_bundled(article, {})

    def render_bundled(self, article: Article, media: MediaTable) -> bytes:
        """The newsItem as UTF-8 XML, linking the pictures copied beside it."""
        content = article.content
        lang = content.language
        direction = language_direction(lang)
        view = prepare(article, self.settings.tz).view
        status = pub_status(article.status)
        lines = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            f'<newsItem xmlns="{NAR_NS}" guid={quoteattr(self.item_uri(article))}'
            f' version="{article.version}" standard="NewsML-G2"'
            f' standardversion="{STANDARD_VERSION}" conformance="power"'
            f' xml:lang="{lang}" dir="{direction}">',
            f'  <catalogRef href="{CATALOG}"/>',
            "  <itemMeta>",
            '    <itemClass qcode="ninat:text"/>',
            '    <provider literal="newsdesk"/>',
            f"    <versionCreated>{iso_utc(article.updated_at)}</versionCreated>",
            f"    <firstCreated>{iso_utc(article.created_at)}</firstCreated>",
        ]
        if content.embargo_at is not None:
            lines.append(f"    <embargoed>{iso_utc(content.embargo_at)}</embargoed>")
        lines += [
            f'    <pubStatus qcode="stat:{status}"/>',
            *self._picture_links(article, media),
            "  </itemMeta>",
            "  <contentMeta>",
            f"    <urgency>{content.urgency}</urgency>",
            f"    <contentCreated>{iso_utc(article.created_at)}</contentCreated>",
            f"    <contentModified>{iso_utc(article.updated_at)}</contentModified>",
        ]
        if content.dateline:
            lines.append(
                f"    <located><name{self._i18n(content.dateline, lang)}>"
                f"{_text(content.dateline)}</name></located>"
            )
        if content.byline:
            lines.append(
                f"    <creator><name{self._i18n(content.byline, lang)}>"
                f"{_text(content.byline)}</name></creator>"
            )
        lines.append(f'    <language tag="{lang}"/>')
        for tag in content.tags:
            lines.append(f"    <keyword{self._i18n(tag, lang)}>{_text(tag)}</keyword>")
        if content.kicker:
            lines.append(
                f'    <headline role="hlrole:kicker"{self._i18n(content.kicker, lang)}>'
                f"{_text(content.kicker)}</headline>"
            )
        lines.append(
            f"    <headline{self._i18n(content.headline, lang)}>"
            f"{_text(content.headline)}</headline>"
        )
        if content.byline:
            lines.append(f"    <by{self._i18n(content.byline, lang)}>{_text(content.byline)}</by>")
        if content.standfirst:
            lines.append(
                f'    <description role="drol:summary"{self._i18n(content.standfirst, lang)}>'
                f"{_text(content.standfirst)}</description>"
            )
        lines += [
            "  </contentMeta>",
            "  <contentSet>",
            f'    <inlineXML contenttype="application/xhtml+xml"{self._i18n("", lang)}>',
            xhtml_document(view),
            "    </inlineXML>",
            "  </contentSet>",
            "</newsItem>",
            "",
        ]
        return "\n".join(lines).encode("utf-8")


def _other(text: str, direction: str) -> str:
    # A field in the other script takes that script's language, as in the renderer.
    return "ar" if direction == "rtl" else guess_language(text, default="en")
