"""Typing beside pictures: the 20,000-word article of `bench_gui.py` with ten 12-megapixel photos.

The same article is opened twice in the main window, once plain and once with ten 4000×3000
JPEG pictures spread through it (stored in a media folder of the run's own), and keys are typed
into the paragraph just under the middle picture, the thumbnail in view: key press to processed
repaint, as in `bench_gui.py`. The plain article is the baseline. Also printed: the open of the
article with pictures with no thumbnail made yet, and opened again (thumbnails kept); the
scroll to the middle picture never seen before, how long until its thumbnail (read on the worker
thread) is shown, and typing at once after the scroll, while it is read.
Prints JSON. Run: .venv/bin/python benchmarks/bench_gui_pictures.py [--pictures N] [--keys N]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_gui import arabic_article, type_keys  # noqa: E402
from timing import summary  # noqa: E402


def make_photos(folder: Path, count: int) -> list[Path]:
    """`count` different 12-megapixel JPEG photographs (noise under a tint: no cheap decoding)."""
    from PIL import Image

    noise = Image.effect_noise((4000, 3000), 60)
    photos = []
    for index in range(count):
        tint = Image.new("L", noise.size, 40 + 20 * index)
        path = folder / f"photo{index}.jpg"
        Image.merge("RGB", (noise, tint, noise.point(lambda v: 255 - v))).save(path, quality=88)
        photos.append(path)
    return photos


def measure(words: int, pictures: int, keys: int, folder: Path) -> dict[str, object]:
    """Typing p95 beside pictures against the same article without them."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["NEWSDESK_MEDIA_DIR"] = str(folder / "media")
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication

    from newsdesk.domain.article import ArticleContent
    from newsdesk.domain.document import Block, BlockKind, Document
    from newsdesk.domain.people import Person, Role
    from newsdesk.gui import thumbnails
    from newsdesk.gui.editor.picture_blocks import PICTURE, part_of
    from newsdesk.gui.mainwindow import MainWindow
    from newsdesk.gui.picture_loader import picture_loader
    from newsdesk.gui.thumbnails import forget_all
    from newsdesk.services.articles import ArticleService
    from newsdesk.services.recovery import RecoveryStore
    from newsdesk.services.users import ensure_first_admin
    from newsdesk.settings import Settings
    from newsdesk.storage.media import MediaStore
    from newsdesk.storage.opening import open_database

    app = QApplication.instance() or QApplication([])
    QCoreApplication.setOrganizationName("NewsdeskBenchmark")
    QCoreApplication.setApplicationName("NewsdeskBenchmark")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "qt"))
    plain = Document.from_plain_text(arabic_article(words))
    store = MediaStore.default()
    srcs = [store.add(p) for p in make_photos(folder, pictures)]
    blocks = list(plain.blocks)
    step = max(1, len(blocks) // (pictures + 1))
    for index, src in reversed(list(enumerate(srcs, start=1))):
        picture = Block(
            BlockKind.IMAGE, src=src, caption=f"صورة رقم {index} من الرباط", credit="Photo MAP"
        )
        blocks.insert(index * step, picture)
    with_pictures = Document(tuple(blocks))
    db = open_database(str(folder / "pictures.db"))
    ensure_first_admin(db, "admin")
    person = Person("admin", Role.ADMIN)
    service = ArticleService(db, person)
    articles = {
        "plain": service.create(ArticleContent(headline="مقال طويل", body=plain)),
        "pictures": service.create(ArticleContent(headline="مقال بالصور", body=with_pictures)),
    }
    window = MainWindow(db, person, Settings(), RecoveryStore(folder / "recovery"))
    window.resize(1366, 768)
    window.show()
    app.processEvents()

    def settle(seconds: float = 1.0) -> None:
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.005)

    def open_and_paint(which: str):
        start = time.perf_counter()
        editor = window.open_article(articles[which].id)
        app.processEvents()
        editor.body.viewport().repaint()
        return editor, (time.perf_counter() - start) * 1000

    def typing(which: str, at_once: bool = False) -> list[float]:
        editor, _ = open_and_paint(which)
        body = editor.body
        settle()
        while body.highlighter.checking:
            settle(0.1)
        document = body.document()
        middle = document.findBlockByNumber(document.blockCount() // 2)
        if which == "pictures":  # the paragraph under the picture nearest the middle
            while middle.isValid() and part_of(middle) != PICTURE:
                middle = middle.next()
            middle = middle.next().next().next()
        cursor = QTextCursor(middle)
        cursor.setPosition(middle.position() + 10)
        body.setFocus()
        forget_all()
        start = time.perf_counter()
        arrived: list[float] = []

        def hook(*_: object) -> None:
            arrived.append((time.perf_counter() - start) * 1000)

        picture_loader().loaded.connect(hook)
        body.setTextCursor(cursor)
        body.ensureCursorVisible()
        body.viewport().repaint()
        viewed.append((time.perf_counter() - start) * 1000)
        if which == "pictures" and at_once:
            reading.extend(type_keys(body, keys))  # the picture being read on the worker
        if which == "pictures":
            deadline = time.perf_counter() + 10
            while not arrived and time.perf_counter() < deadline:
                app.processEvents()  # as between keys
                time.sleep(0.002)
            if not at_once:
                shown.append(arrived[0] if arrived else -1.0)
            while picture_loader().busy() and time.perf_counter() < deadline:
                app.processEvents()
                time.sleep(0.002)
            settle(0.2)
        latencies = type_keys(body, keys)
        picture_loader().loaded.disconnect(hook)
        in_body = sum(1 for b in body.body().blocks if b.kind == BlockKind.IMAGE and b.src in srcs)
        assert which == "plain" or (in_body == pictures and thumbnails.kept() > 0)
        editor.discard_changes()
        window.close_tab(window.tabs.indexOf(editor))
        settle(0.3)
        return latencies

    forget_all()
    editor, first_open = open_and_paint("pictures")
    editor.discard_changes()
    window.close_tab(window.tabs.indexOf(editor))
    settle()
    editor, again_open = open_and_paint("pictures")
    editor.discard_changes()
    window.close_tab(window.tabs.indexOf(editor))
    settle()
    plain_keys, picture_keys, viewed, shown, reading = [], [], [], [], []
    for round_ in range(4):  # alternated, so a busy moment of the machine hits both alike
        plain_keys += typing("plain")
        picture_keys += typing("pictures", at_once=round_ % 2 == 1)
    window.close()
    db.close()
    p95 = summary(picture_keys)["p95_ms"]
    base95 = summary(plain_keys)["p95_ms"]
    return {
        "words": len(plain.plain_text().split()),
        "pictures": pictures,
        "open_with_pictures_first_ms": round(first_open, 1),
        "open_with_pictures_again_ms": round(again_open, 1),
        "scroll_to_a_picture_first_time_ms": [round(v, 1) for v in viewed[1::2]],
        "picture_shown_after_ms": [round(v, 1) for v in shown],
        "typing_plain": summary(plain_keys),
        "typing_beside_pictures": summary(picture_keys),
        "typing_while_the_picture_is_read": summary(reading),
        "p95_ratio": round(p95 / base95, 2),
    }


def main() -> None:
    """Run the benchmark and print JSON."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=20_000)
    parser.add_argument("--pictures", type=int, default=10)
    parser.add_argument("--keys", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps(measure(args.words, args.pictures, args.keys, Path(tmp)), indent=2))


if __name__ == "__main__":
    main()
