"""The preview beside the exported page in headless Chromium, at phone and desktop widths.

Both are drawn at the same width and measured in their pixels, where each block stands: in
Chromium from the boxes the page reports, in the preview from Qt's layout of its blocks.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QColor, QImage

from browsertools import run_chromium
from newsdesk.domain.document import Block, BlockKind, Document
from newsdesk.gui.fonts import register_fonts
from newsdesk.gui.preview.page_fonts import hidden_families, machine_families
from newsdesk.gui.preview.pane import PreviewPane
from newsdesk.gui.preview.qt_page import qt_page
from newsdesk.gui.thumbnails import forget_all
from newsdesk.render.html import render_article_html
from newsdesk.storage.media import MediaStore
from samples import AR_HEADLINE, arabic_content, stored

pytestmark = pytest.mark.gui

HEADING = "أرقام رئيسية"
SHORT = "وتتواصل عملية التسجيل."
QUOTE = "هذا الورش مسؤولية جماعية"
FRENCH = "Le ministère a présenté mercredi le bilan."
GREEN = (20, 160, 40)
INK = 140  # a pixel darker than this is text on the light page
HEIGHT = 2400
# Each block the comparison measures, by the id the page gives it.
IDS = {"heading": "nd-b1", "short": "nd-b2", "quote": "nd-b3", "french": "nd-b4"}
PROBE = """<script>
const found = {};
for (const el of document.querySelectorAll('[id^="nd-b"], .nd-headline')) {
  const r = el.getBoundingClientRect();
  found[el.id || 'headline'] = [r.left, r.top, r.right, r.bottom];
}
const out = document.createElement('pre');
out.id = 'probe';
out.textContent = JSON.stringify(found);
document.body.append(out);
</script>"""


@dataclass(frozen=True)
class Shot:
    """A drawn page and where each measured block's rows lie on it."""

    image: QImage
    rows: dict[str, tuple[int, int]]


def article(src: str):
    """An Arabic article with a subheading, a quote, a French paragraph and a picture."""
    blocks = (
        Block(text="أعلن الصندوق الوطني للضمان الاجتماعي حصيلة جديدة."),
        Block(kind=BlockKind.HEADING, text=HEADING, level=1),
        Block(text=SHORT),
        Block(kind=BlockKind.QUOTE, text=QUOTE),
        Block(text=FRENCH, direction="ltr"),
        Block(kind=BlockKind.IMAGE, src=src, caption="صناع تقليديون"),
        Block(text="وتتواصل عملية التسجيل إلى غاية نهاية السنة الجارية."),
    )
    return stored(arabic_content(body=Document(blocks), standfirst="", tags=()))


@pytest.fixture
def picture(tmp_path, monkeypatch) -> tuple[MediaStore, str]:
    monkeypatch.setenv("NEWSDESK_MEDIA_DIR", str(tmp_path / "media"))
    forget_all()
    media = MediaStore.default()
    Image.new("RGB", (1200, 800), GREEN).save(tmp_path / "green.png")
    return media, media.add(tmp_path / "green.png")


def chromium_shot(
    need_tool, tmp_path: Path, page: str, picture: tuple[MediaStore, str], width: int, env
) -> Shot:
    """The exported page in Chromium at `width`, beside a copy of its picture."""
    media, src = picture
    folder = tmp_path / f"page-{width}"
    target = folder / src
    target.parent.mkdir(parents=True)
    shutil.copy(media.resolve(src), target)
    (folder / "index.html").write_text(page, encoding="utf-8")
    (folder / "probe.html").write_text(page.replace("</body>", PROBE + "</body>"), "utf-8")
    size = f"--window-size={width},{HEIGHT}"
    dom = run_chromium(
        need_tool, tmp_path / "p1", size, "--dump-dom", (folder / "probe.html").as_uri(), env=env
    )
    found = re.search(r'<pre id="probe">(.*?)</pre>', dom, re.S)
    assert found, dom[-2000:]
    boxes = json.loads(html.unescape(found.group(1)))
    shot = folder / "shot.png"
    run_chromium(
        need_tool,
        tmp_path / "p2",
        size,
        "--virtual-time-budget=3000",
        f"--screenshot={shot}",
        (folder / "index.html").as_uri(),
        env=env,
    )
    rows = {name: (round(boxes[i][1]), round(boxes[i][3])) for name, i in IDS.items()}
    return Shot(QImage(str(shot)), rows)


