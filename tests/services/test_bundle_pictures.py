"""Pictures travel in submissions: the desk files them in its own media folder by checksum."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from PIL import Image

from dbcontents import contents
from importers.bundlesupport import YASMINE, listing, rebuild
from newsdesk.domain.article import ArticleContent
from newsdesk.domain.document import Block, BlockKind, Document
from newsdesk.services.articles import ArticleService
from newsdesk.services.exporting import ExportRequest, ExportService
from newsdesk.services.importing import CREATED, REFUSED, SKIPPED, ImportService
from newsdesk.services.users import add_person, ensure_first_admin
from newsdesk.storage.media import MediaStore
from newsdesk.storage.opening import open_database
from support import ADMIN, KARIM


def png(colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 6), colour).save(out, format="PNG")
    return out.getvalue()


@pytest.fixture
def sent(tmp_path):
    """A submission of one article with two pictures: one filed by checksum, one by hand."""
    store = MediaStore(tmp_path / "reporter-media")
    filed = store.add_data(png((200, 30, 30)))
    by_hand = store.root / "photos" / "port.png"
    by_hand.parent.mkdir(parents=True)
    by_hand.write_bytes(png((30, 30, 200)))
    db = open_database(str(tmp_path / "reporter.db"))
    ensure_first_admin(db, ADMIN.name)
    add_person(db, ADMIN, YASMINE.name, "editor")
    body = Document(
        (
            Block(text="فقرة أولى"),
            Block(kind=BlockKind.IMAGE, src=filed, caption="الصورة الأولى"),
            Block(kind=BlockKind.IMAGE, src="photos/port.png", caption="الميناء"),
        )
    )
    article = ArticleService(db, YASMINE).create(ArticleContent(headline="خبر مصور", body=body))
    out = tmp_path / "pictures.zip"
    ExportService(db, YASMINE, media=store).export(ExportRequest(out=out, submission=True))
    db.close()
    return out, article.id, filed


def test_pictures_are_filed_and_the_text_points_at_them(db, tmp_path, sent):
    out, article_id, filed = sent
    service = ImportService(db, KARIM)
    service.media = MediaStore(tmp_path / "desk-media")
    assert service.import_file(out).status == CREATED
    blocks = ArticleService(db, KARIM).get(article_id).content.body.blocks
    sources = [b.src for b in blocks if b.kind == BlockKind.IMAGE]
    assert sources[0] == filed  # already a checksum name: unchanged
    assert sources[1] == MediaStore.src_for(png((30, 30, 200)))
    for src in sources:
        assert service.media.resolve(src).is_file()
    assert ArticleService(db, KARIM).history(article_id)[0].content.body.blocks[2].src == sources[1]
    # The desk can send the article on with its own media folder.
    again = tmp_path / "onwards.zip"
    ExportService(db, KARIM, media=service.media).export(
        ExportRequest(out=again, ids=(article_id,), status=None)
    )
    assert zipfile.ZipFile(again).testzip() is None
    files = listing(service.media.root)
    assert service.import_file(out).status == SKIPPED
    assert listing(service.media.root) == files


def test_a_picture_that_is_not_one_is_refused_and_nothing_is_filed(db, tmp_path, sent):
    out, article_id, _filed = sent

    def swap(files, manifest):
        name = next(n for n in files if "/media/" in n and n.endswith(".png"))
        files[name] = b"\x89PNG\r\n\x1a\n" + b"not really a picture" * 10

    bad = rebuild(out, tmp_path / "fake.zip", swap)
    service = ImportService(db, KARIM)
    service.media = MediaStore(tmp_path / "desk-media")
    before = contents(db)
    outcome = service.import_file(bad)
    assert outcome.status == REFUSED and "picture" in outcome.reason
    assert contents(db) == before and not service.media.root.exists()
    record = json.loads(zipfile.ZipFile(bad).read(f"articles/{article_id}/newsdesk.json"))
    assert len(record["media"]) == 2


def test_a_refused_sender_files_no_picture(db, tmp_path, sent):
    out, article_id, _filed = sent

    def from_omar(files, manifest):
        manifest["bundle"]["submission"]["sender"] = "omar"

    first = ImportService(db, KARIM)
    first.media = MediaStore(tmp_path / "first-media")
    assert first.import_file(rebuild(out, tmp_path / "omar.zip", from_omar)).status == CREATED
    # The same article again, now from yasmine: refused before any picture is filed.
    service = ImportService(db, KARIM)
    service.media = MediaStore(tmp_path / "desk-media")
    before = contents(db)
    outcome = service.import_file(out)
    assert outcome.status == REFUSED and f"article {article_id}" in outcome.reason
    assert "came from omar, not from yasmine" in outcome.reason
    assert contents(db) == before and not service.media.root.exists()


def test_a_picture_that_cannot_be_filed_refuses_the_bundle_and_changes_nothing(db, tmp_path, sent):
    # The pictures are filed while the rows are made: a failure there, once the rows are made,
    # must still leave the database as it was, and no half-written file.
    out, _article_id, _filed = sent
    service = ImportService(db, KARIM)
    service.media = MediaStore(tmp_path / "desk-media")
    blocked = MediaStore.src_for(png((30, 30, 200))).split("/")[0]
    service.media.root.mkdir(parents=True)
    (service.media.root / blocked).write_bytes(b"a file where the picture's folder goes")
    before = contents(db)
    outcome = service.import_file(out)
    assert outcome.status == REFUSED and "cannot store the pictures" in outcome.reason
    assert contents(db) == before
    assert [p.name for p in service.media.root.rglob("*.tmp")] == []
