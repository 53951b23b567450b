"""A small HTML element walker for tests: tags, attributes and the text inside each element."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "wbr"}
)


@dataclass
class Element:
    """One element: its tag, attributes, the open ancestors' tags and its text content."""

    tag: str
    attrs: dict[str, str | None]
    ancestors: tuple[str, ...]
    parts: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """All text inside the element."""
        return "".join(self.parts)

    def classes(self) -> set[str]:
        """The element's classes."""
        return set((self.attrs.get("class") or "").split())


class _Walker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.stack: list[Element] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, dict(attrs), tuple(e.tag for e in self.stack))
        self.elements.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append(Element(tag, dict(attrs), tuple(e.tag for e in self.stack)))

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                break

    def handle_data(self, data: str) -> None:
        for element in self.stack:
            element.parts.append(data)


def elements(html: str) -> list[Element]:
    """Every element of the document in source order."""
    walker = _Walker()
    walker.feed(html)
    walker.close()
    return walker.elements


def by_id(html: str, element_id: str) -> Element:
    """The element with this id."""
    return next(e for e in elements(html) if e.attrs.get("id") == element_id)


# CSS the checker's stylesheet grammar does not know yet although browsers do: `size-adjust`
# in @font-face (CSS Fonts 5; Chromium 92, Firefox 92, Safari 17). Only this exact message is
# let through; any other CSS error still counts.
NU_CSS_GAPS = ("CSS: \u201csize-adjust\u201d: Property \u201csize-adjust\u201d doesn't exist.",)


def nu_checker_problems(jar: str, pages: list[str]) -> list[str]:
    """Errors the Nu HTML Checker (vnu.jar) reports for these files; raises if it did not run."""
    import json
    import subprocess
    from pathlib import Path

    run = subprocess.run(
        ["java", "-jar", jar, "--format", "json", "--stdout", *pages],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    report = json.loads(run.stdout or "{}")
    assert "messages" in report, run.stderr
    return [
        f"{Path(m.get('url', '')).name}:{m.get('lastLine')}: {m.get('message')}"
        for m in report["messages"]
        if (m.get("type") in ("error", "non-document-error") or m.get("subType") == "fatal")
        and m.get("message") not in NU_CSS_GAPS
    ]