def preview_shot(qtbot, content, width: str, pixels: int) -> tuple[PreviewPane, Shot]:
    """The preview pane at `pixels` of page width (its scroll bar's room added), drawn."""
    pane = PreviewPane()
    qtbot.addWidget(pane)
    bar = pane.browser.verticalScrollBar().sizeHint().width() + 2 * pane.browser.frameWidth()
    pane.resize(pixels + bar, HEIGHT)
    pane.show()
    qtbot.waitExposed(pane)
    pane.set_width(width)
    pane.set_content(content)
    pane.flush()
    document = pane.browser.document()
    texts = {"heading": HEADING, "short": SHORT, "quote": QUOTE, "french": FRENCH}
    rows = {}
    block = document.begin()
    while block.isValid():
        for name, text in texts.items():
            if text in block.text():
                # The block's first line, where the layout placed it (margins left out).
                line = block.layout().lineAt(0)
                top = document.documentLayout().blockBoundingRect(block).top() + line.y()
                rows[name] = (round(top), round(top + line.height()))
        block = block.next()
    assert rows.keys() == texts.keys(), rows
    qtbot.waitUntil(lambda: green_pixels(pane.browser.viewport().grab().toImage()) > 2000)
    return pane, Shot(pane.browser.viewport().grab().toImage(), rows)


