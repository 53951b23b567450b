"""Markdown and HTML files: headline, blocks, marks, direction and sanitising."""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.importsupport import ARABIC_HEADLINE, ARABIC_PARAGRAPH
from newsdesk.domain.document import BlockKind, MarkKind
from newsdesk.errors import InvalidInputError
from newsdesk.importers.base import SourceFile
from newsdesk.importers.html import import_html
from newsdesk.importers.text import import_markdown, import_text


def _source(tmp_path: Path, name: str, data: bytes) -> SourceFile:
    path = tmp_path / name
    path.write_bytes(data)
    return SourceFile(path, data)


def test_markdown_headline_blocks_and_marks(tmp_path):
    text = (
        f"# {ARABIC_HEADLINE}\n\n"
        f"{ARABIC_PARAGRAPH}\nسطر **مهم** و*مائل* و[رابط](https://example.ma/a) "
        "و[خطير](javascript:alert(1)).\n\n"
        "## عنوان فرعي\n\n- البند الأول\n- البند الثاني\n\n> اقتباس من التصريح\n"
    )
    result = import_markdown(_source(tmp_path, "a.md", text.encode()))
    assert result.content.headline == ARABIC_HEADLINE
    blocks = result.content.body.blocks
    assert [b.kind for b in blocks] == [
        BlockKind.PARAGRAPH,
        BlockKind.HEADING,
        BlockKind.LIST_ITEM,
        BlockKind.LIST_ITEM,
        BlockKind.QUOTE,
    ]
    first = blocks[0]
    assert "**" not in first.text and "javascript" not in first.text
    kinds = {m.kind: first.text[m.start : m.end] for m in first.marks}
    assert kinds == {MarkKind.BOLD: "مهم", MarkKind.ITALIC: "مائل", MarkKind.LINK: "رابط"}
    assert [m.href for m in first.marks if m.kind == MarkKind.LINK] == ["https://example.ma/a"]
    assert blocks[1].level == 1
    assert result.content.language == "ar"


def test_markdown_in_windows_1256(tmp_path):
    text = f"# {ARABIC_HEADLINE}\n\n{ARABIC_PARAGRAPH}\n"
    result = import_markdown(_source(tmp_path, "a.md", text.encode("cp1256")))
    assert result.encoding == "Windows-1256"
    assert result.content.headline == ARABIC_HEADLINE
    assert result.content.body.blocks[0].text == ARABIC_PARAGRAPH


def test_english_text_file_detects_language(tmp_path):
    text = "Port traffic rises\n\nThe port said traffic was up by a third in the year to June.\n"
    result = import_text(_source(tmp_path, "en.txt", text.encode()))
    assert result.content.language == "en"
    assert result.content.headline == "Port traffic rises"


@pytest.mark.parametrize("data", [b"   \n\n\t\n", b"12345 67\n-- --\n"])
def test_text_without_words_is_refused(tmp_path, data):
    with pytest.raises(InvalidInputError, match=r"no (text|words)"):
        import_text(_source(tmp_path, "blank.txt", data))


