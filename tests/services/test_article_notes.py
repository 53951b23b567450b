"""The notes thread each editor reads when it opens: the right notes, found the same ways."""

from __future__ import annotations

import pytest

from newsdesk.domain.article import ArticleContent
from newsdesk.domain.document import Document
from newsdesk.domain.workflow import Step
from newsdesk.errors import ConflictError, NotFoundError
from newsdesk.services.articles import ArticleService
from support import KARIM, SARA


def test_notes_leave_out_conflict_copies_and_follow_the_clock(db) -> None:
    sara, karim = ArticleService(db, SARA), ArticleService(db, KARIM)
    body = Document.from_plain_text("نص طويل " * 200)
    article = sara.create(ArticleContent(headline="خبر", body=body))
    sara.edit(article.id, headline="خبر معدل")
    with pytest.raises(ConflictError):
        sara.edit(article.id, headline="نسخة قديمة", if_version=1)
    sara.take_step(article.id, Step.SUBMIT)
    karim.add_note(article.id, "من أين الرقم؟")
    karim.take_step(article.id, Step.RETURN, "أضف المصدر")
    sara.add_note(article.id, "أضفته")

    notes = sara.notes(article.id)

    assert [(n.author, n.text) for n in notes] == [
        ("karim", "من أين الرقم؟"),
        ("karim", "return: أضف المصدر"),
        ("sara", "أضفته"),
    ]
    assert all(n.article_id == article.id for n in notes)
    assert [n.at for n in notes] == sorted(n.at for n in notes)
    assert "conflict" in {r.step for r in sara.history(article.id)}


def test_notes_by_id_prefix_and_unknown_ids(db) -> None:
    sara = ArticleService(db, SARA)
    article = sara.create(ArticleContent(headline="خبر"))
    sara.add_note(article.id, "ملاحظة")
    assert [n.text for n in sara.notes(article.id[:8])] == ["ملاحظة"]
    with pytest.raises(NotFoundError):
        sara.notes("ffffffff-0000-0000-0000-000000000000")


def test_the_thread_an_editor_opens_with_is_one_statement(db) -> None:
    from sqlalchemy import event

    sara, karim = ArticleService(db, SARA), ArticleService(db, KARIM)
    article = sara.create(ArticleContent(headline="خبر"))
    sara.take_step(article.id, Step.SUBMIT)
    karim.take_step(article.id, Step.RETURN, "أضف المصدر")
    karim.add_note(article.id, "من أين الرقم؟")
    quiet = sara.create(ArticleContent(headline="بلا ملاحظات"))
    sara.notes(article.id)  # the pool's connection is set up outside the count
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        notes = sara.notes(article.id)
        after_first = len(statements)
        empty = sara.notes(quiet.id)
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    assert [n.text for n in notes] == ["return: أضف المصدر", "من أين الرقم؟"]
    assert all(n.at.tzinfo is not None for n in notes)
    assert empty == []
    assert after_first == 1 and len(statements) == 2  # one statement a thread, no BEGIN


def test_the_banner_of_a_returned_article_reads_the_last_return_only(db) -> None:
    sara, karim = ArticleService(db, SARA), ArticleService(db, KARIM)
    article = sara.create(ArticleContent(headline="خبر", body=Document.from_plain_text("نص")))
    assert sara.last_return(article.id) is None
    sara.take_step(article.id, Step.SUBMIT)
    karim.take_step(article.id, Step.RETURN, "أضف المصدر")
    sara.take_step(article.id, Step.SUBMIT)
    karim.take_step(article.id, Step.RETURN, "والتاريخ أيضا")
    sara.edit(article.id, headline="خبر معدل")
    last = sara.last_return(article.id)
    assert last is not None and (last.author, last.text) == ("karim", "والتاريخ أيضا")
    assert last.at.tzinfo is not None and last.article_id == article.id
