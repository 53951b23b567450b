"""Article services on SQLite and PostgreSQL: create, edit, conflicts, workflow, history, diff."""

from __future__ import annotations

import threading

import pytest

from newsdesk.domain.article import ArticleContent, Status
from newsdesk.domain.document import Document
from newsdesk.domain.workflow import Step
from newsdesk.errors import ConflictError, InvalidInputError, NotFoundError, PermissionDeniedError
from newsdesk.services.articles import ArticleService
from support import KARIM, SARA

BODY = "CNSS يسجل 641 ألف صانع تقليدي\n\nوأوضح رئيس الحكومة أن السجل الوطني يشكل مرجعية."
HEADLINE = "التأمين الإجباري عن المرض.. أخنوش يؤكد تسجيل 641 ألف صانع تقليدي في CNSS (صور)"


def _draft(db, headline: str = HEADLINE) -> str:
    content = ArticleContent(
        headline=headline, body=Document.from_plain_text(BODY), desk="national"
    )
    return ArticleService(db, SARA).create(content).id


def test_create_keeps_text_exactly_and_writes_a_revision(db) -> None:
    article_id = _draft(db, headline="  المَرَض ـــ " + HEADLINE)
    article = ArticleService(db, KARIM).get(article_id)
    assert article.headline == "  المَرَض ـــ " + HEADLINE
    assert article.content.body.plain_text() == BODY
    assert (article.status, article.version, article.author) == (Status.DRAFT, 1, "sara")
    [revision] = ArticleService(db, SARA).history(article_id)
    assert (revision.revision, revision.step, revision.author) == (1, "created", "sara")


@pytest.mark.parametrize("headline", ["", "   ", "سطر\nسطران"])
def test_bad_headlines_are_refused_and_nothing_is_stored(db, headline: str) -> None:
    with pytest.raises(InvalidInputError):
        ArticleService(db, SARA).create(ArticleContent(headline=headline))
    assert ArticleService(db, SARA).summaries() == []


def test_urgency_and_language_are_checked(db) -> None:
    service = ArticleService(db, SARA)
    with pytest.raises(InvalidInputError, match="urgency"):
        service.create(ArticleContent(headline="x", urgency=0))
    with pytest.raises(InvalidInputError, match="language"):
        service.create(ArticleContent(headline="x", language="Arabic!"))


def test_full_workflow_with_roles_and_audit(db) -> None:
    article_id = _draft(db)
    sara, karim = ArticleService(db, SARA), ArticleService(db, KARIM)
    assert sara.take_step(article_id, Step.SUBMIT).status == Status.SUBMITTED
    with pytest.raises(PermissionDeniedError, match="editor role may not approve"):
        sara.take_step(article_id, Step.APPROVE)
    assert sara.get(article_id).status == Status.SUBMITTED
    karim.take_step(article_id, Step.CLAIM)
    with pytest.raises(PermissionDeniedError, match="note"):
        karim.take_step(article_id, Step.RETURN, "")
    karim.take_step(article_id, Step.RETURN, "العنوان طويل جدا")
    sara.edit(article_id, headline="أخنوش: 641 ألف صانع تقليدي في CNSS")
    sara.take_step(article_id, Step.SUBMIT)
    karim.take_step(article_id, Step.APPROVE)
    karim.take_step(article_id, Step.SPIKE, "خبر مكرر")
    restored = karim.take_step(article_id, Step.RESTORE)
    assert restored.status == Status.APPROVED
    published = karim.take_step(article_id, Step.PUBLISH)
    assert published.status == Status.PUBLISHED and published.published_at is not None
    steps = [(r.step, r.author) for r in sara.history(article_id)]
    assert steps == [
        ("created", "sara"),
        ("submit", "sara"),
        ("claim", "karim"),
        ("return", "karim"),
        ("saved", "sara"),
        ("submit", "sara"),
        ("approve", "karim"),
        ("spike", "karim"),
        ("restore", "karim"),
        ("publish", "karim"),
    ]
    assert [r.note for r in sara.history(article_id) if r.step == "return"] == ["العنوان طويل جدا"]


