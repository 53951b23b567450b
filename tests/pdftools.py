"""Reading a PDF's words back with pdftotext, and the real news prose the PDF tests print.

pdftotext (poppler) reads in its default reading order: it puts each right-to-left line back in
logical order and marks the direction runs it finds with bidi embedding controls, which are
taken as word boundaries here (a number inside Arabic text is a run of its own: "من 641 ألف"
comes out as "من ‪ 641‬ألف"). Words are compared exactly, with no Unicode normalisation.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from datafiles import SEED
from newsdesk.domain.article import Article
from newsdesk.domain.document import Block, Document
from samples import arabic_content, stored

_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# A word: a run of letters (with their vowel signs) or a run of digits, in any script.
_WORD = re.compile(r"[^\W\d_]+|\d+")
PRESENTATION_FORMS = re.compile("[\ufb00-\ufdff\ufe70-\ufefe]")


def seed_paragraph(count: int = 64) -> str:
    """The first `count` words of the captured article's first paragraph (real news prose)."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    paragraph = next(line for line in lines if line.startswith("أكد رئيس الحكومة"))
    return " ".join(paragraph.split()[:count])


def arabic_article(*paragraphs: str, **changes: object) -> Article:
    """A stored Arabic article whose body is `paragraphs` (other fields as in `samples`)."""
    body = Document(tuple(Block(text=p) for p in paragraphs))
    return stored(arabic_content(body=body, standfirst="", tags=(), **changes))


def words(text: str) -> list[str]:
    """The words of `text`, in order."""
    return _WORD.findall(_BIDI_CONTROLS.sub(" ", text))


def pdf_text(need_tool, data: bytes, folder: Path, *options: str) -> str:
    """What pdftotext reads from the PDF `data`."""
    path = folder / "read.pdf"
    path.write_bytes(data)
    run = subprocess.run(
        [need_tool("pdftotext"), *options, "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    assert not run.stderr, run.stderr
    return run.stdout.decode("utf-8")


def in_order(wanted: list[str], read: list[str]) -> bool:
    """Whether `wanted` comes back as it is and in its order, as one run of words."""
    return f" {' '.join(wanted)} " in f" {' '.join(read)} "
