"""PDF in bundles: the proof's pages without its header, same bytes for the same article,
rendered in the main process only, and a long run that ends with a clean exit."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from export.exportsamples import CONTRACT_PICTURE, contract_article, french_article, write_picture
from newsdesk.cli.main import main
from newsdesk.domain.workflow import Step
from newsdesk.export.bundle_builder import build_bundle
from newsdesk.export.bundle_zip import verify_bundle
from newsdesk.export.media import BundleMedia
from newsdesk.export.pdf import PdfExporter
from newsdesk.export.registry import exporters
from newsdesk.services.articles import ArticleService
from newsdesk.storage.media import MediaStore
from support import KARIM, SARA

# One Qt application for the whole test session (pytest-qt's), as in the renderer's PDF tests.
pytestmark = pytest.mark.usefixtures("qapp")

_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
ROOT = Path(__file__).resolve().parents[2]


def _logical(text: str) -> str:
    return re.sub(r"\s+", "", _BIDI_CONTROLS.sub("", text))


def _pdf_text(need_tool, data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "page.pdf"
    path.write_bytes(data)
    run = subprocess.run(
        [need_tool("pdftotext"), "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    assert not run.stderr, run.stderr  # a broken cross-reference table would be reported
    return run.stdout.decode("utf-8")


def test_pdf_is_the_proof_without_its_header(need_tool, tmp_path: Path) -> None:
    arabic = _logical(_pdf_text(need_tool, PdfExporter().render(contract_article()), tmp_path))
    assert _logical(contract_article().headline) in arabic
    assert _logical("صفحة 1 من") in arabic
    assert _logical("ليست للنشر") not in arabic and _logical("معتمد") not in arabic
    french = _pdf_text(need_tool, PdfExporter().render(french_article()), tmp_path)
    assert "Couverture médicale" in french and "page 1 sur 1" in french
    assert "épreuve" not in french and "version 3" not in french


def test_same_article_same_bytes_stamped_with_its_own_time(need_tool, tmp_path: Path) -> None:
    first = PdfExporter().render(contract_article())
    assert PdfExporter().render(contract_article()) == first
    assert b"/CreationDate (D:20240228113000Z)" in first
    assert b'xmp:ModifyDate="2024-02-28T11:30:00+00:00"' in first
    info = subprocess.run(
        [need_tool("pdfinfo"), "-isodates", "-"],
        input=first,
        capture_output=True,
        check=True,
        timeout=60,
    )
    assert re.search(rb"CreationDate:\s+2024-02-28T11:30:00Z", info.stdout) and not info.stderr
    assert PdfExporter().render(replace(contract_article(), version=4)) != first


def test_pictures_come_from_the_bundle_and_nowhere_else(tmp_path: Path, media_store) -> None:
    # A file the block's path happens to name in the working folder is never read.
    write_picture(tmp_path / CONTRACT_PICTURE)
    here = Path.cwd()
    os.chdir(tmp_path)
    try:
        alone = PdfExporter().render(contract_article())
    finally:
        os.chdir(here)
    assert b"/Subtype /Image" not in alone
    local, media = BundleMedia(media_store).localise(contract_article())
    assert PdfExporter().render_bundled(local, media).count(b"/Subtype /Image") == 1


def _images(need_tool, data: bytes, tmp_path: Path) -> list[list[str]]:
    path = tmp_path / "pictures.pdf"
    path.write_bytes(data)
    run = subprocess.run(
        [need_tool("pdfimages"), "-list", str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return [line.split() for line in run.stdout.splitlines()[2:]]


def test_a_jpeg_is_embedded_as_it_is_at_its_own_size(need_tool, tmp_path, media_store) -> None:
    local, media = BundleMedia(media_store).localise(contract_article())
    data = PdfExporter().render_bundled(local, media)
    assert (media_store.root / CONTRACT_PICTURE).read_bytes() in data  # not compressed again
    [row] = _images(need_tool, data, tmp_path)
    # page, num, type, width, height, colour, comp, bpc, enc, interp, object, id, x-ppi, y-ppi
    assert row[3:6] == ["640", "400", "rgb"] and row[8] == "jpeg"
    # Laid out at its own size: 640 pixels at the page's 96 per inch, as a browser shows it.
    assert row[12:14] == ["96", "96"]
    caption = next(b.caption for b in local.content.body.blocks if b.src)
    assert _logical(caption) in _logical(_pdf_text(need_tool, data, tmp_path))


def test_other_pictures_are_drawn_by_qt(need_tool, tmp_path) -> None:
    store = MediaStore(tmp_path / "media")
    write_picture(store.root / CONTRACT_PICTURE, 300, 200, "PNG")
    local, media = BundleMedia(store).localise(contract_article())
    assert next(iter(media)).endswith(".png")
    [row] = _images(need_tool, PdfExporter().render_bundled(local, media), tmp_path)
    assert row[3:5] == ["300", "200"]


class _Counting(PdfExporter):
    """The PDF format, noting the process each article's PDF is rendered in."""

    def __init__(self) -> None:
        super().__init__()
        self.pids: list[int] = []

    def render_bundled(self, article, media) -> bytes:
        self.pids.append(os.getpid())
        return super().render_bundled(article, media)


