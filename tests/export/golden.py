"""The golden bundle: one small article in every format, kept byte for byte under tests/data/golden.

Regenerate the kept files deliberately (after a change to an export format that is meant), from
the project's folder, and review the difference before committing it:

    PYTHONPATH=tests .venv/bin/python -m export.golden --write

`--bundle OUT.zip` writes the bundle itself; the tests run that in other processes.
"""

from __future__ import annotations

import argparse
import json
import sys
import zipfile
from dataclasses import replace
from pathlib import Path

from newsdesk.domain.article import Article, ArticleContent, Status
from newsdesk.domain.document import Block, BlockKind, Document, Mark, MarkKind
from newsdesk.export.bundle_builder import build_bundle
from newsdesk.export.bundle_zip import MANIFEST
from newsdesk.export.registry import exporters, format_names
from samples import stored

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "golden" / "bundle"
GOLDEN_ID = "3d1f6a4b-2c5e-4b7a-9e8d-1f2a3b4c5d6e"
# The generator's version changes with every release, not with the format: kept as this word.
ANY_VERSION = "VERSION"
# Text formats only: a PDF's bytes depend on the fonts and Qt of the machine that sets it.
GOLDEN_FORMATS = [name for name in format_names() if name != "pdf"]


def golden_article() -> Article:
    """A small approved Arabic article: bold, a link, a heading and a left-to-right paragraph."""
    first = "أعلنت الوزارة، صباح اليوم، حصيلة جديدة للتسجيل."
    link = "بلاغ الوزارة"
    second = f"التفاصيل في {link}."
    body = Document(
        (
            Block(text=first, marks=(Mark(MarkKind.BOLD, 0, 5),)),
            Block(kind=BlockKind.HEADING, text="أرقام", level=1),
            Block(
                text=second,
                marks=(
                    Mark(
                        MarkKind.LINK,
                        second.index(link),
                        second.index(link) + len(link),
                        "https://example.org/b",
                    ),
                ),
            ),
            Block(text="Le ministère publiera le bilan complet vendredi.", direction="ltr"),
        )
    )
    content = ArticleContent(
        headline="حصيلة جديدة للتسجيل في التغطية الصحية",
        kicker="الحماية الاجتماعية",
        body=body,
        byline="سارة بنعلي",
        dateline="الرباط",
        desk="economy",
        tags=("CNSS", "الصحة"),
    )
    return replace(stored(content, status=Status.APPROVED), id=GOLDEN_ID)


def build_golden_bundle(out: Path, formats: list[str] | None = None) -> Path:
    """Write the golden article's bundle, in `formats` (default: the golden ones), to `out`."""
    steps = build_bundle(out, [golden_article()], exporters(formats or GOLDEN_FORMATS))
    for _progress in steps:
        pass
    return out


def bundle_entries(bundle: Path) -> dict[str, bytes]:
    """Every entry of a bundle by path, the manifest's generator version replaced by a word."""
    with zipfile.ZipFile(bundle) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(entries[MANIFEST])
    manifest["bundle"]["generator"]["version"] = ANY_VERSION
    text = json.dumps(manifest, ensure_ascii=False, indent=2)
    entries[MANIFEST] = (text + "\n").encode("utf-8")
    return entries


def golden_entries() -> dict[str, bytes]:
    """The kept files by their path in the bundle."""
    return {
        path.relative_to(GOLDEN).as_posix(): path.read_bytes()
        for path in sorted(GOLDEN.rglob("*"))
        if path.is_file()
    }


def write_golden(scratch: Path) -> None:
    """Replace the kept files with what the code writes today."""
    entries = bundle_entries(build_golden_bundle(scratch / "golden.zip"))
    for old in GOLDEN.rglob("*"):
        if old.is_file():
            old.unlink()
    for path, data in entries.items():
        target = GOLDEN / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def main(argv: list[str]) -> int:
    """Write the golden files (--write) or the golden bundle (--bundle OUT)."""
    parser = argparse.ArgumentParser(prog="python -m export.golden")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--write", action="store_true", help="regenerate tests/data/golden")
    which.add_argument("--bundle", type=Path, help="write the golden bundle to this zip")
    parser.add_argument("--format", action="append", help="a format of the bundle (repeatable)")
    args = parser.parse_args(argv)
    if args.bundle:
        build_golden_bundle(args.bundle, args.format)
        return 0
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        write_golden(Path(scratch))
    print(f"golden files written to {GOLDEN}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
