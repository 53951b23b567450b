"""LibreOffice as a reader of Newsdesk's files: headless conversion, and what the results say."""

from __future__ import annotations

import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import IO
from xml.etree import ElementTree

OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def convert(soffice: str, source: Path, to: str, profile: Path) -> Path:
    """`source` converted by LibreOffice to the format `to` (fodt, html, pdf), beside a copy."""
    out = profile.parent / f"{source.stem}-{to}"
    command = [
        soffice,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        to,
        "--outdir",
        str(out),
        str(source),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=240)
    result = out / f"{source.stem}.{to}"
    assert done.returncode == 0 and result.exists(), done.stdout + done.stderr
    return result


def squeeze(text: str) -> str:
    """Text with whitespace runs made one space and bidi controls left out."""
    return " ".join(BIDI_CONTROLS.sub("", text).split())


def _odf_text(element: ElementTree.Element) -> str:
    parts = [element.text or ""]
    for child in element:
        if child.tag.startswith(f"{{{DRAW}}}"):
            pass  # a picture's frame: its binary data is no text of the paragraph
        elif child.tag == f"{{{TEXT}}}s":
            parts.append(" " * int(child.get(f"{{{TEXT}}}c", "1")))
        elif child.tag in (f"{{{TEXT}}}tab", f"{{{TEXT}}}line-break"):
            parts.append(" ")
        else:
            parts.append(_odf_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def odf_paragraphs(path: Path | IO[bytes]) -> list[tuple[str, str]]:
    """Each paragraph and heading of a flat ODF text (or a content.xml) as (text, "rtl" or "ltr")."""
    root = ElementTree.parse(path).getroot()
    styles: dict[str, tuple[str | None, str | None]] = {}
    for style in root.iter(f"{{{STYLE}}}style"):
        props = style.find(f"{{{STYLE}}}paragraph-properties")
        mode = props.get(f"{{{STYLE}}}writing-mode") if props is not None else None
        styles[style.get(f"{{{STYLE}}}name", "")] = (
            style.get(f"{{{STYLE}}}parent-style-name"),
            mode,
        )

    def mode_of(name: str | None) -> str:
        for _ in range(50):
            if name is None or name not in styles:
                return "lr-tb"
            parent, mode = styles[name]
            if mode and mode != "page":
                return mode
            name = parent
        raise AssertionError("style chain too long")

    body = root.find(f"{{{OFFICE}}}body/{{{OFFICE}}}text")
    assert body is not None
    found = []
    for element in body.iter():
        if element.tag in (f"{{{TEXT}}}p", f"{{{TEXT}}}h"):
            mode = mode_of(element.get(f"{{{TEXT}}}style-name"))
            found.append((squeeze(_odf_text(element)), "rtl" if mode.startswith("rl") else "ltr"))
    return found


class _Paragraphs(HTMLParser):
    # LibreOffice writes a paragraph in its Quotations style as a blockquote of its own.
    BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str]] = []
        self._open: list[str] | None = None
        self._dir = "ltr"
        self.body_dir = "ltr"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "body":
            self.body_dir = values.get("dir") or "ltr"
        if tag in self.BLOCKS:
            self._open, self._dir = [], values.get("dir") or self.body_dir

    def handle_endtag(self, tag: str) -> None:
        if tag in self.BLOCKS and self._open is not None:
            self.found.append((squeeze("".join(self._open)), self._dir))
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._open.append(data)


def html_paragraphs(path: Path) -> list[tuple[str, str]]:
    """Each paragraph and heading of an HTML page as (text, its dir or the body's)."""
    reader = _Paragraphs()
    reader.feed(path.read_text(encoding="utf-8", errors="replace"))
    return reader.found


def _local(attributes: dict[str, str]) -> dict[str, str]:
    return {name.rsplit("}", 1)[-1]: value for name, value in attributes.items()}


def odf_span_properties(path: Path, text: str) -> dict[str, str]:
    """The text properties (by local name) of the one span whose text is `text`."""
    root = ElementTree.parse(path).getroot()
    spans = [s for s in root.iter(f"{{{TEXT}}}span") if "".join(s.itertext()) == text]
    assert len(spans) == 1, text
    name = spans[0].get(f"{{{TEXT}}}style-name")
    for style in root.iter(f"{{{STYLE}}}style"):
        if style.get(f"{{{STYLE}}}name") == name:
            props = style.find(f"{{{STYLE}}}text-properties")
            return _local(dict(props.attrib)) if props is not None else {}
    raise AssertionError(f"no style {name}")


def odf_default_languages(path: Path) -> set[tuple[str, str]]:
    """The (language, country) pairs the default styles give complex-script text."""
    root = ElementTree.parse(path).getroot()
    found = set()
    for style in root.iter(f"{{{STYLE}}}default-style"):
        props = style.find(f"{{{STYLE}}}text-properties")
        if props is not None:
            values = _local(dict(props.attrib))
            if "language-complex" in values:
                found.add((values["language-complex"], values.get("country-complex", "")))
    return found
