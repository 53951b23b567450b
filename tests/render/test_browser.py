"""A real browser (headless Chromium) lays the rendered page out in each paragraph's direction."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from browsertools import run_chromium
from newsdesk.render.html import render_article_html
from samples import CNSS_PARAGRAPH, arabic_content, french_content, stored

# Writes each paragraph's computed direction and alignment, and where its text actually sits
# inside its content box, into the page for --dump-dom to carry out.
PROBE = """<script>
const found = [];
for (const el of document.querySelectorAll('.nd-body p, .nd-headline')) {
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  const range = document.createRange();
  range.selectNodeContents(el);
  const rects = Array.from(range.getClientRects());
  found.push({
    id: el.id, dir: el.getAttribute('dir'), direction: style.direction,
    textAlign: style.textAlign,
    left: box.left + parseFloat(style.paddingLeft), right: box.right - parseFloat(style.paddingRight),
    textLeft: Math.min(...rects.map(r => r.left)), textRight: Math.max(...rects.map(r => r.right)),
  });
}
const out = document.createElement('pre');
out.id = 'probe';
out.textContent = JSON.stringify(found);
document.body.append(out);
</script>"""


def _probe(need_tool, tmp_path: Path, page: str) -> dict[str, dict]:
    path = tmp_path / "probe.html"
    path.write_text(page.replace("</body>", PROBE + "</body>"), encoding="utf-8")
    dom = run_chromium(need_tool, tmp_path / "profile", "--dump-dom", path.as_uri())
    match = re.search(r'<pre id="probe">(.*?)</pre>', dom, re.S)
    assert match, dom[-2000:]
    return {item["id"] or "headline": item for item in json.loads(html.unescape(match.group(1)))}


def test_cnss_paragraph_is_laid_out_rtl_and_right_aligned(need_tool, tmp_path: Path) -> None:
    page = render_article_html(stored(arabic_content()))
    found = _probe(need_tool, tmp_path, page)
    cnss = found["nd-b1"]
    assert CNSS_PARAGRAPH.startswith("CNSS")
    assert cnss["dir"] == "rtl"
    assert cnss["direction"] == "rtl"
    assert cnss["textAlign"] in ("start", "right")
    # The text hugs the right edge of its box and leaves room on the left (the Arabic all but
    # fills the one line).
    assert abs(cnss["textRight"] - cnss["right"]) < 2
    assert cnss["textLeft"] - cnss["left"] > 5
    for item in found.values():
        assert item["direction"] == "rtl", item

    shot = tmp_path / "arabic.png"
    page_file = tmp_path / "page.html"
    page_file.write_text(page, encoding="utf-8")
    run_chromium(
        need_tool,
        tmp_path / "shot-profile",
        "--virtual-time-budget=3000",
        f"--screenshot={shot}",
        page_file.as_uri(),
    )
    assert shot.stat().st_size > 10_000


def test_french_article_is_ltr_with_its_arabic_quote_rtl(need_tool, tmp_path: Path) -> None:
    page = render_article_html(stored(french_content()))
    found = _probe(need_tool, tmp_path, page)
    first = found["nd-b0"]
    assert first["direction"] == "ltr"
    assert abs(first["textLeft"] - first["left"]) < 2
    quote = next(item for key, item in found.items() if item["dir"] == "rtl")
    assert quote["direction"] == "rtl"
    assert abs(quote["textRight"] - quote["right"]) < 2
