"""Two desks in two processes saving the same version at the same moment: one wins, one is kept.

Threads in one process share the interpreter and take turns; these desks are separate processes
(started with 'spawn'), each with its own connections, released together by a barrier.
"""

from __future__ import annotations

from newsdesk.domain.article import ArticleContent
from newsdesk.domain.document import Document
from newsdesk.services.articles import ArticleService
from racing import compare_and_set_at_once, edit_at_once, race
from support import KARIM, SARA

HEADLINES = {"sara": "عنوان سارة: الحكومة تعلن خطة", "karim": "Titre de Karim : le plan annoncé"}


def draft(db) -> str:
    """A draft by Sara at version 1."""
    content = ArticleContent(headline="الأصل", body=Document.from_plain_text("نص المقال"))
    return ArticleService(db, SARA).create(content).id


def test_two_desks_saving_the_same_version_at_once_give_one_winner(db, db_url) -> None:
    # On PostgreSQL both desks are held inside their saving transactions, each having read the
    # row at version 1 and passed the service's own version check, and are released together
    # into the UPDATE: only compare_and_set's version condition can now stop the second one.
    # SQLite's writers take the write lock when they begin (BEGIN IMMEDIATE), so a desk cannot be
    # held there while the other one also is; there both are held after reading version 1 and
    # before calling edit (what two open editors do), and the compare-and-set guard is proved by
    # the test below, at the level where two SQLite writers holding one version can meet.
    article_id = draft(db)
    inside = not db.is_sqlite
    runs = [(db_url, article_id, p, HEADLINES[p.name], inside) for p in (SARA, KARIM)]
    reported = race(edit_at_once, runs)

    outcomes = sorted((outcome, seen) for _name, outcome, seen, _n in reported)
    assert outcomes == [("conflict", 1), ("saved", 1)], reported
    [(winner, _, _, version)] = [r for r in reported if r[1] == "saved"]
    [(loser, _, _, kept)] = [r for r in reported if r[1] == "conflict"]
    assert version == 2
    service = ArticleService(db, KARIM)
    stored = service.get(article_id)
    assert (stored.headline, stored.version) == (HEADLINES[winner], 2)
    kept_revision = service.revision(article_id, kept)
    assert (kept_revision.step, kept_revision.author) == ("conflict", loser)
    assert kept_revision.content.headline == HEADLINES[loser]


def test_compare_and_set_lets_one_of_two_writers_holding_one_version_through(db, db_url) -> None:
    # Each process reads version 1, then both are released to write "only if still at version 1",
    # each in its own write transaction. On SQLite the second writer waits for the first one's
    # lock and then finds version 2; on PostgreSQL it waits on the row lock and re-checks the row.
    article_id = draft(db)
    runs = [(db_url, article_id, HEADLINES[p.name]) for p in (SARA, KARIM)]
    reported = race(compare_and_set_at_once, runs)

    assert sorted((won, seen) for _h, won, seen in reported) == [(False, 1), (True, 1)], reported
    [winner] = [headline for headline, won, _ in reported if won is True]
    stored = ArticleService(db, KARIM).get(article_id)
    assert (stored.headline, stored.version) == (winner, 2)
