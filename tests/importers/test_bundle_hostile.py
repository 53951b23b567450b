"""Hostile bundles: each is refused with one clear reason, the database and the disk untouched."""

from __future__ import annotations

import hashlib
import json
import struct
import zipfile
from pathlib import Path

import pytest

from dbcontents import contents
from importers.bundlesupport import YASMINE, listing, make_reporter, rebuild, send
from newsdesk.importers.bundle import BundleLimits, read_bundle
from newsdesk.services.importing import CREATED, REFUSED, ImportService
from support import KARIM

BOMB = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE newsItem [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
]>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/">&d;&d;&d;&d;&d;&d;&d;&d;</newsItem>
"""
EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE newsItem [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/">&secret;</newsItem>
"""


@pytest.fixture(scope="module")
def good_bundle(tmp_path_factory) -> Path:
    """One real submission bundle, written once for the module."""
    folder = tmp_path_factory.mktemp("reporter")
    reporter = make_reporter(folder / "reporter.db")
    try:
        return send(reporter.db, YASMINE, folder / "submission.zip")
    finally:
        reporter.db.close()


@pytest.fixture
def inbox(tmp_path) -> Path:
    """The folder hostile bundles are written to (and which must not change)."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


def refused(db, path: Path, message: str, limits: BundleLimits | None = None) -> str:
    """Import `path` as a chief; assert one clear refusal and that nothing changed anywhere."""
    before, files, data = contents(db), listing(path.parent), path.read_bytes()
    service = ImportService(db, KARIM)
    if limits is not None:
        service.bundle_limits = limits
    outcome = service.import_file(path)
    assert outcome.status == REFUSED, outcome.reason
    assert message in outcome.reason
    assert "\n" not in outcome.reason and path.name in outcome.reason
    assert contents(db) == before
    assert listing(path.parent) == files and path.read_bytes() == data
    return outcome.reason


def zip_with(path: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bundle:
        for name, data in entries:
            bundle.writestr(name, data)
    return path


def with_entry(good: Path, out: Path, entry: zipfile.ZipInfo | str, data: bytes) -> Path:
    """The good bundle with one more entry (manifest untouched)."""
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in source.infolist():
            copy.writestr(info, source.read(info))
        copy.writestr(entry, data)
    return out


def test_the_good_bundle_imports(db, good_bundle):
    assert ImportService(db, KARIM).import_file(good_bundle).status == CREATED


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("../evil.txt", "'..' component"),
        ("articles/../../evil.txt", "'..' component"),
        ("/etc/cron.d/evil", "absolute path"),
        ("articles\\..\\evil.txt", "backslash"),
        ("C:/Windows/evil.txt", "drive letter"),
    ],
)
def test_unsafe_entry_names(db, good_bundle, inbox, name, message):
    bundle = with_entry(good_bundle, inbox / "bad.zip", zipfile.ZipInfo(name), b"x")
    refused(db, bundle, message)


def test_symlink_entry(db, good_bundle, inbox):
    link = zipfile.ZipInfo("articles/passwd")
    link.create_system = 3
    link.external_attr = (0o120777 << 16) | 0x20
    bundle = with_entry(good_bundle, inbox / "link.zip", link, b"/etc/passwd")
    refused(db, bundle, "symbolic link")


def test_duplicate_entry(db, good_bundle, inbox):
    with zipfile.ZipFile(good_bundle) as source:
        first = source.namelist()[0]
        data = source.read(first)
    with pytest.warns(UserWarning, match="Duplicate name"):
        bundle = with_entry(good_bundle, inbox / "twice.zip", first, data)
    refused(db, bundle, "twice")


def test_bomb_by_ratio(db, good_bundle, inbox):
    bundle = with_entry(good_bundle, inbox / "bomb.zip", "articles/zeros.txt", bytes(8 << 20))
    refused(db, bundle, "compressed more than 100:1")


def test_bomb_by_declared_size(db, good_bundle, inbox):
    # Limits lowered so the test stays small; the same checks run with the defaults.
    limits = BundleLimits(max_entry_bytes=64 * 1024)
    bundle = with_entry(
        good_bundle, inbox / "big.zip", "articles/big.txt", bytes(range(256)) * 1024
    )
    refused(db, bundle, "would unpack to", limits)


def test_bomb_by_total_size(db, good_bundle, inbox):
    bundle = inbox / "total.zip"
    bundle.write_bytes(good_bundle.read_bytes())
    refused(db, bundle, "would unpack to more than", BundleLimits(max_total_bytes=8 * 1024))


def test_bomb_by_entry_count(db, good_bundle, inbox):
    bundle = inbox / "many.zip"
    zip_with(bundle, [(f"articles/{n}.txt", b"x") for n in range(60)])
    refused(db, bundle, "a bundle may hold at most 50", BundleLimits(max_entries=50))


def test_entry_that_holds_more_than_it_declares(db, good_bundle, inbox):
    # The manifest and both zip headers say 10 bytes; the compressed stream holds 108,000.
    data = "خبر عاجل ".encode() * 6000
    path = inbox / "forged.zip"
    with zipfile.ZipFile(good_bundle) as source:
        files = {name: source.read(name) for name in source.namelist()}
    manifest = json.loads(files.pop("manifest.json"))
    files["articles/forged.txt"] = data
    manifest["files"].append(
        {"path": "articles/forged.txt", "size": 10, "sha256": hashlib.sha256(data[:10]).hexdigest()}
    )
    files["manifest.json"] = json.dumps(manifest).encode()
    zip_with(path, sorted(files.items()))
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as bundle:
        info = bundle.getinfo("articles/forged.txt")
    struct.pack_into("<I", raw, info.header_offset + 22, 10)  # local header: uncompressed size
    central = raw.rfind(b"PK\x01\x02" + bytes(raw[info.header_offset + 4 : info.header_offset + 6]))
    while raw[central + 46 : central + 46 + len(b"articles/forged.txt")] != b"articles/forged.txt":
        central = raw.rfind(b"PK\x01\x02", 0, central)
    struct.pack_into("<I", raw, central + 24, 10)  # central directory: uncompressed size
    path.write_bytes(bytes(raw))
    refused(db, path, "damaged at articles/forged.txt")


def test_lying_checksum(db, good_bundle, inbox):
    def tamper(files, manifest):
        name = next(n for n in files if n.endswith("article.txt"))
        data = files[name]
        files[name] = data[:-1] + bytes([data[-1] ^ 0x20])  # same size, one byte changed

    bundle = rebuild(good_bundle, inbox / "lie.zip", tamper, fix_manifest=False)
    refused(db, bundle, "does not match its checksum in the manifest")


def test_unlisted_file(db, good_bundle, inbox):
    bundle = with_entry(good_bundle, inbox / "extra.zip", "articles/extra.html", b"<p>hi</p>")
    refused(db, bundle, "articles/extra.html is in the bundle but not in its manifest")


def test_listed_file_missing(db, good_bundle, inbox):
    def drop(files, manifest):
        del files[next(n for n in files if n.endswith("index.html"))]

    bundle = rebuild(good_bundle, inbox / "missing.zip", drop, fix_manifest=False)
    refused(db, bundle, "which is not there")


@pytest.mark.parametrize(("xml", "label"), [(BOMB, "bomb"), (EXTERNAL, "external")])
def test_entities_in_newsml(db, good_bundle, inbox, xml, label):
    def poison(files, manifest):
        files[next(n for n in files if n.endswith(".newsml.xml"))] = xml

    # Checksums are made to match, so only the XML check stands between the bomb and the desk.
    bundle = rebuild(good_bundle, inbox / f"{label}.zip", poison)
    refused(db, bundle, "declares a DTD")


def test_truncated(db, good_bundle, inbox):
    data = good_bundle.read_bytes()
    bundle = inbox / "cut.zip"
    bundle.write_bytes(data[: len(data) // 2])
    refused(db, bundle, "truncated or damaged")


def test_truncated_inside_an_entry(db, good_bundle, inbox):
    raw = bytearray(good_bundle.read_bytes())
    with zipfile.ZipFile(good_bundle) as bundle:
        info = bundle.infolist()[2]
    start = info.header_offset + 30 + len(info.filename.encode()) + 5
    raw[start : start + 40] = bytes(40)  # the compressed bytes are damaged, the directory intact
    bundle_path = inbox / "damaged.zip"
    bundle_path.write_bytes(bytes(raw))
    refused(db, bundle_path, "truncated or damaged")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"PK\x05\x06" + bytes(18), "empty zip"),
        ("ليس ملف zip".encode(), "not a zip bundle"),
        (b"%PDF-1.7\n" + bytes(200), "not a zip bundle"),
    ],
)
def test_empty_and_not_a_zip(db, inbox, data, message):
    bundle = inbox / "odd.zip"
    bundle.write_bytes(data)
    refused(db, bundle, message)


def test_no_manifest_and_broken_manifest(db, inbox):
    refused(db, zip_with(inbox / "bare.zip", [("articles/a.txt", b"x")]), "has no manifest.json")
    refused(db, zip_with(inbox / "junk.zip", [("manifest.json", b"{not json")]), "not valid JSON")


def test_manifest_paths_are_checked_too(db, good_bundle, inbox):
    def escape(files, manifest):
        manifest["files"].append({"path": "../x", "size": 1, "sha256": "0" * 64})

    bundle = rebuild(good_bundle, inbox / "listed.zip", escape, fix_manifest=False)
    refused(db, bundle, "lists a bad path")


def test_reader_names_the_limits_it_enforces(good_bundle):
    files = read_bundle(good_bundle)
    assert files.kind == "submission" and files.manifest["bundle"]["id"] == files.bundle_id
    assert all(json.loads(files.files[p]) for p in files.files if p.endswith("newsdesk.json"))
