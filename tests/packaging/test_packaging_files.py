"""The desktop integration files: real validators, and one set of ids and one version in all."""

from __future__ import annotations

import configparser
import os
import plistlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from newsdesk import __version__
from newsdesk.appinfo import APP_ID, BUNDLE_MIME_TYPE, BUNDLE_SUFFIX, ICON_SIZES
from packtools import LINUX, PACKAGING, ROOT

DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
PLIST = PACKAGING / "macos" / "Info.plist"
INNO = PACKAGING / "windows" / "newsdesk.iss"
SPEC = PACKAGING / "pyinstaller" / "newsdesk.spec"
BUNDLE_UTI = "app.newsdesk.bundle"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _entry_points() -> dict[str, str]:
    text = (ROOT / "pyproject.toml").read_text("utf-8")
    return dict(re.findall(r'^(newsdesk(?:-gui)?) = "([^"]+)"$', text, re.MULTILINE))


def test_the_desktop_file_is_valid(need_tool) -> None:
    validate = need_tool("desktop-file-validate")
    result = subprocess.run([validate, str(DESKTOP)], capture_output=True, text=True)
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_the_metainfo_is_valid(need_tool) -> None:
    appstreamcli = need_tool("appstreamcli")
    result = subprocess.run(
        [appstreamcli, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower() and "warning" not in result.stdout.lower()


def test_the_mime_database_maps_bundles_to_their_type(need_tool, tmp_path: Path) -> None:
    update = need_tool("update-mime-database")
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME, packages)
    # With the folder on the search path, anything on stderr is about our file.
    env = {**os.environ, "XDG_DATA_DIRS": str(tmp_path)}
    result = subprocess.run(
        [update, str(tmp_path / "mime")], capture_output=True, text=True, env=env
    )
    assert result.returncode == 0 and not result.stderr, result.stderr
    globs = (tmp_path / "mime" / "globs2").read_text("utf-8").splitlines()
    assert any(line.endswith(f":{BUNDLE_MIME_TYPE}:*{BUNDLE_SUFFIX}") for line in globs)
    assert (tmp_path / "mime" / "application" / "vnd.newsdesk.bundle+zip.xml").is_file()


def test_the_linux_files_agree_on_ids_type_and_programs() -> None:
    entry = _desktop_entry()
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] == "newsdesk-gui %F" and entry["TryExec"] == "newsdesk-gui"
    assert BUNDLE_MIME_TYPE in entry["MimeType"].split(";")
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert component.findtext("icon[@type='stock']") == APP_ID
    provides = component.find("provides")
    assert provides is not None
    assert [m.text for m in provides.findall("mediatype")] == [BUNDLE_MIME_TYPE]
    assert {b.text for b in provides.findall("binary")} == set(_entry_points())
    mime = ET.parse(MIME).getroot().find(f"{MIME_NS}mime-type")
    assert mime is not None and mime.get("type") == BUNDLE_MIME_TYPE
    assert [g.get("pattern") for g in mime.findall(f"{MIME_NS}glob")] == [f"*{BUNDLE_SUFFIX}"]


def test_the_metainfo_names_this_version_first_with_notes_and_real_screenshots() -> None:
    component = ET.parse(METAINFO).getroot()
    releases = component.findall("releases/release")
    assert releases and releases[0].get("version") == __version__
    assert releases[0].find("description") is not None
    images = [image.text or "" for image in component.iter("image")]
    assert images and all(url.startswith("https://newsdesk.app/screenshots/") for url in images)
    # Each published screenshot is one the project keeps in docs/.
    for url in images:
        assert (ROOT / "docs" / url.rsplit("/", 1)[1]).is_file(), url


def test_the_mac_bundle_declares_the_id_version_and_bundle_type() -> None:
    with PLIST.open("rb") as handle:
        info = plistlib.load(handle)
    assert info["CFBundleIdentifier"] == APP_ID
    assert info["CFBundleShortVersionString"] == info["CFBundleVersion"] == __version__
    assert info["CFBundleExecutable"] == "newsdesk-gui"
    (document,) = info["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == [BUNDLE_UTI]
    (declared,) = info["UTExportedTypeDeclarations"]
    assert declared["UTTypeIdentifier"] == BUNDLE_UTI
    assert "public.zip-archive" in declared["UTTypeConformsTo"]
    tags = declared["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == [BUNDLE_SUFFIX.lstrip(".")]
    assert tags["public.mime-type"] == [BUNDLE_MIME_TYPE]


def test_the_windows_installer_uses_the_same_ids_and_takes_the_version_from_a_define() -> None:
    text = INNO.read_text("utf-8")
    defines = dict(re.findall(r'^#define (\w+) "([^"]*)"$', text, re.MULTILINE))
    assert defines["AppId"] == APP_ID
    assert defines["BundleSuffix"] == BUNDLE_SUFFIX
    assert defines["BundleMimeType"] == BUNDLE_MIME_TYPE
    assert defines["BundleProgId"].startswith(APP_ID)
    # No version is written into the script: the build passes /DAppVersion=<__version__>.
    assert "AppVersion" not in defines and "#ifndef AppVersion" in text
    assert re.search(r"^AppVersion=\{#AppVersion\}$", text, re.MULTILINE)
    assert '""{app}\\{#GuiExe}"" ""%1""' in text  # the bundle opens with the import
    assert "[Icons]" in text and "{uninstallexe}" in text


def test_the_pyinstaller_build_reads_ids_and_version_from_the_package() -> None:
    text = SPEC.read_text("utf-8")
    assert "from newsdesk.appinfo import APP_ID" in text and "newsdesk.__version__" in text
    assert str(PLIST.relative_to(ROOT)).replace("/", '" / "') in text
    assert not re.search(r"\d+\.\d+\.\d+", text)


def test_the_icon_script_makes_every_size_the_package_expects(tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    script = LINUX / "make_icons.py"
    subprocess.run([sys.executable, str(script), str(tmp_path)], check=True, timeout=120)
    for size in ICON_SIZES:
        image = QImage(str(tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel() and image.pixelColor(0, 0).alpha() == 0  # clear corner
    scalable = tmp_path / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ROOT / "resources" / "icons" / "newsdesk.svg").read_bytes()


def test_the_icon_script_refuses_a_broken_master_and_writes_nothing(tmp_path: Path) -> None:
    broken = tmp_path / "broken.svg"
    broken.write_text("<svg", encoding="utf-8")
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, str(LINUX / "make_icons.py"), str(out), "--svg", str(broken)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0 and "not a valid SVG" in result.stderr
    assert not out.exists()


@pytest.mark.parametrize("path", [DESKTOP, METAINFO, MIME, PLIST, INNO, SPEC])
def test_every_packaging_file_spells_the_id_one_way(path: Path) -> None:
    text = path.read_text("utf-8")
    spellings = set(re.findall(r"app\.newsdesk\.newsdesk", text, re.IGNORECASE))
    assert spellings <= {APP_ID}
