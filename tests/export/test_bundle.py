"""The bundle: deterministic bytes, a manifest that checks out, and nothing left on failure."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from export.exportsamples import contract_article, french_article
from newsdesk.domain.ticker import TickerChannel, TickerItem, TickerStatus
from newsdesk.errors import InvalidInputError, StorageError
from newsdesk.export.base import Exporter
from newsdesk.export.bundle_builder import TickerFeedSource, build_bundle
from newsdesk.export.bundle_zip import MANIFEST, ZIP_TIME, verify_bundle
from newsdesk.export.registry import exporters

AIRED = datetime(2024, 2, 28, 12, 0, tzinfo=UTC)


def _feed() -> TickerFeedSource:
    item = TickerItem(
        id="7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d",
        channel="site-ar",
        text="عاجل: الصندوق يعلن حصيلة جديدة للتسجيل",
        status=TickerStatus.LIVE,
        created_at=AIRED - timedelta(minutes=5),
        approved_at=AIRED,
        expires_at=AIRED + timedelta(days=3650),
    )
    return TickerFeedSource(TickerChannel("site-ar"), [item])


def _build(out: Path, articles=None, writers=None, feeds=None):
    steps = build_bundle(
        out,
        articles if articles is not None else [contract_article(), french_article()],
        writers if writers is not None else exporters(),
        feeds if feeds is not None else [_feed()],
    )
    progress = []
    try:
        while True:
            progress.append(next(steps))
    except StopIteration as stop:
        return stop.value, progress


def test_bundle_holds_every_format_and_the_ticker_feeds(tmp_path: Path) -> None:
    summary, progress = _build(tmp_path / "b.zip")
    with zipfile.ZipFile(summary.path) as bundle:
        names = bundle.namelist()
        assert names == sorted(names)
        assert MANIFEST in names
        for article in (contract_article(), french_article()):
            for filename in (
                "index.html",
                "article.ninjs.json",
                "article.newsml.xml",
                "article.md",
                "article.txt",
            ):
                assert f"articles/{article.id}/{filename}" in names
        feeds = [n for n in names if n.startswith("tickers/site-ar/")]
        assert len(feeds) == 4
        feed = json.loads(bundle.read("tickers/site-ar/feed.json"))
        assert [i["text"] for i in feed["items"]] == [_feed().items[0].text]
        assert all(info.date_time == ZIP_TIME for info in bundle.infolist())
    assert [(p.done, p.total) for p in progress] == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert summary.files == len(names)


def test_manifest_lists_every_file_and_article(tmp_path: Path) -> None:
    summary, _ = _build(tmp_path / "b.zip")
    manifest = verify_bundle(summary.path)
    assert manifest["bundle"]["id"] == summary.bundle_id
    assert manifest["bundle"]["generator"]["name"] == "Newsdesk"
    assert manifest["bundle"]["created"] == "2024-02-28T12:00:00Z"
    articles = {a["id"]: a for a in manifest["articles"]}
    contract = contract_article()
    assert articles[contract.id]["version"] == contract.version
    assert articles[contract.id]["status"] == "approved"
    media = {f["path"].rsplit("/", 1)[1]: f["media_type"] for f in manifest["files"]}
    assert media["index.html"].startswith("text/html")
    assert media["article.newsml.xml"] == "application/vnd.iptc.g2.newsitem+xml"
    with zipfile.ZipFile(summary.path) as bundle:
        for record in manifest["files"]:
            data = bundle.read(record["path"])
            assert hashlib.sha256(data).hexdigest() == record["sha256"]
            assert len(data) == record["size"]
    assert summary.sha256 == hashlib.sha256(summary.path.read_bytes()).hexdigest()


def test_same_content_gives_a_byte_identical_bundle(tmp_path: Path) -> None:
    first, _ = _build(tmp_path / "one.zip")
    second, _ = _build(tmp_path / "two.zip", articles=[french_article(), contract_article()])
    assert first.path.read_bytes() == second.path.read_bytes()
    changed = replace(contract_article(), version=4)
    third, _ = _build(tmp_path / "three.zip", articles=[changed, french_article()])
    assert third.sha256 != first.sha256 and third.bundle_id != first.bundle_id


def test_tampering_is_caught_by_verification(tmp_path: Path) -> None:
    summary, _ = _build(tmp_path / "b.zip")
    tampered = tmp_path / "t.zip"
    with zipfile.ZipFile(summary.path) as source, zipfile.ZipFile(tampered, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.endswith("article.txt"):
                data += b"extra"
            target.writestr(info, data)
    with pytest.raises(InvalidInputError, match="does not match"):
        verify_bundle(tampered)


def test_cancelling_leaves_nothing_behind(tmp_path: Path) -> None:
    out = tmp_path / "b.zip"
    steps = build_bundle(out, [contract_article(), french_article()], exporters(), [])
    next(steps)
    next(steps)
    assert next(p.name for p in tmp_path.iterdir()).endswith(".part")
    steps.close()
    assert list(tmp_path.iterdir()) == []


class _Broken(Exporter):
    name = "broken"
    filename = "zz.bin"
    media_type = "application/octet-stream"

    def render(self, article):
        if article.language == "fr":
            raise RuntimeError("renderer failed")
        return b"ok"


def test_an_error_leaves_nothing_behind_and_keeps_an_older_bundle(tmp_path: Path) -> None:
    out = tmp_path / "b.zip"
    _build(out, articles=[french_article()])
    older = out.read_bytes()
    with pytest.raises(RuntimeError, match="renderer failed"):
        _build(out, writers=[*exporters(), _Broken()])
    assert [p.name for p in tmp_path.iterdir()] == ["b.zip"]
    assert out.read_bytes() == older


def test_an_earlier_bundle_is_replaced_but_no_other_file(tmp_path: Path) -> None:
    out = tmp_path / "b.zip"
    _build(out, articles=[french_article()])
    summary, _ = _build(out)
    assert summary.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    for name, data in (("notes.zip", _plain_zip()), ("report.docx", b"PK\x03\x04 not ours")):
        other = tmp_path / name
        other.write_bytes(data)
        with pytest.raises(InvalidInputError, match="not a Newsdesk bundle; it was left as it is"):
            _build(other)
        assert other.read_bytes() == data
    folder = tmp_path / "folder.zip"
    folder.mkdir()
    with pytest.raises(InvalidInputError, match="not a bundle file"):
        _build(folder)


def _plain_zip() -> bytes:
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w") as archive:
        archive.writestr("manifest.json", '{"bundle": {"generator": {"name": "Other"}}}')
    return stream.getvalue()


def test_a_missing_folder_or_empty_selection_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match="folder does not exist"):
        _build(tmp_path / "nowhere" / "b.zip")
    with pytest.raises(InvalidInputError, match="no articles"):
        _build(tmp_path / "b.zip", articles=[])
    assert list(tmp_path.iterdir()) == []


def test_a_write_failure_is_a_clear_storage_error(tmp_path: Path, monkeypatch) -> None:
    import os

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(StorageError, match="No space left on device"):
        _build(tmp_path / "b.zip")
    assert list(tmp_path.iterdir()) == []


def test_worker_processes_write_the_same_bytes(tmp_path: Path) -> None:
    articles = [
        replace(article, id=f"{n:08d}-{article.id[9:]}")
        for n in range(20)
        for article in (contract_article(), french_article())
    ]
    serial = build_bundle(tmp_path / "serial.zip", articles, exporters(), parallel=False)
    pooled = build_bundle(tmp_path / "pooled.zip", articles, exporters(), parallel=True)
    assert len(list(serial)) == len(list(pooled)) == len(articles) + 2
    assert (tmp_path / "serial.zip").read_bytes() == (tmp_path / "pooled.zip").read_bytes()


def test_cancelling_a_parallel_export_leaves_nothing_behind(tmp_path: Path) -> None:
    articles = [replace(contract_article(), id=f"{n:08d}-{'0' * 27}") for n in range(40)]
    steps = build_bundle(tmp_path / "b.zip", articles, exporters(), parallel=True)
    for _ in range(3):
        next(steps)
    steps.close()
    assert list(tmp_path.iterdir()) == []
