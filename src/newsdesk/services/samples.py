"""Sample articles in Arabic, French and English, written for Newsdesk, for a first look around."""

from __future__ import annotations

from newsdesk.domain.article import ArticleContent
from newsdesk.domain.document import Block, BlockKind, Document, Mark, MarkKind
from newsdesk.domain.people import Person
from newsdesk.services.articles import ArticleService
from newsdesk.storage.engine import Database


def _bold(text: str, phrase: str) -> Block:
    """A paragraph with phrase in bold, found in the text rather than counted by hand."""
    start = text.index(phrase)
    return Block(text=text, marks=(Mark(MarkKind.BOLD, start, start + len(phrase)),))


SAMPLES = (
    ArticleContent(
        headline="CNSS: تسجيل 641 ألف صانع تقليدي في نظام التأمين الإجباري عن المرض",
        language="ar",
        kicker="الحماية الاجتماعية",
        standfirst="الحكومة تؤكد أن تعميم التغطية الصحية يسير وفق الجدول المحدد",
        body=Document(
            (
                Block(
                    text="CNSS يعلن أن عدد الصناع التقليديين المسجلين بلغ 641 ألفا إلى حدود نهاية فبراير."
                ),
                _bold(
                    "وقال رئيس الحكومة، في افتتاح الأسبوع الوطني للصناعة التقليدية بالدار البيضاء، إن الورش يتقدم بثبات.",
                    "رئيس الحكومة",
                ),
                Block(BlockKind.HEADING, "أرقام المرحلة المقبلة", level=2),
                Block(BlockKind.LIST_ITEM, "توسيع التسجيل ليشمل الحرفيين في العالم القروي"),
                Block(BlockKind.LIST_ITEM, "تبسيط مساطر الاستفادة من التعويضات"),
                Block(
                    BlockKind.QUOTE,
                    "«الهدف أن لا يبقى أي صانع خارج التغطية الصحية»، يقول مسؤول بالوزارة.",
                ),
            )
        ),
        byline="هيئة التحرير",
        dateline="الدار البيضاء",
        desk="national",
        tags=("الحماية الاجتماعية", "الصناعة التقليدية"),
        urgency=4,
    ),
    ArticleContent(
        headline="Tanger : deux accords signés pour l’industrie automobile",
        language="fr",
        kicker="Industrie",
        standfirst="Les partenaires prévoient 1 200 emplois d’ici à 2026.",
        body=Document(
            (
                Block(
                    text="Deux accords de partenariat ont été signés mercredi à Tanger pour développer la filière automobile."
                ),
                Block(
                    text="« Nous voulons doubler la valeur ajoutée locale », a déclaré le ministre de l’Industrie."
                ),
            )
        ),
        byline="La rédaction",
        dateline="Tanger",
        desk="economy",
        tags=("industrie", "automobile"),
    ),
    ArticleContent(
        headline="National team names squad for the spring friendlies",
        language="en",
        kicker="Football",
        body=Document(
            (
                Block(
                    text="The coach named 26 players on Monday, including three newcomers from the domestic league."
                ),
                Block(text="The team plays two friendlies in Rabat later this month."),
            )
        ),
        byline="Sports desk",
        dateline="Rabat",
        desk="sports",
        tags=("football",),
        urgency=6,
    ),
)


SAMPLE_TICKER = (
    ("site", "ar", True, "عاجل: الحكومة تعلن تمديد برنامج الدعم المباشر للسكن إلى نهاية السنة"),
    ("site", "ar", False, "CNSS: أزيد من 641 ألف صانع تقليدي مسجلون في التأمين الإجباري عن المرض"),
    ("site", "ar", False, "طنجة: التوقيع على اتفاقيتي شراكة لتطوير صناعة السيارات"),
    ("site-fr", "fr", False, "Tanger : deux accords signés pour l’industrie automobile"),
    ("site-en", "en", False, "National team names 26 players for the spring friendlies"),
)


def load_sample_ticker(db: Database, person: Person) -> list[str]:
    """Create the sample ticker items as drafts of `person`; return their ids."""
    from newsdesk.services.tickers import TickerService

    service = TickerService(db, person)
    return [
        service.add(text, channel=channel, language=language, breaking=breaking).id
        for channel, language, breaking, text in SAMPLE_TICKER
    ]


def load_sample_articles(db: Database, person: Person) -> list[str]:
    """Create the sample articles as drafts of `person`; return their ids."""
    service = ArticleService(db, person)
    return [service.create(content, step="sample").id for content in SAMPLES]