def preview_in_own_process(tmp_path: Path, src: str, width: str, pixels: int) -> Shot:
    """`preview_shot` in a fresh process, whose Qt reads the fonts the test shows fontconfig."""
    out = tmp_path / f"preview-{pixels}.png"
    helper = Path(__file__).with_name("preview_shot_main.py")
    run = subprocess.run(
        [sys.executable, str(helper), src, width, str(pixels), str(out)],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert run.returncode == 0, run.stderr[-3000:]
    rows = json.loads(run.stdout.strip().splitlines()[-1])
    return Shot(QImage(str(out)), {name: (top, bottom) for name, (top, bottom) in rows.items()})


def ink_box(image: QImage, rows: tuple[int, int]) -> tuple[int, int]:
    """The height and the width of the ink between two rows (all columns)."""
    top, bottom = rows
    ys, xs = [], []
    for y in range(max(0, top), min(bottom, image.height())):
        for x in range(0, image.width(), 1):
            if QColor(image.pixel(x, y)).value() < INK:
                ys.append(y)
                xs.append(x)
    assert ys, f"no ink in rows {rows}"
    return max(ys) - min(ys) + 1, max(xs) - min(xs) + 1


def bar_columns(image: QImage, rows: tuple[int, int]) -> list[int]:
    """Columns that are the accent colour all down the middle of the quote's rows: its bar."""
    middle = (rows[0] + rows[1]) // 2
    top, bottom = middle - 6, middle + 6
    found = []
    for x in range(image.width()):
        reds = 0
        for y in range(top, bottom):
            colour = QColor(image.pixel(x, y))
            reds += colour.red() > colour.green() + 60 and colour.red() > colour.blue() + 60
        if reds >= 0.9 * (bottom - top):
            found.append(x)
    return found


def green_pixels(image: QImage) -> int:
    """How many points of a grid of every fourth pixel are the test picture's green."""
    count = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            c = QColor(image.pixel(x, y))
            count += abs(c.red() - GREEN[0]) < 25 and abs(c.green() - GREEN[1]) < 25
    return count


@pytest.mark.parametrize(("width", "pixels"), [("phone", 360), ("desktop", 900)])
def test_the_preview_matches_the_exported_page(
    qtbot, need_tool, tmp_path, picture, page_fonts, width, pixels
) -> None:
    register_fonts()
    _media, src = picture
    content = article(src)
    page = chromium_shot(
        need_tool, tmp_path, render_article_html(content, width=width), picture, pixels, page_fonts
    )
    shown = preview_in_own_process(tmp_path, src, width, pixels)
    sizes = {}
    for name, shot in (("page", page), ("preview", shown)):
        heading = ink_box(shot.image, shot.rows["heading"])
        body = ink_box(shot.image, shot.rows["short"])
        sizes[name] = {
            "heading/body": heading[0] / body[0],
            "heading": heading[1],
            "body": body[1],
            "french": ink_box(shot.image, shot.rows["french"])[1],
            "bar": bar_columns(shot.image, shot.rows["quote"]),
            "green": green_pixels(shot.image),
        }
    for name, found in sizes.items():
        # Subheadings set larger than the body, a bar beside the quote, the picture itself.
        assert found["heading/body"] > 1.15, (name, sizes)
        assert 3 <= len(found["bar"]) <= 6, (name, sizes)
        assert found["bar"][0] > pixels / 2, (name, sizes)  # at the start of a right-to-left page
        assert found["green"] > 2000, (name, sizes)
    page_sizes, preview_sizes = sizes["page"], sizes["preview"]
    # The same faces at the same sizes set the same words equally wide. (Heights are only
    # compared within each: a browser's line box may cut its taller glyphs' ink off.)
    assert preview_sizes["heading"] == pytest.approx(page_sizes["heading"], rel=0.06), sizes
    assert preview_sizes["body"] == pytest.approx(page_sizes["body"], rel=0.06), sizes
    assert preview_sizes["french"] == pytest.approx(page_sizes["french"], rel=0.06), sizes


def test_print_width_wraps_in_a_narrow_pane(qtbot) -> None:
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.resize(400, 600)
    pane.show()
    qtbot.waitExposed(pane)
    pane.set_width("print")
    pane.set_content(arabic_content())
    pane.flush()
    # The page's 680 px print column does not fit: the text wraps at the pane instead.
    assert pane.browser.lineWrapColumnOrWidth() <= pane.browser.viewport().width()
    assert pane.browser.horizontalScrollBar().maximum() == 0
    assert not pane.browser.horizontalScrollBar().isVisible()
    pane.resize(900, 600)
    assert pane.browser.lineWrapColumnOrWidth() == 680


def test_the_headline_stays_in_view_at_the_end_of_the_page(qtbot) -> None:
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.resize(683, 500)
    pane.show()
    qtbot.waitExposed(pane)
    base = arabic_content()
    pane.set_content(arabic_content(body=Document(base.body.blocks * 6)))
    pane.flush()
    bar = pane.browser.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    assert AR_HEADLINE in pane.head.toPlainText()
    assert pane.head.isVisible()
    qtbot.waitUntil(lambda: pane.head.geometry().bottom() < pane.browser.geometry().top())
    head = pane.head.geometry()
    drawn = pane.grab().toImage()
    dark = sum(
        QColor(drawn.pixel(x, y)).value() < INK
        for y in range(head.top(), head.bottom())
        for x in range(head.left(), head.right())
    )
    assert dark > 500


def test_faces_only_the_font_packages_have_are_left_out(tmp_path, monkeypatch, page_fonts) -> None:
    shipped = frozenset(register_fonts())
    assert {"Amiri", "Noto Sans Arabic"} <= shipped
    # With the packages' folders among the machine's fonts, a browser finds them too.
    assert hidden_families() == frozenset()
    # On a machine whose fontconfig knows none of them, the preview leaves them all out.
    bare = tmp_path / "bare.conf"
    (tmp_path / "nofonts").mkdir()
    bare.write_text(
        f"<fontconfig><dir>{tmp_path / 'nofonts'}</dir>"
        f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
        "utf-8",
    )
    monkeypatch.setenv("FONTCONFIG_FILE", str(bare))
    machine_families.cache_clear()
    assert hidden_families() == shipped
    page = qt_page(render_article_html(arabic_content()), "light", "desktop", shipped)
    style = re.search(r"<style>(.*?)</style>", page.body, re.S)
    assert style and '"Amiri"' not in style.group(1) and "Noto Sans Arabic" not in style.group(1)
