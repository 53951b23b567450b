"""Time a 1,000-article bundle in every format but PDF against zipping the same bytes, and
bundles of PDFs; each article has a picture of its own, copied into the bundle. Prints JSON."""

from __future__ import annotations

import io
import json
import os
import sys
import tempfile
import time
import zipfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from newsdesk.domain.article import Article, ArticleContent, Status
from newsdesk.domain.document import Block, BlockKind, Document, Mark, MarkKind
from newsdesk.export.bundle_builder import build_bundle
from newsdesk.export.bundle_zip import stored_or_deflated
from newsdesk.export.registry import exporters
from newsdesk.storage.media import MediaStore

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import summary, timed

CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def workers_cpu_s() -> float:
    """CPU seconds of the render workers that have ended (Linux: reaped by the fork server)."""
    from multiprocessing import forkserver

    pid = getattr(forkserver._forkserver, "_forkserver_pid", None)
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return float("nan")
    return (int(fields[13]) + int(fields[14])) / CLOCK_TICKS  # cutime + cstime


def cpu_of(fn) -> tuple[float, float]:
    """CPU seconds of one call: this process's own, and its render workers'."""
    own, workers = time.process_time(), workers_cpu_s()
    fn()
    return time.process_time() - own, workers_cpu_s() - workers


ARTICLES = 1_000
RUNS = 5
PDF_ARTICLES = 200
PDF_RUNS = 3
PICTURE = (1200, 800)
WHEN = datetime(2024, 2, 28, 11, 30, tzinfo=UTC)
ARABIC = (
    "أعلن الصندوق الوطني للضمان الاجتماعي حصيلة جديدة لتعميم التغطية الصحية على المهنيين",
    "CNSS يسجل 641 ألف صانع تقليدي ضمن المستفيدين من التأمين الإجباري عن المرض هذه السنة",
    "وأوضح المسؤول أن عملية التسجيل تتواصل في مختلف الجهات بتنسيق مع الغرف المهنية",
)
FRENCH = (
    "Le ministère a présenté mercredi le bilan de la couverture médicale des artisans.",
    "Selon la CNSS, 641 000 artisans sont désormais inscrits au régime obligatoire.",
    "Les inscriptions restent ouvertes jusqu'à la fin de l'année dans toutes les régions.",
)


def write_pictures(root: Path, count: int) -> None:
    """`count` distinct news-sized JPEGs (1200x800, about 140 KB) at images/photo-NNNN.jpg."""
    from PIL import Image

    noise = Image.effect_noise(PICTURE, 40).convert("RGB")
    scene = Image.linear_gradient("L").resize(PICTURE).convert("RGB")
    base = io.BytesIO()
    Image.blend(scene, noise, 0.15).save(base, "JPEG", quality=80)
    data = base.getvalue()
    (root / "images").mkdir(parents=True, exist_ok=True)
    for n in range(count):
        # A comment segment after the start marker makes each file distinct, as photos are.
        comment = f"photo {n:04d}".encode()
        segment = b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment
        (root / "images" / f"photo-{n:04d}.jpg").write_bytes(data[:2] + segment + data[2:])


def _body(paragraphs: tuple[str, ...], picture: str, article: int = 0) -> Document:
    # A news-length article of about 600 words: paragraphs, a heading, a list, a quote, a picture.
    # Each paragraph carries the article's number, so no two articles share a paragraph's text
    # (as in a real bundle, where nothing is worked out once for many articles).
    blocks: list[Block] = []
    for n in range(24):
        text = f"{paragraphs[n % len(paragraphs)]} ({article}.{n})"
        if n == 6:
            blocks.append(Block(kind=BlockKind.HEADING, text=text[:30], level=1))
        elif n in (9, 10, 11):
            blocks.append(Block(kind=BlockKind.LIST_ITEM, text=text))
        elif n == 14:
            blocks.append(Block(kind=BlockKind.QUOTE, text=text))
        elif n == 17:
            blocks.append(Block(kind=BlockKind.IMAGE, src=picture, caption=text, credit="AFP"))
        else:
            marks = (Mark(MarkKind.BOLD, 0, 5), Mark(MarkKind.LINK, 10, 30, "https://example.org"))
            blocks.append(Block(text=text, marks=marks))
    return Document(tuple(blocks))


def build_articles(count: int = ARTICLES) -> list[Article]:
    """`count` approved articles, two in three Arabic and the rest French."""
    arabic = ArticleContent(
        headline="الضمان الاجتماعي يسجل 641 ألف صانع تقليدي",
        language="ar",
        kicker="الحماية الاجتماعية",
        standfirst="حصيلة جديدة لورش تعميم التغطية الصحية",
        body=_body(ARABIC, ""),
        byline="هيئة التحرير",
        dateline="الرباط",
        tags=("الحماية الاجتماعية", "CNSS"),
    )
    french = replace(
        arabic,
        headline="Couverture médicale : 641 000 artisans inscrits",
        language="fr",
        kicker="Protection sociale",
        standfirst="Le chantier avance auprès des professionnels.",
        body=_body(FRENCH, ""),
        byline="La rédaction",
        dateline="Rabat",
    )

    def content(n: int) -> ArticleContent:
        base, paragraphs = (french, FRENCH) if n % 3 == 2 else (arabic, ARABIC)
        return replace(base, body=_body(paragraphs, f"images/photo-{n:04d}.jpg", n))

    return [
        Article(
            id=f"00000000-0000-4000-8000-{n:012d}",
            content=content(n),
            status=Status.APPROVED,
            version=1 + n % 4,
            author="sara",
            created_at=WHEN,
            updated_at=WHEN,
            updated_by="karim",
        )
        for n in range(count)
    ]


