"""Nothing a writer pastes can run in the page: scripts, handlers and unsafe addresses go."""

from __future__ import annotations

import pytest

from htmltools import elements
from newsdesk.domain.document import Block, Document
from newsdesk.render.html import render_article_html
from newsdesk.render.safety import safe_image_source, safe_link
from samples import HOSTILE, arabic_content, hostile_content, link_block


def test_no_script_handler_or_javascript_address_survives() -> None:
    html = render_article_html(hostile_content())
    found = elements(html)
    assert not [e for e in found if e.tag in ("script", "svg", "iframe", "object", "b")]
    for element in found:
        for name, value in element.attrs.items():
            assert not name.startswith("on"), element
            if name in ("href", "src"):
                assert value is not None
                assert value.split(":", 1)[0].lower().strip() in ("https", "http", "mailto", value)
                assert "javascript" not in value.lower()
                assert not value.lower().startswith("data:")
    links = [e for e in found if e.tag == "a"]
    assert [a.attrs["href"] for a in links] == []
    assert [e.attrs["src"] for e in found if e.tag == "img"] == []


def test_pasted_markup_is_shown_as_text() -> None:
    html = render_article_html(hostile_content())
    headline = next(e for e in elements(html) if e.tag == "h1")
    assert headline.text == HOSTILE
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_link_text_stays_when_its_address_is_refused() -> None:
    content = arabic_content(body=Document((link_block("javascript:alert(1)"),)))
    fragment = render_article_html(content, standalone=False)
    assert "<a " not in fragment
    assert "اضغط هنا للمزيد" in fragment


@pytest.mark.parametrize(
    "href",
    ["https://example.org/a?b=1&c=2", "http://example.org", "mailto:desk@example.org"],
)
def test_web_and_mail_links_are_kept(href: str) -> None:
    content = arabic_content(body=Document((link_block(href),)))
    links = [e for e in elements(render_article_html(content)) if e.tag == "a"]
    assert [a.attrs["href"] for a in links] == [href]
    assert links[0].attrs["rel"] == "noopener noreferrer"


@pytest.mark.parametrize(
    ("href", "kept"),
    [
        ("https://example.org", True),
        ("mailto:a@b.c", True),
        ("ftp://example.org", False),
        ("/relative", False),
        ("//evil.example", False),
        ("https:/no-host", False),
        ("vbscript:msgbox(1)", False),
        ("mailto:", False),
        ("", False),
        (None, False),
    ],
)
def test_link_policy(href: str | None, kept: bool) -> None:
    assert (safe_link(href) is not None) is kept


@pytest.mark.parametrize(
    ("src", "kept"),
    [
        ("images/a.jpg", True),
        ("a%20b.png", True),
        ("https://cdn.example.org/a.jpg", True),
        ("http://cdn.example.org/a.jpg", True),
        ("/etc/passwd", False),
        ("//evil.example/a.jpg", False),
        ("\\\\evil.example\\a.jpg", False),
        ("file:///etc/passwd", False),
        ("data:image/png;base64,AAAA", False),
        ("javascript:alert(1)", False),
        ("c:/images/a.jpg", False),
        ("", False),
    ],
)
def test_image_source_policy(src: str, kept: bool) -> None:
    assert (safe_image_source(src) is not None) is kept


def test_control_characters_are_dropped() -> None:
    content = arabic_content(
        headline="خبر\x00 عاجل\x07", body=Document((Block(text="سطر\r\nثان\x1b"),))
    )
    html = render_article_html(content)
    assert "\x00" not in html and "\x07" not in html and "\x1b" not in html and "\r" not in html
    assert "سطر<br>ثان" in html
