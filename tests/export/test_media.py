"""Pictures: the media folder's safe look-ups, and each picture copied into its article's folder."""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from export.exportsamples import CONTRACT_PICTURE, contract_article, french_article, write_picture
from newsdesk.domain.document import Block, BlockKind, Document
from newsdesk.errors import InvalidInputError
from newsdesk.export.bundle_builder import build_bundle
from newsdesk.export.bundle_zip import verify_bundle
from newsdesk.export.media import BundleMedia, media_entries
from newsdesk.export.newsml import NewsmlExporter
from newsdesk.export.ninjs import NinjsExporter
from newsdesk.export.registry import exporters
from newsdesk.storage.media import MediaStore, inspect_image


def _write(out: Path, articles, store: MediaStore | None, **options):
    steps = build_bundle(out, articles, exporters(), media=store, **options)
    try:
        while True:
            next(steps)
    except StopIteration as stop:
        return stop.value


def _with_picture(src: str | None):
    article = contract_article()
    blocks = tuple(
        replace(b, src=src) if b.kind == BlockKind.IMAGE else b for b in article.content.body.blocks
    )
    return replace(article, content=replace(article.content, body=Document(blocks)))


def test_adding_a_picture_names_it_by_checksum(tmp_path: Path) -> None:
    store = MediaStore(tmp_path / "media")
    picture = write_picture(tmp_path / "in" / "photo.png", 300, 200, "PNG")
    src = store.add(picture)
    digest = hashlib.sha256(picture.read_bytes()).hexdigest()
    assert src == f"{digest[:2]}/{digest[:16]}.png"
    assert store.resolve(src).read_bytes() == picture.read_bytes()
    assert store.add(picture) == src
    info = inspect_image(picture.read_bytes())
    assert (info.media_type, info.width, info.height) == ("image/png", 300, 200)


def test_what_is_not_a_picture_is_refused_and_not_stored(tmp_path: Path) -> None:
    store = MediaStore(tmp_path / "media")
    fake = tmp_path / "fake.jpg"
    fake.write_text("<svg onload=alert(1)>", encoding="utf-8")
    with pytest.raises(InvalidInputError, match="not a JPEG, PNG, GIF or WebP picture"):
        store.add(fake)
    svg = tmp_path / "drawing.bmp"
    write_picture(svg, 20, 20, "BMP")
    with pytest.raises(InvalidInputError, match="not a JPEG, PNG, GIF or WebP"):
        store.add(svg)
    assert not (tmp_path / "media").exists()


def test_nothing_outside_the_media_folder_is_read(tmp_path: Path) -> None:
    root = tmp_path / "media"
    write_picture(root / "in.jpg")
    secret = write_picture(tmp_path / "secret.jpg")
    (root / "out.jpg").symlink_to(secret)
    store = MediaStore(root)
    assert store.resolve("in.jpg") == (root / "in.jpg").resolve()
    for src in ("../secret.jpg", "a/../../secret.jpg", str(secret), "out.jpg", "~/x.jpg"):
        with pytest.raises(InvalidInputError, match="outside the media folder"):
            store.resolve(src)
    for src in ("in.jpg?x=1", "in%2Ejpg", "a\\..\\secret.jpg", ""):
        with pytest.raises(InvalidInputError, match="not a media folder path"):
            store.resolve(src)
    with pytest.raises(InvalidInputError, match="not found in the media folder"):
        store.resolve("images/none.jpg")


def test_the_picture_is_copied_beside_the_page_and_listed(tmp_path: Path, media_store) -> None:
    summary = _write(tmp_path / "b.zip", [contract_article(), french_article()], media_store)
    manifest = verify_bundle(summary.path)
    article = contract_article()
    source = (media_store.root / CONTRACT_PICTURE).read_bytes()
    digest = hashlib.sha256(source).hexdigest()
    path = f"articles/{article.id}/media/{digest[:16]}.jpg"
    record = next(f for f in manifest["files"] if f["path"] == path)
    assert record == {
        "path": path,
        "media_type": "image/jpeg",
        "size": len(source),
        "sha256": digest,
    }
    entry = next(a for a in manifest["articles"] if a["id"] == article.id)
    assert path in entry["files"]
    with zipfile.ZipFile(summary.path) as bundle:
        assert bundle.read(path) == source
        assert bundle.getinfo(path).compress_type == zipfile.ZIP_STORED
        page = bundle.read(f"articles/{article.id}/index.html").decode("utf-8")
        ninjs = json.loads(bundle.read(f"articles/{article.id}/article.ninjs.json"))
    # The page refers to the copy by a path relative to itself.
    assert f'<img src="media/{digest[:16]}.jpg"' in page
    assert ninjs["associations"][0]["renditions"][0]["sizeInBytes"] == len(source)
    # The French article has no picture, so no media folder.
    assert not [f for f in manifest["files"] if f"{french_article().id}/media" in f["path"]]