def test_editor_may_not_edit_after_submitting_or_touch_others_work(db) -> None:
    article_id = _draft(db)
    sara = ArticleService(db, SARA)
    sara.take_step(article_id, Step.SUBMIT)
    with pytest.raises(PermissionDeniedError, match="may not edit"):
        sara.edit(article_id, headline="تعديل")
    assert sara.get(article_id).headline == HEADLINE


def test_stale_edit_is_refused_and_its_text_kept(db) -> None:
    article_id = _draft(db)
    sara, karim = ArticleService(db, SARA), ArticleService(db, KARIM)
    karim.edit(article_id, if_version=1, headline="نسخة كريم")
    with pytest.raises(ConflictError, match="saved by karim") as caught:
        sara.edit(article_id, if_version=1, headline="نسخة سارة")
    assert sara.get(article_id).headline == "نسخة كريم"
    kept = sara.revision(article_id, caught.value.kept_revision)
    assert (kept.step, kept.content.headline, kept.version) == ("conflict", "نسخة سارة", 1)


def test_two_concurrent_edits_give_one_winner_and_one_kept_conflict(db) -> None:
    article_id = _draft(db)
    results: list[str] = []
    barrier = threading.Barrier(2)

    def edit(person, headline: str) -> None:
        barrier.wait()
        try:
            ArticleService(db, person).edit(article_id, if_version=1, headline=headline)
            results.append("saved")
        except ConflictError:
            results.append("conflict")

    threads = [threading.Thread(target=edit, args=(p, f"عنوان {p.name}")) for p in (SARA, KARIM)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == ["conflict", "saved"]
    history = ArticleService(db, KARIM).history(article_id)
    headlines = {r.content.headline for r in history}
    assert {"عنوان sara", "عنوان karim"} <= headlines
    assert ArticleService(db, KARIM).get(article_id).version == 2


def test_word_diff_between_revisions(db) -> None:
    article_id = _draft(db)
    sara = ArticleService(db, SARA)
    sara.edit(article_id, headline=HEADLINE.replace("يؤكد", "يعلن"))
    diffs = {d.field: d.chunks for d in sara.diff(article_id, 1, 2)}
    changed = [(c.op, c.text) for c in diffs["headline"] if c.op != "equal"]
    assert changed == [("delete", "يؤكد"), ("insert", "يعلن")]
    assert all(c.op == "equal" for c in diffs["body"])


def test_unknown_ids_and_prefixes(db) -> None:
    article_id = _draft(db)
    service = ArticleService(db, SARA)
    assert service.get(article_id[:8]).id == article_id
    with pytest.raises(NotFoundError):
        service.get("00000000-0000-0000-0000-000000000000")
    with pytest.raises(NotFoundError):
        service.revision(article_id, 99)


def test_list_filters_and_orders_newest_first(db) -> None:
    first, second = _draft(db, "الأول"), _draft(db, "الثاني")
    service = ArticleService(db, KARIM)
    service.take_step(first, Step.SUBMIT)
    assert [a.id for a in service.summaries()] == [first, second]
    assert [a.id for a in service.summaries(status="draft")] == [second]
    assert service.summaries(desk="sports") == []
    with pytest.raises(InvalidInputError):
        service.summaries(status="nonsense")


def test_content_larger_than_an_article_may_hold_is_refused(db) -> None:
    from newsdesk.domain.article import MAX_TEXT_BYTES

    service = ArticleService(db, SARA)
    article = service.create(ArticleContent(headline="عنوان"))
    paragraph = "ن" * (MAX_TEXT_BYTES // 20)  # a tenth of the limit: two bytes a letter
    body = Document.from_plain_text("\n\n".join([paragraph] * 10 + ["one byte too many"]))
    with pytest.raises(InvalidInputError, match="larger than 5 MB"):
        service.edit(article.id, body=body)
    assert service.get(article.id) == article
    assert [r.revision for r in service.history(article.id)] == [1]
