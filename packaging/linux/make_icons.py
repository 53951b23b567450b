"""Render the icon master (resources/icons/newsdesk.svg) into a hicolor icon theme tree.

Usage: make_icons.py OUT_DIR [--svg MASTER]

Writes OUT_DIR/hicolor/<N>x<N>/apps/app.newsdesk.Newsdesk.png for every size the desktops ask
for, and the master itself as OUT_DIR/hicolor/scalable/apps/app.newsdesk.Newsdesk.svg. The build
(setup.py) runs it into the package's assets/icons; Linux installs copy the tree as it is.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

APP_ID = "app.newsdesk.Newsdesk"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ROOT = Path(__file__).resolve().parents[2]
MASTER = ROOT / "resources" / "icons" / "newsdesk.svg"


def render_icons(svg: Path, out: Path) -> list[Path]:
    """Write the PNG sizes and the scalable SVG under out/hicolor; return the files written."""
    # Qt needs an application object to paint; offscreen keeps a build free of any display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG file")
    written: list[Path] = []
    for size in SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"make_icons: cannot write {target}")
        written.append(target)
    scalable = out / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written.append(scalable)
    return written


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: render the master into the folder given."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder that receives the hicolor tree")
    parser.add_argument("--svg", type=Path, default=MASTER, help="the SVG master")
    args = parser.parse_args(argv)
    render_icons(args.svg, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