def export(articles: list[Article], out: Path, store: MediaStore, formats=None) -> None:
    """Write the bundle (default: every format but PDF), pictures copied from `store`."""
    for _ in build_bundle(out, articles, exporters(formats), media=store):
        pass


def zip_only(entries: list[tuple[str, bytes]], path: Path | None = None) -> None:
    """Zip the same bytes alike (pictures stored): in memory, or to a file synced as bundles are."""
    with open(path, "wb") if path else io.BytesIO() as stream:
        with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as bundle:
            for name, data in entries:
                bundle.writestr(name, data, compress_type=stored_or_deflated(name))
        if path:
            stream.flush()
            os.fsync(stream.fileno())


def _pdf_figures(articles: list[Article], folder: Path, store: MediaStore) -> dict[str, object]:
    """PDF alone, and PDF beside every other format, on the first PDF_ARTICLES articles."""
    chosen = articles[:PDF_ARTICLES]
    out = folder / "pdf.zip"
    export(chosen[:4], out, store, ["pdf"])  # Qt and its fonts set up once, as in a running app
    pdf_ms = summary(timed(lambda: export(chosen, out, store, ["pdf"]), PDF_RUNS, warmup=0))
    with zipfile.ZipFile(out) as bundle:
        sizes = [i.file_size for i in bundle.infolist() if i.filename.endswith(".pdf")]
    every = [*exporters(), *exporters(["pdf"])]
    names = [e.name for e in every]
    all_ms = summary(timed(lambda: export(chosen, out, store, names), PDF_RUNS, warmup=0))
    return {
        "pdf_articles": len(chosen),
        "pdf_bundle": pdf_ms,
        "pdf_articles_per_second": round(len(chosen) / (pdf_ms["median_ms"] / 1000), 1),
        "pdf_median_bytes": sorted(sizes)[len(sizes) // 2],
        "every_format_with_pdf": all_ms,
        "every_format_with_pdf_articles_per_second": round(
            len(chosen) / (all_ms["median_ms"] / 1000), 1
        ),
    }


def main() -> None:
    """Time RUNS exports of ARTICLES articles and the zip-only baseline, then PDFs; print JSON."""
    articles = build_articles()
    with tempfile.TemporaryDirectory() as folder:
        store = MediaStore(Path(folder) / "media")
        write_pictures(store.root, len(articles))
        out = Path(folder) / "bundle.zip"
        export(articles, out, store)
        with zipfile.ZipFile(out) as bundle:
            entries = [(info.filename, bundle.read(info)) for info in bundle.infolist()]
        started = time.perf_counter()
        export(articles, out, store)
        first_ms = (time.perf_counter() - started) * 1000
        bundle_ms = summary(timed(lambda: export(articles, out, store), RUNS, warmup=0))
        cpu_runs = [cpu_of(lambda: export(articles, out, store)) for _ in range(3)]
        own_cpu = sorted(own for own, _ in cpu_runs)[1]
        workers_cpu = sorted(w for _, w in cpu_runs)[1]
        size = out.stat().st_size
        zip_ms = summary(timed(lambda: zip_only(entries), RUNS, warmup=1))
        zip_cpu = sorted(cpu_of(lambda: zip_only(entries))[0] for _ in range(3))[1]
        plain = Path(folder) / "plain.zip"
        zip_file_ms = summary(timed(lambda: zip_only(entries, plain), RUNS, warmup=1))
        pdf = _pdf_figures(articles, Path(folder), store) if "--no-pdf" not in sys.argv else {}
    median = bundle_ms["median_ms"]
    result = {
        "benchmark": "export_bundle",
        "articles": len(articles),
        "formats": [e.name for e in exporters()],
        "files": len(entries),
        "pictures": sum(1 for name, _ in entries if name.endswith(".jpg")),
        "bytes_uncompressed": sum(len(data) for _, data in entries),
        "bundle_bytes": size,
        "runs": RUNS,
        "first_run_ms": round(first_ms, 1),
        "bundle": bundle_ms,
        "zip_same_bytes": zip_ms,
        "zip_same_bytes_to_file": zip_file_ms,
        "articles_per_second": round(len(articles) / (median / 1000), 1),
        "ratio_to_zip": round(median / zip_ms["median_ms"], 2),
        "ratio_to_zip_file": round(median / zip_file_ms["median_ms"], 2),
        # On a shared machine the wall clock measures the queue for a core; CPU time measures
        # the work. With two cores the export cannot take less than the writer's own CPU time,
        # nor less than half of all of it: that bound, against the zip's CPU time.
        "cpu_s": {
            "writer": round(own_cpu, 3),
            "workers": round(workers_cpu, 3),
            "zip_same_bytes": round(zip_cpu, 3),
        },
        "two_core_bound_ratio_to_zip": round(
            max(own_cpu, (own_cpu + workers_cpu) / 2) / zip_cpu, 2
        ),
        **pdf,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
