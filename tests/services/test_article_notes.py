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
