"""The forged bundles of the newsroom review: recorded as claims, or refused with nothing changed."""

from __future__ import annotations

import pytest

from dbcontents import contents
from newsdesk.domain.article import ArticleContent, Claim, Status
from newsdesk.domain.people import Person, Role
from newsdesk.domain.workflow import Step
from newsdesk.services.articles import ArticleService
from newsdesk.services.importing import CREATED, REFUSED, ImportService
from newsdesk.services.users import add_person, list_people
from newsdesk.storage.media import MediaStore
from newsdesk.storage.models import ArticleRow, AuditRow
from newsdesk.storage.types import utc_now
from services.forgeries import (
    APPROVED_AT,
    BACKDATED_NOTE,
    PUBLISHED_AT,
    Sent,
    added_rows,
    aimed_at,
    approved_and_published,
    claiming_author,
    sara_bundle,
)
from support import ADMIN, KARIM, SARA

NADIA = Person("nadia", Role.CHIEF)


@pytest.fixture
def sent(tmp_path) -> Sent:
    return sara_bundle(tmp_path)


def audit_of(db, article_id: str) -> list[AuditRow]:
    with db.reading() as session:
        query = session.query(AuditRow).filter(AuditRow.article_id == article_id)
        return query.order_by(AuditRow.id).all()


@pytest.mark.parametrize("importer", [SARA, KARIM], ids=["the-editor-herself", "a-chief"])
def test_forged_approve_and_publish_by_karim_are_claims(db, sent, tmp_path, importer):
    forged = approved_and_published(sent.bundle, tmp_path / "forged.zip")
    before, started = contents(db), utc_now()
    outcome = ImportService(db, importer).import_file(forged)
    assert outcome.status == CREATED, outcome.reason
    desk = ArticleService(db, KARIM)
    article = desk.get(sent.first)
    assert (article.status, article.author, article.published_at) == (
        Status.SUBMITTED,
        importer.name,
        None,
    )
    history = desk.history(sent.first)
    assert not {"approve", "publish"} & {r.step for r in history}
    assert all((r.author, r.at) == (importer.name, article.created_at) for r in history)
    assert article.created_at >= started
    assert {r.status for r in history} <= {Status.DRAFT, Status.SUBMITTED}
    approve, publish = (r for r in history if r.step == "carried" and r.claim.author == "karim")
    assert approve.claim == Claim("sara", "karim", APPROVED_AT, "approve")
    assert approve.note == BACKDATED_NOTE and approve.status == Status.SUBMITTED
    assert publish.claim == Claim("sara", "karim", PUBLISHED_AT, "publish")
    assert (
        approve.claim.describe() == "claimed in sara's bundle: 2026-01-01 10:00 by karim (approve)"
    )
    assert history[-1].claim == Claim("sara", "karim", PUBLISHED_AT)
    assert "claimed status published" in history[-1].note
    [audit] = audit_of(db, sent.first)
    assert (audit.step, audit.actor, audit.from_status, audit.to_status) == (
        "import",
        importer.name,
        "",
        "submitted",
    )
    assert "sent by sara" in audit.note and outcome.bundle.sha256 in audit.note
    added = added_rows(before, contents(db))
    assert (len(added["articles"]), len(added["audit_log"])) == (2, 2)
    assert added["users"] == [] and added["ticker_items"] == []
    assert all("'approve'" not in row and "'publish'" not in row for row in added["audit_log"])


@pytest.mark.parametrize("importer", [KARIM, ADMIN], ids=["chief", "admin"])
def test_a_bundle_aimed_at_a_chiefs_published_article_changes_nothing(db, sent, tmp_path, importer):
    chief = ArticleService(db, KARIM)
    target = chief.create(ArticleContent(headline="افتتاحية رئيس التحرير")).id
    for step in (Step.SUBMIT, Step.APPROVE, Step.PUBLISH):
        chief.take_step(target, step)
    # The target is second in the bundle: its first article would be new, and is not created.
    forged = aimed_at(sent.bundle, tmp_path / "aimed.zip", sent.second, target, "karim")
    service = ImportService(db, importer)
    service.media = MediaStore(tmp_path / "desk-media")
    before = contents(db)
    outcome = service.import_file(forged)
    assert outcome.status == REFUSED and outcome.denied
    assert outcome.reason == (
        f'aimed.zip: article {target} "افتتاحية رئيس التحرير" was written here, not from sara; '
        "a bundle may only change articles that came from its sender (nothing was imported)"
    )
    assert contents(db) == before
    assert not service.media.root.exists()
    published = chief.get(target)
    assert (published.status, published.conflict) == (Status.PUBLISHED, False)


def test_a_chief_importing_a_bundle_that_claims_another_chief_wrote_it(db, sent, tmp_path):
    add_person(db, ADMIN, NADIA.name, NADIA.role.value)
    people = list_people(db)
    forged = claiming_author(sent.bundle, tmp_path / "nadia.zip", "nadia")
    before = contents(db)
    outcome = ImportService(db, KARIM).import_file(forged)
    assert outcome.status == CREATED, outcome.reason
    desk = ArticleService(db, KARIM)
    for article_id in (sent.first, sent.second):
        article = desk.get(article_id)
        assert (article.author, article.updated_by) == ("karim", "karim")
        history = desk.history(article_id)
        assert {(r.author, r.claim.sender, r.claim.author) for r in history} == {
            ("karim", "nadia", "nadia")
        }
        with db.reading() as session:
            assert session.get(ArticleRow, article_id).source_sender == "nadia"
        assert [a.actor for a in audit_of(db, article_id)] == ["karim"]
    assert desk.summaries(author="nadia") == []
    assert list_people(db) == people
    added = added_rows(before, contents(db))
    assert len(added["articles"]) == 2 and added["users"] == []
