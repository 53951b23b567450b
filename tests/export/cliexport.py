"""The contract article as a format's file: written directly, or by `newsdesk export` (approved)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

from export.exportsamples import contract_article
from newsdesk.domain.workflow import Step
from newsdesk.export.media import BundleMedia
from newsdesk.export.registry import exporter
from newsdesk.services.articles import ArticleService
from newsdesk.storage.media import MediaStore
from support import KARIM, SARA


def approved_contract_article(db: Any) -> str:
    """The contract article written, submitted and approved; its id."""
    article = ArticleService(db, SARA).create(contract_article().content)
    ArticleService(db, SARA).take_step(article.id, Step.SUBMIT)
    ArticleService(db, KARIM).take_step(article.id, Step.APPROVE)
    return article.id


def export_command(db_url: str, out: Path) -> list[str]:
    """`newsdesk export` by the desk's chief into `out`, formats to be added."""
    newsdesk = str(Path(sys.executable).parent / "newsdesk")
    return [newsdesk, "--db", db_url, "--as", "karim", "export", "--out", str(out)]


def run_export(command: list[str]) -> subprocess.CompletedProcess[str]:
    """The command's run, its output as text."""
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def exported_document(out: Path, article_id: str, filename: str) -> tuple[bytes, bytes]:
    """The article's one document in the bundle (stored, not deflated) and its one picture."""
    folder = f"articles/{article_id}/"
    with zipfile.ZipFile(out) as bundle:
        names = [n for n in bundle.namelist() if n.startswith(folder)]
        data = bundle.read(f"{folder}{filename}")
        assert bundle.getinfo(f"{folder}{filename}").compress_type == zipfile.ZIP_STORED
        [picture] = [bundle.read(n) for n in names if n.startswith(f"{folder}media/")]
    assert [n for n in names if "/media/" not in n] == [f"{folder}{filename}"]
    return data, picture


def contract_file(name: str, media_store: MediaStore, folder: Path) -> Path:
    """The contract article in format `name`, with its picture, written as folder/article.<name>."""
    local, media = BundleMedia(media_store).localise(contract_article())
    path = folder / f"article.{name}"
    path.write_bytes(exporter(name).render_bundled(local, media))
    return path
