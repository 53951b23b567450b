"""Adding pictures to the media folder: checked by content and size, the live database refused."""

from __future__ import annotations

import io
import os

from PIL import Image

from newsdesk import livefiles
from newsdesk.services import pictures
from newsdesk.services.pictures import Refusal, Refused, add_picture_data, add_picture_files
from newsdesk.storage.media import MediaStore


def jpeg(size: tuple[int, int] = (64, 48)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, "green").save(out, "JPEG")
    return out.getvalue()


def test_pictures_are_stored_by_checksum_and_the_rest_refused_with_reasons(
    tmp_path, monkeypatch
) -> None:
    store = MediaStore(tmp_path / "media")
    good = tmp_path / "good.jpg"
    good.write_bytes(jpeg())
    fake = tmp_path / "fake.png"
    fake.write_text("<html>not a picture</html>")
    big = tmp_path / "big.png"
    Image.frombytes("RGB", (700, 700), os.urandom(700 * 700 * 3)).save(big, "PNG")
    live = tmp_path / "desk.db"
    live.write_bytes(b"SQLite format 3\0")
    monkeypatch.setattr(pictures, "MAX_PICTURE_BYTES", 1024 * 1024)
    livefiles.hold(live)
    try:
        added = add_picture_files(store, [good, fake, big, live, tmp_path / "gone.jpg"])
    finally:
        livefiles.release(live)
    [src] = added.srcs
    assert store.resolve(src).read_bytes() == good.read_bytes()
    assert [(r.name, r.why) for r in added.refused] == [
        ("fake.png", Refusal.NOT_A_PICTURE),
        ("big.png", Refusal.TOO_LARGE),
        ("desk.db", Refusal.LIVE_DATABASE),
        ("gone.jpg", Refusal.UNREADABLE),
    ]
    assert added.refused[1].detail == "1"  # the limit, in MB
    assert sorted(p.name for p in store.root.rglob("*") if p.is_file()) == [src.split("/")[1]]


def test_pasted_bytes_are_checked_too(tmp_path) -> None:
    store = MediaStore(tmp_path / "media")
    assert add_picture_data(store, b"GIF89a but no picture", "pasted").refused == [
        Refused("pasted", Refusal.NOT_A_PICTURE)
    ]
    assert add_picture_data(store, jpeg(), "pasted").srcs[0].endswith(".jpg")


def test_a_media_folder_that_cannot_be_written_is_said_so(tmp_path) -> None:
    root = tmp_path / "media"
    root.write_text("a file where the folder should be")
    added = add_picture_data(MediaStore(root), jpeg(), "pasted")
    assert [r.why for r in added.refused] == [Refusal.UNWRITABLE] and not added.srcs


def test_a_submission_bundle_s_content_keeps_caption_credit_and_alt() -> None:
    from newsdesk.domain.article import ArticleContent
    from newsdesk.domain.document import Block, BlockKind, Document
    from newsdesk.importers.submission import read_content

    picture = Block(BlockKind.IMAGE, src="ab/cd.jpg", caption="تعليق", credit="MAP", alt="Un homme")
    content = ArticleContent(headline="عنوان", body=Document((picture,)))
    assert read_content(content.to_dict(), "article.json").body.blocks == (picture,)