HTML = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>عنوان النافذة</title>
<style>p {{ color: red }}</style><script>document.write("<p>injected</p>")</script></head>
<body><nav><a href="/">الرئيسية</a></nav>
<h1>{ARABIC_HEADLINE}</h1>
<p onclick="steal()">{ARABIC_PARAGRAPH} <strong>بالخط العريض</strong>
<a href="javascript:alert(1)">رابط خبيث</a> <a href="https://example.ma/x">رابط</a></p>
<p dir="ltr" lang="fr">La <em>mairie</em> a confirmé &amp; précisé.</p>
<div lang="en"><p>An English paragraph.</p></div>
<h3>عنوان فرعي</h3>
<ul><li>بند</li></ul><blockquote>قول مأثور</blockquote>
<iframe src="https://evil.example/"></iframe><img src="x" onerror="alert(1)">
</body></html>"""


def test_html_is_sanitised_and_read(tmp_path):
    result = import_html(_source(tmp_path, "a.html", HTML.encode()))
    content = result.content
    assert content.headline == ARABIC_HEADLINE
    assert content.language == "ar"
    texts = [b.text for b in content.body.blocks]
    everything = " ".join(texts)
    for hostile in ("injected", "color", "steal", "javascript", "الرئيسية", "عنوان النافذة"):
        assert hostile not in everything
    first = content.body.blocks[0]
    assert first.direction == "auto"
    links = [m for m in first.marks if m.kind == MarkKind.LINK]
    assert [m.href for m in links] == ["https://example.ma/x"]
    bold = [first.text[m.start : m.end] for m in first.marks if m.kind == MarkKind.BOLD]
    assert bold == ["بالخط العريض"]
    french = content.body.blocks[1]
    assert french.direction == "ltr" and french.text == "La mairie a confirmé & précisé."
    assert content.body.blocks[2].direction == "ltr"  # from lang="en" on its parent
    kinds = [b.kind for b in content.body.blocks[3:]]
    assert kinds == [BlockKind.HEADING, BlockKind.LIST_ITEM, BlockKind.QUOTE]
    assert content.body.blocks[3].level == 2


def test_html_title_is_the_headline_without_h1(tmp_path):
    html = "<html><head><title>Le port en hausse</title></head><body><p>Le trafic a progressé.</p>"
    result = import_html(_source(tmp_path, "b.htm", html.encode()))
    assert result.content.headline == "Le port en hausse"
    assert [b.text for b in result.content.body.blocks] == ["Le trafic a progressé."]
    assert result.content.language == "fr"


def test_html_rtl_paragraph_in_ltr_page(tmp_path):
    html = f'<html lang="fr"><h1>Titre</h1><p dir="rtl">{ARABIC_PARAGRAPH}</p><p>Suite.</p>'
    result = import_html(_source(tmp_path, "c.html", html.encode()))
    assert [b.direction for b in result.content.body.blocks] == ["rtl", "auto"]
    assert result.content.language == "fr"


def test_html_declared_windows_1256(tmp_path):
    html = (
        '<html><head><meta charset="windows-1256"></head><body>'
        f"<h1>{ARABIC_HEADLINE}</h1><p>{ARABIC_PARAGRAPH}</p></body></html>"
    )
    result = import_html(_source(tmp_path, "d.html", html.encode("cp1256")))
    assert result.content.headline == ARABIC_HEADLINE


def test_html_entities_are_not_expanded_from_a_dtd(tmp_path):
    html = (
        '<!DOCTYPE html [<!ENTITY a "AAAAAAAAAA"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
        "<html><body><h1>عنوان</h1><p>&b;&b;&b; نص</p></body></html>"
    )
    result = import_html(_source(tmp_path, "e.html", html.encode()))
    assert "AAAAAAAAAA" not in result.content.body.plain_text()


def test_html_without_words_is_refused(tmp_path):
    with pytest.raises(InvalidInputError):
        import_html(_source(tmp_path, "f.html", b"<script>alert(1)</script><p>  </p>"))


def test_deeply_nested_html_is_refused_quickly(tmp_path):
    data = ("<div>" * 100_000 + "نص").encode()
    with pytest.raises(InvalidInputError, match="nested"):
        import_html(_source(tmp_path, "deep.html", data))


def test_bare_ampersands_are_text(tmp_path):
    data = ("<h1>عنوان</h1><p>" + "& " * 20_000 + "ب</p>").encode()
    result = import_html(_source(tmp_path, "amp.html", data))
    assert result.content.body.blocks[0].text.startswith("& & &")


def test_too_many_character_references_are_refused(tmp_path):
    data = ("<p>" + "&#1575;" * 200_001 + "</p>").encode()
    with pytest.raises(InvalidInputError, match="character references"):
        import_html(_source(tmp_path, "refs.html", data))


def test_more_paragraphs_than_any_article_are_refused(tmp_path):
    data = ("عنوان\n" + "سطر\n" * 30_000).encode()
    with pytest.raises(InvalidInputError, match="paragraphs"):
        import_text(_source(tmp_path, "long.txt", data))


def test_html_pictures_not_found_are_counted_as_left_out(tmp_path):
    page = (
        "<html><body><h1>عنوان</h1><p>نص <img src='a.jpg'> هنا</p>"
        "<figure><img src='b.png'><figcaption>تعليق الصورة</figcaption></figure></body></html>"
    )
    result = import_html(SourceFile(tmp_path / "p.html", page.encode()))
    assert result.dropped == (("missing picture", 2),)
    assert [b.text for b in result.content.body.blocks] == ["نص هنا", "تعليق الصورة"]
    plain = import_html(SourceFile(Path("q.html"), "<h1>عنوان</h1><p>نص</p>".encode()))
    assert plain.dropped == ()
