"""Reporter database → submission bundle → desk database, on SQLite and PostgreSQL desks."""

from __future__ import annotations

import json

import pytest

from dbcontents import contents
from importers.bundlesupport import YASMINE, listing, make_reporter, rebuild, send
from newsdesk.domain.article import Claim, Status
from newsdesk.domain.workflow import Step
from newsdesk.errors import InvalidInputError
from newsdesk.services.articles import ArticleService
from newsdesk.services.bundle_report import CONFLICT, CREATED, SKIPPED, UPDATED
from newsdesk.services.importing import REFUSED, ImportService
from newsdesk.services.tickers import TickerService
from newsdesk.services.users import list_people
from newsdesk.storage.models import ArticleRow, AuditRow
from newsdesk.storage.types import utc_now
from support import ADMIN, KARIM, SARA


def audit_rows(db, step: str = "import") -> list[AuditRow]:
    """The audit rows of one step, oldest first."""
    with db.reading() as session:
        query = session.query(AuditRow).filter(AuditRow.step == step)
        return query.order_by(AuditRow.id).all()


def source_sender(db, article_id: str) -> str | None:
    """Whose bundle created the article (None: written here)."""
    with db.reading() as session:
        return session.get(ArticleRow, article_id).source_sender


@pytest.fixture
def reporter(tmp_path):
    made = make_reporter(tmp_path / "reporter.db")
    yield made
    made.db.close()


def test_round_trip_files_everything_as_the_importers_with_the_claims_beside_it(
    db, reporter, tmp_path
):
    bundle = send(reporter.db, YASMINE, tmp_path / "submission.zip")
    people = list_people(db)
    started = utc_now()
    outcome = ImportService(db, KARIM).import_file(bundle)
    finished = utc_now()
    assert outcome.status == CREATED, outcome.reason
    report = outcome.bundle
    assert report is not None and report.sender == "yasmine"
    assert (report.count(CREATED), report.count(CREATED, "ticker")) == (3, 1)

    sent, desk = ArticleService(reporter.db, YASMINE), ArticleService(db, KARIM)
    for article_id in (reporter.arabic, reporter.french, reporter.returned):
        here, there = desk.get(article_id), sent.get(article_id)
        assert here.content == there.content  # the byline text included
        assert (here.author, here.updated_by, here.version) == ("karim", "karim", there.version)
        assert started <= here.created_at <= finished and here.updated_at == here.created_at
        assert here.status == Status.SUBMITTED and not here.conflict
        assert source_sender(db, article_id) == "yasmine"
        history, original = desk.history(article_id), sent.history(article_id)
        # The sender's history, each revision filed by the importer now, its claim beside it.
        carried = [(r.revision, r.version, r.note, r.content, r.claim) for r in history[:-1]]
        assert carried == [
            (r.revision, r.version, r.note, r.content, Claim("yasmine", r.author, r.at, r.step))
            for r in original
        ]
        for revision in history:
            assert (revision.author, revision.at) == ("karim", here.created_at)
        assert {r.step for r in history[:-1]} == {"carried"}
        statuses = [r.status for r in history[:-1]]
        expected = [
            Status.DRAFT if r.status == Status.DRAFT else Status.SUBMITTED for r in original
        ]
        assert statuses == expected
        last = history[-1]
        assert (last.step, last.author, last.revision) == ("import", "karim", len(original) + 1)
        assert last.claim == Claim("yasmine", there.updated_by, there.updated_at)
        assert report.bundle_id in last.note and outcome.bundle.sha256 in last.note
    assert (
        desk.get(reporter.arabic).content.embargo_at == sent.get(reporter.arabic).content.embargo_at
    )
    *filed, imported = desk.notes(reporter.arabic)
    written = [n for n in filed if n.text.startswith("claimed")]
    [note] = sent.notes(reporter.arabic)  # the reporter's one written note
    claimed = f"claimed in yasmine's bundle: {note.at:%Y-%m-%d %H:%M} by yasmine: {note.text}"
    assert [(n.author, n.text) for n in written] == [("karim", claimed)]
    assert all(started <= n.at <= finished for n in written)
    assert imported.text.startswith("import: imported from submission.zip")
    # The desk's return note travelled as a claim: filed by the importer, not as a return.
    assert any(n.text == "carried: أضيفي مصدرا" for n in desk.notes(reporter.returned))
    assert not any(n.text.startswith("return:") for n in desk.notes(reporter.returned))

    [item] = TickerService(db, KARIM).list_items("site")
    assert (item.id, item.author, item.article_id) == (reporter.ticker, "karim", reporter.arabic)
    assert item.status.value == "draft" and item.text.startswith("عاجل")
    assert started <= item.created_at <= finished

    # Claimed authors are provenance only: nobody is created for them.
    assert list_people(db) == people and report.to_dict()["people_created"] == []
    assert audit_rows(db, "submit") == []
    rows = audit_rows(db)
    assert sorted(a.article_id for a in rows) == sorted(
        [reporter.arabic, reporter.french, reporter.returned]
    )
    for row in rows:
        assert (row.actor, row.from_status, row.to_status) == ("karim", "", "submitted")
        assert "sent by yasmine" in row.note and report.sha256 in row.note
        assert started <= row.at <= finished


