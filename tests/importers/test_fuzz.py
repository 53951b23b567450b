"""Random bytes and random HTML: the text and HTML importers refuse or import, never crash."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from datafiles import LO_ODT, LO_SOURCE
from newsdesk.errors import InvalidInputError
from newsdesk.importers.base import ImportedArticle, SourceFile
from newsdesk.importers.html import import_html
from newsdesk.importers.odt import import_fodt, import_odt
from newsdesk.importers.text import import_markdown, import_text
from newsdesk.importers.word import import_docx
from newsdesk.services.validation import validate_content

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

TAGS = ["p", "div", "h1", "h2", "li", "ul", "b", "i", "a", "script", "style", "title", "br", "em"]
_TAG = st.sampled_from(TAGS)
_ATTR = st.sampled_from(
    ["", ' dir="rtl"', ' dir="ltr"', ' lang="fr"', ' href="javascript:x"', ' href="https://a.b/"']
)
_TEXT = st.one_of(
    st.text(alphabet=list("abc هلاوي؟،<>&;#\"' \n\t\u200f\u202e0١\x00\x0b"), max_size=30),
    st.sampled_from(["&amp;", "&#0;", "&#x110000;", "&nbsp;", "&bogus;", "&#55296;"]),
)
_PIECE = st.one_of(
    _TEXT,
    st.builds(lambda t, a: f"<{t}{a}>", _TAG, _ATTR),
    st.builds(lambda t: f"</{t}>", _TAG),
    st.sampled_from(["<!--", "-->", "<!DOCTYPE html>", "<![CDATA[", "]]>", "<", "</", "<a href="]),
)


def _check(read, name: str, data: bytes) -> None:
    source = SourceFile(Path(name), data)
    try:
        result = read(source)
    except InvalidInputError as exc:
        assert str(exc)
        return
    assert isinstance(result, ImportedArticle)
    validate_content(result.content)


@FUZZ
@given(st.binary(max_size=2048))
def test_random_bytes_as_text(data: bytes):
    _check(import_text, "random.txt", data)


@FUZZ
@given(st.binary(max_size=2048))
def test_random_bytes_as_markdown(data: bytes):
    _check(import_markdown, "random.md", data)


@FUZZ
@given(st.binary(max_size=2048))
def test_random_bytes_as_html(data: bytes):
    _check(import_html, "random.html", data)


@FUZZ
@given(st.lists(_PIECE, max_size=60))
def test_random_html(pieces: list[str]):
    _check(import_html, "random.html", "".join(pieces).encode())


@FUZZ
@given(st.text(max_size=400))
def test_random_unicode_text(text: str):
    _check(import_text, "random.txt", text.encode("utf-8", errors="surrogatepass"))
    _check(import_markdown, "random.md", text.encode("utf-8", errors="surrogatepass"))


def _small_docx() -> bytes:
    document = docx.Document()
    document.add_heading("عنوان", level=1)
    document.add_paragraph("فقرة قصيرة من النص.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


_DOCX = _small_docx()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(_DOCX) - 1), st.integers(0, 255)), max_size=8))
def test_damaged_docx(changes: list[tuple[int, int]]):
    _check(import_docx, "damaged.docx", _damaged(_DOCX, changes))


def _damaged(good: bytes, changes: list[tuple[int, int]]) -> bytes:
    data = bytearray(good)
    for offset, value in changes:
        data[offset] = value
    return bytes(data)


_ODT = LO_ODT.read_bytes()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(_ODT) - 1), st.integers(0, 255)), max_size=8))
def test_damaged_odt(changes: list[tuple[int, int]]):
    _check(import_odt, "damaged.odt", _damaged(_ODT, changes))


_FODT = LO_SOURCE.read_bytes()


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(_FODT) - 1), st.integers(0, 255)), max_size=8))
def test_damaged_flat_odt(changes: list[tuple[int, int]]):
    _check(import_fodt, "damaged.fodt", _damaged(_FODT, changes))
