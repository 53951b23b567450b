"""The preview follows a dark system theme, and its links stay readable on either page."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from newsdesk.gui.preview.pane import PreviewPane
from newsdesk.gui.theme import theme_palette
from samples import arabic_content

pytestmark = pytest.mark.gui


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.red())
        + 0.7152 * linear(colour.green())
        + 0.0722 * linear(colour.blue())
    )


def contrast(one: QColor, other: QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture
def system_palette(qapp) -> Iterator[QApplication]:
    kept = QPalette(qapp.palette())
    yield qapp
    qapp.setPalette(kept)


def shown_pane(qtbot) -> PreviewPane:
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.resize(600, 500)
    pane.show()
    qtbot.waitExposed(pane)
    pane.set_content(arabic_content())
    pane.flush()
    return pane


def link_colours(pane: PreviewPane) -> list[QColor]:
    """The colour of every run of link text in the page shown."""
    found = []
    block = pane.browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isAnchor() and fmt.anchorHref():
                found.append(fmt.foreground().color())
            it += 1
        block = block.next()
    return found


def test_a_dark_system_theme_gives_a_dark_page(qtbot, system_palette) -> None:
    system_palette.setPalette(theme_palette("dark"))
    pane = shown_pane(qtbot)
    assert pane.theme() == "dark"
    assert "nd-theme-dark" in pane.html()
    painted = pane.browser.viewport().grab().toImage().pixelColor(2, 2)
    assert painted.lightness() < 60


def test_the_preview_follows_the_system_until_a_theme_is_chosen(qtbot, system_palette) -> None:
    system_palette.setPalette(theme_palette("light"))
    pane = shown_pane(qtbot)
    assert pane.theme() == "light"
    system_palette.setPalette(theme_palette("dark"))
    qtbot.waitUntil(lambda: pane.theme() == "dark")
    pane.set_theme("light")
    system_palette.setPalette(theme_palette("contrast"))
    qtbot.wait(50)
    assert pane.theme() == "light"


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_links_have_enough_contrast_on_the_page(qtbot, theme) -> None:
    pane = shown_pane(qtbot)
    pane.set_theme(theme)
    links = link_colours(pane)
    assert links, "the sample's link is not shown as a link"
    # The page's background as painted, away from any text.
    page = pane.browser.viewport().grab().toImage().pixelColor(2, 2)
    for colour in links:
        # WCAG 2 AA for body text.
        assert contrast(colour, page) >= 4.5, (theme, colour.name(), page.name())


def test_links_in_the_editor_are_readable_in_the_dark_theme(qtbot, window) -> None:
    from newsdesk.domain.document import Block, Document, Mark, MarkKind
    from newsdesk.gui.theme import apply_theme

    apply_theme("dark")
    QApplication.processEvents()
    try:
        editor = window.new_article()
        link = Mark(MarkKind.LINK, 0, 4, "https://news.example/")
        editor.body.load(Document((Block(text="خبر عاجل", marks=(link,)),)), "ar")
        cursor = editor.body.textCursor()
        cursor.setPosition(2)
        colour = cursor.charFormat().foreground().color()
        base = editor.body.palette().color(QPalette.ColorRole.Base)
        assert cursor.charFormat().anchorHref() == "https://news.example/"
        assert contrast(colour, base) >= 4.5, (colour.name(), base.name())
    finally:
        apply_theme("light")
