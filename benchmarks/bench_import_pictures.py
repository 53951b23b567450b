"""Importing a Word file with ten 12-megapixel photos, against the same file without them.

Prints JSON: the median and 95th percentile of reading each file (pictures checked by content),
their ratio, and the time to file the ten pictures into an empty media folder.
"""

from __future__ import annotations

import io
import json
import sys
import tempfile
import time
from pathlib import Path

import docx
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import summary, timed

from newsdesk.importers.registry import read_file
from newsdesk.storage.media import MediaStore

PICTURES = 10
SIZE = (4000, 3000)  # 12 megapixels, a phone camera's
RUNS = 5
PARAGRAPH = "قال رئيس الغرفة إن الإقبال على المعرض فاق التوقعات هذه السنة. " * 6


def photo(seed: int) -> bytes:
    """A 12-megapixel JPEG with some detail in it (a gradient with noise), as a camera makes."""
    noise = Image.effect_noise((SIZE[0] // 8, SIZE[1] // 8), 40 + seed).resize(SIZE)
    picture = Image.merge("RGB", (noise, Image.linear_gradient("L").resize(SIZE), noise))
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=85)
    return out.getvalue()


def word_file(path: Path, pictures: list[bytes]) -> Path:
    """An article of 40 paragraphs, with a picture and its caption after every fourth if given."""
    document = docx.Document()
    document.add_heading("معرض الصناعة التقليدية في فاس", level=1)
    for number in range(40):
        document.add_paragraph(PARAGRAPH)
        if pictures and number % 4 == 3:
            document.add_picture(io.BytesIO(pictures[number // 4]))
            document.add_paragraph(f"صورة رقم {number // 4 + 1}", style="Caption")
    document.save(str(path))
    return path


def main() -> None:
    """Build both files, time their import, and print the figures."""
    photos = [photo(n) for n in range(PICTURES)]
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        with_pictures = word_file(root / "pictures.docx", photos)
        plain = word_file(root / "plain.docx", [])
        pictured = summary(timed(lambda: read_file(with_pictures), RUNS, warmup=1))
        baseline = summary(timed(lambda: read_file(plain), RUNS, warmup=1))
        _, imported = read_file(with_pictures)
        media = MediaStore(root / "media")
        started = time.perf_counter()
        for src, data in imported.pictures:
            media.add_data(data, src)
        filing = (time.perf_counter() - started) * 1000
    print(
        json.dumps(
            {
                "pictures": len(imported.pictures),
                "megabytes": round(sum(len(p) for p in photos) / 1e6, 1),
                "with_pictures": pictured,
                "without": baseline,
                "ratio_median": round(pictured["median_ms"] / baseline["median_ms"], 1),
                "per_picture_ms": round(
                    (pictured["median_ms"] - baseline["median_ms"]) / PICTURES, 1
                ),
                "filing_ms": round(filing, 1),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
