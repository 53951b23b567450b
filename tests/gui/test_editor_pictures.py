"""Pictures in the body: inserted from files, drops and the clipboard, edited around, removed whole."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QTextCursor, QTextDocument
from PySide6.QtTest import QTest

from newsdesk import livefiles
from newsdesk.domain.document import Block, BlockKind, Document
from newsdesk.gui.editor.body import BodyEdit
from newsdesk.gui.editor.picture_blocks import CAPTION, CREDIT, PICTURE, part_of
from newsdesk.gui.editor.pictures import set_properties
from newsdesk.gui.thumbnails import EDITOR_WIDTH, forget_all
from newsdesk.services import pictures as pictures_service
from newsdesk.storage.media import MediaStore
from newsdesk.text.lint.settings import LintSettings
from support import type_text

pytestmark = pytest.mark.gui

RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight


@pytest.fixture
def media(tmp_path, monkeypatch) -> MediaStore:
    """A media folder of the test's own."""
    monkeypatch.setenv("NEWSDESK_MEDIA_DIR", str(tmp_path / "media"))
    forget_all()
    return MediaStore.default()


@pytest.fixture
def body(qtbot, media) -> BodyEdit:
    edit = BodyEdit("ar", LintSettings())
    qtbot.addWidget(edit)
    edit.resize(800, 600)
    edit.show()
    return edit


def photo(path: Path, size: tuple[int, int] = (1200, 800), colour: str = "red") -> Path:
    """A real JPEG made by Pillow."""
    Image.new("RGB", size, colour).save(path, "JPEG")
    return path


def parts(body: BodyEdit) -> list[tuple[str | None, str]]:
    found, block = [], body.document().begin()
    while block.isValid():
        found.append((part_of(block), block.text()))
        block = block.next()
    return found


def put_cursor(body: BodyEdit, position: int) -> None:
    cursor = body.textCursor()
    cursor.setPosition(position)
    body.setTextCursor(cursor)


def select(body: BodyEdit, start: int, end: int) -> None:
    cursor = body.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)


def end_of(body: BodyEdit, number: int) -> int:
    """The position at the end of paragraph `number`'s text."""
    block = body.document().findBlockByNumber(number)
    return block.position() + block.length() - 1


def images(body: BodyEdit) -> list[Block]:
    return [b for b in body.body().blocks if b.kind == BlockKind.IMAGE]


def with_picture(body: BodyEdit, media: MediaStore, tmp_path: Path) -> str:
    """An article: a paragraph, a picture with an Arabic caption and a French credit, a paragraph."""
    src = media.add(photo(tmp_path / "a.jpg"))
    body.load(
        Document(
            (
                Block(text="فقرة أولى"),
                Block(BlockKind.IMAGE, src=src, caption="الوزير في الرباط", credit="Photo AFP"),
                Block(text="فقرة ثانية"),
            )
        )
    )
    return src


def test_a_picture_round_trips_with_caption_credit_and_alt_each_in_its_direction(
    body, media, tmp_path
) -> None:
    src = media.add(photo(tmp_path / "a.jpg"))
    picture = Block(
        BlockKind.IMAGE, src=src, caption="الوزير في الرباط", credit="Photo AFP", alt="Un homme"
    )
    document = Document((Block(text="Le ministre"), picture, Block(text="نص")))
    body.load(document)
    assert body.body() == document
    assert parts(body) == [
        (None, "Le ministre"),
        (PICTURE, "\ufffc"),
        (CAPTION, "الوزير في الرباط"),
        (CREDIT, "Photo AFP"),
        (None, "نص"),
    ]
    caption = body.document().findBlockByNumber(2)
    credit = body.document().findBlockByNumber(3)
    assert caption.blockFormat().layoutDirection() == RTL
    assert credit.blockFormat().layoutDirection() == LTR
    # What the editor hands on is what a new editor shows again.
    again = QTextDocument()
    from newsdesk.gui.editor.bridge import read_document, write_document

    write_document(body.body(), again, "ar")
    assert read_document(again) == document


