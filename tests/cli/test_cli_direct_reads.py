"""On PostgreSQL, `article list`, `article show` and `search` read through psycopg alone and print
exactly what the full opening (SQLAlchemy, the services) prints: the same text, the same JSON,
the same refusals and exit codes.

Each command runs twice in fresh interpreters on the real server: once with the database's URL
as people give it (read directly), once with the same server named again in the URL's query,
a form only the full opening reads (checked: that run loads SQLAlchemy, the other does not).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from conftest import PG_BASE_URL
from newsdesk.domain.article import ArticleContent
from newsdesk.domain.document import Document
from newsdesk.domain.workflow import Step
from newsdesk.services.articles import ArticleService
from newsdesk.services.users import add_person, ensure_first_admin
from newsdesk.storage.opening import open_database
from newsroom_support import Newsroom, newsroom_for_test
from support import ADMIN, SARA

pytestmark = pytest.mark.postgres

RUN = """
import json, sys
from newsdesk.cli.main import main
code = main(sys.argv[2:])
sys.stdout.flush()
with open(sys.argv[1], "w") as out:
    json.dump({"code": code, "sqlalchemy": "sqlalchemy" in sys.modules}, out)
"""
LIBPQ_URL = PG_BASE_URL.replace("postgresql+psycopg://", "postgresql://")


def _by_the_full_opening(url: str) -> str:
    """The same database in a URL form the direct reads leave to the full opening."""
    return url + "&host=127.0.0.1"


def _run(tmp_path: Path, url: str, argv: tuple[str, ...]) -> tuple[int, str, str, bool]:
    """Exit code, stdout, stderr and whether SQLAlchemy was loaded, of one command."""
    report = tmp_path / f"run-{uuid.uuid4().hex}.json"
    env = {
        **os.environ,
        "NEWSDESK_DATA_DIR": str(tmp_path / "data"),
        "NEWSDESK_CONFIG_DIR": str(tmp_path / "config"),
        "PGCONNECT_TIMEOUT": "5",
    }
    env.pop("NEWSDESK_USER", None)
    done = subprocess.run(
        [sys.executable, "-c", RUN, str(report), "--db", url, *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    found = json.loads(report.read_text())
    return found["code"], done.stdout, done.stderr, found["sqlalchemy"]


def _same_both_ways(
    tmp_path: Path, url: str, argv: tuple[str, ...], *, direct: bool = True
) -> tuple[int, str, str]:
    """What a command gives read directly and the full way, the same; `direct`: read directly."""
    code, out, err, loaded = _run(tmp_path, url, argv)
    full = _run(tmp_path, _by_the_full_opening(url), argv)
    assert loaded is not direct, f"{argv}: SQLAlchemy loaded {loaded}"
    assert full[3], f"{argv} was not read the full way"
    # A message that names the database names it as it was given.
    assert (code, out, err) == (full[0], full[1], full[2].replace("host=127.0.0.1&", "")), argv
    return code, out, err


@pytest.fixture(scope="module")
def desk() -> Iterator[tuple[str, dict[str, str]]]:
    """A personal desk on PostgreSQL in a schema of its own, with articles of every kind."""
    schema = f"direct_reads_{uuid.uuid4().hex[:10]}"
    try:
        with psycopg.connect(LIBPQ_URL, autocommit=True, connect_timeout=5) as conn:
            conn.execute(f'CREATE SCHEMA "{schema}"')
    except psycopg.OperationalError as exc:
        pytest.skip(f"PostgreSQL not reachable: {exc}")
    url = f"{PG_BASE_URL}?options=-csearch_path%3D{schema}"
    try:
        db = open_database(url)
        try:
            ensure_first_admin(db, ADMIN.name)
            add_person(db, ADMIN, SARA.name, "editor")
            yield url, _articles(ArticleService(db, ADMIN))
        finally:
            db.close()
    finally:
        with psycopg.connect(LIBPQ_URL, autocommit=True, connect_timeout=5) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def _articles(service: ArticleService) -> dict[str, str]:
    arabic = service.create(
        ArticleContent(
            headline="الجفاف في الرباط يهدد المحاصيل",
            kicker="عاجل",
            standfirst="CNSS يسجل 641 ألف صانع",
            body=Document.from_plain_text(
                "ضرب الجفاف جهة الرباط.\n\nوقال المسؤولون إن الأمطار قليلة."
            ),
            desk="national",
            tags=("جفاف", "الرباط"),
            breaking=True,
            urgency=2,
        )
    )
    french = service.create(
        ArticleContent(
            headline="La sécheresse frappe Rabat",
            language="fr",
            body=Document.from_plain_text("Les récoltes de Rabat sont menacées."),
            desk="national",
        )
    )
    embargoed = service.create(
        ArticleContent(
            headline="ميزانية الرباط تحت الحظر",
            body=Document.from_plain_text("لا ينشر قبل الموعد: الرباط."),
            desk="economy",
            embargo_at=datetime.now(UTC) + timedelta(days=3),
        )
    )
    spiked = service.create(ArticleContent(headline="خبر ملغى عن الرباط", desk="economy"))
    service.take_step(spiked.id, Step.SPIKE)
    submitted = service.create(ArticleContent(headline="تقرير مرفوع", desk="sport"))
    service.take_step(submitted.id, Step.SUBMIT)
    return {
        "arabic": arabic.id,
        "french": french.id,
        "embargoed": embargoed.id,
        "spiked": spiked.id,
        "submitted": submitted.id,
    }


READS = (
    ("article", "list"),
    ("--json", "article", "list"),
    ("article", "list", "--status", "spiked"),
    ("article", "list", "--desk", "economy", "--json"),
    ("article", "list", "--author", "admin", "--limit", "2", "--offset", "1"),
    ("article", "list", "--visual"),
    ("search", "الرباط"),
    ("--json", "search", "الرباط"),
    ("search", "Rabat", "--limit", "1"),
    ("search", "الرباط", "--visual"),
    ("search", "كلمةغائبة"),
)


@pytest.mark.parametrize("argv", READS, ids=[" ".join(argv) for argv in READS])
def test_lists_and_searches_are_the_same_read_directly(desk, tmp_path, argv) -> None:
    url, _ids = desk
    code, out, _err = _same_both_ways(tmp_path, url, ("--as", "admin", *argv))
    assert code == 0 and (out.strip() or argv[-1] == "كلمةغائبة")


@pytest.mark.parametrize("which", ["arabic", "french", "embargoed", "spiked"])
def test_each_article_is_shown_the_same_read_directly(desk, tmp_path, which) -> None:
    url, ids = desk
    for argv in (
        ("article", "show", ids[which]),
        ("article", "show", ids[which][:8], "--json"),
        ("article", "show", ids[which], "--visual"),
    ):
        code, out, _err = _same_both_ways(tmp_path, url, ("--as", "sara", *argv))
        assert code == 0 and ids[which] in out


def test_a_search_gives_the_services_ids_order_scores_and_snippets(desk, tmp_path) -> None:
    url, ids = desk
    _code, out, _err = _same_both_ways(tmp_path, url, ("--json", "search", "الرباط"))
    hits = json.loads(out)
    assert {hit["id"] for hit in hits} == {ids[k] for k in ("arabic", "embargoed", "spiked")}
    assert all("**" in hit["snippet"] for hit in hits)
    assert hits == sorted(hits, key=lambda hit: -hit["score"])


REFUSED = (
    (("--as", "nobody", "article", "list"), 4),  # no such person
    (("--as", "nobody", "article", "show", "{arabic}"), 4),
    (("--as", "admin", "article", "list", "--status", "lost"), 7),  # no such status
    (("--as", "admin", "article", "show", "no-such-article"), 4),
    (("--as", "admin", "article", "show", "{prefix}"), 4),
)


@pytest.mark.parametrize("argv, code", REFUSED, ids=[" ".join(a) for a, _ in REFUSED])
def test_refusals_are_the_same_read_directly(desk, tmp_path, argv, code) -> None:
    url, ids = desk
    given = tuple(w.replace("{arabic}", ids["arabic"]).replace("{prefix}", "ffff") for w in argv)
    if "show" in given and given[-1] in ("no-such-article", "ffff"):
        # Not found, or no unique id: the service says which, as before (SQLAlchemy then loads).
        direct = _run(tmp_path, url, given)
        full = _run(tmp_path, _by_the_full_opening(url), given)
        assert direct[:3] == full[:3]
        assert direct[0] == code
        return
    got, _out, err = _same_both_ways(tmp_path, url, given)
    assert got == code and err.startswith("newsdesk: error: ")


def test_a_search_needs_no_known_person_read_directly(desk, tmp_path) -> None:
    url, _ids = desk
    code, out, _err = _same_both_ways(tmp_path, url, ("--as", "nobody", "search", "الرباط"))
    assert code == 0 and "الرباط" in out


@pytest.fixture(scope="module")
def newsroom() -> Iterator[tuple[Newsroom, str]]:
    """A newsroom with admin, sara (editor) and karim (chief), and one article by sara."""
    with newsroom_for_test() as room:
        code, out, _err = room.cli(
            "sara", "--json", "article", "new", "--headline", "الجفاف في الرباط"
        )
        assert code == 0
        yield room, json.loads(out)["id"]


NEWSROOM_READS = (
    ("sara", None, ("article", "list"), 0),
    ("sara", None, ("--json", "search", "الرباط"), 0),
    ("sara", None, ("article", "show", "{id}"), 0),
    ("sara", "admin", ("article", "list"), 5),  # another name than the login role
    ("sara", "admin", ("search", "الرباط"), 5),
    ("sara", "admin", ("article", "show", "{id}"), 5),
)


@pytest.mark.parametrize(
    "who, as_user, argv, code", NEWSROOM_READS, ids=[" ".join(r[2]) for r in NEWSROOM_READS]
)
def test_a_newsroom_reads_and_refuses_the_same_read_directly(
    newsroom, tmp_path, who, as_user, argv, code
) -> None:
    room, article_id = newsroom
    acting = ("--as", room.name(as_user)) if as_user else ()
    given = tuple(word.replace("{id}", article_id) for word in argv)
    got, out, err = _same_both_ways(tmp_path, room.url_as(who), (*acting, *given))
    assert got == code
    assert ("الجفاف في الرباط" in out) if code == 0 else err.startswith("newsdesk: error: ")


def test_a_person_disabled_on_the_newsroom_is_refused_the_same(newsroom, tmp_path) -> None:
    room, _article_id = newsroom
    assert room.run("admin", "user", "disable", room.name("karim")) == 0
    # Disabled, karim may no longer log in: the direct reads leave that to the full opening.
    code, _out, err = _same_both_ways(
        tmp_path, room.url_as("karim"), ("article", "list"), direct=False
    )
    assert code != 0 and err.startswith("newsdesk: error: ")
