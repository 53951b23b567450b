"""Approve and Return act on the text that was shown: a newer text is refused, a mere step is not."""

from __future__ import annotations

import pytest

from clitools import Cli
from newsdesk.domain.article import ArticleContent, Status
from newsdesk.domain.workflow import Step
from newsdesk.errors import ConflictError
from newsdesk.services.articles import ArticleService
from support import ADMIN, KARIM, SARA


@pytest.fixture
def submitted(db) -> str:
    """Sara's article, submitted: version 2."""
    service = ArticleService(db, SARA)
    article = service.create(ArticleContent(headline="مقال للمراجعة"))
    assert service.take_step(article.id, Step.SUBMIT).version == 2
    return article.id


@pytest.mark.parametrize("step", [Step.APPROVE, Step.RETURN])
def test_a_text_changed_since_the_version_shown_is_refused(db, submitted, step) -> None:
    ArticleService(db, ADMIN).edit(submitted, headline="عنوان لم يره رئيس التحرير")
    karim = ArticleService(db, KARIM)
    with pytest.raises(ConflictError, match="after version 2, the one shown") as refused:
        karim.take_step(submitted, step, "ملاحظة", seen_version=2)
    assert (refused.value.current_version, refused.value.saved_by) == (3, "admin")
    stored = karim.get(submitted)
    assert (stored.status, stored.version) == (Status.SUBMITTED, 3)
    taken = karim.take_step(submitted, step, "ملاحظة", seen_version=3)
    assert taken.status in (Status.APPROVED, Status.RETURNED)


def test_steps_that_leave_the_text_alone_do_not_make_it_unseen(db, submitted) -> None:
    karim = ArticleService(db, KARIM)
    assert karim.take_step(submitted, Step.CLAIM).version == 3  # the text of version 2 still
    approved = karim.take_step(submitted, Step.APPROVE, seen_version=2)
    assert approved.status == Status.APPROVED


def test_the_command_line_refuses_an_unseen_version(db_url, capsys) -> None:
    cli = Cli(db_url, capsys)
    cli("user", "add", "sara", "--role", "editor")
    cli("user", "add", "karim", "--role", "chief")
    article_id = cli.json("article", "new", "--headline", "عنوان", user="sara")["id"]
    cli("article", "submit", article_id, user="sara")
    cli("article", "edit", article_id, "--headline", "عنوان آخر", user="karim")
    code, _out, err = cli(
        "article", "approve", article_id, "--version", "2", user="karim", ok=False
    )
    assert code != 0 and "the one shown" in err
    assert cli.json("article", "show", article_id, user="karim")["status"] == "submitted"
    cli("article", "approve", article_id, "--version", "3", user="karim")
