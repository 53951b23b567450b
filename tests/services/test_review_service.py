"""The desk chief's work: edit leases, notes, restoring a revision, counts for the queue."""

from __future__ import annotations

from datetime import timedelta

import pytest

from newsdesk.domain.article import ArticleContent, Status
from newsdesk.domain.people import Person, Role
from newsdesk.domain.workflow import Step
from newsdesk.errors import InvalidInputError, PermissionDeniedError
from newsdesk.services.articles import ArticleService
from newsdesk.services.users import add_person
from support import ADMIN, KARIM, SARA

OMAR = Person("omar", Role.CHIEF)


@pytest.fixture
def submitted(db) -> str:
    add_person(db, ADMIN, "omar", "chief")
    service = ArticleService(db, SARA)
    article = service.create(ArticleContent(headline="مقال للمراجعة"))
    service.take_step(article.id, Step.SUBMIT)
    return article.id


def test_claim_takes_a_lease_that_blocks_others(db, submitted) -> None:
    claimed = ArticleService(db, KARIM).take_step(submitted, Step.CLAIM)
    assert (claimed.status, claimed.held_by) == (Status.IN_REVIEW, "karim")
    with pytest.raises(PermissionDeniedError, match="held by karim"):
        ArticleService(db, OMAR).edit(submitted, headline="تعديل عمر")
    with pytest.raises(PermissionDeniedError, match="held by karim"):
        ArticleService(db, OMAR).take_step(submitted, Step.APPROVE)
    ArticleService(db, KARIM).edit(submitted, headline="تعديل كريم")
    approved = ArticleService(db, KARIM).take_step(submitted, Step.APPROVE)
    assert approved.held_by is None


def test_lease_lapses_and_can_be_broken(db, submitted) -> None:
    ArticleService(db, KARIM).take_step(submitted, Step.CLAIM)
    lapsed = ArticleService(db, OMAR, lease=timedelta(seconds=0))
    assert lapsed.edit(submitted, headline="بعد انتهاء المهلة").headline == "بعد انتهاء المهلة"
    ArticleService(db, KARIM).take_step(submitted, Step.RETURN, "أعد الصياغة")
    ArticleService(db, SARA).take_step(submitted, Step.SUBMIT)
    ArticleService(db, KARIM).take_step(submitted, Step.CLAIM)
    with pytest.raises(PermissionDeniedError, match="editor role may not break"):
        ArticleService(db, SARA).break_lease(submitted)
    assert ArticleService(db, OMAR).break_lease(submitted).held_by is None
    assert ArticleService(db, OMAR).edit(submitted, headline="عمر").headline == "عمر"


def test_notes_thread_includes_return_notes(db, submitted) -> None:
    karim = ArticleService(db, KARIM)
    karim.add_note(submitted, "هل المصدر موثوق؟")
    karim.take_step(submitted, Step.RETURN, "أضف اسم المصدر")
    notes = ArticleService(db, SARA).notes(submitted)
    assert [(n.author, n.text) for n in notes] == [
        ("karim", "هل المصدر موثوق؟"),
        ("karim", "return: أضف اسم المصدر"),
    ]
    with pytest.raises(InvalidInputError):
        karim.add_note(submitted, "   ")


def test_restoring_an_old_revision_makes_a_new_one(db, submitted) -> None:
    karim = ArticleService(db, KARIM)
    karim.edit(submitted, headline="عنوان جديد")
    restored = karim.restore_revision(submitted, 1)
    assert restored.headline == "مقال للمراجعة"
    history = karim.history(submitted)
    assert (history[-1].step, history[-1].note) == ("restored", "from revision 1")
    assert len(history) == 4


def test_counts_and_change_marker(db, submitted) -> None:
    service = ArticleService(db, KARIM)
    counts = service.counts()
    assert (
        counts["submitted"] == 1
        and counts["draft"] == 0
        and set(counts) == {s.value for s in Status}
    )
    before = service.change_marker()
    service.take_step(submitted, Step.CLAIM)
    assert service.change_marker() != before
