"""A bundle as a folder: the zip's files and manifest, appearing whole or not at all."""

from __future__ import annotations

import json
import os
import stat
import zipfile
from pathlib import Path

import pytest

from export.exportsamples import contract_article, french_article
from newsdesk.cli.main import main
from newsdesk.domain.workflow import Step
from newsdesk.errors import InvalidInputError
from newsdesk.export.bundle_builder import build_bundle
from newsdesk.export.bundle_folder import verify_folder
from newsdesk.export.bundle_zip import MANIFEST
from newsdesk.export.registry import exporters
from newsdesk.services.articles import ArticleService
from newsdesk.services.exporting import ExportRequest, ExportService
from support import KARIM, SARA

ARTICLES = (contract_article, french_article)


def _write(out: Path, store, *, folder: bool, writers=None):
    steps = build_bundle(
        out,
        [make() for make in ARTICLES],
        writers if writers is not None else exporters(),
        media=store,
        folder=folder,
    )
    try:
        while True:
            next(steps)
    except StopIteration as stop:
        return stop.value


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_the_folder_holds_the_zips_files_and_the_same_manifest(tmp_path, media_store) -> None:
    zipped = _write(tmp_path / "b.zip", media_store, folder=False)
    folder = _write(tmp_path / "b", media_store, folder=True)
    with zipfile.ZipFile(zipped.path) as bundle:
        entries = {name: bundle.read(name) for name in bundle.namelist()}
    assert _files(folder.path) == entries
    assert any("/media/" in name for name in entries)
    manifest = verify_folder(folder.path)
    assert manifest["bundle"]["id"] == folder.bundle_id == zipped.bundle_id
    assert folder.files == zipped.files == len(entries)
    assert folder.sha256 != zipped.sha256  # a folder's checksum is its manifest's
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b", "b.zip"]
    assert (folder.path / "articles").stat().st_mode & 0o555 == 0o555


def test_an_existing_folder_with_files_is_refused_and_left_alone(tmp_path, media_store) -> None:
    out = tmp_path / "b"
    out.mkdir()
    (out / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(InvalidInputError, match="is not empty"):
        _write(out, media_store, folder=True)
    assert _files(out) == {"notes.txt": b"keep me"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b"]
    (tmp_path / "file").write_bytes(b"x")
    with pytest.raises(InvalidInputError, match="not a folder"):
        _write(tmp_path / "file", media_store, folder=True)


def test_an_empty_folder_is_replaced_by_the_bundle(tmp_path, media_store) -> None:
    out = tmp_path / "b"
    out.mkdir()
    summary = _write(out, media_store, folder=True)
    assert (out / MANIFEST).is_file() and summary.path == out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b"]


def test_cancelling_or_failing_leaves_no_folder(tmp_path, media_store) -> None:
    out = tmp_path / "b"
    steps = build_bundle(
        out, [make() for make in ARTICLES], exporters(), media=media_store, folder=True
    )
    next(steps)
    next(steps)
    assert [p.name.endswith(".part") for p in tmp_path.iterdir()] == [True]
    steps.close()
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(InvalidInputError, match="picture not found"):
        _write(out, type(media_store)(tmp_path / "empty"), folder=True)
    assert list(tmp_path.iterdir()) == []


def test_tampering_with_a_folder_is_caught(tmp_path, media_store) -> None:
    summary = _write(tmp_path / "b", media_store, folder=True)
    page = next(summary.path.rglob("index.html"))
    page.write_bytes(page.read_bytes() + b"<!-- changed -->")
    with pytest.raises(InvalidInputError, match="does not match"):
        verify_folder(summary.path)
    page.unlink()
    with pytest.raises(InvalidInputError, match="exactly the bundle's files"):
        verify_folder(summary.path)


def test_service_and_cli_write_folders(db_url, db, newsroom_media, tmp_path, capsys) -> None:
    article_id = ArticleService(db, SARA).create(contract_article().content).id
    ArticleService(db, SARA).take_step(article_id, Step.SUBMIT)
    ArticleService(db, KARIM).take_step(article_id, Step.APPROVE)
    out = tmp_path / "service"
    result = ExportService(db, KARIM).export(ExportRequest(out=out, folder=True))
    manifest = verify_folder(out)
    assert [a["id"] for a in manifest["articles"]] == [article_id]
    assert any(f["path"].endswith(".jpg") for f in manifest["files"])
    assert result.bundle.path == out

    cli_out = tmp_path / "cli-bundle"
    args = ["--db", db_url, "--as", "karim", "export", "--out", str(cli_out), "--folder", "--json"]
    assert main(args) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["out"] == str(cli_out) and printed["bundle_id"] == manifest["bundle"]["id"]
    assert main(args) == 7  # the folder is there now, and not empty
    assert "is not empty" in capsys.readouterr().err


def test_bundles_get_the_permissions_an_ordinary_file_would(tmp_path, media_store) -> None:
    mask = os.umask(0o027)
    try:
        zipped = _write(tmp_path / "b.zip", media_store, folder=False)
        folder = _write(tmp_path / "b", media_store, folder=True)
    finally:
        os.umask(mask)
    assert stat.S_IMODE(zipped.path.stat().st_mode) == 0o640
    assert stat.S_IMODE(folder.path.stat().st_mode) == 0o750