def test_pdfs_are_rendered_here_while_workers_write_the_rest(tmp_path: Path, media_store) -> None:
    articles = [
        replace(article, id=f"{n:08d}-{article.id[9:]}")
        for n in range(12)
        for article in (contract_article(), french_article())
    ]
    counting = _Counting()
    pooled = build_bundle(
        tmp_path / "pooled.zip",
        articles,
        [*exporters(["html", "ninjs"]), counting],
        media=media_store,
        parallel=True,
    )
    serial = build_bundle(
        tmp_path / "serial.zip",
        articles,
        exporters(["html", "ninjs", "pdf"]),
        media=media_store,
        parallel=False,
    )
    assert len(list(pooled)) == len(list(serial)) == len(articles) + 2
    assert counting.pids == [os.getpid()] * len(articles)
    assert (tmp_path / "pooled.zip").read_bytes() == (tmp_path / "serial.zip").read_bytes()


LONG_RUN = textwrap.dedent(
    """
    import sys
    from dataclasses import replace
    from pathlib import Path

    from export.exportsamples import contract_article, french_article, write_picture
    from newsdesk.export.bundle_builder import build_bundle
    from newsdesk.export.registry import exporters
    from newsdesk.storage.media import MediaStore

    folder = Path(sys.argv[1])
    store = MediaStore(folder / "media")
    write_picture(store.root / "images" / "artisans.jpg")
    articles = [
        replace(a, id=f"{n:08d}-{a.id[9:]}")
        for n in range(100)
        for a in (contract_article(), french_article())
    ]
    for step in build_bundle(folder / "b.zip", articles, exporters(["pdf"]), media=store):
        pass
    print("written", len(articles))
    """
)


def test_a_200_article_pdf_export_ends_with_a_clean_exit(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "tests"), str(ROOT / "src")])}
    env["QT_QPA_PLATFORM"] = "offscreen"
    run = subprocess.run(
        [sys.executable, "-c", LONG_RUN, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert "written 200" in run.stdout and "Fatal" not in run.stderr
    manifest = verify_bundle(tmp_path / "b.zip")
    pdfs = [f for f in manifest["files"] if f["path"].endswith("/article.pdf")]
    assert len(pdfs) == 200 and all(f["media_type"] == "application/pdf" for f in pdfs)


def test_cli_exports_pdf_on_request(db_url, db, newsroom_media, tmp_path: Path, capsys) -> None:
    article = ArticleService(db, SARA).create(contract_article().content)
    ArticleService(db, SARA).take_step(article.id, Step.SUBMIT)
    ArticleService(db, KARIM).take_step(article.id, Step.APPROVE)
    out = tmp_path / "b.zip"
    base = ["--db", db_url, "--as", "karim", "export", "--out", str(out)]
    assert main([*base, "--format", "pdf", "--format", "html"]) == 0
    with zipfile.ZipFile(out) as bundle:
        names = {n.rsplit("/", 1)[-1] for n in bundle.namelist() if n.startswith("articles/")}
        pdf = bundle.read(f"articles/{article.id}/article.pdf")
    assert {"article.pdf", "index.html"} <= names and pdf.startswith(b"%PDF")
    assert b"/Subtype /Image" in pdf
    assert main([*base]) == 0  # PDF only when asked for
    with zipfile.ZipFile(out) as bundle:
        assert not [n for n in bundle.namelist() if n.endswith(".pdf")]
