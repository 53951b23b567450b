"""Write the files the end-to-end check of a built application works on: pictures and a .docx.

Usage: python check_samples.py FILE ...   (each FILE a .docx, or a picture in the format of its suffix)

Run with the build environment's Python, which has Pillow and python-docx (both are
dependencies of Newsdesk), so the check needs nothing that the application does not.
"""

from __future__ import annotations

import sys
from pathlib import Path

# The .docx's heading becomes the imported article's headline.
DOCX_HEADLINE = "الصناعة التقليدية تستقطب 641 ألف منخرط"
DOCX_PARAGRAPHS = (
    "أعلن الصندوق الوطني للضمان الاجتماعي CNSS أن باب التسجيل يبقى مفتوحا حتى نهاية السنة.",
    "وأوضح المدير أن 389 ألف صانع استفادوا من التغطية الصحية.",
)
DOCX_QUOTE = "« Le registre reste ouvert à tous les artisans », a précisé le ministre."


def write_picture(path: Path, width: int = 160, height: int = 100) -> None:
    """A real picture (JPEG, WebP… by its suffix): a warm gradient with a dark band."""
    from PIL import Image, ImageDraw

    image = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    image = Image.blend(image, Image.new("RGB", (width, height), (200, 120, 40)), 0.45)
    ImageDraw.Draw(image).rectangle((0, height * 2 // 3, width, height), fill=(30, 40, 70))
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, quality=85)


def write_docx(path: Path) -> None:
    """A Word report: an Arabic heading, two Arabic paragraphs and a French quote."""
    import docx

    document = docx.Document()
    document.add_heading(DOCX_HEADLINE, level=1)
    for text in DOCX_PARAGRAPHS:
        document.add_paragraph(text)
    document.add_paragraph(DOCX_QUOTE, style="Quote")
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))


def main(argv: list[str]) -> int:
    """Write each file the arguments name."""
    if not argv:
        sys.exit("usage: python check_samples.py FILE ...")
    for name in argv:
        path = Path(name)
        if path.suffix.lower() == ".docx":
            write_docx(path)
        else:
            write_picture(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
