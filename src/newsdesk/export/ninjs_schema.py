"""The IPTC ninjs JSON Schemas that ship with Newsdesk (3.1 and 2.2), for checking exports offline.

The schemas are IPTC's own files (copyright IPTC, CC BY 4.0, as each says in its description),
with the GeoJSON schema they refer to, so a validator never has to fetch anything.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

from newsdesk.errors import InvalidInputError

SCHEMA_FILES = {"3.1": "ninjs-schema_3.1.json", "2.2": "ninjs-schema_2.2.json"}
GEOJSON_FILE = "GeoJSON.json"


@cache
def _load(name: str) -> dict[str, Any]:
    text = files("newsdesk").joinpath("export", "schemas", name).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def ninjs_schema(version: str) -> dict[str, Any]:
    """The ninjs JSON Schema of `version` (3.1 or 2.2)."""
    name = SCHEMA_FILES.get(version)
    if name is None:
        known = ", ".join(SCHEMA_FILES)
        raise InvalidInputError(f"ninjs version must be one of {known}, not '{version}'")
    return _load(name)


def referenced_schemas() -> dict[str, dict[str, Any]]:
    """The schemas the ninjs schemas refer to, by the URI they refer to them with."""
    geojson = _load(GEOJSON_FILE)
    return {geojson["$id"]: geojson}
