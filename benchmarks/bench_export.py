"""Time a 1,000-article bundle in every format but PDF against zipping the same bytes; JSON."""

from __future__ import annotations

import io
import json
import sys
import tempfile
import time
import zipfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from newsdesk.domain.article import Article, ArticleContent, Status
from newsdesk.domain.document import Block, BlockKind, Document, Mark, MarkKind
from newsdesk.export.package import build_bundle
from newsdesk.export.registry import exporters

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import summary, timed

ARTICLES = 1_000
RUNS = 5
WHEN = datetime(2024, 2, 28, 11, 30, tzinfo=UTC)
ARABIC = (
    "أعلن الصندوق الوطني للضمان الاجتماعي حصيلة جديدة لتعميم التغطية الصحية على المهنيين",
    "CNSS يسجل 641 ألف صانع تقليدي ضمن المستفيدين من التأمين الإجباري عن المرض هذه السنة",
    "وأوضح المسؤول أن عملية التسجيل تتواصل في مختلف الجهات بتنسيق مع الغرف المهنية",
)
FRENCH = (
    "Le ministère a présenté mercredi le bilan de la couverture médicale des artisans.",
    "Selon la CNSS, 641 000 artisans sont désormais inscrits au régime obligatoire.",
    "Les inscriptions restent ouvertes jusqu'à la fin de l'année dans toutes les régions.",
)


def _body(paragraphs: tuple[str, ...]) -> Document:
    # A news-length article of about 600 words: paragraphs, a heading, a list, a quote, a picture.
    blocks: list[Block] = []
    for n in range(24):
        text = paragraphs[n % len(paragraphs)]
        if n == 6:
            blocks.append(Block(kind=BlockKind.HEADING, text=text[:30], level=1))
        elif n in (9, 10, 11):
            blocks.append(Block(kind=BlockKind.LIST_ITEM, text=text))
        elif n == 14:
            blocks.append(Block(kind=BlockKind.QUOTE, text=text))
        elif n == 17:
            blocks.append(
                Block(kind=BlockKind.IMAGE, src="images/photo.jpg", caption=text, credit="AFP")
            )
        else:
            marks = (Mark(MarkKind.BOLD, 0, 5), Mark(MarkKind.LINK, 10, 30, "https://example.org"))
            blocks.append(Block(text=text, marks=marks))
    return Document(tuple(blocks))


def build_articles(count: int = ARTICLES) -> list[Article]:
    """`count` approved articles, two in three Arabic and the rest French."""
    arabic = ArticleContent(
        headline="الضمان الاجتماعي يسجل 641 ألف صانع تقليدي",
        language="ar",
        kicker="الحماية الاجتماعية",
        standfirst="حصيلة جديدة لورش تعميم التغطية الصحية",
        body=_body(ARABIC),
        byline="هيئة التحرير",
        dateline="الرباط",
        tags=("الحماية الاجتماعية", "CNSS"),
    )
    french = replace(
        arabic,
        headline="Couverture médicale : 641 000 artisans inscrits",
        language="fr",
        kicker="Protection sociale",
        standfirst="Le chantier avance auprès des professionnels.",
        body=_body(FRENCH),
        byline="La rédaction",
        dateline="Rabat",
    )
    return [
        Article(
            id=f"00000000-0000-4000-8000-{n:012d}",
            content=french if n % 3 == 2 else arabic,
            status=Status.APPROVED,
            version=1 + n % 4,
            author="sara",
            created_at=WHEN,
            updated_at=WHEN,
            updated_by="karim",
        )
        for n in range(count)
    ]


def export(articles: list[Article], out: Path) -> None:
    """Write the bundle of every format but PDF."""
    for _ in build_bundle(out, articles, exporters()):
        pass


def zip_only(entries: list[tuple[str, bytes]]) -> None:
    """Write the same bytes straight into a zip with the same compression."""
    with zipfile.ZipFile(io.BytesIO(), "w", zipfile.ZIP_DEFLATED, compresslevel=6) as bundle:
        for name, data in entries:
            bundle.writestr(name, data)


def main() -> None:
    """Time RUNS exports of ARTICLES articles and the zip-only baseline; print JSON."""
    articles = build_articles()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "bundle.zip"
        export(articles, out)
        with zipfile.ZipFile(out) as bundle:
            entries = [(info.filename, bundle.read(info)) for info in bundle.infolist()]
        started = time.perf_counter()
        export(articles, out)
        first_ms = (time.perf_counter() - started) * 1000
        bundle_ms = summary(timed(lambda: export(articles, out), RUNS, warmup=0))
        size = out.stat().st_size
    zip_ms = summary(timed(lambda: zip_only(entries), RUNS, warmup=1))
    median = bundle_ms["median_ms"]
    result = {
        "benchmark": "export_bundle",
        "articles": len(articles),
        "formats": [e.name for e in exporters()],
        "files": len(entries),
        "bytes_uncompressed": sum(len(data) for _, data in entries),
        "bundle_bytes": size,
        "runs": RUNS,
        "first_run_ms": round(first_ms, 1),
        "bundle": bundle_ms,
        "zip_same_bytes": zip_ms,
        "articles_per_second": round(len(articles) / (median / 1000), 1),
        "ratio_to_zip": round(median / zip_ms["median_ms"], 2),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
