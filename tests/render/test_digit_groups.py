"""A digit group split by a space (`641 000`) stays one number, in order, in every output."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from bidi import get_display

from browsertools import run_chromium, screenshot
from newsdesk.domain.document import Block, Document
from newsdesk.render.html import render_article_html
from samples import arabic_content, stored

PARAGRAPH = "خصصت الحكومة 641 000 درهم و٢ ٥٠٠ منحة للحرفيين"

# Where "641" and "000" sit on the screen, by a range over each group's characters.
PROBE = """<script>
const found = {};
const walker = document.createTreeWalker(document.querySelector('.nd-body'), NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  for (const group of ['641', '000']) {
    const at = node.data.indexOf(group);
    if (at < 0 || found[group]) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + group.length);
    const rect = range.getBoundingClientRect();
    found[group] = {left: rect.left, right: rect.right, top: rect.top};
  }
}
const out = document.createElement('pre');
out.id = 'probe';
out.textContent = JSON.stringify(found);
document.body.append(out);
</script>"""


def _page() -> str:
    body = Document((Block(text=PARAGRAPH),))
    return render_article_html(stored(arabic_content(body=body)))


def test_the_html_binds_the_groups_into_one_number() -> None:
    found = re.search(r'<p id="nd-b0"[^>]*>(.*?)</p>', _page())
    assert found
    text = html.unescape(found.group(1))
    assert "641\u00a0000" in text and "٢\u00a0٥٠٠" in text
    shown = get_display(text)
    assert "641\u00a0000" in shown and "٢\u00a0٥٠٠" in shown


def test_chromium_shows_641_before_000(need_tool, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(_page().replace("</body>", PROBE + "</body>"), encoding="utf-8")
    dom = run_chromium(need_tool, tmp_path / "profile", "--dump-dom", page.as_uri())
    match = re.search(r'<pre id="probe">(.*?)</pre>', dom, re.S)
    assert match, dom[-2000:]
    found = json.loads(html.unescape(match.group(1)))
    first, second = found["641"], found["000"]
    assert first["top"] == second["top"]
    # Left to right on the screen: 641, then 000.
    assert first["right"] <= second["left"]
    shot = screenshot(need_tool, tmp_path / "page.html", tmp_path / "page.png", tmp_path / "p2")
    assert shot.stat().st_size > 0


def test_a_left_to_right_paragraph_keeps_its_text_as_written() -> None:
    french = "Selon la CNSS, 641 000 artisans sont inscrits."
    body = Document((Block(text=PARAGRAPH), Block(text=french)))
    page = render_article_html(stored(arabic_content(body=body)))
    found = re.search(r'<p id="nd-b1"[^>]*>(.*?)</p>', page)
    assert found and html.unescape(found.group(1)) == french
