"""The preview shows a body's pictures from the media folder, not a broken-image icon."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PIL import Image
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QPixmap, QTextDocument

from newsdesk.domain.document import Block, BlockKind, Document
from newsdesk.gui.picture_loader import picture_loader
from newsdesk.gui.preview.pane import PICTURE_WIDTH, PreviewPane
from newsdesk.gui.thumbnails import forget_all
from newsdesk.storage.media import MediaStore
from samples import arabic_content

pytestmark = pytest.mark.gui
IMAGE = QTextDocument.ResourceType.ImageResource


@pytest.fixture
def media(tmp_path, monkeypatch) -> MediaStore:
    monkeypatch.setenv("NEWSDESK_MEDIA_DIR", str(tmp_path / "media"))
    forget_all()
    return MediaStore.default()


def stored_photo(media: MediaStore, folder, colour: tuple[int, int, int]) -> str:
    Image.new("RGB", (2400, 1600), colour).save(folder / "p.jpg", "JPEG")
    return media.add(folder / "p.jpg")


def pane_of(qtbot, width: int, height: int) -> PreviewPane:
    pane = PreviewPane()
    pane.resize(width, height)
    qtbot.addWidget(pane)
    pane.show()
    return pane


def shown(pane: PreviewPane, src: str) -> QImage:
    resource = pane.browser.document().resource(IMAGE, QUrl(src))
    assert isinstance(resource, QPixmap)
    return resource.toImage()


def red_spots(pane: PreviewPane) -> int:
    """How many points of a coarse grid over the painted page are red."""
    shot = pane.browser.viewport().grab().toImage()
    return sum(
        1
        for x in range(0, shot.width(), 8)
        for y in range(0, shot.height(), 8)
        if shot.pixelColor(x, y).red() > 200 and shot.pixelColor(x, y).green() < 60
    )


def test_the_preview_shows_the_picture_and_its_caption(qtbot, media, tmp_path) -> None:
    src = stored_photo(media, tmp_path, (220, 20, 20))
    base = arabic_content()
    picture = Block(BlockKind.IMAGE, src=src, caption="الوزير في الرباط", credit="Photo AFP")
    content = replace(base, body=Document((*base.body.blocks[:1], picture)))
    pane = pane_of(qtbot, 800, 900)
    with qtbot.waitSignal(picture_loader().loaded, timeout=10_000):
        pane.set_content(content)
        pane.flush()
        # Read on the worker: a pale box of the picture's size stands in meanwhile.
        waiting = shown(pane, src)
        assert waiting.width() == PICTURE_WIDTH and waiting.pixelColor(5, 5).green() > 200
    document = pane.browser.document()
    assert "الوزير في الرباط" in document.toPlainText() and "Photo AFP" in document.toPlainText()
    qtbot.waitUntil(lambda: shown(pane, src).pixelColor(5, 5).green() < 60)
    assert (
        shown(pane, src).width() == PICTURE_WIDTH and shown(pane, src).pixelColor(5, 5).red() > 200
    )
    # What is painted holds the red picture.
    assert red_spots(pane) > 100
    # Rendered again after an edit: the kept copy comes at once.
    pane.set_content(replace(content, headline="عنوان آخر"))
    pane.flush()
    assert shown(pane, src).pixelColor(5, 5).red() > 200


def test_in_a_narrow_pane_the_picture_is_no_wider_than_the_page(qtbot, media, tmp_path) -> None:
    src = stored_photo(media, tmp_path, (20, 20, 220))
    pane = pane_of(qtbot, 420, 600)
    image = pane.browser.loadResource(IMAGE.value, QUrl(src))
    assert image.width() <= pane.browser.viewport().width() - 40
    pane.set_width("phone")
    assert pane.browser.loadResource(IMAGE.value, QUrl(src)).width() <= 360
    missing = pane.browser.loadResource(IMAGE.value, QUrl("ab/not-there.jpg"))
    assert isinstance(missing, QImage) and not missing.isNull()  # a grey box, not a broken icon


def test_a_picture_read_for_a_width_the_pane_lost_meanwhile_still_replaces_its_box(
    qtbot, media, tmp_path
) -> None:
    src = stored_photo(media, tmp_path, (220, 20, 20))
    base = arabic_content()
    content = replace(base, body=Document((Block(BlockKind.IMAGE, src=src, caption="x"),)))
    pane = pane_of(qtbot, 800, 900)
    with qtbot.waitSignal(picture_loader().loaded, timeout=10_000):
        pane.set_content(content)
        pane.flush()
        pane.browser.picture_width = 300  # narrower (a scroll bar came) before the picture does
    qtbot.wait(200)
    assert red_spots(pane) > 100
