"""Fixtures of the export tests: the contract articles and the real validators, offline."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from datafiles import NEWSML_XSD
from export.exportsamples import CONTRACT_PICTURE, contract_article, french_article, write_picture
from newsdesk.domain.article import Article
from newsdesk.storage.media import MediaStore


@pytest.fixture
def contract() -> Article:
    """The Arabic contract article."""
    return contract_article()


@pytest.fixture
def french() -> Article:
    """The French contract article."""
    return french_article()


def make_ninjs_validator(version: str) -> Callable[[dict[str, Any]], list[str]]:
    """A validator of the shipped ninjs schema, format checking on, nothing fetched."""
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource

    from newsdesk.export.ninjs_schema import ninjs_schema, referenced_schemas

    schema = ninjs_schema(version)
    resources = [(uri, Resource.from_contents(s)) for uri, s in referenced_schemas().items()]
    resources.append((schema["$id"].rstrip("#"), Resource.from_contents(schema)))
    # A registry that cannot retrieve: a reference to anything else fails, nothing is fetched.
    registry = Registry().with_resources(resources)
    validator = Draft202012Validator(
        schema, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
    )

    def validate(data: dict[str, Any]) -> list[str]:
        return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]

    return validate


@pytest.fixture(scope="session")
def ninjs_validator() -> Callable[[dict[str, Any]], list[str]]:
    """Validate against IPTC ninjs 3.1 with format checking and an offline registry."""
    return make_ninjs_validator("3.1")


@pytest.fixture(scope="session")
def ninjs22_validator() -> Callable[[dict[str, Any]], list[str]]:
    """Validate against IPTC ninjs 2.2 with format checking and an offline registry."""
    return make_ninjs_validator("2.2")


@pytest.fixture
def media_store(tmp_path_factory: pytest.TempPathFactory) -> MediaStore:
    """A media folder of its own holding the contract article's picture."""
    root = tmp_path_factory.mktemp("media")
    write_picture(root / CONTRACT_PICTURE)
    return MediaStore(root)


@pytest.fixture
def newsroom_media(_isolated_home: None) -> MediaStore:
    """The configured media folder (as the export service reads it), with the contract picture."""
    store = MediaStore.default()
    write_picture(store.root / CONTRACT_PICTURE)
    return store


@pytest.fixture(scope="session")
def newsml_schema() -> Any:
    """The NewsML-G2 2.35 Power schema, loaded with lxml."""
    from lxml import etree

    return etree.XMLSchema(etree.parse(str(NEWSML_XSD)))