def test_a_large_picture_is_scaled_on_a_worker_and_shown_once_ready(
    qtbot, body, media, tmp_path
) -> None:
    from newsdesk.gui import thumbnails
    from newsdesk.gui.picture_loader import picture_loader

    src = media.add(photo(tmp_path / "big.jpg", (4000, 3000)))
    body.load(Document((Block(BlockKind.IMAGE, src=src, caption="x"),)))
    image_char = body.document().begin().begin().fragment().charFormat().toImageFormat()
    assert (image_char.width(), image_char.height()) == (EDITOR_WIDTH, 270)
    name = QUrl(image_char.name())
    kind = QTextDocument.ResourceType.ImageResource
    with qtbot.waitSignal(picture_loader().loaded, timeout=10_000):
        # Asked for by the first paint: a pale box of the picture's size meanwhile.
        body.viewport().repaint()
        waiting = body.document().resource(kind, name)
        assert (waiting.width(), waiting.height()) == (EDITOR_WIDTH, 270)
        assert waiting.toImage().pixelColor(10, 10).red() < 250
    qtbot.waitUntil(
        lambda: body.document().resource(kind, name).toImage().pixelColor(10, 10).red() > 200
    )
    shown = body.document().resource(kind, name)
    assert (shown.width(), shown.height()) == (EDITOR_WIDTH, 270)
    # Decoded once: an editor showing it again takes the kept copy, at once.
    again = BodyEdit("ar", LintSettings())
    qtbot.addWidget(again)
    again.load(body.body())
    assert again.loadResource(kind.value, name).toImage().pixelColor(10, 10).red() > 200
    assert thumbnails.kept_picture(media.resolve(src), EDITOR_WIDTH) is not None


def test_insert_picture_file_stores_it_and_puts_the_cursor_in_its_caption(
    body, media, tmp_path
) -> None:
    body.load(Document((Block(text="قبل"), Block(text="après"))))
    put_cursor(body, 3)  # the end of the first paragraph
    [src] = body.insert_picture_files([photo(tmp_path / "p.jpg")])
    assert media.resolve(src).read_bytes() == (tmp_path / "p.jpg").read_bytes()
    type_text(body, "تعليق")
    assert [p for p, _ in parts(body)] == [None, PICTURE, CAPTION, CREDIT, None]
    assert images(body) == [Block(BlockKind.IMAGE, src=src, caption="تعليق")]
    assert body.document().findBlockByNumber(2).blockFormat().layoutDirection() == RTL
    body.undo()  # the caption typed
    assert images(body) == [Block(BlockKind.IMAGE, src=src)]
    body.undo()  # the picture, in one step
    assert body.body() == Document((Block(text="قبل"), Block(text="après")))


def test_enter_at_the_end_of_a_caption_makes_a_plain_paragraph(body, media, tmp_path) -> None:
    src = with_picture(body, media, tmp_path)
    caption = body.document().findBlockByNumber(2)
    put_cursor(body, caption.position() + caption.length() - 1)
    QTest.keyClick(body, Qt.Key.Key_Return)
    type_text(body, "Suite")
    blocks = body.body().blocks
    assert [b.kind for b in blocks] == [BlockKind.PARAGRAPH, BlockKind.IMAGE] + [
        BlockKind.PARAGRAPH
    ] * 2
    assert blocks[1].src == src and blocks[1].caption == "الوزير في الرباط"
    assert blocks[2] == Block(text="Suite")


def test_backspace_after_a_picture_does_not_merge_into_it(body, media, tmp_path) -> None:
    with_picture(body, media, tmp_path)
    before = body.body()
    put_cursor(body, body.document().findBlockByNumber(4).position())
    QTest.keyClick(body, Qt.Key.Key_Backspace)
    assert body.body() == before
    credit = body.document().findBlockByNumber(3)
    assert body.textCursor().position() == credit.position() + credit.length() - 1
    for number in (3, 2):  # the starts of the credit and of the caption
        put_cursor(body, body.document().findBlockByNumber(number).position())
        QTest.keyClick(body, Qt.Key.Key_Backspace)
        assert body.body() == before
    # Delete at the end of the paragraph before the picture takes nothing in either.
    first = body.document().findBlockByNumber(0)
    put_cursor(body, first.position() + first.length() - 1)
    QTest.keyClick(body, Qt.Key.Key_Delete)
    assert body.body() == before


