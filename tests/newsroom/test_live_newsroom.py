"""On a newsroom every role's write is announced: the reporter's window hears the chief's steps."""

from __future__ import annotations

import pytest

from newsdesk.domain.article import ArticleContent, Status
from newsdesk.domain.workflow import Step
from newsroom_support import desk_window

pytestmark = [pytest.mark.postgres, pytest.mark.gui]

WAIT_MS = 8000


# `newsroom` comes before `qtbot`, so the windows close (and stop listening) before the
# newsroom's roles are dropped at its teardown.
def test_the_reporter_hears_the_chief_claim_and_return(newsroom, qtbot, tmp_path) -> None:
    reporter = desk_window(qtbot, newsroom, "sara", tmp_path)
    written = reporter.articles.create(ArticleContent(headline="أمطار غزيرة في الرباط"))
    article_id = reporter.articles.take_step(written.id, Step.SUBMIT).id
    editor = reporter.open_article(article_id)
    assert editor is not None and editor.article.status == Status.SUBMITTED
    chief = desk_window(qtbot, newsroom, "karim", tmp_path)
    # The chief's Articles list picks up the reporter's article by itself.
    qtbot.waitUntil(
        lambda: any(
            chief.navigator.table.item(r, 0).text() == "أمطار غزيرة في الرباط"
            for r in range(chief.navigator.table.rowCount())
        ),
        timeout=WAIT_MS,
    )
    code, _out, err = newsroom.cli("karim", "article", "claim", article_id)
    assert code == 0, err
    qtbot.waitUntil(lambda: editor.article.status == Status.IN_REVIEW, timeout=WAIT_MS)
    code, _out, err = newsroom.cli("karim", "article", "return", article_id, "--note", "المصدر؟")
    assert code == 0, err
    qtbot.waitUntil(lambda: editor.article.status == Status.RETURNED, timeout=WAIT_MS)
    karim = newsroom.name("karim")
    assert any(n.startswith(karim) and "أمطار" in n for n in reporter.live.notices)
    assert reporter.live.notices[-1].startswith(f"{karim} returned")
    assert "المصدر؟" in editor.banner.text()
