"""OpenDocument styles as an importer needs them: direction, bold and italic, names along a chain."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
_CHAIN_LIMIT = 20  # style chains are short; a loop in a hostile file must still end


@dataclass(frozen=True)
class TextStyle:
    """Bold and italic as set for Latin text and for complex script (None: not set here)."""

    bold_plain: bool | None = None
    bold_complex: bool | None = None
    italic_plain: bool | None = None
    italic_complex: bool | None = None

    def under(self, inner: TextStyle) -> TextStyle:
        """This style with what `inner` sets laid over it."""
        return TextStyle(
            *(
                mine if theirs is None else theirs
                for mine, theirs in zip(_values(self), _values(inner), strict=True)
            )
        )

    def bold(self, complex_script: bool) -> bool:
        """Whether text of this script shows bold; the Latin setting stands in when unset."""
        return _shown(self.bold_plain, self.bold_complex, complex_script)

    def italic(self, complex_script: bool) -> bool:
        """Whether text of this script shows italic; the Latin setting stands in when unset."""
        return _shown(self.italic_plain, self.italic_complex, complex_script)


def _values(style: TextStyle) -> tuple[bool | None, ...]:
    return (style.bold_plain, style.bold_complex, style.italic_plain, style.italic_complex)


def _shown(plain: bool | None, complex_value: bool | None, complex_script: bool) -> bool:
    if complex_script and complex_value is not None:
        return complex_value
    return bool(plain)


class Styles:
    """The common styles of a document and the automatic ones its body uses."""

    def __init__(self, common: etree._Element | None, content: etree._Element) -> None:
        self._common: dict[tuple[str, str], etree._Element] = {}
        self._automatic: dict[tuple[str, str], etree._Element] = {}
        self._default_paragraph: etree._Element | None = None
        self._page_mode = ""
        if common is not None:
            self._page_mode = _page_mode(common)
            section = common.find(f"{{{OFFICE}}}styles")
            if section is not None:
                _collect(section, self._common)
                self._default_paragraph = section.find(
                    f"{{{STYLE}}}default-style[@{{{STYLE}}}family='paragraph']"
                )
        section = content.find(f"{{{OFFICE}}}automatic-styles")
        if section is not None:
            _collect(section, self._automatic)

    def _chain(self, name: str | None, family: str) -> list[tuple[etree._Element, bool]]:
        """The style and its parents, each with whether it is the text's own automatic style."""
        chain: list[tuple[etree._Element, bool]] = []
        own = True
        for _ in range(_CHAIN_LIMIT):
            if not name:
                break
            element = self._automatic.get((family, name)) if own else None
            if element is None:
                own = False
                element = self._common.get((family, name))
            if element is None:
                break
            chain.append((element, own))
            own = False
            name = element.get(f"{{{STYLE}}}parent-style-name")
        return chain

    def direction(self, name: str | None) -> str:
        """rtl when the paragraph's styles say right to left; ltr only when its own style does."""
        chain = self._chain(name, "paragraph")
        if self._default_paragraph is not None:
            chain.append((self._default_paragraph, False))
        for element, own in chain:
            props = element.find(f"{{{STYLE}}}paragraph-properties")
            mode = props.get(f"{{{STYLE}}}writing-mode", "") if props is not None else ""
            if mode == "page":
                return "rtl" if self._page_mode.startswith("rl") else "auto"
            if mode.startswith("rl"):
                return "rtl"
            if mode.startswith("lr"):
                # Left to right on a common or default style (LibreOffice writes it on every
                # document) is no choice: the paragraph's letters decide.
                return "ltr" if own else "auto"
        return "auto"

    def text_style(self, name: str | None, family: str) -> TextStyle:
        """Bold and italic as the style and its parents set them."""
        result = TextStyle()
        for element, _ in reversed(self._chain(name, family)):
            props = element.find(f"{{{STYLE}}}text-properties")
            if props is not None:
                result = result.under(_text_style(props))
        return result

    def names(self, name: str | None) -> list[str]:
        """The names and display names of a paragraph style and its parents."""
        found: list[str] = []
        for element, _ in self._chain(name, "paragraph"):
            for attribute in ("name", "display-name"):
                value = element.get(f"{{{STYLE}}}{attribute}")
                if value:
                    found.append(value.replace("_20_", " "))
        return found


def _page_mode(common: etree._Element) -> str:
    """The writing mode of the default page ("Standard", else the first master page)."""
    layouts = {
        element.get(f"{{{STYLE}}}name"): element
        for element in common.iter(f"{{{STYLE}}}page-layout")
    }
    masters = list(common.iter(f"{{{STYLE}}}master-page"))
    master = next(
        (m for m in masters if m.get(f"{{{STYLE}}}name") == "Standard"),
        masters[0] if masters else None,
    )
    layout = layouts.get(master.get(f"{{{STYLE}}}page-layout-name")) if master is not None else None
    props = layout.find(f"{{{STYLE}}}page-layout-properties") if layout is not None else None
    return props.get(f"{{{STYLE}}}writing-mode", "") if props is not None else ""


def _collect(section: etree._Element, into: dict[tuple[str, str], etree._Element]) -> None:
    for element in section.iterchildren(f"{{{STYLE}}}style"):
        name = element.get(f"{{{STYLE}}}name")
        if name:
            into[(element.get(f"{{{STYLE}}}family", ""), name)] = element


def _text_style(props: etree._Element) -> TextStyle:
    return TextStyle(
        _weight(props.get(f"{{{FO}}}font-weight")),
        _weight(props.get(f"{{{STYLE}}}font-weight-complex")),
        _posture(props.get(f"{{{FO}}}font-style")),
        _posture(props.get(f"{{{STYLE}}}font-style-complex")),
    )


def _weight(value: str | None) -> bool | None:
    if value is None:
        return None
    if value.strip().isdigit():
        return int(value.strip()) >= 600
    return value.strip().lower() == "bold"


def _posture(value: str | None) -> bool | None:
    if value is None:
        return None
    return value.strip().lower() in ("italic", "oblique")
