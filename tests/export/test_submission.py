"""Submission bundles: the export format plus native records, for the reporter's own work."""

from __future__ import annotations

import json
import zipfile

import pytest

from importers.bundlesupport import YASMINE, make_reporter, send
from newsdesk.domain.article import ArticleContent
from newsdesk.domain.workflow import Step
from newsdesk.errors import InvalidInputError, PermissionDeniedError
from newsdesk.export.bundle_zip import verify_bundle
from newsdesk.services.articles import ArticleService
from newsdesk.services.exporting import ExportRequest, ExportService
from newsdesk.services.importing import ImportService
from support import KARIM


@pytest.fixture
def reporter(tmp_path):
    made = make_reporter(tmp_path / "reporter.db")
    yield made
    made.db.close()


def records(path) -> dict[str, dict]:
    with zipfile.ZipFile(path) as bundle:
        return {
            name: json.loads(bundle.read(name))
            for name in bundle.namelist()
            if name.endswith(".json") and not name.endswith("ninjs.json")
        }


def test_a_submission_holds_own_drafts_and_returned_work_with_their_past(reporter, tmp_path):
    submitted = ArticleService(reporter.db, YASMINE).create(ArticleContent(headline="مرسل")).id
    ArticleService(reporter.db, YASMINE).take_step(submitted, Step.SUBMIT)
    out = send(reporter.db, YASMINE, tmp_path / "s.zip")
    manifest = verify_bundle(out)
    ids = {a["id"] for a in manifest["articles"]}
    assert ids == {reporter.arabic, reporter.french, reporter.returned}  # not the submitted one
    assert manifest["bundle"]["kind"] == "submission"
    assert manifest["tickers"] == []  # no on-air feeds in a submission
    found = records(out)
    record = found[f"articles/{reporter.arabic}/newsdesk.json"]
    article = ArticleService(reporter.db, YASMINE).get(reporter.arabic)
    assert ArticleContent.from_dict(record["content"]) == article.content
    assert (record["version"], record["base_version"], record["author"]) == (2, 0, "yasmine")
    assert [r["step"] for r in record["revisions"]] == ["created", "saved"]
    assert [n["text"] for n in record["notes"]] == ["الأرقام من بلاغ رسمي"]
    returned = found[f"articles/{reporter.returned}/newsdesk.json"]
    assert returned["status"] == "returned"
    assert [r["note"] for r in returned["revisions"] if r["step"] == "return"] == ["أضيفي مصدرا"]
    [item] = found["submission/tickers.json"]["items"]
    assert (item["id"], item["article_id"]) == (reporter.ticker, reporter.arabic)
    people = found["submission/people.json"]["people"]
    assert people == [{"name": "yasmine", "display_name": "Yasmine B."}]


def test_the_same_work_gives_the_same_bytes(reporter, tmp_path):
    first = send(reporter.db, YASMINE, tmp_path / "a.zip").read_bytes()
    assert send(reporter.db, YASMINE, tmp_path / "b.zip").read_bytes() == first


def test_publication_bundles_stay_as_they_were(reporter, tmp_path):
    out = tmp_path / "p.zip"
    ExportService(reporter.db, KARIM).export(
        ExportRequest(out=out, ids=(reporter.arabic,), status=None)
    )
    manifest = verify_bundle(out)
    assert manifest["bundle"]["kind"] == "publication" and "submission" not in manifest["bundle"]
    assert not any(f["path"].endswith("newsdesk.json") for f in manifest["files"])


def test_base_version_is_where_the_copy_last_came_in(reporter, tmp_path):
    # The desk's copy, sent back to the reporter, is based on the version it arrived at.
    out = send(reporter.db, YASMINE, tmp_path / "to-desk.zip")
    desk = make_reporter(tmp_path / "desk.db")
    try:
        ImportService(desk.db, KARIM).import_file(out)
        back = tmp_path / "back.zip"
        ExportService(desk.db, KARIM).export(
            ExportRequest(out=back, ids=(reporter.arabic,), status=None, submission=True)
        )
        record = records(back)[f"articles/{reporter.arabic}/newsdesk.json"]
        assert record["base_version"] == 2 and record["revisions"][-1]["step"] == "import"
    finally:
        desk.db.close()


def test_an_editor_may_not_send_someone_elses_article(reporter, tmp_path):
    theirs = ArticleService(reporter.db, KARIM).create(ArticleContent(headline="للمكتب")).id
    out = tmp_path / "x.zip"
    with pytest.raises(PermissionDeniedError, match="karim"):
        send(reporter.db, YASMINE, out, ids=(theirs,))
    assert not out.exists() and list(tmp_path.glob("*.zip*")) == []


def test_a_submission_never_marks_anything_published(reporter, tmp_path):
    request = ExportRequest(out=tmp_path / "x.zip", submission=True, mark_published=True)
    with pytest.raises(InvalidInputError, match="published"):
        ExportService(reporter.db, YASMINE).export(request)
    assert list(tmp_path.glob("*.zip*")) == []
