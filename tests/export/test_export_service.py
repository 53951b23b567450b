"""Exporting from the database on SQLite and PostgreSQL: selection, publishing, cancel, CLI."""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from export.exportsamples import contract_article, french_article
from newsdesk.cli.main import main
from newsdesk.domain.article import Status
from newsdesk.domain.workflow import Step
from newsdesk.errors import ConflictError, InvalidInputError, PermissionDeniedError
from newsdesk.export.bundle_zip import verify_bundle
from newsdesk.services.articles import ArticleService
from newsdesk.services.audit import audit_entries
from newsdesk.services.exporting import (
    BidiOverridesFound,
    ExportCancelled,
    ExportRequest,
    ExportService,
)
from newsdesk.services.tickers import TickerService
from newsdesk.storage.models import ArticleRow
from support import KARIM, SARA


def _approved(db, content) -> str:
    article = ArticleService(db, SARA).create(content)
    ArticleService(db, SARA).take_step(article.id, Step.SUBMIT)
    ArticleService(db, KARIM).take_step(article.id, Step.APPROVE)
    return article.id


@pytest.fixture
def newsroom(db, newsroom_media):
    """Two approved articles (economy, culture), one draft, one ticker item on air, a picture."""
    ids = {
        "ar": _approved(db, contract_article().content),
        "fr": _approved(db, replace(french_article().content, desk="culture")),
    }
    ids["draft"] = ArticleService(db, SARA).create(contract_article().content).id
    tickers = TickerService(db, KARIM)
    item = tickers.add("الصندوق يعلن حصيلة جديدة للتسجيل", channel="site-ar")
    tickers.approve(item.id)
    return ids


def _ids_in(path: Path) -> set[str]:
    return {a["id"] for a in verify_bundle(path)["articles"]}


def test_approved_articles_by_default_with_ticker_feeds(db, newsroom, tmp_path: Path) -> None:
    out = tmp_path / "b.zip"
    result = ExportService(db, KARIM).export(ExportRequest(out=out))
    assert _ids_in(out) == {newsroom["ar"], newsroom["fr"]}
    assert result.published == []
    with zipfile.ZipFile(out) as bundle:
        feed = json.loads(bundle.read("tickers/site-ar/feed.json"))
    assert [i["text"] for i in feed["items"]] == ["الصندوق يعلن حصيلة جديدة للتسجيل"]
    again = ExportService(db, KARIM).export(ExportRequest(out=tmp_path / "again.zip"))
    assert again.bundle.sha256 == result.bundle.sha256


def test_selection_by_desk_status_and_id(db, newsroom, tmp_path: Path) -> None:
    service = ExportService(db, KARIM)
    service.export(ExportRequest(out=tmp_path / "d.zip", desk="culture"))
    assert _ids_in(tmp_path / "d.zip") == {newsroom["fr"]}
    service.export(ExportRequest(out=tmp_path / "s.zip", status="draft", tickers=False))
    assert _ids_in(tmp_path / "s.zip") == {newsroom["draft"]}
    service.export(ExportRequest(out=tmp_path / "i.zip", ids=(newsroom["draft"][:8],)))
    assert _ids_in(tmp_path / "i.zip") == {newsroom["draft"]}
    with pytest.raises(InvalidInputError, match="no articles match"):
        service.export(ExportRequest(out=tmp_path / "n.zip", desk="sport"))
    assert not (tmp_path / "n.zip").exists()


def test_mark_published_happens_once_the_bundle_is_complete(db, newsroom, tmp_path) -> None:
    result = ExportService(db, KARIM).export(
        ExportRequest(out=tmp_path / "b.zip", mark_published=True)
    )
    assert sorted(result.published) == sorted([newsroom["ar"], newsroom["fr"]])
    manifest = verify_bundle(tmp_path / "b.zip")
    assert {a["status"] for a in manifest["articles"]} == {"approved"}
    for article_id in result.published:
        article = ArticleService(db, KARIM).get(article_id)
        assert article.status == Status.PUBLISHED and article.published_at is not None
        assert ArticleService(db, KARIM).history(article_id)[-1].step == "publish"


def test_mark_published_is_all_or_nothing(db, newsroom, tmp_path: Path) -> None:
    service = ExportService(db, KARIM)
    request = ExportRequest(out=tmp_path / "b.zip", mark_published=True)
    chosen = service.select(request)
    ArticleService(db, KARIM).edit(newsroom["fr"], headline="Titre changé après l'export")
    with pytest.raises(ConflictError, match="changed after it was exported"):
        service.publish(chosen)
    statuses = {ArticleService(db, KARIM).get(a.id).status for a in chosen}
    assert Status.PUBLISHED not in statuses


