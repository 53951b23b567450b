"""Fixtures of the export tests: the contract articles and the real validators, offline."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from typing import Any

import pytest

from export.exportsamples import (
    GEOJSON_SCHEMA,
    NEWSML_XSD,
    NINJS_SCHEMA,
    contract_article,
    french_article,
    missing,
)
from newsdesk.domain.article import Article


@pytest.fixture
def contract() -> Article:
    """The Arabic contract article."""
    return contract_article()


@pytest.fixture
def french() -> Article:
    """The French contract article."""
    return french_article()


@pytest.fixture
def need_tool() -> Callable[..., str]:
    """Find a program on PATH; skip without it, or fail when NEWSDESK_REQUIRE_TOOLS is set."""

    def find(*names: str) -> str:
        for name in names:
            path = shutil.which(name)
            if path:
                return path
        missing(" or ".join(names))
        raise AssertionError("unreachable")

    return find


@pytest.fixture(scope="session")
def ninjs_validator() -> Callable[[dict[str, Any]], list[str]]:
    """Validate against IPTC ninjs 3.1 with format checking and an offline registry."""
    if not NINJS_SCHEMA.is_file():
        missing(f"the ninjs schema ({NINJS_SCHEMA})")
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource

    schema = json.loads(NINJS_SCHEMA.read_text(encoding="utf-8"))
    geojson = json.loads(GEOJSON_SCHEMA.read_text(encoding="utf-8"))
    # Nothing may be fetched: the GeoJSON schema the ninjs schema refers to is registered here.
    registry = Registry().with_resources(
        [
            ("https://geojson.org/schema/GeoJSON.json", Resource.from_contents(geojson)),
            (schema["$id"].rstrip("#"), Resource.from_contents(schema)),
        ]
    )
    validator = Draft202012Validator(
        schema, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
    )

    def validate(data: dict[str, Any]) -> list[str]:
        return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]

    return validate


@pytest.fixture(scope="session")
def newsml_schema() -> Any:
    """The NewsML-G2 2.35 Power schema, loaded with lxml."""
    if not NEWSML_XSD.is_file():
        missing(f"the NewsML-G2 schema ({NEWSML_XSD})")
    lxml = pytest.importorskip("lxml.etree")
    return lxml.XMLSchema(lxml.parse(str(NEWSML_XSD)))
