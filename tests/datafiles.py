"""The files the tests read from tests/data; tests/data/README.md says where each comes from."""

from __future__ import annotations

import hashlib
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
# A captured public Arabic news page: ticker, breaking mark, dateline, headline and article.
SEED = DATA / "seeds" / "000_4dc063f10d3aa90e.txt"
# Pages composed for the tests in the seed's shape, in French and English (not captured).
CAPTURES = DATA / "captures"
# IPTC's NewsML-G2 2.35 Power schema; it imports xml.xsd from its own folder.
NEWSML_XSD = DATA / "newsml-g2" / "NewsML-G2_2.35-spec-All-Power.xsd"
# The Feed Validator's RSS 2.0 test cases whose expectations are rules the ticker feeds follow.
RSS_CASES = DATA / "feedvalidator" / "rss20"
# An Arabic document with bold and italic set for complex script only, written as flat ODT and
# saved by LibreOffice Writer as .docx and .odt (tests/data/README.md says how).
LIBREOFFICE = DATA / "libreoffice"
LO_SOURCE = LIBREOFFICE / "arabic-marks.fodt"
LO_DOCX = LIBREOFFICE / "arabic-marks.docx"
LO_ODT = LIBREOFFICE / "arabic-marks.odt"
# A heading, two paragraphs, a picture, a footnote and a comment, made the same way.
LO_PICTURES_SOURCE = LIBREOFFICE / "pictures-notes.fodt"
LO_PICTURES_DOCX = LIBREOFFICE / "pictures-notes.docx"
LO_PICTURES_ODT = LIBREOFFICE / "pictures-notes.odt"
# Two pictures with captions and alt text (an inline one, a caption frame), made the same way.
LO_CAPTIONS_SOURCE = LIBREOFFICE / "pictures-captions.fodt"
LO_CAPTIONS_DOCX = LIBREOFFICE / "pictures-captions.docx"
LO_CAPTIONS_ODT = LIBREOFFICE / "pictures-captions.odt"


def git_blob_id(data: bytes) -> str:
    """The id git gives a file of these bytes (`git hash-object`), to check a copy by."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()