def _hold(db, article_id: str, holder: str) -> None:
    """Mark the article held by `holder` since now, as an older desk that leased it would."""
    with db.transaction() as session:
        session.execute(
            update(ArticleRow)
            .where(ArticleRow.id == article_id)
            .values(held_by=holder, held_since=datetime.now(UTC))
        )


def test_mark_published_takes_the_publish_step_with_the_configured_lease(db, newsroom) -> None:
    # Publishing is the workflow's own step: a live lease by someone else refuses it, and the
    # lease time is the one the service was given (a zero lease has always lapsed).
    _hold(db, newsroom["fr"], "sara")
    chosen = ExportService(db, KARIM).select(ExportRequest(out=Path("unused.zip")))
    with pytest.raises(PermissionDeniedError, match="held by sara"):
        ExportService(db, KARIM).publish(chosen)
    assert {ArticleService(db, KARIM).get(a.id).status for a in chosen} == {Status.APPROVED}
    published = ExportService(db, KARIM, lease=timedelta(0)).publish(chosen)
    assert sorted(published) == sorted(a.id for a in chosen)
    audit = [e for e in audit_entries(db, KARIM) if e.step == "publish"]
    assert {(e.article_id, e.from_status, e.to_status, e.note) for e in audit} == {
        (a.id, "approved", "published", "exported") for a in chosen
    }


def test_who_may_not_publish_gets_no_bundle(db, newsroom, tmp_path: Path) -> None:
    out = tmp_path / "b.zip"
    with pytest.raises(PermissionDeniedError):
        ExportService(db, SARA).export(ExportRequest(out=out, mark_published=True))
    assert not out.exists()


def test_cancel_from_the_progress_callback_leaves_nothing(db, newsroom, tmp_path) -> None:
    seen = []
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ExportCancelled):
        ExportService(db, KARIM).export(
            ExportRequest(out=folder / "b.zip", mark_published=True),
            progress=seen.append,
            cancelled=lambda: len(seen) >= 2,
        )
    assert list(folder.iterdir()) == []
    assert ArticleService(db, KARIM).get(newsroom["ar"]).status == Status.APPROVED


def test_cli_export(db_url: str, db, newsroom, tmp_path: Path, capsys) -> None:
    out = tmp_path / "bundle.zip"
    args = ["--db", db_url, "--as", "karim", "export", "--out", str(out), "--json"]
    assert main([*args, "--format", "ninjs", "--format", "html"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert {a["id"] for a in summary["articles"]} == {newsroom["ar"], newsroom["fr"]}
    names = zipfile.ZipFile(out).namelist()
    assert not [n for n in names if n.endswith((".md", ".txt", ".xml")) and "articles/" in n]

    assert main([*args, "--id", newsroom["ar"], "--mark-published"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["published"] == [newsroom["ar"]]

    assert main([*args, "--format", "rtf"]) == 7
    assert "unknown export format 'rtf'" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("headline", "codes"),
    [
        ("عاجل \u202eCNSS 641\u202c ألف", "U+202C, U+202E"),
        ("عاجل \u2066CNSS 641\u2069 ألف", "U+2066, U+2069"),
    ],
)
def test_bidi_controls_in_a_headline_need_confirmation(
    db, newsroom, tmp_path: Path, headline: str, codes: str
) -> None:
    tricked_id = _approved(db, replace(contract_article().content, headline=headline))
    out = tmp_path / "b.zip"
    with pytest.raises(BidiOverridesFound) as refused:
        ExportService(db, KARIM).export(ExportRequest(out=out))
    assert refused.value.findings == [f"article {tricked_id} headline: {codes}"]
    assert not out.exists()
    ExportService(db, KARIM).export(ExportRequest(out=out, allow_bidi_overrides=True))
    assert tricked_id in _ids_in(out)


def test_cli_names_the_confirmation(db_url: str, db, newsroom, tmp_path: Path, capsys) -> None:
    _approved(db, replace(contract_article().content, headline="\u202dCNSS\u202c يسجل"))
    args = ["--db", db_url, "--as", "karim", "export", "--out", str(tmp_path / "b.zip")]
    assert main(args) == 7
    assert "--allow-bidi-overrides" in capsys.readouterr().err
    assert main([*args, "--allow-bidi-overrides"]) == 0
