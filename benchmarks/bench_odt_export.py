"""Writing one article as an OpenDocument text, against the Word file of the same article.

Prints JSON: the median and 95th percentile of each (the test article with its picture), the
ratio of the medians, and each file's size.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from timing import summary, timed

from export.exportsamples import CONTRACT_PICTURE, contract_article, write_picture
from newsdesk.export.media import BundleMedia
from newsdesk.export.registry import exporter
from newsdesk.storage.media import MediaStore

RUNS = 50


def main() -> None:
    """Time both formats on the same article and print the figures."""
    with tempfile.TemporaryDirectory() as folder:
        store = MediaStore(Path(folder))
        write_picture(store.root / CONTRACT_PICTURE)
        local, media = BundleMedia(store).localise(contract_article())
        figures = {}
        for name in ("docx", "odt"):
            writer = exporter(name)
            figures[name] = {
                **summary(timed(lambda w=writer: w.render_bundled(local, media), RUNS)),
                "bytes": len(writer.render_bundled(local, media)),
            }
    figures["ratio_median"] = round(figures["odt"]["median_ms"] / figures["docx"]["median_ms"], 2)
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
