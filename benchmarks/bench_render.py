"""Time the renderer on a 5,000-word Arabic article (page and fragment); prints JSON."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from newsdesk.domain.article import ArticleContent
from newsdesk.domain.document import Block, BlockKind, Document, Mark, MarkKind
from newsdesk.render.html import render_article_html

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import summary, timed

WORDS = 5_000
RUNS = 50
PARAGRAPHS = (
    "أعلن الصندوق الوطني للضمان الاجتماعي حصيلة جديدة لتعميم التغطية الصحية على المهنيين",
    "CNSS يسجل 641 ألف صانع تقليدي ضمن المستفيدين من التأمين الإجباري عن المرض هذه السنة",
    "وأوضح المسؤول أن عملية التسجيل تتواصل في مختلف الجهات بتنسيق مع الغرف المهنية",
)


def build_article(words: int = WORDS) -> ArticleContent:
    """Paragraphs with marks and links, headings, lists and quotes until `words` words."""
    blocks: list[Block] = []
    count = 0
    n = 0
    while count < words:
        text = PARAGRAPHS[n % len(PARAGRAPHS)]
        if n % 10 == 4:
            text = "أرقام رئيسية"
            blocks.append(Block(kind=BlockKind.HEADING, text=text, level=1))
        elif n % 10 in (6, 7):
            blocks.append(Block(kind=BlockKind.LIST_ITEM, text=text))
        elif n % 10 == 8:
            blocks.append(Block(kind=BlockKind.QUOTE, text=text))
        else:
            marks = (
                Mark(MarkKind.BOLD, 0, 5),
                Mark(MarkKind.LINK, 10, 30, "https://example.org/item"),
                Mark(MarkKind.ITALIC, 20, 40),
            )
            blocks.append(Block(text=text, marks=marks))
        count += len(text.split())
        n += 1
    return ArticleContent(
        headline="الضمان الاجتماعي يسجل 641 ألف صانع تقليدي",
        kicker="الحماية الاجتماعية",
        standfirst="حصيلة جديدة لورش تعميم التغطية الصحية",
        body=Document(tuple(blocks)),
        byline="هيئة التحرير",
        dateline="الرباط",
        tags=("الحماية الاجتماعية", "CNSS"),
        breaking=True,
    )


def main() -> None:
    """Render the article RUNS times as a page and as a fragment; print median and p95."""
    article = build_article()
    when = datetime(2024, 2, 28, 11, 30, tzinfo=UTC)
    page = render_article_html(article, when=when)
    result = {
        "benchmark": "render_article_html",
        "words": sum(len(b.text.split()) for b in article.body.blocks),
        "blocks": len(article.body.blocks),
        "html_bytes": len(page.encode("utf-8")),
        "runs": RUNS,
        "page": summary(timed(lambda: render_article_html(article, when=when), RUNS)),
        "fragment": summary(
            timed(lambda: render_article_html(article, when=when, standalone=False), RUNS)
        ),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
