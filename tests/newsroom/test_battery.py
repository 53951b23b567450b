"""On a newsroom, raw SQL as each person's own login role cannot do what their role may not:
every attempt of the battery is refused by a grant, a policy, a trigger or a people function,
and the database is left exactly as it was. Authors and times are the server's."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.engine import make_url

from conftest import PG_BASE_URL
from newsdesk.domain.article import ArticleContent
from newsdesk.services.articles import ArticleService
from newsdesk.services.dictionary import DictionaryService
from newsdesk.services.tickers import TickerService
from newsroom.battery import ATTEMPTS, attempt
from newsroom_support import Newsroom

pytestmark = pytest.mark.postgres


def prepare(room: Newsroom) -> dict[str, str]:
    """Articles and ticker items in the states the battery aims at, made through the app."""
    sara_db, karim_db = room.open("sara"), room.open("karim")
    try:
        sara = ArticleService(sara_db, room.person("sara"))
        karim = ArticleService(karim_db, room.person("karim"))
        draft = sara.create(ArticleContent("Draft")).id
        submitted = sara.create(ArticleContent("Submitted")).id
        sara.take_step(submitted, "submit")
        approved = sara.create(ArticleContent("Approved")).id
        sara.take_step(approved, "submit")
        karim.take_step(approved, "approve")
        held = sara.create(ArticleContent("Held")).id
        sara.take_step(held, "submit")
        karim.take_step(held, "claim")
        karims_draft = karim.create(ArticleContent("Karim's draft")).id
        sara.add_note(draft, "a note")
        item = TickerService(sara_db, room.person("sara")).add("خبر", channel="site").id
        karims_item = TickerService(karim_db, room.person("karim")).add("خبر", channel="site").id
        DictionaryService(sara_db, room.person("sara")).add(["الرباط", "CNSS"])
    finally:
        sara_db.close()
        karim_db.close()
    return {
        "draft": draft,
        "submitted": submitted,
        "approved": approved,
        "held": held,
        "karims_draft": karims_draft,
        "item": item,
        "karims_item": karims_item,
    }


@pytest.mark.parametrize("who", ["sara", "karim", "admin"])
def test_every_attempt_is_refused_and_changes_nothing(newsroom: Newsroom, who: str) -> None:
    ids = prepare(newsroom)
    other = "karim" if who == "sara" else "sara"
    names = {
        **ids,
        "me": newsroom.name(who),
        "other": newsroom.name(other),
        "others": ids["karims_draft"] if who == "sara" else ids["draft"],
        "chief": newsroom.name("karim"),
        "owner": f"{newsroom.prefix}_owner",
        "admin_group": f"{newsroom.prefix}_admin",
        "superuser": make_url(PG_BASE_URL).username,
        "token": newsroom.token,
    }
    before = newsroom.contents()
    outcomes = []
    with newsroom.connect(who) as conn:
        for a in ATTEMPTS:
            if who in a.who:
                outcomes.append((a.what, attempt(conn, a.sql.format(**names)), a.refused_by))
    wrong = [f"{what}: {got} (expected {expected})" for what, got, expected in outcomes
             if got != expected]  # fmt: skip
    assert wrong == []
    assert newsroom.contents() == before


def test_an_editor_reads_only_her_own_audit_rows(newsroom: Newsroom) -> None:
    prepare(newsroom)
    with newsroom.connect(None) as owner:
        everyone = owner.execute("SELECT actor FROM audit_log ORDER BY id").fetchall()
    sara, karim = newsroom.name("sara"), newsroom.name("karim")
    assert {actor for (actor,) in everyone} == {sara, karim}
    with newsroom.connect("sara") as conn:
        seen = conn.execute("SELECT actor FROM audit_log ORDER BY id").fetchall()
        assert seen == [(sara,)] * sum(1 for (actor,) in everyone if actor == sara)
        assert conn.execute(
            "SELECT count(*) FROM audit_log WHERE actor <> %s", (sara,)
        ).fetchone() == (0,)
    with newsroom.connect("karim") as conn:
        assert conn.execute("SELECT actor FROM audit_log ORDER BY id").fetchall() == everyone


@pytest.mark.parametrize("who", ["sara", "karim", "admin"])
def test_a_backdated_note_in_someone_elses_name_is_the_servers(
    newsroom: Newsroom, who: str
) -> None:
    ids = prepare(newsroom)
    with newsroom.connect(who) as conn:
        conn.execute(
            "INSERT INTO article_notes (article_id, author, at, text)"
            " VALUES (%s, %s, '2020-01-01', 'backdated')",
            (ids["submitted"], newsroom.name("karim" if who != "karim" else "sara")),
        )
        server_now = conn.execute("SELECT now()").fetchone()[0]
        conn.commit()
        author, at = conn.execute(
            "SELECT author, at FROM article_notes WHERE text = 'backdated'"
        ).fetchone()
    assert author == newsroom.name(who)
    assert at == server_now
    assert abs(at - datetime.now(UTC)) < timedelta(minutes=5)


def test_a_revision_and_audit_row_take_the_servers_author_and_time(newsroom: Newsroom) -> None:
    """A chief approving by hand-written SQL: the step passes, its rows are in her name, now."""
    ids = prepare(newsroom)
    sara = newsroom.name("sara")
    with newsroom.connect("karim") as conn:
        conn.execute("UPDATE articles SET status = 'approved', version = version + 1"
                     " WHERE id = %s", (ids["submitted"],))  # fmt: skip
        conn.execute(
            "INSERT INTO revisions (article_id, revision, version, author, at, step, note,"
            " status, snapshot) VALUES (%s, 3, 3, %s, '2020-01-01', 'approve', '', 'approved',"
            " '{}')",
            (ids["submitted"], sara),
        )
        conn.execute(
            "INSERT INTO audit_log (article_id, actor, at, step, from_status, to_status, note)"
            " VALUES (%s, %s, '2020-01-01', 'approve', 'submitted', 'approved', '')",
            (ids["submitted"], sara),
        )
        server_now = conn.execute("SELECT now()").fetchone()[0]
        conn.commit()
    with newsroom.connect(None) as owner:
        revision = owner.execute(
            "SELECT author, at FROM revisions WHERE article_id = %s AND step = 'approve'",
            (ids["submitted"],),
        ).fetchone()
        audit = owner.execute(
            "SELECT actor, at, article_version FROM audit_log WHERE article_id = %s"
            " AND step = 'approve'",
            (ids["submitted"],),
        ).fetchone()
        article = owner.execute(
            "SELECT updated_by, updated_at, last_step, last_from_status, version FROM articles"
            " WHERE id = %s",
            (ids["submitted"],),
        ).fetchone()
    karim = newsroom.name("karim")
    assert revision == (karim, server_now)
    assert audit == (karim, server_now, 3)
    assert article == (karim, server_now, "approve", "submitted", 3)
