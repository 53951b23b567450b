"""An old article that is the precise match of a query comes first, however many newer ones
match it less well: ranking is not limited to the newest few thousand matches."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from newsdesk.domain.article import ArticleContent
from newsdesk.domain.document import Document
from newsdesk.services.searching import search_articles
from newsdesk.storage import search
from newsdesk.storage.engine import Database
from searchtools import add_indexed

# More newer partial matches than the 2,000 newest matches ranked before.
NEWER = 2100
QUERY = "تحلية مياه شتوكة"
OLD = ArticleContent(
    headline="افتتاح محطة تحلية مياه البحر في شتوكة آيت باها",
    standfirst="محطة تحلية مياه البحر في شتوكة تزود الفلاحين بمياه السقي",
    body=Document.from_plain_text("وتعد محطة تحلية مياه البحر في شتوكة من أكبر المحطات."),
)
PARTIAL = ArticleContent(
    headline="تقرير عن الموارد المائية",
    body=Document.from_plain_text(
        "تحدث التقرير عن السدود والأمطار والفرشة المائية في جهات المملكة كلها.\n"
        "وأشار التقرير إلى مشاريع التحلية لتوفير مياه الشرب بعدة أقاليم منها شتوكة."
    ),
)


def test_an_old_precise_match_beats_thousands_of_newer_partial_ones(db: Database) -> None:
    years_ago = datetime(2017, 3, 1, tzinfo=UTC)
    add_indexed(db, [("old-target", OLD, years_ago)])  # indexed first: the oldest on both databases
    lately = datetime(2026, 11, 1, tzinfo=UTC)
    add_indexed(
        db, [(f"newer-{n:05d}", PARTIAL, lately + timedelta(minutes=n)) for n in range(NEWER)]
    )
    hits = search_articles(db, QUERY, limit=10)
    assert [hit.id for hit in hits][:1] == ["old-target"]
    assert len(hits) == 10 and all(hit.id.startswith("newer-") for hit in hits[1:])


def test_postgresql_documents_are_what_to_tsvector_makes_of_the_folded_fields(db: Database) -> None:
    if db.is_sqlite:
        return
    fields = search.indexed_fields(OLD)
    weighted = " || ".join(
        f"setweight(to_tsvector('simple', :{name}), '{weight}')"
        for name, weight in search.PG_WEIGHT_CLASSES.items()
    )
    with db.reading() as session:
        same = session.execute(
            text(f"SELECT CAST(:ours AS tsvector) = ({weighted})"),
            {"ours": search.pg_document(fields), **fields},
        ).scalar_one()
    assert same