def test_an_empty_paragraph_after_a_picture_goes_with_backspace(body, media, tmp_path) -> None:
    with_picture(body, media, tmp_path)
    before = body.body()
    credit = body.document().findBlockByNumber(3)
    put_cursor(body, credit.position() + credit.length() - 1)
    QTest.keyClick(body, Qt.Key.Key_Return)
    assert len(body.body().blocks) == 4
    QTest.keyClick(body, Qt.Key.Key_Backspace)
    assert body.body() == before


def test_delete_on_the_picture_removes_it_whole_in_one_undo_step(body, media, tmp_path) -> None:
    with_picture(body, media, tmp_path)
    before = body.body()
    put_cursor(body, body.document().findBlockByNumber(1).position())
    QTest.keyClick(body, Qt.Key.Key_Delete)
    assert body.body() == Document((Block(text="فقرة أولى"), Block(text="فقرة ثانية")))
    assert [p for p, _ in parts(body)] == [None, None]
    body.undo()
    assert body.body() == before
    put_cursor(body, body.document().findBlockByNumber(1).position() + 1)
    QTest.keyClick(body, Qt.Key.Key_Backspace)
    assert images(body) == []


def test_a_picture_first_in_the_body_goes_leaving_the_next_paragraph_as_it_was(
    body, media, tmp_path
) -> None:
    src = media.add(photo(tmp_path / "a.jpg"))
    body.load(Document((Block(BlockKind.IMAGE, src=src, caption="c"), Block(BlockKind.QUOTE, "q"))))
    put_cursor(body, 0)
    QTest.keyClick(body, Qt.Key.Key_Delete)
    assert body.body() == Document((Block(BlockKind.QUOTE, "q"),))


def test_a_selection_reaching_into_a_picture_removes_the_whole_picture(
    body, media, tmp_path
) -> None:
    with_picture(body, media, tmp_path)
    select(body, 3, body.document().findBlockByNumber(2).position() + 2)
    QTest.keyClick(body, Qt.Key.Key_Backspace)
    assert body.body() == Document((Block(text="فقر"), Block(text="فقرة ثانية")))


def test_typing_on_the_thumbnail_goes_to_the_caption(body, media, tmp_path) -> None:
    with_picture(body, media, tmp_path)
    put_cursor(body, body.document().findBlockByNumber(1).position())
    type_text(body, "!")
    assert images(body)[0].caption == "الوزير في الرباط!"


def test_properties_change_caption_credit_and_alt_in_one_undo_step(body, media, tmp_path) -> None:
    with_picture(body, media, tmp_path)
    before = body.body()
    set_properties(body, body.document().findBlockByNumber(3), "Le ministre", "MAP", "Un homme")
    [picture] = images(body)
    assert (picture.caption, picture.credit, picture.alt) == ("Le ministre", "MAP", "Un homme")
    assert body.document().findBlockByNumber(2).blockFormat().layoutDirection() == LTR
    body.undo()
    assert body.body() == before


def test_a_dropped_picture_file_is_inserted_and_a_non_picture_refused(
    body, media, tmp_path
) -> None:
    body.load(Document((Block(text="نص"),)))
    fake = tmp_path / "fake.jpg"
    fake.write_text("not a picture")
    refusals: list[str] = []
    body.pasteRefused.connect(refusals.append)
    mime = QMimeData()
    mime.setUrls(
        [QUrl.fromLocalFile(str(photo(tmp_path / "d.jpg"))), QUrl.fromLocalFile(str(fake))]
    )
    assert body.canInsertFromMimeData(mime)
    body.insertFromMimeData(mime)
    assert len(images(body)) == 1
    assert refusals == ["fake.jpg is not a JPEG, PNG, GIF or WebP picture, or it is damaged."]
    assert not (media.root / "fa").exists() or len(list(media.root.rglob("*.*"))) == 1