def test_second_import_changes_nothing(db, reporter, tmp_path):
    bundle = send(reporter.db, YASMINE, tmp_path / "submission.zip")
    service = ImportService(db, KARIM)
    assert service.import_file(bundle).status == CREATED
    before = contents(db)
    again = service.import_file(bundle)
    assert again.status == SKIPPED
    assert again.bundle.count(SKIPPED) == 3 and again.bundle.count(SKIPPED, "ticker") == 1
    assert contents(db) == before


def test_changed_desk_copy_becomes_a_conflict_and_the_unchanged_one_is_updated(
    db, reporter, tmp_path
):
    service = ImportService(db, KARIM)
    service.import_file(send(reporter.db, YASMINE, tmp_path / "first.zip"))
    desk = ArticleService(db, KARIM)
    desk.edit(reporter.arabic, headline="عنوان عدله رئيس التحرير")
    kept = desk.get(reporter.arabic)
    mine = ArticleService(reporter.db, YASMINE)
    mine.edit(reporter.arabic, headline="عنوان عدلته المراسلة")
    mine.edit(reporter.french, headline="Couverture médicale : le bilan complet")

    second = service.import_file(send(reporter.db, YASMINE, tmp_path / "second.zip"))
    assert second.status == CREATED, second.reason
    fate = {e.id: e.status for e in second.bundle.entries if e.kind == "article"}
    assert fate == {reporter.arabic: CONFLICT, reporter.french: UPDATED, reporter.returned: SKIPPED}

    conflicted = desk.get(reporter.arabic)
    assert conflicted.conflict and conflicted.content == kept.content  # nothing overwritten
    assert conflicted.version == kept.version
    last = desk.history(reporter.arabic)[-1]
    # Filed by the importer now; who the bundle says saved it is a claim.
    assert (last.step, last.author, last.at) == ("conflict", "karim", conflicted.updated_at)
    sent = mine.get(reporter.arabic)
    assert last.claim == Claim("yasmine", "yasmine", sent.updated_at)
    assert last.content.headline == "عنوان عدلته المراسلة"
    audited = {a.article_id: (a.from_status, a.to_status) for a in audit_rows(db)[3:]}
    assert audited == {
        reporter.arabic: ("submitted", "submitted"),
        reporter.french: ("submitted", "submitted"),
    }
    assert desk.summary(reporter.arabic).conflict
    assert desk.get(reporter.arabic).to_dict()["conflict"] is True

    updated = desk.get(reporter.french)
    assert updated.content == mine.get(reporter.french).content and not updated.conflict
    assert desk.history(reporter.french)[-1].step == "import"

    before = contents(db)
    assert service.import_file(tmp_path / "second.zip").status == SKIPPED
    assert contents(db) == before

    desk.restore_revision(reporter.arabic, last.revision)  # the desk takes the reporter's text
    settled = desk.get(reporter.arabic)
    assert not settled.conflict and settled.headline == "عنوان عدلته المراسلة"


