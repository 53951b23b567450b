"""Every file in tests/data is accounted for in its README, with the blob id of its source."""

from __future__ import annotations

import re

from datafiles import DATA, NEWSML_XSD, RSS_CASES, SEED, git_blob_id

# A README table row: | `path relative to its section` | `blob id prefix` | ...
_ROW = re.compile(r"^\| `([^`]+)` \| `([0-9a-f]{12})` \|", re.MULTILINE)
_SECTION = re.compile(r"^## `([^`]+)/`$", re.MULTILINE)


def _listed() -> dict[str, str]:
    """The files the README lists, by path under tests/data, with their blob id prefixes."""
    text = (DATA / "README.md").read_text(encoding="utf-8")
    listed: dict[str, str] = {}
    sections = list(_SECTION.finditer(text))
    for section, after in zip(sections, [*sections[1:], None], strict=True):
        body = text[section.end() : after.start() if after else len(text)]
        for path, blob in _ROW.findall(body):
            listed[f"{section.group(1)}/{path}"] = blob
    return listed


def test_the_readme_lists_every_data_file_as_it_is() -> None:
    present = {
        path.relative_to(DATA).as_posix(): git_blob_id(path.read_bytes())[:12]
        for path in DATA.rglob("*")
        if path.is_file() and path.name != "README.md"
    }
    assert present == _listed()


def test_the_files_the_tests_name_are_there() -> None:
    assert SEED.is_file() and NEWSML_XSD.is_file() and (NEWSML_XSD.parent / "xml.xsd").is_file()
    assert len(list(RSS_CASES.rglob("*.xml"))) == 11