def test_a_pasted_image_is_stored_as_png(body, media) -> None:
    body.load(Document((Block(text="نص"),)))
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("blue"))
    mime = QMimeData()
    mime.setImageData(image)
    body.insertFromMimeData(mime)
    [picture] = images(body)
    assert picture.src is not None and picture.src.endswith(".png")
    with Image.open(media.resolve(picture.src)) as stored:
        assert stored.format == "PNG" and stored.size == (64, 48)


def test_pictures_too_large_or_the_live_database_are_refused_in_one_message(
    body, media, tmp_path, monkeypatch
) -> None:
    body.load(Document((Block(text="نص"),)))
    monkeypatch.setattr(pictures_service, "MAX_PICTURE_BYTES", 1024 * 1024)
    big = tmp_path / "big.png"
    Image.frombytes("RGB", (800, 800), os.urandom(800 * 800 * 3)).save(big, "PNG")
    database = tmp_path / "live.jpg"
    database.write_bytes(b"SQLite format 3\0")
    livefiles.hold(database)
    refusals: list[str] = []
    body.pasteRefused.connect(refusals.append)
    try:
        assert body.insert_picture_files([big, database]) == []
    finally:
        livefiles.release(database)
    assert refusals == [
        "Not added: big.png is larger than 1 MB, the most one picture may take. "
        "live.jpg is the Newsdesk database in use, not a picture."
    ]
    assert images(body) == [] and not media.root.exists()


def test_insert_picture_from_the_menu_asks_for_a_file_and_puts_it_in_the_front_article(
    qtbot, window, media, tmp_path
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog

    from newsdesk.gui.actions import ActionName
    from newsdesk.gui.settings_keys import SettingsKey, setting

    folder = tmp_path / "photos"
    folder.mkdir()
    chosen = photo(folder / "menu.jpg")
    editor = window.new_article()
    action = window.named_actions[ActionName.INSERT_PICTURE]
    assert action.isEnabled() and action in window.menuBar().actions()[3].menu().actions()
    started: list[str] = []

    def choose(pick: bool) -> None:
        dialog = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QFileDialog) and w.isVisible()
            ),
            None,
        )
        if dialog is None:
            QTimer.singleShot(50, lambda: choose(pick))
            return
        started.append(dialog.directory().absolutePath())
        if not pick:
            dialog.reject()
            return
        dialog.setDirectory(str(folder))
        dialog.selectFile(str(chosen))
        dialog.accept()

    QTimer.singleShot(0, lambda: choose(True))
    action.trigger()
    [picture] = images(editor.body)
    assert (
        picture.src is not None and media.resolve(picture.src).read_bytes() == chosen.read_bytes()
    )
    assert setting(SettingsKey.PICTURE_FOLDER) == str(folder)  # kept for the next start too
    QTimer.singleShot(0, lambda: choose(False))
    action.trigger()  # the next time, the dialog opens where the last picture came from
    assert started[1] == str(folder) != started[0]
    assert len(images(editor.body)) == 1


def test_the_properties_dialog_edits_the_picture_and_return_accepts(
    qtbot, body, media, tmp_path
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from newsdesk.gui.dialogs.picture_properties import PicturePropertiesDialog

    with_picture(body, media, tmp_path)

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PicturePropertiesDialog):
            QTimer.singleShot(20, fill)
            return
        assert dialog.caption.text() == "الوزير في الرباط"
        assert dialog.caption.layoutDirection() == RTL and dialog.credit.layoutDirection() == LTR
        dialog.alt.setText("Le ministre à Rabat")
        dialog.alt.setFocus()
        QTimer.singleShot(1000, dialog.reject)  # fails the test rather than hang it
        QTest.keyClick(dialog.alt, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill)
    assert body.edit_picture(body.document().findBlockByNumber(1))
    assert images(body)[0].alt == "Le ministre à Rabat"


