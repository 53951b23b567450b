"""A big submission read on every core stores what one process stores, and refuses the same."""

from __future__ import annotations

import io
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from dbcontents import contents
from importers.bundlesupport import YASMINE, listing, rebuild
from newsdesk.domain.article import ArticleContent
from newsdesk.domain.document import Block, BlockKind, Document
from newsdesk.errors import InvalidInputError
from newsdesk.importers.bundle import DEFAULT_LIMITS, open_bundle
from newsdesk.services import bundle_workers
from newsdesk.services.articles import ArticleService
from newsdesk.services.exporting import ExportRequest, ExportService
from newsdesk.services.importing import CREATED, REFUSED, ImportService
from newsdesk.services.users import add_person, ensure_first_admin
from newsdesk.storage.media import MediaStore
from newsdesk.storage.opening import open_database
from support import ADMIN, KARIM

# Enough for three chunks of work and a few articles over.
ARTICLES = 40
MIDDLE = 20
NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def png(n: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 6), (n * 5 % 256, 30, 200 - n)).save(out, format="PNG")
    return out.getvalue()


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """A reporter's submission of ARTICLES articles, each with a picture, a note and history."""
    folder = tmp_path_factory.mktemp("reporter")
    store = MediaStore(folder / "media")
    db = open_database(str(folder / "reporter.db"))
    ensure_first_admin(db, ADMIN.name)
    add_person(db, ADMIN, YASMINE.name, "editor")
    mine = ArticleService(db, YASMINE)
    ids = []
    for n in range(ARTICLES):
        body = Document(
            (
                Block(text=f"فقرة أولى رقم {n} عن الميناء ، والطقس"),
                Block(kind=BlockKind.IMAGE, src=store.add_data(png(n)), caption=f"صورة {n}"),
                Block(text=f"Deuxième paragraphe {n} ,avec une faute"),
            )
        )
        article = mine.create(ArticleContent(headline=f"خبر رقم {n}", body=body, desk="ports"))
        mine.edit(article.id, standfirst=f"تحديث {n}")
        mine.add_note(article.id, f"ملاحظة {n}")
        ids.append(article.id)
    out = folder / "big.zip"
    ExportService(db, YASMINE, media=store).export(ExportRequest(out=out, submission=True))
    db.close()
    return out, ids


def desk(folder: Path, template: Path | None = None) -> ImportService:
    """A desk's SQLite file (a copy of `template` when given) and media folder."""
    folder.mkdir()
    path = folder / "desk.db"
    if template is not None:
        shutil.copy(template, path)
    db = open_database(str(path))
    if template is None:
        ensure_first_admin(db, ADMIN.name)
        add_person(db, ADMIN, "karim", "chief")
    service = ImportService(db, KARIM)
    service.media = MediaStore(folder / "media")
    return service


def both(tmp_path: Path) -> tuple[ImportService, ImportService]:
    """Two desks alike to the byte: one reads bundles in one process, one on every core."""
    one = desk(tmp_path / "one")
    one.db.close()
    one = desk(tmp_path / "one-again", tmp_path / "one" / "desk.db")
    every = desk(tmp_path / "every", tmp_path / "one" / "desk.db")
    one.bundle_parallel, every.bundle_parallel = False, True
    return one, every


def test_every_core_stores_the_same_rows_and_pictures(tmp_path, big):
    bundle, ids = big
    one, every = both(tmp_path)
    try:
        outcomes = [service.import_file(bundle, now=NOW) for service in (one, every)]
        assert [o.status for o in outcomes] == [CREATED, CREATED]
        assert outcomes[0].to_dict() == outcomes[1].to_dict()
        stored = contents(every.db)
        assert stored == contents(one.db)
        assert len(stored["articles"]) == ARTICLES
        assert listing(every.media.root) == listing(one.media.root)
        assert len(listing(every.media.root)) >= ARTICLES
        # The search index's rows are among the contents compared.
        assert len(stored["article_search_content"]) == ARTICLES
        article = ArticleService(every.db, KARIM).get(ids[MIDDLE])
        assert article.content.headline == f"خبر رقم {MIDDLE}"
    finally:
        one.db.close()
        every.db.close()


def _entry(ids: list[str], n: int, suffix: str) -> str:
    return f"articles/{ids[n]}/{suffix}"


