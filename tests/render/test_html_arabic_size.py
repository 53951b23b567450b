"""In Chromium, the Arabic letters of a mixed line stand as high as its Latin x-height."""

from __future__ import annotations

import html
import json
import re
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from browsertools import run_chromium
from inkheights import ARABIC_X, LATIN_X, ink_bottom, ink_top, mean
from newsdesk.domain.document import Block, Document
from newsdesk.render.html import render_article_html
from newsdesk.render.pdf.fonts import FONT_PACKAGES
from samples import arabic_content, french_content, stored

SCALE = 3
# Each letter of the first paragraph with its box in CSS pixels, and the paragraph's font size.
PROBE = """<script>
const p = document.getElementById('nd-b0');
const node = p.firstChild;
const letters = [];
for (let i = 0; i < node.length; i++) {
  const range = document.createRange();
  range.setStart(node, i);
  range.setEnd(node, i + 1);
  const r = range.getBoundingClientRect();
  letters.push([node.data[i], r.left, r.top, r.right, r.bottom]);
}
const out = document.createElement('pre');
out.id = 'probe';
out.textContent = JSON.stringify({size: getComputedStyle(p).fontSize, letters});
document.body.append(out);
</script>"""


def _fonts_env(folder: Path, packages: tuple[str, ...]) -> dict[str, str]:
    """A fontconfig setup that adds these shipped font packages to the machine's fonts."""
    dirs = "".join(f"<dir>{resources.files(package) / 'files'}</dir>" for package in packages)
    conf = folder / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        f"{dirs}<cachedir>{folder / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    return {"FONTCONFIG_FILE": str(conf)}


def _lay_out(
    need_tool, folder: Path, page: str, packages: tuple[str, ...] = FONT_PACKAGES
) -> tuple[dict, QImage]:
    """The probe's findings and a screenshot of the page, both laid out by Chromium."""
    folder.mkdir()
    probed, plain = folder / "probed.html", folder / "page.html"
    probed.write_text(page.replace("</body>", PROBE + "</body>"), encoding="utf-8")
    # Chromium's screenshot of a page that ran the probe comes out blank; the probe only adds
    # to the end of the page, so the plain page lays its lines out at the same places.
    plain.write_text(page, encoding="utf-8")
    env = _fonts_env(folder, packages)
    flags = (f"--force-device-scale-factor={SCALE}",)
    dom = run_chromium(need_tool, folder / "p1", *flags, "--dump-dom", probed.as_uri(), env=env)
    match = re.search(r'<pre id="probe">(.*?)</pre>', dom, re.S)
    assert match, dom[-2000:]
    shot = folder / "shot.png"
    run_chromium(need_tool, folder / "p2", *flags, f"--screenshot={shot}", plain.as_uri(), env=env)
    image = QImage(str(shot))
    assert not image.isNull()
    return json.loads(html.unescape(match.group(1))), image


def _heights(found: dict, image: QImage) -> list[dict[str, list[int]]]:
    """For each line holding x-height letters: their ink heights above the line's baseline."""
    boxes = [
        (c, round(x0 * SCALE), round(y0 * SCALE), round(x1 * SCALE), round(y1 * SCALE))
        for c, x0, y0, x1, y1 in found["letters"]
        if c in ARABIC_X + LATIN_X
    ]
    lines: dict[int, list[tuple[str, int, int, int, int]]] = {}
    for box in boxes:
        key = next((k for k in lines if abs(k - box[2]) < 10 * SCALE), box[2])
        lines.setdefault(key, []).append(box)
    found_lines = []
    for line in lines.values():
        latin = [b for b in line if b[0] in LATIN_X]
        # Latin x-height letters sit on the baseline: their lowest ink is the line's baseline.
        baseline = max(
            ink_bottom(image, x0 + 1, x1 - 1, y0, y1) or 0 for _c, x0, y0, x1, y1 in latin
        )
        heights: dict[str, list[int]] = {"arabic": [], "latin": []}
        for c, x0, y0, x1, _y1 in line:
            top = ink_top(image, x0 + 1, x1 - 1, y0, baseline)
            assert top is not None, (c, x0, y0, x1)
            heights["arabic" if c in ARABIC_X else "latin"].append(baseline - top)
        found_lines.append(heights)
    return found_lines


def _without_arabic_faces(page: str) -> str:
    """The page as it was before the Arabic-only families: no size-adjusted Arabic at all."""
    return re.sub(r"@font-face \{.*?\}\n", "", page, flags=re.S)


# With both shipped faces the Arabic paragraph is set in Noto Sans Arabic (its Latin words too);
# with Amiri alone, both scripts are Amiri's.
@pytest.mark.parametrize(
    "packages", [FONT_PACKAGES, ("fontpkg_amiri",)], ids=["noto-sans-arabic", "amiri"]
)
def test_arabic_letters_stand_as_high_as_latin_on_one_line(need_tool, tmp_path, packages) -> None:
    text = " ".join(["قال", *LATIN_X, "إن", *ARABIC_X, *LATIN_X, *ARABIC_X])
    content = arabic_content(body=Document((Block(text=text),)), standfirst="", tags=())
    page = render_article_html(stored(content))
    found, image = _lay_out(need_tool, tmp_path / "ar", page, packages)
    # No paragraph-wide scaling: the Latin words of an Arabic paragraph keep the body size.
    assert found["size"] == "16px"
    mixed = [h for h in _heights(found, image) if h["arabic"] and h["latin"]]
    assert mixed
    for heights in mixed:
        arabic, latin = mean(heights["arabic"]), mean(heights["latin"])
        # Within a device pixel (a third of a CSS pixel) of the Latin x-height, or above it.
        assert arabic >= latin - 1, heights
        assert arabic <= latin * 1.15, heights
    plain_page = _without_arabic_faces(page)
    plain, plain_image = _lay_out(need_tool, tmp_path / "plain", plain_page, packages)
    before = [h for h in _heights(plain, plain_image) if h["arabic"] and h["latin"]]
    # Unmatched, the Arabic stood lower than the Latin; the Latin itself has not moved.
    assert mean(before[0]["arabic"]) < mean(before[0]["latin"]) - 2, before
    assert abs(mean(before[0]["latin"]) - mean(mixed[0]["latin"])) <= 1, (before, mixed)


def test_a_french_paragraph_keeps_its_size(need_tool, tmp_path) -> None:
    french = french_content(body=Document((Block(text=" ".join(LATIN_X * 3)),)))
    page = render_article_html(stored(french))
    found, image = _lay_out(need_tool, tmp_path / "fr", page)
    plain, plain_image = _lay_out(need_tool, tmp_path / "plain", _without_arabic_faces(page))
    assert found["size"] == plain["size"] == "16px"
    now = [mean(h["latin"]) for h in _heights(found, image)]
    before = [mean(h["latin"]) for h in _heights(plain, plain_image)]
    assert now and now == before