def test_a_picture_cut_and_pasted_moves_whole_with_its_caption_credit_and_alt(
    body, media, tmp_path
) -> None:
    from PySide6.QtGui import QKeySequence

    src = media.add(photo(tmp_path / "a.jpg"))
    picture = Block(BlockKind.IMAGE, src=src, caption="تعليق", credit="Photo AFP", alt="Un homme")
    body.load(Document((Block(text="أول"), picture, Block(BlockKind.QUOTE, "«اقتباس»"))))
    select(body, body.document().findBlockByNumber(1).position(), end_of(body, 3))
    QTest.keySequence(body, QKeySequence.StandardKey.Cut)
    assert body.body() == Document((Block(text="أول"), Block(BlockKind.QUOTE, "«اقتباس»")))
    body.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keySequence(body, QKeySequence.StandardKey.Paste)
    # At the end of the body, an empty paragraph follows the picture to write on.
    assert body.body() == Document(
        (Block(text="أول"), Block(BlockKind.QUOTE, "«اقتباس»"), picture, Block())
    )
    body.undo()
    assert body.body() == Document((Block(text="أول"), Block(BlockKind.QUOTE, "«اقتباس»")))
    # Pasted again at the start of the body: before the first paragraph, which keeps its text.
    body.moveCursor(QTextCursor.MoveOperation.Start)
    body.paste()
    assert body.body() == Document((picture, Block(text="أول"), Block(BlockKind.QUOTE, "«اقتباس»")))


def test_a_copy_reaching_into_a_picture_carries_the_whole_picture_and_the_selected_text(
    body, media, tmp_path
) -> None:
    from PySide6.QtWidgets import QApplication

    from newsdesk.gui.editor.picture_clipboard import pasted_blocks

    src = with_picture(body, media, tmp_path)
    select(body, 5, body.document().findBlockByNumber(2).position() + 3)  # from inside "فقرة أولى"
    body.copy()
    copied = pasted_blocks(QApplication.clipboard().mimeData())
    assert copied == Document(
        (
            Block(text="أولى"),
            Block(BlockKind.IMAGE, src=src, caption="الوزير في الرباط", credit="Photo AFP"),
        )
    )
    assert body.body().blocks[0].text == "فقرة أولى"  # a copy takes nothing away


def test_a_read_only_body_keeps_its_pictures_and_captions_keep_their_kind(
    body, media, tmp_path
) -> None:
    with_picture(body, media, tmp_path)
    before = body.body()
    put_cursor(body, body.document().findBlockByNumber(2).position())
    body.set_block_kind(BlockKind.HEADING)  # a caption cannot be made a heading
    assert body.body() == before
    body.setReadOnly(True)
    put_cursor(body, body.document().findBlockByNumber(1).position())
    QTest.keyClick(body, Qt.Key.Key_Delete)
    assert body.body() == before


def test_picture_files_dropped_on_the_body_go_in_and_are_not_imported(
    window, media, tmp_path
) -> None:
    from gui.dragging import drop_files

    editor = window.new_article()
    editor.body.setFocus()
    entered, dropped = drop_files(editor.body.viewport(), [photo(tmp_path / "drop.jpg")])
    assert entered and dropped
    [picture] = images(editor.body)
    assert picture.src is not None and media.resolve(picture.src).is_file()
    assert window.import_run is None  # nothing was handed to the import


def grey_pixels(body: BodyEdit, number: int) -> int:
    """How many grey pixels paragraph `number` shows (a hint's letters)."""
    block = body.document().findBlockByNumber(number)
    rect = body.document().documentLayout().blockBoundingRect(block).toRect()
    shot = body.viewport().grab(rect).toImage()
    return sum(
        1
        for x in range(shot.width())
        for y in range(shot.height())
        if 120 < shot.pixelColor(x, y).red() < 200
        and shot.pixelColor(x, y).red() == shot.pixelColor(x, y).blue()
    )


