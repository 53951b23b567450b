"""Text decoding: every supported encoding found, legacy code pages told apart, junk refused."""

from __future__ import annotations

import codecs

import pytest

from importers.importsupport import ARABIC_HEADLINE, ARABIC_PARAGRAPH
from newsdesk.errors import InvalidInputError
from newsdesk.importers.encoding import decode_text

TEXT = f"{ARABIC_HEADLINE}\n\n{ARABIC_PARAGRAPH}\n"
FRENCH = "Le ministère a précisé que les travaux commenceront à la fin de l'été.\n"


@pytest.mark.parametrize(
    ("data", "label"),
    [
        (TEXT.encode("utf-8"), "UTF-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "UTF-8 with BOM"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "UTF-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "UTF-16"),
        (TEXT.encode("cp1256"), "Windows-1256"),
        (TEXT.encode("iso-8859-6"), "ISO-8859-6"),
    ],
)
def test_arabic_in_every_supported_encoding(data: bytes, label: str):
    text, found = decode_text(data, "a.txt")
    assert text == TEXT
    assert found == label


def test_utf16_with_bom_via_python_codec():
    text, found = decode_text(TEXT.encode("utf-16"), "a.txt")
    assert (text, found) == (TEXT, "UTF-16")


@pytest.mark.parametrize("word", ["غدا", "في", "قال", "كان", "الفلاحة", "يكون", "ظهر"])
def test_short_arabic_lines_in_each_code_page(word: str):
    line = f"{word} {ARABIC_HEADLINE}"
    assert decode_text(line.encode("cp1256"), "w.txt") == (line, "Windows-1256")
    assert decode_text(line.encode("iso-8859-6"), "i.txt") == (line, "ISO-8859-6")


def test_french_in_windows_1256_reads_as_french():
    text, found = decode_text(FRENCH.encode("cp1256"), "fr.txt")
    assert text == FRENCH
    assert found == "Windows-1256"


def test_utf8_is_preferred_when_valid():
    assert decode_text("été".encode(), "f.txt") == ("été", "UTF-8")


def test_nul_bytes_are_refused():
    with pytest.raises(InvalidInputError, match="not a text file"):
        decode_text(b"PK\x03\x04\x00\x00binary", "junk.txt")


def test_control_characters_are_refused():
    junk = bytes(range(1, 9)) * 50 + b"some words"
    with pytest.raises(InvalidInputError, match="control characters"):
        decode_text(junk, "junk.txt")


def test_truncated_utf16_is_refused():
    data = codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le")[:-1]
    with pytest.raises(InvalidInputError, match="UTF-16"):
        decode_text(data, "cut.txt")


def test_bytes_no_arabic_code_page_can_read_are_refused():
    # Read as Windows-1256 every word glues Latin to Arabic; read as ISO-8859-6 the words
    # are Arabic letters but never carry the article: neither reading is text.
    data = ("سلام".encode("cp1256") + b"\xe9\xe0\xe8 ") * 40
    with pytest.raises(InvalidInputError, match="encoding"):
        decode_text(data, "odd.txt")


def test_one_form_feed_is_text():
    text = "page one\fpage two"
    assert decode_text(text.encode(), "f.txt") == (text, "UTF-8")


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data.rstrip(b"\n.")[:-1],  # cut in the middle of the last letter
        lambda data: data[:40] + b"\xff" + data[40:],  # one stray byte
        lambda data: data.replace("ع".encode(), b"\xd8", 1),  # a letter missing its second byte
    ],
)
def test_damaged_utf8_is_refused_not_read_as_a_code_page(damage):
    # Read as Windows-1256, UTF-8 Arabic turns into mojibake (عنوان → ط¹ظ†ظˆط§ظ†) that looks
    # like Arabic letters: a file that is nearly all UTF-8 is UTF-8 with damage, not a code page.
    data = damage(TEXT.encode("utf-8"))
    with pytest.raises(InvalidInputError, match=r"not valid UTF-8 \(bad bytes at offset \d+\)"):
        decode_text(data, "damaged.txt")


def test_french_utf8_with_one_bad_byte_is_refused():
    data = FRENCH.encode("utf-8") + b"\xe9t\xe9\n"  # Latin-1 accents pasted into UTF-8
    with pytest.raises(InvalidInputError, match="not valid UTF-8"):
        decode_text(data, "mixed.txt")