def _damaged_file(files: dict[str, bytes], ids: list[str]) -> None:
    name = _entry(ids, MIDDLE, "article.txt")
    files[name] = files[name].replace("رقم".encode(), "رقن".encode())


def _not_a_picture(files: dict[str, bytes], ids: list[str]) -> None:
    name = next(n for n in files if n.startswith(f"articles/{ids[MIDDLE]}/media/"))
    files[name] = b"GIF89a but not really"


def _bad_record(files: dict[str, bytes], ids: list[str]) -> None:
    name = _entry(ids, MIDDLE, "newsdesk.json")
    files[name] = files[name][:-40]


def _bad_xml(files: dict[str, bytes], ids: list[str]) -> None:
    name = _entry(ids, MIDDLE, "article.newsml.xml")
    files[name] = files[name].replace(b"</", b"<", 1)


@pytest.mark.parametrize(
    ("damage", "fixed", "said"),
    [
        (_damaged_file, False, "does not match its checksum in the manifest"),
        (_not_a_picture, True, "is not a JPEG, PNG, GIF or WebP picture"),
        (_bad_record, True, "is not valid JSON"),
        (_bad_xml, True, "is not well-formed XML"),
    ],
)
def test_one_bad_file_in_the_middle_refuses_it_all_and_stores_nothing(
    tmp_path, big, damage, fixed, said
):
    source, ids = big

    def change(files: dict[str, bytes], manifest: dict[str, Any]) -> None:
        damage(files, ids)

    bundle = rebuild(source, tmp_path / "damaged.zip", change, fix_manifest=fixed)
    one, every = both(tmp_path)
    try:
        before = contents(every.db)
        outcomes = [service.import_file(bundle, now=NOW) for service in (one, every)]
        assert [o.status for o in outcomes] == [REFUSED, REFUSED]
        assert said in outcomes[1].reason
        assert outcomes[1].reason == outcomes[0].reason
        assert contents(every.db) == before
        assert not every.media.root.exists() or listing(every.media.root) == []
    finally:
        one.db.close()
        every.db.close()


def test_the_first_fault_in_the_one_process_order_is_the_one_refused(tmp_path, big):
    """Files are all checked before any record is read: a late bad checksum beats an early
    bad record, though the workers meet the record first."""
    source, ids = big

    def early_record(files: dict[str, bytes], manifest: dict[str, Any]) -> None:
        name = _entry(ids, 2, "newsdesk.json")
        files[name] = b"{"

    def late_file(files: dict[str, bytes], manifest: dict[str, Any]) -> None:
        name = _entry(ids, ARTICLES - 2, "article.md")
        files[name] = files[name][:-1] + b"!"

    first = rebuild(source, tmp_path / "first.zip", early_record)
    bundle = rebuild(first, tmp_path / "both.zip", late_file, fix_manifest=False)
    one, every = both(tmp_path)
    try:
        before = contents(every.db)
        reasons = [service.import_file(bundle, now=NOW).reason for service in (one, every)]
        assert "does not match its checksum" in reasons[0]
        assert reasons[1] == reasons[0]
        assert contents(every.db) == before
    finally:
        one.db.close()
        every.db.close()


@pytest.mark.parametrize("replacement", ["another bundle", "not a zip"])
def test_a_bundle_changed_on_disk_under_the_workers_is_refused(tmp_path, big, replacement):
    """Workers read the file again: what they read is held to the copy checked here."""
    source, ids = big
    bundle = tmp_path / "changing.zip"
    shutil.copy(source, bundle)
    index, archive = open_bundle(bundle)
    archive.close()

    def change(files: dict[str, bytes], manifest: dict[str, Any]) -> None:
        _bad_record(files, ids)

    if replacement == "not a zip":
        bundle.write_bytes(b"not a zip at all")
    else:
        rebuild(source, bundle, change)
    jobs = [(i, sorted(p for p in index.listed if p.startswith(f"articles/{i}/"))) for i in ids]
    try:
        with pytest.raises(InvalidInputError, match=r"damaged|does not match|changed while"):
            bundle_workers._prepare_chunk(index, jobs, DEFAULT_LIMITS)
    finally:
        for opened in bundle_workers._archives.values():
            opened.close()
        bundle_workers._archives.clear()