def test_empty_caption_and_credit_lines_show_a_grey_hint_until_written(
    body, media, tmp_path
) -> None:
    src = media.add(photo(tmp_path / "a.jpg"))
    body.load(Document((Block(BlockKind.IMAGE, src=src), Block(text="نص"))))

    def grey_in(number: int) -> int:
        return grey_pixels(body, number)

    hinted = grey_in(1)
    assert hinted > 40 and grey_in(2) > 40
    put_cursor(body, body.document().findBlockByNumber(1).position())
    type_text(body, "W")
    assert grey_in(1) < hinted / 2 and grey_in(2) > 40  # only the letter's own edges


def test_pasted_html_images_leave_no_stray_object_characters(body) -> None:
    body.load(Document((Block(text="نص"),)))
    body.moveCursor(QTextCursor.MoveOperation.End)
    mime = QMimeData()
    mime.setHtml('<p>Avant <img src="https://example.com/a.jpg"> après</p><p><img src="b.png"></p>')
    body.insertFromMimeData(mime)
    text = "".join(b.text for b in body.body().blocks)
    assert "Avant" in text and "après" in text and "\ufffc" not in text


def test_pressing_inside_a_selection_holding_a_picture_starts_no_drag(
    body, media, tmp_path
) -> None:
    with_picture(body, media, tmp_path)
    select(body, 0, end_of(body, 4))
    caption = body.document().findBlockByNumber(2)
    inside = body.cursorRect(QTextCursor(caption)).center()
    QTest.mousePress(
        body.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, inside
    )
    assert not body.textCursor().hasSelection()
    QTest.mouseRelease(
        body.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, inside
    )


def test_words_of_a_caption_are_edited_cut_and_copied_as_any_words(body, media, tmp_path) -> None:
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QApplication

    from newsdesk.gui.editor.picture_clipboard import pasted_blocks

    src = with_picture(body, media, tmp_path)
    caption = body.document().findBlockByNumber(2).position()
    select(body, caption, caption + 6)  # "الوزير"
    body.copy()
    assert pasted_blocks(QApplication.clipboard().mimeData()) is None
    assert QApplication.clipboard().text() == "الوزير"
    type_text(body, "السفير")
    assert images(body)[0].caption == "السفير في الرباط"
    credit = body.document().findBlockByNumber(3).position()
    select(body, credit, credit + 6)  # "Photo "
    QTest.keySequence(body, QKeySequence.StandardKey.Cut)
    select(body, caption, caption + 6)
    QTest.keyClick(body, Qt.Key.Key_Delete)
    [picture] = images(body)
    assert (picture.src, picture.caption, picture.credit) == (src, " في الرباط", "AFP")


def test_the_context_menu_over_a_picture_offers_its_properties_and_removal(
    body, media, tmp_path
) -> None:
    from PySide6.QtWidgets import QMenu

    with_picture(body, media, tmp_path)
    menu = QMenu(body)
    menu.addAction("Copy")
    body.add_picture_actions(menu, QTextCursor(body.document().findBlockByNumber(3)))
    texts = [a.text() for a in menu.actions()]
    assert texts[:2] == ["Picture properties…", "Remove picture"] and texts[-1] == "Copy"
    menu.actions()[1].trigger()
    assert images(body) == [] and len(body.body().blocks) == 2
    plain = QMenu(body)
    body.add_picture_actions(plain, QTextCursor(body.document().findBlockByNumber(0)))
    assert plain.actions() == []


def test_a_picture_put_into_text_already_drawn_gets_its_hints(body, media, tmp_path) -> None:
    body.load(Document((Block(text="نص"), Block(text="نص آخر"))))
    body.viewport().grab()  # drawn once while the text held no caption line
    put_cursor(body, 0)
    src = media.add(photo(tmp_path / "a.jpg"))
    body.insert_picture_files([media.resolve(src)])
    captions = [n for n, (part, _) in enumerate(parts(body)) if part == CAPTION]
    assert captions and grey_pixels(body, captions[0]) > 40