def test_an_article_held_by_someone_else_is_not_overwritten(db, reporter, tmp_path):
    service = ImportService(db, KARIM)
    service.import_file(send(reporter.db, YASMINE, tmp_path / "first.zip"))
    ArticleService(db, ADMIN).take_step(reporter.french, Step.CLAIM)
    ArticleService(reporter.db, YASMINE).edit(reporter.french, headline="Titre revu")
    outcome = service.import_file(send(reporter.db, YASMINE, tmp_path / "second.zip"))
    [entry] = [e for e in outcome.bundle.entries if e.id == reporter.french]
    assert entry.status == CONFLICT and "held by admin" in entry.reason
    assert ArticleService(db, KARIM).get(reporter.french).headline.startswith("Couverture")


def test_an_editor_may_not_import_someone_elses_work(db, reporter, tmp_path):
    bundle = send(reporter.db, YASMINE, tmp_path / "submission.zip")
    before, files = contents(db), listing(tmp_path)
    outcome = ImportService(db, SARA).import_file(bundle)
    assert outcome.status == REFUSED and "yasmine" in outcome.reason
    assert "editor role" in outcome.reason
    assert contents(db) == before and listing(tmp_path) == files


def test_a_publication_bundle_is_refused_with_a_clear_message(db, reporter, tmp_path):
    from newsdesk.services.exporting import ExportRequest, ExportService

    out = tmp_path / "publication.zip"
    ExportService(reporter.db, KARIM).export(
        ExportRequest(out=out, ids=(reporter.arabic,), status=None)
    )
    before = contents(db)
    outcome = ImportService(db, KARIM).import_file(out)
    assert outcome.status == REFUSED
    assert "publication bundle" in outcome.reason and "--submission" in outcome.reason
    assert contents(db) == before


def test_content_that_cannot_be_stored_refuses_the_whole_bundle(db, reporter, tmp_path):
    def break_last_article(files, manifest):
        last = sorted(manifest["articles"], key=lambda a: a["id"])[-1]["id"]
        path = f"articles/{last}/newsdesk.json"
        files[path] = files[path].replace(b'"headline": "', b'"headline": "\\n', 1)

    good = send(reporter.db, YASMINE, tmp_path / "ok.zip")
    bundle = rebuild(good, tmp_path / "bad.zip", break_last_article)
    before = contents(db)
    outcome = ImportService(db, KARIM).import_file(bundle)
    assert outcome.status == REFUSED and "single line" in outcome.reason
    assert contents(db) == before


def test_a_failure_half_way_through_leaves_nothing(db, reporter, tmp_path, monkeypatch):
    import newsdesk.services.bundle_extras as bundle_extras

    def failing(*_args, **_kwargs):
        raise InvalidInputError("the ticker channel is locked")

    # The articles and people are written by then; the ticker item fails last.
    monkeypatch.setattr(bundle_extras, "reposition", failing)
    bundle = send(reporter.db, YASMINE, tmp_path / "submission.zip")
    before = contents(db)
    outcome = ImportService(db, KARIM).import_file(bundle)
    assert outcome.status == REFUSED and "locked" in outcome.reason
    assert contents(db) == before


def test_import_files_routes_bundles_with_progress(db, reporter, tmp_path):
    bundle = send(reporter.db, YASMINE, tmp_path / "submission.zip")
    renamed = bundle.rename(tmp_path / "submission.ndbundle")
    seen: list[tuple[int, int, str]] = []
    summary = ImportService(db, KARIM).import_files(
        [renamed], progress=lambda done, total, label: seen.append((done, total, label))
    )
    assert [o.status for o in summary.outcomes] == [CREATED]
    assert seen[0] == (0, 1, str(renamed)) and seen[-1] == (1, 1, "")
    assert (0, 1, f"{renamed} (3/3)") in seen
    totals = summary.to_dict()
    assert (totals["created"], totals["updated"], totals["skipped"], totals["refused"]) == (
        3,
        0,
        0,
        0,
    )
    assert totals["files"][0]["bundle"]["tickers_created"] == 1