def test_bundled_pictures_keep_ninjs_and_newsml_valid(
    media_store, ninjs_validator, ninjs22_validator, newsml_schema
) -> None:
    from lxml import etree

    local, media = BundleMedia(media_store).localise(contract_article())
    for version, validate in (("3.1", ninjs_validator), ("2.2", ninjs22_validator)):
        writer = NinjsExporter(replace(NinjsExporter().settings, ninjs_version=version))
        assert validate(json.loads(writer.render_bundled(local, media))) == []
    xml = NewsmlExporter().render_bundled(local, media)
    assert newsml_schema.validate(etree.fromstring(xml)), str(newsml_schema.error_log)
    link = etree.fromstring(xml).find(".//{http://iptc.org/std/nar/2006-10-01/}link")
    copy = next(iter(media.values()))
    assert (link.get("href"), link.get("contenttype"), link.get("size")) == (
        copy.href,
        "image/jpeg",
        str(copy.size),
    )
    assert link.get("dir") == "rtl"


def test_a_missing_picture_stops_the_export_and_changes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "b.zip"
    _write(out, [french_article()], None)
    older = out.read_bytes()
    empty = MediaStore(tmp_path / "media")
    article = contract_article()
    with pytest.raises(InvalidInputError, match=f"article {article.id}: picture not found"):
        _write(out, [article], empty)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.zip"]
    assert out.read_bytes() == older


def test_a_picture_that_is_not_one_stops_the_export(tmp_path: Path) -> None:
    root = tmp_path / "media"
    (root / "images").mkdir(parents=True)
    (root / CONTRACT_PICTURE).write_bytes(b"GIF89a but not really")
    with pytest.raises(InvalidInputError, match="not a JPEG, PNG, GIF or WebP picture"):
        _write(tmp_path / "b.zip", [contract_article()], MediaStore(root))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["media"]


def test_the_bundle_holds_the_bytes_its_checksum_was_taken_of(media_store) -> None:
    _local, media = BundleMedia(media_store).localise(contract_article())
    copy = next(iter(media.values()))
    write_picture(copy.source, 10, 10)  # the file changes after it was read
    [(path, data, media_type)] = media_entries(media)
    assert (path, media_type) == (copy.href, "image/jpeg")
    assert hashlib.sha256(data).hexdigest() == copy.sha256 and len(data) == copy.size
    assert data != copy.source.read_bytes()


def test_remote_and_refused_addresses_are_not_copied(tmp_path: Path, media_store) -> None:
    remote = replace(_with_picture("https://example.org/p.jpg"), id="11111111-0000-4000-8000-0")
    hostile = replace(_with_picture("javascript:alert(1)"), id="22222222-0000-4000-8000-0")
    summary = _write(tmp_path / "b.zip", [remote, hostile], media_store)
    manifest = verify_bundle(summary.path)
    assert not [f for f in manifest["files"] if "/media/" in f["path"]]
    with zipfile.ZipFile(summary.path) as bundle:
        page = bundle.read(f"articles/{remote.id}/index.html").decode("utf-8")
        ninjs = json.loads(bundle.read(f"articles/{remote.id}/article.ninjs.json"))
        assert "javascript" not in bundle.read(f"articles/{hostile.id}/index.html").decode()
    assert '<img src="https://example.org/p.jpg"' in page
    assert ninjs["associations"][0]["renditions"] == [
        {"name": "original", "href": "https://example.org/p.jpg"}
    ]


def test_one_picture_shown_twice_is_copied_once(tmp_path: Path, media_store) -> None:
    article = contract_article()
    second = Block(kind=BlockKind.IMAGE, src=CONTRACT_PICTURE, caption="مرة ثانية")
    body = Document((*article.content.body.blocks, second))
    twice = replace(article, content=replace(article.content, body=body))
    summary = _write(tmp_path / "b.zip", [twice], media_store)
    copies = [f for f in verify_bundle(summary.path)["files"] if "/media/" in f["path"]]
    assert len(copies) == 1


def test_worker_processes_copy_the_same_pictures(tmp_path: Path, media_store) -> None:
    articles = [
        replace(article, id=f"{n:08d}-{article.id[9:]}")
        for n in range(12)
        for article in (contract_article(), french_article())
    ]
    serial = _write(tmp_path / "serial.zip", articles, media_store, parallel=False)
    pooled = _write(tmp_path / "pooled.zip", articles, media_store, parallel=True)
    assert serial.path.read_bytes() == pooled.path.read_bytes()
    assert len([f for f in verify_bundle(serial.path)["files"] if "/media/" in f["path"]]) == 12
