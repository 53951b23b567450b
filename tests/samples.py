"""Sample articles the render, preview and proof tests share (text written for the tests)."""

from __future__ import annotations

from datetime import UTC, datetime

from newsdesk.domain.article import Article, ArticleContent, Status
from newsdesk.domain.document import Block, BlockKind, Document, Mark, MarkKind

# 11:30 UTC is 12:30 in Casablanca on that day.
PUBLISHED = datetime(2024, 2, 28, 11, 30, tzinfo=UTC)
AR_DATE_LINE = "الأربعاء 28 فبراير 2024 على الساعة 12:30"
FR_DATE_LINE = "mercredi 28 février 2024 à 12h30"

AR_HEADLINE = "الضمان الاجتماعي يسجل 641 ألف صانع تقليدي في نظام التغطية الصحية"
HOSTILE = (
    '<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">x</a>'
)
CNSS_PARAGRAPH = "CNSS يسجل 641 ألف صانع تقليدي ضمن المستفيدين من التأمين الإجباري عن المرض"


def arabic_content(**changes) -> ArticleContent:
    """An Arabic article whose second paragraph starts with the Latin acronym CNSS."""
    first = "أعلن الصندوق الوطني للضمان الاجتماعي، صباح اليوم، حصيلة جديدة لتعميم التغطية الصحية."
    link_text = "الموقع الرسمي للصندوق"
    third = f"ويمكن الاطلاع على التفاصيل في {link_text} وفي بلاغ الوزارة."
    link_start = third.index(link_text)
    blocks = (
        Block(text=first, marks=(Mark(MarkKind.BOLD, 0, 4),)),
        Block(text=CNSS_PARAGRAPH),
        Block(
            text=third,
            marks=(
                Mark(
                    MarkKind.LINK, link_start, link_start + len(link_text), "https://example.org/a"
                ),
                Mark(MarkKind.ITALIC, link_start, link_start + 6),
            ),
        ),
        Block(kind=BlockKind.HEADING, text="أرقام رئيسية", level=1),
        Block(kind=BlockKind.LIST_ITEM, text="641 ألف صانع تقليدي مسجل"),
        Block(kind=BlockKind.LIST_ITEM, text="22 جهة معنية بالبرنامج"),
        Block(kind=BlockKind.LIST_ITEM, text="AMO: regime of basic coverage", direction="ltr"),
        Block(
            kind=BlockKind.QUOTE,
            text="هذا الورش مسؤولية جماعية وسنواصل العمل لتسجيل جميع المهنيين",
        ),
        Block(
            kind=BlockKind.IMAGE,
            src="images/artisans.jpg",
            caption="صناع تقليديون في ورشة بمدينة فاس",
            credit="تصوير: هيئة التحرير",
        ),
        Block(text="وتتواصل عملية التسجيل إلى غاية نهاية السنة الجارية."),
    )
    values = {
        "headline": AR_HEADLINE,
        "language": "ar",
        "kicker": "الحماية الاجتماعية",
        "standfirst": "حصيلة جديدة تكشف تقدم ورش تعميم التأمين الإجباري عن المرض لفائدة المهنيين.",
        "body": Document(blocks),
        "byline": "سارة بنعلي",
        "dateline": "الرباط",
        "desk": "economy",
        "tags": ("الحماية الاجتماعية", "CNSS", "الصناعة التقليدية"),
        "breaking": True,
    }
    values.update(changes)
    return ArticleContent(**values)


def french_content(**changes) -> ArticleContent:
    """A French article that quotes a minister in Arabic."""
    blocks = (
        Block(text="Le ministère a présenté mercredi le bilan de la couverture médicale."),
        Block(kind=BlockKind.QUOTE, text="هذا الورش مسؤولية جماعية وسنواصل العمل"),
        Block(text="Selon la CNSS, 641 000 artisans sont désormais inscrits au régime."),
    )
    values = {
        "headline": "Couverture médicale : 641 000 artisans inscrits à la CNSS",
        "language": "fr",
        "kicker": "Protection sociale",
        "standfirst": "Le chantier de généralisation avance auprès des professionnels.",
        "body": Document(blocks),
        "byline": "Karim Idrissi",
        "dateline": "Rabat",
        "tags": ("santé", "CNSS"),
        "breaking": True,
    }
    values.update(changes)
    return ArticleContent(**values)


def link_block(href: str) -> Block:
    """A paragraph whose first words link to `href`."""
    return Block(text="اضغط هنا للمزيد", marks=(Mark(MarkKind.LINK, 0, 5, href),))


def hostile_content() -> ArticleContent:
    """An Arabic article stuffed with markup and addresses that try to run script."""
    blocks = (
        Block(text=HOSTILE),
        link_block("javascript:alert(4)"),
        link_block(" JaVaScRiPt:alert(5)"),
        link_block("java\tscript:alert(6)"),
        link_block("data:text/html,<script>alert(7)</script>"),
        link_block('https://example.org/" onmouseover="alert(8)'),
        Block(kind=BlockKind.IMAGE, src="javascript:alert(9)", caption=HOSTILE),
        Block(kind=BlockKind.IMAGE, src='x" onerror="alert(10)', caption="صورة"),
        Block(kind=BlockKind.IMAGE, src="data:image/svg+xml,<svg onload=alert(11)>", caption="ص"),
        Block(kind=BlockKind.HEADING, text='<h1 onclick="alert(12)">عنوان</h1>'),
    )
    return arabic_content(
        headline=HOSTILE,
        kicker="<b onmouseover=alert(13)>",
        byline='"><script>alert(14)</script>',
        tags=("<svg onload=alert(15)>",),
        body=Document(blocks),
    )


def stored(content: ArticleContent, *, status: Status = Status.DRAFT, version: int = 3) -> Article:
    """The content as a stored article, published at PUBLISHED."""
    return Article(
        id="5f0c3a2e-8d7b-4f4e-9a51-2b6f0c1d9e77",
        content=content,
        status=status,
        version=version,
        author="sara",
        created_at=PUBLISHED,
        updated_at=PUBLISHED,
        updated_by="sara",
        published_at=PUBLISHED,
    )
