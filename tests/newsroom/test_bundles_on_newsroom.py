"""Submission bundles on a newsroom: imported under the database's own rules, claims kept as claims."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clitools import Cli
from newsroom_support import Newsroom
from services.forgeries import aimed_at, approved_and_published

pytestmark = pytest.mark.postgres


def _reporters_bundle(room: Newsroom, folder: Path, capsys) -> tuple[Path, str]:
    """Sara's submission from her own laptop (a personal desk where she has the same name)."""
    sara = room.name("sara")
    laptop = Cli(f"sqlite:///{folder / 'laptop.db'}", capsys)
    laptop("user", "add", sara, "--role", "editor")
    article_id = laptop.json("article", "new", "--headline", "خبر من الميدان", user=sara)["id"]
    out = folder / "sara.zip"
    laptop("export", "--submission", "--out", str(out), user=sara)
    return out, article_id


def _json(room: Newsroom, who: str, *argv: str):
    code, out, err = room.cli(who, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize("importer", ["sara", "karim"])
def test_a_reporters_bundle_imports_as_the_importer(newsroom, tmp_path, capsys, importer) -> None:
    bundle, article_id = _reporters_bundle(newsroom, tmp_path, capsys)
    summary = _json(newsroom, importer, "import", str(bundle))
    assert (summary["created"], summary["refused"]) == (1, 0)
    shown = _json(newsroom, "karim", "article", "show", article_id)
    assert (shown["status"], shown["author"]) == ("submitted", newsroom.name(importer))
    history = _json(newsroom, "karim", "article", "history", article_id)
    assert {r["author"] for r in history} == {newsroom.name(importer)}
    assert {r["claimed"]["sender"] for r in history if r["claimed"]} == {newsroom.name("sara")}
    audit = [a for a in _json(newsroom, "karim", "audit") if a["article_id"] == article_id]
    assert [(a["step"], a["actor"]) for a in audit] == [("import", newsroom.name(importer))]
    code, out, err = newsroom.cli("karim", "db", "check")
    assert code == 0, out + err


def test_a_forged_approval_stays_a_claim_on_a_newsroom(newsroom, tmp_path, capsys) -> None:
    bundle, article_id = _reporters_bundle(newsroom, tmp_path, capsys)
    forged = approved_and_published(bundle, tmp_path / "forged.zip")
    _json(newsroom, "sara", "import", str(forged))
    shown = _json(newsroom, "karim", "article", "show", article_id)
    assert (shown["status"], shown["published_at"]) == ("submitted", None)
    steps = {r["step"] for r in _json(newsroom, "karim", "article", "history", article_id)}
    assert steps <= {"carried", "import"}


def test_a_bundle_aimed_at_the_chiefs_article_is_refused(newsroom, tmp_path, capsys) -> None:
    bundle, own = _reporters_bundle(newsroom, tmp_path, capsys)
    target = _json(newsroom, "karim", "article", "new", "--headline", "افتتاحية")["id"]
    before = newsroom.contents()
    forged = aimed_at(bundle, tmp_path / "aimed.zip", own, target, newsroom.name("karim"))
    for importer in ("sara", "karim"):  # her own work only; and the chief: not from her bundle
        code, out, err = newsroom.cli(importer, "import", str(forged))
        assert code == 5 and err.count("\n") == 1 and "refused" in out, err
        assert newsroom.contents() == before
    assert target in err


def test_db_check_walks_the_chain_only_for_those_who_see_all_of_it(newsroom, tmp_path) -> None:
    article_id = _json(newsroom, "sara", "article", "new", "--headline", "مطر")["id"]
    for who, step in (("sara", "submit"), ("karim", "claim")):
        assert newsroom.cli(who, "article", step, article_id)[0] == 0
    code, out, err = newsroom.cli("karim", "db", "check")
    assert code == 0, out + err
    code, out, err = newsroom.cli("sara", "db", "check")
    assert code != 0 and "only desk chiefs, admins and the newsroom's owner" in out + err
    assert "removed" not in out + err and "inserted" not in out + err
