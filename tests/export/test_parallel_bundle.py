"""Bundles rendered and packed by worker processes: the same bytes whatever the workers' number."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from export.exportsamples import contract_article, french_article
from newsdesk.errors import InvalidInputError
from newsdesk.export.bundle_builder import build_bundle
from newsdesk.export.bundle_zip import BundleZip, Manifest, verify_bundle
from newsdesk.export.entry_bytes import Packed, pack, slim
from newsdesk.export.media import PictureCopy
from newsdesk.export.registry import exporters
from newsdesk.storage.media import MediaStore


def _articles(count: int = 12) -> list:
    return [
        replace(article, id=f"{n:08d}-{article.id[9:]}")
        for n in range(count)
        for article in (contract_article(), french_article())
    ]


def _bundle(out: Path, store: MediaStore, **options) -> bytes:
    for _ in build_bundle(out, _articles(), exporters(), media=store, **options):
        pass
    return out.read_bytes()


def test_any_number_of_workers_writes_the_serial_bytes(
    tmp_path: Path, media_store: MediaStore
) -> None:
    serial = _bundle(tmp_path / "serial.zip", media_store, parallel=False)
    for workers in (1, 2, 3):
        pooled = _bundle(tmp_path / f"w{workers}.zip", media_store, parallel=True, workers=workers)
        assert pooled == serial, f"{workers} worker(s) wrote other bytes than the serial export"
    assert _bundle(tmp_path / "again.zip", media_store, parallel=True) == serial
    manifest = verify_bundle(tmp_path / "again.zip")
    assert any(f["path"].endswith(".jpg") for f in manifest["files"])


@pytest.mark.parametrize(
    ("path", "data"),
    [
        ("articles/a/index.html", "<p>النص الكامل للمقال</p>".encode() * 300),
        ("articles/a/media/0123456789abcdef.jpg", bytes(range(256)) * 40),
        ("articles/a/empty.txt", b""),
    ],
)
def test_a_packed_entry_is_written_as_the_zip_module_writes_it(path: str, data: bytes) -> None:
    made: dict[str, bytes] = {}
    packed = pack(path, data)
    for name, given in (("plain", data), ("packed", packed), ("slim", slim(packed))):
        stream = io.BytesIO()
        writer = BundleZip(stream, Manifest(created=datetime(2024, 1, 1, tzinfo=UTC), formats=[]))
        writer.add(path, given, "text/plain")
        writer.add("articles/b/index.html", b"after", "text/html")
        writer.close()
        made[name] = stream.getvalue()
    assert made["packed"] == made["plain"]
    assert made["slim"] == made["plain"]
    with zipfile.ZipFile(io.BytesIO(made["packed"])) as bundle:
        assert bundle.testzip() is None
        assert bundle.read(path) == data


def test_packed_bytes_cross_processes_whole() -> None:
    import pickle

    packed = pack("articles/a/index.html", "نص".encode() * 100)
    back = pickle.loads(pickle.dumps(packed))
    assert isinstance(back, Packed)
    assert (bytes(back), back.sha256, back.crc, back.deflated) == (
        bytes(packed),
        packed.sha256,
        packed.crc,
        packed.deflated,
    )


def test_a_picture_is_read_again_by_the_writer_only_as_it_was_checksummed(tmp_path: Path) -> None:
    import hashlib

    picture = tmp_path / "photo.jpg"
    picture.write_bytes(b"\xff\xd8 first picture")
    data = picture.read_bytes()
    copy = PictureCopy(picture, len(data), hashlib.sha256(data).hexdigest())
    assert bytes(copy.read()) == data
    picture.write_bytes(b"\xff\xd8 other picture")  # the same size, other bytes
    with pytest.raises(InvalidInputError, match="changed during the export"):
        copy.read()
