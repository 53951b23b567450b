"""LibreOffice-made documents: the committed ones, and fresh conversions by a real soffice."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from datafiles import LO_SOURCE
from newsdesk.domain.document import Block, MarkKind

# Bold and italic set for every script, as Writer's Ctrl+B and Ctrl+I set them.
ALL_SCRIPTS = {
    '<style:text-properties style:font-weight-complex="bold"/>': (
        '<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" '
        'style:font-weight-complex="bold"/>'
    ),
    '<style:text-properties style:font-style-complex="italic"/>': (
        '<style:text-properties fo:font-style="italic" style:font-style-asian="italic" '
        'style:font-style-complex="italic"/>'
    ),
}
VARIANTS = ("complex-only", "all-scripts")


def convert(soffice: str, folder: Path, variant: str, target: str) -> Path:
    """The source document in one variant, converted by LibreOffice to `target` (docx, odt)."""
    source = LO_SOURCE.read_text(encoding="utf-8")
    if variant == "all-scripts":
        for old, new in ALL_SCRIPTS.items():
            assert old in source
            source = source.replace(old, new)
    path = folder / f"{variant}.fodt"
    path.write_text(source, encoding="utf-8")
    return convert_file(soffice, path, target)


def convert_file(soffice: str, path: Path, target: str, infilter: str | None = None) -> Path:
    """A document converted by LibreOffice to `target` (docx, odt), beside it.

    `infilter` names the filter to read it with ("HTML (StarWriter)" for a page to edit as text).
    """
    folder = path.parent
    profile = folder / "profile"  # its own profile: no clash with another soffice running
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            *([f"--infilter={infilter}"] if infilter else []),
            "--convert-to",
            target,
            "--outdir",
            str(folder),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    shutil.rmtree(profile, ignore_errors=True)
    return folder / f"{path.stem}.{target}"


def marked(block: Block) -> set[tuple[str, str, str | None]]:
    """A block's marks as (kind, the text they cover, link)."""
    return {(m.kind.value, block.text[m.start : m.end], m.href) for m in block.marks}


def check_arabic_marks(blocks: list[Block], headline: str) -> None:
    """What the LibreOffice document holds, every bold and italic phrase whole."""
    assert headline == "الحكومة تعلن تسجيل 641 ألف صانع تقليدي"
    texts = [(b.kind.value, b.direction, b.text) for b in blocks]
    assert texts == [
        (
            "paragraph",
            "rtl",
            "قال الوزير إن 45 ألف صانع انضموا هذا الشهر، وإن الورش مستمر حسب التقرير الرسمي.",
        ),
        ("heading", "rtl", "أرقام الجهات"),
        ("list_item", "rtl", "جهة الرباط: 12 ألف صانع"),
        ("list_item", "rtl", "جهة فاس مكناس"),
        ("quote", "rtl", "«التغطية حق لكل صانع»"),
        ("paragraph", "ltr", "Le ministre a cité 45 000 artisans à Rabat."),
    ]
    assert blocks[1].level == 1
    assert marked(blocks[0]) == {
        (MarkKind.BOLD.value, "45 ألف", None),
        (MarkKind.ITALIC.value, "الورش مستمر", None),
        (MarkKind.LINK.value, "التقرير الرسمي", "https://example.ma/report"),
    }
    assert len(blocks[0].marks) == 3  # one mark per phrase, not one per run
    assert marked(blocks[2]) == {(MarkKind.BOLD.value, "12 ألف صانع", None)}
    assert len(blocks[2].marks) == 1
    assert marked(blocks[5]) == {(MarkKind.BOLD.value, "45 000 artisans", None)}
