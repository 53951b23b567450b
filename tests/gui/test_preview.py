"""The preview pane shows the renderer's page, re-rendered once edits pause."""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QTextEdit

from newsdesk.domain.document import Block, Document
from newsdesk.gui.preview.pane import DEBOUNCE_MS, PreviewPane
from newsdesk.render.html import render_article_html
from samples import AR_HEADLINE, arabic_content, french_content, stored

pytestmark = pytest.mark.gui


@pytest.fixture
def pane(qtbot) -> PreviewPane:
    widget = PreviewPane()
    widget.resize(520, 420)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _long_content():
    base = arabic_content()
    return replace_body(base, base.body.blocks * 8)


def replace_body(content, blocks):
    from dataclasses import replace

    return replace(content, body=Document(tuple(blocks)))


def test_set_content_renders_once_after_a_quiet_spell(qtbot, pane: PreviewPane) -> None:
    started = time.monotonic()
    for n in range(5):
        pane.set_content(arabic_content(kicker=f"تحديث {n}"))
        qtbot.wait(40)
    assert pane.render_count == 0 and pane.is_pending()
    qtbot.waitUntil(lambda: pane.render_count == 1, timeout=3000)
    assert time.monotonic() - started >= (DEBOUNCE_MS + 4 * 40) / 1000 - 0.05
    qtbot.wait(DEBOUNCE_MS + 100)
    assert pane.render_count == 1
    assert "تحديث 4" in pane.html()
    # The headline stands above the scrolling body, which holds the rest of the page.
    assert AR_HEADLINE in pane.head.toPlainText()
    assert AR_HEADLINE not in pane.browser.toPlainText()


def test_preview_shows_exactly_the_export_html(qtbot, pane: PreviewPane) -> None:
    article = stored(french_content())
    pane.set_content(article)
    qtbot.waitUntil(lambda: pane.render_count == 1, timeout=3000)
    assert pane.html() == render_article_html(article)


def test_rerender_keeps_the_scroll_position(qtbot, pane: PreviewPane) -> None:
    content = _long_content()
    pane.set_content(content)
    pane.flush()
    bar = pane.browser.verticalScrollBar()
    assert bar.maximum() > 600
    bar.setValue(600)
    pane.set_content(replace_body(content, (*content.body.blocks, Block(text="فقرة جديدة"))))
    qtbot.waitUntil(lambda: pane.render_count == 2, timeout=3000)
    assert bar.value() == 600


def test_scroll_to_block_follows_the_editor(qtbot, pane: PreviewPane) -> None:
    content = _long_content()
    pane.set_content(content)
    pane.scroll_to_block(len(content.body.blocks) - 1)  # waits for the pending render
    qtbot.waitUntil(lambda: pane.render_count == 1, timeout=3000)
    bar = pane.browser.verticalScrollBar()
    assert bar.value() > bar.maximum() * 0.8
    pane.scroll_to_block(0)
    assert bar.value() < bar.maximum() * 0.2


def test_the_same_block_again_leaves_the_page_where_the_reader_put_it(
    qtbot, pane: PreviewPane
) -> None:
    content = _long_content()
    pane.set_content(content)
    pane.flush()
    last = len(content.body.blocks) - 1
    pane.scroll_to_block(last)
    bar = pane.browser.verticalScrollBar()
    bar.setValue(0)  # the reader scrolls up while the writer types on in the same paragraph
    pane.scroll_to_block(last)
    assert bar.value() == 0
    pane.set_content(content)
    pane.flush()  # a new page: the next key brings the paragraph into view again
    pane.scroll_to_block(last)
    assert bar.value() > bar.maximum() * 0.8


def test_widths_and_themes(qtbot, pane: PreviewPane) -> None:
    pane.set_content(arabic_content())
    pane.flush()
    pane.set_width("phone")
    assert pane.browser.lineWrapMode() == QTextEdit.LineWrapMode.FixedPixelWidth
    assert pane.browser.lineWrapColumnOrWidth() == 360
    assert "nd-width-phone" in pane.html()
    pane.set_width("desktop")
    # The page's 46rem column less its padding, or the pane's width when narrower.
    assert pane.browser.lineWrapColumnOrWidth() <= pane.browser.viewport().width()
    pane.set_theme("dark")
    assert "nd-theme-dark" in pane.html()
    assert pane.theme() == "dark"
    assert pane.browser.palette().base().color().name() == "#16181c"
    with pytest.raises(ValueError):
        pane.set_theme("sepia")


def test_toolbar_switches_width(qtbot, pane: PreviewPane) -> None:
    pane.set_content(arabic_content())
    pane.flush()
    pane._width_actions["print"].trigger()
    assert pane.width_mode() == "print"
    # The pane is narrower than the print column: the text wraps at the pane instead.
    assert pane.browser.lineWrapColumnOrWidth() <= pane.browser.viewport().width()
    assert "nd-width-print" in pane.html()
    pane.resize(900, 420)
    assert pane.browser.lineWrapColumnOrWidth() == 680
