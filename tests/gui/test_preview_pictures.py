"""The preview shows a body's pictures from the media folder, not a broken-image icon."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PIL import Image
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument

from newsdesk.domain.document import Block, BlockKind, Document
from newsdesk.gui.preview.pane import PreviewPane
from newsdesk.gui.thumbnails import forget_all
from newsdesk.storage.media import MediaStore
from samples import arabic_content

pytestmark = pytest.mark.gui


def test_the_preview_shows_the_picture_and_its_caption(qtbot, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("NEWSDESK_MEDIA_DIR", str(tmp_path / "media"))
    forget_all()
    Image.new("RGB", (2400, 1600), (220, 20, 20)).save(tmp_path / "p.jpg", "JPEG")
    src = MediaStore.default().add(tmp_path / "p.jpg")
    base = arabic_content()
    picture = Block(BlockKind.IMAGE, src=src, caption="الوزير في الرباط", credit="Photo AFP")
    content = replace(base, body=Document((*base.body.blocks[:1], picture)))
    pane = PreviewPane()
    pane.resize(800, 900)
    qtbot.addWidget(pane)
    pane.show()
    pane.set_content(content)
    pane.flush()
    document = pane.browser.document()
    assert "الوزير في الرباط" in document.toPlainText() and "Photo AFP" in document.toPlainText()
    image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(src))
    assert isinstance(image, QImage) and not image.isNull()
    assert image.width() == 640 and image.pixelColor(5, 5).red() > 200
    pane.set_width("phone")
    image = pane.browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(src))
    assert image.width() == 360
    # What is painted holds the red picture.
    shot = pane.browser.viewport().grab().toImage()
    reds = sum(
        1
        for x in range(0, shot.width(), 8)
        for y in range(0, shot.height(), 8)
        if shot.pixelColor(x, y).red() > 200 and shot.pixelColor(x, y).green() < 60
    )
    assert reds > 100


def test_in_a_narrow_pane_the_picture_is_no_wider_than_the_page(
    qtbot, tmp_path, monkeypatch
) -> None:
    monkeypatch.setenv("NEWSDESK_MEDIA_DIR", str(tmp_path / "media"))
    forget_all()
    Image.new("RGB", (2400, 1600), (20, 20, 220)).save(tmp_path / "p.jpg", "JPEG")
    src = MediaStore.default().add(tmp_path / "p.jpg")
    pane = PreviewPane()
    pane.resize(420, 600)
    qtbot.addWidget(pane)
    pane.show()
    image = pane.browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(src))
    assert image.width() <= pane.browser.viewport().width() - 40
    missing = pane.browser.loadResource(
        QTextDocument.ResourceType.ImageResource.value, QUrl("ab/not-there.jpg")
    )
    assert isinstance(missing, QImage) and not missing.isNull()  # a grey box, not a broken icon
