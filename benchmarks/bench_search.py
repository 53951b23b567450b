"""Search over generated Arabic and French articles in SQLite: indexing rate and query latency.

Prints JSON: articles indexed per second (folding and writing the index, as `db reindex` does)
and median/p95 milliseconds of `search_articles` over a mix of common and rare queries.
Run: .venv/bin/python benchmarks/bench_search.py [--articles N]
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bulk import article_row, insert_articles
from timing import summary, timed

from newsdesk.domain.document import Block, Document
from newsdesk.services.searching import reindex, search_articles
from newsdesk.services.users import ensure_first_admin
from newsdesk.storage.opening import open_database

ARABIC = (
    "الحكومة رئيس أخنوش التأمين الإجباري المرض الصناع التقليديين الحماية الاجتماعية الصندوق "
    "الوطني للضمان الاجتماعي المغرب الرباط الدار البيضاء طنجة مراكش فاس أكادير وجدة الوزارة "
    "الاقتصاد المالية الميزانية الاستثمار الفلاحة الماء الجفاف الأمطار السدود التعليم المدرسة "
    "الجامعة الطلبة الصحة المستشفى الأطباء الممرضين المنتخب الوطني كرة القدم الملعب البطولة "
    "الرجاء الوداد المدرب اللاعبين الانتخابات البرلمان مجلس النواب المستشارين الأحزاب الأغلبية "
    "المعارضة السيارات الكهربائية المصنع الطاقة الشمسية الرياح الهيدروجين الموانئ السياحة "
    "الفنادق المطار القطار السريع الطريق السيار الأسعار المحروقات التضخم البنك المركزي الدرهم "
    "اتفاقية شراكة مذكرة تفاهم التوقيع افتتاح تدشين مشروع برنامج دعم المقاولات الشباب النساء"
).split()
FRENCH = (
    "gouvernement ministre économie budget investissement agriculture eau sécheresse pluies "
    "barrages éducation école université étudiants santé hôpital médecins infirmiers équipe "
    "nationale football stade championnat entraîneur joueurs élections parlement chambre "
    "partis majorité opposition voitures électriques usine énergie solaire éolien hydrogène "
    "ports tourisme hôtels aéroport train autoroute prix carburants inflation banque centrale "
    "dirham accord partenariat mémorandum signature inauguration projet programme soutien "
    "entreprises jeunes femmes Rabat Casablanca Tanger Marrakech"
).split()
FILLER_AR = "في من على إلى أن عن مع هذا هذه التي الذي كما وقد حيث بعد قبل خلال".split()
FILLER_FR = "le la les des du un une et dans pour par sur avec au aux que qui".split()
QUERIES = [
    "المرض",
    "الاجباري",
    "مرض",
    "الصندوق الوطني",
    "طنجة",
    "السيارات الكهربائية",
    "المستشفي",
    "البنك المركزي",
    "الرجاء",
    "مذكرة تفاهم",
    "memorandum",
    "hopital",
    "voitures électriques",
    "Tanger",
    "sécheresse",
    "banque centrale",
    "الهيدروجين",
    "inflation",
    "الجفاف السدود",
    "CNSS",
]


def make_text(rng: random.Random, words: list[str], filler: list[str], count: int) -> str:
    """A sentence-like run of words: content words with function words between them."""
    out = []
    for _ in range(count):
        out.append(rng.choice(words) if rng.random() < 0.6 else rng.choice(filler))
    return " ".join(out)


def bulk_load(path: Path, count: int, words_per_article: int) -> None:
    """Insert `count` articles (80% Arabic, 20% French) straight through sqlite3."""
    rng = random.Random(11)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    rows = []
    for i in range(count):
        arabic = rng.random() < 0.8
        words, filler = (ARABIC, FILLER_AR) if arabic else (FRENCH, FILLER_FR)
        paragraphs = [make_text(rng, words, filler, words_per_article // 5) for _ in range(5)]
        body = Document(tuple(Block(text=p) for p in paragraphs)).to_json()
        at = (start + timedelta(seconds=i * 37)).strftime("%Y-%m-%d %H:%M:%S.%f")
        rows.append(
            article_row(
                str(uuid.UUID(int=rng.getrandbits(128))),
                make_text(rng, words, filler, 10),
                "ar" if arabic else "fr",
                body,
                at,
                standfirst=make_text(rng, words, filler, 20),
            )
        )
    insert_articles(path, rows)


def main() -> None:
    """Run the benchmark and print JSON."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--words", type=int, default=300, help="body words per article")
    parser.add_argument("--rounds", type=int, default=10, help="passes over the query list")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "search.db"
        db = open_database(str(path))
        ensure_first_admin(db, "admin")
        bulk_load(path, args.articles, args.words)
        t0 = time.perf_counter()
        for _ in reindex(db):
            pass
        index_seconds = time.perf_counter() - t0
        per_query = {q: timed(lambda q=q: search_articles(db, q), args.rounds) for q in QUERIES}
        hits = {q: len(search_articles(db, q)) for q in QUERIES}
        db.close()
    samples = [ms for runs in per_query.values() for ms in runs]
    print(
        json.dumps(
            {
                "articles": args.articles,
                "body_words": args.words,
                "index_seconds": round(index_seconds, 2),
                "articles_indexed_per_second": round(args.articles / index_seconds),
                "queries": len(samples),
                "search": summary(samples),
                "slowest_queries_median_ms": dict(
                    sorted(
                        ((q, summary(runs)["median_ms"]) for q, runs in per_query.items()),
                        key=lambda item: -item[1],
                    )[:5]
                ),
                "hits_per_query_page": hits,
            },
            ensure_ascii=False,
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