def test_a_claimed_author_never_becomes_the_author(db, reporter, tmp_path):
    # Before claims were kept as claims, another claimed author made this a conflict; now no
    # bundle can make anyone an author: the sender's own article, unchanged here, is updated
    # by the importer and "omar" is only a claim.
    first = send(reporter.db, YASMINE, tmp_path / "first.zip")
    service = ImportService(db, KARIM)
    service.import_file(first)

    def claim(files, manifest):
        path = f"articles/{reporter.french}/newsdesk.json"
        record = json.loads(files[path])
        record["author"] = record["updated_by"] = "omar"
        record["content"]["headline"] = "Titre réécrit par un autre"
        files[path] = json.dumps(record, ensure_ascii=False).encode()

    forged = rebuild(first, tmp_path / "claimed.zip", claim)
    outcome = service.import_file(forged)
    [entry] = [e for e in outcome.bundle.entries if e.id == reporter.french]
    assert entry.status == UPDATED, entry.reason
    desk = ArticleService(db, KARIM)
    article = desk.get(reporter.french)
    assert (article.author, article.headline) == ("karim", "Titre réécrit par un autre")
    last = desk.history(reporter.french)[-1]
    assert (last.author, last.step, last.claim.author) == ("karim", "import", "omar")
    assert "omar" not in {p.name for p in list_people(db)}


def test_another_senders_bundle_touches_nothing(db, reporter, tmp_path):
    first = send(reporter.db, YASMINE, tmp_path / "first.zip")
    service = ImportService(db, KARIM)
    service.import_file(first)
    headline = ArticleService(db, KARIM).get(reporter.french).headline

    def other_sender(files, manifest):
        manifest["bundle"]["submission"]["sender"] = "omar"
        path = f"articles/{reporter.french}/newsdesk.json"
        record = json.loads(files[path])
        record["content"]["headline"] = "Titre réécrit par un autre"
        files[path] = json.dumps(record, ensure_ascii=False).encode()

    forged = rebuild(first, tmp_path / "omar.zip", other_sender)
    before = contents(db)
    outcome = service.import_file(forged)
    assert outcome.status == REFUSED and outcome.denied
    # The first article of the bundle that is not omar's is named, with its headline here.
    assert "came from yasmine, not from omar" in outcome.reason
    assert "nothing was imported" in outcome.reason and "\n" not in outcome.reason
    assert contents(db) == before
    assert ArticleService(db, KARIM).get(reporter.french).headline == headline


def test_an_update_never_reaches_past_submitted(db, reporter, tmp_path):
    service = ImportService(db, KARIM)
    service.import_file(send(reporter.db, YASMINE, tmp_path / "first.zip"))
    desk = ArticleService(db, KARIM)
    desk.take_step(reporter.french, Step.APPROVE)
    approved = desk.get(reporter.french)
    ArticleService(reporter.db, YASMINE).edit(reporter.french, headline="Titre revu")
    outcome = service.import_file(send(reporter.db, YASMINE, tmp_path / "second.zip"))
    [entry] = [e for e in outcome.bundle.entries if e.id == reporter.french]
    assert entry.status == CONFLICT and "approved here" in entry.reason
    kept = desk.get(reporter.french)
    assert (kept.status, kept.content, kept.conflict) == (Status.APPROVED, approved.content, True)
    [row] = [a for a in audit_rows(db) if a.article_id == reporter.french][1:]
    assert (row.from_status, row.to_status) == ("approved", "approved")


def test_an_imports_audit_rows_continue_the_chain_with_each_version(db, reporter, tmp_path):
    from newsdesk.storage.audit_chain import verify_chain

    bundle = send(reporter.db, YASMINE, tmp_path / "submission.zip")
    assert ImportService(db, KARIM).import_file(bundle).status == CREATED
    rows = audit_rows(db)
    desk = ArticleService(db, KARIM)
    assert len(rows) == 3 and len({r.article_id for r in rows}) == 3
    for row in rows:
        assert row.article_version == desk.get(row.article_id).version
        assert row.note.startswith("created: ") and row.actor == KARIM.name
    with db.engine.connect() as connection:
        report = verify_chain(connection)
    assert report.ok and report.rows >= 3, report.problems()
