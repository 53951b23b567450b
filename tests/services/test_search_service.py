"""Arabic-aware search on SQLite FTS5 and PostgreSQL full-text: the same articles on both."""

from __future__ import annotations

import pytest

from newsdesk.domain.article import ArticleContent, Status
from newsdesk.domain.document import Document
from newsdesk.domain.workflow import Step
from newsdesk.services.articles import ArticleService
from newsdesk.services.searching import reindex, search_articles, search_summaries
from support import KARIM, SARA

ARTICLES = {
    "amo": ArticleContent(
        headline="التأمين الإجباري عن المَرض.. أخنوش يؤكد تسجيل 641 ألف صانع تقليدي",
        body=Document.from_plain_text(
            "أكد رئيس الحكومة أن الصندوق الوطني للضمان الاجتماعي سجل الصناع التقليديين.\n"
            "وتشمل التغطية الصحية أزيد من مليون مستفيد في الجهات الاثنتي عشرة."
        ),
        tags=("الحماية الاجتماعية", "CNSS"),
    ),
    "memo": ArticleContent(
        headline="Signature d'un mémorandum d'entente à Tanger",
        language="fr",
        body=Document.from_plain_text(
            "Le ministère et l'opérateur ont signé le mémorandum mercredi."
        ),
    ),
    "school": ArticleContent(
        headline="افتتاح مدرسة جديدة بالرباط",
        body=Document.from_plain_text("دشن الوزير مدرسة ابتدائية في حي يعقوب المنصور ٢٠٢٤."),
    ),
    "cars": ArticleContent(
        headline="لتطوير قطاع صناعة السيارات.. التوقيع على اتفاقيتي شراكة في طنجة",
        body=Document.from_plain_text("وقعت الوزارة اتفاقيتين مع مصنعين للسيارات الكهربائية."),
    ),
}


@pytest.fixture
def ids(db) -> dict[str, str]:
    service = ArticleService(db, SARA)
    return {key: service.create(content).id for key, content in ARTICLES.items()}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("المرض", {"amo"}),
        ("الاجباري", {"amo"}),
        ("مرض", {"amo"}),
        ("بالمرض", {"amo"}),
        ("memorandum", {"memo"}),
        ("MÉMORANDUM", {"memo"}),
        ("مدرسه", {"school"}),
        ("2024", {"school"}),
        ("cnss", {"amo"}),
        ("طنجة", {"cars"}),
        ("tanger", {"memo"}),
        ("الصندوق الوطني", {"amo"}),
        ("الصندوق طنجة", set()),
        ("", set()),
        ("؟!…", set()),
        ('" OR 1=1 --', set()),
        ("NEAR(مرض", set()),
        ("مرض)", {"amo"}),
    ],
)
def test_queries_find_the_expected_articles(db, ids, query: str, expected: set[str]) -> None:
    found = {hit.id for hit in search_articles(db, query)}
    assert found == {ids[key] for key in expected}


def test_snippet_highlights_the_word_as_typed(db, ids) -> None:
    [hit] = search_articles(db, "مرض")
    assert "**المَرض**" in hit.snippet
    assert hit.headline == ARTICLES["amo"].headline
    [hit] = search_articles(db, "الضمان")
    assert "**للضمان**" in hit.snippet


def test_index_follows_edits(db, ids) -> None:
    assert [h.id for h in search_articles(db, "افتتاح")] == [ids["school"]]
    ArticleService(db, KARIM).edit(ids["school"], headline="زيارة مستشفى جديد بالرباط")
    assert search_articles(db, "افتتاح") == []
    assert [h.id for h in search_articles(db, "مستشفي")] == [ids["school"]]


def test_headline_matches_rank_above_body_matches(db, ids) -> None:
    service = ArticleService(db, SARA)
    body_only = service.create(
        ArticleContent(headline="خبر آخر", body=Document.from_plain_text("ذكر التقرير المرض عرضا."))
    ).id
    hits = [h.id for h in search_articles(db, "المرض")]
    assert hits == [ids["amo"], body_only]


def test_reindex_rebuilds_everything(db, ids) -> None:
    progress = list(reindex(db))
    assert progress[0] == (0, 4) and progress[-1] == (4, 4)
    assert {h.id for h in search_articles(db, "مرض")} == {ids["amo"]}


def test_filters_narrow_the_search_before_the_limit(db) -> None:
    sara, karim = ArticleService(db, SARA), ArticleService(db, KARIM)
    submitted = [sara.create(ArticleContent(headline=f"زلزال قوي {n}")).id for n in range(2)]
    for article_id in submitted:
        sara.take_step(article_id, Step.SUBMIT)
    karim.take_step(submitted[0], Step.CLAIM)
    for n in range(4):  # newer matching drafts, more than the limit
        karim.create(ArticleContent(headline=f"زلزال قوي {n}"))
    found = search_summaries(db, "زلزال", status="submitted", limit=2)
    assert [s.id for s in found] == [submitted[1]]
    found = search_summaries(db, "زلزال", author="sara", limit=2)
    assert {s.id for s in found} == set(submitted)
    assert all(s.headline.startswith("زلزال") and s.author == "sara" for s in found)
    [held] = search_summaries(db, "زلزال", held_by="karim", status="in_review", limit=2)
    assert held.id == submitted[0] and held.status == Status.IN_REVIEW
    assert search_summaries(db, "زلزال", desk="sports", limit=2) == []
