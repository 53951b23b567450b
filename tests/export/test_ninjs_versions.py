"""ninjs 2.2 on request: valid against IPTC's 2.2 schema, spelt as 2.x spells it."""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path

import pytest

from datafiles import git_blob_id
from export.exportsamples import contract_article, french_article
from newsdesk.cli.main import main
from newsdesk.domain.article import Status
from newsdesk.domain.workflow import Step
from newsdesk.errors import InvalidInputError
from newsdesk.export.base import ExportSettings
from newsdesk.export.ninjs import NinjsExporter
from newsdesk.export.ninjs_schema import GEOJSON_FILE, SCHEMA_FILES, ninjs_schema
from newsdesk.export.registry import exporters
from newsdesk.services.articles import ArticleService
from newsdesk.services.exporting import ExportRequest, ExportService
from samples import arabic_content, hostile_content, stored
from support import KARIM, SARA

NINJS_2 = NinjsExporter(ExportSettings(ninjs_version="2.2"))
# Git blob ids of IPTC's released files in github.com/iptc/newsinjson at commit 3ace397
# (`git ls-tree 3ace39707a725d6674279c3151e2f5323dc81074 specification/ validation/test_suite/`).
IPTC_BLOBS = {
    "ninjs-schema_3.1.json": "a40ffb643478836fd696db30de76a053456b511f",
    "ninjs-schema_2.2.json": "a059965ec43e12fba4070eac67b8a76a10590838",
    # validation/test_suite/GeoJSON-schema.json, IPTC's copy of geojson.org's schema
    "GeoJSON.json": "52b70289e449bce1518327b3b3d7216d660af9d5",
}


def _articles():
    embargoed = replace(stored(arabic_content(), status=Status.SPIKED), id="1c2d3e4f-5a6b")
    embargoed = replace(
        embargoed,
        content=replace(embargoed.content, embargo_at=datetime(2024, 3, 1, 8, tzinfo=UTC)),
    )
    hostile = replace(stored(hostile_content()), id="2d3e4f5a-6b7c")
    return [contract_article(), french_article(), embargoed, hostile]


def _keys(value) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in _keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in _keys(v)}
    return set()


def test_ninjs_2_2_files_are_valid_ninjs_2_2(ninjs22_validator) -> None:
    for article in _articles():
        data = json.loads(NINJS_2.render(article))
        assert ninjs22_validator(data) == [], article.id
        assert data["standard"] == {
            "name": "ninjs",
            "version": "2.2",
            "schema": "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json#",
        }


def test_ninjs_2_2_spells_names_in_lower_case() -> None:
    three = json.loads(NinjsExporter().render(contract_article()))
    two = json.loads(NINJS_2.render(contract_article()))
    assert two["versioncreated"] == three["versionCreated"] == "2024-02-28T11:30:00Z"
    assert two["pubstatus"] == three["pubStatus"] == "usable"
    assert two["bodies"][1]["contenttype"] == "application/xhtml+xml"
    assert not [k for k in _keys(two) if k != k.lower()]
    assert "rel" not in two["associations"][0]
    assert two["headlines"] == three["headlines"] and two["bodies"][1] == {
        "role": "richtext",
        "contenttype": "application/xhtml+xml",
        "value": three["bodies"][1]["value"],
    }
    embargoed = json.loads(NINJS_2.render(_articles()[2]))
    assert embargoed["embargoed"] == "2024-03-01T08:00:00Z"


def test_each_version_is_refused_by_the_other_schema(ninjs_validator, ninjs22_validator) -> None:
    three = json.loads(NinjsExporter().render(contract_article()))
    two = json.loads(NINJS_2.render(contract_article()))
    assert ninjs22_validator(three) and ninjs_validator(two)
    two["versioncreated"] = "yesterday"
    assert len(ninjs22_validator(two)) == 1


def test_an_unknown_version_is_refused() -> None:
    with pytest.raises(InvalidInputError, match=r"one of 3\.1, 2\.2"):
        exporters(["ninjs"], ExportSettings(ninjs_version="4.0"))
    with pytest.raises(InvalidInputError, match=r"one of 3\.1, 2\.2"):
        ninjs_schema("1.0")


def test_the_shipped_schemas_are_iptcs_byte_for_byte() -> None:
    shipped = files("newsdesk").joinpath("export", "schemas")
    names = [*SCHEMA_FILES.values(), GEOJSON_FILE]
    assert sorted(names) == sorted(IPTC_BLOBS)
    for name in names:
        assert git_blob_id(shipped.joinpath(name).read_bytes()) == IPTC_BLOBS[name], name


def test_service_and_cli_write_ninjs_2_2(
    db_url, db, newsroom_media, tmp_path: Path, capsys
) -> None:
    article = ArticleService(db, SARA).create(contract_article().content)
    ArticleService(db, SARA).take_step(article.id, Step.SUBMIT)
    ArticleService(db, KARIM).take_step(article.id, Step.APPROVE)
    name = f"articles/{article.id}/article.ninjs.json"

    out = tmp_path / "service.zip"
    ExportService(db, KARIM).export(ExportRequest(out=out, ninjs_version="2.2"))
    with zipfile.ZipFile(out) as bundle:
        assert json.loads(bundle.read(name))["standard"]["version"] == "2.2"

    out = tmp_path / "cli.zip"
    args = ["--db", db_url, "--as", "karim", "export", "--out", str(out), "--format", "ninjs"]
    assert main([*args, "--ninjs-version", "2.2"]) == 0
    with zipfile.ZipFile(out) as bundle:
        data = json.loads(bundle.read(name))
    assert data["standard"]["version"] == "2.2" and "versioncreated" in data
    capsys.readouterr()
    assert main([*args, "--format", "html", "--ninjs-version", "3.0"]) == 7
    assert "ninjs version must be one of 3.1, 2.2, not '3.0'" in capsys.readouterr().err
